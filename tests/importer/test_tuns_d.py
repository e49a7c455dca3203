"""Problem lists by family, from set D's tuning half (session 14, helper tuns): constructed texts (not copies of the
set's), each family with negatives that look alike and must not be read that way.

Families:
- A one-task notice in labelled fields: its top-level items are short labels followed by a colon and their value
  ("一、整改任务：…", "二、责任单位：…", "三、整改时限：…", "五、整改完成情况：一是…"): one problem, the task's field its
  title, the other fields its units, deadline, status and measures — not a list of the fields.
- A bracketed note after the units naming which one leads ("A、B（牵头单位为A）") names no unit; "—" names none.
- One feedback item in a section of its own ("一、反馈问题 / 第一轮督察反馈指出，…"), then a section of what was done
  ("二、整改落实情况 一是…二是…"): that section's items are its measures; a section that is not about what was done
  (二、下一步打算) is not.
- A ledger with a two-row heading (责任单位 over 牵头单位 | 配合单位): the sub-columns are read; the lines above the
  heading "填报单位：… 填报日期：…" are the issuer and the report date.
- A labelled heading broken by a soft line break on a word that cannot end a phrase ("问题五：…推进不" | "力，…")
  is one heading; a heading that ends its phrase is not joined to the paragraph after it.
- "关于X的问题。整改情况：…" is titled X even when the body later says "…问题整改工作".
"""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [(p.seq, p.title, p.status, p.measure_count, p.responsible_units, p.deadline) for p in parse_text(text).problems]


# --- a one-task notice in labelled fields -----------------------------------------------------------------------------
FIELDED = ("关于市委巡察反馈问题整改任务（第{n}项）整改销号情况的公示\n"
           "根据市委巡察整改工作安排，某县教育局已完成该项整改任务，经县巡察整改办核查，符合销号条件，现予公示。\n"
           "{a}{task}：部分学校食堂食材采购未实行公开招标，采购价格明显高于市场价格。\n"
           "{b}{units}：县教育局、县市场监督管理局（牵头单位为县教育局）\n"
           "{c}{deadline}：2023年10月底\n"
           "{d}{done}：一是全面清理食堂食材供应合同；二是委托第三方开展公开招标；三是建立食材价格月度比对制度。\n"
           "经核查，相关学校食材采购均已纳入公开招标。\n"
           "{e}公示期限：2023年11月1日至11月7日。\n"
           "某县巡察整改工作领导小组办公室\n2023年11月1日\n")


@pytest.mark.parametrize("marks", [("一、", "二、", "三、", "四、", "五、"), ("（一）", "（二）", "（三）", "（四）", "（五）")])
@pytest.mark.parametrize("labels", [("整改任务", "责任单位", "整改时限", "整改完成情况"),
                                    ("反馈问题", "整改责任单位", "完成时限", "整改情况"),
                                    ("存在问题", "整改主体", "整改期限", "落实情况")])
def test_a_notice_whose_top_level_items_are_labelled_fields_is_one_problem_with_its_fields(marks, labels):
    text = FIELDED.format(n="六", a=marks[0], b=marks[1], c=marks[2], d=marks[3], e=marks[4], task=labels[0],
                          units=labels[1], deadline=labels[2], done=labels[3])
    assert _read(text) == [(6, "部分学校食堂食材采购未实行公开招标，采购价格明显高于市场价格", "done", 3,
                            ["县教育局", "县市场监督管理局"], "2023年10月底")]


def test_a_report_whose_labelled_items_name_no_problem_field_is_not_read_as_a_notice():
    text = ("某局关于巡察整改工作的总结\n一、组织领导：成立整改工作领导小组，局长任组长。\n二、整改措施：制定整改方案，逐项明确责任。\n"
            "三、整改成效：建立制度12项。\n四、下一步打算：持续巩固整改成果。\n")
    got = parse_text(text)
    assert got.reading != "notice"
    assert [p.title for p in got.problems] != ["制定整改方案，逐项明确责任"]


