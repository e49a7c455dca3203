"""Headline figures, dates and document fields, round 3 (session 13, helper fin2f): families of wordings a clerk
would expect one rule to cover, and the wordings next to them that the rule must leave alone.

Every sentence here is constructed for the test; none is a labelled page's text."""
from __future__ import annotations

from tests.importer.helpers import headline_pair as _problems


# --- problems counted in 处, noun first -----------------------------------------------------------
def test_problems_counted_in_chu_after_the_noun_are_the_total():
    assert _problems("3月5日，市督查组到各街道检查，发现问题15处。") == (15, None)
    assert _problems("督查组共查出问题7处，已整改5处。") == (7, 5)


def test_hazards_and_approximate_counts_in_chu_are_not_problems():
    assert _problems("检查组查处安全隐患45处，已全部整改。") == (None, None)
    assert _problems("督查组发现问题20余处。") == (None, None)


# --- problems a body found in its own self-examination --------------------------------------------
def test_problems_found_in_a_self_examination_are_the_total_whichever_way_they_are_written():
    assert _problems("支部前期查摆出来的9项问题已在会上逐条通报。") == (9, None)
    assert _problems("对照检查，班子成员查摆问题6条。") == (6, None)
    assert _problems("领导班子检视出的14个问题已列入清单。") == (14, None)


def test_an_approximate_self_examination_count_is_not_read():
    assert _problems("会议通报了查摆问题约10个。") == (None, None)
    assert _problems("班子检视问题近20个。") == (None, None)


# --- the done part after its total, with 解决 -----------------------------------------------------
def test_the_first_count_of_a_breakdown_by_progress_is_the_total_and_its_solved_part_the_done_count():
    assert _problems("领导班子检视出的14个问题中，5个已经解决、7个正在解决、2个准备着手解决。") == (14, 5)
    assert _problems("巡察反馈的20个问题，已经解决16个，正在解决4个。") == (20, 16)
    assert _problems("巡察反馈问题20个，已解决16个。") == (20, 16)


# --- a batch against the running total ------------------------------------------------------------
def test_the_running_total_stated_after_a_weekly_batch_is_the_headline():
    text = ("乡长对上周干部走访群众反映的12个问题逐个点评交办。截至目前，全乡累计收集到的150个问题，"
            "已经解决90个，正在办理60个。")
    assert _problems(text) == (150, 90)
    assert _problems("县委对本月新发现的9个问题进行交办。截至目前，累计发现问题120个，已整改100个。") == (120, 100)


def test_a_batch_with_no_running_total_after_it_stays_the_count_read():
    assert _problems("本周督查组发现的8个问题已全部交办到责任单位。") == (8, None)



# --- aspects that are themselves the problems, and a done count given as of a day ---------------------
def test_aspects_counted_with_their_done_part_are_the_problems():
    assert _problems("督察反馈的4个方面问题中，已完成整改3个，1个正在按计划推进。") == (4, 3)
    assert _problems("巡察组指出的5个方面问题中，3个已完成整改。") == (5, 3)


def test_aspects_before_a_count_of_problems_or_without_their_parts_are_not_the_problems():
    assert _problems("巡察组反馈了4个方面12个问题，已完成整改10个。") == (12, 10)
    assert _problems("巡察组反馈了3个方面的问题，已完成整改8个。")[0] is None


def test_a_done_count_given_as_of_a_day_after_a_noun_first_total_is_its_done_part():
    assert _problems("县委巡察组反馈问题2个方面5个，截至2024年12月底，已完成整改3个，其余2个正在持续推进。") == (5, 3)
    assert _problems("巡察组指出问题9个，截至目前，已整改7个。") == (9, 7)

# --- the day an inspection began -----------------------------------------------------------------
from zhenggai.importer.parse.facts import meta_date  # noqa: E402
from zhenggai.importer.parse.inspection import inspection_facts  # noqa: E402


