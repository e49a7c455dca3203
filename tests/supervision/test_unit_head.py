"""单位负责人 (Unit.head): who may be one, how the office sets it, and what the ladder tells the head at each rung."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tests.conftest import login, make_user
from zhenggai.accounts.models import Role
from zhenggai.audit.models import AuditEvent
from zhenggai.notify import jobs as notify_jobs
from zhenggai.notify.models import Notification
from zhenggai.supervision.models import EscalationNotice

pytestmark = pytest.mark.django_db

OFFICE_STAFF = {"office", "office2", "admin"}


@pytest.fixture
def head(world):
    user = make_user("zf_head", Role.UNIT, world.enforcement, full_name="王支队长")
    world.enforcement.head = user
    world.enforcement.full_clean()
    world.enforcement.save()
    return user


def test_a_unit_head_must_be_an_active_account_of_that_unit(world):
    world.enforcement.head = world.other_unit  # 行政审批处's filler
    with pytest.raises(ValidationError, match="须为本单位的账号"):
        world.enforcement.full_clean()
    observer = make_user("zf_observer", Role.OBSERVER, world.enforcement)
    world.enforcement.head = observer
    with pytest.raises(ValidationError, match="填报员或领导账号"):
        world.enforcement.full_clean()
    world.enforcement.head = world.unit
    world.enforcement.full_clean()


def test_the_office_sets_the_head_on_the_unit_form_from_the_units_own_accounts(client, world):
    login(client, world.office)
    url = reverse("unit_edit", args=[world.enforcement.pk])
    page = client.get(url).content.decode()
    assert "单位负责人" in page and "张填报（unit）" in page and "赵审批" not in page
    form = {"name": world.enforcement.name, "parent": world.bureau.pk, "sort": 0, "head": world.other_unit.pk}
    refused = client.post(url, form)
    assert refused.status_code == 200 and "head" in refused.context["form"].errors
    world.enforcement.refresh_from_db()
    assert world.enforcement.head is None
    assert client.post(url, {**form, "head": world.unit.pk}).status_code == 302
    world.enforcement.refresh_from_db()
    assert world.enforcement.head == world.unit
    event = AuditEvent.objects.filter(action="unit.update").latest("pk")
    assert event.before["head"] is None and event.after["head"] == world.unit.pk
    assert "张填报" in client.get(reverse("unit_list")).content.decode()


def _walk(walk, start: dt.date, end: dt.date) -> None:
    day = start
    while day <= end:
        walk(day)
        notify_jobs.morning_run()
        notify_jobs.morning_run()
        day += dt.timedelta(days=1)


def _told(notice: EscalationNotice) -> set[str]:
    return set(notice.recipients.values_list("username", flat=True))


def test_the_head_hears_at_minus_three_and_when_overdue_and_the_filler_at_every_reminder(world, walk, head):
    _walk(walk, dt.date(2026, 12, 15), dt.date(2027, 2, 1))
    notices = {n.day_offset: n for n in EscalationNotice.objects.filter(measure=world.measure)}
    assert _told(notices[-10]) == {"unit"}
    assert _told(notices[-3]) == {"unit", "zf_head"}
    # Written as plain rows (insert_rows): the dates and the JSON list read back as they went in.
    assert notices[-3].audiences == ["person", "unit_head"] and notices[-3].fired_on == dt.date(2026, 12, 28)
    assert notices[-3].deadline_date == dt.date(2026, 12, 31) and "还有3天到期" in notices[-3].text
    assert _told(notices[1]) == {"unit", "zf_head", "leader"} | OFFICE_STAFF
    assert _told(notices[15]) == OFFICE_STAFF
    assert _told(notices[30]) == OFFICE_STAFF | {"leader"}
    # The head's inbox about the measure: the −3 and +1 reminders, nothing at −10 (nor from the notify part's
    # 10-day reminder, which goes to the unit's fillers only), and nothing twice.
    rows = Notification.objects.filter(recipient=head, obj_type="ledger.measure", obj_id=world.measure.pk)
    assert sorted((timezone.localtime(n.created_at).date(), n.event) for n in rows.exclude(event="assigned")) == [
        (dt.date(2026, 12, 28), "deadline_near"), (dt.date(2027, 1, 1), "overdue")]
    filler = Notification.objects.filter(recipient=world.unit, obj_type="ledger.measure", obj_id=world.measure.pk)
    assert filler.filter(event="deadline_near").count() == 2


def test_a_head_named_as_the_responsible_person_is_told_alone_at_minus_ten(world, walk, head):
    world.measure.responsible_person = "王支队长"
    world.measure.save()
    _walk(walk, dt.date(2026, 12, 21), dt.date(2026, 12, 21))
    notice = EscalationNotice.objects.get(measure=world.measure)
    assert notice.day_offset == -10 and _told(notice) == {"zf_head"}


def test_without_a_head_the_head_steps_fall_back_to_the_units_accounts(world, walk):
    _walk(walk, dt.date(2026, 12, 28), dt.date(2026, 12, 28))
    notice = EscalationNotice.objects.get(measure=world.measure)
    assert notice.day_offset == -3 and _told(notice) == {"unit"}


def test_a_leader_account_of_the_unit_is_its_head_when_none_is_set(world, walk):
    make_user("bureau_head", Role.LEADER, world.bureau, full_name="局长")
    world.problem.lead_unit = world.bureau
    world.problem.save()
    world.measure.lead_unit = world.bureau
    world.measure.save()
    _walk(walk, dt.date(2026, 12, 28), dt.date(2026, 12, 28))
    notice = EscalationNotice.objects.get(measure=world.measure)
    assert {"leader", "bureau_head"} <= _told(notice)
