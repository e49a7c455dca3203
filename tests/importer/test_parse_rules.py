"""Parsing rules, each shown on a short snippet written in the genre."""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_paragraphs, parse_text
from zhenggai.importer.parse.dates import parse_date_text
from zhenggai.importer.parse.inspection import inspection_facts
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.fields import split_units

from tests.importer.helpers import bulletin as _bulletin


def test_it_strips_the_guan_yu_wrapper_from_problem_titles():
    r = parse_text(_bulletin("1.关于“道路养护资金使用不规范”问题的整改情况", "一是修订办法。二是开展检查。"))
    assert [p.title for p in r.problems] == ["道路养护资金使用不规范"]


def test_it_keeps_quotes_that_belong_to_the_statement_itself():
    r = parse_text(_bulletin("1.关于“执法力量“融而不优””问题的整改。", "一是补充人员。"))
    assert r.problems[0].title == "执法力量“融而不优”"


def test_it_keeps_plain_headings_without_their_full_stop():
    r = parse_text(_bulletin("（一）作风建设方面", "1.持续整治形式主义。", "一是精简会议。二是压减文件。", "2.规范公务用车管理。", "建立用车台账。"))
    assert [(p.seq, p.category, p.title, p.measure_count) for p in r.problems] == [
        (1, "作风建设方面", "持续整治形式主义", 2),
        (2, "作风建设方面", "规范公务用车管理", 1),
    ]


def test_it_does_not_count_next_step_lists_as_measures():
    r = parse_text(_bulletin("1.关于“安全监管不到位”问题的整改。", "一是开展排查。二是约谈企业。下一步，一是完善制度；二是加强督查。"))
    assert r.problems[0].measure_count == 2


def test_it_does_not_count_a_trailing_next_step_section():
    r = parse_text(_bulletin("1.关于“安全监管不到位”问题的整改。", "一是开展排查。二是约谈企业。", "三、下一步工作打算", "一是持续用力。二是健全机制。"))
    assert r.problems[0].measure_count == 2


def test_it_takes_status_from_the_section_a_problem_sits_in():
    r = parse_text(_bulletin(
        "（一）已整改完成的问题", "1.关于“甲”问题的整改。", "一是做了。",
        "（二）正在推进整改的问题", "1.关于“乙”问题的整改。", "一是在做。",
        "（三）需要长期坚持的问题", "1.关于“丙”问题的整改。", "一是常抓。",
    ))
    assert [(p.seq, p.status) for p in r.problems] == [(1, "done"), (1, "in_progress"), (1, "long_term")]
    # numbering from 1 again in each status section is how these bulletins are written, not a defect (issue 9)
    assert not any(a.code == "numbering_restart" for a in r.anomalies)


def test_a_numbering_restart_inside_one_section_is_still_reported():
    r = parse_text(_bulletin(
        "（一）已整改完成的问题", "1.关于“甲”问题的整改。", "一是做了。", "2.关于“乙”问题的整改。", "一是做了。",
        "1.关于“丙”问题的整改。", "一是常抓。",
    ))
    assert any(a.code == "numbering_restart" for a in r.anomalies)


def test_it_leaves_status_open_when_section_and_label_disagree():
    r = parse_text(_bulletin("（二）正在推进整改的问题", "1.关于“丁”问题的整改。", "整改结果及成效：", "一是已办结。"))
    assert r.problems[0].status is None
    assert any(a.code == "status_conflict" for a in r.anomalies)


def test_it_reads_plan_fields_deadline_and_units():
    text = "\n".join([
        "某市关于省环保督察反馈意见的整改方案",
        "一、部分企业废气治理设施运行不正常。",
        "整改目标：企业稳定达标排放。",
        "整改时限：立行立改，长期坚持。",
        "整改措施：1.开展专项检查。（责任单位：市生态环境局、各县区人民政府）2.依法查处超标排放。（责任单位：市生态环境局）",
    ])
    p = parse_text(text).problems[0]
    assert p.deadline == "立行立改，长期坚持"
    assert p.measure_count == 2
    assert p.responsible_units == ["市生态环境局", "各县区人民政府"]
    assert p.target == "企业稳定达标排放"


def test_it_keeps_a_unit_phrase_whole_when_its_parts_share_a_head():
    assert split_units("各县区党委、人民政府和开发区党工委、管委会") == ["各县区党委、人民政府和开发区党工委、管委会"]
    assert split_units("市财政局、市审计局") == ["市财政局", "市审计局"]


@pytest.mark.parametrize(("value", "expected"), [
    ("县住房和城乡建设局、县生态环境局", ["县住房和城乡建设局", "县生态环境局"]),
    ("市人力资源和社会保障局、市文化和旅游局、市工业和信息化局",
     ["市人力资源和社会保障局", "市文化和旅游局", "市工业和信息化局"]),
    ("市发展和改革委员会、市自然资源和规划局", ["市发展和改革委员会", "市自然资源和规划局"]),
    ("各县（市、区）人民政府和开发区管委会、市生态环境局", ["各县（市、区）人民政府和开发区管委会、市生态环境局"]),
])
def test_a_和_inside_a_units_name_does_not_stop_the_list_being_split(value, expected):
    assert split_units(value) == expected


