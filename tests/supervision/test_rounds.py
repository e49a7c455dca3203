"""调度 rounds: opened over inspections, reported into, closed into a 调度通报 from the headline figures."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse
from docx import Document

from tests.conftest import login
from zhenggai.ledger import services as ledger
from zhenggai.ledger.selectors import inspection_headline
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.notify.models import Notification
from zhenggai.supervision import services
from zhenggai.supervision.documents import round_bulletin
from zhenggai.supervision.models import RoundState
from zhenggai.supervision.selectors import round_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def opened(world, walk):
    walk(dt.date(2026, 12, 15), 9)
    rnd = services.round_open(user=world.office, inspections=[world.inspection], due_date=dt.date(2026, 12, 25),
                              note="请报送12月进展")
    return world, rnd


def test_opening_a_round_numbers_it_and_tells_every_responsible_unit(opened):
    world, rnd = opened
    assert rnd.number == 1 and rnd.title == "第1次调度，报送截止12月25日"
    assert rnd.entries.count() == 3  # every open measure in scope owes an update
    told = set(Notification.objects.filter(event="round_opened").values_list("recipient__username", flat=True))
    assert told == {"unit", "other_unit"}


def test_it_refuses_a_round_over_another_bureaus_inspection_or_with_a_past_date(world, walk):
    from zhenggai.ledger.models import Inspection

    walk(dt.date(2026, 12, 15))
    other = Inspection.objects.create(name="水务局巡察", inspector="组", inspected_unit=world.water,
                                      feedback_date=dt.date(2026, 6, 1))
    with pytest.raises(WorkflowError, match="管辖范围"):
        services.round_open(user=world.office, inspections=[other], due_date=dt.date(2026, 12, 25))
    with pytest.raises(WorkflowError, match="不能早于今天"):
        services.round_open(user=world.office, inspections=[world.inspection], due_date=dt.date(2026, 12, 1))


def test_the_round_page_shows_who_reported_and_who_did_not(client, opened, walk):
    world, rnd = opened
    walk(dt.date(2026, 12, 20), 10)
    ledger.measure_report_progress(user=world.unit, measure=world.measure, text="规程已起草", progress=60)
    ledger.measure_report_progress(user=world.unit, measure=world.measure2, text="评查案卷30件", progress=40)
    status = round_status(rnd)
    by_unit = {u.unit_name: u for u in status.units}
    assert by_unit[world.enforcement.name].complete
    assert by_unit[world.approvals.name].missing == 1
    assert [u.unit_name for u in status.laggard_units] == [world.approvals.name]
    login(client, world.office)
    page = client.get(reverse("supervision:round_detail", args=[rnd.pk])).content.decode()
    assert "已报齐" in page and "未按时报送" in page


def test_a_report_made_after_the_due_date_is_late_even_when_backdated(opened, walk):
    world, rnd = opened
    walk(dt.date(2026, 12, 27), 10)
    ledger.measure_report_progress(user=world.other_unit, measure=world.measure3, text="补报", progress=50,
                                   reported_on=dt.date(2026, 12, 24))
    status = round_status(rnd)
    assert {u.unit_name: u.late for u in status.units}[world.approvals.name] == 1


def test_closing_freezes_the_round_and_writes_the_bulletin_from_the_headline(client, opened, walk):
    world, rnd = opened
    walk(dt.date(2026, 12, 20), 10)
    ledger.measure_report_progress(user=world.unit, measure=world.measure, text="规程已起草", progress=60)
    ledger.measure_report_progress(user=world.unit, measure=world.measure2, text="评查案卷30件", progress=40)
    walk(dt.date(2026, 12, 26), 10)
    services.round_close(user=world.office, round=rnd)
    rnd.refresh_from_db()
    assert rnd.state == RoundState.CLOSED
    headline = inspection_headline(world.inspection)
    assert rnd.figures["measures_total"] == headline.measures_total
    assert rnd.figures["overdue"] == headline.overdue == 1  # measure3, due 09-30
    # A report after closing changes nothing in the closed round.
    ledger.measure_report_progress(user=world.other_unit, measure=world.measure3, text="晚了", progress=90)
    status = round_status(rnd)
    assert status.on_time == 2 and status.missing == 1 and status.changes["progressed"] == 2
    text = "\n".join(b.lead + b.text for b in round_bulletin(status, world.bureau.name).blocks())
    assert "关于第1次调度情况的通报" in text
    assert f"1.{world.approvals.name}：应报1项，按时报送0项，逾期报送0项，未报送1项。" in text
    assert "总体完成" in text and f"逾期未完成{headline.overdue}项" in text
    login(client, world.leader)
    assert world.approvals.name in client.get(reverse("supervision:round_bulletin", args=[rnd.pk])).content.decode()
    response = client.get(reverse("supervision:round_bulletin_docx", args=[rnd.pk]))
    doc = Document(io.BytesIO(b"".join(response.streaming_content)))
    assert doc.paragraphs[0].text == "关于第1次调度情况的通报"
    with pytest.raises(WorkflowError, match="已结束"):
        services.round_close(user=world.office, round=rnd)


def test_the_next_round_shows_what_changed_since_the_last(client, opened, walk):
    world, rnd = opened
    walk(dt.date(2026, 12, 20), 10)
    ledger.measure_report_progress(user=world.unit, measure=world.measure, text="规程已起草", progress=60)
    services.round_close(user=world.office, round=rnd)
    walk(dt.date(2027, 1, 10), 10)
    second = services.round_open(user=world.office, inspections=[world.inspection], due_date=dt.date(2027, 1, 25))
    assert second.number == 2
    ledger.measure_report_progress(user=world.unit, measure=world.measure, text="规程已印发", progress=90)
    login(client, world.office)
    page = client.get(reverse("supervision:round_detail", args=[second.pk])).content.decode()
    assert "与第1次调度相比" in page
    assert "60%" in page and "90%" in page


def test_a_unit_gets_403_and_an_outsider_404_on_the_round(client, opened):
    world, rnd = opened
    url = reverse("supervision:round_detail", args=[rnd.pk])
    login(client, world.unit)
    assert client.get(url).status_code == 403
    login(client, world.outsider)
    assert client.get(url).status_code == 404
    assert client.post(reverse("supervision:round_close", args=[rnd.pk])).status_code == 404


def test_the_open_round_has_no_bulletin_yet(client, opened):
    world, rnd = opened
    login(client, world.office)
    assert client.get(reverse("supervision:round_bulletin", args=[rnd.pk])).status_code == 404


def test_the_round_form_opens_a_round(client, world, walk):
    walk(dt.date(2026, 12, 15), 9)
    login(client, world.office)
    response = client.post(reverse("supervision:round_create"), {
        "inspections": [world.inspection.pk], "number": "5", "due_date": "2026-12-25", "note": ""})
    assert response.status_code == 302
    assert "第5次调度，报送截止12月25日" in client.get(response["Location"]).content.decode()


def test_the_bulletin_names_as_lagging_only_units_with_red_lights_or_a_worse_than_average_share_behind():
    from zhenggai.supervision.selectors import _laggards

    rows = [{"unit": "甲局", "total": 100, "done": 50, "red": 0, "behind": 2},    # 2 % behind: on the whole's pace
            {"unit": "乙局", "total": 10, "done": 2, "red": 0, "behind": 5},      # 50 % behind
            {"unit": "丙局", "total": 40, "done": 30, "red": 1, "behind": 0},     # one overdue measure
            {"unit": "丁局", "total": 20, "done": 20, "red": 0, "behind": 0}]
    behind, total = 7, 170  # the whole: 4 % behind
    assert [r["unit"] for r in _laggards(rows, behind, total)] == ["丙局", "乙局"]
    assert _laggards([], 0, 0) == []
