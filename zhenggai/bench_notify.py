"""Benchmark of the notification morning run (每日提醒): time and query count over N open measures.

Called by `zhenggai.bench` for each size, on the ledger it filled (5 measures per problem, 12 units,
deadlines on the 28th of each month of 2026). Two unit fillers per unit and two office staff are added.
The run is timed on a morning when, besides the 10- and 3-day reminders, every overdue measure is told
(the inspection's overdue interval set to 1 day): the worst flood the settings allow. Then it runs again
(idempotent: writes nothing) and the outbox rows are counted (one per person per channel at most).

    .venv/bin/python -m zhenggai.bench --sections notify --sizes 10000 100000
"""
from __future__ import annotations

import datetime as dt
import time

MORNING = dt.date(2026, 11, 18)  # 10 days before the 28th: deadline reminders; every earlier 28th is overdue


def _people(inspection) -> None:
    from zhenggai.accounts.models import Role, User
    from zhenggai.notify.models import Preference

    units = list(inspection.inspected_unit.children.all())
    users = [User(username=f"bn{inspection.pk}-{u.pk}-{i}", role=Role.UNIT, unit=u, email=f"u{u.pk}{i}@example.org")
             for u in units for i in range(2)]
    users += [User(username=f"bn{inspection.pk}-office-{i}", role=Role.OFFICE, unit=inspection.inspected_unit,
                   email=f"office{i}@example.org") for i in range(2)]
    User.objects.bulk_create(users)
    saved = User.objects.filter(username__startswith=f"bn{inspection.pk}-")
    Preference.objects.bulk_create([Preference(user=u, channels=["email", "wecom"]) for u in saved])


def bench(inspection, size: int) -> str:
    import time_machine
    from django.conf import settings
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings
    from django.utils import timezone

    from zhenggai.notify.models import Delivery, Notification, ReminderSettings
    from zhenggai.notify.reminders import morning_run

    _people(inspection)
    ReminderSettings.objects.create(inspection=inspection, deadline_days="10,3", overdue_every_days=1)
    tz = timezone.get_current_timezone()
    # Channels "configured" so the outbox rows are planned; nothing is sent (no worker runs in the bench).
    with override_settings(ZHENGGAI_NOTIFY_EMAIL=True, ZHENGGAI_NOTIFY_WECOM_WEBHOOK="http://127.0.0.1:9/x",
                           Q_CLUSTER={**settings.Q_CLUSTER, "sync": False}), \
            time_machine.travel(dt.datetime.combine(MORNING, dt.time(7, 30), tzinfo=tz), tick=True):
        before_n, before_d = Notification.objects.count(), Delivery.objects.count()
        with CaptureQueriesContext(connection) as q1:
            t0 = time.perf_counter()
            morning_run(MORNING)
            first = time.perf_counter() - t0
        with CaptureQueriesContext(connection) as q2:
            t0 = time.perf_counter()
            morning_run(MORNING)
            second = time.perf_counter() - t0
        written = Notification.objects.count() - before_n
        outbox = Delivery.objects.count() - before_d
    return (f"{size:>9} {'notify morning':<15} {written:>7} {first:>8.1f} {len(q1):>8}   "
            f"(again: {second:.1f}s, {len(q2)} queries, 0 new; outbox rows {outbox} for 26 people × 2 channels)")
