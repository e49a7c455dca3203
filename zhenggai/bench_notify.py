"""Benchmark of the morning run (每日提醒 + 督办): time and query count over N open measures.

The morning run is one job (`zhenggai.notify.jobs.morning_run`): the notify app's deadline, overdue and report
reminders and the 督办 part registered beside them (new assignments to sign for, 签收 reminders, the escalation
ladder), all written through one `notify_bulk`. Called by `zhenggai.bench` for each size, on the ledger it filled
(5 measures per problem, 12 units, deadlines on the 28th of each month of 2026). Each unit gets two fillers and a
head (单位负责人); the body gets two office staff and a leader.

Three runs are timed:
  first   the day before MORNING, the first run ever: every open measure is assigned to its unit (签收), and the
          ladder fires the latest due step of every dated open measure (most of them long overdue);
  morning MORNING, the steady state: the 10-day reminders and the ladder's −10 step for the 28th, and (the
          inspection's overdue interval set to 1 day) every overdue measure told again: the worst flood the
          settings allow;
  again   MORNING once more: idempotent, writes nothing.
Wall time and this process's CPU time (the machine may be shared; on PostgreSQL the server's work is not in
the CPU figure). Queries are counted as reads (SELECT, UPDATE, savepoints) and inserts; the inserts go in batches of 2,000 rows
(fewer on SQLite, whose statements take a limited number of variables), so only the reads must not grow with N.

    .venv/bin/python -m zhenggai.bench --sections notify --sizes 10000 100000
"""
from __future__ import annotations

import datetime as dt
import time

MORNING = dt.date(2026, 11, 18)  # 10 days before the 28th: deadline reminders; every earlier 28th is overdue


def _people(inspection) -> int:
    from zhenggai.accounts.models import Role, Unit, User
    from zhenggai.notify.models import Preference

    tag = f"bn{inspection.pk}-"
    units = list(inspection.inspected_unit.children.all())
    root = inspection.inspected_unit
    users = [User(username=f"{tag}{u.pk}-{i}", role=Role.UNIT, unit=u, email=f"u{u.pk}{i}@example.org")
             for u in units for i in range(2)]
    users += [User(username=f"{tag}{u.pk}-head", role=Role.UNIT, unit=u, email=f"h{u.pk}@example.org",
                   full_name=f"负责人{u.pk}") for u in units]
    users += [User(username=f"{tag}office-{i}", role=Role.OFFICE, unit=root, email=f"office{i}@example.org")
              for i in range(2)]
    users.append(User(username=f"{tag}leader", role=Role.LEADER, unit=root, full_name="李副局长",
                      email="leader@example.org"))
    User.objects.bulk_create(users)
    saved = list(User.objects.filter(username__startswith=tag))
    Preference.objects.bulk_create([Preference(user=u, channels=["email", "wecom"]) for u in saved])
    for user in saved:
        if user.username.endswith("-head"):
            Unit.objects.filter(pk=user.unit_id).update(head=user)
    return len(saved)


def _timed(day: dt.date):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from zhenggai.notify.reminders import morning_run

    with CaptureQueriesContext(connection) as ctx:
        t0, c0 = time.perf_counter(), time.process_time()
        result = morning_run(day)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    inserts = sum(q["sql"].lstrip().upper().startswith("INSERT") for q in ctx.captured_queries)
    return elapsed, cpu, len(ctx) - inserts, inserts, result


def bench(inspection, size: int) -> str:
    import time_machine
    from django.conf import settings
    from django.test.utils import override_settings
    from django.utils import timezone

    from zhenggai.notify.models import Delivery, Notification, ReminderSettings
    from zhenggai.supervision.models import Assignment, EscalationNotice

    people = _people(inspection)
    ReminderSettings.objects.create(inspection=inspection, deadline_days="10,3", overdue_every_days=1)
    tz = timezone.get_current_timezone()
    lines = []
    # Channels "configured" so the outbox rows are planned; nothing is sent (no worker runs in the bench).
    with override_settings(ZHENGGAI_NOTIFY_EMAIL=True, ZHENGGAI_NOTIFY_WECOM_WEBHOOK="http://127.0.0.1:9/x",
                           Q_CLUSTER={**settings.Q_CLUSTER, "sync": False}):
        for label, day in (("first", MORNING - dt.timedelta(days=1)), ("morning", MORNING), ("again", MORNING)):
            with time_machine.travel(dt.datetime.combine(day, dt.time(7, 30), tzinfo=tz), tick=True):
                counts = (Notification.objects.count(), Delivery.objects.count(), EscalationNotice.objects.count(),
                          Assignment.objects.count())
                elapsed, cpu, reads, inserts, _ = _timed(day)
                new = [a - b for a, b in zip((Notification.objects.count(), Delivery.objects.count(),
                                              EscalationNotice.objects.count(), Assignment.objects.count()), counts)]
            lines.append(f"{size:>9} {'morning: ' + label:<17} {elapsed:>6.1f}s (cpu {cpu:.1f}s) {reads:>3} reads "
                         f"{inserts:>4} inserts"
                         f"   new: {new[0]} inbox rows, {new[1]} outbox rows, {new[2]} 督办 notices, "
                         f"{new[3]} assignments")
    lines.append(f"{'':>9} ({people} people: 2 fillers and a head per unit, 2 office staff, a leader; 2 channels)")
    return "\n".join(lines)
