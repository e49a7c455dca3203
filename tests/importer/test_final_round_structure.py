"""Problem lists: rules added in the final round of issue 10 for what blind9, snippets9 and blindwritten showed.

Each test states a rule of the genre with a constructed text (invented bodies and places), not a labelled text
replayed. The PDF tests go through LibreOffice (soffice) and are skipped where it is absent."""
from __future__ import annotations

from pathlib import Path

from zhenggai.importer.extract import extract_file
from zhenggai.importer.parse import parse_text

from tests.importer.helpers import needs_soffice, soffice_convert


def _doc(*lines: str):
    return parse_text("\n".join(lines))


def _rows(r) -> list[tuple]:
    return [(p.seq, p.title, p.status, p.measure_count) for p in r.problems]


# --- one task, one problem ------------------------------------------------------------------------------
def test_a_task_given_as_zhenggai_renwu_wei_with_its_quotation_is_the_one_problem_of_the_notice():
    r = _doc(
        "关于省级环保督察反馈意见第12项整改任务完成情况的公示",
        "根据整改方案，第12项整改任务为：“河东镇养殖场粪污直排小清河。”责任单位：河东镇人民政府；整改时限：2023年6月底。",
        "一、整改完成情况",
        "一是关停搬迁养殖场4家；二是建成粪污收集池2座。该项任务已完成整改。",
        "二、公示期限",
        "2023年7月3日至7月7日。",
        "河东镇人民政府",
        "2023年7月3日",
    )
    assert r.reading == "whole"
    assert _rows(r) == [(12, "河东镇养殖场粪污直排小清河", "done", 2)]
    assert r.problems[0].responsible_units == ["河东镇人民政府"]
    assert r.problems[0].deadline == "2023年6月底"


def test_a_task_labelled_zhenggai_shixiang_is_the_one_problem_and_its_numbered_measures_are_counted():
    r = _doc("关于市委巡察反馈问题第5项整改完成情况的公示", "整改事项：社区“微腐败”问题查处不及时。",
             "整改情况：一是建立线索台账；二是查处案件3件。", "特此公示。", "某街道办事处", "2023年5月1日")
    assert _rows(r) == [(5, "社区“微腐败”问题查处不及时", "done", 2)]


def test_a_one_task_notice_may_number_its_fields():
    r = _doc("关于省委巡视反馈意见整改任务（第8项）完成情况的公示", "一、整改任务：部分村级财务管理混乱，白条入账现象突出。",
             "二、责任单位：某镇人民政府", "三、整改时限：2023年6月底",
             "四、整改完成情况：开展村级财务专项清理，规范报账流程。该项任务已完成整改。", "特此公示。")
    assert [(p.seq, p.title, p.status, p.responsible_units, p.deadline) for p in r.problems] == [
        (8, "部分村级财务管理混乱，白条入账现象突出", "done", ["某镇人民政府"], "2023年6月底")]


def test_one_long_quoted_finding_of_an_inspection_team_is_the_one_problem():
    finding = ("某县工业园区污水处理厂长期超负荷运行，进水浓度偏低，管网雨污混接严重，部分企业废水未经处理直接排入园区雨水管网，"
               "最终流入清水河，导致下游断面水质长期超标，群众反映强烈")
    r = _doc("某县关于中央生态环境保护督察反馈问题整改情况的说明", f"中央第三生态环境保护督察组指出：“{finding}。”",
             "收到反馈意见后，县委高度重视。", "整改措施：一是新建污水处理厂；二是开展雨污分流改造；三是查处违法企业5家。",
             "经核查，该问题已完成整改。", "某县人民政府", "2022年3月1日")
    assert _rows(r) == [(None, finding, "done", 3)]


def test_a_feedback_item_introduced_by_fankui_zhichu_is_titled_by_its_quotation_alone():
    r = _doc(
        "青山县关于省级生态环境保护督察反馈问题整改情况的说明",
        "第二轮省级生态环境保护督察反馈指出，“青山县石料厂无序开采，山体破损严重”。",
        "整改措施：一是关停石料厂5家；二是完成破损山体复绿80亩。",
        "经核查，该问题已完成整改。",
        "青山县人民政府",
        "2022年5月6日",
    )
    assert _rows(r) == [(None, "青山县石料厂无序开采，山体破损严重", "done", 2)]


