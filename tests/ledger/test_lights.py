"""亮灯预警 and 序时进度 under frozen time (today is Monday 23 November 2026)."""
from __future__ import annotations

import datetime as dt

import pytest

from zhenggai.ledger.models import Light, Measure
from zhenggai.ledger.selectors import light_of, measures_with_light, problems_with_light
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)

D = dt.date
TODAY = D(2026, 11, 23)


def light(world, measure, on: dt.date | None = None) -> Light:
    return light_of(measures_with_light(world.inspection, on=on).get(pk=measure.pk).light_rank)


def set_measure(measure, **fields) -> Measure:
    Measure.objects.filter(pk=measure.pk).update(**fields)
    measure.refresh_from_db()
    return measure


def test_a_signed_off_measure_is_grey_even_when_it_was_overdue(world, drive):
    set_measure(world.measure, deadline_date=D(2026, 11, 1))
    drive(world, MeasureState.SIGNED_OFF)
    assert light(world, world.measure) == Light.GREY


def test_a_measure_past_its_deadline_is_red(world):
    set_measure(world.measure, deadline_date=D(2026, 11, 22))
    assert light(world, world.measure) == Light.RED


@pytest.mark.parametrize("state", [MeasureState.REQUESTED, MeasureState.REVIEWED, MeasureState.RETURNED])
def test_a_measure_awaiting_sign_off_past_its_deadline_is_still_red(world, drive, state):
    set_measure(world.measure, deadline_date=D(2026, 11, 22))
    drive(world, state)
    assert light(world, world.measure) == Light.RED


@pytest.mark.parametrize(("deadline", "expected"), [
    (D(2026, 11, 23), Light.YELLOW),  # due today: not overdue yet
    (D(2026, 12, 3), Light.YELLOW),   # ten days: the edge of the default window
    (D(2026, 12, 4), Light.GREEN),
    (D(2026, 12, 31), Light.GREEN),
])
def test_a_dated_measure_is_yellow_within_the_default_warning_window_and_green_beyond(world, deadline, expected):
    set_measure(world.measure, deadline_date=deadline)
    assert light(world, world.measure) == expected


def test_an_inspection_may_widen_its_warning_window(world):
    world.inspection.warning_days = 20
    set_measure(world.measure, deadline_date=D(2026, 12, 13))
    assert light(world, world.measure) == Light.YELLOW
    set_measure(world.measure, deadline_date=D(2026, 12, 14))
    assert light(world, world.measure) == Light.GREEN


def test_a_measure_without_a_deadline_is_green(world):
    set_measure(world.measure, deadline_kind="none", deadline_date=None)
    assert light(world, world.measure) == Light.GREEN


# Long-term measures (world.measure2, set up on 1 June). Monthly by the 25th: on 23 Nov the report
# for 26 Sep – 25 Oct is owed.
@pytest.mark.parametrize(("last_reported_on", "expected"), [
    (None, Light.RED),
    (D(2026, 9, 25), Light.RED),
    (D(2026, 9, 26), Light.BLUE),
    (D(2026, 10, 25), Light.BLUE),
    (D(2026, 11, 20), Light.BLUE),
])
def test_a_long_term_measure_is_blue_while_reporting_on_time_and_red_once_a_monthly_report_is_missed(
        world, last_reported_on, expected):
    set_measure(world.measure2, last_reported_on=last_reported_on)
    assert light(world, world.measure2) == expected


def test_a_monthly_report_is_not_missed_on_its_due_day(world):
    set_measure(world.measure2, last_reported_on=D(2026, 10, 20))
    assert light(world, world.measure2, on=D(2026, 11, 25)) == Light.BLUE
    assert light(world, world.measure2, on=D(2026, 11, 26)) == Light.RED


def test_a_new_long_term_measure_owes_no_report_before_a_whole_period_has_passed(world):
    set_measure(world.measure2, created_on=D(2026, 11, 1))
    assert light(world, world.measure2) == Light.BLUE


