"""Kind 1 documents (a report whose body is narrative and whose problems sit in an attachment) and the headline
wordings of 督察 task reports, after blindwritten19's writer found them misread (session 20, helper ws20): constructed
texts, each rule with a positive case and a near miss.

Rules:
- A task table that names both 整改任务 and 整改措施 columns and no problem column ("序号 | 整改任务 | 整改措施 | 责任单位 |
  完成时限 | 完成情况", the 督察 report's 附件1): each row's task is the problem and the measures cell holds its measures
  (ledger_reader.match_header, _TASK_AS_PROBLEM). A table with a problem column keeps its 整改任务 column as the measures.
- In a 督察 text the tasks counted with their done count ("45项整改任务已完成32项，基本完成5项，持续推进5项…") are the
  problems, before the sum of the done and the under-way parts (headline.headline_figures); where no total is stated the
  sum still stands.
- A count of measures written noun first with its done count ("整改措施152条已落实137条"): 152 the measures, 137 done (not
  "152条已落实" as done); measures said all carried out with no 已 ("47条整改措施全部落实到位") are all done, but not as
  a goal ("确保47条整改措施全部落实到位").
"""
from __future__ import annotations

from tests.importer.helpers import docx_with_table, four_figures
from zhenggai.importer.parse import headline, parse_bytes, parse_text

BODY = [
    "中共某市委 某市人民政府关于第二轮省级生态环境保护督察反馈意见整改落实情况的报告",
    "省生态环境保护督察工作领导小组办公室：",
    "2022年9月5日至10月5日，省第一生态环境保护督察组对我市开展了第二轮省级生态环境保护例行督察，2022年12月20日反馈了督察意见。"
    "现将整改落实情况报告如下。",
    "一、整改工作推进情况",
    "市委、市政府成立督察整改工作领导小组，对整改任务实行清单管理、按月调度、办结销号。",
    "二、整改任务完成情况",
    "截至2024年6月30日，18项整改任务已完成11项，基本完成3项，持续推进3项，需长期坚持1项，整改措施56条已落实47条。"
    "整改期间，全市出台生态环境保护制度文件7项（详见附件2）。",
    "三、下一步工作",
    "对未完成的整改任务逐项倒排工期，确保按期完成。",
    "附件：1.督察反馈问题整改任务完成情况表",
    "2.督察整改期间出台的制度文件清单",
    "中共某市委　某市人民政府",
    "2024年7月15日",
    "附件1",
    "督察反馈问题整改任务完成情况表",
]
TASKS = [
    ["序号", "整改任务", "整改措施", "责任单位", "完成时限", "完成情况"],
    ["1", "城区污水管网雨污混流问题突出", "1.实施城区雨污分流改造工程\n2.开展管网排查修复", "市住建局、市城投公司", "2024年底前", "已完成"],
    ["2", "部分工业园区污水集中处理设施不完善", "1.扩建园区污水处理厂\n2.排查园区企业废水排放\n3.建立园区在线监测平台",
     "市工信局、市生态环境局", "长期", "长期坚持"],
    ["3", "危险废物贮存不规范", "1.开展危险废物规范化管理评估\n2.依法查处违规企业", "市生态环境局", "立行立改", "持续推进"],
]


def _report(rows) -> bytes:
    return docx_with_table(BODY, rows, [])


# --- a task table whose tasks are the problems ---------------------------------------------------------------------

def test_a_task_table_with_a_measures_column_reads_each_task_as_a_problem_and_its_numbered_cell_as_its_measures():
    r = parse_bytes(_report(TASKS), "report.docx")
    assert [p.title for p in r.problems] == ["城区污水管网雨污混流问题突出", "部分工业园区污水集中处理设施不完善", "危险废物贮存不规范"]
    assert [p.measure_count for p in r.problems] == [2, 3, 2]
    assert [p.status for p in r.problems] == ["done", "long_term", "in_progress"]
    assert r.problems[0].responsible_units == ["市住建局", "市城投公司"]
    assert [p.deadline for p in r.problems] == ["2024年底前", "长期", "立行立改"]


def test_a_table_with_a_problem_column_keeps_its_task_column_as_the_measures():
    rows = [["序号", "反馈问题", "整改任务", "责任单位", "完成时限"],
            ["1", "城区污水管网雨污混流问题突出", "实施城区雨污分流改造工程", "市住建局", "2024年底前"],
            ["", "", "开展管网排查修复", "市住建局", "2024年底前"],
            ["2", "危险废物贮存不规范", "开展危险废物规范化管理评估", "市生态环境局", "立行立改"]]
    r = parse_bytes(_report(rows), "report.docx")
    assert [p.title for p in r.problems] == ["城区污水管网雨污混流问题突出", "危险废物贮存不规范"]
    assert [p.measure_count for p in r.problems] == [2, 1]


# --- the headline of a 督察 task report ----------------------------------------------------------------------------

def test_tasks_counted_with_their_done_count_are_the_problems_before_the_sum_of_done_and_under_way():
    t = ("省第一生态环境保护督察组反馈了督察意见。截至2024年6月30日，18项整改任务已完成11项（其中已验收销号6项），"
         "基本完成3项，持续推进3项，需长期坚持1项。")
    assert four_figures(t)[:2] == (18, 11)


def test_with_no_stated_total_the_done_and_under_way_parts_still_add_up():
    t = "省第一生态环境保护督察组反馈了督察意见。截至2024年6月30日，已完成整改11个，持续推进3个。"
    assert four_figures(t)[:2] == (14, 11)


def test_measures_counted_noun_first_with_their_done_count():
    t = "省督察组反馈了督察意见。截至2024年6月30日，18项整改任务已完成11项，整改措施56条已落实47条。"
    assert four_figures(t)[2:] == (56, 47)


def test_measures_said_done_with_no_count_after_them_are_the_done_count():
    t = "省督察组反馈了督察意见。共制定整改措施56条，其中52条已落实。"
    assert four_figures(t)[2:] == (56, 52)


def test_measures_said_all_carried_out_are_all_done():
    t = "对照反馈的3个方面14个问题，制定整改措施47条，截至2024年9月30日，14个问题已全部整改完成，47条整改措施全部落实到位。"
    assert four_figures(t) == (14, 14, 47, 47)


def test_measures_to_be_carried_out_in_full_are_a_goal_not_a_done_count():
    t = "对照反馈的3个方面14个问题，制定整改措施47条，确保47条整改措施全部落实到位。"
    assert four_figures(t)[2:] == (47, None)


def test_the_whole_report_reads_its_figures_from_the_body():
    r = parse_bytes(_report(TASKS), "report.docx")
    h = r.headline
    assert (h.problems_total, h.problems_done, h.measures_total, h.measures_done, h.rules_made) == (18, 11, 56, 47, 7)
