"""The battle map's data: the headline's figures, sign-offs per week from the audit log, lag and overdue items."""
from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.ledger.conftest import drive_to
from zhenggai.battlemap import data
from zhenggai.ledger import services
from zhenggai.ledger.models import Category, Inspection, Measure, Problem
from zhenggai.ledger.selectors import inspection_headline
from zhenggai.ledger.workflow import MeasureState

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def at(year: int, month: int, day: int, hour: int = 10):
    return time_machine.travel(dt.datetime(year, month, day, hour, tzinfo=SHANGHAI), tick=False)


def test_the_figures_and_charts_equal_the_inspection_headline(world):
    on = dt.date(2026, 10, 15)
    world.measure.progress = 10
    world.measure.save()
    bm = data.inspection_map(world.inspection, on=on)
    h = inspection_headline(world.inspection, on=on)

    assert bm.headline == h
    units = bm.charts["units"]
    assert units["names"] == [r.unit_name for r in h.by_unit]
    for light, total in h.lights.items():
        assert sum(units[light]) == total
    cats = bm.charts["categories"]
    assert cats["names"] == [c["name"] for c in h.by_category]
    assert cats["done"] == [c["done"] for c in h.by_category]
    assert [d + o for d, o in zip(cats["done"], cats["open"])] == [c["problems"] for c in h.by_category]
    assert cats["ids"] == [str(world.category.pk)]
    assert sum(bm.charts["lag"]["behind"]) == h.behind_schedule
    assert len(bm.overdue) == min(10, h.overdue)


def test_it_counts_measures_signed_off_per_iso_week_from_the_audit_log(world):
    with at(2026, 6, 10):  # Wednesday of ISO week 24
        drive_to(world, MeasureState.SIGNED_OFF, world.measure)
    with at(2026, 6, 14, 23):  # Sunday night, still week 24 in Beijing time
        drive_to(world, MeasureState.SIGNED_OFF, world.measure2)
    with at(2026, 6, 24):  # week 26; a send-back by the leader is not a sign-off
        extra = Measure.objects.create(problem=world.problem, seq=3, text="三是建立执法检查通报制度。",
                                       lead_unit=world.enforcement, deadline_kind="date",
                                       deadline_date=dt.date(2026, 12, 31), created_on=dt.date(2026, 6, 1))
        drive_to(world, MeasureState.REVIEWED, extra)
        services.measure_approve(user=world.leader, measure=extra, approved=False, note="材料不实")

    with CaptureQueriesContext(connection) as queries:
        weeks = data.signed_off_per_week([world.inspection.pk], on=dt.date(2026, 7, 1))
    assert len(queries) == 1
    assert weeks == [(dt.date(2026, 6, 8), 2), (dt.date(2026, 6, 15), 0), (dt.date(2026, 6, 22), 0),
                     (dt.date(2026, 6, 29), 0)]
    chart = data.weekly_chart(weeks)
    assert chart["labels"][0] == "第24周" and chart["titles"][0] == "2026年第24周（6月8日起）"
    assert chart["cumulative"] == [2, 2, 2, 2]


def test_sign_offs_of_other_inspections_are_not_counted(world):
    other = Inspection.objects.create(name="水务督察整改", inspector="省督察组", inspected_unit=world.bureau,
                                      feedback_date=dt.date(2026, 6, 1))
    with at(2026, 6, 10):
        drive_to(world, MeasureState.SIGNED_OFF, world.measure)
    assert data.signed_off_per_week([other.pk], on=dt.date(2026, 7, 1)) == []


def test_lag_by_unit_takes_the_headline_count_and_averages_the_gap(world):
    on = dt.date(2026, 9, 15)
    Measure.objects.filter(pk=world.measure.pk).update(progress=10)  # expected round(100*106/213) = 50
    bm = data.inspection_map(world.inspection, on=on)
    lag = bm.charts["lag"]
    rows = dict(zip(lag["names"], zip(lag["behind"], lag["gap"])))
    assert rows["行政审批处"] == (1, 88.0)  # expected round(100*106/121) = 88, reported 0
    assert rows["市生态环境保护综合执法支队"] == (1, 40.0)
    by_unit = {r.unit_name: r.behind for r in bm.headline.by_unit}
    assert {name: b for name, (b, _) in rows.items()} == {k: v for k, v in by_unit.items() if v}


