"""The 台账 export read back by the importer's Excel reader, then committed into a new inspection.

The ledger under test has merged problem cells (problems with several measures), a measure with two units,
a measure whose text looks like a formula (the exporter writes it with a leading apostrophe; the reader gives
back the original text), multi-line texts, a completion note and progress, a measure waiting for sign-off
review, a second category, and a problem without measures.

What does not come back, by design: the light (computed from dates and reports, never imported), and a
pending sign-off request (an imported measure starts 整改中: the request and its review belong to this system's
workflow, not to the spreadsheet).
"""
from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from tests.conftest import pdf_upload
from zhenggai.importer import services as importer
from zhenggai.importer.ledger_reader import read_ledger_bytes
from zhenggai.ledger import services as ledger_services
from zhenggai.ledger.models import Category, Inspection, Measure, Problem
from zhenggai.ledger.workflow import MeasureState
from zhenggai.reports.services import export_write

HEADERS_WITHOUT_LIGHT = slice(0, 14)  # every column of the 台账 but 亮灯


@pytest.fixture
def full_ledger(ledger):
    """The reports ledger (progress 60% on problem 1, problem 2 signed off, problem 3 long-term) and more."""
    world = ledger
    Problem.objects.filter(pk=world.problem.pk).update(target="执法检查全覆盖，违法行为查处率100%", lead_leader="李局长")
    world.formula = Measure.objects.create(
        problem=world.problem, seq=3, text="=SUM(A1)", lead_unit=world.enforcement, responsible_person="张三",
        deadline_kind="date", deadline_date=dt.date(2026, 12, 31), created_on=dt.date(2026, 6, 1),
    )
    world.formula.co_units.add(world.approvals)
    world.multiline = Measure.objects.create(
        problem=world.problem3, seq=2, text="建立制度执行台账：\n1.逐月登记制度执行情况；\n2.按季度通报。",
        lead_unit=world.enforcement, deadline_kind="immediate_long_term", deadline_date=dt.date(2026, 6, 16),
        created_on=dt.date(2026, 6, 1),
    )
    Problem.objects.filter(pk=world.problem3.pk).update(statement="制度建设不够健全，\n长效机制不完善。")
    ledger_services.measure_request_sign_off(
        user=world.unit, measure=world.multiline, completion_note="已建立台账。\n已通报两次。",
        completion_date=dt.date(2026, 11, 10), files=[pdf_upload()],
    )
    second = Category.objects.create(inspection=world.inspection, seq=2, name="作风建设方面")
    world.problem4 = Problem.objects.create(
        inspection=world.inspection, category=second, seq=4, statement="文山会海问题突出", lead_unit=world.office_unit,
        deadline_kind="immediate", deadline_date=dt.date(2026, 6, 16),  # 立行立改: feedback + 15 days, as parsed
    )
    Measure.objects.create(problem=world.problem4, seq=1, text="-精简会议，压减发文数量。", deadline_kind="immediate",
                           deadline_date=dt.date(2026, 6, 16), created_on=dt.date(2026, 6, 1))  # no units of its own: the problem's
    world.problem5 = Problem.objects.create(
        inspection=world.inspection, category=second, seq=5, statement="督查检查过多过频", lead_unit=world.approvals,
        deadline_kind="date", deadline_date=dt.date(2027, 3, 31),
    )
    return world


def export_bytes(world, inspection: Inspection) -> bytes:
    out = io.BytesIO()
    export_write(user=world.office, inspection=inspection, kind="ledger", params={}, out=out)
    return out.getvalue()


def sheet_rows(data: bytes) -> list[list]:
    ws = load_workbook(io.BytesIO(data)).active
    return [list(r) for r in ws.iter_rows(values_only=True)]


def unit_names(measure: Measure) -> list[str]:
    lead, co = (measure.lead_unit, measure.co_units.all()) if measure.lead_unit_id else (
        measure.problem.lead_unit, measure.problem.co_units.all())
    return [lead.name] + [u.name for u in co if u.pk != lead.pk]


def expected_status(measure: Measure) -> str:
    return "done" if measure.state == MeasureState.SIGNED_OFF else "in_progress"


def test_the_exported_ledger_reads_back_as_the_same_problems_and_measures_in_the_same_order(full_ledger):
    result = read_ledger_bytes(export_bytes(full_ledger, full_ledger.inspection), "台账.xlsx", "xlsx")

    problems = list(Problem.objects.filter(inspection=full_ledger.inspection).order_by("category__seq", "seq"))
    assert [(p.seq, p.title, p.category) for p in result.problems] == [
        (p.seq, p.statement, p.category.name) for p in problems]
    for parsed, problem in zip(result.problems, problems):
        measures = list(problem.measures.order_by("seq"))
        assert [(m.text, m.deadline, m.responsible_units, m.status, m.completion_note or "")
                for m in parsed.measures] == [
            (m.text, m.deadline_display, unit_names(m), expected_status(m), m.completion_note) for m in measures]
        assert parsed.target == (problem.target or None) and parsed.lead_leader == (problem.lead_leader or None)
        assert parsed.deadline == problem.deadline_display
    assert [a.code for a in result.anomalies] == []  # every column of the export is known to the reader


