"""The sign-off state machine, walked through the real services for every (state, action, role)."""
from __future__ import annotations

import itertools

import pytest

from tests.conftest import pdf_upload
from tests.ledger.conftest import drive_to, footprint
from zhenggai.accounts.models import Role
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.models import SignOffRequest, SignOffState
from zhenggai.ledger.workflow import TRANSITIONS, Action, MeasureState, WorkflowError

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)

# One in-scope persona per role: the unit user answers for world.measure and is the one who requests.
PERSONA = {Role.UNIT: "unit", Role.OFFICE: "office", Role.LEADER: "leader", Role.OBSERVER: "observer"}


def act(world, action: str, user, measure):
    if action == Action.REQUEST_SIGN_OFF:
        return services.measure_request_sign_off(user=user, measure=measure, completion_note="规程已印发",
                                                 files=[pdf_upload()])
    if action == Action.WITHDRAW:
        return services.measure_withdraw_sign_off(user=user, measure=measure)
    if action == Action.REPORT_PROGRESS:
        return services.measure_report_progress(user=user, measure=measure, text="规程修订稿已征求意见", progress=90)
    if action in (Action.REVIEW_PASS, Action.REVIEW_SEND_BACK):
        return services.measure_review(user=user, measure=measure, passed=action == Action.REVIEW_PASS,
                                       note="退回：佐证材料不足" if action == Action.REVIEW_SEND_BACK else "")
    return services.measure_approve(user=user, measure=measure, approved=action == Action.APPROVE,
                                    note="退回：整改不到位" if action == Action.APPROVE_SEND_BACK else "")


TRIPLES = list(itertools.product(MeasureState.values, Action.values, Role.values))


def test_the_table_only_names_known_states_actions_and_roles():
    for (state, action, role), target in TRANSITIONS.items():
        assert (state, action, role) in TRIPLES
        assert target in MeasureState.values


@pytest.mark.parametrize(("state", "action", "role"), TRIPLES, ids=["-".join(t) for t in TRIPLES])
def test_every_step_does_what_the_table_says_and_nothing_else(world, state, action, role):
    measure = drive_to(world, state)
    user = world.persona(PERSONA[role])
    before = footprint(measure)
    target = TRANSITIONS.get((state, action, role))

    if target is None:
        with pytest.raises(WorkflowError):
            act(world, action, user, measure)
        assert footprint(measure) == before
    elif action == Action.REPORT_PROGRESS:
        # A report keeps the state and the version (an open edit form stays valid); it moves the figure.
        act(world, action, user, measure)
        measure.refresh_from_db()
        assert (measure.state, measure.version, measure.progress) == (target, before[1], 90)
        assert AuditEvent.objects.order_by("-id").first().action == "measure.progress"
    else:
        act(world, action, user, measure)
        measure.refresh_from_db()
        assert measure.state == target
        assert measure.version == before[1] + 1
        assert AuditEvent.objects.count() == before[-1] + 1
        event = AuditEvent.objects.order_by("-id").first()
        assert (event.action, event.before, event.after["state"]) == (f"measure.{action}", {"state": state}, target)


def test_a_unit_user_cannot_review_or_approve_because_of_the_role(world, drive):
    measure = drive(world, MeasureState.REQUESTED)
    before = footprint(measure)
    with pytest.raises(WorkflowError, match="单位填报员不能执行"):
        services.measure_review(user=world.unit, measure=measure, passed=True)
    assert footprint(measure) == before
    reviewed = drive(world, MeasureState.REVIEWED, world.measure2)
    before = footprint(reviewed)
    with pytest.raises(WorkflowError, match="单位填报员不能执行"):
        services.measure_approve(user=world.unit, measure=reviewed, approved=True)
    assert footprint(reviewed) == before


def test_the_requester_cannot_review_their_own_request_even_after_becoming_office_staff(world, drive):
    measure = drive(world, MeasureState.REQUESTED)
    world.unit.role, world.unit.unit = Role.OFFICE, world.bureau  # transferred to the 整改办
    world.unit.save()
    before = footprint(measure)
    for passed in (True, False):
        with pytest.raises(WorkflowError, match="申请人不能审核或审批自己的申请"):
            services.measure_review(user=world.unit, measure=measure, passed=passed, note="自己审自己")
    assert footprint(measure) == before


def test_the_requester_cannot_approve_their_own_request_even_after_becoming_a_leader(world, drive):
    measure = drive(world, MeasureState.REVIEWED)
    world.unit.role, world.unit.unit = Role.LEADER, world.bureau  # promoted to the bureau's leadership
    world.unit.save()
    before = footprint(measure)
    for approved in (True, False):
        with pytest.raises(WorkflowError, match="申请人不能审核或审批自己的申请"):
            services.measure_approve(user=world.unit, measure=measure, approved=approved, note="自己批自己")
    assert footprint(measure) == before


@pytest.mark.parametrize("note", ["", "   "])
def test_a_reviewer_cannot_send_back_without_a_reason(world, drive, note):
    measure = drive(world, MeasureState.REQUESTED)
    before = footprint(measure)
    with pytest.raises(WorkflowError, match="理由"):
        services.measure_review(user=world.office, measure=measure, passed=False, note=note)
    assert footprint(measure) == before


