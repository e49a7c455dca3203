"""Rules added while generalising the parser to documents it had not seen, each on a short snippet."""
from __future__ import annotations

from pathlib import Path

from zhenggai.importer.extract import extract_file
from zhenggai.importer.parse import parse_paragraphs, parse_text
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.numbering import LEVEL_LABELLED, parse_marker

from tests.importer.helpers import bulletin as _bulletin, INTRO

HELDOUT = Path(__file__).resolve().parent / "heldout"


def test_problems_labelled_wenti_yi_are_headings_with_their_number():
    marker = parse_marker("问题三：公务接待管理不规范。")
    assert (marker.level, marker.number, marker.rest) == (LEVEL_LABELLED, 3, "公务接待管理不规范。")
    assert parse_marker("问题：公务接待管理不规范。") is None


def test_a_plan_with_wenti_yi_headings_gives_one_problem_per_label():
    text = "\n".join([
        "中共某县审计局党组落实县委巡察反馈意见整改方案", INTRO, "三、整改任务", "（一）政治建设方面",
        "问题一：理论学习不深入。", "整改目标：学习制度化。", "整改措施：1.制定学习计划；2.开展专题研讨。", "责任单位：办公室", "整改时限：2024年6月底",
        "问题二：制度执行不严格。", "整改措施：修订内控制度。", "责任单位：财务科、办公室", "整改时限：长期坚持",
    ])
    r = parse_text(text)
    assert [(p.seq, p.title, p.measure_count, p.responsible_units, p.deadline) for p in r.problems] == [
        (1, "理论学习不深入", 2, ["办公室"], "2024年6月底"),
        (2, "制度执行不严格", 1, ["财务科", "办公室"], "长期坚持"),
    ]


def test_the_guan_yu_de_wenti_wrapper_is_stripped_without_a_zhenggai_suffix():
    r = parse_text(_bulletin("1.关于作风建设抓得不够实，“四风”问题仍有发生的问题。", "一是开展专项整治；二是开展警示教育。"))
    assert r.problems[0].title == "作风建设抓得不够实，“四风”问题仍有发生"  # kept as written: the full-width comma stays


def test_an_audit_statement_followed_by_zhenggai_qingkuang_is_a_problem():
    r = parse_text("\n".join([
        "关于2023年度预算执行审计查出问题整改情况的报告", "一、总体情况", "审计工作报告反映的2个问题，已整改到位1个。",
        "二、预算执行审计查出问题的整改情况",
        "（一）非税收入未及时缴库的问题。整改情况：已全部缴入国库。",
        "（二）预算执行率偏低的问题。整改情况：一是收回资金；二是修订办法。",
        "三、下一步工作", "（一）持续跟踪督促。对未完成事项实行清单管理。",
    ]))
    assert [(p.title, p.category, p.measure_count) for p in r.problems] == [
        ("非税收入未及时缴库的问题", "预算执行审计查出问题的整改情况", 1),
        ("预算执行率偏低的问题", "预算执行审计查出问题的整改情况", 2),
    ]
    assert (r.headline.problems_total, r.headline.problems_done) == (2, 1)


def test_a_hard_wrapped_text_is_joined_even_where_a_line_break_falls_inside_a_heading():
    width = 20
    source = [
        "中共某县交通运输局党组关于巡察整改进展情况的通报", INTRO, "二、整改落实情况",
        "1、基建项目管理不规范，部分工程未按规定履行招标程序，存在化整为零现象。",
        "一是开展专项审计，发现问题十八个，已全部整改；二是修订基本建设项目管理办法；三是建立跟踪审计制度。",
        "2、校办企业监管缺位，资产收益未及时上缴。",
        "完成校办企业清理规范，注销空壳企业两家，收缴资产收益一百八十六万元。",
    ]
    lines = [chunk for line in source for chunk in (line[i:i + width] for i in range(0, len(line), width))]
    r = parse_paragraphs(lines)
    assert [(p.title, p.measure_count) for p in r.problems] == [
        ("基建项目管理不规范，部分工程未按规定履行招标程序，存在化整为零现象", 3),
        ("校办企业监管缺位，资产收益未及时上缴", 1),
    ]


