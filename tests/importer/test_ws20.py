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
- A task table of 整改任务 alone ("序号 | 整改任务 | 责任单位 | 完成时限 | 完成情况"): each task is a problem with no measures
  (ledger_reader._task_as_problem).
- A document's table that names no problem in any row and has no group rows ("序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限",
  a 责任分工表 attachment) is no problem list (extract._work_rows_only); the body's text is read instead.
- Numbered lines in a division of the work ("附件 / 巡察整改工作责任分工表 / 1.成立整改工作领导小组… 牵头单位：…"), none a
  shortcoming, are no problem list (readings._in_work_division, set aside in structure.parse_structure); problems divided
  among bodies ("巡察反馈问题整改责任分工表") still are.
- Kind 1 read right already (kept as tests): a report body whose problems follow as '问题1.2：' or '项目1.2：' lines (with
  the OCR slip '项目l.2'), after "附件" alone or "附件1：…" inline, or as a Word table; an attachment of rules made.
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


# --- kind 1: the report's body, then an attachment ----------------------------------------------------------------
# The body below states the figures and organises the work; its problems are in the attachment, in whichever form.

REPORT = [
    "中共某县住房和城乡建设局党组关于县委巡察反馈问题整改情况的报告",
    "县委巡察工作领导小组：",
    "根据县委统一部署，2023年9月4日至10月27日，县委第二巡察组对县住房和城乡建设局党组开展了常规巡察，2023年12月8日反馈了巡察意见。"
    "局党组对照反馈的3个方面6个问题，制定整改措施15条。截至2024年5月31日，6个问题已完成整改4个，其余2个正在推进；"
    "15条整改措施已落实12条，建立完善制度5项。现将有关情况报告如下。",
    "一、提高政治站位，压实整改责任",
    "局党组第一时间召开专题会议，成立由党组书记任组长的整改工作领导小组，制定整改方案，逐条明确责任领导、责任股室和完成时限。",
    "二、坚持标本兼治，推动整改落实",
    "对照问题清单、任务清单、责任清单，实行销号管理，完成一项、销号一项。",
    "三、下一步工作打算",
    "对尚未完成的问题持续跟踪督办，巩固整改成果，防止问题反弹。",
    "附件：巡察反馈问题整改情况清单",
    "中共某县住房和城乡建设局党组",
    "2024年6月5日",
]
GROUPS = [
    ("一", "党的领导方面", [("学习贯彻党的创新理论不够深入", ["修订党组理论学习中心组学习制度", "开展专题研讨3次"], "已完成"),
                          ("落实意识形态工作责任制不到位", ["制定意识形态工作责任清单", "每半年专题研判一次"], "已完成")]),
    ("二", "全面从严治党方面", [("工程项目招投标管理不规范", ["开展招投标专项检查", "建立招投标全过程监督机制", "对违规人员追责问责"], "正在推进"),
                            ("公务用车管理不严格", ["修订公务用车管理办法", "清理违规使用车辆"], "已完成")]),
    ("三", "领导班子和干部队伍建设方面", [("干部交流轮岗不够", ["制定干部交流轮岗计划", "完成中层干部轮岗6人"], "已完成"),
                                    ("基层党组织生活不规范", ["开展组织生活专项检查", "建立支部工作台账", "组织党务干部培训"], "正在推进")]),
]
EXPECTED = [("党的领导方面", "学习贯彻党的创新理论不够深入", "done", 2), ("党的领导方面", "落实意识形态工作责任制不到位", "done", 2),
            ("全面从严治党方面", "工程项目招投标管理不规范", "in_progress", 3), ("全面从严治党方面", "公务用车管理不严格", "done", 2),
            ("领导班子和干部队伍建设方面", "干部交流轮岗不够", "done", 2), ("领导班子和干部队伍建设方面", "基层党组织生活不规范", "in_progress", 3)]


def _labelled_lines(label: str = "问题", slip: str | None = None) -> list[str]:
    """The attachment as '问题1.2：' lines (category number, then the problem's), each with its 整改措施 and 整改情况 lines;
    ``slip`` replaces the label '1.2' as an OCR copy misreads it ('l.2')."""
    out = []
    for ci, (cn, cat, ps) in enumerate(GROUPS, 1):
        out.append(f"{cn}、{cat}")
        for pi, (title, ms, state) in enumerate(ps, 1):
            num = f"{ci}.{pi}"
            out.append(f"{label}{slip if slip and num == '1.2' else num}：{title}")
            out.append("整改措施：" + "；".join(f"{k}.{m}" for k, m in enumerate(ms, 1)) + "。")
            out.append(f"整改情况：{state}。")
    return out


def _read(result) -> list[tuple]:
    return [(p.category, p.title, p.status, p.measure_count) for p in result.problems]


def _figures(result) -> tuple:
    h = result.headline
    return h.problems_total, h.problems_done, h.measures_total, h.measures_done, h.rules_made