@pytest.mark.parametrize(("cadence", "on", "last_reported_on", "expected"), [
    # Weekly on Mondays: on Wednesday 25 Nov the week 17–23 Nov is owed.
    ("weekly", D(2026, 11, 25), D(2026, 11, 17), Light.BLUE),
    ("weekly", D(2026, 11, 25), D(2026, 11, 16), Light.RED),
    # Biweekly on Mondays of even ISO weeks: on 25 Nov the fortnight 10–23 Nov is owed.
    ("biweekly", D(2026, 11, 25), D(2026, 11, 10), Light.BLUE),
    ("biweekly", D(2026, 11, 25), D(2026, 11, 9), Light.RED),
    # Daily: yesterday's report is owed.
    ("daily", TODAY, D(2026, 11, 22), Light.BLUE),
    ("daily", TODAY, D(2026, 11, 21), Light.RED),
    ("daily", TODAY, None, Light.RED),
])
def test_a_long_term_measure_goes_red_when_a_report_of_its_cadence_is_missed(world, cadence, on, last_reported_on,
                                                                             expected):
    world.inspection.cadence, world.inspection.cadence_day = cadence, 1
    set_measure(world.measure2, last_reported_on=last_reported_on)
    assert light(world, world.measure2, on=on) == expected


def test_reporting_progress_turns_a_missed_long_term_measure_blue_again(world):
    from zhenggai.ledger import services

    assert light(world, world.measure2) == Light.RED
    services.measure_report_progress(user=world.unit, measure=world.measure2, text="本月评查案卷30卷", progress=60)
    assert light(world, world.measure2) == Light.BLUE


def test_an_immediate_then_long_term_measure_follows_its_first_date_and_then_its_reports(world):
    set_measure(world.measure2, deadline_kind="immediate_long_term", deadline_date=D(2026, 11, 30),
                last_reported_on=None)
    assert light(world, world.measure2) == Light.YELLOW
    set_measure(world.measure2, deadline_date=D(2026, 11, 22))
    assert light(world, world.measure2) == Light.RED
    set_measure(world.measure2, last_reported_on=D(2026, 10, 1))
    assert light(world, world.measure2) == Light.BLUE


def test_a_problem_shows_the_worst_light_of_its_measures(world):
    set_measure(world.measure, deadline_date=D(2026, 12, 1))
    set_measure(world.measure2, last_reported_on=D(2026, 10, 1))
    problem = problems_with_light(world.inspection, world.inspection.problems.filter(pk=world.problem.pk)).get()
    assert light_of(problem.light_rank) == Light.YELLOW


# 序时进度: world.measure runs from 1 June to 31 December 2026 (213 days).
@pytest.mark.parametrize(("on", "expected"), [
    (D(2026, 5, 1), 0),
    (D(2026, 6, 1), 0),
    (D(2026, 11, 23), 82),   # 175 of 213 days
    (D(2026, 12, 31), 100),
    (D(2027, 2, 1), 100),
])
def test_expected_progress_is_the_share_of_the_time_elapsed(world, on, expected):
    assert world.measure.expected_progress(on) == expected


def test_a_measure_reporting_less_than_its_expected_progress_is_behind_schedule(world):
    set_measure(world.measure, progress=81)
    assert world.measure.is_behind_schedule(TODAY)
    set_measure(world.measure, progress=82)
    assert not world.measure.is_behind_schedule(TODAY)


def test_long_term_and_undated_measures_have_no_expected_progress_and_are_never_behind(world):
    assert world.measure2.expected_progress(TODAY) is None
    assert not world.measure2.is_behind_schedule(TODAY)
    set_measure(world.measure, deadline_kind="none", deadline_date=None)
    assert world.measure.expected_progress(TODAY) is None
    assert not world.measure.is_behind_schedule(TODAY)


def test_a_signed_off_measure_is_never_behind_schedule(world, drive):
    set_measure(world.measure, deadline_date=D(2026, 11, 1), progress=10)
    assert world.measure.is_behind_schedule(TODAY)
    drive(world, MeasureState.SIGNED_OFF)
    assert not world.measure.is_behind_schedule(TODAY)
