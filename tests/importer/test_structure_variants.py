"""Problem lists as real documents write them: the failure kinds found by tests/importer/real/tools/restructure.py
(the labelled problems re-written in other structures), each fixed in the general machinery and shown here on a
constructed text."""
from __future__ import annotations

import io

from zhenggai.importer.extract import extract_bytes, tab_tables
from zhenggai.importer.parse import parse_bytes
from zhenggai.importer.parse.numbering import find_inline_numbered, parse_marker

from tests.importer.helpers import parse_lines as _read


def test_problems_labelled_cunzai_de_wenti_without_numbers_are_each_one_problem_with_no_number():
    r = _read([
        "中共某局党组关于巡察反馈意见整改进展情况的通报",
        "一、提高政治站位，扛牢整改主体责任",
        "党委召开专题会议研究部署整改工作。一是成立整改工作领导小组；二是制定整改工作方案。",
        "二、巡察反馈问题整改落实情况",
        "存在的问题：干部教育培训针对性不强。",
        "整改情况：已完成。一是制定年度培训计划；二是开展专题培训3期。",
        "存在的问题：财务报销审核不严格。",
        "整改情况：持续推进中。修订财务报销管理办法。",
        "三、下一步工作打算",
        "（一）持续巩固整改成果。",
    ])
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (None, "干部教育培训针对性不强", "done", 2),
        (None, "财务报销审核不严格", "in_progress", 1),
    ]


def test_a_field_saying_cunzai_wenti_needs_its_colon_to_label_a_problem():
    assert parse_marker("存在问题较多的单位要限期整改。") is None
    m = parse_marker("【问题】公务用车管理不规范。")
    assert m is not None and m.number == 0 and m.rest == "公务用车管理不规范。"


def test_a_ledger_pasted_with_tabs_keeps_the_empty_cells_below_a_merged_problem_cell():
    rows = [
        "某局巡察反馈问题整改台账",
        "序号\t存在问题\t整改措施\t牵头单位\t完成时限\t完成情况",
        "1\t干部教育培训针对性不强\t制定年度培训计划。\t组织人事科\t2023年12月底\t已完成",
        "\t\t开展专题培训3期。\t\t\t",
        "\t\t建立培训档案。\t\t\t",
        "2\t财务报销审核不严格\t修订财务报销管理办法。\t计划财务科\t2024年6月底\t持续推进中",
        "\t\t开展财务专项检查。\t\t\t",
    ]
    tables = tab_tables(rows)
    assert len(tables) == 1 and tables[0][2][:3] == ["", "", "开展专题培训3期。"]
    r = parse_bytes("\n".join(rows).encode("utf-8"), "ledger.txt")
    assert [(p.seq, p.title, p.measure_count, p.status, p.responsible_units, p.deadline) for p in r.problems] == [
        (1, "干部教育培训针对性不强", 3, "done", ["组织人事科"], "2023年12月底"),
        (2, "财务报销审核不严格", 2, "in_progress", ["计划财务科"], "2024年6月底"),
    ]


def test_an_item_opening_with_a_month_after_its_number_is_an_item_and_a_decimal_is_not():
    m = parse_marker("1.2月25日，印发接访活动方案。")
    assert m is not None and (m.number, m.rest) == (1, "2月25日，印发接访活动方案。")
    assert parse_marker("1.5亿元资金已拨付到位。") is None
    assert [n for _, n in find_inline_numbered("1.2月25日，印发方案。2.4月14日，印发通知。3.开展排查。")] == [1, 2, 3]
    assert find_inline_numbered("投入资金1.2亿元。") == []


def test_numbered_steps_after_a_notices_task_field_are_what_was_done_not_more_problems():
    r = _read([
        "某区第8项督察反馈问题整改销号公示",
        "督察反馈问题：工业园区污染防治实施方案制定滞后。",
        "责任单位：某县人民政府",
        "整改时限：2023年12月底",
        "整改措施：",
        "（1）对照实施方案要求，落实工业园区污染防治相关工作。",
        "（2）制定加强本辖区工业园区污染防治工作意见。",
        "整改进展情况：已完成整改。",
        "公示期：2023年10月8日至10月14日。",
    ])
    assert r.reading == "whole"
    [p] = r.problems
    assert (p.seq, p.title, p.status, p.measure_count, p.responsible_units, p.deadline) == (
        8, "工业园区污染防治实施方案制定滞后", "done", 2, ["某县人民政府"], "2023年12月底")


