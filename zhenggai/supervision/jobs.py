"""The daily 督办 work: new assignments to sign for (签收), reminders of unsigned ones, the escalation ladder.

It runs as a part of the notify app's morning run (schedule "zhenggai.notify.morning"; `morning_items` is
registered as a source in `SupervisionConfig.ready`), so the ladder's −10/−3 reminders and the notify app's
10/3-day deadline reminders land in one `notify_bulk`: each person hears of each measure once a day and gets
one message per channel for the whole morning. Migration 0003 removed the separate "supervision.daily"
schedule that used to send its own messages at 07:00.

Each part is idempotent: a second run on the same day finds its marks (assignment rows, reminded_on,
EscalationNotice rows, the notification keys) and tells nobody again.
"""
from __future__ import annotations

import datetime as dt

from django.utils import timezone

from zhenggai.notify.services import Item
from zhenggai.supervision import services
from zhenggai.supervision.ladder import ladder_run


def daily(today: dt.date | None = None, *, collect: list[Item] | None = None) -> dict[str, int]:
    """The 督办 part alone (the demo and the tests call it directly). Without `collect` it
    sends its own reminders; with it, it adds them to `collect` for the caller's one `notify_bulk`."""
    today = today or timezone.localdate()
    assigned = services.assignments_sync(today=today, collect=collect)
    reminded = services.assignment_reminders(today=today, collect=collect)
    run = ladder_run(today=today, collect=collect)
    return {"assigned": assigned, "ack_reminders": reminded, "ladder_fired": run.fired, "told": run.told}


def morning_items(today: dt.date) -> list[Item]:
    """The 督办 part of the morning run: writes its own marks, returns the reminders to send."""
    items: list[Item] = []
    daily(today, collect=items)
    return items
