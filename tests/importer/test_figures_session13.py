"""Headline figures, dates and document fields in wordings that real pages use (issue 10, session 13).

The wordings were learnt from misses on tests/importer/real/snippets10, snippets9 and tune_sentences; each test states
the wording in a constructed sentence of the genre, not a copy of a labelled text, and most have a negative beside them."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import meta_date, speech_date
from zhenggai.importer.parse.inspection import inspection_facts
from zhenggai.importer.parse.headline import headline_figures

from tests.importer.helpers import headline_pair as _problems


# --- counts of problems ---------------------------------------------------------------------
def test_a_count_that_closes_a_list_headed_by_a_finding_verb_is_the_total():
    text = ("督查组针对此次检查发现的会议记录不完整、固定资产台账不清、个别公务接待超标准等9个问题，"
            "当场下发整改通知书，要求限期整改。")
    assert _problems(text) == (9, None)


def test_a_list_that_no_finding_verb_heads_gives_no_total():
    text = "会议要求各村对照资金管理不规范、村务公开不及时等6个问题开展自查自纠，逐项建立台账。"
    assert _problems(text) == (None, None)


def test_problems_taken_into_a_rectification_plan_are_the_total():
    text = "纳入整改清单的62项突出生态环境问题，目前已有一半以上得到解决。"
    assert _problems(text)[0] == 62


def test_problems_to_rectify_written_noun_first_are_the_total_and_their_done_count_follows():
    text = "全镇17个村涉及整改问题208项，目前已经完成整改问题196项，整改完成率94%。"
    assert _problems(text) == (208, 196)


def test_problems_rectified_written_noun_first_alone_are_still_a_done_count():
    assert _problems("今年以来，全县共整改问题312个，建立制度46项。") == (None, 312)


def test_problems_rectified_right_after_the_problems_found_are_their_done_count():
    text = "专项巡察开展以来，已对9个村开展巡察，发现问题58个，整改问题58个，移交问题线索3件。"
    assert _problems(text) == (58, 58)


def test_problems_rectified_in_another_sentence_are_not_the_done_count_of_the_total():
    text = "巡察组共发现问题58个。今年以来，各单位共整改问题40个，其余正在推进。"
    assert _problems(text) == (58, None)


# --- measures and rules ---------------------------------------------------------------------
def test_refined_measures_after_a_count_of_specific_problems_are_the_measures():
    text = "针对反馈的7项问题，梳理出24个具体问题，71项细化整改措施，逐项明确责任人和完成时限。"
    h = headline_figures(text)
    assert (h.problems_total, h.measures_total) == (7, 71)


def test_rules_listed_by_name_then_counted_are_the_rules_made():
    text = "建立周例会、周督办、问题销号、考核问责等4项整改工作制度，确保整改工作规范运行。"
    assert headline_figures(text).rules_made == 4


def test_a_listed_count_of_something_other_than_rules_is_not_the_rules_made():
    text = "建立问题清单、责任清单、任务清单等3项清单，压实整改责任。"
    assert headline_figures(text).rules_made is None


# --- the inspection's dates -----------------------------------------------------------------
def test_a_disclosure_breadcrumb_run_into_the_lead_does_not_hide_the_period():
    text = "政务公开>督察工作>督察动态\n2023年5月8日至6月8日，省环境保护督察组对某市第一轮督察整改情况开展“回头看”。"
    f = inspection_facts(text, None)
    assert (f.start, f.end) == ("2023-05-08", "2023-06-08")


def test_a_period_when_progress_was_made_public_is_still_not_the_inspection():
    text = "2022年4月15日至17日，各被巡视单位的巡视整改进展情况在网站分批公开。"
    assert inspection_facts(text, None).start is None


def test_a_period_without_a_year_takes_the_year_of_the_documents_own_date():
    text = "根据省委统一安排，4月8日至6月7日，省委第三巡视组对某县进行了常规巡视。"
    f = inspection_facts(text, None, None, "2019-06-10")
    assert (f.start, f.end) == ("2019-04-08", "2019-06-07")


def test_a_period_without_a_year_after_the_documents_date_is_in_the_year_before():
    text = "11月2日至12月28日，市委第二巡察组对某局党组开展了常规巡察。"
    f = inspection_facts(text, None, None, "2020-03-15")
    assert (f.start, f.end) == ("2019-11-02", "2019-12-28")


def test_a_period_without_a_year_in_an_undated_text_is_not_dated():
    text = "4月8日至6月7日，省委第三巡视组对某县进行了常规巡视。"
    assert inspection_facts(text, None).start is None


def test_a_notice_signed_with_a_year_dates_its_period_when_parsed_whole():
    text = ("关于省委第三巡视组巡视工作结束的公告\n"
            "根据省委统一安排，4月8日至6月7日，省委第三巡视组对某县进行了集中巡视。其间共受理信访举报86件。\n"
            "特此公告。\n"
            "省委第三巡视组\n"
            "2019年6月5日")
    r = parse_text(text)
    assert (r.report_date, r.inspection.start, r.inspection.end) == ("2019-06-05", "2019-04-08", "2019-06-07")


def test_the_day_an_inspection_ended_given_alone_is_its_end():
    text = "该批次督察进驻已于2024年5月30日结束，累计转办群众举报2168件。"
    f = inspection_facts(text, None)
    assert (f.start, f.end) == (None, "2024-05-30")


def test_the_day_a_rectification_ended_is_not_an_inspections_end():
    text = "集中整改工作已于2024年5月30日结束，进入常态化整改阶段。"
    assert inspection_facts(text, None).end is None


def test_a_period_labelled_as_the_inspections_in_the_closing_lines_gives_its_end():
    intro = "按照区委统一部署，2021年3月1日，区委第二巡察组进驻区文旅局党组，开展为期两个月的巡察。"
    closing = "巡察组在巡察期间（2021年3月1日至2021年4月30日），设有举报电话和举报信箱，受理信访举报。"
    f = inspection_facts(intro, None, None, None, closing)
    assert (f.start, f.end) == ("2021-03-01", "2021-04-30")


def test_an_unlabelled_period_in_the_closing_lines_is_not_the_inspections():
    intro = "按照区委统一部署，2021年3月1日，区委第二巡察组进驻区文旅局党组，开展巡察。"
    closing = "举报受理时间：2021年3月1日至2021年4月30日，每天8:00-18:00。"
    f = inspection_facts(intro, None, None, None, closing)
    assert (f.start, f.end) == ("2021-03-01", None)


# --- the document's own date ----------------------------------------------------------------
def test_a_page_date_after_a_released_on_label_is_the_report_date():
    assert meta_date(["走进乡村的巡察组释出于:综合2020-06-09标签:某县纪委监委"]) == "2020-06-09"


def test_a_page_date_under_an_english_label_with_the_text_run_on_is_the_report_date():
    assert meta_date(["date 2024-03-05据本报记者报道，某省委巡视组近日完成进驻。"]) == "2024-03-05"


def test_a_title_line_ending_in_a_dashed_date_gives_the_report_date():
    assert meta_date(["某镇2019年工作总结和2020年工作安排2020-01-15", "2019年，全镇上下……"]) == "2020-01-15"


def test_a_line_saying_when_something_was_done_is_not_a_page_date():
    assert meta_date(["整改工作完成于2020-01-15", "某镇召开整改推进会"]) is None


def test_a_newspaper_archive_record_line_gives_the_page_date():
    lines = ["某县召开巡察整改推进会", "本报讯……", "2018-03-02某县召开巡察整改推进会2 3某某日报c2031.html 1"]
    assert meta_date(lines) == "2018-03-02"


def test_the_paper_a_piece_was_printed_in_gives_its_date():
    assert meta_date(["本报讯……", "《某某日报》（2021年5月8日 第3版）"]) == "2021-05-08"


def test_a_dateline_whose_bracket_and_first_year_digit_were_mangled_is_still_read():
    assert speech_date(["某督导检查组反馈意见", "?。?018年3月2日)"]) == "2018-03-02"


def test_a_question_mark_before_a_full_year_is_not_a_mangled_dateline():
    assert speech_date(["某督导检查组反馈意见", "?2018年3月2日)"]) is None


# --- counts in Chinese numerals -------------------------------------------------------------
def test_a_count_of_problems_in_chinese_numerals_after_a_feedback_verb_is_read():
    assert _problems("巡察组向我局反馈了三个方面十二个问题，目前已整改10个。") == (12, 10)
    assert _problems("巡视组指出的五个具体问题已全部整改到位。") == (5, 5)


def test_chinese_numerals_in_slogans_and_lone_ones_are_not_counts():
    assert _problems("采取“三项措施”扎实做好巡察整改“后半篇文章”。") == (None, None)
    assert _problems("坚持发现一个问题、解决一个问题，一个问题一个问题地抓落实。") == (None, None)
    assert _problems("会议强调，要着力解决群众反映强烈的三个问题。") == (None, None)


# --- an inspection opened by a mobilisation meeting -----------------------------------------
def test_a_mobilisation_meeting_of_an_inspection_gives_its_start_and_a_stated_last_day_its_end():
    text = ("10月9日上午，区委第一巡察组巡察区农业农村局党组工作动员会在该局会议室召开。区委第一巡察组组长出席会议并讲话。"
            "本轮巡察将持续到12月8日结束。")
    f = inspection_facts(text, None, None, "2021-12-20")
    assert (f.start, f.end) == ("2021-10-09", "2021-12-08")


def test_a_mobilisation_meeting_on_the_rectification_is_not_the_inspections_start():
    text = "10月9日上午，区委第一巡察组反馈意见整改工作动员会在区农业农村局召开。"
    assert inspection_facts(text, None, None, "2021-12-20").start is None


def test_a_mobilisation_meeting_in_a_text_with_no_year_at_all_is_not_dated():
    text = "10月9日上午，区委第一巡察组巡察区农业农村局党组工作动员会在该局会议室召开。"
    assert inspection_facts(text, None).start is None


def test_a_mobilisation_meeting_dated_in_full_or_after_its_name_gives_the_start():
    text = "2022年3月15日，区委第二巡察组巡察区卫健局党组工作动员会召开。巡察将持续至5月15日结束。"
    f = inspection_facts(text, None)
    assert (f.start, f.end) == ("2022-03-15", "2022-05-15")
    text = "区委第二巡察组巡察区卫健局党组工作动员会于3月15日召开。"
    assert inspection_facts(text, None, None, "2024-12-01").start == "2024-03-15"


def test_the_day_a_team_ended_its_inspection_is_the_end_and_not_the_feedback_day():
    f = inspection_facts("省委第二巡视组于2023年6月28日结束对某市的巡视。", None)
    assert (f.start, f.end) == (None, "2023-06-28")
    f = inspection_facts("巡察工作于2022年11月30日顺利结束，巡察组将在规定时间内反馈意见。", None)
    assert (f.end, f.feedback_date) == ("2022-11-30", None)


def test_a_paper_line_with_its_page_number_alone_gives_the_date():
    assert meta_date(["《某某日报》（2022年03月08日 04 版）"]) == "2022-03-08"


def test_a_count_in_chinese_numerals_written_noun_first_and_its_done_count_are_read():
    assert _problems("市委巡察组共反馈问题三十八个，已整改三十个。") == (38, 30)


def test_a_done_count_in_chinese_numerals_outside_the_sentence_of_a_count_is_not_read():
    text = "反馈了三个方面十二个问题，其中已整改十个。采取“三项措施”，已完成两个。"
    assert _problems(text) == (12, 10)
    assert _problems("采取“三项措施”扎实推进，目前已完成两个。") == (None, None)


def test_common_page_date_lines_give_the_report_date():
    assert meta_date(["2023/05/04 10:20"]) == "2023-05-04"
    assert meta_date(["【字体：大 中 小】 2023-05-04 来源：某局"]) == "2023-05-04"
    assert meta_date(["2023年5月4日 星期四"]) == "2023-05-04"


def test_a_date_inside_a_sentence_or_a_schedule_is_not_a_page_date():
    assert meta_date(["2023年5月4日，市委巡察组向某局反馈了巡察意见。"]) is None
    assert meta_date(["5月4日 星期四 上午9:00 召开巡察整改推进会"]) is None


def test_measures_said_to_be_all_done_right_after_their_count_are_all_done():
    h = headline_figures("对巡察反馈的13个问题，逐条制定整改措施41条，已全部完成。")
    assert (h.measures_total, h.measures_done) == (41, 41)
    h = headline_figures("制定整改措施41条，确保已全部完成的问题不反弹。")
    assert (h.measures_total, h.measures_done) == (41, None)


def test_rectification_measures_in_chinese_numerals_are_read_and_slogans_are_not():
    assert headline_figures("党组认真研究，制定了二十六条整改措施。").measures_total == 26
    assert headline_figures("采取三项措施推进整改，同时建立三项机制。").measures_total is None


def test_a_done_count_with_a_full_rate_is_also_the_total_only_in_its_own_sentence():
    assert _problems("全面完成整改问题23个，整改完成率100%。") == (23, 23)
    assert _problems("已完成整改问题23个。全年各项工作任务完成率100%。") == (None, 23)


def test_the_days_a_notice_is_up_named_before_them_are_not_the_inspections_period():
    text = ("经市督察整改办组织验收，以下4项整改任务已达到销号条件，现予以公示，公示期为2024年6月21日至6月27日。")
    f = inspection_facts(text, None)
    assert (f.start, f.end) == (None, None)
