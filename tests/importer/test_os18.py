"""Session 18, helper os18: published check findings (blind27's layouts), constructed texts written for these tests."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _parse(*lines: str):
    return parse_text("\n".join(lines))


# --- a hazard list: "1.<fault heading>。" then "存在问题：…" then "整改措施：…" ---------------------------------------------

def test_a_hazard_item_whose_heading_names_the_fault_is_titled_by_it_and_its_order_is_one_measure():
    r = _parse("1.人行道护栏破损。",
               "存在问题:城东路口人行道护栏破损,存在安全隐患。",
               "整改措施:责令市政养护中心立即对护栏进行修复。",
               "",
               "2.路侧擅自设置广告牌。",
               "存在问题:西环路南段,商户擅自在路侧设置广告牌,影响行车视线。",
               "整改措施:责令城西街道办事处、城管执法大队立即拆除。")
    assert [p.title for p in r.problems] == ["人行道护栏破损", "路侧擅自设置广告牌"]
    assert [len(p.measures) for p in r.problems] == [1, 1]
    assert r.problems[0].responsible_units == ["市政养护中心"]
    assert r.problems[1].responsible_units == ["城西街道办事处", "城管执法大队"]


def test_a_hazard_item_ordering_an_unnamed_party_names_no_unit():
    r = _parse("1.渡口救生圈缺失。",
               "存在问题:某渡口救生圈缺失,存在安全隐患。",
               "整改措施:责令施工单位立即整改。",
               "2.公路路侧违规堆放杂物。",
               "存在问题:某村路侧堆放杂物。",
               "整改措施:责令该户主立即清理。")
    assert [p.responsible_units for p in r.problems] == [[], []]
    assert [len(p.measures) for p in r.problems] == [1, 1]


def test_a_place_visited_over_its_finding_line_is_still_titled_by_what_was_found():
    r = _parse("1.点位一:城南社区。",
               "发现问题:长宁路上车辆乱停放,绿化带内垃圾未清理。",
               "整改措施:社区已组织清理。",
               "2.点位二:城北社区。",
               "发现问题:楼道内堆放杂物。",
               "整改措施:社区已组织清理。")
    assert r.problems[0].title.startswith("长宁路上车辆乱停放")


# --- inline items: the demand closing an item is not part of the fault -------------------------------------------

def test_an_inline_item_s_closing_demand_is_cut_from_its_title():
    r = _parse("10月8日,区交通运输局检查了某汽车站,发现问题隐患:1.安全检查台账填写不规范,部分日期未填写,要求规范建立台账;"
               "2.候车室灭火器过期、压力不够,要求及时更换。")
    assert [p.title for p in r.problems] == ["安全检查台账填写不规范,部分日期未填写", "候车室灭火器过期、压力不够"]


def test_a_fault_that_says_a_requirement_was_not_met_keeps_its_words():
    r = _parse("检查组到某站检查,发现问题隐患:1.值班人员未按要求,未按规定填写值班记录;2.应急通道不畅通,要求不高的演练流于形式。")
    assert r.problems[0].title == "值班人员未按要求,未按规定填写值班记录"
    assert r.problems[1].title == "应急通道不畅通,要求不高的演练流于形式"


# --- items numbered by a bare digit glued to their text -------------------------------------------------------------

def test_items_numbered_by_bare_digits_glued_to_their_text_are_read_in_order():
    r = _parse("近日,某街道对主城区进行督查。主要发现以下问题: 1某小区环境脏乱差,杂物随意堆放; 2某路绿化带内存在白色垃圾;"
               " 3部分商家未办理营业所需证件。街道将进一步加强督促检查。")
    assert [(p.seq, p.title) for p in r.problems] == [
        (1, "某小区环境脏乱差,杂物随意堆放"), (2, "某路绿化带内存在白色垃圾"), (3, "部分商家未办理营业所需证件")]


def test_counts_after_a_colon_and_semicolons_are_no_glued_items():
    r = _parse("某街道开展检查,发现以下问题:1家商户占道经营;2家餐馆油烟未处理;3处路灯损坏。")
    assert not [p for p in r.problems if p.seq == 2 and p.title.startswith("家")]


def test_two_glued_digits_are_too_few_to_make_a_list():
    r = _parse("某街道开展检查,主要发现以下问题: 1某小区环境脏乱差; 2某路绿化带内存在白色垃圾。")
    assert not any(p.title.startswith("某小区") for p in r.problems)


# --- figures, dates and fields of a check's news page ---------------------------------------------------------------

def test_hazards_a_holiday_round_found_and_closed_are_its_problems_and_done():
    from tests.importer.helpers import settled_pair

    assert settled_pair("中秋及国庆前夕,某区交通运输局累计检查客货运企业16家次,发现隐患8处,闭环整改8处。") == (8, 8)


def test_a_campaign_s_running_count_of_hazards_is_still_no_total():
    from tests.importer.helpers import settled_pair

    assert settled_pair("今年以来,某区交通运输局累计检查客货运企业160家次,发现隐患80处,闭环整改80处。") == (None, None)
    assert settled_pair("某区交通运输局累计检查客货运企业160家次,发现隐患80处。") == (None, None)


def test_a_signature_over_a_date_that_lost_its_year_month_and_day_marks_is_read_where_the_digits_split_one_way():
    from zhenggai.importer.parse.facts import signature

    assert signature([(1, "某区文化局"), (2, "201685")]) == ("某区文化局", "2016-08-05")
    assert signature([(1, "某区文化局"), (2, "2016111")])[1] is None  # 1-11 or 11-1


def test_a_body_that_checked_on_a_dated_day_dates_the_inspection():
    from zhenggai.importer.parse.inspection import inspection_facts

    f = inspection_facts("我局执法队联合市文化执法队于2016年8月4日对某地区的网吧和娱乐场所进行了专项检查。", None, None, "2016-08-05")
    assert (f.start, f.end) == ("2016-08-04", "2016-08-04")
    g = inspection_facts("我局执法队于2016年8月4日对某地区的网吧经营者进行了培训。", None, None, "2016-08-05")
    assert (g.start, g.end) == (None, None)


def test_a_check_s_bulletin_handed_down_on_a_dated_day_is_its_feedback():
    from zhenggai.importer.parse.inspection import inspection_facts

    f = inspection_facts("2020年6月24日至7月3日,市文旅局对全市6县市区开展了上半年文化旅游公共服务督查,并于9月7日下发了"
                         "《2020年上半年全市文化旅游公共服务督查情况通报》,现将整改报告如下:", None, None, "2021-06-09")
    assert (f.start, f.end, f.feedback_date) == ("2020-06-24", "2020-07-03", "2020-09-07")
    g = inspection_facts("2020年6月24日至7月3日,市文旅局对全市6县市区开展了督查,并于9月7日下发了《关于做好假期安全工作的通知》。",
                         None, None, "2021-06-09")
    assert g.feedback_date is None


def test_a_page_s_timestamp_line_with_its_labelled_facts_stays_apart_from_the_headline_and_the_lead():
    r = _parse("某区开展暑期文化市场联合检查",
               "",
               "2016-08-10 08:00:00 来源:某区人民政府 作者:某区政府 责任编辑:某某 字号:T|T",
               "",
               "为加强文化市场监管,我局执法队于2016年8月4日对某地区的网吧进行了专项检查。")
    assert r.preamble[0] == "某区开展暑期文化市场联合检查"
    assert r.inspection.start == "2016-08-04"


# --- a rectification report: "一、<aspect>方面" over "1、<matter>。<what was found and done>" -------------------------------

def test_items_naming_their_matter_under_an_aspect_heading_are_the_problems_and_the_aspect_their_category():
    r = _parse("关于文化旅游公共服务督查情况整改报告",
               "2020年6月24日至7月3日,市文旅局开展了督查,现将整改情况报告如下:",
               "一、公共文化服务体系建设方面",
               "1、人均公共文化支出未达标。2019年人均支出未达标,县财政局已追加预算,确保本年度达标。",
               "2、公共服务效能较低。关于部分文化站器材短缺问题,局党组研究决定采购一批器材,计划年底完成。",
               "二、旅游公共服务方面",
               "1、旅游厕所。针对8座旅游厕所未录入系统的问题,我局立即整改,安排专人完成录入。",
               "2、旅游交通标志牌。针对标志牌缺失的问题,我局已补设标志牌12块。")
    assert [(p.seq, p.title, p.category) for p in r.problems] == [
        (1, "人均公共文化支出未达标", "公共文化服务体系建设方面"), (2, "公共服务效能较低", "公共文化服务体系建设方面"),
        (1, "旅游厕所", "旅游公共服务方面"), (2, "旅游交通标志牌", "旅游公共服务方面")]
    assert [len(p.measures) for p in r.problems] == [1, 1, 1, 1]


def test_items_that_open_with_an_act_under_an_aspect_heading_are_not_made_problems():

    r = _parse("某局整改工作方案",
               "一、党建工作方面",
               "1、加强理论学习。每月组织一次集中学习。",
               "2、完善制度建设。修订学习制度。")
    assert all(p.title not in ("加强理论学习", "完善制度建设") for p in r.problems)


def test_a_copy_cut_right_after_an_item_s_opening_针对_leaves_that_item_without_a_measure():
    r = _parse("关于督查情况整改报告",
               "一、公共文化服务体系建设方面",
               "1、人均公共文化支出未达标。2019年人均支出未达标,县财政局已追加预算,确保本年度达标。",
               "2、公共服务效能较低。关于部分文化站器材短缺问题,局党组研究决定采购一批器材,计划年底完成。",
               "二、旅游公共服务方面",
               "1、旅游厕所。针对8座旅游厕所未录入系统的问题,我局立即整改,安排专人完成录入。",
               "2、旅游交通标志牌。针对隽北")
    assert [len(p.measures) for p in r.problems] == [1, 1, 1, 0]


# --- hazards said to show in ";" clauses --------------------------------------------------------------------------------

def test_hazards_said_to_show_in_semicolon_clauses_are_one_problem_each_the_closing_等_dropped():
    r = _parse("春节前,区民政局安全检查组对全区老年公寓进行了安全检查,各老年公寓负责人对安全工作较重视,但还是存在一定的安全隐患,"
               "主要表现在:部分单位灭火器失效,且配置数量少;未标明应急疏散出口标志;地面未设置防滑设施等。针对检查出的安全隐患,"
               "检查组发出安全隐患整改意见书。")
    assert [p.title for p in r.problems] == ["部分单位灭火器失效,且配置数量少", "未标明应急疏散出口标志", "地面未设置防滑设施"]


def test_what_a_good_check_shows_in_semicolon_clauses_is_no_problem_list():
    r = _parse("春节前,区民政局安全检查组对全区老年公寓进行了安全检查,各老年公寓安全工作取得成效,主要表现在:制度健全;台账完整;"
               "设施齐备。")
    assert r.problems == []


# --- findings told in one sentence of prose ----------------------------------------------------------------------------

def test_findings_counted_venue_by_venue_in_one_sentence_are_one_problem_each():
    r = _parse("为加强暑期文化市场监管,我局执法队于2016年8月4日对某地区的网吧和娱乐场所进行了专项检查。",
               "经检查,发现有1家网吧违规接受未成年人上网,有2家KTV未按规定悬挂有效证件,有1家KTV消防通道堆有杂物,我局执法人员"
               "依法下达整改通知书,责令其限期整改到位。")
    assert [p.title for p in r.problems] == ["有1家网吧违规接受未成年人上网", "有2家KTV未按规定悬挂有效证件", "有1家KTV消防通道堆有杂物"]


def test_venues_counted_as_put_right_are_no_findings():
    r = _parse("我局执法队对某地区的网吧进行了专项检查。经检查,发现有3家网吧已整改到位,有2家网吧经营规范,执法人员予以表扬。")
    assert r.problems == []


def test_faults_an_inspecting_team_points_out_after_its_praise_are_one_problem_a_clause_up_to_its_demands():
    r = _parse("5月20日,省检查组到某市对水库汛前工作开展情况进行检查。",
               "省检查组对某市各水库汛前准备工作给予肯定,同时也指出水库应急预案未按规定的模板编制,部分水库溢洪道上游设置拦鱼网"
               "可能影响行洪,对检查中发现的问题要立即整改,要高度重视水库安全度汛。")
    assert [p.title for p in r.problems] == ["水库应急预案未按规定的模板编制", "部分水库溢洪道上游设置拦鱼网可能影响行洪"]


def test_a_team_that_pointed_out_problems_in_a_summary_names_none():
    r = _parse("督导组对全镇整体工作给予了充分肯定,同时也指出了存在的问题,并提出了指导性意见。镇党委表示将立行立改。")
    assert r.problems == []


def test_a_dated_line_that_runs_on_into_prose_is_no_page_facts_line():
    from zhenggai.importer.parse.normalize import RE_PAGE_FACTS_LINE

    assert RE_PAGE_FACTS_LINE.match("2016-08-10 08:00:00来源:某区人民政府作者:某区政府责任编辑:某某字号:T|T")
    assert not RE_PAGE_FACTS_LINE.match("2016-08-10 来源:某区人民政府,为加强暑期文化市场监管,我局开展了专项检查")
