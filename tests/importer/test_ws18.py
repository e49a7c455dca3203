"""Full-length documents that set blindwritten13's writer found misread (session 18, helper ws18): constructed texts,
each rule with a positive case and a near miss.

Rules:
- A workbook whose first sheet is the report itself, one paragraph a row, and whose next sheet is the ledger its 附件
  names: the report gives the document's title, issuer, date, inspection and headline figures
  (ledger_reader.is_report_sheet / apply_report). A first sheet of two short notes is no report.
- An attachment's label alone over a ledger's title ("附件2") is not its title (ledger_reader._RE_ATTACHMENT_ONLY); a
  label with the table's name after it ("附件2：…情况表") is.
- A report's section that faces up to its own shortcomings ("三、正视差距不足，持续推进整改工作") is one of its sections, like
  下一步工作打算: a report whose every 一、 heading states work done has no problem list
  (levels.RE_FACING_SHORTFALLS). A problem stated with a verb of finding ("一、查找问题不深入，…") stays a problem.
- A feedback summed up by its aspects ("巡察反馈指出，学院党委在…等方面还存在一些问题和不足") is no one feedback item
  (readings.RE_SOME_PROBLEMS_IN_ASPECTS); a feedback naming its problem ("…方面存在违规列支劳务费问题") still is.
- Problems counted in two joined parts ("3个方面9个问题和新发现的3个问题"), then said together with their done count
  ("12个问题已完成整改8个"): the later count is the total, its done count the done (headline.RE_JOINED_PROBLEM_PARTS);
  so too when the later account counts them by state and the states add up to the parts' sum ("已完成整改8个，正在推进
  3个，长期坚持1个"; headline.RE_STATUS_BREAKDOWN). Two bodies' counts never said together ("镇党委22个问题及30个村级
  党组织244个问题"), or states that do not add up, keep the first.
"""
from __future__ import annotations

import io

import pytest

from tests.importer.helpers import headline_pair
from zhenggai.importer.parse import parse_bytes, parse_text

REPORT_ROWS = [
    "某县贯彻落实省生态环境保护督察反馈意见整改情况的报告",
    "省生态环境保护督察整改工作领导小组办公室：",
    "2022年11月7日至12月7日，省第二生态环境保护督察组对我县开展了生态环境保护督察，并于2023年2月24日向我县反馈了督察意见。"
    "县委、县政府把督察整改作为重大政治任务，逐一明确责任单位和完成时限。现将整改情况报告如下。",
    "一、整改工作推进情况",
    "县委常委会会议、县政府常务会议先后9次专题研究督察整改工作，县级领导包案督办重点问题，对进度滞后的3个单位下发督办函。",
    "二、整改任务完成情况",
    "督察反馈意见涉及我县的整改任务共2项，截至2024年3月底，已完成1项，其余1项正按序时进度推进。"
    "整改期间，全县出台《某县生态环境保护督察整改销号办法》等制度文件4项。具体整改进展见附件。",
    "三、下一步工作",
    "对尚未完成的整改任务，逐项倒排工期、挂图作战，确保按期完成；对已完成的整改任务，适时开展“回头看”，防止问题反弹。",
    "附件：某县贯彻落实省生态环境保护督察反馈意见整改任务清单",
    "某县人民政府",
    "2024年4月8日",
]


