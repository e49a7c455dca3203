"""Batch review/approval and batch reassignment: one transaction, each item audited, refusals per item."""
from __future__ import annotations

import pytest

from tests.ledger.conftest import drive_to
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


def test_a_batch_review_passes_each_request_and_audits_each(world):
    a = drive_to(world, MeasureState.REQUESTED, world.measure)
    b = drive_to(world, MeasureState.REQUESTED, world.measure3)
    before = AuditEvent.objects.filter(action="measure.review_pass").count()
    results = services.measures_batch_review(user=world.office, measures=[a, b], passed=True, note="材料齐全")
    assert [r.ok for r in results] == [True, True]
    a.refresh_from_db(), b.refresh_from_db()
    assert a.state == b.state == MeasureState.REVIEWED
    assert AuditEvent.objects.filter(action="measure.review_pass").count() == before + 2


def test_a_refused_item_is_reported_and_the_others_go_through(world):
    a = drive_to(world, MeasureState.REQUESTED, world.measure)
    b = drive_to(world, MeasureState.REQUESTED, world.measure3)
    # measure2 has no pending request: refused on its own, the others pass
    results = services.measures_batch_review(user=world.office, measures=[a, world.measure2, b], passed=True)
    assert [(r.label, r.ok) for r in results] == [("措施1.1", True), ("措施1.2", False), ("措施2.1", True)]
    assert "整改中" in results[1].message
    world.measure2.refresh_from_db()
    assert world.measure2.state == MeasureState.IN_PROGRESS


def test_a_batch_approval_through_the_queue_page_reports_per_item(client, world):
    a = drive_to(world, MeasureState.REVIEWED, world.measure)
    b = drive_to(world, MeasureState.REVIEWED, world.measure3)
    client.force_login(world.leader)
    html = client.post("/review/batch/", {"ids": [a.pk, b.pk], "decision": "pass"}, follow=True).content.decode()
    assert "审批销号2项：措施1.1、措施2.1" in html
    a.refresh_from_db()
    assert a.state == MeasureState.SIGNED_OFF


def test_a_batch_send_back_needs_a_reason(client, world):
    a = drive_to(world, MeasureState.REQUESTED, world.measure)
    client.force_login(world.office)
    html = client.post("/review/batch/", {"ids": [a.pk], "decision": "back", "note": ""}, follow=True).content.decode()
    assert "必须写明理由" in html
    a.refresh_from_db()
    assert a.state == MeasureState.REQUESTED


def test_a_batch_reassignment_moves_the_problems_and_the_measures_led_by_the_old_unit(client, world):
    world.measure2.lead_unit = world.office_unit  # given to another unit on purpose: stays
    world.measure2.save()
    client.force_login(world.office)
    html = client.post(f"/inspections/{world.inspection.pk}/problems/reassign/",
                       {"ids": [world.problem.pk, world.problem2.pk], "lead_unit": world.approvals.pk},
                       follow=True).content.decode()
    assert "已改由行政审批处牵头2项" in html
    for obj in (world.problem, world.problem2, world.measure, world.measure2, world.measure3):
        obj.refresh_from_db()
    assert world.problem.lead_unit == world.problem2.lead_unit == world.measure.lead_unit == world.approvals
    assert world.measure2.lead_unit == world.office_unit
    assert AuditEvent.objects.filter(action="problem.update").count() == 2
    assert AuditEvent.objects.filter(action="measure.update").count() == 2
