"""Session 20, helper ks20: round summaries with no problem list (issue 10 kind 5) that were read as lists. Every text
here is constructed (no sentence is copied from a labelled document); each rule has a positive and a near-miss test."""
from __future__ import annotations

import io

import openpyxl

from zhenggai.importer.ledger_reader import rows_to_result
from zhenggai.importer.parse import parse_bytes, parse_text
from zhenggai.importer.parse.readings import _progress_report_problems_section
from zhenggai.importer.parse.titles import _clean_title


# --- a check's ";" clauses that each open on an unnamed few ------------------------------------------------------------

REVISIT = ("某县开展河口乡巡察整改回访\n\n"
           "  经回访核查，巡察反馈的120个问题中，已整改到位112个，整改率93.3%。\n\n"
           "  回访督查也发现，个别村党支部对整改成果的巩固重视不够，存在松劲思想；少数村的财务公开不够及时，"
           "公开内容不够详细；部分村集体资产台账更新不及时。督查组当场反馈了情况。\n")


def test_a_revisit_s_clauses_that_each_open_on_an_unnamed_few_are_a_summing_up_not_a_list():
    r = parse_text(REVISIT)
    assert r.problems == []
    assert r.headline.problems_total == 120


def test_a_check_s_clauses_naming_the_places_at_fault_are_still_its_findings():
    r = parse_text(REVISIT.replace("个别村党支部", "东岭村党支部").replace("少数村的", "西坡村的")
                   .replace("部分村集体", "南湾村集体"))
    assert [p.title[:5] for p in r.problems] == ["东岭村党支", "西坡村的财", "南湾村集体"]


# --- a round's progress report: its "存在的主要问题" section is the work's own shortfalls ------------------------------

PROGRESS = ("某省督察办关于第一轮督察整改进展情况的通报\n\n"
            "一、总体进展情况\n\n"
            "  截至6月底，督察反馈意见整改任务80项，已完成整改30项，其余50项正在推进。\n\n"
            "二、主要做法和成效\n\n"
            "  一是压实责任。各地成立领导小组。二是强化调度。实行月调度。\n\n"
            "三、存在的主要问题\n\n"
            "  一是部分任务进展滞后。个别地方对难度估计不足。二是个别地方验收把关不严。有的材料不规范。"
            "三是部分整改资金保障不到位。\n\n"
            "四、下一步工作要求\n\n"
            "  各地要对照方案，确保按期完成。\n")


def test_a_progress_report_s_problems_section_beside_its_progress_and_next_step_sections_is_no_list():
    r = parse_text(PROGRESS)
    assert r.problems == []
    assert (r.headline.problems_total, r.headline.problems_done) == (80, 30)


def test_a_problems_section_among_a_feedback_s_sections_is_not_a_progress_report_s_shortfalls():
    feedback = ["某县委巡察组关于巡察某镇党委的反馈意见", "一、巡察工作基本情况", "根据县委统一部署，巡察组开展了常规巡察。",
                "二、存在的主要问题", "一是理论学习不深入。二是财务管理不规范。", "三、意见建议", "镇党委要认真抓好整改。"]
    assert not _progress_report_problems_section(feedback, "二、存在的主要问题")
    progress = [t.strip() for t in PROGRESS.splitlines() if t.strip()]
    assert _progress_report_problems_section(progress, "三、存在的主要问题")
    # (one section of progress beside it is not enough: a feedback may open on "一、巡察进展情况")
    assert not _progress_report_problems_section([t for t in progress if t not in ("二、主要做法和成效", "四、下一步工作要求")],
                                                 "三、存在的主要问题")


# --- a figures table: count headings are not a ledger's columns ---------------------------------------------------------

def test_a_table_whose_task_heading_carries_a_count_unit_is_a_figures_table_not_a_ledger():
    rows = [["序号", "市（州）", "整改任务（项）", "已完成（项）", "完成率"],
            ["1", "甲市", "12", "5", "41.7%"], ["2", "乙市", "9", "4", "44.4%"], ["", "合计", "21", "9", "42.9%"]]
    assert rows_to_result(rows) is None


def test_a_table_whose_task_heading_has_no_count_unit_is_still_a_ledger():
    rows = [["序号", "整改任务", "责任单位", "完成时限"],
            ["1", "完善资金审批制度", "财务科", "2024年6月底"], ["2", "规范合同管理", "办公室", "2024年8月底"]]
    r = rows_to_result(rows)
    assert r is not None and len(r.problems) == 2


def _workbook(sheets: dict[str, list[list]]) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


REPORT_ROWS = [[line] for line in (
    "某省督察办关于第一轮督察整改进展情况的通报",
    "各市（州）人民政府：",
    "2023年，省督察组对甲市、乙市开展了第一轮督察，并反馈了督察意见。各市按照要求制定整改方案并印发实施，现将整改进展情况通报如下。",
    "一、总体进展情况",
    "截至2024年6月底，第一轮督察反馈意见整改任务21项，已完成整改9项，完成率42.9%，其余12项正在按整改方案确定的时限推进。",
    "二、主要做法和成效",
    "各市建立整改任务月调度制度，对进度滞后的任务下发督办函，对已完成的任务组织现场验收并在当地政府网站公示。",
    "三、下一步工作要求",
    "各市要对照整改方案，对未完成的整改任务挂图作战、倒排工期，确保按期完成，并对已完成的整改任务开展回头看。",
    "某省督察办",
    "2024年7月10日")]