def test_a_quoted_task_that_holds_quotations_keeps_them_whole():
    r = _read([
        "关于督察反馈问题整改任务（序号十六）整改情况的说明",
        "整改任务（序号十六）：““环境就是民生”的责任意识不够强，有些问题仍信访不断”，责任单位为政策法规科。",
        "整改情况：已完成。",
        "1.2月25日，印发局长接访活动方案。",
        "2.4月14日，印发带案下访活动通知。",
        "特此说明。",
    ])
    [p] = r.problems
    assert (p.seq, p.title, p.status, p.measure_count, p.responsible_units) == (
        16, "“环境就是民生”的责任意识不够强，有些问题仍信访不断", "done", 2, ["政策法规科"])


def test_the_state_said_of_a_quoted_feedback_item_at_the_end_of_its_account_is_its_status():
    r = _read([
        "某县第一轮中央生态环境保护督察整改工作进展情况",
        "第一轮督察反馈指出，领导班子核心作用发挥不够充分。",
        "针对这一问题，我县立即组织整改：一是加强班子建设，已完成整改班子调整；二是完善议事规则；三是开展专题学习。",
        "目前，该问题整改工作持续推进中。",
    ])
    [p] = r.problems
    # (session 13: the title is the statement, without "第一轮督察反馈指出，", as the blind-written kind-4 truths have it)
    assert (p.title, p.status, p.measure_count) == ("领导班子核心作用发挥不够充分", "in_progress", 3)


def test_a_bracketed_field_label_on_its_own_line_is_the_documents_not_a_page_button():
    r = _read([
        "中共某局党组关于巡察反馈意见整改进展情况的通报",
        "一、巡察反馈问题整改落实情况",
        "（一）关于党的建设方面",
        "【问题1】基层党组织“三会一课”制度落实不到位。",
        "【整改情况】",
        "制定“三会一课”计划，每季度检查一次。",
        "（二）关于作风建设方面",
        "【问题1】公务接待审批不严格。",
        "【整改情况】",
        "修订公务接待管理办法。",
        "【打印】【关闭】",
    ])
    assert [(p.seq, p.title, p.category, p.measure_count) for p in r.problems] == [
        (1, "基层党组织“三会一课”制度落实不到位", "关于党的建设方面", 1),
        (1, "公务接待审批不严格", "关于作风建设方面", 1),
    ]


def test_a_category_whose_problems_are_not_wrapped_holds_problems_like_its_sibling_categories():
    r = _read([
        "中共某局党组关于巡察反馈意见整改进展情况的通报",
        "一、提高政治站位，扛牢整改责任",
        "召开专题会议研究部署整改工作。",
        "二、巡察反馈问题整改落实情况",
        "（一）关于党的建设方面",
        "1.关于“基层党组织‘三会一课’制度落实不到位”的问题",
        "（1）制定“三会一课”计划。",
        "（2）每季度检查一次。",
        "（二）关于作风建设方面",
        "1.公务接待审批不严格。",
        "（1）修订公务接待管理办法。",
        "2.差旅费报销把关不严。",
        "（1）开展差旅费专项检查。",
        "三、下一步工作",
        "（一）持续跟踪督促未完成整改事项。对正在整改的问题紧盯不放。",
        "（二）强化结果运用。对整改不力的严肃问责。",
    ])
    assert [(p.seq, p.title, p.category, p.measure_count) for p in r.problems] == [
        (1, "基层党组织‘三会一课’制度落实不到位", "关于党的建设方面", 2),
        (1, "公务接待审批不严格", "关于作风建设方面", 1),
        (2, "差旅费报销把关不严", "关于作风建设方面", 1),
    ]


