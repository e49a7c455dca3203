"""inspection_headline: the figures every page, bulletin and export quotes."""
from __future__ import annotations

import datetime as dt

import pytest

from zhenggai.ledger.models import Category, Measure, Problem, Rule
from zhenggai.ledger.selectors import inspection_headline
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)

# On 23 Nov 2026 the world has: measure (due 31 Dec, 0% of an expected 82%: green, behind),
# measure2 (long-term, never reported: red), measure3 (due 30 Sep, 0%: red, overdue, behind).


def test_the_headline_of_a_fresh_ledger(world):
    h = inspection_headline(world.inspection)
    assert (h.as_of, h.problems_total, h.problems_done, h.problems_in_progress, h.problems_long_term) == (
        dt.date(2026, 11, 23), 2, 0, 2, 0)
    assert (h.measures_total, h.measures_done, h.percent_done) == (3, 0, 0.0)
    assert (h.overdue, h.behind_schedule, h.rules_made) == (1, 2, 0)
    assert h.lights == {"red": 2, "yellow": 0, "green": 1, "blue": 0, "grey": 0}


def test_signing_off_a_measure_moves_the_figures(world, drive):
    drive(world, MeasureState.SIGNED_OFF, world.measure3)
    h = inspection_headline(world.inspection)
    assert (h.problems_done, h.problems_in_progress, h.measures_done, h.percent_done) == (1, 1, 1, 33.3)
    assert (h.overdue, h.behind_schedule) == (0, 1)
    assert h.lights == {"red": 1, "yellow": 0, "green": 1, "blue": 0, "grey": 1}


def test_percent_done_has_one_decimal_place(world, drive):
    drive(world, MeasureState.SIGNED_OFF, world.measure)
    drive(world, MeasureState.SIGNED_OFF, world.measure3)
    assert inspection_headline(world.inspection).percent_done == 66.7


def test_an_empty_inspection_has_zero_percent_not_an_error(world):
    world.inspection.problems.all().delete()
    h = inspection_headline(world.inspection)
    assert (h.problems_total, h.measures_total, h.percent_done, h.by_unit) == (0, 0, 0.0, [])


def test_rules_made_are_counted(world):
    Rule.objects.create(inspection=world.inspection, title="执法检查工作规程")
    Rule.objects.create(inspection=world.inspection, title="行政审批时限管理办法")
    assert inspection_headline(world.inspection).rules_made == 2


def test_a_long_term_problem_is_counted_as_long_term(world):
    Problem.objects.filter(pk=world.problem.pk).update(deadline_kind="long_term", deadline_date=None)
    assert inspection_headline(world.inspection).problems_long_term == 1


def test_figures_by_unit_put_the_unit_with_most_red_lights_first(world, drive):
    drive(world, MeasureState.SIGNED_OFF, world.measure3)
    orphan_problem = Problem.objects.create(inspection=world.inspection, seq=3, statement="无牵头单位的问题")
    Measure.objects.create(problem=orphan_problem, seq=1, text="待明确", deadline_kind="date",
                           deadline_date=dt.date(2027, 6, 30), created_on=dt.date(2026, 11, 1))
    Measure.objects.filter(pk=world.measure3.pk).update(lead_unit=None)  # falls back to the problem's lead unit
    rows = [(r.unit_name, r.measures_total, r.measures_done, r.percent_done, r.lights["red"], r.behind)
            for r in inspection_headline(world.inspection).by_unit]
    assert rows == [
        ("市生态环境保护综合执法支队", 2, 0, 0.0, 1, 1),
        ("未明确责任单位", 1, 0, 0.0, 0, 1),
        ("行政审批处", 1, 1, 100.0, 0, 0),
    ]


def test_figures_by_category_follow_the_category_order_with_uncategorised_problems_last(world, drive):
    drive(world, MeasureState.SIGNED_OFF, world.measure3)
    first = Category.objects.create(inspection=world.inspection, seq=0, name="（一）政治建设方面")
    Problem.objects.create(inspection=world.inspection, category=first, seq=3, statement="尚无措施的问题")
    Problem.objects.create(inspection=world.inspection, seq=4, statement="未归类的问题")
    last = Category.objects.create(inspection=world.inspection, seq=9, name="（九）其他方面")
    Problem.objects.create(inspection=world.inspection, category=last, seq=5, statement="另一个尚无措施的问题")
    assert inspection_headline(world.inspection).by_category == [
        {"name": "（一）政治建设方面", "problems": 1, "done": 0},
        {"name": "落实全面从严治党责任方面", "problems": 2, "done": 1},
        {"name": "（九）其他方面", "problems": 1, "done": 0},
        {"name": "未分类", "problems": 1, "done": 0},
    ]


def grow(world, problems: int) -> None:
    category = Category.objects.create(inspection=world.inspection, seq=2, name=f"第{problems}批问题")
    for n in range(problems):
        problem = Problem.objects.create(inspection=world.inspection, category=category, seq=10 + n,
                                         statement=f"问题{n}", lead_unit=world.approvals)
        problem.co_units.add(world.enforcement)
        for m in range(3):
            Measure.objects.create(problem=problem, seq=m + 1, text=f"措施{n}.{m}", lead_unit=world.enforcement,
                                   deadline_kind="date", deadline_date=dt.date(2027, 1, m + 1),
                                   created_on=dt.date(2026, 6, 1))
        Rule.objects.create(inspection=world.inspection, title=f"制度{n}")


def test_the_number_of_queries_does_not_grow_with_the_ledger(world, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        small = inspection_headline(world.inspection)
    grow(world, 40)
    with django_assert_max_num_queries(3):
        large = inspection_headline(world.inspection)
    assert (small.measures_total, large.measures_total, large.problems_total, large.rules_made) == (3, 123, 42, 40)
