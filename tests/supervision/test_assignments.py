"""签收: a unit signs for each newly assigned measure or sends it back with a reason; the office re-assigns;
an assignment left unsigned is itself a reminder; the overview shows the counts."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest
from django.urls import reverse

from tests.conftest import login
from zhenggai.accounts.models import Role
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.notify.models import Notification
from zhenggai.supervision import services
from zhenggai.supervision.models import Assignment, AssignmentState
from zhenggai.supervision.workflow import TRANSITIONS, AssignmentAction

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 11, 23)


@pytest.fixture
def assigned(world, walk):
    walk(DAY)
    assert services.assignments_sync(today=DAY) == 3
    return world


def _of(world, measure) -> Assignment:
    return Assignment.objects.get(measure=measure, state__in=["pending", "acknowledged", "rejected"])


def test_every_open_measure_with_a_unit_is_handed_to_it_once(assigned):
    world = assigned
    assert services.assignments_sync(today=DAY) == 0
    assert set(Assignment.objects.values_list("measure__pk", "unit__pk")) == {
        (world.measure.pk, world.enforcement.pk), (world.measure2.pk, world.enforcement.pk),
        (world.measure3.pk, world.approvals.pk)}
    told = Notification.objects.filter(event="assigned", recipient=world.unit).count()
    assert told == 2


def test_the_unit_signs_for_its_measure(client, assigned):
    world = assigned
    login(client, world.unit)
    a = _of(world, world.measure)
    assert "签收" in client.get(reverse("supervision:assignments")).content.decode()
    response = client.post(reverse("supervision:assignment_acknowledge", args=[a.pk]))
    assert response.status_code == 302
    a.refresh_from_db()
    assert a.state == AssignmentState.ACKNOWLEDGED and a.acted_by == world.unit
    assert AuditEvent.objects.filter(action="assignment.acknowledge", measure_id=world.measure.pk).exists()


def test_another_unit_gets_404_for_an_assignment_that_is_not_its_own(client, assigned):
    world = assigned
    a = _of(world, world.measure)
    for persona in ("other_unit", "outsider"):
        login(client, world.persona(persona))
        assert client.post(reverse("supervision:assignment_acknowledge", args=[a.pk])).status_code == 404
    a.refresh_from_db()
    assert a.state == AssignmentState.PENDING


def test_a_rejection_needs_a_reason_and_goes_back_to_the_office(assigned):
    world = assigned
    a = _of(world, world.measure)
    with pytest.raises(WorkflowError, match="理由"):
        services.assignment_reject(user=world.unit, assignment=a, reason="  ")
    services.assignment_reject(user=world.unit, assignment=a, reason="执法规程由法规处牵头修订")
    a.refresh_from_db()
    assert a.state == AssignmentState.REJECTED
    assert Notification.objects.filter(event="assigned", recipient=world.office, text__contains="交办退回").exists()


def test_the_office_reassigns_a_rejected_measure_to_another_unit(assigned):
    world = assigned
    a = _of(world, world.measure)
    services.assignment_reject(user=world.unit, assignment=a, reason="不属于本单位职责")
    new = services.assignment_reassign(user=world.office, assignment=a, unit=world.approvals)
    world.measure.refresh_from_db()
    assert world.measure.lead_unit == world.approvals
    assert new.state == AssignmentState.PENDING and new.unit == world.approvals
    a.refresh_from_db()
    assert a.state == AssignmentState.REASSIGNED
    assert services.assignments_sync(today=DAY) == 0  # the sync sees the live assignment, adds none
    assert Notification.objects.filter(event="assigned", recipient=world.other_unit,
                                       obj_id=world.measure.pk).exists()


def test_an_unsigned_assignment_is_reminded_once_after_the_set_days(assigned, walk):
    world = assigned
    for offset in (1, 2):
        assert services.assignment_reminders(today=DAY + dt.timedelta(days=offset)) == 0
    services.assignment_acknowledge(user=world.unit, assignment=_of(world, world.measure))
    later = DAY + dt.timedelta(days=3)
    walk(later)
    assert services.assignment_reminders(today=later) == 2  # measure2 (enforcement) and measure3 (approvals)
    assert services.assignment_reminders(today=later) == 0
    assert services.assignment_reminders(today=later + dt.timedelta(days=1)) == 0
    texts = list(Notification.objects.filter(text__contains="催签收").values_list("recipient__username", flat=True))
    assert sorted(texts) == ["other_unit", "unit"]


def test_the_overview_shows_the_signing_counts(client, assigned):
    world = assigned
    services.assignment_acknowledge(user=world.unit, assignment=_of(world, world.measure))
    login(client, world.office)
    page = client.get(reverse("inspection_detail", args=[world.inspection.pk])).content.decode()
    assert "待签收 2，已签收 1，退回待重新交办 0" in page


PERSONA = {Role.UNIT: "unit", Role.OFFICE: "office", Role.LEADER: "leader", Role.OBSERVER: "observer"}
TRIPLES = list(itertools.product(AssignmentState.values, AssignmentAction.values, Role.values))


@pytest.mark.parametrize(("state", "action", "role"), TRIPLES, ids=["-".join(t) for t in TRIPLES])
def test_every_signing_step_does_what_the_table_says_and_nothing_else(assigned, state, action, role):
    world = assigned
    a = _of(world, world.measure)
    Assignment.objects.filter(pk=a.pk).update(state=state)
    a.refresh_from_db()
    user = world.persona(PERSONA[role])
    target = TRANSITIONS.get((state, action, role))
    act = {AssignmentAction.ACKNOWLEDGE: lambda: services.assignment_acknowledge(user=user, assignment=a),
           AssignmentAction.REJECT: lambda: services.assignment_reject(user=user, assignment=a, reason="不是本单位的"),
           AssignmentAction.REASSIGN: lambda: services.assignment_reassign(user=user, assignment=a,
                                                                           unit=world.approvals)}[action]
    from django.core.exceptions import PermissionDenied

    if target is None:
        with pytest.raises((WorkflowError, PermissionDenied)):
            act()
        a.refresh_from_db()
        assert a.state == state
    else:
        act()
        a.refresh_from_db()
        assert a.state == target
