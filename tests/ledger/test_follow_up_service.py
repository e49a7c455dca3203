"""follow_up_record: 回头看, months after sign-off — does the fix hold, or has the problem come back?"""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied

from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.models import FollowUp, FollowUpOutcome, Measure, Problem, ProblemStatus
from zhenggai.ledger.workflow import MeasureState, WorkflowError

pytestmark = pytest.mark.time_machine("2027-03-01 10:00 +0800", tick=False)


@pytest.fixture
def done_problem(world, drive):
    drive(world, MeasureState.SIGNED_OFF, world.measure)
    drive(world, MeasureState.SIGNED_OFF, world.measure2)
    assert status_of(world.problem) == ProblemStatus.DONE
    return world.problem


def status_of(problem) -> str:
    return Problem.objects.with_status().get(pk=problem.pk).status


def rows(problem) -> tuple:
    return (FollowUp.objects.count(), Measure.objects.filter(problem=problem).count(), AuditEvent.objects.count(),
            status_of(problem))


def test_a_holding_fix_is_recorded_and_the_problem_stays_done(world, done_problem):
    count = AuditEvent.objects.count()
    follow_up = services.follow_up_record(user=world.office, problem=done_problem, outcome=FollowUpOutcome.HOLDS,
                                          note="抽查执法案卷20卷，未发现同类问题")
    assert (follow_up.outcome, follow_up.checked_by, follow_up.checked_on, follow_up.new_measure) == (
        FollowUpOutcome.HOLDS, world.office, dt.date(2027, 3, 1), None)
    assert status_of(done_problem) == ProblemStatus.DONE
    assert AuditEvent.objects.count() == count + 1
    event = AuditEvent.objects.order_by("-id").first()
    assert (event.action, event.after) == ("follow_up.record", {"outcome": "holds", "note": "抽查执法案卷20卷，未发现同类问题"})


def test_a_rebound_adds_a_new_measure_and_the_problem_is_no_longer_done(world, done_problem):
    follow_up = services.follow_up_record(
        user=world.office, problem=done_problem, outcome=FollowUpOutcome.REBOUNDED, note="又发现3起查处不及时",
        new_measure_text="三是建立执法案件办理时限预警机制。", new_measure_deadline=dt.date(2027, 6, 30))
    measure = follow_up.new_measure
    assert (measure.problem, measure.seq, measure.lead_unit, measure.state) == (
        done_problem, 3, world.enforcement, MeasureState.IN_PROGRESS)
    assert (measure.deadline_kind, measure.deadline_date, measure.created_on) == (
        "date", dt.date(2027, 6, 30), dt.date(2027, 3, 1))
    assert status_of(done_problem) == ProblemStatus.IN_PROGRESS
    actions = list(AuditEvent.objects.order_by("-id").values_list("action", flat=True)[:2])
    assert actions == ["follow_up.record", "measure.create"]


def test_a_rebound_without_a_new_measure_is_refused_and_changes_nothing(world, done_problem):
    before = rows(done_problem)
    with pytest.raises(WorkflowError, match="新的整改措施"):
        services.follow_up_record(user=world.office, problem=done_problem, outcome=FollowUpOutcome.REBOUNDED,
                                  note="问题反弹", new_measure_text="  ")
    assert rows(done_problem) == before


def test_a_follow_up_needs_a_note_and_a_known_outcome(world, done_problem):
    before = rows(done_problem)
    with pytest.raises(WorkflowError, match="检查情况"):
        services.follow_up_record(user=world.office, problem=done_problem, outcome=FollowUpOutcome.HOLDS, note="")
    with pytest.raises(WorkflowError, match="结论"):
        services.follow_up_record(user=world.office, problem=done_problem, outcome="fine", note="还行")
    assert rows(done_problem) == before


def test_a_problem_with_an_open_measure_cannot_be_followed_up(world, drive):
    drive(world, MeasureState.SIGNED_OFF, world.measure)
    before = rows(world.problem)
    with pytest.raises(WorkflowError, match="全部措施已销号"):
        services.follow_up_record(user=world.office, problem=world.problem, outcome=FollowUpOutcome.HOLDS, note="抽查")
    assert rows(world.problem) == before


def test_a_problem_without_measures_cannot_be_followed_up(world):
    empty = services.problem_create(user=world.office, inspection=world.inspection, fields={"statement": "尚未制定措施"})
    before = rows(empty)
    with pytest.raises(WorkflowError, match="全部措施已销号"):
        services.follow_up_record(user=world.office, problem=empty, outcome=FollowUpOutcome.HOLDS, note="抽查")
    assert rows(empty) == before


@pytest.mark.parametrize("persona", ["unit", "leader", "observer"])
def test_only_the_office_records_follow_ups(world, done_problem, persona):
    before = rows(done_problem)
    with pytest.raises(PermissionDenied):
        services.follow_up_record(user=world.persona(persona), problem=done_problem, outcome=FollowUpOutcome.HOLDS,
                                  note="抽查")
    assert rows(done_problem) == before


def test_the_office_of_another_bureau_cannot_record_a_follow_up(world, done_problem):
    before = rows(done_problem)
    with pytest.raises(WorkflowError):
        services.follow_up_record(user=world.outsider, problem=done_problem, outcome=FollowUpOutcome.HOLDS, note="抽查")
    assert rows(done_problem) == before


def test_a_rebound_measure_goes_to_the_people_who_answered_for_the_problem(world, done_problem):
    Measure.objects.filter(pk=world.measure2.pk).update(responsible_person="张执法")
    done_problem.co_units.add(world.approvals)
    follow_up = services.follow_up_record(
        user=world.office, problem=done_problem, outcome=FollowUpOutcome.REBOUNDED, note="又发现3起查处不及时",
        new_measure_text="建立执法案件办理时限预警机制。")
    measure = follow_up.new_measure
    assert (measure.lead_unit, measure.responsible_person) == (world.enforcement, "张执法")
    assert list(measure.co_units.all()) == [world.approvals]
    assert (measure.deadline_kind, measure.deadline_date) == ("none", None)
