"""Dates, document fields and headline figures by FAMILY, from set D's tuning half (issue 10, session 14, helper tunf).

Each test names one family in general terms and runs it over constructed texts that no labelled document contains (other
bodies, places, numbers, genres), with negatives: texts that look alike and must not be read that way."""
from __future__ import annotations

import pytest

from zhenggai.importer.ledger_reader import read_ledger_rows
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.dates import arabic_dates, roc_years
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.inspection import inspection_facts

from tests.importer.helpers import headline_pair as _fig


# --- report dates ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("某县人民政府关于县人大常委会审计工作报告审议意见落实情况的报告\n（2021年6月29日在县十七届人大常委会第三十次会议上）\n"
     "县人大常委会：\n现将有关情况报告如下。", "2021-06-29"),
    ("某市审计局关于2022年度市级预算执行审计查出问题整改情况的报告\n(2023年12月20日在市人大常委会第十五次会议上)\n"
     "主任、各位副主任：\n现将整改情况报告如下。", "2023-12-20"),
    # negative: a bracketed day that is not a speech at a meeting is not this dateline
    ("某区卫健委关于巡察整改情况的报告\n（2021年6月29日起施行）\n现将整改情况报告如下。", None),
])
def test_a_speech_dateline_in_brackets_under_the_title_is_the_report_date(text, want):
    assert parse_text(text).report_date == want


@pytest.mark.parametrize("text, want", [
    ("关于2023年度县本级预算执行审计查出问题整改情况的报告——2024年10月22日在某县第十八届人大常委会第二十一次会议上\n"
     "某县审计局局长 某某\n主任、各位副主任：\n现将整改情况报告如下。", "2024-10-22"),
    ("某市人民政府关于审计发现问题整改情况的报告 —— 2022年8月30日在市人大常委会会议上\n各位委员：\n现将有关情况报告如下。",
     "2022-08-30"),
    # negative: a dated meeting inside the lead's prose is not the report's dateline
    ("某县审计局关于审计整改情况的报告\n县人大常委会：\n2024年8月29日，县人大常委会第十三次会议听取了审计工作报告——2024年8月29日在该次会议上提出了要求。",
     None),
])
def test_a_speech_dateline_run_on_after_the_title_is_the_report_date(text, want):
    assert parse_text(text).report_date == want


@pytest.mark.parametrize("text, want", [
    ("县委巡察组进驻某乡开展巡察\n  • 2019-04-03\n县委第二巡察组于近日进驻某乡，开展常规巡察。", "2019-04-03"),
    ("市监委地方巡察纪要\n· 2021-11-15\n本院巡察委员赴某县巡察，受理民众陈情。", "2021-11-15"),
])
def test_a_page_date_after_a_bullet_at_the_top_is_the_report_date(text, want):
    assert parse_text(text).report_date == want


@pytest.mark.parametrize("text, want", [
    ("082019-11\n某省生态环境保护督察组进驻某市\n督察组将于近日进驻，受理群众来信来电。", "2019-11-08"),
    ("302021-04\n巡视整改情况公开\n某单位党委按照要求公开整改情况。", "2021-04-30"),
    # the block split over two lines, either way round
    ("09\n2022-03\n某市巡察组进驻公告\n巡察组将于近日进驻。", "2022-03-09"),
    ("2022-03\n09\n某市巡察组进驻公告\n巡察组将于近日进驻。", "2022-03-09"),
    # negatives: not a day and a month (a day 32; a lone number under a year-month far down the page)
    ("322019-11\n某省督察组进驻某市\n督察组将于近日进驻。", None),
    ("某市巡察组进驻公告\n巡察组将于近日进驻。\n受理来信来访。\n联系人：张某\n2022-03\n09", None),
])
def test_a_day_run_into_the_year_and_month_at_the_top_is_the_page_date(text, want):
    assert parse_text(text).report_date == want


@pytest.mark.parametrize("text, want", [
    ("監委巡察某縣\n  • 日期:95-10-12\n本院巡察委員於本（九十五）年十月三日赴某縣巡察。", "2006-10-12"),
    ("類 別: |\n糾正案文 |\n審議日期: |\n110/05/11 |\n公告日期: |\n110/05/14\n|\n案 由: |\n某縣政府辦理某工程，均有違失，爰依法提案糾正。 |",
     "2021-05-14"),
    ("某案公告\n公告日期：108.07.02\n某鄉公所辦理某計畫延宕，提案糾正。", "2019-07-02"),
    ("糾正案文\n公布日期：109/12/01\n某縣政府違失。", "2020-12-01"),
    ("某市審計局關於審計整改情況的公告\n發布日期：民國一百零九年十月五日\n審計查出問題已整改。", "2020-10-05"),
    # negatives: a meeting's day is not the publication's; a short common-era year is not the Republic's
    ("類 別: |\n糾正案文 |\n審議日期: |\n110/05/11 |\n案 由: |\n某縣政府辦理某工程，均有違失。", None),
    ("某县巡察通知\n日期:23-06-24\n县委巡察组进驻某镇。", None),
])
def test_a_republic_year_in_figures_under_a_date_label_is_the_page_date(text, want):
    assert parse_text(text).report_date == want


