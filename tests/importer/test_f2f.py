"""Helper f2f (session 15, round 2): document dates and headline figures.

Rules: a check made in one visit on one dated day has that day as start and end; a feedback word that names the problems
fed back (…反馈意见整改方案) is not where the feedback date is chosen; tasks refined from problems counted just before them
stay the measures; a problem count whose own noun names petitions is not a problem count; a done count larger than the
total is not that total's done count.
"""
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.inspection import inspection_facts


def dates(text, report_date=None):
    i = inspection_facts(text, None, None, report_date)
    return i.start, i.end, i.feedback_date


# --- one-day visits -------------------------------------------------------------------------------------------------

def test_a_dated_one_morning_check_visit_is_start_and_end():
    text = "2019年4月9日上午，县教育局督导室主任王某一行莅临东湖小学检查指导工作。王主任对学校工作给予肯定。"
    assert dates(text)[:2] == ("2019-04-09", "2019-04-09")


def test_a_yearless_visit_day_takes_the_page_date_year():
    text = "发布日期：2021-09-03 10:20:11 来源：某某网\n9月1日，市场监管局牵头组成督查组，第一站对城西区开展督查检查。"
    assert dates(text)[:2] == ("2021-09-01", "2021-09-01")


def test_a_visit_sentence_after_another_sentence_counts():
    text = "发布日期：2021-09-03 来源：某某网\n专项整治进入督查阶段以来，联合督查已进行到第二轮。9月1日，市场监管局牵头组成督查组，第一站对城西区开展督查检查。"
    assert dates(text)[:2] == ("2021-09-01", "2021-09-01")


def test_a_visit_after_a_purpose_clause_counts():
    text = "为推进学前教育普及普惠工作，促进幼儿园规范发展，3月14日下午，李督学莅临我园进行专项督导检查。"
    assert dates(text, "2022-03-20")[:2] == ("2022-03-14", "2022-03-14")


def test_the_day_a_check_found_the_problems_a_report_rectifies():
    text = "县整治办：\n针对 5 月 6 日市整治办督查出的问题，镇党委高度重视，立即组织整改。"
    assert dates(text, "2021-05-12")[:2] == ("2021-05-06", "2021-05-06")


def test_a_meeting_on_a_dated_day_is_not_a_one_day_check():
    text = "2019年4月9日上午，县教育局召开会议，对全县学校开展督导检查工作进行部署。"
    assert dates(text)[:2] == (None, None)


def test_a_recheck_of_rectification_on_a_dated_day_gives_no_date():
    text = "2019年4月9日，县督查组对东湖小学整改落实情况进行复查。"
    assert dates(text)[:2] == (None, None)


def test_a_day_checking_many_bodies_is_not_a_one_day_check():
    text = "2019年4月9日，督查组对各乡镇开展督查。"
    assert dates(text)[:2] == (None, None)


def test_a_day_without_any_year_to_take_gives_no_date():
    text = "4月9日上午，县教育局一行莅临东湖小学检查指导工作。"
    assert dates(text)[:2] == (None, None)


# --- feedback date: a covering notice before a plan --------------------------------------------------------------------

def test_a_plans_title_naming_feedback_does_not_take_the_notices_date():
    text = ("某某市委办公室\n2022年4月2日\n某某市贯彻落实省督察组督察反馈意见整改方案\n"
            "2021年9月1日至9月20日，省督察组对某某市开展了督察，并于2021年12月3日向某某市委反馈了督察意见。")
    assert dates(text) == ("2021-09-01", "2021-09-20", "2021-12-03")


def test_the_feedback_date_before_the_act_is_still_read():
    text = "2021年9月1日至9月20日，省督察组对某某市开展了督察，2021年12月3日反馈了督察意见。"
    assert dates(text)[2] == "2021-12-03"


# --- tasks and measures ----------------------------------------------------------------------------------------------

def test_tasks_refined_from_the_problems_counted_before_them_are_the_measures():
    text = ("成立领导小组，下设督查督办组。对巡视反馈的2个方面7个问题，逐条制定整改措施，细化为30项整改任务，明确责任单位。"
            "截至目前，已完成整改问题5个，已完成整改任务26项。")
    h = headline_figures(text)
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done) == (7, 5, 30, 26)


def test_another_rounds_tasks_in_a_later_sentence_are_not_the_measures():
    text = ("第一轮督察发现的900个问题，已完成整改880个。第二轮督察反馈的整改任务60项，已整改完成20项。")
    h = headline_figures(text)
    assert (h.problems_total, h.problems_done, h.measures_total) == (900, 880, None)


# --- petitions and impossible done counts ------------------------------------------------------------------------------

def test_problem_reports_are_petitions_not_problems():
    h = headline_figures("截至目前，督察组交办的3000件环境问题举报已基本办结。")
    assert h.problems_total is None


def test_the_problems_handed_over_petitions_raise_are_still_problems():
    h = headline_figures("督察期间，先后向我市交办20批次300件环境信访投诉问题。截至目前，我市已完成问题整改250件。")
    assert h.problems_total == 300


def test_problems_an_inspection_fed_back_are_still_counted():
    h = headline_figures("督察组反馈问题42个，已整改40个。")
    assert (h.problems_total, h.problems_done) == (42, 40)


def test_a_done_count_larger_than_the_total_is_dropped():
    h = parse_text("某某局关于整改情况的报告\n需整改问315个，已整改完成300个，未整改到位15个，新发现问题2个。\n").headline
    assert h.problems_done is None


def test_a_done_count_within_the_total_is_kept():
    h = parse_text("某某局关于整改情况的报告\n反馈问题20个，已整改完成18个。\n").headline
    assert (h.problems_total, h.problems_done) == (20, 18)


# --- a ledger's note row ---------------------------------------------------------------------------------------------

from zhenggai.importer.ledger_reader import read_ledger_rows  # noqa: E402

HEADER = ["序号", "问题描述", "整改措施", "责任单位", "整改时限", "整改进展"]
ROW = ["1", "干部作风建设抓得不实，部分干部履职不到位", "开展作风专项整治", "局办公室", "2023年12月底前", "已完成"]


def test_a_ledgers_note_row_under_its_title_gives_the_inspection_and_the_figures():
    note = "（巡察组：县委第二巡察组；巡察时间：2022年4月6日—6月1日；反馈时间：2022年7月15日。反馈问题6个，截至2023年1月31日已完成整改4个）"
    r = read_ledger_rows([["某某局巡察反馈问题整改台账"] * 6, [note] * 6, HEADER, ROW])
    assert (r.inspection.start, r.inspection.end, r.inspection.feedback_date) == ("2022-04-06", "2022-06-01", "2022-07-15")
    assert (r.headline.problems_total, r.headline.problems_done) == (6, 4)


def test_a_ledger_with_only_its_title_above_the_heading_has_no_dates():
    r = read_ledger_rows([["某某局巡察反馈问题整改台账"] * 6, HEADER, ROW])
    assert (r.inspection.start, r.headline.problems_total) == (None, None)


# --- a count in Chinese numerals across the body the problems were found in -------------------------------------------------

def test_a_chinese_numeral_count_the_finding_verb_governs_across_its_object():
    h = headline_figures("检查组进行了全面检查，发现城关小学存在着以下亟待解决的三个问题，现报告如下：")
    assert h.problems_total == 3


def test_aspects_in_chinese_numerals_across_the_object_are_not_the_count():
    h = headline_figures("检查组进行了全面检查，发现城关小学存在三个方面的不足。")
    assert h.problems_total is None