def test_numbered_feedback_items_keep_the_quotation_as_title_and_take_the_status_their_account_ends_on():
    r = _doc(
        "关于督察反馈意见涉及我区问题整改进展情况的报告",
        "现将整改进展情况报告如下：",
        "一、第一轮督察反馈指出，“城区餐饮油烟扰民问题突出”。",
        "整改情况：一是安装油烟净化设施120套；二是建立投诉快速处置机制。目前，该问题已完成整改。",
        "二、第二轮督察反馈指出，“北河支流黑臭反弹”。",
        "整改情况：一是修复截污管网3公里；二是实施生态补水。目前，该问题正在持续推进。",
        "三、第二轮督察反馈指出，“建筑垃圾违规倾倒问题突出”。",
        "区政府设立临时消纳点2处，查处违规倾倒12宗。该问题已于2022年10月完成整改。",
        "某区人民政府",
        "2023年1月5日",
    )
    assert [(p.seq, p.title, p.status) for p in r.problems] == [
        (1, "城区餐饮油烟扰民问题突出", "done"),
        (2, "北河支流黑臭反弹", "in_progress"),
        (3, "建筑垃圾违规倾倒问题突出", "done"),
    ]


def test_unnumbered_feedback_items_each_opening_with_fankui_zhichu_are_separate_problems():
    r = _doc(
        "关于督察反馈问题整改情况的说明",
        "第一轮督察反馈指出，“城区油烟扰民问题突出”。",
        "整改情况：一是安装净化设施；二是建立处置机制。目前，该问题已完成整改。",
        "第二轮督察反馈指出，“北河支流黑臭反弹”。",
        "整改情况：一是修复管网；二是生态补水。经核查，该问题正在推进。",
        "某区人民政府",
        "2023年1月5日",
    )
    assert _rows(r) == [(None, "城区油烟扰民问题突出", "done", 2), (None, "北河支流黑臭反弹", "in_progress", 2)]


def test_a_short_quoted_word_in_the_lead_of_a_feedback_item_does_not_hide_it():
    r = _doc("关于督察反馈问题整改情况的报告",
             "一、中央环保督察“回头看”反馈指出，“城区油烟扰民问题突出”。",
             "整改情况：一是安装净化设施；二是建立处置机制。目前，该问题已完成整改。",
             "二、第二轮督察反馈指出，“北河支流黑臭反弹”。", "整改情况：一是修复管网。该问题正在推进。")
    assert _rows(r) == [(1, "城区油烟扰民问题突出", "done", 2), (2, "北河支流黑臭反弹", "in_progress", 1)]


def test_a_quoted_phrase_inside_a_feedback_statement_is_not_taken_for_the_whole_statement():
    from zhenggai.importer.parse.titles import split_heading

    assert split_heading("巡察反馈指出，“三重一大”制度执行不严", False)[0] == "巡察反馈指出，“三重一大”制度执行不严"


def test_a_feedback_item_with_what_was_done_in_the_same_paragraph_is_titled_by_its_quotation():
    r = _doc(
        "关于督察反馈意见整改进展情况的报告",
        "现将整改进展情况报告如下：",
        "一、第一轮督察反馈指出，“城区餐饮油烟扰民问题突出”。整改情况：一是安装油烟净化设施；二是建立投诉处置机制。目前，该问题已完成整改。",
        "二、第二轮督察反馈指出，“北河支流“黑臭”反弹”。",
        "整改情况：一是修复管网；二是实施生态补水。目前，该问题正在持续推进。",
    )
    assert _rows(r) == [(1, "城区餐饮油烟扰民问题突出", "done", 2), (2, "北河支流“黑臭”反弹", "in_progress", 2)]


def test_an_acceptance_notice_with_units_and_deadline_under_one_heading_is_one_problem():
    r = _doc(
        "关于市委巡察反馈意见整改任务（序号七）验收销号情况的公示",
        "现将整改任务（序号七）验收情况公示如下：",
        "一、反馈问题",
        "街道集体资产台账不清，部分门面房长期无偿占用。",
        "二、责任单位及整改时限",
        "牵头单位：街道党工委。整改时限：2023年12月底。",
        "三、整改完成情况",
        "街道对集体资产全面清查，收回被占用门面房6间，建立资产动态管理台账。",
        "四、验收意见",
        "经现场核查，该整改任务已按要求完成，同意验收销号。",
    )
    assert [(p.seq, p.title, p.status, p.measure_count, p.responsible_units, p.deadline) for p in r.problems] == [
        (7, "街道集体资产台账不清，部分门面房长期无偿占用", "done", 1, ["街道党工委"], "2023年12月底")]