def test_a_report_with_its_problems_as_labelled_lines_after_an_attachment_label_on_its_own_line():
    r = parse_text("\n".join(REPORT + ["附件", "巡察反馈问题整改情况清单"] + _labelled_lines()))
    assert _read(r) == EXPECTED
    assert [p.seq for p in r.problems] == [1, 2, 1, 2, 1, 2]  # R76: a dotted label's last component
    assert _figures(r) == (6, 4, 15, 12, 5)


def test_a_report_with_an_inline_attachment_label_and_xiangmu_labels_with_an_ocr_slip():
    r = parse_text("\n".join(REPORT + ["附件1：巡察反馈问题整改情况清单"] + _labelled_lines("项目", slip="l.2")))
    assert _read(r) == EXPECTED
    assert _figures(r) == (6, 4, 15, 12, 5)


def test_a_report_with_its_problems_in_a_word_table_attachment():
    rows = [["序号", "反馈问题", "整改措施", "责任股室", "整改时限", "整改情况"]]
    for _cn, _cat, ps in GROUPS:
        for title, ms, state in ps:
            rows.append([str(len(rows)), title, "\n".join(f"{k}.{m}" for k, m in enumerate(ms, 1)), "办公室", "2024年6月底前", state])
    r = parse_bytes(docx_with_table(REPORT + ["附件", "巡察反馈问题整改情况清单"], rows, []), "report.docx")
    assert [(p.title, p.status, p.measure_count) for p in r.problems] == [e[1:] for e in EXPECTED]
    assert {p.deadline for p in r.problems} == {"2024年6月底前"}
    assert _figures(r) == (6, 4, 15, 12, 5)


def test_a_task_table_with_no_measures_column_lists_the_tasks_as_problems_with_no_measures():
    rows = [["序号", "整改任务", "责任单位", "完成时限", "完成情况"],
            ["1", "城区黑臭水体治理不到位", "市住建局", "2024年底前", "已完成"],
            ["2", "工业园区污水处理设施不完善", "市工信局", "长期", "长期坚持"]]
    r = parse_bytes(docx_with_table(BODY, rows, []), "report.docx")
    assert [(p.title, p.status, p.measure_count, p.deadline) for p in r.problems] == [
        ("城区黑臭水体治理不到位", "done", 0, "2024年底前"), ("工业园区污水处理设施不完善", "long_term", 0, "长期")]


def test_an_attachment_of_rules_made_is_not_a_problem_list():
    rows = [["序号", "制度名称", "印发时间"], ["1", "局党组理论学习中心组学习制度", "2024年1月"], ["2", "公务用车管理办法", "2024年3月"]]
    r = parse_bytes(docx_with_table(REPORT + ["附件", "整改期间建立完善的制度清单"], rows, []), "report.docx")
    assert r.problems == []
    assert _figures(r) == (6, 4, 15, 12, 5)


def test_a_division_of_work_table_names_no_problem_and_is_not_a_problem_list():
    rows = [["序号", "工作任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "成立整改工作领导小组，制定整改方案", "办公室", "各股室", "2023年12月底前"],
            ["2", "建立整改台账，实行销号管理", "办公室", "各股室", "2024年1月底前"],
            ["3", "开展整改工作督查", "机关党委", "纪检组", "长期"]]
    r = parse_bytes(docx_with_table(REPORT + ["附件", "巡察整改工作责任分工表"], rows, []), "report.docx")
    assert r.problems == []
    assert _figures(r) == (6, 4, 15, 12, 5)


DUTY_LINES = ["1.成立整改工作领导小组，制定整改方案。牵头单位：办公室；完成时限：2023年12月底前。",
              "2.建立整改台账，实行销号管理。牵头单位：办公室；完成时限：2024年1月底前。",
              "3.开展整改工作督查。牵头单位：机关党委；完成时限：长期。"]


def test_a_division_of_the_work_as_numbered_lines_after_the_body_is_not_a_problem_list():
    r = parse_text("\n".join(REPORT + ["附件", "巡察整改工作责任分工表"] + DUTY_LINES))
    assert r.problems == []
    assert _figures(r) == (6, 4, 15, 12, 5)


def test_problems_divided_among_bodies_in_an_attachment_are_still_problems():
    lines = ["1.工程项目招投标管理不规范。牵头单位：办公室；完成时限：2024年6月底前。",
             "2.公务用车管理不严格。牵头单位：机关党委；完成时限：2024年3月底前。"]
    r = parse_text("\n".join(REPORT + ["附件", "巡察反馈问题整改责任分工表"] + lines))
    assert [p.title for p in r.problems] == ["工程项目招投标管理不规范", "公务用车管理不严格"]


RULES = ["附件2", "整改期间建立完善的制度清单", "1.《局党组理论学习中心组学习制度》", "2.《公务用车管理办法》", "3.《工程项目招投标监督办法》"]


def test_a_second_attachment_listing_the_rules_made_adds_no_problem():
    r = parse_text("\n".join(REPORT + ["附件1", "巡察反馈问题整改情况清单"] + _labelled_lines() + RULES))
    assert _read(r) == EXPECTED


def test_a_report_whose_only_attachment_lists_the_rules_made_has_no_problem_list():
    r = parse_text("\n".join(REPORT + RULES))
    assert r.problems == []
    assert _figures(r) == (6, 4, 15, 12, 5)
