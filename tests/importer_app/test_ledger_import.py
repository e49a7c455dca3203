"""Ledgers people make by hand: the 完成情况, 进度 and 状态 columns reach the preview draft and the commit."""
from __future__ import annotations

import datetime as dt
import io

from django.urls import reverse

from tests.importer_app.conftest import last_job, upload
from zhenggai.audit.models import AuditEvent
from zhenggai.importer.ledger_reader import percent_value, read_ledger_bytes
from zhenggai.ledger.models import Measure, Problem
from zhenggai.ledger.workflow import MeasureState
from zhenggai.importer.drafts import draft_problems

CSV = (
    "序号,反馈问题,整改措施,整改目标,整改时限,责任领导,责任单位,责任人,完成情况,进度,状态,备注\n"
    "1,会议记录不规范,统一会议记录模板,记录规范完整,2026年底,李局长,局办公室,王五,已印发模板并培训,100%,已完成,\n"
    "1,会议记录不规范,开展会议记录抽查,记录规范完整,2026年底,李局长,局办公室,王五,抽查两次,60%,正在推进,\n"
    "2,档案管理混乱,\"1.清理档案；2.建立档案台账\",档案可查,长期坚持,张副局长,行政审批处,赵六,,0.3,整改中,\n"
)


def _workbook(rows, merges=(), percent_cells=()) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for ref in merges:
        ws.merge_cells(ref)
    for ref in percent_cells:
        ws[ref].number_format = "0%"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_percentages_are_read_as_written_people_write_them():
    assert [percent_value(t) for t in ("60%", "60", "0.6", "100％", "1", "0")] == [60, 60, 60, 100, 1, 0]
    assert [percent_value(t) for t in ("过半", "120%", "")] == [None, None, None]


def test_a_hand_made_csv_gives_each_measure_its_completion_note_progress_status_and_person():
    result = read_ledger_bytes(CSV.encode("utf-8-sig"), "台账.csv", "csv")
    first, second = result.problems
    assert [(m.text, m.completion_note, m.progress, m.status, m.responsible_person) for m in first.measures] == [
        ("统一会议记录模板", "已印发模板并培训", 100, "done", "王五"),
        ("开展会议记录抽查", "抽查两次", 60, "in_progress", "王五"),
    ]
    assert (first.target, first.lead_leader, first.status) == ("记录规范完整", "李局长", "in_progress")
    # The sheet lists measures one per row (problem 1 spans two rows): a cell is one measure, as written.
    assert [m.text for m in second.measures] == ["1.清理档案；2.建立档案台账"]
    assert second.measures[0].progress == 30
    assert [a.code for a in result.anomalies] == ["unknown_column"]


def test_a_sheet_with_one_row_per_problem_splits_a_cell_that_lists_several_measures():
    data = _workbook([["序号", "问题", "整改措施", "完成情况", "状态"],
                      [1, "会议记录不规范", "一是统一模板。二是开展抽查。", "均已完成", "已完成"],
                      [2, "档案管理混乱", "清理档案", "", "推进中"]])
    first, second = read_ledger_bytes(data, "台账.xlsx", "xlsx").problems
    assert [m.text for m in first.measures] == ["统一模板。", "开展抽查。"]
    assert [m.completion_note for m in first.measures] == ["均已完成", "均已完成"]
    assert [m.text for m in second.measures] == ["清理档案"]


def test_a_percentage_cell_and_a_sign_off_under_review_are_understood():
    data = _workbook([["问题", "整改措施", "进度", "状态"],
                      ["会议记录不规范", "统一模板", 0.5, "待整改办审核"],
                      ["会议记录不规范", "开展抽查", 1, "回炉返工"]], merges=["A2:A3"], percent_cells=["C2", "C3"])
    measures = read_ledger_bytes(data, "台账.xlsx", "xlsx").problems[0].measures
    assert [(m.progress, m.status) for m in measures] == [(50, "in_progress"), (100, "in_progress")]