def test_the_formula_looking_text_comes_back_as_written_and_the_export_still_neutralises_it(full_ledger):
    data = export_bytes(full_ledger, full_ledger.inspection)
    cells = [row[7] for row in sheet_rows(data)]
    assert "'=SUM(A1)" in cells and "=SUM(A1)" not in cells
    texts = [m.text for p in read_ledger_bytes(data, "台账.xlsx", "xlsx").problems for m in p.measures]
    assert "=SUM(A1)" in texts and "-精简会议，压减发文数量。" in texts


def test_progress_completion_dates_and_persons_come_back_per_measure(full_ledger):
    result = read_ledger_bytes(export_bytes(full_ledger, full_ledger.inspection), "台账.xlsx", "xlsx")
    by_text = {m.text: m for p in result.problems for m in p.measures}
    reported = by_text[full_ledger.measure.text]
    assert (reported.progress, reported.status) == (60, "in_progress")
    signed_off = by_text[full_ledger.measure3.text]
    assert (signed_off.progress, signed_off.completion_date) == (100, "2026-09-20")
    assert by_text["=SUM(A1)"].responsible_person == "张三"
    waiting = by_text[full_ledger.multiline.text]
    assert (waiting.completion_note, waiting.completion_date) == ("已建立台账。\n已通报两次。", "2026-11-10")


def _commit(world, data: bytes) -> Inspection:
    job = importer.import_job_create(user=world.office, uploaded=SimpleUploadedFile("台账.xlsx", data),
                                     mode="new", inspection=None)
    importer.import_parse_job(job.pk)
    job.refresh_from_db()
    assert job.status == "parsed", job.error_message
    importer.import_draft_edit(job=job, user=world.office, op="facts", values={
        "name": "台账导回", "kind": "xuncha", "inspector": "市委第六巡察组", "inspected_unit": world.bureau.pk,
        "period_start": None, "period_end": None, "feedback_date": world.inspection.feedback_date,
    })
    job.refresh_from_db()
    assert importer.draft_issues(job, importer.ReviewContext.for_job(job, world.office)) == []
    job = importer.import_commit(job=job, user=world.office)
    return job.inspection


def test_committing_the_read_back_ledger_gives_the_same_ledger_rows(full_ledger):
    original = sheet_rows(export_bytes(full_ledger, full_ledger.inspection))
    copy = _commit(full_ledger, export_bytes(full_ledger, full_ledger.inspection))
    again = sheet_rows(export_bytes(full_ledger, copy))

    waiting = full_ledger.multiline.text
    expected = []
    for row in original:
        row = list(row[HEADERS_WITHOUT_LIGHT])
        if row[7] == waiting:
            assert row[10] == MeasureState.REQUESTED.label
            row[10] = MeasureState.IN_PROGRESS.label  # the pending request is not imported
        expected.append(row)
    assert [list(row[HEADERS_WITHOUT_LIGHT]) for row in again] == expected


def test_the_committed_copy_keeps_completion_notes_progress_and_sign_offs(full_ledger):
    copy = _commit(full_ledger, export_bytes(full_ledger, full_ledger.inspection))
    measures = {m.text: m for m in Measure.objects.filter(problem__inspection=copy)}
    done = measures[full_ledger.measure3.text]
    assert (done.state, done.progress, done.completion_date) == (MeasureState.SIGNED_OFF, 100, dt.date(2026, 9, 20))
    assert done.completion_note == "印发《环评审批服务指南》，审批时限由30日压缩至15日"
    assert measures[full_ledger.measure.text].progress == 60
    waiting = measures[full_ledger.multiline.text]
    assert (waiting.state, waiting.completion_note) == (MeasureState.IN_PROGRESS, "已建立台账。\n已通报两次。")
    problem = Problem.objects.get(inspection=copy, seq=1)
    assert (problem.target, problem.lead_leader) == ("执法检查全覆盖，违法行为查处率100%", "李局长")
    assert measures["=SUM(A1)"].responsible_person == "张三"
    assert sorted(u.name for u in measures["=SUM(A1)"].co_units.all()) == ["行政审批处"]


def test_a_ledger_of_one_measure_per_problem_keeps_a_numbered_multi_line_measure_whole(ledger):
    """Without a problem spanning rows, the 措施整改时限 column still says the sheet lists one measure a row."""
    Measure.objects.filter(problem=ledger.problem, seq=2).delete()
    Measure.objects.filter(pk=ledger.measure.pk).update(text="建立执法台账：\n1.逐月登记；\n2.按季通报。")
    result = read_ledger_bytes(export_bytes(ledger, ledger.inspection), "台账.xlsx", "xlsx")
    assert [p.measure_count for p in result.problems] == [1, 1, 1]
    assert result.problems[0].measures[0].text == "建立执法台账：\n1.逐月登记；\n2.按季通报。"
