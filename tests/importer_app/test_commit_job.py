"""Confirming an import hands the write to the job worker (issue 14): the confirm returns at once, the page
shows the write under way, the write is one transaction (nothing half-written; the draft kept to retry), a
double submit writes once, and the audit log records the outcome."""
from __future__ import annotations

import pytest
from django.urls import reverse

from tests.importer_app.conftest import last_job, ready_to_confirm, upload
from zhenggai.audit.models import AuditEvent
from zhenggai.importer import services
from zhenggai.importer.models import DraftProblem, ImportStatus
from zhenggai.ledger.models import Inspection, Measure, Problem


def _ledger(rows: int) -> bytes:
    lines = ["序号,反馈问题,整改措施,责任单位,整改时限"]
    lines += [f"{i},问题{i}：制度执行不严格,修订完善制度{i},局办公室,2026年12月31日" for i in range(1, rows + 1)]
    return "\n".join(lines).encode("utf-8")


@pytest.fixture
def ready_job(office_client, world):
    """A 12-problem ledger, parsed, its facts and units decided: ready to confirm."""
    return ready_to_confirm(office_client, world, _ledger(12), "大台账")


@pytest.fixture
def queued(settings, monkeypatch):
    """A worker that does not run by itself: the tasks handed to it, to run when the test says."""
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    tasks: list[tuple] = []
    monkeypatch.setattr("django_q.tasks.async_task", lambda func, *args, **kwargs: tasks.append((func, args, kwargs)))
    return tasks


def _run(tasks: list[tuple]) -> None:
    from django.utils.module_loading import import_string

    while tasks:
        func, args, _kwargs = tasks.pop(0)
        import_string(func)(*args)


def test_the_confirm_returns_at_once_and_the_worker_writes_the_ledger(office_client, ready_job, queued):
    response = office_client.post(reverse("importer:confirm", args=[ready_job.pk]))
    assert response.status_code == 302
    ready_job.refresh_from_db()
    assert ready_job.status == ImportStatus.COMMITTING
    assert [func for func, _, _ in queued] == ["zhenggai.importer.services.import_commit_job"]
    assert not Inspection.objects.filter(name="大台账").exists()
    _run(queued)
    ready_job.refresh_from_db()
    assert ready_job.status == ImportStatus.COMMITTED
    assert Problem.objects.filter(inspection=ready_job.inspection).count() == 12
    assert Measure.objects.filter(problem__inspection=ready_job.inspection).count() == 12


def test_the_job_page_shows_the_write_under_way_and_moves_on_when_it_is_done(office_client, ready_job, queued):
    office_client.post(reverse("importer:confirm", args=[ready_job.pk]))
    page = office_client.get(reverse("importer:job", args=[ready_job.pk])).content.decode()
    assert "正在写入台账" in page and "12个问题、12项措施" in page
    assert "取消导入" not in page  # a write under way cannot be cancelled
    poll = office_client.get(reverse("importer:status", args=[ready_job.pk]))
    assert "HX-Redirect" not in poll and "正在写入台账" in poll.content.decode()
    _run(queued)
    poll = office_client.get(reverse("importer:status", args=[ready_job.pk]))
    assert poll["HX-Redirect"] == reverse("importer:job", args=[ready_job.pk])
    assert "已导入：台账.csv" in office_client.get(reverse("importer:job", args=[ready_job.pk])).content.decode()


def test_a_double_submit_queues_one_write_and_writes_the_ledger_once(office_client, ready_job, queued):
    office_client.post(reverse("importer:confirm", args=[ready_job.pk]))
    again = office_client.post(reverse("importer:confirm", args=[ready_job.pk]), follow=True)
    assert "正在写入台账，请稍候；没有重复提交" in again.content.decode()
    assert len(queued) == 1
    func, args, kwargs = queued[0]
    _run(queued)
    services.import_commit_job(*args)  # the worker handed the same task again (a retry): nothing more is written
    office_client.post(reverse("importer:confirm", args=[ready_job.pk]))
    assert not queued
    assert Inspection.objects.filter(name="大台账").count() == 1
    assert Problem.objects.filter(inspection__name="大台账").count() == 12
    assert AuditEvent.objects.filter(action="import.commit", outcome="success").count() == 1