def _start(text: str) -> tuple:
    out = inspection_facts(text, None)
    return out.start, out.end


def test_a_round_launched_or_begun_on_a_dated_day_starts_that_day():
    assert _start("2023年4月10日，市委正式启动第二轮巡察工作。各巡察组已陆续进驻。") == ("2023-04-10", None)
    assert _start("根据县委部署，2021年9月6日，县纪委牵头组成督导组，深入各乡镇开展专项督导检查工作。") == ("2021-09-06", None)
    assert _start("2020年6月1日上午，县委启动了对5个部门的常规巡察。") == ("2020-06-01", None)


def test_a_dated_meeting_deadline_or_rectification_is_not_a_start():
    # (a mobilisation meeting is the team's first day, a rule of its own; a leading group's meeting is not)
    assert _start("2023年4月10日，市委召开巡察工作领导小组会议，研究部署开展第二轮巡察工作。") == (None, None)
    assert _start("2023年4月10日，县委巡察组向县教育局党组反馈巡察情况。") == (None, None)
    assert _start("2023年4月10日，全县启动巡察整改工作。") == (None, None)


def test_a_numbered_team_moving_in_after_a_long_clause_starts_that_day():
    text = "2023年11月6日，经市政府批准，某市统计局第2统计督察组正式进驻某区，开展为期10天的统计督察。"
    assert _start(text) == ("2023-11-06", None)  # a duration alone gives no end


# --- a page date written day.month.year ----------------------------------------------------------
def test_a_day_month_year_page_date_under_the_title_is_the_report_date():
    assert meta_date(["某某巡视工作动员部署", "24.10.2015  12:23"]) == "2015-10-24"
    assert meta_date(["某某巡视工作动员部署", "3.5.2018"]) == "2018-05-03"


def test_a_day_month_year_that_cannot_be_a_date_or_stands_in_the_body_is_not_read():
    assert meta_date(["某某标题", "10.24.2015"]) is None
    assert meta_date(["标题", "正文第一段。", "正文第二段。", "24.10.2015"]) is None


# --- the tasks a notice lists for sign-off against the running done count -----------------------------
def test_the_tasks_a_notice_lists_for_sign_off_are_not_the_total_and_the_running_done_count_is_read():
    text = ("市整改办组织验收，下列2项整改任务已达到整改目标，拟予销号。"
            "截至2023年12月15日，省督察反馈我市的问题整改任务已有21项完成验收销号。")
    assert _problems(text) == (None, 21)
    assert _problems("经验收，以下3项整改任务符合销号条件。") == (None, None)


def test_an_inspection_divided_into_tasks_keeps_its_total_and_done_count():
    assert _problems("省督察组反馈问题整改任务共45项，已完成38项。") == (45, 38)


# --- places a check found problems in, in Chinese numerals --------------------------------------------
def test_places_with_problems_counted_in_chinese_numerals_after_a_finding_verb_are_the_total():
    assert _problems("督导组对街道进行督导检查，发现以下两处问题：其一，小区院内堆积杂物；其二，巷内卫生脏乱差。") == (2, None)
    assert _problems("检查组发现三处问题，已当场整改。")[0] == 3


def test_a_lone_place_or_places_with_hazards_in_chinese_numerals_are_not_read():
    assert _problems("检查组发现一处问题。") == (None, None)
    assert _problems("检查组发现以下三处隐患：其一，消防通道堵塞。") == (None, None)


# --- problems named by a quoted nickname -----------------------------------------------------------
def test_problems_named_by_a_quoted_nickname_closing_a_found_list_are_the_total_and_an_approximation_before_is_skipped():
    text = "去年累计推动解决问题60余件。复查中，发现整改不彻底的“旧症”和治理不到位等“新病”48个，移交问题线索6件。"
    assert _problems(text) == (48, None)
    assert _problems("回头看发现资金管理不规范、台账不全等“老毛病”15项，已整改12项。") == (15, 12)


