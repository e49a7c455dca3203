"""Layouts of blindwritten17 (session 19, helper ks19): constructed texts, each rule with a positive case and a near miss.

Rules:
- A 督察 task table's 整改进展 cell (or a 完成情况 cell) that opens with a status word tells the row's status: "达到序时进度。
  已完成…" and its kin (按序时进度推进, 未达到序时进度) are work on schedule, in_progress; "持续整改" where the row stands
  (a progress cell, not a status column's verdict) goes on, in_progress (ledger_reader.RE_COMPLETION_STATUS).
- An item's account closing on "目前正在持续推进。" states where it stands now: in_progress (structure._STATE).
- An audit rectification report's items "1.审计发现问题：…。" are titled by the statement after the label (titles.
  RE_PROBLEM_LABEL); "（整改责任单位：…）" closing the account names the units (fields.RE_PAREN_UNITS).
- A plain wrapper "关于…问题整改…" read up to a "问题整改成效" inside the statement is not the wrapper when the line goes on
  to its own "…的问题" (titles._wrapper_goes_on).
- A Word table of one task's fields in two columns (项目 | 内容) is read as labelled fields, a cell's numbered lines kept
  apart (extract._field_form_lines, normalize.label_field_cells); a one-task notice's unnumbered "整改任务：…" label is its
  problem's category (readings.RE_TASK_SECTION_LABEL, R83).
"""
from __future__ import annotations

import io

import docx

from zhenggai.importer.extract import _field_form_lines, extract_bytes
from zhenggai.importer.ledger_reader import completion_status, rows_to_result, status_word
from zhenggai.importer.parse import parse_bytes, parse_text
from zhenggai.importer.parse.fields import units_in
from zhenggai.importer.parse.normalize import label_field_cells
from zhenggai.importer.parse.titles import _clean_title, split_heading