def test_a_task_that_opens_with_a_quotation_is_not_cut_at_its_close():
    r = _read([
        "某区第17项督察反馈问题整改销号公示",
        "督察反馈问题：“净土保卫战”攻坚治理不到位，固废处置和监管环节存在短板。",
        "责任单位：县生态环境局",
        "整改措施：",
        "（1）开展固体废物非法倾倒排查整治。",
        "整改进展情况：已完成整改。",
    ])
    [p] = r.problems
    assert (p.seq, p.title, p.status) == (17, "“净土保卫战”攻坚治理不到位，固废处置和监管环节存在短板", "done")


def test_unnumbered_bracketed_problems_with_a_bracketed_measures_label_are_a_problem_list():
    r = _read([
        "中共某局党组关于巡察反馈意见整改进展情况的通报",
        "一、提高政治站位，扛牢整改主体责任",
        "党委召开专题会议研究部署整改工作。",
        "二、巡察反馈问题整改落实情况",
        "【问题】干部教育培训针对性不强。",
        "【整改措施】1.2月份，制定年度培训计划。",
        "2.开展专题培训3期。",
        "【问题】财务报销审核不严格。",
        "【整改措施】修订财务报销管理办法。",
    ])
    assert [(p.seq, p.title, p.measure_count) for p in r.problems] == [
        (None, "干部教育培训针对性不强", 2), (None, "财务报销审核不严格", 1)]


def test_a_few_wrapped_items_among_plain_statements_of_what_was_wrong_do_not_hide_the_others():
    items = ["公务接待审批不严格。", "差旅费报销把关不严。", "固定资产账实不符。", "“三会一课”制度落实不到位。",
             "意识形态工作责任制落实不到位。"]
    lines = ["中共某局党组关于巡察反馈意见整改进展情况的通报",
             "一、提高政治站位，扛牢整改主体责任",
             "（一）强化组织领导。成立整改工作领导小组。", "（二）细化任务分工。制定整改方案。",
             "二、巡察反馈问题整改落实情况",
             "（一）关于“干部选拔任用程序执行不严格”的问题", "1.修订选人用人工作规程。", "2.开展专项检查。"]
    for k, t in enumerate(items, 2):
        lines += [f"（{'一二三四五六七八九十'[k - 1]}）{t}", "1.修订相关制度。", "2.开展专项检查。"]
    r = _read(lines)
    assert [p.title for p in r.problems] == ["干部选拔任用程序执行不严格"] + [t.rstrip("。") for t in items]
    assert all(p.measure_count == 2 for p in r.problems)


def test_a_categorys_problems_told_in_one_paragraph_each_are_read_like_their_sibling_categories():
    r = _read([
        "中共某局党组关于巡察反馈意见整改进展情况的通报",
        "一、巡察反馈问题整改落实情况",
        "（一）关于落实全面从严治党责任不够到位方面",
        "1.党风廉政建设责任制落实不到位。一是修订责任清单；二是开展约谈提醒。",
        "2.监督执纪问责不够严格。一是完善问责办法；二是开展案件评查。",
        "（二）关于基层党组织建设方面",
        "1.规范党员发展程序。2022年12月印发自查整改通知，逐一核查发展党员档案。",
        "2.规范党费收缴。对照党费核算标准重新核算党费，补缴到位。",
        "3.严格落实“三会一课”制度。一是制定年度计划；二是每季度检查。",
        "二、下一步工作打算",
        "（一）持续巩固整改成果。",
    ])
    assert [(p.seq, p.title, p.category, p.measure_count) for p in r.problems] == [
        (1, "党风廉政建设责任制落实不到位", "关于落实全面从严治党责任不够到位方面", 2),
        (2, "监督执纪问责不够严格", "关于落实全面从严治党责任不够到位方面", 2),
        (1, "规范党员发展程序", "关于基层党组织建设方面", 1),
        (2, "规范党费收缴", "关于基层党组织建设方面", 1),
        (3, "严格落实“三会一课”制度", "关于基层党组织建设方面", 2),
    ]