def test_a_problem_field_over_numbered_problems_reads_its_items_not_the_fields_as_the_list():
    text = ("某局巡察反馈问题整改情况的通报\n一、存在问题：巡察组反馈了以下问题。\n1.理论学习中心组学习不深入。\n2.公务接待管理不规范。\n"
            "3.固定资产账实不符。\n二、整改措施：逐项制定整改措施。\n三、整改时限：2023年底\n四、整改情况：已全部完成整改。\n")
    titles = [p.title for p in parse_text(text).problems]
    assert titles == ["理论学习中心组学习不深入", "公务接待管理不规范", "固定资产账实不符"]


# --- units: a bracketed note naming the lead is no unit, a dash names none ------------------------------------------
@pytest.mark.parametrize("value,units", [
    ("县教育局、县财政局（牵头单位为县教育局）", ["县教育局", "县财政局"]),
    ("县教育局、县财政局(其中县教育局为牵头单位)", ["县教育局", "县财政局"]),
    ("县委办（县政府办）", ["县委办（县政府办）"]),
    ("县水利局、—", ["县水利局"]),
    ("—", []),
])
def test_a_note_naming_the_lead_unit_and_a_dash_name_no_unit(value, units):
    from zhenggai.importer.parse.fields import split_units

    assert split_units(value) == units


# --- one feedback item in a section, then a section of what was done ------------------------------------------------
ONE_ITEM = ("关于第二轮省级督察反馈问题第12项整改情况的说明\n2022年5月，省督察组对我县开展督察，并反馈了督察意见。现将第12项整改情况说明如下：\n"
            "一、反馈问题\n第二轮督察反馈指出，县城区雨污分流改造滞后，部分污水直排河道。\n整改时限：2023年12月底。\n"
            "二、{second}\n一是编制雨污分流改造专项规划；二是完成老城区管网改造18公里；三是建立河道排口巡查制度。\n"
            "三、{third}\n经县生态环境局现场核查，该问题已完成整改。\n某县住房和城乡建设局\n2024年1月10日\n")


@pytest.mark.parametrize("second,third", [("整改落实情况", "整改成效"), ("整改措施", "验收情况"), ("整改完成情况", "整改成效")])
def test_a_feedback_item_in_its_own_section_takes_the_next_sections_items_as_its_measures(second, third):
    assert _read(ONE_ITEM.format(second=second, third=third)) == [
        (12, "县城区雨污分流改造滞后，部分污水直排河道", "done", 3, [], "2023年12月底")]


def test_a_next_section_that_is_not_about_what_was_done_gives_no_measures():
    got = parse_text(ONE_ITEM.format(second="下一步工作打算", third="整改成效")).problems
    assert len(got) == 1
    assert not any("专项规划" in m.text or "巡查制度" in m.text for m in got[0].measures)


# --- a ledger with a two-row heading --------------------------------------------------------------------------------
def _ledger(tmp_path, second_row):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某局巡察反馈问题整改台账"])
    ws.append(["填报单位（盖章）：中共某局党组        填报日期：2023年12月5日"])
    ws.append(["序号", "反馈问题", "整改措施", "责任单位", None, "整改时限", "整改进展", None])
    if second_row:
        ws.append([None, None, None, "牵头单位", "配合单位", None, "完成情况", "佐证材料"])
        ws.merge_cells("D3:E3")
        ws.merge_cells("G3:H3")
    ws.append([1, "干部选拔任用程序不规范", "1.修订选任办法。\n2.开展专项检查。", "组织人事科", "办公室", "2023年9月", "已完成", "文件"])
    ws.append([2, "专项资金拨付滞后", "建立拨付台账。", "财务科", "—", "2023年12月", "推进中", "台账"])
    path = tmp_path / "ledger.xlsx"
    wb.save(path)
    return path