def test_a_workbook_of_a_report_and_its_figures_annex_reads_the_report_as_text():
    data = _workbook({"通报": REPORT_ROWS, "附表": [
        ["序号", "市（州）", "整改任务（项）", "已完成（项）", "完成率"],
        [1, "甲市", 12, 5, "41.7%"], [2, "乙市", 9, 4, "44.4%"], [None, "合计", 21, 9, "42.9%"]]})
    r = parse_bytes(data, "round.xlsx")
    assert r.problems == []
    assert (r.headline.problems_total, r.headline.problems_done) == (21, 9)
    assert r.report_date == "2024-07-10"


def test_a_workbook_of_a_report_and_its_ledger_still_reads_the_ledger():
    data = _workbook({"通报": REPORT_ROWS, "附表": [
        ["序号", "反馈问题", "整改措施", "责任单位"],
        [1, "甲市污水管网建设滞后", "新建管网20公里", "甲市住建局"], [2, "乙市矿山修复不到位", "完成复绿", "乙市自然资源局"]]})
    r = parse_bytes(data, "round.xlsx")
    assert [p.title for p in r.problems] == ["甲市污水管网建设滞后", "乙市矿山修复不到位"]


# --- a one-task notice's task cell: the label numbering the task in the round's plan -----------------------------------

def test_a_task_cell_s_label_naming_the_round_s_task_number_is_not_part_of_the_title():
    assert _clean_title("第三轮省督察第12项整改任务：某河段沿岸违规堆放建筑垃圾，侵占河道。") == "某河段沿岸违规堆放建筑垃圾，侵占河道"
    assert _clean_title("市委巡察反馈意见第5项问题：某污水处理厂出水总磷超标") == "某污水处理厂出水总磷超标"


def test_a_statement_that_names_a_task_number_in_its_own_words_keeps_them():
    text = "县环保局未完成第3项整改任务：污水厂提标改造滞后"
    assert _clean_title(text) == text
    # (nor a bare "第十七项整改任务：", the list's own task heading: its number is read from it)
    assert _clean_title("第十七项整改任务：某煤矿矿井水处理设施运行不正常") == "第十七项整改任务：某煤矿矿井水处理设施运行不正常"


# --- a closing paragraph saying the problems above are all rectified -----------------------------------------------------

LISTED = ("某医院关于巡察整改情况的报告\n\n一、巡察反馈问题整改情况\n\n"
          "1.议事规则执行不严格，个别重大事项未经集体研究。\n\n整改措施：修订议事规则，建立事项清单。\n\n"
          "2.耗材采购监管存在漏洞，部分耗材未经遴选直接采购。\n\n整改措施：开展耗材遴选，规范采购流程。\n\n"
          "3.门诊预约服务不够便捷，患者候诊时间偏长。\n\n整改措施：推行分时段预约。\n\n")


def test_a_short_closing_paragraph_saying_the_problems_above_are_all_rectified_makes_each_done():
    r = parse_text(LISTED + "以上反馈问题已全部整改到位。\n")
    assert [p.status for p in r.problems] == ["done"] * 3


def test_a_closing_goal_to_rectify_the_problems_above_makes_none_done():
    r = parse_text(LISTED + "下一步，我院将确保以上反馈问题全部整改到位。\n")
    assert len(r.problems) == 3 and all(p.status is None for p in r.problems)


def test_a_progress_report_s_problems_section_naming_the_places_at_fault_is_still_read():
    named = PROGRESS.replace("一是部分任务进展滞后。个别地方对难度估计不足。二是个别地方验收把关不严。有的材料不规范。"
                             "三是部分整改资金保障不到位。",
                             "一是甲市污水管网建设进展滞后。二是乙市矿山修复验收把关不严。三是丙市垃圾填埋场整改资金不到位。")
    assert len(parse_text(named).problems) == 3


# --- a later run of inline items cut inside its first item ---------------------------------------------------------------

SELF_CHECK = ("某农商行自查报告\n\n"
              "我行组织开展了全面自查。在对公信贷方面，发现以下问题：一是贷前调查不深入，未核实企业关联交易；"
              "二是贷后检查流于形式，未实地查看项目进度。零售业务主要问题集中在档案管理环节：其一，客户资料归档不及时，"
              "抽查200份档案，发现9份缺少")


def test_a_later_run_cut_inside_its_first_item_keeps_that_item():
    r = parse_text(SELF_CHECK)
    assert [(p.seq, p.title[:6]) for p in r.problems] == [(1, "贷前调查不深"), (2, "贷后检查流于"), (1, "客户资料归档")]


def test_a_lone_first_item_in_a_paragraph_that_closes_is_no_run():
    r = parse_text(SELF_CHECK + "身份证明。")
    assert [(p.seq, p.title[:6]) for p in r.problems] == [(1, "贷前调查不深"), (2, "贷后检查流于")]


# --- a 公示 of checked rows put up for objections --------------------------------------------------------------------------

CHECKED_NOTICE = ("第二批背街小巷整治提升名单公示\n"
                  "经过社区自查、街道审核和区级复查,区城管办将第二批整治提升名单予以公示,公示期5日。\n"
                  "序号 | 街巷名称 | 存在问题 | 整改措施 |\n"
                  "1 | 东关巷 | 路面破损,积水严重 | 重铺路面,疏通管道 |\n"
                  "2 | 西井街 | 店外经营占道 | 划定经营区域,加强巡查 |\n"
                  "3 | 南园路 | 路灯不亮 | 更换灯具 |\n")


def test_a_notice_publishing_checked_rows_for_objections_makes_each_row_done():
    r = parse_bytes(CHECKED_NOTICE.encode(), "notice.txt")
    assert [p.status for p in r.problems] == ["done"] * 3


def test_a_notice_publishing_rows_with_no_check_said_leaves_their_status_unknown():
    r = parse_bytes(CHECKED_NOTICE.replace("经过社区自查、街道审核和区级复查,", "根据工作安排,").encode(), "notice.txt")
    assert len(r.problems) == 3 and all(p.status is None for p in r.problems)
