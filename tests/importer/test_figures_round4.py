"""Headline figures, dates and document fields, round 4 (session 13, helper fin3f): families of wordings a clerk
would expect one rule to cover, and the wordings next to them that the rule must leave alone.

Every sentence here is constructed for the test; none is a labelled page's text."""
from __future__ import annotations

from zhenggai.importer.parse.facts import meta_date


# --- a page's date in its line of facts ----------------------------------------------------------
def test_a_date_between_slashes_in_a_short_facts_line_is_the_page_date():
    assert meta_date(["某某标题", "某省水利厅 / 2021-05-17 / :132"]) == "2021-05-17"
    assert meta_date(["某某标题", "市农业农村局/2020-9-3"]) == "2020-09-03"


def test_a_date_between_slashes_inside_a_sentence_is_not_the_page_date():
    assert meta_date(["检查组于2021-05-17/2021-05-20期间开展检查，发现问题。"]) is None
    assert meta_date(["附件1/2021-05-17/整改台账/第二稿/共三页/内部资料"]) is None


def test_a_site_address_followed_by_a_timestamp_is_the_page_date():
    assert meta_date(["标题", "http://www.example.com   2019-08-12 16:20:05"]) == "2019-08-12"
    assert meta_date(["标题", "news.sina.com.cn 2018/11/02"]) == "2018-11-02"


def test_a_site_address_with_words_after_its_date_is_left_alone():
    assert meta_date(["www.example.com 2019-08-12 前往查看更多内容，点击下方"]) is None


def test_a_republic_year_in_a_labelled_date_counts_from_1911():
    assert meta_date(["法规名称: 某县政府某某办法", "公發布日: 民國 99 年 12 月 01 日"]) == "2010-12-01"
    assert meta_date(["發文日期：民國108年3月5日"]) == "2019-03-05"


def test_a_republic_year_without_a_date_label_is_not_a_page_date():
    assert meta_date(["本辦法自民國 99 年 12 月 01 日起施行。"]) is None


# --- units in parentheses closing a line of labelled fields ----------------------------------------
def test_units_in_parentheses_after_a_labelled_deadline_are_a_field_of_their_own():
    from zhenggai.importer.parse.fields import split_fields
    parts = split_fields("完成时限：2025年3月底前。（牵头单位：区教育局、区财政局）")
    assert parts == [("deadline", "完成时限", "2025年3月底前。"), ("units", "牵头单位", "区教育局、区财政局")]


def test_units_in_parentheses_after_an_unlabelled_measure_stay_with_the_measure():
    from zhenggai.importer.parse.fields import split_fields
    assert split_fields("清理违规台账。（责任单位：区档案馆）") == [(None, "", "清理违规台账。（责任单位：区档案馆）")]


def test_a_parenthesised_label_in_the_middle_of_a_deadline_is_left_inside_it():
    from zhenggai.importer.parse.fields import split_fields
    parts = split_fields("整改时限：2025年底（责任单位：某局先行）后持续推进")
    assert parts[0][0] == "deadline" and len(parts) == 1


def test_units_in_parentheses_closing_a_labelled_measure_stay_with_that_measure():
    from zhenggai.importer.parse.fields import split_fields
    parts = split_fields("整改措施：全面排查管网，做到应接尽接。（责任单位：区水务局）")
    assert parts == [("measures", "整改措施", "全面排查管网，做到应接尽接。（责任单位：区水务局）")]


# --- the day a team fed back, written before whom it fed back to -----------------------------------
def _inspection(text: str):
    from zhenggai.importer.parse.inspection import inspection_facts
    return inspection_facts(text, None)


def test_a_day_before_whom_the_team_fed_back_to_is_the_feedback_day_and_that_body_was_inspected():
    out = _inspection("现对省委第三巡视组2021年6月2日向云溪县反馈的巡视意见整改情况进行公示。")
    assert out.feedback_date == "2021-06-02"
    assert out.inspected == "云溪县"