@pytest.mark.parametrize("text, want", [
    ("於本（一百零五）年三月二日至三月四日赴某縣巡察", "於2016年3月2日至3月4日赴某縣巡察"),
    ("民國九十八年五月一日", "2009年5月1日"),
    ("民国 98 年 5 月 1 日", "2009年 5 月 1 日"),
    # negative: 本年 without a bracketed year stays as written
    ("本年五月一日", "本年5月1日"),
])
def test_a_republic_year_in_chinese_numerals_or_as_this_year_in_brackets_reads_as_the_common_era(text, want):
    assert arabic_dates(roc_years(text)) == want


def test_a_ledger_form_date_above_its_header_is_the_report_date():
    rows = [
        ["某县教育局党组落实县委巡察组反馈意见整改台账", None, None, None],
        ["填报单位：某县教育局党组        填报日期：2025年3月31日", None, None, None],
        ["序号", "反馈问题", "整改措施", "整改时限"],
        [1, "党组会议议事规则执行不严格", "修订议事规则", "2025年6月底"],
    ]
    assert read_ledger_rows(rows).report_date == "2025-03-31"
    # negative: a deadline column's date is not the form's
    rows2 = [["某县教育局整改台账", None, None, None], ["序号", "反馈问题", "整改措施", "整改时限"],
             [1, "议事规则执行不严格", "修订议事规则", "2025年6月30日"]]
    assert read_ledger_rows(rows2).report_date is None


# --- inspection periods and feedback ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("2024年5月6日至10日，县安委会组织3个巡查组，对各乡镇开展安全生产巡查。", ("2024-05-06", "2024-05-10")),
    ("2023年9月11日至9月15日，市防指派出巡查组对各区开展防汛工作巡查。", ("2023-09-11", "2023-09-15")),
    ("本院巡察委员于2005年4月7日至4月8日赴某县巡察，受理民众陈情。", ("2005-04-07", "2005-04-08")),
    # negatives: a river chief's routine patrol days, and a period with no act of inspecting
    ("2024年5月6日至10日，河长巡河发现垃圾堆放。", (None, None)),
    ("2024年5月6日至10日，巡查组的报告在网站公开。", (None, None)),
])
def test_a_patrol_inspection_or_a_visit_to_inspect_gives_the_period(text, want):
    f = inspection_facts(text, None)
    assert (f.start, f.end) == want


@pytest.mark.parametrize("text, want", [
    ("2019年3月4日至4月4日，市委第三巡察组对某局开展了巡察，并于5月20日通报巡察情况，提出整改意见。", "2019-05-20"),
    ("2018年10月8日至11月8日，省委第二巡视组对某县开展专项巡视，于12月3日通报了巡视工作情况，并指出存在的问题。", "2018-12-03"),
    ("2020年5月6日至6月30日，省委第三巡视组对某厅党组进行了巡视，并于2020年8月20日通报巡视情况、提出整改要求。", "2020-08-20"),
    ("2021年3月1日至4月30日，市委第二巡察组对某镇党委开展了巡察，于6月8日向镇党委通报巡察情况。", "2021-06-08"),
    # negative: the inspected body reporting its rectification is not the feedback
    ("2019年3月4日至4月4日，市委第三巡察组对某局开展了巡察。6月1日，某局向全体干部通报巡察整改情况。", None),
])
def test_the_team_reporting_its_findings_then_asking_for_rectification_is_the_feedback(text, want):
    assert inspection_facts(text, None).feedback_date == want


# --- headline figures ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("今年以来，该局开展专项检查，发现并整改台账不全、制度执行不严等各类问题27个，提出工作建议12条。", (27, 27)),
    ("督导组深入一线，查出并整改问题14个。", (14, 14)),
    ("县委巡察办对18家单位开展整改督查，发现问题63条并督促整改到位。", (63, 63)),
    ("检查组共排查出问题9处，并全部整改到位。", (9, 9)),
    # negatives: found, not said rectified; recommendations are not problems; petitions are not problems
    ("检查组发现问题63条，提出整改建议40条。", (63, None)),
    ("县纪委受理信访举报问题40件并督促整改到位。", (None, None)),
])
def test_problems_found_and_rectified_together_give_the_total_and_the_done_count(text, want):
    assert _fig(text) == want


@pytest.mark.parametrize("text, want", [
    ("今年上半年两轮巡察中发现问题312个。今年以来，市委巡察组共向被巡察党组织反馈问题780个，目前均已完成整改。", (780, 780)),
    ("第一轮巡察发现问题40个。截至年底，各轮巡察反馈问题共96个，现均已整改到位。", (96, 96)),
    ("2023年前两轮巡察发现问题420个。全年共反馈问题980个，目前已全部完成整改。", (980, 980)),
    ("本轮巡察发现问题86个。截至目前，历轮巡察反馈的问题3120个均已整改到位。", (3120, 3120)),
    # negatives: a smaller count said done is a part, not the covering total; a later count not said done changes nothing
    ("巡察组反馈问题40个。其中立行立改问题12个，均已完成整改。", (40, None)),
    ("第一轮巡察发现问题40个。各轮巡察反馈问题共96个，正在整改。", (96, None)),  # (96 read as before this change)
])
def test_a_later_all_done_count_that_covers_the_first_total_is_the_headline(text, want):
    assert _fig(text) == want