def test_a_pdf_line_that_runs_to_the_right_margin_is_joined_with_the_next():
    paragraphs = extract_file(HELDOUT / "plan_paren_problem.pdf").paragraphs
    assert "整改措施：（1）全面清查2020年以来规划调整项目；（2）修订《规划条件调整管理规定》。" in paragraphs
    assert paragraphs[-2:] == ["中共云溪市自然资源和规划局党组", "2024年8月20日"]


def test_items_numbered_inline_and_at_line_starts_are_each_counted_once():
    r = parse_text(_bulletin(
        "1.关于“规划编制滞后”问题的整改情况",
        "整改措施：（1）加快编制详细规划；", "（2）建立周调度制度；（3）引入第三方审查；", "（4）纳入年度考核。",
    ))
    assert r.problems[0].measure_count == 4


def test_a_sentence_printed_twice_is_one_measure():
    r = parse_text(_bulletin("1.关于“扬尘治理不力”问题的整改", "一是开展专项整治；二是安装在线监测设备。二是安装在线监测设备。"))
    assert r.problems[0].measure_count == 2
    assert any(a.code == "measure_numbering" for a in r.anomalies)


def test_a_deadline_after_a_numbered_measure_list_belongs_to_the_problem():
    r = parse_text("\n".join([
        "中共某区司法局党组关于巡察反馈意见的整改方案", INTRO, "二、整改任务",
        "1．执法监督工作薄弱.", "整改措施:",
        "(1)开展案卷评查(责任单位:执法监督科;完成时限:2024年9月底);", "(2)建立监督员制度(责任单位:法治督察科).",
        "整改时限:长期坚持",
        "2．社区矫正监管存在漏洞.", "整改措施:落实电子定位监管(责任单位:社区矫正管理局).", "整改时限:立行立改",
    ]))
    assert [(p.title, p.measure_count, p.responsible_units, p.deadline) for p in r.problems] == [
        ("执法监督工作薄弱", 2, ["执法监督科", "法治督察科"], "长期坚持"),
        ("社区矫正监管存在漏洞", 1, ["社区矫正管理局"], "立行立改"),
    ]
    assert r.problems[0].measures[0].deadline == "2024年9月底"


def test_zhenggai_jinzhan_is_a_neutral_label_under_a_status_section():
    r = parse_text(_bulletin("（一）已整改完成的问题", "1.应急物资储备不足。", "整改进展：新增储备库2个。"))
    assert r.problems[0].status == "done"


def test_a_signature_above_an_attachment_and_the_date_of_a_meeting_report_are_report_dates():
    plan = parse_text("\n".join([
        "某县贯彻落实督察反馈意见整改方案", "督察组于2023年5月10日至6月10日对我县开展了督察，8月16日反馈了意见。",
        "一、整改任务", "（一）问题：垃圾中转站渗滤液直排。", "整改措施：建设收集池。",
        "某县人民政府", "2023年9月5日", "附件", "整改措施清单",
    ]))
    assert plan.report_date == "2023-09-05"
    report = parse_text("\n".join([
        "关于2023年度审计查出问题整改情况的报告", "——2024年12月24日在市第十六届人民代表大会常务委员会第二十三次会议上",
        "一、整改情况", "（一）资产底数不清的问题。整改情况：已完成资产清查。",
    ]))
    assert report.report_date == "2024-12-24"


def test_headline_figures_in_more_wordings():
    h = headline_figures("58项整改措施已完成51项。")
    assert (h.measures_total, h.measures_done) == (58, 51)
    h = headline_figures("巡视反馈的问题共15个，已完成整改问题12个。")
    assert (h.problems_total, h.problems_done) == (15, 12)
    h = headline_figures("审计工作报告反映的4个方面38个问题，截至11月底，已整改到位31个，正在整改7个。")
    assert (h.problems_total, h.problems_done) == (38, 31)