@pytest.mark.parametrize(
    "sentence, total, done, measures, measures_done, rules",
    [
        ("针对反馈的30个问题制定整改措施90条，截至目前，60条已完成，总进度66.7%，共形成制度机制12项。", 30, None, 90, 60, 12),
        ("巡察指出的12个问题已完成11个，正在推进1个。", 12, 11, None, None, None),
        ("目前已整改40项，正在整改10项。", 50, 40, None, None, None),
        ("修订或新制定18项工作制度。", None, None, None, None, 18),
        ("截至6月底，共计9个问题已整改完成。", None, 9, None, None, None),
        ("反馈的3个方面12个问题，已完成整改9个；共制定整改措施37条，已完成31条；建立完善制度机制8项。",
         12, 9, 37, 31, 8),
        ("细化整改措施62项，建立三张清单。截至2月底，15个问题已完成整改12个；细化整改措施62项，已完成55项。",
         15, 12, 62, 55, None),
    ],
)
def test_it_reads_headline_figures_in_their_usual_wordings(sentence, total, done, measures, measures_done, rules):
    h = headline_figures(sentence)
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done, h.rules_made) == (
        total, done, measures, measures_done, rules,
    )


def test_it_resolves_a_feedback_date_without_a_year_from_the_inspection_period():
    i = inspection_facts("2022年11月2日至12月20日，市委第一巡察组对市档案馆进行了巡察。1月9日，巡察组反馈了巡察意见。", None)
    assert (i.start, i.end, i.feedback_date) == ("2022-11-02", "2022-12-20", "2023-01-09")
    assert i.inspector == "市委第一巡察组"
    assert i.inspected == "市档案馆"


def test_it_reads_dates_written_in_chinese_numerals():
    assert parse_date_text("二〇二三年十月三十日").isoformat() == "2023-10-30"


def test_it_prefers_the_signature_date_to_the_page_date():
    r = parse_paragraphs(["发布日期：2024-03-02", *_bulletin("1.关于“甲”问题的整改。", "一是做了。").splitlines(), "中共某县交通运输局党组", "2024年3月1日"])
    assert r.report_date == "2024-03-01"


def test_it_removes_site_chrome_and_reports_it():
    r = parse_paragraphs(["首页", "您当前所在位置：首页 > 通知公告", *_bulletin("1.关于“甲”问题的整改。", "一是做了。").splitlines(), "【打印】【关闭】"])
    assert r.title == "中共某县交通运输局党组关于巡察整改进展情况的通报"
    assert any(a.code == "site_chrome" for a in r.anomalies)


def test_it_joins_lines_broken_mid_sentence_and_drops_page_jump_markers():
    r = parse_text(_bulletin("1.关于“甲”问题的整改。", "一是开展排查，发现问", "题12个。二是完成整改（下转第3版）"))
    assert r.problems[0].measure_count == 2
    assert any(a.code == "page_jump" for a in r.anomalies)


def test_it_flags_a_headline_that_disagrees_with_the_list():
    r = parse_text(_bulletin("针对反馈的3个问题，逐项整改。", "1.关于“甲”问题的整改。", "一是做了。"))
    assert any(a.code == "headline_mismatch" and "3个问题" in a.message_zh for a in r.anomalies)


def test_it_flags_gaps_in_problem_numbering():
    r = parse_text(_bulletin("1.关于“甲”问题的整改。", "一是做了。", "3.关于“丙”问题的整改。", "一是做了。"))
    assert [p.seq for p in r.problems] == [1, 3]
    assert any(a.code == "numbering_gap" for a in r.anomalies)


def test_it_undoes_document_sharing_page_chunks():
    chunk = "。".join(["这是一段被分享网站切开的正文内容用于测试"] * 6)
    lines = ["某市整改方案.doc", f"1、某市整改方案{chunk}一、部分单", f"2、位落实责任不到位。{chunk}。整改目标:落实到", f"3、位。整改时限:2024年底。整改措施:1.开展检查。(责任单位:市", f"4、财政局)2.约谈。(责任单位:市审计局){chunk}。"]
    r = parse_paragraphs(lines)
    assert any(a.code == "chunk_markers" for a in r.anomalies)
    assert r.title == "某市整改方案"


def test_it_never_drops_a_paragraph():
    text = _bulletin("（一）已整改完成的问题", "截至目前，共计1个问题已整改完成。", "1.关于“甲”问题的整改。", "一是做了。", "这是一段没有编号的补充说明。")
    r = parse_text(text)
    placed = " ".join(r.preamble + r.closing + [u["text"] for u in r.unplaced])
    for p in r.problems:
        placed += p.title + " ".join(m.text for m in p.measures) + " ".join(p.notes)
    assert "截至目前" in placed and "补充说明" in placed


def test_a_table_of_problems_is_reported_in_the_schemas_kinds():
    """The truth schema knows bulletins and plans: a ledger with any progress is a bulletin, else a plan."""
    from zhenggai.importer.ledger_reader import rows_to_result

    header = ["序号", "问题", "整改措施", "责任单位", "整改时限"]
    plan = rows_to_result([header, ["1", "审批时限偏长", "压缩审批时限", "审批处", "2024年底"]])
    done = rows_to_result([header + ["完成状态"], ["1", "审批时限偏长", "压缩审批时限", "审批处", "2024年底", "已完成"]])
    assert (plan.to_dict()["kind"], plan.to_dict()["layout"]) == ("plan", "ledger")
    assert (done.to_dict()["kind"], done.to_dict()["layout"]) == ("bulletin", "ledger")
