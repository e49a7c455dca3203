"""zs18: figures-only documents read as a false problem list (issue 10's kind 5) — a lead cut under a status heading,
and a round summary's feedback sentence that introduces the findings it sums up."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.headline import _problems_done_alone
from zhenggai.importer.parse.levels import _status_group
from zhenggai.importer.parse.readings import _reads_as_feedback_item
from zhenggai.importer.result import Headline

from tests.importer.helpers import INTRO

LEAD = INTRO + "按照巡察工作有关要求，现将巡察整改情况予以公布。\n"


def test_a_status_heading_over_a_cut_lead_is_no_problem():
    text = LEAD + "一、已整改完成的问题\n针对巡察反馈意见指出的需要整改的问题，真改实改，截至目前，共计18个问题已整改完成。\n"
    r = parse_text(text)
    assert r.problems == []
    assert r.headline.problems_done == 18 and r.headline.problems_total is None


def test_status_group_headings_are_statuses_and_problem_headings_are_not():
    assert _status_group("已整改完成的问题")
    assert _status_group("正在整改的问题（3个）")
    assert not _status_group("部分整改任务推进滞后问题")  # states a shortcoming: a problem
    assert not _status_group("选人用人不规范问题")  # no status
    assert not _status_group("关于上轮巡察整改不彻底、已整改问题反弹回潮的问题")  # too long for a group heading


def test_headings_of_problems_are_still_a_list():
    text = LEAD + ("一、党费收缴不规范问题\n针对该问题，已补缴党费。目前已整改完成。\n"
                   "二、固定资产管理不到位问题\n针对该问题，已清查资产。目前已整改完成。\n")
    assert len(parse_text(text).problems) == 2


def test_a_done_count_alone_is_read_but_not_a_total_with_its_done_count():
    h = Headline()
    _problems_done_alone(h, "截至目前，共计18个问题已整改完成。")
    assert h.problems_done == 18
    h = Headline()
    _problems_done_alone(h, "反馈的48个问题已整改完成40个。")
    assert h.problems_done is None
    h = Headline()
    _problems_done_alone(h, "剩余2个问题已整改完成。")
    assert h.problems_done is None


def test_a_feedback_summed_up_by_aspects_then_introducing_its_findings_is_no_one_problem():
    after = "县交通运输局立即整改，已追回资金5万元，完成整改。"
    said = "巡察反馈时,各巡察组指出,被巡察党组织在贯彻落实党的路线方针政策方面、在加强领导班子建设方面还存在一些问题,主要是:"
    assert not _reads_as_feedback_item(said, after)
    # near miss: a problem named after its aspect is one feedback item
    named = "巡察组指出,县交通运输局在工程管理方面存在违规变更工程量问题,主要是:"
    assert _reads_as_feedback_item(named, after)


def test_a_status_heading_with_its_problems_under_it_still_reads_them():
    text = LEAD + "一、已整改完成的问题\n一是理论学习不深入，已制定学习计划；二是财务制度执行不严，已修订财务制度。\n"
    assert [p.title for p in parse_text(text).problems] == ["理论学习不深入", "财务制度执行不严"]


def test_an_audit_verdict_column_s_持续整改_is_under_way_and_a_status_column_s_is_long_term():
    from zhenggai.importer.ledger_reader import rows_to_result

    head = ["序号", "审计查出问题", "整改责任单位"]
    rows = [["1", "部分非税收入未及时缴入国库", "区财政局"], ["2", "项目资金拨付滞后", "区农业农村局"]]
    verdicts = [("已整改",), ("持续整改",)]
    got = rows_to_result([head + ["认定结果"]] + [r + list(v) for r, v in zip(rows, verdicts)])
    assert [p.status for p in got.problems] == ["done", "in_progress"]
    got = rows_to_result([head + ["整改状态"]] + [r + list(v) for r, v in zip(rows, verdicts)])
    assert [p.status for p in got.problems] == ["done", "long_term"]
