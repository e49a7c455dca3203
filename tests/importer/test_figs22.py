"""Document-level misses of session 22's round sets, each read generally (helper figs22): constructed texts only, each
rule with positives in other words than the page it came from and a near miss that must not fire.

Rules:
- The team's report or opinions handed over by their name ("向我市书面反馈《…督察报告》", "送达《关于巡视…的反馈意见》")
  is the feedback, dated by the day before it (inspection.RE_FEEDBACK); the body's own rectification report sent back
  ("反馈《…整改情况的报告》") is not.
- The done part of a count of problems may follow a passive clause saying who handed them over ("290个问题由…交办，其中
  已有277个…", headline.RE_HANDED_BY) and may say how well they were done with no 已 ("成功完成整改", "顺利完成整改",
  headline._DONE_MANNER); "基本完成" and "未能按期完成" are not done.
- Hazards a sweep 排查 with their count right after the noun ("共排查安全隐患15条") are what the check found
  (headline.RE_HAZARDS_FOUND); hazards swept and dealt with ("排查整治隐患"), points swept ("隐患点位") and a campaign's
  running count ("今年以来") are not.
- A dated visit may name the matter it checked after its act ("…深入到各路段，巡查督察市容环境综合整治情况，"): the day is
  the start and the end (inspection.RE_ONE_DAY_VISIT); a check of rectification work ("督查整改工作") is not a visit.
"""
from __future__ import annotations

from zhenggai.importer.parse import headline
from zhenggai.importer.parse.inspection import inspection_facts


def _figures(text: str) -> tuple:
    h = headline.headline_figures(text)
    headline.settle(h)
    return h.problems_total, h.problems_done


def _inspection(text: str, report_date: str | None = None):
    return inspection_facts(text, None, None, report_date)


# --- a report handed over by its name is the feedback ---------------------------------------------------------------

def test_a_report_fed_back_by_its_name_dates_the_feedback():
    text = ("2023年4月6日至5月6日，省第一生态环境保护督察组对某县开展了例行督察，并于6月20日向该县书面反馈"
            "《某县生态环境保护督察报告》。")
    assert _inspection(text).feedback_date == "2023-06-20"


def test_opinions_served_by_their_name_date_the_feedback():
    text = ("2022年9月5日至11月10日，省委第三巡视组对某大学党委进行了常规巡视。12月12日，巡视组向学校党委送达"
            "《关于巡视某大学党委的反馈意见》。")
    assert _inspection(text).feedback_date == "2022-12-12"


def test_an_audit_report_handed_over_by_its_name_dates_the_feedback():
    text = ("2021年3月1日至4月15日，市审计局对区水务局开展了经济责任审计，5月8日向区水务局移交"
            "《关于区水务局主要负责人经济责任审计的报告》。")
    assert _inspection(text).feedback_date == "2021-05-08"


def test_the_body_sending_back_its_own_rectification_report_is_no_feedback():
    text = ("2023年4月6日至5月6日，市委第二巡察组对某镇党委开展了常规巡察。7月1日，镇党委向市委巡察办书面反馈"
            "《关于巡察反馈问题整改情况的报告》。")
    assert _inspection(text).feedback_date is None


# --- a done part after who handed the problems over, or with how well it was done -----------------------------------

def test_a_done_part_after_a_clause_naming_who_handed_the_problems_over_is_their_done_count():
    assert _figures("全县共有36个问题由省督察组交办，其中30个已完成整改。") == (36, 30)


def test_a_done_part_saying_how_well_it_was_done_is_the_done_count():
    assert _figures("全市共有58个突出问题由第二轮督察组反馈，其中已有51个顺利完成整改。") == (58, 51)
    assert _figures("督导组指出问题18个，其中12个如期完成整改。") == (18, 12)
    assert _figures("巡察组反馈问题24个，其中已有20个成功完成整改。") == (24, 20)


def test_problems_basically_or_not_done_in_time_are_not_a_done_count():
    assert _figures("督导组指出问题18个，其中12个基本完成整改。") == (18, None)
    assert _figures("督导组指出问题18个，其中3个未能按期完成整改。") == (18, None)


# --- hazards a sweep counted -----------------------------------------------------------------------------------------

def test_hazards_a_sweep_counted_are_the_check_s_problems():
    assert _figures("此次督查共排查消防隐患9处，当场整改6处。") == (9, 6)
    assert _figures("检查组深入园区企业，排查安全隐患12条，要求限期整改。") == (12, None)
    assert _figures("联合检查组走访沿街商铺，排查燃气隐患4处，均已当场整改。") == (4, 4)


def test_hazards_swept_and_dealt_with_points_swept_or_a_campaign_count_are_not():
    assert _figures("本次排查整治隐患30处。") == (None, None)
    assert _figures("本次共排查隐患点位50处。") == (None, None)
    assert _figures("今年以来共排查隐患1200处。") == (None, None)


# --- a dated visit naming the matter it checked ------------------------------------------------------------------------

def test_a_dated_visit_naming_the_matter_it_checked_is_a_one_day_check():
    text = ("3月14日，副区长带领区城管局、区市场监管局负责人，深入到东门街、新华路等路段，检查督导背街小巷环境卫生"
            "整治情况，现将有关情况通报如下：")
    assert (lambda i: (i.start, i.end))(_inspection(text, "2021-03-15")) == ("2021-03-14", "2021-03-14")
    text = "6月2日，县应急局负责人带队深入城南仓库，检查了防汛物资储备情况，发现以下问题："
    assert (lambda i: (i.start, i.end))(_inspection(text, "2020-06-03")) == ("2020-06-02", "2020-06-02")
    text = "11月20日，镇安办主任带领工作人员来到辖区企业，巡查安全生产工作，发现问题如下："
    assert (lambda i: (i.start, i.end))(_inspection(text, "2019-11-21")) == ("2019-11-20", "2019-11-20")


def test_a_dated_visit_to_check_rectification_work_is_no_one_day_check():
    text = "3月14日，副区长带领区城管局负责人深入到东门街，督查整改工作，现将有关情况通报如下："
    assert (lambda i: (i.start, i.end))(_inspection(text, "2021-03-15")) == (None, None)
