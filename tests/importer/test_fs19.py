"""Session 19, helper fs19: headline figures and dates in real lead paragraphs (snippets27's misses and their families).
Constructed texts only (written here, in the genre, not copied from a labelled page); each rule has a positive and a
near miss."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.headline import headline_figures


# --- problems counted at several levels: the finest, refined into sub-problems, is the count ----------------------------

def test_problems_refined_into_item_problems_are_the_problem_count():
    h = headline_figures("2023年5月10日，巡察组向区林业局党组反馈了巡察意见，指出存在4方面15个问题，我局在整改中细化分解为31个"
                         "分项问题。")
    assert h.problems_total == 31


def test_problems_refined_into_measures_are_not_the_problem_count():
    # near miss: the refined level is measures, not problems
    h = headline_figures("2023年5月10日，巡察组向区林业局党组反馈了巡察意见，指出存在4方面15个问题，我局在整改中细化分解为31项"
                         "整改措施。")
    assert h.problems_total == 15
    assert h.measures_total == 31


def test_the_done_count_of_refined_problems_may_follow_in_the_next_sentence_as_of_a_day():
    h = headline_figures("巡察组指出我局存在4方面15个问题，我局细化分解为31个分项问题。截至2024年3月20日，已完成反馈问题整改"
                         "22个，整改中的反馈问题9个。")
    assert (h.problems_total, h.problems_done) == (31, 22)


def test_a_next_sentence_not_dated_as_of_a_day_gives_no_done_count_of_the_refined_problems():
    # near miss: the next sentence is a meeting's report, not a tally of the refined problems
    h = headline_figures("巡察组指出我局存在4方面15个问题，我局细化分解为31个分项问题。会议强调，要抓紧推进整改，已召开专题会议"
                         "3次。")
    assert h.problems_total == 31
    assert h.problems_done is None


def test_done_written_with_whose_problems_and_their_rectification_is_a_done_count():
    h = headline_figures("巡察组共指出20个问题。截至目前，已完成反馈问题整改17个。")
    assert (h.problems_total, h.problems_done) == (20, 17)


def test_a_count_after_finished_rectification_of_something_else_is_not_a_done_count():
    # near miss: what was finished is plans, counted in 份
    h = headline_figures("巡察组共指出20个问题。截至目前，已完成反馈问题整改方案3份。")
    assert h.problems_total == 20
    assert h.problems_done is None


# --- problems counted, then the measures drawn for them ------------------------------------------------------------------

def test_problems_taken_by_any_verb_then_measures_drawn_for_them_are_the_problem_count():
    h = headline_figures("局党组把巡察整改作为重大政治任务。二是全面对标对表，认真研究36个问题，逐条制定了98条整改措施，明确整改"
                         "时限。")
    assert (h.problems_total, h.measures_total) == (36, 98)


def test_problems_written_noun_first_then_measures_drawn_for_them_are_the_problem_count():
    h = headline_figures("局党组把巡察整改作为重大政治任务。二是全面对标对表，深入剖析问题36个，提出整改举措98条，明确整改时限。")
    assert (h.problems_total, h.measures_total) == (36, 98)


def test_problems_written_noun_first_then_suggestions_are_not_the_problem_count():
    # near miss: suggestions made, not measures
    h = headline_figures("局党组把巡察整改作为重大政治任务。二是全面对标对表，深入剖析问题36个，提出意见建议98条，明确工作方向。")
    assert h.problems_total is None


def test_problems_followed_by_suggestions_are_not_the_problem_count():
    # near miss: suggestions made, not measures; and no verb of finding governs the count
    h = headline_figures("局党组把巡察整改作为重大政治任务。二是全面对标对表，认真研究36个问题，提出98条意见建议，明确工作方向。")
    assert h.problems_total is None


# --- a planned end of the stationing, announced at the mobilisation meeting ---------------------------------------------

MOBILISED = ("根据市委巡察工作统一部署，2025年4月8日，市委第三巡察组巡察市林业局党组工作动员会召开。巡察组组长就即将开展的巡察工作"
             "作了讲话。\n"
             "组长指出，市委第三巡察组从今天起正式进驻市林业局，{end}。本轮巡察将紧扣监督重点，依规依纪依法开展政治监督。\n")


def test_a_day_the_stationing_ends_announced_at_the_mobilisation_is_the_end():
    r = parse_text(MOBILISED.format(end="5月20日结束现场巡察"))
    assert (r.inspection.start, r.inspection.end) == ("2025-04-08", "2025-05-20")


def test_a_day_the_rectification_ends_announced_at_the_mobilisation_is_not_the_end():
    # near miss: the day named is for the rectification after the inspection, not for its stationing
    r = parse_text(MOBILISED.format(end="要求被巡察党组织在12月20日前完成巡察整改"))
    assert r.inspection.start == "2025-04-08"
    assert r.inspection.end is None


# --- a period whose end lost its units: the start alone ------------------------------------------------------------------

def test_a_period_whose_end_lost_its_month_and_day_gives_the_start_alone():
    r = parse_text("根据县委统一部署,2023年9月4日至1120县委第二巡察组对县文广旅局党组开展了常规巡察。现将整改进展情况予以公布。\n")
    assert (r.inspection.start, r.inspection.end) == ("2023-09-04", None)


def test_a_date_then_a_count_with_its_unit_is_not_a_period_that_lost_its_end():
    # near miss: "至1120名" counts people (a unit follows the digits), in a sentence about a training, not an inspection
    r = parse_text("2023年9月4日至1120名党员干部参加了县委党校举办的专题培训班。现将有关情况予以公布。\n")
    assert r.inspection.start is None


# --- a count of projects audited is not a count of problems --------------------------------------------------------------

def test_a_count_of_projects_whose_problems_are_counted_later_is_not_the_problem_count():
    h = headline_figures("区审计局针对2023年度出具审计报告的12个项目查出的问题，逐项复核。经复核认定，2023年度审计查出问题36个，"
                         "已整改30个，持续整改6个。")
    assert (h.problems_total, h.problems_done) == (36, 30)


def test_a_count_of_problems_with_their_kind_between_is_still_the_problem_count():
    # near miss: the words between the count and 问题 name the problems' kind, not projects
    h = headline_figures("区审计局针对2023年度出具的审计报告指出的12个预算执行问题，逐项复核，督促整改。")
    assert h.problems_total == 12


# --- a plan whose problems are in its table: the prose outside it completes the headline ---------------------------------

def _plan_with_table(sentence: str):
    from tests.importer.helpers import docx_with_table
    from zhenggai.importer.extract import extract_bytes
    paras = ["中共某县统计局党组关于落实县委第二巡察组反馈意见的整改方案",
             "2024年3月4日至4月20日，县委第二巡察组对中共某县统计局党组开展了常规巡察，并于2024年6月3日反馈了巡察意见，指出了党的领导、"
             "党的建设2个方面4个具体问题。为抓好整改落实，制定本整改方案。",
             "一、指导思想", "坚持以习近平新时代中国特色社会主义思想为指导，把巡察整改作为重大政治任务。",
             "二、整改目标", "对巡察反馈的问题照单全收、逐条整改、逐项销号。力争2024年9月底前完成集中整改任务。",
             "三、组织领导", "成立局巡察整改工作领导小组，由局党组书记任组长。", "领导小组实行例会制度，每月召开一次会议。",
             "四、整改任务", f"针对巡察反馈的2个方面4个具体问题，{sentence}，逐项明确责任单位和整改时限，形成整改任务清单（见附件）。",
             "五、工作要求", "（一）提高政治站位。全局党员干部要充分认识巡察整改的重要性。", "（二）严格对账销号。整改完成一项、销号一项。",
             "（三）注重建章立制。及时建立健全相关制度。", "（四）及时报告公开。按要求报送整改情况报告。",
             "附件：某县统计局党组落实县委第二巡察组反馈意见整改任务清单", "中共某县统计局党组", "2024年6月20日", "",
             "附件", "某县统计局党组落实县委第二巡察组反馈意见整改任务清单"]
    rows = [["序号", "问题", "整改措施", "责任单位", "整改时限"],
            ["一、党的领导方面"] * 5,
            ["1", "理论学习流于形式", "1.制定年度学习计划2.开展专题研讨", "局办公室", "2024年9月底"],
            ["2", "数据审核把关不严", "1.修订数据质量管控办法2.开展专项检查", "各专业股室", "2024年10月底"],
            ["二、党的建设方面"] * 5,
            ["3", "财务管理不规范", "1.清理财务支出2.修订财务管理办法", "局办公室", "2024年10月底"],
            ["4", "党支部组织生活不严格", "1.规范三会一课记录2.开展支部书记轮训3.建立组织生活台账", "机关党支部", "2024年12月底"]]
    return extract_bytes(docx_with_table(paras, rows, []), "plan.docx")


def test_measures_counted_in_a_plans_task_section_complete_the_headline_when_the_table_holds_the_problems():
    ledger = _plan_with_table("制定整改措施9条").ledger
    assert len(ledger.problems) == 4
    assert (ledger.headline.problems_total, ledger.headline.measures_total) == (4, 9)


def test_a_plans_task_section_that_counts_no_measures_adds_no_figure():
    # near miss: the section names the plan, not a count of measures
    ledger = _plan_with_table("研究制定整改方案").ledger
    assert (ledger.headline.problems_total, ledger.headline.measures_total) == (4, None)

