"""Leads of rectification after an inspection that set snippets25's labeller found misread (session 18, helper ps18):
constructed texts, each rule with a positive case and a near miss.

Rules:
- A section that arranges the tasks ("一、压实责任，周密部署整改任务") is about organising the work: its (一)… items are
  steps taken, not a problem list (readings.RE_ARRANGING_TASKS). A section of the tasks themselves ("二、整改任务")
  keeps its items as what was rectified.
- An audit result announcement dated under its title "（2024年3月5日公告）" is of that day, not of the day its web page
  says it was posted (facts.announced_date). A date in a sentence ("根据2024年3月5日公告，…") is no dateline.
- A page's facts run together with no colon, "发布时间2024年5月6日 来源:… 阅读123次", give the page's date
  (facts.RE_GLUED_META_DATE); a sentence about a release ("发布时间2024年5月6日，自…起施行") does not.
- A date that lost all of 年/月/日 between a word and a comma, "部署2024815,", is read when its digits split one way
  (dates.RE_LOST_ALL_UNITS); an ambiguous one ("2024111,") or an amount ("2024815元") is left alone.
- Tasks an inspection fed back ("反馈的4个方面9项整改任务") are its problems, whatever the inspection
  (headline.RE_FED_BACK_TASKS); tasks a plan set ("制定了9项整改任务") stay measures.
- Problems refined into specific ones, then counted again with their done count ("细化分解为12个具体问题。截至目前,12个
  问题,已完成整改10个"): the done count is of the refined total (headline.RE_RESTATED_DONE); a count of other problems
  is not.
- Measures made, counted noun first in 个 ("制定措施30个"), are the measures' total (headline.RE_MEASURES_MADE_COUNTED);
  measures carried out ("落实措施30个") are not.
"""
from __future__ import annotations

from tests.importer.helpers import four_figures
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.dates import restore_lost_units
from zhenggai.importer.parse.inspection import inspection_facts

LEAD = ("根据县委统一部署，2024年4月8日至5月30日，县委第一巡察组对县残联党组开展了巡察，2024年7月2日反馈了巡察意见。"
        "按照巡察工作有关要求，现将巡察整改进展情况予以公布。\n")
ORGANISING_BODY = ("成立巡察整改工作领导小组，由党组书记任组长，班子成员任副组长，各科室负责人为成员，确保整改工作部署到位、"
                   "责任到位、落实到位。班子成员按照职责抓好分工范围内的整改落实工作。\n")


# --- a section arranging the tasks is no problem list -----------------------------------------------------------------
def test_a_lead_whose_section_arranges_the_tasks_reads_no_problem_list():
    text = (LEAD + "一、压实主体责任，周密部署整改任务\n"
            "县残联党组召开党组会议3次，逐条逐项分析巡察反馈意见，研究制定整改方案。\n"
            "（一）强化组织领导，压实整改责任\n" + ORGANISING_BODY)
    result = parse_text(text)
    assert result.problems == []
    assert result.reading == "none"


def test_items_under_a_section_of_the_tasks_themselves_are_still_read_as_rectified():
    text = (LEAD + "二、巡察反馈问题整改任务\n"
            "（一）理论学习不够深入的问题\n已制定年度学习计划，开展专题学习6次。\n"
            "（二）财务管理不规范的问题\n已修订财务报销制度，清退违规发放补贴。\n")
    assert [p.title for p in parse_text(text).problems] == ["理论学习不够深入的问题", "财务管理不规范的问题"]


# --- an audit announcement's own dateline -----------------------------------------------------------------------------
INDEX_BLOCK = ("索引号: | 00112233-1/2024-001 | 公开方式: | 主动公开 |\n发布机构: | 县审计局 | 发文日期: | 2024-03-12 |\n"
               "发布时间:2024-03-12 10:15\n信息来源:县审计局\n")
