"""The figures sentence of 二、整改落实情况 at the edges: nothing done, everything done, no measures, no rules.

The world's inspection has two dated problems and three open measures, no rules.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from zhenggai.importer.parse import parse_text
from zhenggai.ledger.models import Inspection, Measure, Problem, Rule
from zhenggai.ledger.selectors import inspection_headline
from zhenggai.ledger.workflow import MeasureState
from zhenggai.reports.bulletin import build_bulletin

ON = dt.date(2026, 11, 23)


def sentence(inspection) -> str:
    return build_bulletin(inspection, on=ON).headline_text


def no_zero_counts(text: str) -> bool:
    return re.search(r"(?<![\d.])0\s*[个条项]", text) is None


def test_with_nothing_done_it_says_the_work_is_under_way_without_quoting_zeros(world):
    text = sentence(world.inspection)
    assert text == ("针对巡察反馈的2个问题，共明确3条整改措施。截至2026年11月，各项整改措施正在推进中；"
                    "各问题均按计划持续推进整改中。")
    assert no_zero_counts(build_bulletin(world.inspection, on=ON).plain_text())


def test_with_everything_done_it_says_all_are_done_and_leaves_out_the_rest(world):
    Measure.objects.filter(problem__inspection=world.inspection).update(state=MeasureState.SIGNED_OFF)
    Rule.objects.create(inspection=world.inspection, title="执法检查工作规程")
    text = sentence(world.inspection)
    assert text == ("针对巡察反馈的2个问题，共明确3条整改措施。截至2026年11月，3条整改措施已全部完成；"
                    "2个问题已全部整改完成。在整改过程中，共形成制度机制1项。")
    assert "其余" not in text


def test_with_some_done_it_quotes_the_progress_and_the_rest(world):
    world.measure3.state = MeasureState.SIGNED_OFF
    world.measure3.save()
    h = inspection_headline(world.inspection, on=ON)
    assert (h.measures_done, h.measures_total, h.problems_done) == (1, 3, 1)
    assert sentence(world.inspection) == (
        "针对巡察反馈的2个问题，共明确3条整改措施。截至2026年11月，1条整改措施已完成，总进度33.3%；"
        "1个问题已整改完成，其余问题均按计划持续推进整改中。")


def test_when_every_open_problem_is_long_term_there_is_no_rest_to_speak_of(world):
    world.measure3.state = MeasureState.SIGNED_OFF
    world.measure3.save()
    Problem.objects.filter(pk=world.problem.pk).update(deadline_kind="long_term", deadline_date=None)
    assert sentence(world.inspection) == (
        "针对巡察反馈的2个问题，共明确3条整改措施。截至2026年11月，1条整改措施已完成，总进度33.3%；"
        "1个问题已整改完成，1个问题需长期坚持。")


def test_with_no_measures_yet_it_says_they_are_being_drawn_up_and_divides_by_nothing(world):
    Measure.objects.filter(problem__inspection=world.inspection).delete()
    content = build_bulletin(world.inspection, on=ON)
    assert content.headline_text == ("针对巡察反馈的2个问题，正在逐项研究制定整改措施。截至2026年11月，"
                                     "各问题均按计划持续推进整改中。")
    assert content.figures.percent_done == 0.0
    assert no_zero_counts(content.plain_text())
    assert "逐项制定整改措施" in content.organisation_text


def test_an_inspection_without_problems_still_reads_as_chinese(world):
    empty = Inspection.objects.create(name="空", inspector="市委第六巡察组", inspected_unit=world.bureau,
                                      kind="xuncha", feedback_date=dt.date(2026, 6, 1))
    content = build_bulletin(empty, on=ON)
    assert content.headline_text == "截至2026年11月，巡察反馈问题尚未列入整改台账。"
    assert no_zero_counts(content.plain_text())


@pytest.mark.parametrize("done", ["none", "some", "all"])
def test_the_importer_reads_the_sentence_back_as_the_selectors_figures(world, done):
    measures = list(Measure.objects.filter(problem__inspection=world.inspection).order_by("pk"))
    signed = {"none": [], "some": measures[2:], "all": measures}[done]
    Measure.objects.filter(pk__in=[m.pk for m in signed]).update(state=MeasureState.SIGNED_OFF)
    h = inspection_headline(world.inspection, on=ON)
    parsed = parse_text(build_bulletin(world.inspection, on=ON).plain_text()).headline
    assert (parsed.problems_total, parsed.measures_total) == (h.problems_total, h.measures_total)
    # The text names a count only when it is not zero.
    assert parsed.measures_done == (h.measures_done or None)
    assert parsed.problems_done == (h.problems_done or None)
    assert parsed.rules_made is None
