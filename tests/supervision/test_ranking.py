"""考核: per-unit figures over a period, the score from configurable weights, the page and the Excel export."""
from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from tests.conftest import login, make_unit, pdf_upload
from zhenggai.ledger import services as ledger
from zhenggai.ledger.models import Inspection, Measure
from zhenggai.supervision import services
from zhenggai.supervision.selectors import DEFAULT_WEIGHTS, unit_scores

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(world, walk):
    """December: a round that enforcement reports into and approvals misses; one send-back and one sign-off
    for enforcement; a 督办单 to approvals, whose measure is overdue."""
    walk(dt.date(2026, 12, 1), 9)
    rnd = services.round_open(user=world.office, inspections=[world.inspection], due_date=dt.date(2026, 12, 10))
    ledger.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=50)
    ledger.measure_report_progress(user=world.unit, measure=world.measure2, text="进展", progress=30)
    ledger.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="完成",
                                    files=[pdf_upload()])
    ledger.measure_review(user=world.office, measure=world.measure, passed=False, note="佐证不足")
    walk(dt.date(2026, 12, 5), 9)
    ledger.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="补充佐证", files=[pdf_upload()])
    ledger.measure_review(user=world.office, measure=world.measure, passed=True)
    walk(dt.date(2026, 12, 9), 9)
    ledger.measure_approve(user=world.leader, measure=world.measure, approved=True)
    services.supervision_record_create(user=world.office, measure=world.measure3, kind="order",
                                       issued_on=dt.date(2026, 12, 9), text="请加快整改")
    walk(dt.date(2026, 12, 11), 9)
    services.round_close(user=world.office, round=rnd)
    return world


def _scores(world, weights=None):
    return {s.unit_name: s for s in unit_scores(Inspection.objects.all(), start=dt.date(2026, 12, 1),
                                                 end=dt.date(2026, 12, 31), weights=weights or dict(DEFAULT_WEIGHTS))}


def test_it_computes_each_units_figures_for_the_period(history):
    world = history
    s = _scores(world)
    zf, sp = s[world.enforcement.name], s[world.approvals.name]
    assert (zf.owed, zf.on_time, zf.on_time_rate) == (2, 2, 100.0)
    assert (sp.owed, sp.on_time, sp.on_time_rate) == (1, 0, 0.0)
    assert (zf.sign_offs, zf.send_backs, zf.send_back_ratio) == (2, 1, 0.5)
    assert zf.sign_off_days == 4.0  # requested 12-05 09:00, approved 12-09 09:00
    assert sp.overdue == 1 and zf.overdue == 0
    assert sp.supervised == 1 and zf.supervised == 0
    # 100 − 15×0.5 − 0.2×4 = 91.7;  100 − 30×1 − 5×1 − 3×1 = 62
    assert zf.score == 91.7 and sp.score == 62.0
    assert (zf.rank, sp.rank) == (1, 2)


def test_a_rebound_at_follow_up_costs_the_unit(history, walk):
    world = history
    walk(dt.date(2026, 12, 20), 9)
    world.problem.measures.exclude(pk=world.measure.pk).update(state="signed_off")
    ledger.follow_up_record(user=world.office, problem=world.problem, outcome="rebounded", note="问题反弹",
                            new_measure_text="再次整改")
    assert _scores(world)[world.enforcement.name].rebounds == 1


def test_the_weights_of_the_body_change_the_ranking(history, client):
    world = history
    values = {**DEFAULT_WEIGHTS, "late_report": Decimal(0), "supervision": Decimal(0), "overdue": Decimal(0),
              "send_back": Decimal(100)}
    services.scoring_weights_save(user=world.office, values=values)
    login(client, world.office)
    page = client.get(reverse("supervision:ranking"), {"start": "2026-12-01", "end": "2026-12-31"}).content.decode()
    assert page.index(world.approvals.name) < page.index(world.enforcement.name)


def test_the_ranking_exports_to_excel_through_the_exporters_registry(history, client):
    from zhenggai.reports.exporters import EXPORTERS

    world = history
    assert "ranking" in EXPORTERS
    login(client, world.leader)
    response = client.get(reverse("supervision:ranking_export"), {"start": "2026-12-01", "end": "2026-12-31"})
    assert response.status_code == 200
    ws = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("名次", "责任单位", "综合得分")
    assert [r[1] for r in rows[1:]] == [world.enforcement.name, world.approvals.name]
    assert rows[2][2] == 62


def test_a_bad_period_is_a_clear_error(client, world):
    login(client, world.office)
    page = client.get(reverse("supervision:ranking"), {"start": "2026-12-31", "end": "2026-12-01"}).content.decode()
    assert "开始日期不能晚于结束日期" in page
    assert client.get(reverse("supervision:ranking_export"), {"start": "x"}).status_code == 400


def test_the_battle_map_shows_the_ranking_to_the_office(history, client):
    world = history
    login(client, world.office)
    page = client.get(reverse("battlemap:overview")).content.decode()
    assert "考核排名" in page and world.approvals.name in page


def test_the_ranking_asks_the_same_number_of_queries_for_many_units(world, django_assert_max_num_queries):
    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as ctx:
            unit_scores(Inspection.objects.all(), start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31),
                        weights=dict(DEFAULT_WEIGHTS))
        return len(ctx.captured_queries)

    few = count()
    for i in range(8):
        unit = make_unit(f"派出局{i}", world.bureau)
        Measure.objects.create(problem=world.problem, seq=10 + i, text="措施", lead_unit=unit, deadline_kind="date",
                               deadline_date=dt.date(2026, 7, 1), created_on=dt.date(2026, 6, 1))
    assert count() == few


def test_the_reports_download_of_one_inspections_ranking_is_refused_to_a_unit(client, world):
    url = reverse("reports:export", args=[world.inspection.pk, "ranking"])
    login(client, world.unit)
    assert client.get(url).status_code == 403
    login(client, world.office)
    response = client.get(url)
    assert response.status_code == 200 and "xlsx" in response["Content-Disposition"]
