"""Headline figures and document fields by FAMILY, from blindwritten6 once released (issue 10, session 14, helper fin6f).

Each test names one family in general terms and runs it over constructed texts that no labelled document contains (other
bodies, places, numbers, genres), with negatives: texts that look alike and must not be read that way."""
from __future__ import annotations

import pytest

from zhenggai.importer.extract import extract_bytes
from zhenggai.importer.ledger_reader import read_ledger_rows
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import issuer_from_title, round_owner

from tests.importer.helpers import docx_with_table as _docx

_PROBLEMS = (
    "二、反馈问题整改落实情况\n"
    "（一）党的建设方面\n"
    "1.关于“理论学习不够深入”问题的整改情况\n"
    "一是修订学习制度；二是开展专题研讨2次。\n"
    "2.关于“议事规则执行不严”问题的整改情况\n"
    "一是修订议事规则；二是建立会议台账。\n"
    "（二）作风建设方面\n"
    "3.关于“公务用车管理不规范”问题的整改情况\n"
    "一是启用定位系统；二是每季度通报用车情况；三是清退违规补贴0.8万元。\n"
)
_LEAD = ("某乡党委关于巡察整改进展情况的通报\n"
         "2023年4月至6月，县委第一巡察组对某乡党委开展了常规巡察，并于2023年8月2日反馈了巡察意见。\n"
         "一、整改工作开展情况\n乡党委成立整改领导小组，对照反馈的2个方面3个问题逐条制定措施。\n")


def _closing(text: str) -> str:
    return _LEAD + _PROBLEMS + "三、下一步工作\n" + text + "\n中共某乡委员会\n2023年12月1日"


# --- headline figures ---------------------------------------------------------------------------------------------------
def test_figures_stated_after_the_problems_in_the_closing_section_fill_what_the_lead_left_unsaid():
    h = parse_text(_closing("截至目前，反馈的3个问题已整改完成2个，其余1个正在推进，共制定整改措施7条，已完成6条，"
                            "建立完善制度4项。下一步，乡党委将一是巩固成果；二是健全机制。")).headline
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done, h.rules_made) == (3, 2, 7, 6, 4)


def test_figures_after_next_steps_in_the_closing_section_are_a_plan_and_not_read():
    h = parse_text(_closing("下一步，乡党委将力争年底前再建立制度5项，完成剩余整改措施3条。")).headline
    assert (h.problems_done, h.measures_total, h.rules_made) == (None, None, None)


def test_a_closing_count_of_another_set_of_problems_is_not_the_documents():
    # the lead says 3; a closing 举一反三 count of 12 problems found elsewhere is another set
    h = parse_text(_closing("举一反三，乡党委对所属站所开展自查，发现并纠正同类问题12个，已完成整改10个。")).headline
    assert (h.problems_total, h.problems_done) == (3, None)
    # and with no total in the lead, a closing total that is not the number of problems listed is not taken either
    lead = _LEAD.replace("对照反馈的2个方面3个问题逐条制定措施", "逐条制定措施")
    h2 = parse_text(lead + _PROBLEMS + "三、举一反三情况\n举一反三，发现并纠正同类问题12个，已完成整改10个。\n"
                    "中共某乡委员会\n2023年12月1日").headline
    assert (h2.problems_total, h2.problems_done) == (None, None)


def test_the_rules_made_in_a_round_summarys_overall_section_are_read_with_its_problem_counts():
    text = ("中共某县委巡察工作领导小组办公室关于本届巡察整改工作情况的报告\n"
            "本届县委巡察工作开展以来，巡察整改取得明显成效。现将有关情况报告如下。\n"
            "一、总体情况\n"
            "本届县委共开展常规巡察6轮，各轮巡察共反馈问题356个，截至2024年9月30日，已整改340个，整改完成率95.5%；"
            "推动建立制度188项，移交问题线索21件。\n"
            "二、主要做法\n（一）压实责任。严格落实整改第一责任人职责。\n（二）强化监督。将整改纳入日常监督。\n"
            "三、存在的不足\n一是个别单位重视不够；二是部分问题整改难度大。\n"
            "中共某县委巡察工作领导小组办公室\n2024年10月8日")
    h = parse_text(text).headline
    assert (h.problems_total, h.problems_done, h.rules_made) == (356, 340, 188)


_ROWS = [["序号", "存在问题", "整改措施", "责任部门", "整改时限"],
         ["一、班子建设方面(2个问题)"] * 5,
         ["1", "民主集中制执行不到位", "1.修订议事规则。2.建立会议台账。", "办公室", "2024年12月底前"],
         ["2", "谈心谈话开展不经常", "落实谈心谈话制度。", "政治处", "立行立改"],
         ["二、业务工作方面(1个问题)"] * 5,
         ["3", "案件质量评查不深入", "1.开展案件评查。2.通报评查结果。", "业务部", "2025年3月底前"]]


