"""Session 17, helper kfg: headline figures, inspection dates and document fields, as set K (snippets21, blind23) showed
the genre (巡察/督察 notices, safety checks' news, 督查通知单).

Every text here is constructed (no sentence is copied from a labelled document); each rule has a positive and a
near-miss negative test."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.inspection import inspection_facts

from tests.importer.helpers import settled_pair as _figures, check_dates as _dates


# --- hazards counted by grade -----------------------------------------------------------------------------------

def test_hazards_found_counted_by_grade_add_up_to_the_total():
    assert _figures("三天里，检查组在12家企业共查出重大安全隐患4项、一般安全隐患58项。") == (62, None)
    assert _figures("督查中发现一般隐患20处和较大隐患2处。") == (22, None)


def test_a_graded_count_followed_by_a_count_of_something_else_is_not_summed():
    assert _figures("督查中发现重大隐患2处、下达整改通知书9份。") == (2, None)


# --- problems closing a list that a finding verb heads -----------------------------------------------------------

def test_problems_of_every_kind_closing_a_found_list_are_the_total_and_all_fixed_is_done():
    assert _figures("联合检查组发现部分网点存在软管老化、阀门锈蚀等各类问题9个,已全部整改到位。") == (9, 9)


def test_problems_of_every_kind_with_no_finding_verb_are_not_the_total():
    assert _figures("会议部署整治占道经营、乱堆乱放等各类问题9个。") == (None, None)


# --- hazards said rectified with no count of hazards found --------------------------------------------------------

def test_hazards_rectified_with_no_count_found_give_the_done_count_alone():
    assert _figures("目前，本轮检查已检查锅炉12台，整改隐患4处，对2家单位予以处罚。") == (None, 4)


def test_hazards_ordered_or_planned_to_be_fixed_are_not_done():
    assert _figures("检查中，执法人员责令整改隐患4处。") == (None, None)
    assert _figures("检查组要求限期整改隐患4处。") == (None, None)
    assert _figures("今年以来，全县累计整改隐患400处。") == (None, None)


# --- counts that are not what a check found -----------------------------------------------------------------------

def test_problems_a_check_rechecked_are_not_its_findings():
    assert _figures("检查组实地查看了30处供水工程，复核了5个群众反映问题的办理情况。") == (None, None)


def test_problems_a_check_found_are_still_its_findings():
    assert _figures("检查组实地查看了30处供水工程，发现问题5个。") == (5, None)


def test_problems_in_a_sentence_opening_with_she_ji_after_petitions_are_what_petitions_are_about():
    text = "6月2日，督察组向我县转办第二批群众信访件，共4件。其中：甲镇3件，乙镇1件。涉及环境问题4个，其中噪声污染2个。"
    assert _figures(text) == (None, None)


def test_problems_in_a_sentence_opening_with_she_ji_after_a_check_stay_problems():
    text = "检查组对我县4家企业开展了专项检查。涉及问题4个，已全部整改到位。"
    assert _figures(text) == (4, 4)


def test_problems_said_exposed_in_a_news_title_are_the_check_s_findings():
    assert _figures("文明创建丨15个问题清单曝光，要求限期整改") == (15, None)


def test_a_count_of_lists_is_not_a_count_of_problems():
    assert _figures("区里印发3个问题清单，要求限期整改。") == (None, None)


# --- dates ----------------------------------------------------------------------------------------------------------

def test_a_year_followed_by_a_month_that_lost_its_yue_is_read_as_month_and_day():
    text = "根据县委统一部署，县委第三巡察组从2025年1117日至2026年1月16日，对某镇党委开展常规巡察。"
    assert _dates(text) == ("2025-11-17", "2026-01-16")


def test_digits_after_a_year_that_split_two_ways_are_left_alone():
    text = "根据县委统一部署，县委第三巡察组从2025年111日至2026年1月16日，对某镇党委开展常规巡察。"
    assert _dates(text)[0] is None


def test_a_news_app_byline_joined_by_middle_dots_gives_the_report_date():
    r = parse_text("某某日报·新闻客户端·2022-07-19 08:30·某某频道\n7月18日，省督察组向我市移交第三批群众信访件，共5件。")
    assert r.report_date == "2022-07-19"


def test_a_sentence_with_middle_dots_and_a_date_is_no_byline():
    r = parse_text("某某日报·新闻客户端·2022-07-19 省督察组向我市移交第三批群众信访件，共5件。\n正文结束。")
    assert r.report_date != "2022-07-19"


def test_a_supervision_office_s_signature_before_its_attachment_beats_the_page_date():
    text = ("某县人民政府   2021-06-11 10:00:00   来源：县政府督查室\n某县人民政府督查通知单\n"
            "各乡镇、县直各部门：\n  6月8日上午，县政府领导带领有关部门对县城市容秩序进行检查，共梳理出问题5条，请各部门立即整改。\n"
            "  附件：存在问题\n                某县人民政府督查室\n                2021年6月9日\n"
            "  附件：\n  存在问题：\n  1.南门路口垃圾堆放。（责任单位：城关镇）\n  2.东街路面破损。（责任单位：住建局）\n")
    r = parse_text(text)
    assert r.report_date == "2021-06-09"
    assert (r.inspection.start, r.inspection.end) == ("2021-06-08", "2021-06-08")


def test_a_day_s_early_morning_check_with_a_request_after_it_is_that_day():
    text = "5月6日清晨，区领导带领相关部门对城区环境卫生工作进行检查，共梳理出8条问题，请各部门立即整改，整改情况报区督查室。"
    assert _dates(text, "2020-05-07") == ("2020-05-06", "2020-05-06")


def test_a_day_s_early_morning_meeting_is_no_check():
    text = "5月6日清晨，区领导召开会议听取城区环境卫生整改情况汇报，请各部门立即整改。"
    assert _dates(text, "2020-05-07") == (None, None)


def test_a_check_day_field_glued_to_a_page_s_posting_time_is_the_page_s():
    text = "县局开展冬季消防安全专项检查时间:2019-12-02 10:15作者:某某来源:县局近期，县局对全县加油站进行了检查。"
    assert _dates(text, "2019-12-02") == (None, None)


def test_a_check_day_field_alone_is_still_the_day():
    assert _dates("检查时间:2019年12月2日\n检查组对县加油站进行了检查。", "2019-12-05") == ("2019-12-02", "2019-12-02")


def test_a_covering_notice_s_date_alone_on_its_line_is_not_the_feedback_day():
    text = ("现将修订后的整改方案印发给你们，请认真贯彻执行。\n某区管委会办公室\n2020年3月2日\n"
            "某区贯彻落实市环境保护督察组督察反馈意见整改方案\n根据督察组《反馈意见》，结合我区实际，制定本方案。")
    assert inspection_facts(text, None, None, "2020-03-02").feedback_date is None


def test_a_feedback_day_in_its_sentence_is_still_read():
    text = "2020年1月10日，市环境保护督察组向我区反馈了督察意见。"
    assert inspection_facts(text, None, None, "2020-03-02").feedback_date == "2020-01-10"


def test_the_days_of_a_supervision_of_another_body_s_campaign_are_no_inspection_period():
    text = "2022年8月15日-16日，市应急局牵头组成第二督导组，对某县危化品安全专项整治工作开展督导检查。"
    assert _dates(text, "2022-08-20") == (None, None)


def test_the_days_of_a_check_of_bodies_are_still_its_period():
    text = "2022年8月15日-16日，市应急局牵头组成第二检查组，对某县危化品企业开展安全检查。"
    assert _dates(text, "2022-08-20") == ("2022-08-15", "2022-08-16")


def test_digits_opening_the_lead_that_spell_the_title_s_day_are_that_day():
    text = "1023，区创卫办值班人员对背街小巷环境卫生进行了巡查，发现存在以下问题。"
    found = inspection_facts(text, None, "10月23日背街小巷环境卫生情况的通报", "2016-10-23")
    assert (found.start, found.end) == ("2016-10-23", "2016-10-23")


def test_digits_opening_the_lead_that_do_not_spell_the_title_s_day_are_left_alone():
    text = "1024，区创卫办值班人员对背街小巷环境卫生进行了巡查，发现存在以下问题。"
    found = inspection_facts(text, None, "10月23日背街小巷环境卫生情况的通报", "2016-10-23")
    assert found.start is None


# --- the ones found, named again and said all rectified ------------------------------------------------------------

def test_hazards_found_then_named_again_as_all_rectified_after_other_clauses_are_all_done():
    assert _figures("本次共检查站点30家，查出隐患12处，下发整改通知书6份，发现的隐患已整改完毕。") == (12, 12)
    assert _figures("检查组现场发现各类隐患问题9处，下达整改指令书3份，所有隐患均已整改到位。") == (9, 9)


def test_hazards_found_then_a_goal_or_a_count_rectified_is_not_all_done():
    assert _figures("检查组查出隐患12处，要求确保发现的隐患全部整改到位。") == (12, None)
    assert _figures("检查组查出隐患12处，发现的隐患已整改8处。") == (12, None)


def test_a_byline_with_its_time_after_a_blank_gives_the_report_date():
    r = parse_text("某某晚报·某某号·政务 2022-07-19 08:30\n7月18日，省督察组向我市移交第三批群众信访件，共5件。")
    assert r.report_date == "2022-07-19"


def test_the_days_of_a_supervision_of_inspection_rectification_work_are_no_inspection_period():
    text = "2023年6月5日至7日，市委督查组对我县巡察整改工作开展督查。"
    assert _dates(text, "2023-06-20") == (None, None)


def test_the_days_of_an_inspection_whose_rectification_is_supervised_later_are_its_period():
    text = "2023年3月1日至4月30日，县委第一巡察组对某局党组开展了常规巡察。7月，县纪委对该局巡察整改工作进行督查。"
    assert _dates(text, "2023-08-01") == ("2023-03-01", "2023-04-30")


def test_hazards_pushed_to_be_fixed_on_the_spot_with_no_count_found_are_done():
    assert _figures("此次检查共检查门店20家，当场督促整改隐患6处。") == (None, 6)


def test_a_graded_count_after_a_comma_adds_up_but_a_part_after_qizhong_does_not():
    assert _figures("检查组共排查出重大隐患3处，一般隐患45处。") == (48, None)
    assert _figures("检查组共排查出隐患48处，其中重大隐患3处。") == (48, None)


# --- fixed on the spot, after problems found ----------------------------------------------------------------------

def test_problems_found_then_fixed_on_the_spot_give_the_done_count():
    assert _figures("检查组共检查点位10个，查出问题15个，现场整改9个，限期整改6个。") == (15, 9)
    assert _figures("本次检查发现各类安全隐患问题21条，当场整改13条，下达整改通知书8份。") == (21, 13)


def test_problems_found_then_an_order_to_fix_them_give_no_done_count():
    assert _figures("检查组共检查点位10个，查出问题15个，限期整改6个。") == (15, None)


def test_hazards_named_as_found_then_all_fixed_on_the_spot_are_all_done():
    assert _figures("检查中发现的5处隐患，均已当场整改。") == (5, 5)


def test_hazards_named_as_found_then_ordered_to_be_fixed_are_not_done():
    assert _figures("检查中发现的5处隐患，要求立即整改。") == (5, None)


def test_all_pushed_to_be_fixed_said_done_after_a_part_is_all_done():
    assert _figures("共发现问题隐患17处，其中较大隐患1处，已全部督促整改到位。") == (17, 17)


def test_all_to_be_pushed_to_be_fixed_as_a_demand_is_not_done():
    assert _figures("共发现问题隐患17处，要求全部督促整改到位。") == (17, None)


# --- findings listed with semicolons ------------------------------------------------------------------------------

def test_findings_listed_with_semicolons_under_one_finding_verb_give_the_total():
    assert _figures("检查组发现安全出口上锁;疏散指示损坏;电线私拉乱接等各类消防问题11处,已整改9处。") == (11, 9)


def test_a_list_with_semicolons_under_no_finding_verb_gives_no_total():
    assert _figures("会议通报了检查情况;要求各单位抓好安全出口上锁、电线私拉乱接等问题11处的整改。") == (None, None)


def test_a_part_said_done_with_how_it_was_done_is_the_done_count():
    assert _figures("巡查组发现各类问题26处，其中19处已督促责任单位完成整改。") == (26, 19)


def test_a_part_with_a_demand_to_finish_is_not_done():
    assert _figures("巡查组发现各类问题26处，其中19处已要求限期完成整改。") == (26, None)
