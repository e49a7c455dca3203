"""Session 17, helper lf17: headline figures, inspection dates and document fields on set L (blind24, snippets22).
Each rule with a constructed positive (a short text written here, in the genre) and a near miss it must leave alone."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import signature
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.inspection import inspection_facts


# --- a count of problems then tallied by kind after 其中 ------------------------------------------------------------
def test_a_count_tallied_by_kind_after_qizhong_is_the_total_when_the_parts_add_up():
    h = headline_figures("本期督察组转办的举报件涉及生态环境方面的问题120个,其中扬尘问题50个、噪声问题40个、其他问题30个。\n")
    assert h.problems_total == 120


def test_a_count_whose_parts_do_not_add_up_stays_a_breakdown():
    h = headline_figures("本期督察组转办的举报件涉及生态环境方面的问题120个,其中扬尘问题50个、噪声问题40个、其他问题20个。\n")
    assert h.problems_total is None


def test_three_kinds_side_by_side_with_no_total_are_still_no_total():
    h = headline_figures("检查发现扬尘问题50个,噪声问题40个,油烟问题30个。\n")
    assert h.problems_total is None


# --- a finer count of 具体问题 after a count of problems ----------------------------------------------------------
def test_the_finer_count_of_specific_problems_is_the_total():
    h = headline_figures("对照巡视反馈的四方面12项问题40项具体问题表现,细化形成98条整改任务。")
    assert (h.problems_total, h.measures_total) == (40, 98)


def test_a_count_of_problems_without_a_finer_specific_count_stays():
    h = headline_figures("对照巡视反馈的四方面12项问题,细化形成98条整改任务。")
    assert h.problems_total == 12


def test_a_smaller_specific_count_after_the_total_is_not_the_total():
    h = headline_figures("巡察反馈问题30个,5个具体问题已移交纪委。")
    assert h.problems_total == 30


# --- feedback opinions counted, the measures answering them -------------------------------------------------------
def test_feedback_opinions_counted_by_family_are_the_problems():
    h = headline_figures("县委明确由11位县领导分别对24条巡视反馈意见牵头组织实施。围绕各问题事项,对应提出96条整改措施。")
    assert (h.problems_total, h.measures_total) == (24, 96)


def test_suggestions_counted_with_the_opinions_are_no_problems():
    h = headline_figures("巡察组提出了8条巡察反馈意见建议,对应提出30条整改措施。")
    assert h.problems_total is None


def test_a_stated_count_of_problems_beats_the_opinions():
    h = headline_figures("对12条巡视反馈意见涉及的问题,梳理出具体问题35个,制定整改措施80条。")
    assert h.problems_total == 35


# --- a subject-less 截至目前,已全部完成整改 said once ---------------------------------------------------------------
def test_all_done_as_of_now_in_a_sentence_of_its_own_makes_every_problem_done():
    h = headline_figures("局党组对照巡察反馈意见,对应20个具体问题清单制定了50条整改措施。\n严格对照问题清单立行立改。截至目前,已全部完成整改。")
    assert (h.problems_total, h.problems_done) == (20, 20)


def test_all_done_said_where_some_work_is_still_open_gives_no_done_count():
    h = headline_figures("局党组对照巡察反馈意见,对应20个具体问题清单制定了50条整改措施。截至目前,已全部完成整改。对需长期坚持的事项持续推进。")
    assert (h.problems_total, h.problems_done) == (20, None)


def test_all_done_said_twice_as_the_status_of_items_gives_no_done_count():
    h = headline_figures("局党组对照巡察反馈意见,对应20个具体问题清单制定了50条整改措施。\n1.关于制度不健全的问题。截至目前,已全部完成整改。\n"
                         "2.关于学习不深入的问题。截至目前,已全部完成整改。")
    assert (h.problems_total, h.problems_done) == (20, None)


# --- a signature whose date lost 月 and 日 ----------------------------------------------------------------------
def test_a_signature_date_that_lost_its_month_and_day_marks_is_read():
    assert signature([(0, "特此公告。"), (1, "某县人民政府 2020年1115")])[1] == "2020-11-15"


def test_a_signature_date_whose_digits_split_two_ways_is_left_alone():
    assert signature([(0, "特此公告。"), (1, "某县人民政府 2020年111")])[1] is None


# --- a bare date line in a disclosure page's facts block -----------------------------------------------------------
_FACTS_PAGE = ("001122334455/2023-00042\n中共某县水利局党组关于县委巡察组反馈意见整改进展情况的通报\n某县水利局\n2023-11-20\n主动公开\n"
               "根据县委统一部署,2023年5月6日至6月30日,县委第二巡察组对县水利局党组进行了巡察。2023年8月1日,县委巡察组向县水利局"
               "党组反馈了巡察意见。现将巡察整改进展情况予以通报。\n")


def test_a_bare_date_line_among_a_disclosure_pages_facts_is_the_report_date():
    assert parse_text(_FACTS_PAGE).report_date == "2023-11-20"


def test_a_bare_date_line_under_a_sentence_is_not_the_report_date():
    text = ("中共某县水利局党组关于县委巡察组反馈意见整改进展情况的通报\n某县水利局党组高度重视,认真整改。\n另附清单。\n"
            "2023-11-20\n根据县委统一部署,2023年5月6日至6月30日,县委第二巡察组对县水利局党组进行了巡察。\n")
    assert parse_text(text).report_date != "2023-11-20"


# --- feedback of a joint round named with 暨 ---------------------------------------------------------------------
def test_feedback_of_a_joint_round_named_with_ji_is_the_feedback_date():
    out = inspection_facts("2024年3月5日上午,县委第一巡察组向县教育局党组反馈联动巡察暨“回头看”情况。局长主持会议。", None)
    assert out.feedback_date == "2024-03-05"


def test_a_meeting_on_the_rectification_of_a_joint_round_is_no_feedback():
    out = inspection_facts("2024年3月5日上午,县教育局党组召开联动巡察暨“回头看”整改工作会议。", None)
    assert out.feedback_date is None


# --- a team's dated visit on which its problems were found -------------------------------------------------------
def test_a_teams_dated_visit_on_which_problems_were_found_is_a_one_day_inspection():
    out = inspection_facts("5月12日,某村驻村工作队全面走访某村8个小组,了解基本情况。\n并在走访中发现以下问题:\n一、村道破损。\n",
                           None, None, "2019-06-01")
    assert (out.start, out.end) == ("2019-05-12", "2019-05-12")


def test_a_dated_visit_with_nothing_found_in_it_is_no_inspection():
    out = inspection_facts("5月12日,某村驻村工作队全面走访某村8个小组,了解基本情况,宣传惠民政策。\n", None, None, "2019-06-01")
    assert (out.start, out.end) == (None, None)


def test_a_bare_date_line_among_a_tables_cells_one_to_a_line_is_not_the_report_date():
    text = ("序号\n问题\n责任单位\n2023-11-20\n1.学习不深入。\n整改措施:加强学习。\n")
    assert parse_text(text).report_date != "2023-11-20"
