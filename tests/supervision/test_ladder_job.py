"""The escalation ladder, walked day by day under frozen time: who was told what, and only once."""
from __future__ import annotations

import datetime as dt

import pytest

from zhenggai.notify.models import Delivery, Notification
from zhenggai.supervision import jobs, services
from zhenggai.supervision.models import EscalationNotice

pytestmark = pytest.mark.django_db


def _days(start: dt.date, end: dt.date):
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


def _told(notice: EscalationNotice) -> set[str]:
    return set(notice.recipients.values_list("username", flat=True))


def test_it_walks_a_measure_through_the_whole_ladder_telling_each_person_once(world, walk):
    office_staff = {"office", "office2", "admin"}
    for day in _days(dt.date(2026, 12, 1), dt.date(2027, 2, 10)):
        walk(day)
        jobs.daily()
        jobs.daily()  # a second run the same morning tells nobody anything
    notices = {n.day_offset: n for n in EscalationNotice.objects.filter(measure=world.measure)}
    assert sorted(notices) == [-10, -3, 1, 15, 30]
    assert {o: n.fired_on for o, n in notices.items()} == {
        -10: dt.date(2026, 12, 21), -3: dt.date(2026, 12, 28), 1: dt.date(2027, 1, 1),
        15: dt.date(2027, 1, 15), 30: dt.date(2027, 1, 30)}
    # The unit has no head-of-unit (领导) account of its own: its filler carries the -3 reminder to the head.
    assert _told(notices[-10]) == {"unit"}
    assert _told(notices[-3]) == {"unit"}
    assert _told(notices[1]) == {"unit", "leader"} | office_staff
    assert _told(notices[15]) == office_staff
    assert _told(notices[30]) == office_staff | {"leader"}
    assert "请整改办下发督办单" in notices[15].text
    assert "函告、通报或约谈" in notices[30].text
    # In the inbox: one line per person per step, on the step's day, about the measure.
    rows = Notification.objects.filter(obj_type="ledger.measure", obj_id=world.measure.pk).exclude(event="assigned")
    per_day = {}
    for n in rows.select_related("recipient"):
        per_day.setdefault((n.recipient.username, n.created_at.astimezone(dt.timezone(dt.timedelta(hours=8))).date()),
                           []).append(n.event)
    assert all(len(events) == 1 for events in per_day.values()), per_day
    assert per_day[("unit", dt.date(2026, 12, 21))] == ["deadline_near"]
    assert per_day[("leader", dt.date(2027, 1, 1))] == ["overdue"]
    assert per_day[("office", dt.date(2027, 1, 15))] == ["escalation"]
    assert ("unit", dt.date(2027, 1, 15)) not in per_day  # +15 is the office's step only


def test_a_second_run_on_the_same_day_writes_and_sends_nothing(world, walk):
    walk(dt.date(2026, 12, 28))
    first = jobs.daily()
    counts = (EscalationNotice.objects.count(), Notification.objects.count(), Delivery.objects.count())
    second = jobs.daily()
    assert first["ladder_fired"] > 0
    assert second["ladder_fired"] == 0 and second["assigned"] == 0
    assert (EscalationNotice.objects.count(), Notification.objects.count(), Delivery.objects.count()) == counts


def test_a_measure_first_seen_long_overdue_gets_only_the_latest_step(world, walk):
    # measure3 was due 2026-09-30: on 12-01 it is 62 days overdue.
    walk(dt.date(2026, 12, 1))
    jobs.daily()
    notices = list(EscalationNotice.objects.filter(measure=world.measure3))
    assert [n.day_offset for n in notices] == [30]
    walk(dt.date(2026, 12, 2))
    jobs.daily()
    assert EscalationNotice.objects.filter(measure=world.measure3).count() == 1


def test_a_step_missed_while_the_job_did_not_run_fires_late_once(world, walk):
    walk(dt.date(2026, 12, 21))
    jobs.daily()  # −10 for world.measure
    walk(dt.date(2026, 12, 30))  # the job did not run on 12-28 (−3) nor 12-29
    jobs.daily()
    walk(dt.date(2026, 12, 31))
    jobs.daily()
    offsets = list(EscalationNotice.objects.filter(measure=world.measure).order_by("fired_on")
                   .values_list("day_offset", "fired_on"))
    assert offsets == [(-10, dt.date(2026, 12, 21)), (-3, dt.date(2026, 12, 30))]


def test_an_approved_extension_starts_the_ladder_again(world, walk):
    walk(dt.date(2026, 12, 21))
    jobs.daily()
    world.measure.deadline_date = dt.date(2027, 3, 31)
    world.measure.save()
    walk(dt.date(2027, 3, 21))
    jobs.daily()
    offsets = list(EscalationNotice.objects.filter(measure=world.measure).order_by("fired_on")
                   .values_list("deadline_date", "day_offset"))
    assert offsets == [(dt.date(2026, 12, 31), -10), (dt.date(2027, 3, 31), -10)]


def test_measures_waiting_for_a_sign_off_decision_are_not_reminded(world, walk, pdf_file):
    from zhenggai.ledger import services as ledger

    walk(dt.date(2026, 12, 20))
    ledger.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="规程已印发",
                                    files=[pdf_file()])
    walk(dt.date(2026, 12, 21))
    jobs.daily()
    assert not EscalationNotice.objects.filter(measure=world.measure).exists()


def test_the_office_changes_the_ladder_of_one_inspection(world, walk):
    services.ladder_save(user=world.office, inspection=world.inspection, ack_reminder_days=5, steps=[
        {"day_offset": -20, "audiences": ["person"], "action": "remind"},
        {"day_offset": 10, "audiences": ["office"], "action": "prompt_order"},
    ])
    walk(dt.date(2026, 12, 11))
    jobs.daily()
    assert list(EscalationNotice.objects.filter(measure=world.measure).values_list("day_offset", flat=True)) == [-20]


def test_long_term_measures_are_not_on_the_ladder(world, walk):
    walk(dt.date(2027, 6, 1))
    jobs.daily()
    assert not EscalationNotice.objects.filter(measure=world.measure2).exists()