@pytest.mark.parametrize("text, want", [
    ("将市委巡察组反馈的问题，分解为62个整改事项，逐项明确责任领导。", 62),
    ("把审计指出的问题细化成18项具体整改项目，按时间节点推进。", 18),
    # negative: measures counted as measures win; problems refined into problems are not measures
    ("制定整改措施30条，将问题细化为40个整改事项。", 30),
    ("反馈的12个问题细化为45项具体问题，已完成整改40项。", None),
])
def test_problems_broken_into_items_of_work_give_the_measures(text, want):
    assert headline_figures(text).measures_total == want


def test_the_done_count_of_items_of_work_is_the_measures_done_not_the_problems():
    h = headline_figures("将督察反馈的问题细化分解为96个整改事项，已完成87个。")
    assert (h.measures_total, h.measures_done, h.problems_done) == (96, 87, None)
    # negative: a done count of problems given apart stays the problems'
    h = headline_figures("督察反馈问题20个，已完成整改15个。将问题细化为60个整改事项。")
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done) == (20, 15, 60, None)


@pytest.mark.parametrize("text, want", [
    ("截至6月底，巡视反馈具体问题和督办事项共35个，已完成整改30个，其余5个正在推进。", (35, 30)),
    ("审计查出问题及督办事项合计18个，已整改到位16个。", (18, 16)),
    # negative: petitions counted with problems are not a total of problems
    ("受理信访举报问题和来信来访共40件，已办结35件。", (None, None)),
])
def test_two_kinds_of_problem_counted_together_give_the_total(text, want):
    assert _fig(text) == want


@pytest.mark.parametrize("text, want", [
    ("现将有关情况报告如下。\n附件：1.巡视反馈问题整改进展情况（共9个问题）\n2.移交问题整改进展情况（共6个问题）", (None, None)),
    ("附件：\n1.审计查出问题整改情况（共14个问题）\n2.审计移送事项办理情况（共3个问题）", (None, None)),
    # negative: the body's own count outside the list is still read
    ("巡视反馈问题共15个，已完成整改11个。\n附件：1.巡视反馈问题整改进展情况（共9个问题）\n2.移交问题整改进展情况（共6个问题）", (15, 11)),
])
def test_an_attachment_list_closing_the_body_gives_no_total_of_its_own(text, want):
    assert _fig(text) == want


_REPORT = """某市人民政府关于省级生态环境保护督察整改落实情况的报告
省生态环境厅：
2023年4月10日至5月10日，省第三生态环境保护督察组对我市开展了督察，并于2023年7月5日向我市反馈了督察意见。现将有关情况报告如下：
一、加强组织领导
市委常委会先后5次专题研究督察整改工作。
二、推进问题整改
{total}
三、健全长效机制
健全督察整改销号制度。
{listing}
某市人民政府
2024年3月1日
附件1
督察反馈问题整改进展情况（共3个问题）
问题1.1：城区污水管网建设滞后。
整改时限：2024年6月底
整改进展情况：已完成整改
（1）新建污水管网12公里。
问题1.2：工业园区废气治理不到位。
整改时限：2024年12月底
整改进展情况：持续推进中
（1）完成3家企业治理。
问题1.3：农村黑臭水体治理滞后。
整改时限：长期坚持
整改进展情况：已完成整改
（1）完成治理水体5处。
附件2
交办信访件整改进展情况（共2个问题）
问题2.1：某小区噪声扰民。
整改时限：2023年10月底
整改进展情况：已完成整改
（1）加装隔音设施。
问题2.2：某河道垃圾堆放。
整改时限：2023年9月底
整改进展情况：已完成整改
（1）清运垃圾200吨。
"""
_LISTINGS = [
    "附件：1.督察反馈问题整改进展情况（共3个问题）\n2.交办信访件整改进展情况（共2个问题）",
    "附件：\n1.督察反馈问题整改进展情况（共3个问题）\n2.交办信访件整改进展情况（共2个问题）",  # was misread (8)
    "附件1：督察反馈问题整改进展情况（共3个问题）\n附件2：交办信访件整改进展情况（共2个问题）",  # was misread (10)
]


@pytest.mark.parametrize("listing", _LISTINGS)
@pytest.mark.parametrize("total, want", [
    ("截至2024年2月底，督察反馈问题和交办信访件共5个，已完成整改4个。", (5, 4)),
    ("我市扎实推进整改。", (5, None)),  # no body total: the attachments' counts add up
])
def test_attachments_named_again_in_the_body_are_counted_once(listing, total, want):
    h = parse_text(_REPORT.format(total=total, listing=listing)).headline
    assert (h.problems_total, h.problems_done) == want