def test_a_plan_whose_problems_are_in_a_table_gives_the_figures_its_text_states_outside_the_table():
    lead = ["某县司法局党组关于落实县委巡察反馈意见的整改方案",
            "2024年2月至4月，县委第三巡察组对某县司法局党组开展了巡察，并于2024年5月9日反馈了巡察意见。",
            "一、整改目标", "针对巡察反馈的2个方面3个问题，逐条制定整改措施，力争年底前完成整改。",
            "二、整改任务"]
    r = extract_bytes(_docx(lead, _ROWS, ["三、工作要求", "（一）压实责任。（二）加强督查。", "中共某县司法局党组", "2024年6月3日"]),
                      "plan.docx").ledger
    assert len(r.problems) == 3
    assert r.headline.problems_total == 3
    # negative: with no count in its text, the table's category rows "(n个问题)" are not a total
    lead2 = lead[:3] + ["逐条制定整改措施，力争年底前完成整改。", "二、整改任务"]
    r2 = extract_bytes(_docx(lead2, _ROWS, ["中共某县司法局党组", "2024年6月3日"]), "plan.docx").ledger
    assert r2.headline.problems_total is None


# --- document fields of a ledger --------------------------------------------------------------------------------------
_LEDGER = [
    ["某某能源投资集团有限公司党委第二轮巡察反馈问题整改台账", None, None, None, None],
    ["序号", "问题描述", "整改措施", "责任部门", "完成情况"],
    [1, "安全生产检查流于形式", "1.开展隐患排查\n2.建立整改台账", "安全部", "已完成"],
    [2, "合同管理不规范", "修订合同管理办法", "法务部", "推进中"],
]


def test_a_ledgers_foot_row_gives_its_date_and_is_not_a_problem():
    rows = _LEDGER + [["填报单位：集团党委巡察办", "填报单位：集团党委巡察办", "填报单位：集团党委巡察办", "填报时间：2024年7月15日",
                       "填报时间：2024年7月15日"]]
    r = read_ledger_rows(rows).materialise()
    assert r.report_date == "2024-07-15"
    assert len(r.problems) == 2
    # the body whose round the title names is the issuer, not the office that filled in the form
    assert r.issuer == "某某能源投资集团有限公司党委"
    # with no body in the title, the foot names it
    rows2 = [["巡察反馈问题整改台账", None, None, None, None]] + _LEDGER[1:] + [["填报单位：某县水利局党组", None, None,
                                                                              "填报日期：2024年7月15日", None]]
    r2 = read_ledger_rows(rows2).materialise()
    assert (r2.issuer, r2.report_date, len(r2.problems)) == ("某县水利局党组", "2024-07-15", 2)
    # negative: a deadline in the last data row is not a form date
    assert read_ledger_rows(_LEDGER).materialise().report_date is None


@pytest.mark.parametrize("title, want", [
    ("某某能源投资集团有限公司党委第二轮巡察反馈问题整改台账", "某某能源投资集团有限公司党委"),
    ("某某大学党委第五轮巡察整改问题清单", "某某大学党委"),
    ("青山县委第三批巡察反馈问题整改台账", "青山县委"),
    # negatives: no round named
    ("某某集团有限公司巡察整改台账", None),
    ("某某大学党委关于巡视整改的台账", None),
])
def test_the_body_whose_round_of_inspections_a_ledgers_title_names_is_its_owner(title, want):
    assert round_owner(title) == want


def test_a_report_titled_by_an_inspecting_bodys_round_takes_no_issuer_from_its_title():
    # "某区委第二轮巡察整改进展情况": the district committee inspects; the report is signed by its inspection office
    assert issuer_from_title("某区委第二轮巡察整改进展情况") is None
    r = parse_text("某区委第二轮巡察整改进展情况\n第二轮巡察共反馈问题120个，已整改110个。\n区委巡察办\n2024年3月1日")
    assert r.issuer == "区委巡察办"


@pytest.mark.parametrize("text, want", [
    ("围绕巡视发现的共性问题，制定修订水资源管理领域地方性法规和规范性文件22件，长效机制进一步健全。", 22),
    ("针对审计指出的问题，市政府出台规范性文件6件。", 6),
    ("省政府新制定政府规章3部。", 3),
    # negatives: documents cleared, repealed or reviewed are not rules made; articles of a law are not a count of rules
    ("对照督察要求，清理规范性文件120件。", None),
    ("制定方案后审查规范性文件30件。", None),
    ("修订法规3条。", None),
])
def test_regulations_and_normative_documents_made_or_revised_count_as_rules_made(text, want):
    from zhenggai.importer.parse.headline import headline_figures

    assert headline_figures(text).rules_made == want