def test_a_ledger_with_a_two_row_heading_reads_lead_and_assisting_units_and_its_filled_in_date(tmp_path):
    from zhenggai.importer.parse import parse_file

    r = parse_file(_ledger(tmp_path, True))
    if hasattr(r, "materialise"):
        r.materialise()
    assert [(p.seq, p.title, p.status, p.measure_count, p.responsible_units) for p in r.problems] == [
        (1, "干部选拔任用程序不规范", "done", 2, ["组织人事科", "办公室"]),
        (2, "专项资金拨付滞后", "in_progress", 1, ["财务科"])]
    assert (r.issuer, r.report_date) == ("中共某局党组", "2023-12-05")


def test_a_ledgers_first_data_row_is_not_taken_for_a_second_heading_row(tmp_path):
    from zhenggai.importer.parse import parse_file

    r = parse_file(_ledger(tmp_path, False))
    if hasattr(r, "materialise"):
        r.materialise()
    assert [p.title for p in r.problems] == ["干部选拔任用程序不规范", "专项资金拨付滞后"]


def test_a_row_of_short_cells_stating_a_problem_is_a_data_row_not_a_sub_heading():
    from zhenggai.importer.ledger_reader import _sub_header

    header = ["序号", "问题类别", "反馈问题", "整改措施", "责任单位", ""]
    assert _sub_header(header, ["", "作风方面", "接待超标", "修订接待措施", "办公室", "配合单位"]) is None
    assert _sub_header(header, ["", "", "", "", "牵头单位", "配合单位"]) is not None  # (the heading's second row)


# --- a soft line break inside a labelled heading -------------------------------------------------------------------
SOFT = ("某院巡察整改情况通报\n问题一：党委议事规则不够完善。\n整改情况：\n1.修订党委会议事规则。\n"
        "问题二：{head}\n{tail}\n整改情况：\n1.制定学科建设规划。\n2.设立学科建设专项经费。\n")


@pytest.mark.parametrize("head,tail,title", [
    ("重点学科建设推进不", "力，人才引进进展缓慢。", "重点学科建设推进不力，人才引进进展缓慢"),
    ("科研经费使用管理的", "规范性有待加强。", "科研经费使用管理的规范性有待加强"),
    ("对下属单位监管和", "指导不够到位。", "对下属单位监管和指导不够到位"),
])
def test_a_labelled_heading_broken_on_a_word_that_cannot_end_a_phrase_is_one_heading(head, tail, title):
    got = parse_text(SOFT.format(head=head, tail=tail)).problems
    assert [(p.seq, p.title, p.measure_count) for p in got] == [(1, "党委议事规则不够完善", 1), (2, title, 2)]


def test_a_heading_that_ends_its_phrase_is_not_joined_to_the_next_paragraph():
    from zhenggai.importer.parse.normalize import Para, _should_join

    assert not _should_join(Para("一、加强组织领导", 0), Para("成立了整改工作领导小组，由院长任组长。", 1), lambda t: False)
    assert _should_join(Para("一、关于学科建设推进不", 0), Para("力的问题。", 1), lambda t: False)


# --- 关于X的问题。 followed by a body that says 问题整改 ------------------------------------------------------------
@pytest.mark.parametrize("body", ["一是召开结算问题整改工作会；二是追回多计款项。", "一是修订规程；二是研究相关问题整改工作方案。"])
def test_the_guanyu_wrapper_ends_at_its_sentence_even_when_the_body_says_wenti_zhenggai(body):
    text = ("某市审计查出问题整改情况的报告\n一、审计查出问题的整改情况\n1.关于部分项目工程结算不实的问题。整改情况：" + body
            + "该问题已整改完成。\n2.关于专项资金闲置的问题。整改情况：一是盘活资金；二是收回财政。该问题已整改完成。\n")
    got = parse_text(text).problems
    assert [(p.seq, p.title, p.measure_count) for p in got] == [(1, "部分项目工程结算不实", 2), (2, "专项资金闲置", 2)]


def test_the_wrapper_with_its_own_zhenggai_suffix_still_reads():
    from zhenggai.importer.parse.titles import split_heading

    assert split_heading("关于干部档案管理不规范问题的整改情况", True)[0] == "干部档案管理不规范"