def test_the_most_overdue_red_measures_come_first(world):
    bm = data.inspection_map(world.inspection, on=dt.date(2027, 1, 10))
    assert [(m.pk, m.days_overdue) for m in bm.overdue] == [(world.measure3.pk, 102), (world.measure.pk, 10)]
    assert bm.headline.overdue == 2


def test_the_overview_sums_the_headlines_of_every_inspection(world):
    second = Inspection.objects.create(name="省生态环境保护督察反馈意见整改", inspector="省督察组", kind="ducha",
                                       inspected_unit=world.bureau, feedback_date=dt.date(2026, 5, 1))
    problem = Problem.objects.create(inspection=second, seq=1, statement="饮用水源保护区违建未清理",
                                     lead_unit=world.enforcement, deadline_kind="date",
                                     deadline_date=dt.date(2026, 8, 31),
                                     category=Category.objects.create(inspection=second, name="生态保护方面"))
    Measure.objects.create(problem=problem, seq=1, text="拆除违建", lead_unit=world.enforcement,
                           deadline_kind="date", deadline_date=dt.date(2026, 8, 31), created_on=dt.date(2026, 5, 1))
    on = dt.date(2026, 9, 15)
    bm = data.overview_map([world.inspection, second], on=on)
    first_h, second_h = inspection_headline(world.inspection, on=on), inspection_headline(second, on=on)
    assert bm.totals.problems_total == first_h.problems_total + second_h.problems_total == 3
    assert bm.totals.measures_total == 4
    assert bm.totals.overdue == first_h.overdue + second_h.overdue == 1
    assert bm.totals.lights["red"] == first_h.lights["red"] + second_h.lights["red"]
    assert bm.charts["inspections"]["names"] == [world.inspection.name, second.name]
    units = dict(zip(bm.charts["units"]["names"], bm.charts["units"]["red"]))
    red_of = lambda h: sum(r.lights["red"] for r in h.by_unit if r.unit_name == "市生态环境保护综合执法支队")  # noqa: E731
    # One bar per unit: the unit's rows in the two inspections are merged (a missed long-term report + the overdue one).
    assert units["市生态环境保护综合执法支队"] == red_of(first_h) + red_of(second_h) == 2
    assert bm.charts["units"]["names"].count("市生态环境保护综合执法支队") == 1


@pytest.mark.parametrize("params, expected", [
    ({"light": "red"}, {"measure3"}),
    ({"unit": "approvals"}, {"measure3"}),
    ({"unit": "enforcement", "light": "blue"}, {"measure2"}),
    ({"category": "category"}, {"measure", "measure2", "measure3"}),
    ({"behind": "1"}, {"measure3"}),
])
def test_the_list_under_the_charts_filters_like_the_bars(world, params, expected):
    # On 10-15 measure3 (due 9-30, 0%) is red and behind; measure (due 12-31, 90%) green and ahead;
    # measure2 is long-term and reported this period: blue.
    on = dt.date(2026, 10, 15)
    Measure.objects.filter(pk=world.measure.pk).update(progress=90)
    Measure.objects.filter(pk=world.measure2.pk).update(last_reported_on=dt.date(2026, 10, 1))
    resolved = {k: (str(getattr(world, v).pk) if k in ("unit", "category") else v) for k, v in params.items()}
    rows, applied, total = data.filtered_measures(world.inspection, Measure.objects.all(), resolved, on=on)
    assert {m.pk for m in rows} == {getattr(world, name).pk for name in expected}
    assert total == len(expected)
    assert applied == resolved


def test_the_list_refuses_an_unknown_light():
    with pytest.raises(ValueError):
        data.filtered_measures(Inspection(pk=1), Measure.objects.none(), {"light": "purple"})