def test_a_leader_cannot_send_back_without_a_reason(world, drive):
    measure = drive(world, MeasureState.REVIEWED)
    before = footprint(measure)
    with pytest.raises(WorkflowError, match="理由"):
        services.measure_approve(user=world.leader, measure=measure, approved=False, note="")
    assert footprint(measure) == before


def test_a_send_back_records_the_reason_on_the_request(world, drive):
    measure = drive(world, MeasureState.REQUESTED)
    services.measure_review(user=world.office, measure=measure, passed=False, note="佐证材料与措施不对应")
    request = SignOffRequest.objects.get(measure=measure)
    assert (request.state, request.send_back_reason, request.reviewed_by) == (
        SignOffState.SENT_BACK, "佐证材料与措施不对应", world.office)


def test_a_sent_back_measure_can_be_requested_again_and_signed_off(world, drive):
    measure = drive(world, MeasureState.RETURNED)
    services.measure_request_sign_off(user=world.unit, measure=measure, completion_note="补充了案卷评查报告",
                                      files=[pdf_upload("评查报告.pdf")])
    services.measure_review(user=world.office, measure=measure, passed=True)
    services.measure_approve(user=world.leader, measure=measure, approved=True)
    measure.refresh_from_db()
    assert measure.state == MeasureState.SIGNED_OFF
    assert measure.progress == 100
    assert list(SignOffRequest.objects.filter(measure=measure).order_by("id").values_list("state", flat=True)) == [
        SignOffState.SENT_BACK, SignOffState.APPROVED]


def test_a_sign_off_request_needs_evidence(world):
    before = footprint(world.measure)
    with pytest.raises(WorkflowError, match="佐证材料"):
        services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="规程已印发")
    assert footprint(world.measure) == before


def test_evidence_sent_with_an_earlier_progress_update_is_enough_for_sign_off(world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="规程已起草", progress=80,
                                     files=[pdf_upload()])
    services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="规程已印发")
    world.measure.refresh_from_db()
    assert world.measure.state == MeasureState.REQUESTED


def test_a_sign_off_request_needs_a_completion_note(world):
    before = footprint(world.measure)
    with pytest.raises(WorkflowError, match="完成情况"):
        services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="  ",
                                          files=[pdf_upload()])
    assert footprint(world.measure) == before


def test_a_unit_user_of_another_unit_cannot_request_sign_off(world):
    before = footprint(world.measure)
    with pytest.raises(WorkflowError, match="牵头责任单位"):
        services.measure_request_sign_off(user=world.other_unit, measure=world.measure, completion_note="代为申请",
                                          files=[pdf_upload()])
    assert footprint(world.measure) == before


def test_a_refused_request_leaves_no_evidence_file_on_disk(world, settings):
    with pytest.raises(WorkflowError):
        services.measure_request_sign_off(user=world.other_unit, measure=world.measure, completion_note="代为申请",
                                          files=[pdf_upload()])
    with pytest.raises(WorkflowError):
        services.measure_request_sign_off(user=world.office, measure=world.measure, completion_note="代为申请",
                                          files=[pdf_upload()])
    evidence_dir = settings.MEDIA_ROOT / "evidence"
    assert not evidence_dir.exists() or list(evidence_dir.iterdir()) == []


def test_only_the_requester_can_withdraw(world, drive):
    measure = drive(world, MeasureState.REQUESTED)
    colleague = world.unit.__class__.objects.create_user("unit2", role=Role.UNIT, unit=world.enforcement)
    before = footprint(measure)
    with pytest.raises(WorkflowError, match="申请人"):
        services.measure_withdraw_sign_off(user=colleague, measure=measure)
    assert footprint(measure) == before


def test_a_withdrawn_request_is_marked_withdrawn_and_the_measure_can_be_requested_again(world, drive):
    measure = drive(world, MeasureState.REQUESTED)
    services.measure_withdraw_sign_off(user=world.unit, measure=measure)
    services.measure_request_sign_off(user=world.unit, measure=measure, completion_note="重新申请")
    assert list(SignOffRequest.objects.filter(measure=measure).order_by("id").values_list("state", flat=True)) == [
        SignOffState.WITHDRAWN, SignOffState.PENDING_REVIEW]


@pytest.mark.parametrize("persona", ["outsider"])
def test_office_staff_of_another_bureau_cannot_review(world, drive, persona):
    measure = drive(world, MeasureState.REQUESTED)
    before = footprint(measure)
    with pytest.raises(WorkflowError):
        services.measure_review(user=world.persona(persona), measure=measure, passed=True)
    assert footprint(measure) == before


def test_a_leader_of_another_bureau_cannot_approve(world, drive):
    measure = drive(world, MeasureState.REVIEWED)
    water_leader = world.unit.__class__.objects.create_user("water_leader", role=Role.LEADER, unit=world.water)
    before = footprint(measure)
    with pytest.raises(WorkflowError):
        services.measure_approve(user=water_leader, measure=measure, approved=True)
    assert footprint(measure) == before


def test_an_approved_sign_off_stamps_the_time_and_the_approver(world, drive):
    measure = drive(world, MeasureState.SIGNED_OFF)
    request = SignOffRequest.objects.get(measure=measure)
    assert (request.state, request.approved_by, request.reviewed_by) == (
        SignOffState.APPROVED, world.leader, world.office)
    assert measure.signed_off_at is not None
