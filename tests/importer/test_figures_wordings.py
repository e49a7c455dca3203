"""Headline figures, dates and document fields read from wordings of real pages (issue 10, kinds 5-7).

The wordings were learnt from the lead paragraphs in tests/importer/real/tune_sentences; each test states the
wording with a constructed sentence, not a copy of a labelled text."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import kind_of, meta_date, title_like
from zhenggai.importer.parse.inspection import inspection_facts
from zhenggai.importer.parse.headline import headline_figures

from tests.importer.helpers import headline_pair as _problems


def _measures(text: str) -> tuple:
    h = headline_figures(text)
    return h.measures_total, h.measures_done


# --- counts of problems ---------------------------------------------------------------------
def test_problems_counted_in_jian_are_problems_when_the_noun_is_wenti():
    text = "督察期间，省督察组先后向我县交办12批次143件生态环境信访问题。截至目前，我县已完成问题整改120件，正在整改23件。"
    assert _problems(text) == (143, 120)


def test_petitions_and_leads_counted_in_jian_are_not_problems():
    assert _problems("督察组共向我市交办信访件1250件，已办结1180件，办结率94.4%。") == (None, None)
    assert _problems("巡察组移交问题线索12件，已办结8件。") == (None, None)
    assert _problems("截至目前，共受理群众举报投诉36件，已办结或阶段办结30件。") == (None, None)


def test_a_finding_verb_heading_a_list_of_what_was_found_governs_the_count_after_it():
    text = ("两轮巡察共发现理论学习不深入、基层党组织建设薄弱、落实中央八项规定精神不到位等方面问题86条，"
            "已整改71条，移交问题线索6件。")
    assert _problems(text) == (86, 71)
    text = "巡察组共发现学习制度执行不严、“三会一课”流于形式、财务报销不规范等问题27个，其中22个已整改。"
    assert _problems(text) == (27, 22)


def test_a_count_after_a_list_that_no_finding_verb_heads_is_not_the_total():
    assert _problems("会议强调，要聚焦理论学习不深入、基层党组织建设薄弱等方面问题12条抓好整改。") == (None, None)


# --- counts of measures -------------------------------------------------------------------
def test_rules_and_measures_counted_together_are_neither():
    h = headline_figures("全年被审计单位建立健全规章制度和制定整改措施326项，提出审计建议410条。")
    assert (h.measures_total, h.rules_made) == (None, None)


def test_items_of_the_rectification_done_after_a_count_of_measures_are_measures_done():
    text = "针对查摆出的问题，共制定整改措施42项。截至目前，已完成了17项整改工作，其余正在推进。"
    assert _measures(text) == (42, 17)


def test_items_of_work_done_with_no_count_of_measures_are_not_measures_done():
    assert _measures("截至目前，已完成了17项整改工作。") == (None, None)


# --- the page's date --------------------------------------------------------------------
def test_a_timestamp_with_a_source_label_after_it_dates_the_page():
    assert meta_date(["某县纪委监委网", "2021-05-17 09:30:12 | 来源: 县纪委监委"]) == "2021-05-17"


def test_a_timestamp_between_the_site_name_and_the_source_dates_the_page():
    assert meta_date(["某某区人民政府   2020-08-03 16:20:00   来源: 区政府办公室"]) == "2020-08-03"


def test_a_timestamp_in_a_sentence_is_not_the_page_date():
    assert meta_date(["截至2021-05-17 09:30，共收到来源于各地的举报线索32件。"]) is None
    assert meta_date(["会议于2021-05-17 09:30召开。"]) is None


# --- the kind of document ---------------------------------------------------------------------
def test_a_plan_naming_itself_in_its_preamble_is_a_plan():
    text = "为切实抓好省委巡视组反馈意见的整改落实，结合我局实际，特制定本整改方案。\n一、总体要求"
    assert kind_of(None, text) == "plan"
    assert parse_text("关于落实市委巡察反馈意见的说明\n为抓好整改，现制定整改方案如下。\n一、总体要求\n（一）指导思想").kind == "bulletin"


def test_a_plan_title_with_a_version_note_after_it_is_a_title_and_a_plan():
    title = "某某市贯彻落实省生态环境保护督察反馈意见整改方案（公开版）"
    assert title_like(title)
    assert kind_of(title, "") == "plan"
    assert title_like("某某县审计局关于2022年度审计查出问题整改情况的报告（摘要）")


def test_a_bulletin_quoting_the_plan_it_followed_stays_a_bulletin():
    text = "局党组按照制定的整改方案，逐项推进整改。截至目前，反馈的12个问题已全部整改到位。"
    assert kind_of(None, text) == "bulletin"


# --- the feedback date ----------------------------------------------------------------------------
def test_feedback_given_over_two_days_with_the_first_day_lacking_ri_dates_the_feedback_on_the_first_day():
    f = inspection_facts("县委第三轮巡察派出的4个巡察组于2021年3月8至9日分别向被巡察单位党组织进行巡察意见反馈。", None)
    assert (f.start, f.end, f.feedback_date) == (None, None, "2021-03-08")


def test_a_period_of_inspecting_followed_by_its_feedback_day_stays_the_period():
    text = "2021年3月8日至4月9日，县委第一巡察组对县水利局党组进行了巡察，并于5月20日进行巡察情况反馈。"
    f = inspection_facts(text, None)
    assert (f.start, f.end, f.feedback_date) == ("2021-03-08", "2021-04-09", "2021-05-20")


# --- totals written noun first, remainders, and done counts of tasks ------------------------------
def test_a_remainder_is_not_the_total():
    assert _problems("巡察组反馈问题46个，已完成整改44个，剩余2个问题正按时序推进。") == (46, 44)
    assert _problems("截至目前，反馈问题已完成整改28个，其余3个问题正在推进。") == (None, 28)


def test_a_total_written_noun_first_is_all_done_when_its_sentence_says_so():
    assert _problems("巡察反馈的问题共22个，已全部整改完成。") == (22, 22)
    assert _problems("巡察反馈的问题共22个，要确保全部整改到位。") == (22, None)  # a goal, not a fact


def test_a_done_count_right_after_a_count_of_tasks_is_the_tasks_done_not_the_problems_done():
    h = headline_figures("对照反馈意见，共确定整改任务46项，已完成43项。")
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done) == (None, None, 46, 43)
    h = headline_figures("梳理出问题清单18项，制定整改措施56条，目前已完成整改问题16项。")
    assert (h.problems_total, h.problems_done, h.measures_total) == (18, 16, 56)


def test_a_period_run_into_the_team_name_is_not_part_of_the_name():
    f = inspection_facts("根据市委统一部署，2024年4月8日至6月7日市委第四巡察组对市统计局党组进行了巡察。", None)
    assert (f.inspector, f.start, f.end) == ("市委第四巡察组", "2024-04-08", "2024-06-07")


def test_a_total_written_noun_first_with_its_aspects_between_is_the_count_after_the_aspects():
    assert _problems("反馈问题共4个方面17个，已完成整改15个，2个正在推进中。") == (17, 15)


def test_a_done_count_after_a_short_adverb_belongs_to_the_total_before_it():
    assert _problems("巡察反馈问题32个，目前整改完成30个。") == (32, 30)
    assert _problems("反馈问题24个，整改完成率100%。") == (24, None)  # a rate, not a count


def test_rules_made_and_rules_revised_counted_apart_are_not_added_up_the_first_count_is_read():
    # (res22: R69, no sum of counts by kind; blindwritten21 w21_05 and w21_09 label the first, 制定, count)
    assert headline_figures("巩固整改成果，新建制度3项，修订完善制度5项。").rules_made == 3
    assert headline_figures("共建立管理制度12项、修订制度7项。").rules_made == 12
    assert headline_figures("出台制度4个，完善制度9个。").rules_made == 4
    assert headline_figures("新制定和修订制度14项。").rules_made == 14


def test_rules_named_then_counted_are_the_rules_made():
    assert headline_figures("出台《公务接待管理办法》《财务报销制度》等制度文件9个。").rules_made == 9
    assert headline_figures("建立健全各类制度20余项。").rules_made is None  # an approximation


# --- periods with the year in context ------------------------------------------------------------
def test_a_team_moving_in_on_a_day_without_a_year_takes_the_year_the_text_gave_before():
    text = "根据市委2023年巡察工作计划，市委第三巡察组于9月5日进驻市医保局开展巡察，11月4日结束。12月8日，巡察组反馈了巡察意见。"
    f = inspection_facts(text, None)
    assert (f.start, f.end, f.feedback_date) == ("2023-09-05", "2023-11-04", "2023-12-08")


def test_a_team_moving_in_on_a_day_with_no_year_anywhere_before_gives_no_start():
    f = inspection_facts("9月5日，市委第三巡察组进驻市医保局开展巡察。受理信访时间截止到2023年10月30日。", None)
    assert f.start is None


def test_a_start_with_qi_and_an_end_with_jieshu_in_one_sentence_are_the_period():
    f = inspection_facts("县委第一巡察组于2022年3月14日起对县卫健局党组开展巡察，5月13日巡察结束。", None)
    assert (f.start, f.end) == ("2022-03-14", "2022-05-13")


def test_a_done_count_in_another_unit_than_the_measures_before_it_is_the_problems_done():
    assert _problems("针对反馈的4个问题制定整改措施12条，截至目前已完成整改3个。") == (4, 3)


# --- the page's date, more forms --------------------------------------------------------------
def test_a_source_name_then_a_chinese_date_and_time_dates_the_page():
    assert meta_date(["人民网 2023年09月12日10:21"]) == "2023-09-12"
    assert meta_date(["发布者：县纪委  2023-09-12"]) == "2023-09-12"


def test_a_line_saying_until_a_date_is_not_the_page_date():
    assert meta_date(["截至2023年9月12日"]) is None
    assert meta_date(["工作开展至2023年9月12日"]) is None


def test_a_done_count_said_as_rectified_and_signed_off_is_the_done_figure():
    assert _problems("巡察反馈的18个问题，已整改销号16个，2个正在整改。") == (18, 16)
    assert _problems("巡察反馈的18个问题，已完成整改并销号16个。") == (18, 16)


def test_a_done_count_after_measures_in_the_problems_unit_is_the_problems_done_not_the_measures_done():
    h = headline_figures("针对18项问题，制定了52条措施，已完成整改16项。")
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done) == (18, 16, 52, None)


def test_a_report_on_how_a_plan_was_carried_out_is_a_bulletin():
    assert kind_of("关于落实巡察反馈意见整改方案落实情况的报告", "") == "bulletin"
    assert kind_of("中央环保督察反馈意见整改方案实施情况公示", "") == "bulletin"
    assert kind_of("中共某县委关于落实省委巡视反馈意见的整改方案", "") == "plan"
    assert kind_of("巡察反馈问题整改任务分解表", "") == "plan"


# --- the page's date bounds what it reports; periods need an act -----------------------------------
def test_days_without_a_year_come_before_the_page_date_that_gives_the_only_year():
    text = "某省教育督导检查反馈意见\n2019-01-15 来源:省教育厅\n11月20日至24日，省教育督导检查组对某县进行了督导检查。"
    f = inspection_facts(text, None)
    assert (f.start, f.end, f.feedback_date) == ("2018-11-20", "2018-11-24", None)


def test_the_page_date_is_not_the_feedback_date_of_a_title_saying_feedback():
    f = inspection_facts("关于某县督导检查的反馈意见\n2019-01-15 来源:省教育厅\n督导检查组于2018年11月20日进驻某县。", None)
    assert f.feedback_date is None


def test_a_period_whose_sentence_only_names_an_inspection_is_not_the_inspection_period():
    text = "2025年12月16日至12月30日，向学校党委汇报校内巡察“回头看”评估结果。"
    assert inspection_facts(text, None).start is None
    text = "10月9日至11月15日，对市委第五巡察组反馈的41条意见进行评估检查。"
    assert inspection_facts("2025年工作安排。" + text, None).start is None  # a check of the rectification


def test_a_feedback_word_in_the_title_does_not_hide_the_bodys_feedback_day():
    text = ("关于某县督导检查的反馈意见\n2019-01-15 来源:省教育厅\n"
            "2018年10月8日至11月9日，县委第一巡察组对县卫健局党组进行了巡察，2018年12月5日反馈了巡察意见。")
    f = inspection_facts(text, None)
    assert (f.start, f.end, f.feedback_date) == ("2018-10-08", "2018-11-09", "2018-12-05")
