"""Upload → preview → confirm, for text, Word and CSV; cancel; double confirm; duplicates."""
from __future__ import annotations

import pytest
from django.urls import reverse

from tests.importer_app.conftest import BULLETIN, bulletin_docx, last_job, upload
from zhenggai.audit.models import AuditEvent
from zhenggai.importer.models import ImportJob
from zhenggai.ledger.models import Category, Inspection, Measure, Problem, Rule
from zhenggai.ledger.workflow import MeasureState
from zhenggai.importer.drafts import DraftStore, draft_problems


def _ledger_counts() -> tuple[int, int, int, int]:
    return Inspection.objects.count(), Category.objects.count(), Problem.objects.count(), Measure.objects.count()


def _confirm(client, job):
    return client.post(reverse("importer:confirm", args=[job.pk]))


def test_it_previews_the_bulletin_with_its_problems_measures_and_facts(office_client, parsed_job):
    response = office_client.get(reverse("importer:job", args=[parsed_job.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "导入预览" in page
    assert "执法检查“宽松软”" in page and "固体废物全过程监管存在短板" in page
    assert "修订《执法检查工作规程》" in page
    assert parsed_job.draft["facts"]["inspector"] == "市委第六巡察组"
    assert parsed_job.draft["facts"]["feedback_date"] == "2026-06-01"
    assert parsed_job.draft["facts"]["kind"] == "xuncha"
    assert "文档称形成制度机制" in page


@pytest.mark.parametrize("name, make", [("通报.txt", lambda: BULLETIN.encode("utf-8")), ("通报.docx", bulletin_docx)])
def test_confirm_creates_the_inspection_with_the_right_counts(office_client, world, name, make):
    before = _ledger_counts()
    assert upload(office_client, name, make()).status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    response = _confirm(office_client, job)
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == "committed"
    inspection = job.inspection
    assert inspection.name == "市委第六巡察组巡察反馈意见整改"
    assert inspection.inspected_unit == world.bureau
    assert str(inspection.feedback_date) == "2026-06-01"
    assert _ledger_counts() == (before[0] + 1, before[1] + 2, before[2] + 3, before[3] + 7)
    problems = list(inspection.problems.order_by("seq"))
    assert [p.seq for p in problems] == [1, 2, 3]
    assert [p.measures.count() for p in problems] == [3, 2, 2]
    # A problem the document calls done: its measures are signed off with the document's words.
    done = problems[0].measures.order_by("seq").first()
    assert done.state == MeasureState.SIGNED_OFF and done.progress == 100
    assert done.completion_note.startswith("修订《执法检查工作规程》")
    assert str(done.completion_date) == "2026-09-20"
    assert not problems[2].measures.filter(state=MeasureState.SIGNED_OFF).exists()
    statuses = dict(Problem.objects.filter(inspection=inspection).with_status().values_list("seq", "status"))
    assert statuses == {1: "done", 2: "done", 3: "in_progress"}
    # The stated rules count is shown, never turned into invented rule rows.
    assert not Rule.objects.filter(inspection=inspection).exists()
    result = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "文档称形成制度机制" in result and "<strong>4</strong>" in result
    # The audit log says who imported what, and each sign-off by import is marked as such.
    assert AuditEvent.objects.filter(action="import.commit", inspection_id=inspection.pk).count() == 1
    assert AuditEvent.objects.filter(action="import.sign_off", inspection_id=inspection.pk).count() == 5


def test_a_csv_ledger_goes_through_the_same_preview_and_commit(office_client, world):
    from zhenggai.accounts.models import Unit

    Unit.objects.create(name="市发展和改革委员会", parent=world.bureau)
    csv = ("序号,问题,整改措施,整改时限,责任单位,状态\n"
           "1,执法检查宽松软,修订执法检查工作规程,2026年12月底,市生态环境保护综合执法支队,已完成\n"
           "1,执法检查宽松软,开展执法案卷评查,长期坚持,市生态环境保护综合执法支队,正在推进\n"
           "2,项目审批慢,压缩项目审批时限,2026年9月底,市发改委、行政审批处,正在推进\n")
    assert upload(office_client, "台账.csv", csv.encode("gb18030")).status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    assert [len(p["measures"]) for p in draft_problems(job)] == [2, 1]
    # Near-certain unit names are pre-mapped: 市发改委 → 市发展和改革委员会.
    decision = job.draft["units"]["市发改委"]
    assert decision["action"] == "map"
    assert Unit.objects.get(pk=decision["unit"]).name == "市发展和改革委员会"
    facts = {"op": "facts", "name": "台账导入测试", "kind": "xuncha", "inspector": "市委第六巡察组",
             "inspected_unit": world.bureau.pk, "feedback_date": "2026-06-01"}
    office_client.post(reverse("importer:edit", args=[job.pk]), facts)
    assert _confirm(office_client, job).status_code == 302
    job.refresh_from_db()
    assert job.status == "committed"
    measure = Measure.objects.get(problem__inspection=job.inspection, text="压缩项目审批时限")
    assert measure.lead_unit.name == "市发展和改革委员会"
    assert list(measure.co_units.values_list("name", flat=True)) == ["行政审批处"]
    assert str(measure.deadline_date) == "2026-09-30"
    first = Measure.objects.get(problem__inspection=job.inspection, text="修订执法检查工作规程")
    assert first.state == MeasureState.SIGNED_OFF
    assert Measure.objects.get(problem__inspection=job.inspection, text="开展执法案卷评查").deadline_kind == "long_term"


def test_cancel_leaves_no_ledger_rows_and_removes_the_stored_file(office_client, parsed_job):
    before = _ledger_counts()
    assert parsed_job.path.exists()
    response = office_client.post(reverse("importer:cancel", args=[parsed_job.pk]))
    assert response.status_code == 302
    parsed_job.refresh_from_db()
    assert parsed_job.status == "cancelled"
    assert not parsed_job.path.exists()
    assert _ledger_counts() == before
    assert _confirm(office_client, parsed_job).status_code == 302
    assert _ledger_counts() == before
    assert "已取消" in office_client.get(reverse("importer:job", args=[parsed_job.pk])).content.decode()


def test_a_double_confirm_creates_everything_once(office_client, parsed_job):
    before = _ledger_counts()
    assert _confirm(office_client, parsed_job).status_code == 302
    second = _confirm(office_client, parsed_job)
    assert second.status_code == 302
    assert _ledger_counts() == (before[0] + 1, before[1] + 2, before[2] + 3, before[3] + 7)
    page = office_client.get(second["Location"]).content.decode()
    assert "没有重复写入" in page


def test_the_same_file_imported_again_is_recognised_and_needs_a_confirmation(office_client, parsed_job):
    _confirm(office_client, parsed_job)
    upload(office_client, "通报（再次）.txt", BULLETIN.encode("utf-8"))
    again = last_job()
    assert again.pk != parsed_job.pk and again.sha256 == parsed_job.sha256
    page = office_client.get(reverse("importer:job", args=[again.pk])).content.decode()
    assert "同一文件此前已经导入过" in page
    before = _ledger_counts()
    assert _confirm(office_client, again).status_code == 302
    assert _ledger_counts() == before  # refused until the user says so
    again.refresh_from_db()
    assert again.status == "parsed"
    office_client.post(reverse("importer:acknowledge_duplicate", args=[again.pk]))
    assert _confirm(office_client, again).status_code == 302
    again.refresh_from_db()
    assert again.status == "committed"
    assert Inspection.objects.count() == before[0] + 1


def test_the_same_file_from_another_body_is_not_a_duplicate(client, world, parsed_job):
    client.force_login(world.office)
    _confirm(client, parsed_job)
    client.force_login(world.outsider)
    upload(client, "通报.txt", BULLETIN.encode("utf-8"))
    job = last_job()
    assert job.owner == world.outsider
    assert not job.duplicates().exists()


def test_a_large_file_is_parsed_in_a_background_job_with_a_progress_page(office_client, settings):
    settings.IMPORT_INLINE_MAX_KB = 0  # everything goes through django-q (sync in tests)
    response = upload(office_client, "通报.txt", BULLETIN.encode("utf-8"))
    assert response.status_code == 302
    job = last_job()
    assert job.status == "parsed"
    status = office_client.get(reverse("importer:status", args=[job.pk]), HTTP_HX_REQUEST="true")
    assert status["HX-Redirect"] == reverse("importer:job", args=[job.pk])


def test_a_pending_job_shows_a_progress_indicator_that_polls(office_client, world, parsed_job):
    ImportJob.objects.filter(pk=parsed_job.pk).update(status="pending", stage="正在读取文件、识别问题和措施")
    page = office_client.get(reverse("importer:job", args=[parsed_job.pk])).content.decode()
    assert "progressbar" in page and "hx-trigger=\"every 1s\"" in page
    fragment = office_client.get(reverse("importer:status", args=[parsed_job.pk])).content.decode()
    assert "正在读取文件" in fragment


def test_the_import_commit_is_refused_with_where_when_the_draft_is_incomplete(office_client, parsed_job):
    second = draft_problems(parsed_job)[1]
    key = second["key"]
    DraftStore(parsed_job).save({**second, "title": ""})
    draft = parsed_job.draft
    draft["facts"]["feedback_date"] = ""
    ImportJob.objects.filter(pk=parsed_job.pk).update(draft=draft)
    before = _ledger_counts()
    response = _confirm(office_client, parsed_job)
    page = response.content.decode()
    assert response.status_code == 400
    assert "问题2（标题）：请填写问题标题" in page
    assert "巡察信息（反馈日期）" in page
    assert f'href="#{key}"' in page
    assert _ledger_counts() == before