def _workbook(first_rows: list[str]) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "整改情况报告"
    for t in first_rows:
        first.append([t])
    ledger = wb.create_sheet("附件")
    ledger.append(["附件"])
    ledger.append(["某县贯彻落实省生态环境保护督察反馈意见整改任务清单"])
    ledger.append(["序号", "督察反馈问题", "整改措施", "责任单位", "完成时限", "整改进展"])
    ledger.append([1, "县城污水处理厂提标改造滞后", "1.完成提标改造工程\n2.安装在线监测设备", "县住房和城乡建设局", "2023年6月底", "已完成"])
    ledger.append([2, "砂石开采生态修复不到位", "1.编制修复方案\n2.完成修复治理", "县自然资源局", "2024年12月底", "序时推进"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- a workbook whose first sheet is the report -----------------------------------------------------------------

def test_a_first_sheet_holding_the_report_gives_the_workbooks_title_issuer_date_inspection_and_figures():
    r = parse_bytes(_workbook(REPORT_ROWS), "report.xlsx")
    assert len(r.problems) == 2  # the ledger's rows
    assert r.title == "某县贯彻落实省生态环境保护督察反馈意见整改情况的报告"
    assert r.issuer == "某县人民政府"
    assert r.report_date == "2024-04-08"
    ins = r.inspection
    assert ins.inspector == "省第二生态环境保护督察组"
    assert (ins.start, ins.end, ins.feedback_date) == ("2022-11-07", "2022-12-07", "2023-02-24")
    h = r.headline
    assert (h.problems_total, h.problems_done, h.rules_made) == (2, 1, 4)


def test_a_report_running_past_twenty_rows_is_read_to_its_signature():
    filler = ["整改中，我县坚持边整边改、立行立改，压实各级责任，推动整改工作取得阶段性成效，群众满意度进一步提升。"] * 20
    rows = REPORT_ROWS[:8] + filler + REPORT_ROWS[8:]
    r = parse_bytes(_workbook(rows), "report.xlsx")
    assert r.issuer == "某县人民政府"
    assert r.report_date == "2024-04-08"


def test_a_first_sheet_of_two_notes_is_no_report():
    r = parse_bytes(_workbook(["说明", "本表按季度更新，请各责任单位于每季度末前报送整改进展，逾期未报的予以通报。",
                               "如有疑问请联系县督察整改办，联系电话见县政府网站通知。", "2024年4月8日"]), "report.xlsx")
    assert r.report_date is None
    assert r.inspection.start is None
    assert r.headline.problems_total is None


def _ledger_alone(first_row: str) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ledger = wb.active
    ledger.append([first_row])
    ledger.append(["某县贯彻落实省生态环境保护督察反馈意见整改任务清单"])
    ledger.append(["序号", "督察反馈问题", "整改措施", "责任单位", "完成时限", "整改进展"])
    ledger.append([1, "县城污水处理厂提标改造滞后", "完成提标改造工程", "县住房和城乡建设局", "2023年6月底", "已完成"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_an_attachment_label_alone_over_a_ledgers_title_is_not_its_title():
    r = parse_bytes(_ledger_alone("附件2"), "ledger.xlsx")
    assert r.title == "某县贯彻落实省生态环境保护督察反馈意见整改任务清单"


def test_an_attachment_line_naming_its_table_is_the_title():
    r = parse_bytes(_ledger_alone("附件2：某县督察整改任务进展情况表"), "ledger.xlsx")
    assert r.title == "附件2：某县督察整改任务进展情况表"


# --- a figures-only report whose sections state work done ------------------------------------------------------

COLLEGE = """中共某大学某学院委员会关于校党委巡察整改情况的通报
根据学校党委统一部署，2023年10月16日至11月24日，校党委第三巡察组对某学院党委开展了常规巡察。2024年1月9日，校党委第三巡察组向学院党委反馈了巡察意见。现将整改情况通报如下。
一、提高政治站位，把巡察整改作为重大政治任务
学院党委第一时间召开党委会议传达学习反馈意见，成立整改工作领导小组，先后召开党委会议7次专题研究整改工作。
二、聚焦问题清单，扎实推进整改落实
{feedback}学院党委梳理形成12个方面32个问题，制定整改措施87条。截至目前，32个问题中已整改到位24个，其余8个问题需要持续整改；87条整改措施已完成71条。学院制定出台了6项规章制度。
在作风建设方面，学院严格落实中央八项规定精神，对公务接待、差旅报销进行专项检查。
三、{third}
在肯定成绩的同时，我们也清醒地看到，学院整改工作还有差距。一是个别问题整改需要长期坚持；二是部分教职工参与度还不高。
中共某大学某学院委员会
2024年6月27日
"""
SUMMED_UP = "巡察反馈指出，学院党委在学习贯彻党的创新理论、落实立德树人根本任务、加强领导班子建设等方面还存在一些问题和不足。"


def test_a_report_whose_sections_state_work_done_and_face_its_shortfalls_has_no_problem_list():
    r = parse_text(COLLEGE.format(feedback=SUMMED_UP, third="正视差距不足，持续推进整改工作"))
    assert r.problems == []
    h = r.headline
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done, h.rules_made) == (32, 24, 87, 71, 6)


def test_a_bare_section_facing_the_reports_shortfalls_is_a_section_too():
    r = parse_text(COLLEGE.format(feedback="", third="正视工作差距"))
    assert r.problems == []


def test_sections_stating_problems_found_are_still_problems():
    text = """中共某县某局党组关于巡察整改情况的报告
2023年10月16日至11月24日，县委第三巡察组对某局党组开展了巡察。2024年1月9日反馈了巡察意见。现将整改情况报告如下。
一、查找问题不深入，整改方案针对性不强
整改情况：局党组重新梳理问题清单，修订整改方案，细化整改措施12条。
二、落实整改责任不到位，部分股室整改进度滞后
整改情况：建立整改台账，实行周调度，对进度滞后的2个股室负责人进行约谈。
三、正视差距不足，持续推进整改工作
整改情况：对尚未完成的问题逐项细化整改措施，确保年底前全部整改到位。
中共某县某局党组
2024年6月27日
"""
    titles = [p.title for p in parse_text(text).problems]
    assert titles[:2] == ["查找问题不深入，整改方案针对性不强", "落实整改责任不到位，部分股室整改进度滞后"]


def test_a_feedback_naming_its_problem_is_still_one_feedback_item():
    text = """关于巡察反馈问题整改情况的公示
巡察反馈指出，学院在科研经费管理方面存在违规列支劳务费问题。
学院接到反馈后，立即组织整改：一是清退违规列支经费1.8万元；二是修订科研经费管理实施细则。目前该问题已完成整改。
某学院党委
2024年6月27日
"""
    r = parse_text(text)
    assert [p.title for p in r.problems] == ["学院在科研经费管理方面存在违规列支劳务费问题"]


# --- problems counted in two parts, then together ----------------------------------------------------------------

def test_two_joined_counts_of_problems_said_together_later_give_the_total_and_its_done_count():
    text = ("局党组将“回头看”反馈的3个方面9个问题和新发现的3个问题细化为31项整改措施，逐项明确责任领导和完成时限。"
            "截至2024年10月底，12个问题已完成整改8个，正在推进3个，长期坚持1个；31项整改措施已完成27项。")
    assert headline_pair(text) == (12, 8)


def test_joined_counts_in_xiang_said_together_later_are_read_alike():
    text = ("针对巡察反馈的8项问题及整改中发现的2项问题，制定整改措施26条。截至目前，10项问题已整改到位9项。")
    assert headline_pair(text) == (10, 9)


def test_joined_counts_whose_later_account_by_state_adds_up_to_their_sum_give_the_total_and_done():
    text = ("局党组将“回头看”反馈的3个方面9个问题和新发现的3个问题细化为31项整改措施。"
            "截至2024年10月底，已完成整改8个，正在推进3个，长期坚持1个。")
    assert headline_pair(text) == (12, 8)


def test_joined_counts_whose_account_by_state_does_not_add_up_keep_the_first_total():
    text = ("局党组将“回头看”反馈的3个方面9个问题和新发现的3个问题细化为31项整改措施。"
            "截至2024年10月底，已完成整改8个，正在推进3个。")
    assert headline_pair(text)[0] == 9


def test_two_bodies_counts_never_said_together_keep_the_first():
    text = ("督查组对镇党委反馈的22个问题及30个村级党组织244个问题的整改情况进行了全面梳理检查。"
            "截至目前，22个问题已完成整改20个。")
    assert headline_pair(text) == (22, 20)