AUDIT_LEAD = ("根据《中华人民共和国审计法》等规定，2023年9月1日至2023年10月31日，县审计局对某镇人民政府2021年1月至2022年12月"
              "有关经济事项进行了审计。现将审计结果公告如下：\n一、基本情况及审计评价意见\n审计结果表明，该镇能够贯彻落实各项决策部署。\n")


def test_an_audit_announcement_is_dated_by_its_own_dateline_under_the_title():
    assert parse_text(INDEX_BLOCK + "（2024年3月5日公告）\n" + AUDIT_LEAD).report_date == "2024-03-05"


def test_a_date_said_in_a_sentence_about_an_announcement_is_no_dateline():
    text = INDEX_BLOCK + "根据2024年3月5日公告，现将有关情况说明如下。\n" + AUDIT_LEAD
    assert parse_text(text).report_date == "2024-03-12"


# --- a page's facts run together with no colon ------------------------------------------------------------------------
def test_a_release_date_run_on_into_the_source_and_counter_is_the_page_date():
    text = ("党务公开中共某县妇联党组关于巡察整改进展情况的通报发布时间2024年5月6日 来源:某县妇联 阅读123次" + LEAD.strip() + "\n")
    assert parse_text(text).report_date == "2024-05-06"


def test_a_release_date_in_a_sentence_is_not_the_page_date():
    text = (LEAD + "县残联党组修订了机关管理办法，该办法发布时间2024年5月6日，自2024年6月1日起施行。\n")
    assert parse_text(text).report_date is None


# --- a date that lost 年/月/日 ------------------------------------------------------------------------------------------
def test_a_date_that_lost_all_its_units_before_a_comma_is_read_as_written():
    facts = inspection_facts("根据区委巡察工作统一部署2024815,区委第二巡察组向区科协党组反馈巡察意见。", None)
    assert facts.feedback_date == "2024-08-15"


def test_digits_that_split_two_ways_or_carry_a_unit_are_left_alone():
    assert restore_lost_units("统一部署2024111,区委") == "统一部署2024111,区委"
    assert restore_lost_units("拨付资金2024815元,用于") == "拨付资金2024815元,用于"
    assert restore_lost_units("编号A2024815,") == "编号A2024815,"


# --- tasks an inspection fed back ---------------------------------------------------------------------------------------
def test_tasks_an_inspection_fed_back_are_its_problems():
    text = ("针对巡察组反馈的4个方面9项整改任务，县科协党组制定整改方案，目前已经完成9项整改任务并长期坚持。")
    assert four_figures(text) == (9, 9, None, None)


def test_tasks_a_plan_set_out_stay_measures():
    text = "针对巡察反馈问题，县科协党组制定了9项整改任务，逐项明确责任领导和整改时限。"
    assert four_figures(text)[0] is None and four_figures(text)[2] == 9


# --- refined problems counted again with their done count ---------------------------------------------------------------
def test_refined_problems_counted_again_take_the_done_count_given_with_them():
    text = "区总工会将巡察指出的2个方面5项问题，细化分解为12个具体问题。截至目前，12个问题，已完成整改10个。"
    assert four_figures(text)[:2] == (12, 10)


def test_a_done_count_of_other_problems_is_not_the_refined_ones():
    text = "区总工会将巡察指出的2个方面5项问题，细化分解为12个具体问题。另有自查发现的3个问题，已完成整改3个。"
    assert four_figures(text)[:2] == (12, None)


# --- measures made, counted noun first -------------------------------------------------------------------------------
def test_measures_made_counted_noun_first_in_ge_are_the_measures_total():
    text = "巡察反馈的三方面8个问题，已整改落实8个。在整改中，制定措施30个，建章立制4个。"
    assert four_figures(text) == (8, 8, 30, None)


def test_measures_carried_out_are_no_total():
    text = "巡察反馈的三方面8个问题，已整改落实8个。在整改中，落实措施30个，建章立制4个。"
    assert four_figures(text)[2] is None
