"""extension_request / extension_decide: 申请延期 and its decision."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from tests.ledger.conftest import footprint
from zhenggai.accounts.models import Role
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.models import ExtensionRequest, ExtensionState
from zhenggai.ledger.workflow import MeasureState, WorkflowError

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)

NEW_DATE = dt.date(2027, 3, 31)


def ask(world, measure=None, new_date=NEW_DATE, reason="需等待省厅批复后方能印发", user=None) -> ExtensionRequest:
    return services.extension_request(user=user or world.unit, measure=measure or world.measure, new_date=new_date,
                                      reason=reason)


def state_of(world) -> tuple:
    return list(ExtensionRequest.objects.values_list("id", "state", "decided_by")), footprint(world.measure)


def test_a_responsible_unit_can_ask_for_more_time_and_the_old_deadline_is_kept(world):
    count = AuditEvent.objects.count()
    ext = ask(world)
    assert (ext.state, ext.requested_by, ext.new_date) == (ExtensionState.PENDING, world.unit, NEW_DATE)
    assert str(ext.old_deadline) == "2026年底"
    assert AuditEvent.objects.count() == count + 1
    assert AuditEvent.objects.order_by("-id").first().action == "extension.request"


@pytest.mark.parametrize("persona", ["other_unit", "office", "leader", "observer"])
def test_only_the_lead_unit_may_ask_for_more_time(world, persona):
    before = state_of(world)
    with pytest.raises(WorkflowError, match="牵头责任单位"):
        ask(world, user=world.persona(persona))
    assert state_of(world) == before


@pytest.mark.parametrize(("new_date", "reason", "message"), [
    (NEW_DATE, "  ", "延期理由"),
    (dt.date(2026, 11, 23), "来不及", "晚于今天"),
    (dt.date(2026, 12, 31), "来不及", "晚于原整改期限"),
    (dt.date(2026, 12, 1), "来不及", "晚于原整改期限"),
])
def test_it_refuses_an_extension_without_reason_or_to_an_earlier_date(world, new_date, reason, message):
    before = state_of(world)
    with pytest.raises(WorkflowError, match=message):
        ask(world, new_date=new_date, reason=reason)
    assert state_of(world) == before


def test_it_refuses_a_second_request_while_one_is_pending(world):
    ask(world)
    before = state_of(world)
    with pytest.raises(WorkflowError, match="待审批"):
        ask(world, new_date=dt.date(2027, 6, 30))
    assert state_of(world) == before


def test_it_refuses_an_extension_for_a_signed_off_measure(world, drive):
    drive(world, MeasureState.SIGNED_OFF)
    before = state_of(world)
    with pytest.raises(WorkflowError, match="已销号"):
        ask(world)
    assert state_of(world) == before


def test_it_refuses_an_extension_for_a_long_term_measure_which_has_no_deadline_to_move(world):
    before = state_of(world)
    with pytest.raises(WorkflowError, match="长期坚持"):
        ask(world, measure=world.measure2)
    assert state_of(world) == before


@pytest.mark.parametrize("persona", ["leader", "office"])
def test_an_approved_extension_moves_the_deadline_and_bumps_the_version(world, persona):
    ext = ask(world)
    version = footprint(world.measure)[1]
    count = AuditEvent.objects.count()
    services.extension_decide(user=world.persona(persona), extension=ext, approved=True, note="同意")
    world.measure.refresh_from_db()
    ext.refresh_from_db()
    assert (world.measure.deadline_kind, world.measure.deadline_date) == ("date", NEW_DATE)
    assert world.measure.version == version + 1
    assert (ext.state, ext.decided_by, ext.old_deadline_date) == (
        ExtensionState.APPROVED, world.persona(persona), dt.date(2026, 12, 31))
    assert AuditEvent.objects.count() == count + 1
    event = AuditEvent.objects.order_by("-id").first()
    assert (event.action, event.before, event.after) == (
        "extension.approve",
        {"deadline_kind": "date", "deadline_date": "2026-12-31"},
        {"deadline_kind": "date", "deadline_date": "2027-03-31"},
    )


def test_an_approved_extension_of_an_immediate_measure_gives_it_a_plain_date(world):
    services.measure_update(user=world.office, measure=world.measure, co_units=[], version=None,
                            fields={"deadline_kind": "immediate", "deadline_date": dt.date(2026, 6, 16)})
    ext = ask(world)
    services.extension_decide(user=world.leader, extension=ext, approved=True)
    world.measure.refresh_from_db()
    assert (world.measure.deadline_kind, world.measure.deadline_date) == ("date", NEW_DATE)


def test_a_refusal_needs_a_reason_and_keeps_the_deadline(world):
    ext = ask(world)
    before = state_of(world)
    with pytest.raises(WorkflowError, match="理由"):
        services.extension_decide(user=world.leader, extension=ext, approved=False, note=" ")
    assert state_of(world) == before
    services.extension_decide(user=world.leader, extension=ext, approved=False, note="理由不充分，按期完成")
    world.measure.refresh_from_db()
    ext.refresh_from_db()
    assert (ext.state, world.measure.deadline_date) == (ExtensionState.REFUSED, dt.date(2026, 12, 31))
    assert AuditEvent.objects.order_by("-id").first().action == "extension.refuse"


def test_a_decided_extension_cannot_be_decided_again(world):
    ext = ask(world)
    services.extension_decide(user=world.leader, extension=ext, approved=False, note="不同意")
    before = state_of(world)
    with pytest.raises(WorkflowError, match="已处理"):
        services.extension_decide(user=world.office, extension=ext, approved=True)
    assert state_of(world) == before


def test_a_unit_user_cannot_decide_an_extension(world):
    ext = ask(world)
    before = state_of(world)
    with pytest.raises(PermissionDenied):
        services.extension_decide(user=world.unit, extension=ext, approved=True)
    assert state_of(world) == before


def test_the_requester_cannot_decide_their_own_extension_even_after_a_change_of_role(world):
    ext = ask(world)
    world.unit.role, world.unit.unit = Role.LEADER, world.bureau
    world.unit.save()
    before = state_of(world)
    with pytest.raises(WorkflowError, match="自己的延期申请"):
        services.extension_decide(user=world.unit, extension=ext, approved=True)
    assert state_of(world) == before


def test_a_leader_of_another_bureau_cannot_decide(world):
    ext = ask(world)
    before = state_of(world)
    with pytest.raises(WorkflowError):
        services.extension_decide(user=world.outsider, extension=ext, approved=True)
    assert state_of(world) == before


def test_signing_a_measure_off_lapses_its_pending_extension_request(world, drive):
    ext = ask(world)
    drive(world, MeasureState.SIGNED_OFF)
    ext.refresh_from_db()
    assert (ext.state, ext.decided_by, ext.decision_note) == (ExtensionState.LAPSED, None, "措施已销号，延期申请自动失效")
    assert ext.decided_at is not None
    assert AuditEvent.objects.filter(action="extension.lapse", object_id=str(ext.pk)).count() == 1
    world.measure.refresh_from_db()
    assert world.measure.deadline_date == dt.date(2026, 12, 31)


def test_a_lapsed_extension_request_can_no_longer_be_approved(world, drive):
    ext = ask(world)
    drive(world, MeasureState.SIGNED_OFF)
    before = state_of(world)
    with pytest.raises(WorkflowError, match="已处理"):
        services.extension_decide(user=world.leader, extension=ext, approved=True)
    assert state_of(world) == before
