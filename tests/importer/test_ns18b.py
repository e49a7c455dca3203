"""Helper ns18b (session 18): check notices of blind26 — a list under the places checked, a site judged in order, a
blog card's dated heading and its announcement line, and a finding section of '(一)<topic>:<finding>' items.

Each rule has a positive case and a near miss, constructed (not the real pages' words)."""
from __future__ import annotations

from tests.importer.helpers import check_dates, parse_lines, problem_rows, titles

# --- a check notice's "存在问题如下" list under place sub-headings (levels._under_place_headings) ---------------------

CARD = [
    "2023年秋季学期消防检查",
    "2023年9月2日开学前消防检查",
    "总务处检查食堂、宿舍楼",
    "存在问题如下:",
    "一、食堂",
    "1.后厨灭火器压力不足",
    "2.排烟管道油污较多",
    "二、宿舍楼",
    "1.三楼应急灯不亮",
]


def test_items_under_place_headings_after_a_problems_lead_are_the_problems_with_the_place_as_category():
    rows = problem_rows(parse_lines(CARD))
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (1, "食堂", "后厨灭火器压力不足", 0), (2, "食堂", "排烟管道油污较多", 0), (1, "宿舍楼", "三楼应急灯不亮", 0)]


def test_items_under_place_headings_after_a_lead_that_names_no_problems_are_not_read_as_found():
    near = [t if t != "存在问题如下:" else "检查内容如下:" for t in CARD]
    assert titles("\n".join(near)) == []


# --- a site judged in order lists what was in order, not faults (levels.RE_SITE_IN_ORDER) -------------------------

NOTICE = [
    "10月9日,市创文办督查组对某区城市社区进行专项检查,共发现问题5个,突出问题如下:",
    "一、某某社区",
    "(一)社区服务中心",
    "该点位文明创建工作整体良好。",
    "1.显著位置设置公益宣传广告。",
    "2.志愿服务站设有管理制度。",
    "(二)背街小巷",
    "1.某某巷门前杂物乱堆乱放。(责任单位:区综合行政执法局)",
    "2.某某巷车辆乱停放。(责任单位:区交通局)",
]


def test_a_site_judged_in_order_lists_no_faults_and_the_faulty_site_charges_each_item_to_its_unit():
    rows = problem_rows(parse_lines(NOTICE))
    assert [(r[0], r[1], r[2], r[4], r[5]) for r in rows] == [
        (1, "背街小巷", "某某巷门前杂物乱堆乱放", 0, ["区综合行政执法局"]),
        (2, "背街小巷", "某某巷车辆乱停放", 0, ["区交通局"])]


def test_a_site_without_a_line_judging_it_in_order_keeps_its_items_as_problems():
    near = [t for t in NOTICE if t != "该点位文明创建工作整体良好。"]
    got = titles("\n".join(near))
    assert "显著位置设置公益宣传广告" in got and "某某巷车辆乱停放" in got


def test_the_notable_problems_lead_announces_problems_but_a_lead_on_their_rectification_does_not():
    from zhenggai.importer.parse.levels import stated_problems_lead

    assert stated_problems_lead("共发现问题22个,突出问题如下:")
    assert not stated_problems_lead("现将突出问题整改情况报告如下:")


# --- a card's dated heading and its announcement line stand alone (normalize._should_join) ------------------------

def test_a_dated_check_heading_and_a_problems_announcement_are_not_wrapped_into_the_short_lines_around_them():
    r = parse_lines(CARD)
    assert "2023年9月2日开学前消防检查" in r.preamble and "存在问题如下:" in r.preamble


def test_a_line_stopping_on_an_open_word_still_runs_into_the_announcement_after_it():
    r = parse_lines(["某某中学安全检查情况", "学校后勤处于9月2日对全校各楼栋及", "存在问题如下:", "1.后厨灭火器压力不足"])
    assert not any(p == "存在问题如下:" for p in r.preamble)


# --- the dated heading gives the check's day (inspection._dated_check_line) ----------------------------------------

def test_a_line_naming_a_check_by_its_full_date_gives_the_start_and_the_end():
    assert check_dates("数数\n2024年8月31日开学前安全检查\n科研处检查图书馆") == ("2024-08-31", "2024-08-31")


def test_a_full_date_inside_a_sentence_or_after_the_documents_date_is_no_check_day():
    assert check_dates("2024年8月31日前完成安全检查整改。") == (None, None)
    assert check_dates("2024年8月31日开学前安全检查", "2024-08-01") == (None, None)


# --- a finding section of '(一)<topic>:<finding>' items keeps each topic (structure.topic_labelled_run) -------------

FINDINGS = [
    "某市住房和城乡建设局关于物业管理检查情况的通报",
    "一、检查总体情况",
    "本次检查共抽查物业项目20个。",
    "二、存在的主要问题",
    "(一)维修资金:部分物业服务企业没有落实维修资金转移工作。",
    "(二)物业管理方面:部分物业服务企业没有对公共设施进行维护保养;未办理合同备案手续。",
    "三、下阶段工作要求",
    "各有关单位要在规定时间内落实整改。",
]


def test_an_aspect_among_other_topics_in_a_finding_section_is_titled_as_printed_like_its_siblings():
    assert titles("\n".join(FINDINGS)) == [
        "维修资金:部分物业服务企业没有落实维修资金转移工作",
        "物业管理方面:部分物业服务企业没有对公共设施进行维护保养;未办理合同备案手续"]


def test_a_list_whose_every_topic_is_an_aspect_is_still_titled_by_its_aspects():
    near = [t.replace("(一)维修资金:", "(一)维修资金方面:") for t in FINDINGS]
    assert titles("\n".join(near)) == ["维修资金方面", "物业管理方面"]
