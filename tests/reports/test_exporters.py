"""Excel lists, read back with openpyxl: headers, frozen header row, merges, light fills, formula neutralisation,
filters, bounded queries, the audit trail and the download page."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from tests.conftest import login
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.models import Measure, Problem
from zhenggai.reports.exporters import EXPORTERS, LIGHT_FILLS, neutralise
from zhenggai.ledger.filters import FilterError, filter_measures
from zhenggai.reports.services import export_write

LEDGER_HEADERS = ["序号", "类别", "问题", "整改目标", "整改时限", "责任领导", "责任单位", "整改措施", "措施整改时限",
                  "责任人", "状态", "进度", "完成情况", "完成时间", "亮灯"]


def export(world, kind: str, params=None, user=None):
    buffer = io.BytesIO()
    export_write(user=user or world.office, inspection=world.inspection, kind=kind, params=params or {}, out=buffer)
    buffer.seek(0)
    return load_workbook(buffer).active


def rows(ws):
    return [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]


def test_the_ledger_has_the_chinese_headers_a_frozen_header_row_and_column_widths(ledger):
    ws = export(ledger, "ledger")
    assert ws.title == "台账"
    assert [c.value for c in ws[1]] == LEDGER_HEADERS
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["C"].width == 40 and ws.column_dimensions["H"].width == 44
    assert ws["H2"].alignment.wrap_text


@pytest.mark.parametrize(("kind", "title", "first_headers"), [
    ("problems", "问题清单", ["序号", "类别", "问题"]),
    ("tasks", "任务清单", ["问题序号", "问题", "措施序号", "整改措施"]),
    ("responsibility", "责任清单", ["责任单位", "问题序号", "问题"]),
])
def test_each_list_has_its_title_headers_and_frozen_row(ledger, kind, title, first_headers):
    ws = export(ledger, kind)
    assert ws.title == title
    assert [c.value for c in ws[1]][:len(first_headers)] == first_headers
    assert ws.freeze_panes == "A2"


def test_problem_cells_are_merged_over_their_measures(ledger):
    ws = export(ledger, "ledger")
    merged = {str(r) for r in ws.merged_cells.ranges}
    # Problem 1 has two measures (rows 2–3): its six problem columns are merged; the measure columns are not.
    assert {"A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:F3"} <= merged
    assert not any(r.startswith(("G", "H")) for r in merged)
    assert ws["C2"].value == "执法检查“宽松软”，对企业违法行为查处不及时"
    assert [ws["H2"].value, ws["H3"].value] == [ledger.measure.text, ledger.measure2.text]


def test_the_responsibility_list_merges_each_unit_over_its_rows(ledger):
    ws = export(ledger, "responsibility")
    units = [r[0] for r in rows(ws)]
    assert units == ["局办公室", "市生态环境保护综合执法支队", None, "行政审批处"]
    assert "A3:A4" in {str(r) for r in ws.merged_cells.ranges}


def test_the_light_is_a_cell_fill(ledger):
    ws = export(ledger, "ledger")
    lights = {ws.cell(row=r, column=8).value: ws.cell(row=r, column=15) for r in range(2, ws.max_row + 1)}
    signed_off = lights[ledger.measure3.text]
    assert signed_off.value == "已销号" and signed_off.fill.fgColor.rgb.endswith(LIGHT_FILLS["grey"])
    green = lights[ledger.measure.text]
    assert green.value == "绿灯" and green.fill.fgColor.rgb.endswith(LIGHT_FILLS["green"])
    red = lights[ledger.measure2.text]  # long-term, no report this period
    assert red.value == "红灯" and red.fill.fgColor.rgb.endswith(LIGHT_FILLS["red"])


def test_texts_that_would_run_as_formulas_are_neutralised(ledger):
    Measure.objects.filter(pk=ledger.measure.pk).update(text='=HYPERLINK("http://evil.example","点我")',
                                                        responsible_person="@SUM(A1)")
    ws = export(ledger, "ledger")
    assert ws["H2"].value == '\'=HYPERLINK("http://evil.example","点我")'
    assert ws["H2"].data_type == "s"
    assert ws["J2"].value == "'@SUM(A1)"
    for raw in ("=1+1", "+1", "-1", "@x", "\tx", "\rx"):
        assert neutralise(raw) == "'" + raw
    assert neutralise("整改") == "整改" and neutralise(-1) == -1


def test_the_filters_are_the_problem_lists(ledger):
    texts = lambda params: sorted(m.text for m in filter_measures(ledger.inspection, params))  # noqa: E731
    assert texts({"status": "done"}) == [ledger.measure3.text]
    assert texts({"unit": str(ledger.approvals.pk)}) == [ledger.measure3.text]
    assert texts({"light": "red"}) == sorted([ledger.measure2.text, ledger.measure4.text])
    assert texts({"category": str(ledger.category.pk), "q": "案卷"}) == sorted([ledger.measure.text, ledger.measure2.text])
    assert texts({"due": "30"}) == []  # the open dated measure is due at the end of 2026: 38 days away
    assert texts({"due": "40", "status": ""}) == [ledger.measure.text]
    ws = export(ledger, "problems", {"status": "long_term"})
    assert [r[2] for r in rows(ws)] == ["制度建设不够健全，长效机制不完善。"]


@pytest.mark.parametrize("params", [{"status": "finished"}, {"light": "purple"}, {"due": "soon"}, {"unit": "999999"},
                                    {"category": "x"}, {"due": "99999"}])
def test_a_bad_filter_is_an_error_not_ignored(ledger, params):
    with pytest.raises(FilterError):
        filter_measures(ledger.inspection, params)


def test_a_unit_user_exports_only_the_problems_their_unit_answers_for(ledger):
    ws = export(ledger, "ledger", user=ledger.unit)
    assert {r[2] for r in rows(ws) if r[2]} == {"执法检查“宽松软”，对企业违法行为查处不及时"}


def test_each_export_is_audited_with_its_kind_and_filters(ledger):
    export(ledger, "tasks", {"status": "in_progress"})
    event = AuditEvent.objects.filter(action="export").latest("id")
    assert event.actor == ledger.office
    assert event.after == {"kind": "tasks", "title": "任务清单", "filters": {"status": "in_progress"}, "rows": 2}


def add_problems(world, n: int, start: int) -> None:
    for i in range(start, start + n):
        problem = Problem.objects.create(inspection=world.inspection, category=world.category, seq=i,
                                         statement=f"问题{i}", lead_unit=world.enforcement)
        for s in range(1, 4):
            measure = Measure.objects.create(problem=problem, seq=s, text=f"措施{i}-{s}", lead_unit=world.enforcement,
                                             deadline_kind="date", deadline_date=dt.date(2026, 12, 31))
            measure.co_units.add(world.approvals)
        problem.co_units.add(world.office_unit)


@pytest.mark.parametrize("kind", sorted(EXPORTERS))
def test_the_query_count_does_not_grow_with_the_measures(ledger, kind):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            export_write(user=ledger.office, inspection=ledger.inspection, kind=kind, out=io.BytesIO())
        return len(queries)

    add_problems(ledger, 2, 10)
    small = count()
    add_problems(ledger, 30, 100)
    assert count() == small


def test_the_download_page_sends_the_filtered_workbook(client, ledger):
    login(client, ledger.leader)
    response = client.get(reverse("reports:export", kwargs={"pk": ledger.inspection.pk, "kind": "ledger"}),
                          {"status": "done"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert "attachment" in response["Content-Disposition"]
    ws = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [r[2] for r in rows(ws)] == ["审批事项办理时限偏长"]


@pytest.mark.parametrize(("persona", "kind", "params", "status"), [
    ("outsider", "ledger", {}, 404),
    ("office", "nonsense", {}, 404),
    ("office", "ledger", {"light": "purple"}, 400),
])
def test_the_download_page_refuses_outsiders_unknown_lists_and_bad_filters(client, ledger, persona, kind, params, status):
    login(client, ledger.persona(persona))
    response = client.get(reverse("reports:export", kwargs={"pk": ledger.inspection.pk, "kind": kind}), params)
    assert response.status_code == status