def test_quoted_clues_and_quoted_things_that_are_not_problems_are_not_read():
    assert _problems("巡察发现违规发放补贴等“微腐败”问题线索9件。") == (None, None)
    assert _problems("巡察组发现“小金库”3个。") == (None, None)


# --- tasks a rectification plan sets, as the problems ------------------------------------------------
def test_the_tasks_an_inspection_plan_sets_with_no_count_of_problems_are_the_problems():
    text = "党组专题研究巡视整改方案，确定问题清单、任务清单和责任清单，提出52项整改任务，每项任务都明确牵头领导。"
    assert _problems(text) == (52, None)
    assert _problems("党委制定巡察整改方案，明确整改任务40项，已完成35项。") == (40, 35)


def test_plan_tasks_counted_beside_measures_or_outside_an_inspection_stay_as_they_were():
    text = "党委研究巡察整改方案，确定问题清单、任务清单和责任清单，明确30项整改任务、96条整改措施。"
    assert _problems(text) == (None, None)
    assert _problems("学校制定整改方案，提出25项整改任务。") == (None, None)


# --- a digital newspaper's record line ----------------------------------------------------------------
from zhenggai.importer.parse.facts import signature  # noqa: E402


def test_a_newspaper_record_line_with_its_weekday_dates_the_page_with_or_without_spaces():
    assert meta_date(["湖州日报 第3版 某某标题 2021年3月5日 星期五"]) == "2021-03-05"
    assert meta_date(["某省日报今日某市00012某某标题2019-04-02 2019年04月02日星期二"]) == "2019-04-02"
    closing = [(7, "正文最后一段。"), (8, "某某晚报 第A05版 某某标题 2022年11月8日 星期二")]
    assert signature(closing) == (None, "2022-11-08")


def test_a_sentence_naming_a_paper_or_a_weekday_is_not_a_record_line():
    assert meta_date(["会议要求 各单位于2021年3月5日 星期五前上报"]) is None
    assert meta_date(["人民日报评论说，2021年3月5日 星期五"]) is None
    # a signature above the record line still signs the text
    closing = [(7, "某县人民政府"), (8, "2022年11月7日"), (9, "某某日报 2022年11月8日 星期二")]
    assert signature(closing) == ("某县人民政府", "2022-11-07")


# --- a report's own self-check held on one day ------------------------------------------------------
def test_a_rectification_reports_own_self_check_on_one_dated_day_is_its_period():
    text = "关于存在问题的整改报告。我局于2023年5月8日组织各科室负责人对照标准进行了自查，发现问题3个。"
    assert _start(text) == ("2023-05-08", "2023-05-08")
    assert _start("某中学自查整改报告。本校在2022年9月1日开展了全面自查。") == ("2022-09-01", "2022-09-01")


def test_a_self_check_of_many_bodies_or_outside_a_report_is_not_the_period():
    assert _start("市教育局整改情况通报。各学校于2023年5月8日进行了自查。") == (None, None)
    assert _start("整改报告。各单位于2023年5月8日开展自查。") == (None, None)
    assert _start("某公司简讯。公司于2023年5月8日开展了自查。") == (None, None)


# --- the signing body and a date in figures on one line -----------------------------------------------
def test_a_signing_body_with_a_date_in_figures_on_the_last_line_signs_the_text():
    assert signature([(1, "特此报告。"), (2, "某县水利局2023-9-1")]) == ("某县水利局", "2023-09-01")
    assert signature([(1, "特此报告。"), (2, "某某中学 2018.06.15")]) == ("某某中学", "2018-06-15")


def test_a_last_line_with_figures_that_is_no_signature_is_not_read_as_one():
    assert signature([(1, "特此报告。"), (2, "联系电话0371-1234")]) == (None, None)
    assert signature([(1, "特此报告。"), (2, "截至2023.9.1")]) == (None, None)