def test_a_status_in_brackets_after_a_heading_is_its_status_in_any_of_the_usual_wordings():
    r = _read([
        "中共某局党组关于巡察反馈意见整改进展情况的通报",
        "一、关于党的建设方面",
        "1、基层党组织“三会一课”制度落实不到位（已完成整改）",
        "（1）制定“三会一课”计划。",
        "2、党员发展程序不规范（基本完成）",
        "（1）逐一核查发展党员档案。",
        "3、意识形态工作责任制落实不到位（持续推进中）",
        "（1）修订意识形态工作责任清单。",
        "4、干部档案材料不全（2023年底前完成）",
        "（1）补齐档案材料。",
    ])
    assert [(p.title, p.status) for p in r.problems] == [
        ("基层党组织“三会一课”制度落实不到位", "done"),
        ("党员发展程序不规范", "in_progress"),
        ("意识形态工作责任制落实不到位", "in_progress"),
        ("干部档案材料不全（2023年底前完成）", None),
    ]


def test_a_heading_numbered_with_a_comma_may_open_with_a_year():
    m = parse_marker("2、2015年以来，部分县区未按规定报告环境状况。")
    assert m is not None and (m.number, m.rest) == (2, "2015年以来，部分县区未按规定报告环境状况。")
    assert parse_marker("2、2.5万元未及时收回。") is None


def test_a_section_reading_that_takes_a_problems_sub_items_for_problems_does_not_beat_the_whole_list():
    r = _read([
        "中共某局党组关于巡察反馈意见整改进展情况的通报",
        "局党组召开专题会议研究部署整改工作。",
        "一、关于党的建设方面",
        "1、基层党组织“三会一课”制度落实不到位（已完成整改）",
        "（1）制定“三会一课”计划。",
        "2、党员发展程序不规范（基本完成）",
        "（1）逐一核查发展党员档案。",
        "二、关于财务管理方面",
        "1、结余资金使用不规范（已完成整改）",
        "（1）结余资金管理不规范。整改情况：一是全面清理结余资金；二是建立台账。",
        "三、关于作风建设方面",
        "1、公务接待审批不严格（持续推进中）",
        "（1）修订公务接待管理办法。",
    ])
    assert r.reading == "list" and not r.reading_detail
    assert [p.title for p in r.problems] == ["基层党组织“三会一课”制度落实不到位", "党员发展程序不规范", "结余资金使用不规范",
                                             "公务接待审批不严格"]


def test_a_category_heading_stating_a_shortcoming_holds_problems_though_it_names_work_requirements():
    r = _read([
        "中共某局党组关于巡察反馈意见整改进展情况的通报",
        "一、关于推动落实党中央重大决策部署和省委、市委工作要求还有差距方面",
        "1、及时认真回应群众诉求（基本完成）",
        "（1）规范信访投诉举报办理。",
        "2、规范运用自由裁量权（已完成整改）",
        "（1）开展法律法规学习。",
    ])
    assert [(p.title, p.category, p.status) for p in r.problems] == [
        ("及时认真回应群众诉求", "关于推动落实党中央重大决策部署和省委、市委工作要求还有差距方面", "in_progress"),
        ("规范运用自由裁量权", "关于推动落实党中央重大决策部署和省委、市委工作要求还有差距方面", "done"),
    ]


def test_a_cunzai_wenti_field_right_under_a_numbered_heading_is_that_headings_field_not_a_problem():
    r = _read([
        "某局巡察反馈问题整改方案",
        "一、党的建设方面",
        "1.基层党组织建设薄弱",
        "存在问题：部分支部“三会一课”制度落实不到位。",
        "整改措施：制定“三会一课”计划，每季度检查一次。",
        "整改时限：2023年12月底",
        "2.干部教育培训针对性不强",
        "存在问题：培训内容与业务结合不紧。",
        "整改措施：制定年度培训计划。",
        "整改时限：2023年10月",
    ])
    assert [(p.seq, p.title, p.deadline) for p in r.problems] == [
        (1, "基层党组织建设薄弱", "2023年12月底"), (2, "干部教育培训针对性不强", "2023年10月")]
