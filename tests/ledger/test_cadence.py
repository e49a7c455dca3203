"""调度周期: when a progress report is due, and which report dates count for the period owed."""
from __future__ import annotations

import datetime as dt

import pytest

from zhenggai.ledger.cadence import last_due_date, previous_period_start

D = dt.date


@pytest.mark.parametrize(("cadence", "day", "today", "due"), [
    ("monthly", 25, D(2026, 11, 23), D(2026, 10, 25)),
    ("monthly", 25, D(2026, 11, 25), D(2026, 11, 25)),
    ("monthly", 25, D(2026, 11, 30), D(2026, 11, 25)),
    ("monthly", 25, D(2027, 1, 10), D(2026, 12, 25)),
    ("monthly", 31, D(2026, 3, 15), D(2026, 2, 28)),
    ("weekly", 1, D(2026, 11, 25), D(2026, 11, 23)),
    ("weekly", 1, D(2026, 11, 23), D(2026, 11, 23)),
    ("weekly", 5, D(2026, 11, 23), D(2026, 11, 20)),
    ("weekly", 7, D(2026, 11, 23), D(2026, 11, 22)),
    ("biweekly", 1, D(2026, 11, 25), D(2026, 11, 23)),
    ("biweekly", 1, D(2026, 12, 2), D(2026, 11, 23)),
    ("biweekly", 1, D(2026, 12, 7), D(2026, 12, 7)),
    ("daily", 25, D(2026, 11, 23), D(2026, 11, 23)),
])
def test_the_last_due_date_on_or_before_today(cadence, day, today, due):
    assert last_due_date(cadence, day, today) == due


def test_biweekly_rounds_fall_on_even_iso_weeks_even_after_a_year_with_53_weeks():
    # 2026 has an ISO week 53 (odd), followed by week 1 of 2027 (odd): the last round was in week 52.
    for offset in range(400):
        today = D(2026, 1, 1) + dt.timedelta(days=offset)
        due = last_due_date("biweekly", 1, today)
        assert due.isocalendar().week % 2 == 0, today
        assert due <= today
        assert (today - due).days < 21
    assert last_due_date("biweekly", 1, D(2027, 1, 6)) == D(2026, 12, 21)


@pytest.mark.parametrize(("cadence", "day", "today", "start"), [
    # Monthly by the 25th: on 23 Nov the report owed is the one for 26 Sep – 25 Oct.
    ("monthly", 25, D(2026, 11, 23), D(2026, 9, 26)),
    # On the due day itself the unit still has the day to report: nothing new is owed yet.
    ("monthly", 25, D(2026, 11, 25), D(2026, 9, 26)),
    ("monthly", 25, D(2026, 11, 26), D(2026, 10, 26)),
    ("monthly", 25, D(2027, 1, 26), D(2026, 12, 26)),
    # Weekly on Mondays: on Wednesday 25 Nov the week ending Monday 23 Nov is owed.
    ("weekly", 1, D(2026, 11, 25), D(2026, 11, 17)),
    ("weekly", 1, D(2026, 11, 23), D(2026, 11, 10)),
    # Biweekly on Mondays of even weeks (46, 48): the fortnight ending Monday 23 Nov.
    ("biweekly", 1, D(2026, 11, 25), D(2026, 11, 10)),
    ("biweekly", 1, D(2026, 12, 2), D(2026, 11, 10)),
    # Across 2026's week 53 the gap between rounds is three weeks: week 52 to week 2.
    ("biweekly", 1, D(2027, 1, 12), D(2026, 12, 22)),
    # Daily: yesterday's report is owed, today's not yet.
    ("daily", 1, D(2026, 11, 23), D(2026, 11, 22)),
])
def test_the_period_owed_starts_the_day_after_the_round_before(cadence, day, today, start):
    assert previous_period_start(cadence, day, today) == start


def test_an_unknown_cadence_is_an_error():
    with pytest.raises(ValueError, match="unknown cadence"):
        last_due_date("hourly", 1, D(2026, 11, 23))


def test_the_inspection_uses_its_own_cadence(world):
    world.inspection.cadence, world.inspection.cadence_day = "weekly", 1
    assert world.inspection.report_period_start(D(2026, 11, 25)) == D(2026, 11, 17)
