"""Helpers for the ledger tests: drive a measure into a state through the real services."""
from __future__ import annotations

import pytest

from tests.conftest import pdf_upload
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.models import Measure, SignOffRequest
from zhenggai.ledger.workflow import MeasureState


def drive_to(world, state: str, measure: Measure | None = None) -> Measure:
    """Move a measure (by default world.measure) from 整改中 to `state` the way real users would."""
    measure = measure or world.measure
    if state == MeasureState.IN_PROGRESS:
        return measure
    requester = world.other_unit if measure.lead_unit_id == world.approvals.pk else world.unit
    services.measure_request_sign_off(user=requester, measure=measure, completion_note="已印发执法检查工作规程",
                                      files=[pdf_upload()])
    if state == MeasureState.REQUESTED:
        pass
    elif state == MeasureState.RETURNED:
        services.measure_review(user=world.office, measure=measure, passed=False, note="佐证材料不全")
    else:
        services.measure_review(user=world.office, measure=measure, passed=True, note="材料齐全")
        if state == MeasureState.SIGNED_OFF:
            services.measure_approve(user=world.leader, measure=measure, approved=True, note="同意销号")
    measure.refresh_from_db()
    assert measure.state == state
    return measure


def footprint(measure: Measure) -> tuple:
    """Everything a refused step must leave untouched."""
    measure.refresh_from_db()
    sign_offs = list(SignOffRequest.objects.filter(measure=measure).order_by("id").values_list(
        "id", "state", "reviewed_by", "approved_by", "send_back_reason"))
    return measure.state, measure.version, measure.progress, sign_offs, measure.evidence.count(), AuditEvent.objects.count()


@pytest.fixture
def drive():
    return drive_to