# --- status words of a table's progress cell -------------------------------------------------------------------------
HEADER = ["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "整改进展"]


def _task_rows(progress: list[str]) -> list[list[str]]:
    rows = [HEADER]
    for k, cell in enumerate(progress, 1):
        rows.append([str(k), f"第{k}项反馈问题，部分地方污水处理能力不足", "1.新建污水处理厂\n2.改造污水管网",
                     "省住房城乡建设厅", "2025年12月底前", cell])
    return rows


def test_a_progress_cell_opening_with_达到序时进度_is_in_progress_and_one_opening_with_已完成_is_done():
    result = rows_to_result(_task_rows(["已完成。问题点位全部销号。", "达到序时进度。已完成修复面积1325公顷，占计划任务的62%。",
                                        "按序时进度推进，已建成污水处理厂5座。", "持续整改"]))
    assert [p.status for p in result.problems] == ["done", "in_progress", "in_progress", "in_progress"]


def test_a_progress_cell_that_only_mentions_the_schedule_mid_sentence_states_no_status():
    assert completion_status("对照序时进度，已完成计划任务的68%。") is None
    assert completion_status("按照序时进度要求，组织各地加快推进。") is None
    # (a status column's 持续整改 stays a verdict of work with no end, as before)
    assert status_word("持续整改") == "long_term"


# --- an account closing on where the item stands now ---------------------------------------------------------------
BULLETIN = ("中共某某大学委员会关于巡视整改进展情况的通报\n"
            "根据省委统一部署，省委第九巡视组于2024年3月18日至5月24日对某某大学党委开展了巡视，7月4日反馈了巡视意见。现将整改进展情况通报如下。\n"
            "一、巡视反馈问题整改情况\n（一）关于党的建设方面\n"
            "1.理论学习中心组学习不够深入。\n整改情况：一是修订理论学习中心组学习制度；二是建立学习台账。目前已整改完成。\n"
            "2.人才队伍建设存在短板，高层次人才引育不足。\n整改情况：一是实施人才计划；二是引进高层次人才12名。{closing}\n"
            "3.基层党组织建设质量不高。\n整改情况：一是开展对标争先建设计划；二是整顿软弱涣散党支部。目前已整改完成。\n"
            "二、下一步工作\n继续抓好整改。\n")


def test_an_account_closing_on_目前正在持续推进_is_in_progress():
    result = parse_text(BULLETIN.format(closing="目前正在持续推进。"))
    assert [p.status for p in result.problems] == ["done", "in_progress", "done"]
    assert [len(p.measures) for p in result.problems] == [2, 2, 2]


def test_a_measure_that_carries_on_a_work_states_no_status():
    result = parse_text(BULLETIN.format(closing="三是持续推进人才工作。"))
    assert [p.status for p in result.problems] == ["done", None, "done"]


# --- audit findings labelled 审计发现问题：, units in a closing bracket -------------------------------------------------
AUDIT = ("某区人民政府关于2023年度预算执行审计查出问题整改情况的报告\n"
         "二、审计发现问题的整改情况\n（一）财政管理审计发现问题的整改情况\n"
         "1.审计发现问题：部分非税收入未及时缴入国库，涉及金额1836.2万元。\n"
         "整改情况：区财政局已督促相关单位将非税收入全部缴入国库。该问题已整改到位。（整改责任单位：区财政局）\n"
         "2.审计发现问题：财政存量资金盘活不及时，结转资金2614.5万元未收回统筹。\n"
         "整改情况：一是区财政局已收回结转资金；二是修订财政存量资金管理办法。该问题部分整改，正在持续推进。"
         "（整改责任单位：区财政局、区发展改革局）\n"
         "三、下一步工作\n持续跟踪督促。\n")


def test_an_audit_finding_labelled_审计发现问题_is_titled_after_its_label_with_the_units_of_its_closing_bracket():
    result = parse_text(AUDIT)
    assert [p.title for p in result.problems] == ["部分非税收入未及时缴入国库，涉及金额1836.2万元",
                                                  "财政存量资金盘活不及时，结转资金2614.5万元未收回统筹"]
    assert [p.responsible_units for p in result.problems] == [["区财政局"], ["区财政局", "区发展改革局"]]
    assert [p.status for p in result.problems] == ["done", "in_progress"]
    assert [len(p.measures) for p in result.problems] == [1, 2]


def test_a_statement_that_opens_on_the_words_审计发现问题_without_a_colon_keeps_them():
    assert _clean_title("审计发现问题整改督促不到位，部分问题整改不彻底。") == "审计发现问题整改督促不到位，部分问题整改不彻底"
    assert _clean_title("巡察反馈问题：班子议事规则不健全。") == "班子议事规则不健全"


def test_a_bracket_naming_the_rectifications_units_is_read_and_a_bracket_of_other_words_is_not():
    assert units_in("该问题已整改到位。（整改责任单位：区民政局、相关镇（街道））") == ["区民政局", "相关镇（街道）"]
    assert units_in("该问题已整改到位。（整改情况：已收回资金）") == []


# --- a plain wrapper whose statement holds "问题整改…" ---------------------------------------------------------------
def test_a_guanyu_heading_whose_statement_holds_问题整改成效_keeps_the_whole_statement():
    title, _body, _tag = split_heading("关于上轮巡视整改不到位，部分问题整改成效不明显的问题", True)
    assert title == "上轮巡视整改不到位，部分问题整改成效不明显"


def test_a_guanyu_wrapper_closed_by_its_own_label_is_stripped_as_before():
    title, body, _tag = split_heading("关于职能作用发挥不充分问题的整改情况：一是解决了编制问题；二是修订制度。", True)
    assert title == "职能作用发挥不充分"
    assert body.startswith("一是")
    title, _body, _tag = split_heading("关于职能作用发挥不充分问题的整改", True)
    assert title == "职能作用发挥不充分"


# --- a one-task notice as a two-column Word table ------------------------------------------------------------------
FORM = [["项目", "内容"], ["任务编号", "第23项"],
        ["整改任务", "某区存量垃圾场未按要求完成封场治理，渗滤液收集处理设施不完善"],
        ["整改前基本情况", "垃圾场1998年启用，2016年停止使用，停用后仅进行了简易覆土。"],
        ["责任单位", "某区城市管理局、某镇人民政府"], ["整改时限", "2024年12月底前"],
        ["整改措施及完成情况", "1.编制封场治理实施方案，完成堆体整形6.8万立方米\n2.新建渗滤液调节池1座\n"
                          "3.对周边沟渠1.6公里实施清淤\n4.建立封场后维护管理制度"],
        ["验收结论", "该项整改任务已完成，达到整改目标，同意销号。"], ["公示期限", "2025年1月6日至2025年1月12日"]]


def _notice_docx(rows) -> bytes:
    d = docx.Document()
    d.add_paragraph("关于督察反馈问题第23项整改任务验收销号的公示")
    d.add_paragraph("2023年11月21日至12月21日，中央第五生态环境保护督察组对某省开展了督察。第23项整改任务已完成整改，经验收，"
                    "符合销号条件，现将有关情况公示如下：")
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    d.add_paragraph("某市督察整改办")
    d.add_paragraph("2025年1月6日")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_two_column_field_table_of_one_task_is_read_as_the_notices_one_problem():
    result = parse_bytes(_notice_docx(FORM), "notice.docx")
    assert len(result.problems) == 1
    p = result.problems[0]
    assert (p.seq, p.category, p.status) == (23, "整改任务", "done")
    assert p.title == "某区存量垃圾场未按要求完成封场治理，渗滤液收集处理设施不完善"
    assert len(p.measures) == 4
    assert p.responsible_units == ["某区城市管理局", "某镇人民政府"]
    assert p.deadline == "2024年12月底前"


def test_a_field_tables_rows_become_labelled_lines_with_a_cells_numbered_lines_kept_apart():
    lines = _field_form_lines(FORM)
    assert lines[0] == "项目；内容"  # (its header row, as any row was read)
    assert "整改任务\t某区存量垃圾场未按要求完成封场治理，渗滤液收集处理设施不完善" in lines
    at = lines.index("整改措施及完成情况\t1.编制封场治理实施方案，完成堆体整形6.8万立方米")
    assert lines[at + 1: at + 4] == ["2.新建渗滤液调节池1座", "3.对周边沟渠1.6公里实施清淤", "4.建立封场后维护管理制度"]


def test_a_two_column_table_of_problems_or_a_wider_table_is_no_field_form():
    problems = [["序号", "存在问题"], ["1", "消防通道堵塞"], ["2", "灭火器过期"], ["3", "疏散指示灯损坏"]]
    assert _field_form_lines(problems) is None
    few_labels = [["项目", "内容"], ["整改任务", "某河段垃圾堆放"], ["整改时限", "2024年底"], ["备注", "无"]]
    assert _field_form_lines(few_labels) is None  # (only two known field labels)
    wide = [["整改任务", "某河段垃圾堆放", "已完成"], ["责任单位", "某镇", "—"], ["整改时限", "2024年底", "—"]]
    assert _field_form_lines(wide) is None
    extracted = extract_bytes(_notice_docx(problems), "list.docx")
    assert "1；消防通道堵塞" in extracted.paragraphs


def test_a_forms_other_short_labels_are_fields_only_where_three_known_labels_make_it_a_form():
    form = ["整改任务\t某河段垃圾堆放", "责任单位\t某镇", "整改时限\t2024年底", "验收结论\t同意销号"]
    assert [str(x) for x in label_field_cells(form)] == ["整改任务：某河段垃圾堆放", "责任单位：某镇", "整改时限：2024年底",
                                                         "验收结论：同意销号"]
    loose = ["整改任务\t某河段垃圾堆放", "责任单位\t某镇", "验收结论\t同意销号"]
    assert label_field_cells(loose) == loose


NOTICE = ("关于督察反馈问题第23项整改任务验收销号的公示\n"
          "第23项整改任务已完成整改，经验收，符合销号条件，现公示如下：\n"
          "{label}某区存量垃圾场未按要求完成封场治理，渗滤液收集处理设施不完善\n"
          "责任单位：某区城市管理局、某镇人民政府\n整改时限：2024年12月底前\n"
          "整改措施及完成情况：\n1.编制封场治理实施方案\n2.新建渗滤液调节池1座\n3.建立封场后维护管理制度\n"
          "验收结论：该项整改任务已完成，同意销号。\n公示期限：2025年1月6日至1月12日\n")


def test_a_one_task_notices_unnumbered_整改任务_label_is_its_problems_category():
    result = parse_text(NOTICE.format(label="整改任务："))
    assert [(p.seq, p.category, p.status, len(p.measures)) for p in result.problems] == [(23, "整改任务", "done", 3)]


def test_a_numbered_field_heading_over_the_task_is_no_category():
    result = parse_text(NOTICE.format(label="一、整改任务："))
    assert [(p.seq, p.category, len(p.measures)) for p in result.problems] == [(23, None, 3)]
