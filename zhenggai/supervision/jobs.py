"""The daily 督办 job (scheduled by migration 0002 as django-q2 schedule "supervision.daily").

Each part is idempotent: a second run on the same day finds its marks (assignment rows, reminded_on,
EscalationNotice rows, the notification keys) and tells nobody again.
"""
from __future__ import annotations

import datetime as dt

from django.utils import timezone

from zhenggai.supervision import services
from zhenggai.supervision.ladder import ladder_run

SCHEDULE_NAME = "supervision.daily"
SCHEDULE_FUNC = "zhenggai.supervision.jobs.daily"


def daily(today: dt.date | None = None) -> dict[str, int]:
    today = today or timezone.localdate()
    assigned = services.assignments_sync(today=today)
    reminded = services.assignment_reminders(today=today)
    run = ladder_run(today=today)
    return {"assigned": assigned, "ack_reminders": reminded, "ladder_fired": run.fired, "told": run.told}
