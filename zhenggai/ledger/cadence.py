"""Reporting cadence: when a progress update is owed."""
from __future__ import annotations

import calendar
import datetime as dt


def _month_day(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def last_due_date(cadence: str, day: int, today: dt.date) -> dt.date:
    """The latest reporting due date on or before today."""
    if cadence == "daily":
        return today
    if cadence in ("weekly", "biweekly"):
        weekday = (max(1, min(day, 7)) - 1)
        back = (today.weekday() - weekday) % 7
        due = today - dt.timedelta(days=back)
        if cadence == "biweekly":
            # Biweekly rounds fall on even ISO weeks: a fixed rule everyone can check. A loop, not
            # one step back: after a year with an ISO week 53, week 1 is odd too.
            while due.isocalendar().week % 2:
                due -= dt.timedelta(days=7)
        return due
    if cadence == "monthly":
        this_month = _month_day(today.year, today.month, day)
        if today >= this_month:
            return this_month
        year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
        return _month_day(year, month, day)
    raise ValueError(f"unknown cadence {cadence!r}")


def period_length(cadence: str) -> int | None:
    return {"daily": 1, "weekly": 7, "biweekly": 14}.get(cadence)


def previous_period_start(cadence: str, day: int, today: dt.date) -> dt.date:
    """First day of the period owed by today: the one ending at the last due date before today.

    A report is due by the end of its due day, so on the due day itself the period ending today
    is not owed yet (a daily report is owed for yesterday). A report dated in the period, or
    later, counts. The period starts the day after the round before, which also covers the
    three-week gap between biweekly rounds across an ISO week 53.
    """
    due = last_due_date(cadence, day, today - dt.timedelta(days=1))
    return last_due_date(cadence, day, due - dt.timedelta(days=1)) + dt.timedelta(days=1)