def test_a_write_that_fails_leaves_nothing_in_the_ledger_and_keeps_the_draft_to_retry(
        office_client, ready_job, queued, monkeypatch, world):
    monkeypatch.setattr(services, "COMMIT_BATCH", 5)  # the failure comes after two slices were written
    original = services._LedgerWriter.create_problems
    calls = {"n": 0}

    def failing(self, items, categories=None):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk full")
        return original(self, items, categories)

    monkeypatch.setattr(services._LedgerWriter, "create_problems", failing)
    before = (Problem.objects.count(), Measure.objects.count(), Inspection.objects.count())
    office_client.post(reverse("importer:confirm", args=[ready_job.pk]))
    _run(queued)
    assert calls["n"] == 3
    ready_job.refresh_from_db()
    assert ready_job.status == ImportStatus.PARSED
    assert "写入台账时发生内部错误（RuntimeError），台账没有任何改动" in ready_job.error_message
    assert (Problem.objects.count(), Measure.objects.count(), Inspection.objects.count()) == before
    assert DraftProblem.objects.filter(job=ready_job).count() == 12
    failure = AuditEvent.objects.get(action="import.commit", outcome="failure")
    assert failure.actor == world.office and "未写入任何内容" in failure.note
    page = office_client.get(reverse("importer:job", args=[ready_job.pk])).content.decode()
    assert "上次确认导入未能写入台账" in page

    monkeypatch.setattr(services._LedgerWriter, "create_problems", original)
    office_client.post(reverse("importer:confirm", args=[ready_job.pk]))
    _run(queued)
    ready_job.refresh_from_db()
    assert ready_job.status == ImportStatus.COMMITTED and ready_job.error_message == ""
    assert Problem.objects.filter(inspection=ready_job.inspection).count() == 12


def test_the_audit_log_records_the_write_by_the_user_who_confirmed(office_client, ready_job, queued, world):
    office_client.post(reverse("importer:confirm", args=[ready_job.pk]))
    _run(queued)
    ready_job.refresh_from_db()
    event = AuditEvent.objects.get(action="import.commit", outcome="success")
    assert event.actor == world.office and event.inspection_id == ready_job.inspection_id
    created = Measure.objects.filter(problem__inspection=ready_job.inspection).values_list("pk", flat=True)
    assert event.after["job"] == ready_job.pk and len(created) == 12
    assert event.after["measure_id_ranges"] == [[min(created), max(created)]]  # one block of ids, one range


def test_edits_and_cancel_are_refused_while_the_draft_is_being_written(office_client, ready_job, queued, world):
    office_client.post(reverse("importer:confirm", args=[ready_job.pk]))
    with pytest.raises(services.ImportStateError, match="正在写入台账"):
        services.import_draft_edit(job=ready_job, user=world.office, op="units_rest_none", values={})
    with pytest.raises(services.ImportStateError, match="正在写入台账，不能取消"):
        services.import_cancel(job=ready_job, user=world.office)
    ready_job.refresh_from_db()
    assert ready_job.status == ImportStatus.COMMITTING


def test_a_draft_with_something_to_fix_is_refused_at_the_confirm_and_nothing_is_queued(office_client, world, queued):
    upload(office_client, "台账.csv", _ledger(3))
    _run(queued)  # the parse
    job = last_job()
    assert job.status == ImportStatus.PARSED  # its facts (inspector, feedback date) still to fill in
    response = office_client.post(reverse("importer:confirm", args=[job.pk]))
    assert response.status_code == 400 and "还不能导入" in response.content.decode()
    assert not queued
    job.refresh_from_db()
    assert job.status == ImportStatus.PARSED
