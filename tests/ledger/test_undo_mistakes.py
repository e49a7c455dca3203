"""Mistakes can be undone: an inspection archived (out of every figure, restorable), a problem or measure
created by mistake deleted before any work is recorded on it — all audited."""
from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from tests.conftest import pdf_upload
from zhenggai.accounts.scope import inspections_for_user
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.models import Inspection, Measure, Problem
from zhenggai.ledger.selectors import inspection_headlines
from zhenggai.ledger.workflow import WorkflowError

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


def test_an_archived_inspection_is_out_of_every_list_and_figure_and_comes_back_when_restored(client, world):
    world.inspection.is_public = True
    world.inspection.save()
    services.inspection_archive(user=world.office, inspection=world.inspection, reason="重复导入")
    assert not inspections_for_user(world.office).exists()
    assert inspection_headlines(inspections_for_user(world.office)) == {}
    client.force_login(world.office)
    assert world.inspection.name not in client.get("/inspections/").content.decode()
    assert client.get(f"/inspections/{world.inspection.pk}/").status_code == 404
    assert world.inspection.name not in client.get("/battle-map/").content.decode()
    assert world.inspection.name not in Client().get("/public/").content.decode()
    api = client.get("/api/inspections")
    assert api.status_code == 200 and world.inspection.name not in api.content.decode()
    assert world.inspection.name in client.get("/inspections/archived/").content.decode()

    client.post(f"/inspections/archived/{world.inspection.pk}/restore/")
    assert client.get(f"/inspections/{world.inspection.pk}/").status_code == 200
    assert [e.action for e in AuditEvent.objects.filter(inspection_id=world.inspection.pk).order_by("id")][-2:] == [
        "inspection.archive", "inspection.restore"]


def test_archiving_keeps_every_row(world):
    counts = Problem.objects.count(), Measure.objects.count()
    services.inspection_archive(user=world.office, inspection=world.inspection, reason="重复导入")
    assert (Problem.objects.count(), Measure.objects.count()) == counts
    assert Inspection.all_objects.get(pk=world.inspection.pk).archive_reason == "重复导入"


def test_archiving_needs_a_reason_and_the_office_of_the_bureau(world):
    with pytest.raises(WorkflowError, match="原因"):
        services.inspection_archive(user=world.office, inspection=world.inspection, reason=" ")
    with pytest.raises(WorkflowError):
        services.inspection_archive(user=world.outsider, inspection=world.inspection, reason="误操作")
    with pytest.raises(PermissionDenied):
        services.inspection_archive(user=world.leader, inspection=world.inspection, reason="误操作")
    assert Inspection.objects.filter(pk=world.inspection.pk).exists()


def test_another_bureaus_office_cannot_restore(world):
    services.inspection_archive(user=world.office, inspection=world.inspection, reason="重复导入")
    with pytest.raises(WorkflowError):
        services.inspection_restore(user=world.outsider, inspection=world.inspection)


def test_the_archive_page_via_the_browser_form_archives(client, world):
    client.force_login(world.office)
    page = client.get(f"/inspections/{world.inspection.pk}/archive/").content.decode()
    assert "归档" in page and 'name="reason"' in page
    client.post(f"/inspections/{world.inspection.pk}/archive/", {"reason": "重复导入了PDF版本"})
    assert Inspection.all_objects.get(pk=world.inspection.pk).archived_at is not None


def test_a_measure_without_work_can_be_deleted_and_the_audit_log_keeps_its_text(world):
    text = world.measure3.text
    services.measure_delete(user=world.office, measure=world.measure3)
    assert not Measure.objects.filter(pk=world.measure3.pk).exists()
    event = AuditEvent.objects.order_by("-id").first()
    assert (event.action, event.before["text"], event.measure_id) == ("measure.delete", text, world.measure3.pk)


def test_a_measure_with_a_progress_report_cannot_be_deleted(world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="已起草", progress=20)
    with pytest.raises(WorkflowError, match="不能删除：已有进展报送"):
        services.measure_delete(user=world.office, measure=world.measure)
    assert Measure.objects.filter(pk=world.measure.pk).exists()


def test_a_measure_with_a_sign_off_request_cannot_be_deleted(world):
    services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="已印发",
                                      files=[pdf_upload()])
    with pytest.raises(WorkflowError, match="待整改办审核"):
        services.measure_delete(user=world.office, measure=world.measure)


def test_a_problem_without_work_is_deleted_with_its_measures(world):
    services.problem_delete(user=world.office, problem=world.problem2)
    assert not Problem.objects.filter(pk=world.problem2.pk).exists()
    assert not Measure.objects.filter(pk=world.measure3.pk).exists()
    event = AuditEvent.objects.order_by("-id").first()
    assert event.action == "problem.delete" and len(event.before["measures"]) == 1


def test_a_problem_whose_measure_has_work_cannot_be_deleted_and_says_which(world):
    services.measure_report_progress(user=world.unit, measure=world.measure2, text="开展案卷评查", progress=30)
    with pytest.raises(WorkflowError, match="措施1.2已有进展报送"):
        services.problem_delete(user=world.office, problem=world.problem)
    assert Measure.objects.filter(problem=world.problem).count() == 2


def test_a_unit_user_cannot_delete(world):
    with pytest.raises(PermissionDenied):
        services.measure_delete(user=world.unit, measure=world.measure3)


def test_the_delete_page_of_a_measure_with_work_explains_instead_of_offering_the_button(client, world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="已起草", progress=20)
    client.force_login(world.office)
    html = client.get(f"/measures/{world.measure.pk}/delete/").content.decode()
    assert "不能删除：已有进展报送" in html and ">删除</button>" not in html
    assert f'href="/measures/{world.measure.pk}/delete/"' not in client.get(f"/measures/{world.measure.pk}/").content.decode()
    client.post(f"/measures/{world.measure.pk}/delete/", {})
    assert Measure.objects.filter(pk=world.measure.pk).exists()
