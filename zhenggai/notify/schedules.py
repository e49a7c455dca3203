"""The django-q2 schedules of the notification machinery, as data, and the function that installs them.

Migration 0002 calls `install` (and `zhenggai notify schedules` can re-run it): it creates or updates
each row by name, so running it twice leaves one row per schedule. Times are local (TIME_ZONE).
"""
from __future__ import annotations

import datetime as dt

from django.utils import timezone

# name -> (function, schedule type, minutes between runs for MINUTES, local time of day for DAILY)
SCHEDULES: dict[str, tuple[str, str, int | None, dt.time | None]] = {
    "zhenggai.notify.deliver": ("zhenggai.notify.jobs.deliver_due", "I", 5, None),
    "zhenggai.notify.morning": ("zhenggai.notify.jobs.morning_run", "D", None, dt.time(7, 30)),
    "zhenggai.notify.digest": ("zhenggai.notify.jobs.digest_run", "D", None, dt.time(8, 30)),
    "zhenggai.audit.digest": ("zhenggai.notify.jobs.audit_digest", "D", None, dt.time(23, 50)),
}


def _next(at: dt.time | None, now: dt.datetime) -> dt.datetime:
    if at is None:
        return now
    local = timezone.localtime(now)
    run = local.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
    return run if run > local else run + dt.timedelta(days=1)


def install(schedule_model, now: dt.datetime | None = None) -> int:
    """Create or update the schedules; `schedule_model` is django_q's Schedule (or its historical model)."""
    now = now or timezone.now()
    for name, (func, kind, minutes, at) in SCHEDULES.items():
        row = schedule_model.objects.filter(name=name).first()
        if row is None:
            schedule_model.objects.create(name=name, func=func, schedule_type=kind, minutes=minutes,
                                          repeats=-1, next_run=_next(at, now))
        elif (row.func, row.schedule_type, row.minutes) != (func, kind, minutes):
            row.func, row.schedule_type, row.minutes = func, kind, minutes
            row.save(update_fields=["func", "schedule_type", "minutes"])
    return len(SCHEDULES)
