"""督办 records: issued by the office with an attached file, shown on the measure, the problem and the unit,
printed as a one-page 督办通知单."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse
from docx import Document

from tests.conftest import login, pdf_upload
from zhenggai.ledger.models import EvidenceFile
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.notify.models import Notification
from zhenggai.supervision import services
from zhenggai.supervision.models import SupervisionRecord

pytestmark = [pytest.mark.django_db, pytest.mark.time_machine("2027-01-16 10:00 +0800", tick=False)]


def _issue(world, **extra):
    return services.supervision_record_create(
        user=world.office, measure=world.measure, kind="order", issued_on=dt.date(2027, 1, 16),
        doc_number="整改办督〔2027〕1号", text="该措施已逾期15天，请于1月31日前完成并报送佐证材料。",
        reply_by=dt.date(2027, 1, 31), **extra)


def test_the_office_issues_a_supervision_order_with_its_scan_attached(world):
    record = _issue(world, file=pdf_upload("督办单扫描件.pdf"))
    assert record.unit == world.enforcement
    assert record.evidence.original_name == "督办单扫描件.pdf"
    assert EvidenceFile.objects.filter(measure=world.measure).count() == 1
    told = set(Notification.objects.filter(obj_type="supervision.supervisionrecord").values_list(
        "recipient__username", flat=True))
    assert "unit" in told and "other_unit" not in told and "office" not in told  # the issuer is not told


def test_a_bad_file_leaves_no_record_and_no_file(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    with pytest.raises(WorkflowError):
        _issue(world, file=SimpleUploadedFile("a.pdf", b"<html><script>x</script></html>"))
    assert not SupervisionRecord.objects.exists() and not EvidenceFile.objects.exists()


def test_it_refuses_a_record_from_anyone_but_the_office(world):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.supervision_record_create(user=world.leader, measure=world.measure, kind="letter",
                                           issued_on=dt.date(2027, 1, 16), text="函告")


def test_the_record_shows_on_the_measure_the_problem_and_the_units_list(client, world):
    record = _issue(world)
    login(client, world.unit)
    for url in (reverse("measure_detail", args=[world.measure.pk]), reverse("problem_detail", args=[world.problem.pk]),
                reverse("supervision:record_list") + f"?unit={world.enforcement.pk}"):
        page = client.get(url).content.decode()
        assert "整改办督〔2027〕1号" in page, url
    assert client.get(reverse("supervision:record_detail", args=[record.pk])).status_code == 200


def test_another_unit_and_an_outsider_get_404_for_the_record(client, world):
    record = _issue(world)
    for persona in ("other_unit", "outsider"):
        login(client, world.persona(persona))
        assert client.get(reverse("supervision:record_detail", args=[record.pk])).status_code == 404
        assert client.get(reverse("supervision:record_docx", args=[record.pk])).status_code == 404
        assert "整改办督〔2027〕1号" not in client.get(reverse("supervision:record_list")).content.decode()


def test_the_notice_prints_as_a_docx_in_the_bulletins_layout(client, world):
    record = _issue(world)
    login(client, world.office)
    response = client.get(reverse("supervision:record_docx", args=[record.pk]))
    assert response.status_code == 200
    doc = Document(io.BytesIO(b"".join(response.streaming_content)))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "督办通知单"
    assert any("以督办单方式" in t for t in texts)
    assert any("请于1月31日前" in t or "2027年1月31日前" in t for t in texts)
    assert texts[-1] == "2027年1月16日"
    section = doc.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    title_run = doc.paragraphs[0].runs[0]
    assert title_run.font.size.pt == 22


def _many(world, n: int) -> None:
    """n 督办 records spread over the world's three measures (two problems), issued one a day."""
    measures = [world.measure, world.measure2, world.measure3]
    SupervisionRecord.objects.bulk_create([
        SupervisionRecord(kind="letter", measure=measures[k % 3], unit=measures[k % 3].lead_unit,
                          issued_on=dt.date(2026, 12, 1) + dt.timedelta(days=k), doc_number=f"整改办督〔2027〕{k + 1}号",
                          text=f"第{k + 1}次督办", issued_by=world.office) for k in range(n)])


def test_the_record_list_asks_the_same_queries_for_three_records_and_a_full_page(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    login(client, world.office)
    url = reverse("supervision:record_list")

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    _many(world, 3)
    client.get(url)  # new records turn the ledger token: the badges are counted again once, then kept
    few = queries()
    _many(world, 40)
    client.get(url)
    assert queries() == few  # each row's inspection name comes with its row (it was a query a row)


def test_the_record_list_count_stops_at_the_cap_and_pages_on(client, world, monkeypatch):
    from zhenggai.ledger import paging

    _many(world, 35)
    login(client, world.office)
    url = reverse("supervision:record_list")
    page = client.get(url).content.decode()
    assert "第1页，共2页（35条）" in page and "整改办督〔2027〕35号" in page and "整改办督〔2027〕5号" not in page
    monkeypatch.setattr(paging, "COUNT_CAP", 32)
    page = client.get(url).content.decode()
    assert "第1页（共32条以上）" in page and "page=2" in page and "整改办督〔2027〕6号" in page
    second = client.get(url, {"page": 2}).content.decode()
    assert "整改办督〔2027〕5号" in second and "整改办督〔2027〕1号" in second and "整改办督〔2027〕6号" not in second
    assert "page=1" in second and "page=3" not in second
    # ?unit= stays on the pager's links (it was dropped on page 2)
    filtered = client.get(url, {"unit": world.enforcement.pk}).content.decode()
    assert "第1页" not in filtered  # 24 of the 35 are the 执法支队's: one page
    _many(world, 10)
    filtered = client.get(url, {"unit": world.enforcement.pk}).content.decode()
    assert f"unit={world.enforcement.pk}&amp;page=2" in filtered


def test_a_unit_users_record_list_counts_its_own_records_in_full(client, world, monkeypatch):
    from zhenggai.ledger import paging

    _many(world, 35)  # 24 of them the 执法支队's (world.unit's unit)
    monkeypatch.setattr(paging, "COUNT_CAP", 10)
    login(client, world.unit)
    page = client.get(reverse("supervision:record_list")).content.decode()
    assert "第1页" not in page and "条以上" not in page and "整改办督〔2027〕35号" in page  # one page of 24
    _many(world, 30)
    page = client.get(reverse("supervision:record_list")).content.decode()
    assert "第1页，共2页（44条）" in page
