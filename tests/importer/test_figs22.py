"""Document-level misses of session 22's round sets, each read generally (helper figs22): constructed texts only, each
rule with positives in other words than the page it came from and a near miss that must not fire.

Rules:
- The team's report or opinions handed over by their name ("向我市书面反馈《…督察报告》", "转交《…巡视组…的情况报告》")
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
- Matters an inspection handed over, counted with their done count right after them ("交办的7个督查事项已整改到位1项"),
  are the problems and their done count (headline.RE_HANDED_MATTERS_DONE); matters a plan set out, matters with no
  rectification said of them, and petitions are not.
- A bare label of the problems alone on its line right over the list ("存在问题:", "主要问题：") is their category when
  the card above it is headed by a field with its value ("一、项目名称:…") or by nothing (structure.RE_PROBLEMS_LABEL_LINE);
  a heading naming a body ("（一）某中学") stays the category.
"""
from __future__ import annotations

from zhenggai.importer.parse import headline, parse_text
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


def test_a_report_passed_on_by_its_name_dates_the_feedback():
    text = ("2022年9月5日至11月10日，省委第三巡视组对某大学党委进行了常规巡视。12月12日，巡视组向学校党委转交"
            "《省委第三巡视组关于巡视某大学党委的情况报告》。")
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


# --- matters handed over with their done count ------------------------------------------------------------------------

def test_matters_handed_over_with_their_done_count_are_the_problems():
    assert _figures("截至目前，督导组交办我县的12件整改事项已全部办结。") == (12, 12)
    assert _figures("省督查组反馈的9项重点督办事项，已完成整改6项，其余正在推进。") == (9, 6)
    assert _figures("市纪委督查组转办的5个督办事项已办结4个。") == (5, 4)


def test_matters_set_out_by_a_plan_counted_alone_or_petitions_are_not_the_problems():
    assert _figures("对照方案，确定了1640个整改事项，已完成整改1500个。")[0] is None
    assert _figures("督查组把14个督查事项制作成表格提纲，逐一检查。") == (None, None)
    assert _figures("省督导组交办的8件信访事项已办结6件。")[0] is None
    assert _figures("省政府交办的7个督查事项正在抓紧整改之中。") == (None, None)
    assert _figures("巡察组移交的3件立行立改事项已完成3件。")[0] is None


# --- a bare problems label over the list ---------------------------------------------------------------------------------

def test_a_bare_problems_label_under_a_field_headed_card_is_the_category():
    text = ("扬尘治理督查通报\n为推进扬尘污染防治，县住建局对在建工地进行了督查，现将较差工地通报如下：\n"
            "一、工地名称：城东花园二期\n所属街道：城东街道\n施工单位：某某建设有限公司\n存在问题：\n"
            "1.出入口未设置车辆冲洗设施\n2.渣土运输车辆未密闭运输\n")
    assert [p.category for p in parse_text(text).problems] == ["存在问题"] * 2
    text = ("农贸市场消防检查情况通报\n一、检查对象：南门农贸市场\n负责人：王某\n主要问题：\n1、消防通道被摊位占用\n"
            "2、部分灭火器压力不足\n二、检查对象：北关农贸市场\n负责人：李某\n主要问题：\n1、电动车在室内充电\n"
            "2、安全出口指示灯损坏\n")
    assert [p.category for p in parse_text(text).problems] == ["主要问题"] * 4
    text = ("食品安全抽查情况\n附件：\n检查发现的问题：\n1.某超市冷柜温度超标。(责任单位:城南街道)\n"
            "2.某餐馆无健康证上岗。(责任单位:城北街道)\n3.某面包房原料过期。(责任单位:城西街道)\n")
    assert [p.category for p in parse_text(text).problems] == ["检查发现的问题"] * 3


def test_a_bare_problems_label_under_a_body_s_heading_leaves_the_body_the_category():
    text = ("校园安全检查情况通报\n（一）城关第二中学\n检查发现的问题：\n1.食堂留样记录不全\n2.宿舍楼消防栓无水\n"
            "（二）实验小学\n检查发现的问题：\n1.校门口未设置防冲撞设施\n2.监控室无人值守\n")
    assert [p.category for p in parse_text(text).problems] == ["城关第二中学"] * 2 + ["实验小学"] * 2
