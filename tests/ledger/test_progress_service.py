"""measure_report_progress: a unit's dated report on a measure, with evidence."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.conftest import pdf_upload
from tests.ledger.conftest import footprint
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.models import EvidenceFile, ProgressUpdate
from zhenggai.ledger.workflow import MeasureState, WorkflowError

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


def updates_and_files(world, settings) -> tuple:
    evidence_dir = settings.MEDIA_ROOT / "evidence"
    files = sorted(p.name for p in evidence_dir.iterdir()) if evidence_dir.exists() else []
    return ProgressUpdate.objects.count(), EvidenceFile.objects.count(), files, footprint(world.measure)


def test_a_report_moves_progress_and_the_last_reported_date(world):
    update = services.measure_report_progress(user=world.unit, measure=world.measure, text="规程已起草，征求意见中",
                                              progress=40)
    world.measure.refresh_from_db()
    assert (world.measure.progress, world.measure.last_reported_on) == (40, dt.date(2026, 11, 23))
    assert (update.author, update.unit, update.reported_on, update.progress) == (
        world.unit, world.enforcement, dt.date(2026, 11, 23), 40)


def test_a_report_writes_one_audit_event_with_before_and_after(world):
    count = AuditEvent.objects.count()
    update = services.measure_report_progress(user=world.unit, measure=world.measure, text="规程已起草", progress=40,
                                              files=[pdf_upload()])
    assert AuditEvent.objects.count() == count + 1
    event = AuditEvent.objects.order_by("-id").first()
    assert (event.action, event.object_type, event.object_id) == ("measure.progress", "progressupdate", str(update.pk))
    assert (event.measure_id, event.inspection_id, event.actor) == (world.measure.pk, world.inspection.pk, world.unit)
    assert event.before == {"progress": 0, "last_reported_on": None}
    assert event.after == {"progress": 40, "last_reported_on": "2026-11-23", "text": "规程已起草", "files": 1}


def test_evidence_is_stored_under_a_generated_name_and_linked_to_the_update(world, settings):
    update = services.measure_report_progress(user=world.unit, measure=world.measure, text="召开专题会", progress=20,
                                              files=[pdf_upload("会议纪要.pdf")])
    evidence = EvidenceFile.objects.get()
    assert (evidence.update, evidence.measure, evidence.original_name) == (update, world.measure, "会议纪要.pdf")
    assert evidence.stored_name != "会议纪要.pdf"
    assert (settings.MEDIA_ROOT / "evidence" / evidence.stored_name).exists()


def test_office_staff_may_report_on_behalf_of_a_unit(world):
    services.measure_report_progress(user=world.office, measure=world.measure, text="整改办代报", progress=10)
    world.measure.refresh_from_db()
    assert world.measure.progress == 10


@pytest.mark.parametrize("persona", ["other_unit", "leader", "observer", "outsider"])
def test_it_refuses_reports_from_people_who_do_not_answer_for_the_measure(world, settings, persona):
    before = updates_and_files(world, settings)
    with pytest.raises(WorkflowError):
        services.measure_report_progress(user=world.persona(persona), measure=world.measure, text="越权报送",
                                         progress=50, files=[pdf_upload()])
    assert updates_and_files(world, settings) == before


@pytest.mark.parametrize(("text", "progress", "reported_on", "message"), [
    ("", 10, None, "请填写进展情况"),
    ("   ", 10, None, "请填写进展情况"),
    ("有进展", -1, None, "0到100"),
    ("有进展", 101, None, "0到100"),
    ("有进展", 10, dt.date(2026, 11, 24), "不能晚于今天"),
])
def test_it_refuses_an_incomplete_or_impossible_report(world, settings, text, progress, reported_on, message):
    before = updates_and_files(world, settings)
    with pytest.raises(WorkflowError, match=message):
        services.measure_report_progress(user=world.unit, measure=world.measure, text=text, progress=progress,
                                         reported_on=reported_on, files=[pdf_upload()])
    assert updates_and_files(world, settings) == before


def test_it_refuses_reports_on_a_signed_off_measure(world, settings, drive):
    drive(world, MeasureState.SIGNED_OFF)
    before = updates_and_files(world, settings)
    with pytest.raises(WorkflowError, match="已销号"):
        services.measure_report_progress(user=world.unit, measure=world.measure, text="补报", progress=100)
    assert updates_and_files(world, settings) == before


def test_it_refuses_a_file_that_is_not_what_its_name_says_and_keeps_nothing(world, settings):
    fake = SimpleUploadedFile("通知.pdf", b"<html><script>alert(1)</script></html>", content_type="application/pdf")
    before = updates_and_files(world, settings)
    with pytest.raises(WorkflowError):
        services.measure_report_progress(user=world.unit, measure=world.measure, text="附通知", progress=30,
                                         files=[pdf_upload(), fake])
    assert updates_and_files(world, settings) == before


def test_a_backdated_report_moves_neither_the_last_reported_date_nor_the_progress_back(world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="十一月进展", progress=50)
    services.measure_report_progress(user=world.unit, measure=world.measure, text="补报十月进展", progress=30,
                                     reported_on=dt.date(2026, 10, 20))
    world.measure.refresh_from_db()
    assert (world.measure.last_reported_on, world.measure.progress) == (dt.date(2026, 11, 23), 50)
    assert ProgressUpdate.objects.filter(measure=world.measure).count() == 2


def test_a_unit_above_the_responsible_unit_may_report(world):
    bureau_filler = world.unit.__class__.objects.create_user("bureau_filler", role="unit", unit=world.bureau)
    services.measure_report_progress(user=bureau_filler, measure=world.measure, text="局里统一报送", progress=25)
    world.measure.refresh_from_db()
    assert world.measure.progress == 25