# --- lists that are not problems ----------------------------------------------------------------------------
def test_a_secretarys_report_on_organising_the_work_has_no_problem_list():
    r = _doc(
        "某局党组书记关于组织落实巡察整改工作情况的报告",
        "按照巡察整改工作要求，现将本人组织落实巡察整改工作情况报告如下：",
        "一、提高站位，带头认领整改责任",
        "召开党组会议专题研究，逐条认领整改任务。",
        "二、靠前指挥，带头推动整改落实",
        "每月听取整改进展汇报，一是调度重点任务；二是协调解决难题。",
        "三、标本兼治，带头推动建章立制",
        "修订完善制度12项。",
        "某局党组书记 张某",
        "2024年3月1日",
    )
    assert r.problems == []


def test_a_secretarys_duties_under_a_heading_naming_the_rectification_are_not_problems():
    r = _doc("某局党组书记履行巡察整改第一责任人职责情况的报告", "一、履行整改第一责任人职责情况", "（一）带头认领整改任务",
             "召开党组会议逐条认领。", "（二）带头督促推进", "每月调度一次。", "二、下一步打算", "持续推进整改。")
    assert r.problems == []


def test_an_audit_report_listing_the_audits_it_made_has_no_problem_list():
    r = _doc(
        "关于某区2023年度区级预算执行和其他财政收支的审计工作报告",
        "一、财政管理审计情况",
        "1.区本级财政管理及决算草案审计。重点审计了预算编制和执行情况。",
        "二、部门预算执行审计情况",
        "对12个部门开展了预算执行审计。",
    )
    assert r.problems == []


def test_items_named_by_their_remedy_under_a_rectification_section_are_still_problems():
    r = _doc(
        "关于巡察整改进展情况的通报",
        "二、整改落实情况",
        "（一）作风建设方面",
        "1.持续整治形式主义。",
        "一是精简会议。二是压减文件。",
        "2.规范公务用车管理。",
        "建立用车台账。",
    )
    assert [p.title for p in r.problems] == ["持续整治形式主义", "规范公务用车管理"]


def test_a_list_whose_items_state_shortcomings_is_still_read():
    r = _doc(
        "关于巡察反馈意见整改进展情况的通报",
        "一、党组会议议事规则不健全",
        "修订议事规则。",
        "二、财务报销审核不严",
        "开展财务专项检查。",
    )
    assert [p.title for p in r.problems] == ["党组会议议事规则不健全", "财务报销审核不严"]


# --- titles and statuses ------------------------------------------------------------------------------------
def test_the_source_named_in_a_guanyu_wrapper_is_part_of_the_title_not_all_of_it():
    r = _doc(
        "某区财政局关于巡察反馈问题整改情况的通报",
        "一、关于审计发现问题整改督促不到位的问题",
        "整改情况：建立审计整改台账，逐项跟踪督办。",
        "二、关于内部控制制度不健全的问题",
        "整改情况：修订内部控制制度5项。",
    )
    assert [p.title for p in r.problems] == ["审计发现问题整改督促不到位", "内部控制制度不健全"]


def test_cases_labelled_anli_in_an_attachment_are_problems():
    r = _doc(
        "某省关于中央生态环境保护督察整改情况的报告",
        "一、加强组织领导",
        "成立整改工作领导小组。",
        "附件1",
        "督察反馈问题整改情况（共1个）",
        "问题1.1：部分饮用水水源地保护区内仍有违建。",
        "整改进展情况：已完成整改",
        "（1）拆除违建12处。",
        "附件2",
        "督察组交办典型案例整改情况（共2个）",
        "案例1：某工业园区企业偷排高浓度废水。",
        "整改进展情况：已完成整改",
        "（1）对涉事企业依法处罚。",
        "（2）完成受污染水体清淤。",
        "案例2：某县砂石企业无证开采。",
        "整改进展情况：持续推进中",
        "（1）取缔非法采砂点5处。",
    )
    assert [(p.title, p.status, p.measure_count) for p in r.problems] == [
        ("部分饮用水水源地保护区内仍有违建", "done", 1),
        ("某工业园区企业偷排高浓度废水", "done", 2),
        ("某县砂石企业无证开采", "in_progress", 1),
    ]