# --- a problem field listing its problems inline -----------------------------------------------------------------------
SELF_CHECK = ("某校安全自查整改报告\n一、存在问题：{problems}\n二、整改措施：一是清理消防通道；二是更换灭火器；三是更新监控设备。\n"
              "三、整改时限：2023年10月底\n四、整改情况：已全部完成整改。\n某校\n2023年11月1日\n")


@pytest.mark.parametrize("problems", ["通过自查，发现以下问题：1.消防通道被占用；2.部分灭火器过期；3.监控设备老化。",
                                      "经排查，存在三个方面问题：（1）消防通道被占用；（2）部分灭火器过期；（3）监控设备老化。",
                                      "自查发现的主要问题：一是消防通道被占用；二是部分灭火器过期；三是监控设备老化。"])
def test_a_labelled_problem_field_listing_its_problems_inline_gives_one_problem_each(problems):
    got = parse_text(SELF_CHECK.format(problems=problems)).problems
    assert [(p.seq, p.title, p.status, p.measure_count) for p in got] == [
        (1, "消防通道被占用", "done", 3), (2, "部分灭火器过期", "done", 3), (3, "监控设备老化", "done", 3)]


def test_a_labelled_problem_field_naming_its_problems_in_one_sentence_is_one_problem():
    got = parse_text(SELF_CHECK.format(problems="通过自查，发现消防通道被占用、部分灭火器过期等问题。")).problems
    assert [(p.title, p.status, p.measure_count) for p in got] == [("通过自查，发现消防通道被占用、部分灭火器过期等问题", "done", 3)]


def test_a_labelled_field_of_measures_listed_inline_is_not_read_as_problems():
    text = SELF_CHECK.format(problems="消防安全管理不到位。").replace(
        "二、整改措施：一是清理消防通道；二是更换灭火器；三是更新监控设备。", "二、整改措施：采取以下措施：1.清理消防通道；2.更换灭火器。")
    got = parse_text(text).problems
    assert [(p.title, p.measure_count) for p in got] == [("消防安全管理不到位", 2)]


# --- one task in fixed sections named loosely, with its outcome in a section of its own -------------------------------
TASK_SECTIONS = ("关于第二轮省级督察反馈问题第12项整改情况的说明\n2022年5月，省督察组对我县开展督察，并反馈了督察意见。现将第12项整改情况说明如下：\n"
                 "一、{first}\n{stmt}\n整改时限：2023年12月底。\n"
                 "二、{second}\n一是编制雨污分流改造专项规划；二是完成老城区管网改造18公里；三是建立河道排口巡查制度。\n"
                 "三、{third}\n经县生态环境局现场核查，该问题已完成整改。\n某县住房和城乡建设局\n2024年1月10日\n")


@pytest.mark.parametrize("first,stmt", [("反馈问题", "第二轮督察反馈指出，县城区雨污分流改造滞后，部分污水直排河道。"),
                                        ("问题描述", "县城区雨污分流改造滞后，部分污水直排河道。")])
@pytest.mark.parametrize("second,third", [("整改落实情况", "整改成效"), ("整改措施及成效", "验收情况"),
                                          ("主要整改措施", "整改结果"), ("整改工作开展情况", "验收意见")])
def test_one_task_in_sections_of_its_problem_what_was_done_and_the_outcome_is_one_problem(first, stmt, second, third):
    got = parse_text(TASK_SECTIONS.format(first=first, stmt=stmt, second=second, third=third)).problems
    assert [(p.seq, p.title, p.status, p.measure_count, p.deadline) for p in got] == [
        (12, "县城区雨污分流改造滞后，部分污水直排河道", "done", 3, "2023年12月底")]


def test_two_problem_sections_and_one_of_what_was_done_are_not_one_task():
    from zhenggai.importer.parse.readings import labelled_sections_candidate
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.tree import build_tree

    text = ("某局整改情况\n一、存在问题\n学习不深入。\n二、反馈问题\n接待不规范。\n三、整改情况\n已完成整改。\n")
    root = build_tree([Para(t, i) for i, t in enumerate(text.splitlines())])
    assert labelled_sections_candidate(root, text) is None