def test_feedback_mentioned_without_its_day_gives_no_feedback_day():
    out = _inspection("现对省委第三巡视组向云溪县反馈的巡视意见整改情况进行公示。")
    assert out.feedback_date is None


# --- problems in classes, tasks, measures ---------------------------------------------------------
def _figures(text: str) -> tuple:
    from zhenggai.importer.parse.headline import headline_figures
    h = headline_figures(text)
    return h.problems_total, h.measures_total


def test_tasks_listed_between_classes_of_problems_and_measures_are_the_problems():
    assert _figures("对照梳理出的5类问题、23项具体任务、96条整改措施逐项对账。") == (23, 96)
    assert _figures("围绕3个方面问题，细化16项整改任务和58条措施。") == (16, 58)


def test_tasks_and_measures_without_classes_of_problems_are_left_to_the_other_rules():
    from zhenggai.importer.parse.headline import RE_CLASSES_TASKS_MEASURES
    assert RE_CLASSES_TASKS_MEASURES.search("明确20项整改任务、68条整改措施。") is None


# --- parcels handed down as suspected problems ------------------------------------------------------
def test_parcels_handed_down_as_problem_patches_are_the_problems():
    assert _figures("省自然资源督察下发我县36宗(面积85亩)疑似违法用地问题图斑，已全部核实。")[0] == 36
    assert _figures("本轮督察交办问题图斑共12宗。")[0] == 12


def test_parcels_that_are_not_problem_patches_are_not_problems():
    assert _figures("全县共流转土地36宗，面积85亩。")[0] is None


# --- a stationing day whose year is in the span after it --------------------------------------------
def test_a_stationing_day_takes_the_year_of_the_span_after_it_in_the_same_month():
    out = _inspection("9月3日，县委各巡察组完成进驻，自2025年9月上旬至11月中旬开展常规巡察。")
    assert out.start == "2025-09-03"


def test_a_stationing_day_does_not_take_the_year_of_a_span_in_another_month():
    out = _inspection("9月3日，县委各巡察组完成进驻，将对2024年10月以来的工作开展巡察。")
    assert out.start is None


# --- a schedule of yearless windows, one per body ---------------------------------------------------
def test_a_schedule_of_windows_runs_from_the_first_start_to_the_last_end_in_the_documents_year():
    from zhenggai.importer.parse.inspection import inspection_facts
    out = inspection_facts("本轮巡察时间安排：甲村5月6日~5月10日，乙村5月11日~5月17日，丙社区5月18日~5月24日。", None,
                           report_date="2024-05-05")
    assert (out.start, out.end) == ("2024-05-06", "2024-05-24")


def test_a_schedule_without_a_document_date_or_office_hours_give_no_period_by_this_rule():
    from zhenggai.importer.parse.inspection import inspection_facts
    out = inspection_facts("本轮巡察时间安排：甲村5月6日~5月10日，乙村5月11日~5月17日。", None)
    assert (out.start, out.end) == (None, None)
    out = inspection_facts("接听电话的时间为9:00~17:00，受理时间为工作日。", None, report_date="2024-05-05")
    assert (out.start, out.end) == (None, None)


# --- a newspaper page's head line ---------------------------------------------------------------------
def test_a_newspaper_head_line_with_the_issue_day_and_page_gives_the_page_date():
    assert meta_date(["某州日报  2023年09月01日  第03版：综合", "某某标题"]) == "2023-09-01"
    assert meta_date(["某县报 2021年5月7日 第1版"]) == "2021-05-07"
    assert meta_date(["某州日报2023年09月01日第03版:综合"]) == "2023-09-01"


def test_a_sentence_naming_a_newspaper_and_a_day_is_not_a_head_line():
    assert meta_date(["据某州日报报道，2023年09月01日第03版刊发了整改情况，引起关注。"]) is None
