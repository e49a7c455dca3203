"""The notify app's deadline reminders (10 and 3 days before) and the 督办 ladder's (−10, −3, overdue) both fall
on the same mornings. Under frozen time, both jobs run — each twice, in either order — and each person hears
of each measure once that day: in the inbox, and in the messages sent over each channel."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

import pytest

from zhenggai.ledger.models import Measure
from zhenggai.notify import jobs as notify_jobs
from zhenggai.notify.models import Delivery, Notification, Preference
from zhenggai.supervision import jobs as supervision_jobs

pytestmark = pytest.mark.django_db

RUN_BOTH_TWICE = {
    "notify first": [notify_jobs.morning_run, supervision_jobs.daily, notify_jobs.morning_run, supervision_jobs.daily],
    "ladder first": [supervision_jobs.daily, notify_jobs.morning_run, supervision_jobs.daily, notify_jobs.morning_run],
}


@pytest.fixture
def channels_on(settings, world, monkeypatch):
    """E-mail and WeCom "configured" (nothing leaves the machine: the outbox rows are what is counted), and
    every business account has an address and both channels chosen."""
    settings.ZHENGGAI_NOTIFY_EMAIL = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = "http://127.0.0.1:9/never"
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}  # count the outbox, do not send it
    monkeypatch.setattr(notify_jobs, "deliver_due", lambda limit=500: {})
    for user in (world.unit, world.other_unit, world.office, world.office2, world.leader, world.admin):
        user.email = f"{user.username}@example.gov.cn"
        user.save()
        Preference.objects.update_or_create(user=user, defaults={"channels": ["email", "wecom"]})


def _flood(world, n: int, deadline: dt.date, *, unit=None) -> list[Measure]:
    return Measure.objects.bulk_create([
        Measure(problem=world.problem2, seq=10 + i, text=f"第{i}项整改", lead_unit=unit or world.approvals,
                deadline_kind="date", deadline_date=deadline, created_on=dt.date(2026, 6, 1)) for i in range(n)])


def _inbox_of_the_day(day: dt.date) -> dict[str, list[Notification]]:
    rows = defaultdict(list)
    for n in Notification.objects.select_related("recipient").filter(key__endswith=day.isoformat()):
        rows[n.recipient.username].append(n)
    return rows


def _assert_told_once_per_measure(day: dt.date) -> dict[str, list[Notification]]:
    """Per person: no measure twice under one event, and none told one by one beside a line that folds its group."""
    inbox = _inbox_of_the_day(day)
    for who, rows in inbox.items():
        about = Counter((n.event, n.obj_type, n.obj_id) for n in rows)
        assert all(c == 1 for c in about.values()), (who, about)
        folded = {(n.event, n.obj_id) for n in rows if n.obj_type == "ledger.inspection"}
        singles = Measure.objects.filter(pk__in=[n.obj_id for n in rows if n.obj_type == "ledger.measure"])
        inspection_of = dict(singles.values_list("pk", "problem__inspection_id"))
        for n in rows:
            if n.obj_type == "ledger.measure":
                assert (n.event, inspection_of[n.obj_id]) not in folded, (who, n.text)
    return inbox


def _assert_each_row_sent_once(inbox: dict[str, list[Notification]]) -> None:
    """Over each channel, the messages a person got carry each of their inbox rows exactly once."""
    for who, rows in inbox.items():
        for channel in ("email", "wecom"):
            sent = Delivery.objects.filter(recipient__username=who, channel=channel)
            assert sum(sent.values_list("notifications", flat=True)) == len(rows), (who, channel)


@pytest.mark.parametrize("order", RUN_BOTH_TWICE)
def test_both_morning_jobs_run_twice_tell_each_person_of_each_measure_once(world, walk, channels_on, order):
    # 12-28: world.measure is 3 days from its deadline (notify's 3-day reminder, the ladder's −3 step), eight
    # measures of 行政审批处 too (a group that folds), and one of them is overdue by a day (notify's overdue
    # notice, the ladder's +1 step to the unit, the office and the leader).
    _flood(world, 8, dt.date(2026, 12, 31))
    late, = _flood(world, 1, dt.date(2026, 12, 27))
    day = dt.date(2026, 12, 28)
    walk(day)
    for job in RUN_BOTH_TWICE[order]:
        job()
    inbox = _assert_told_once_per_measure(day)
    _assert_each_row_sent_once(inbox)
    # The unit's reminder of world.measure, and (the first run ever) its new assignments to sign for.
    assert [n.obj_id for n in inbox["unit"] if n.event == "deadline_near"] == [world.measure.pk]
    assert {n.event for n in inbox["unit"]} == {"deadline_near", "assigned"}
    folded, = [n for n in inbox["other_unit"] if n.event == "deadline_near"]
    assert "您单位有8项整改措施整改期限临近" in folded.text
    # The leader and the office: the measure overdue by a day (+1), and measure3, first seen 89 days late (+30).
    assert sorted((n.event, n.obj_id) for n in inbox["leader"]) == [("escalation", world.measure3.pk),
                                                                    ("overdue", late.pk)]
    assert {n.event for n in inbox["office"]} == {"overdue", "escalation"}


def test_the_folded_line_is_not_told_again_when_its_group_shrinks_below_the_fold(world, walk, channels_on):
    measures = _flood(world, 6, dt.date(2026, 12, 31))
    day = dt.date(2026, 12, 21)
    walk(day)
    notify_jobs.morning_run()
    folded, = Notification.objects.filter(recipient=world.other_unit, event="deadline_near")
    assert "6项" in folded.text and folded.obj_type == "ledger.inspection"
    told = Notification.objects.filter(recipient=world.other_unit).count()
    Measure.objects.filter(pk=measures[0].pk).update(state="signed_off")  # five left: would be told one by one
    notify_jobs.morning_run()
    supervision_jobs.daily()
    assert Notification.objects.filter(recipient=world.other_unit).count() == told
    assert Delivery.objects.filter(recipient=world.other_unit).count() == 2  # e-mail and WeCom, once each


def test_a_flood_of_a_thousand_overdue_measures_gives_at_most_one_message_per_person_per_channel(
        world, walk, channels_on):
    _flood(world, 1000, dt.date(2026, 10, 31))
    day = dt.date(2026, 11, 1)
    walk(day)
    for job in RUN_BOTH_TWICE["notify first"]:
        job()
    inbox = _assert_told_once_per_measure(day)
    for who in ("other_unit", "office", "office2", "admin", "leader"):
        overdue = [n for n in inbox[who] if n.event == "overdue"]
        assert len(overdue) == 1 and "1000项整改措施已逾期" in overdue[0].text, who
    per_channel = Counter(Delivery.objects.values_list("recipient__username", "channel"))
    assert per_channel and max(per_channel.values()) == 1, per_channel


def test_a_flood_run_by_both_jobs_gives_a_digest_user_one_digest_per_channel(world, walk, channels_on):
    from zhenggai.notify.jobs import digest_run

    Preference.objects.filter(user=world.other_unit).update(digest=True)
    _flood(world, 1000, dt.date(2026, 10, 31))
    _flood(world, 3, dt.date(2026, 11, 4))  # and three 3 days from their deadline
    day = dt.date(2026, 11, 1)
    walk(day)
    for job in RUN_BOTH_TWICE["ladder first"]:
        job()
    assert not Delivery.objects.filter(recipient=world.other_unit).exists()
    walk(day, hour=8)
    digest_run()
    digest_run()
    mine = Notification.objects.filter(recipient=world.other_unit)
    sent = Delivery.objects.filter(recipient=world.other_unit)
    assert sorted(sent.values_list("channel", flat=True)) == ["email", "wecom"]
    assert {d.notifications for d in sent} == {mine.count()} and mine.count() == 5
    # The folded 1,000 overdue, the three 3 days from their deadline, the folded 1,004 new assignments.
    assert sorted(mine.values_list("event", "obj_type")) == [("assigned", "ledger.inspection")] + \
        [("deadline_near", "ledger.measure")] * 3 + [("overdue", "ledger.inspection")]
    assert not mine.filter(digest_pending=True).exists()


def test_the_unit_head_hears_at_minus_three_and_the_ladder_text_wins_over_notifys(world, walk, channels_on):
    """Where both plan a reminder of the same measure for the same person, the person gets the ladder's wording
    (【督办提醒】, names the unit) and nothing from the notify part about that measure."""
    day = dt.date(2026, 12, 28)
    walk(day)
    notify_jobs.morning_run()
    row, = Notification.objects.filter(recipient=world.unit, obj_id=world.measure.pk, event="deadline_near")
    assert row.text.startswith("【督办提醒】") and "还有3天到期" in row.text