def test_tasks_labelled_renwu_in_an_attachment_are_problems():
    r = _doc("某市关于省委巡视反馈意见整改进展情况的报告", "一、提高政治站位", "市委常委会专题研究。", "附件", "省委巡视反馈问题整改情况清单",
             "任务1：基层党组织软弱涣散问题仍然存在。", "整改进展情况：已完成", "（1）整顿软弱涣散村党组织12个。",
             "任务2：选人用人把关不严。", "整改进展情况：持续推进中", "（1）完善干部考察制度。", "（2）开展专项检查。")
    assert _rows(r) == [(1, "基层党组织软弱涣散问题仍然存在", "done", 1), (2, "选人用人把关不严", "in_progress", 2)]


def test_a_status_opening_the_account_before_a_comma_is_the_problems_status():
    r = _doc("关于审计查出问题整改情况的报告", "一、审计查出问题整改情况", "（一）县级财政管理方面",
             "1.结余资金未及时清理。整改情况：部分完成，已收回结余资金300万元，其余正在清理。",
             "2.非税收入未及时缴库。整改情况：已完成，已全部缴入国库。")
    assert [(p.title, p.status, p.measure_count) for p in r.problems] == [
        ("结余资金未及时清理", "in_progress", 1), ("非税收入未及时缴库", "done", 1)]


def test_attachment_labels_with_a_dash_are_read_like_dotted_ones():
    r = _doc("某省关于巡视反馈意见整改进展情况的报告", "一、加强组织领导", "成立整改工作领导小组。", "附件", "巡视反馈问题整改情况",
             "问题1-1：基层党组织建设薄弱。", "整改进展情况：已完成", "（1）整顿软弱涣散党组织。",
             "问题1-2：干部作风不实。", "整改进展情况：持续推进中", "（1）开展作风专项整治。", "（2）建立督查通报制度。")
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (1, "基层党组织建设薄弱", "done", 1), (2, "干部作风不实", "in_progress", 2)]


def test_bufen_wancheng_is_in_progress():
    from zhenggai.importer.ledger_reader import completion_status
    from zhenggai.importer.parse.titles import status_of

    assert status_of("部分完成") == "in_progress"
    assert completion_status("部分完成") == "in_progress"
    assert completion_status("已完成") == "done"


# --- PDF ----------------------------------------------------------------------------------------------------
def _pdf_from_docx(build, tmp_path: Path) -> Path:
    import docx

    d = docx.Document()
    build(d)
    src = tmp_path / "src.docx"
    d.save(src)
    return soffice_convert(src, "pdf", tmp_path)


@needs_soffice
def test_a_pdf_field_line_under_a_title_that_fills_the_line_is_not_joined_to_the_title(tmp_path):
    # titles of every length from short of the measure to past it: some end right at the margin
    titles = ["某" * n + "排放超标" for n in range(28, 44, 2)]

    def build(d):
        d.add_paragraph("某县关于督察反馈问题整改情况的报告")
        for k, t in enumerate(titles, 1):
            d.add_paragraph(f"问题1.{k}：{t}")
            d.add_paragraph("整改时限：2024年6月底")
            d.add_paragraph("整改进展情况：已完成")

    paragraphs = [p.strip() for p in extract_file(_pdf_from_docx(build, tmp_path)).paragraphs]
    assert paragraphs.count("整改时限：2024年6月底") == len(titles)
    assert not any("排放超标整改时限" in p for p in paragraphs)


@needs_soffice
def test_a_pdf_table_cell_merged_down_over_two_rows_gives_both_rows_its_text(tmp_path):
    def build(d):
        d.add_paragraph("审计查出问题整改情况表")
        table = d.add_table(rows=4, cols=5)
        table.style = "Table Grid"
        for j, h in enumerate(["序号", "审计查出问题", "责任单位", "整改完成情况", "整改措施"]):
            table.cell(0, j).text = h
        for i, (title, status) in enumerate([("部分预算收入未及时缴入国库", "已完成"), ("结转资金未及时清理", "部分完成"),
                                             ("政府采购不规范", "已完成")], 1):
            table.cell(i, 0).text = str(i)
            table.cell(i, 1).text = title
            table.cell(i, 3).text = status
            table.cell(i, 4).text = "1、督促整改到位。"
        table.cell(1, 2).merge(table.cell(2, 2)).text = "市财政局"
        table.cell(3, 2).text = "市水利局"

    r = extract_file(_pdf_from_docx(build, tmp_path)).ledger
    assert r is not None
    assert [(p.title, p.responsible_units, p.status) for p in r.problems] == [
        ("部分预算收入未及时缴入国库", ["市财政局"], "done"),
        ("结转资金未及时清理", ["市财政局"], "in_progress"),
        ("政府采购不规范", ["市水利局"], "done"),
    ]