def test_a_progress_that_is_no_percentage_is_flagged_where_it_is():
    data = _workbook([["问题", "整改措施", "进度"], ["会议记录不规范", "统一模板", "过半"]])
    result = read_ledger_bytes(data, "台账.xlsx", "xlsx")
    assert [(a.code, a.position) for a in result.anomalies] == [("bad_percent", 1)]
    assert result.problems[0].measures[0].progress is None


def test_committing_a_hand_made_ledger_keeps_notes_progress_persons_and_signs_off_what_is_done(office_client, world):
    response = upload(office_client, "台账.csv", CSV.encode("utf-8-sig"))
    assert response.status_code == 302
    job = last_job()
    draft_measure = draft_problems(job)[0]["measures"][0]
    assert (draft_measure["completion_note"], draft_measure["progress"], draft_measure["status"]) == (
        "已印发模板并培训", 100, "done")
    office_client.post(reverse("importer:edit", args=[job.pk]), {
        "op": "facts", "name": "台账导入", "kind": "xuncha", "inspector": "市委第六巡察组",
        "inspected_unit": world.bureau.pk, "feedback_date": "2026-06-01"})
    response = office_client.post(reverse("importer:confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "committed", response.content.decode()[:3000]
    measures = {m.text: m for m in Measure.objects.filter(problem__inspection=job.inspection)}
    done = measures["统一会议记录模板"]
    assert (done.state, done.progress, done.completion_note, done.responsible_person) == (
        MeasureState.SIGNED_OFF, 100, "已印发模板并培训", "王五")
    assert AuditEvent.objects.filter(action="import.sign_off", object_id=str(done.pk)).exists()
    open_one = measures["开展会议记录抽查"]
    assert (open_one.state, open_one.progress, open_one.completion_note) == (MeasureState.IN_PROGRESS, 60, "抽查两次")
    assert measures["1.清理档案；2.建立档案台账"].deadline_display == "长期坚持"
    problem = Problem.objects.get(inspection=job.inspection, seq=1)
    assert (problem.target, problem.lead_leader) == ("记录规范完整", "李局长")
    assert problem.lead_unit == world.office_unit
    assert done.completion_date is not None and done.completion_date <= dt.date.today()


def test_a_ledger_imported_into_its_inspection_updates_notes_and_progress_and_signs_off_what_is_done(
        office_client, world):
    from zhenggai.reports.services import export_write

    out = io.BytesIO()
    export_write(user=world.office, inspection=world.inspection, kind="ledger", params={}, out=out)
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    ws = wb.active
    header = [c.value for c in ws[1]]
    col = {name: header.index(name) + 1 for name in ("整改措施", "状态", "进度", "完成情况")}
    for row in range(2, ws.max_row + 1):
        text = ws.cell(row, col["整改措施"]).value
        if text == world.measure.text:
            ws.cell(row, col["完成情况"]).value = "规程已起草，征求意见中"
            ws.cell(row, col["进度"]).value = "70%"
        elif text == world.measure3.text:
            ws.cell(row, col["状态"]).value = "已完成"
            ws.cell(row, col["完成情况"]).value = "审批时限压缩至15日"
    edited = io.BytesIO()
    wb.save(edited)

    response = upload(office_client, "台账.xlsx", edited.getvalue(), mode="update", inspection=world.inspection)
    assert response.status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    response = office_client.post(reverse("importer:confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "committed", response.content.decode()[:3000]
    world.measure.refresh_from_db()
    world.measure3.refresh_from_db()
    assert (world.measure.state, world.measure.progress, world.measure.completion_note) == (
        MeasureState.IN_PROGRESS, 70, "规程已起草，征求意见中")
    assert (world.measure3.state, world.measure3.completion_note) == (MeasureState.SIGNED_OFF, "审批时限压缩至15日")
    assert AuditEvent.objects.filter(action="import.update", object_id=str(world.measure.pk)).exists()
    assert Problem.objects.filter(inspection=world.inspection).count() == 2  # matched, nothing new
