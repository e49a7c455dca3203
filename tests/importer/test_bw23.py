"""Shapes of session 22's written round set blindwritten22, each read at its general cause (helper bw23): constructed
texts and tables only (other sectors, units and words than the labelled documents), each shape with three or more
positives and a near miss that must not be read.

Shapes:
- One bracket of labelled fields closing an item's measures, the fields in any order and any of them present
  ("（牵头科室：A；整改时限：…；整改进展：已办结）"): units, deadline and status (fields.bracket_fields, used by
  measures._measure_from and structure.build_problem). A bracket with no field label, or a status field whose value is
  no status word, gives nothing.
- A status word of the in-progress class said of work going on to plan ("按计划推进", "按照时间节点有序推进中"),
  beside 已办结 (done) and 长期坚持 (long term) (titles.ON_PLAN_GOING, ledger_reader.STATUS_WORDS).
- A ledger's progress column stating the state in words ("整改进度 | 已办结") is the row's status; a percentage stays a
  percentage. Units headed by any unit word after 牵头/责任/主责 ("牵头股室").
- A sheet or table of its own giving each problem's state by its number ("问题编号 | 整改状态"), joined to the problems
  by the number (ledger_reader.status_sheet); a sheet of names and phones is none. "问题01" is number 1 (R76).
- Half-bracket items in a cell ("1）…；2）…") are measures, as "（1）" items are (numbering.find_inline_paren).
- A one-task account assigning the problem in clauses ("明确由A牵头，B、C配合整改，要求于…前完成整改") gives its units and
  deadline (structure.prose_assignment); a leader leading the supervision ("由分管副县长牵头督办") is no unit.
- A table whose every "problem" cell is a count (a round's tallies, one body a row) is no ledger (R19).
- Sector headings over paragraphs stating each body's faults in a sentence ("在X领域，甲公司存在…等问题；乙…") are the
  statements' category; the statements are the problems (structure._topic_headings_only, readings.body_statements_candidate).
"""
from __future__ import annotations

import io

from zhenggai.importer.extract import extract_bytes
from zhenggai.importer.ledger_reader import _first_ledger, _task_number, rows_to_result, status_sheet
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.fields import bracket_fields
from zhenggai.importer.parse.measures import BodyItem, split_measures
from zhenggai.importer.parse.titles import status_of
from zhenggai.importer.parse.structure import prose_assignment


# --- one bracket of fields closing the measures -----------------------------------------------------------------------

BRACKETED = """中共某县教育局党组关于县委巡察整改进展情况的通报
根据县委统一部署，县委第一巡察组对县教育局党组开展了巡察，反馈问题3个。现将整改进展情况通报如下。
一、整改工作开展情况
局党组召开专题会议研究部署整改工作。
二、反馈问题整改情况
1.教育资金管理方面
（1）学生资助资金发放审核不严，个别学校存在重复申报。
整改措施：①开展资助资金专项核查；②建立资助对象动态台账。（牵头科室：计划财务股、学生资助中心；整改时限：2024年10月底；整改进展：已办结）
（2）校舍维修项目验收不及时。
整改措施：①对未验收项目逐一验收；②制定维修项目验收办法。（整改进度：按计划推进；责任股室：基建股；完成时限：2025年6月）
2.队伍建设方面
（1）教师培训针对性不强。
整改措施：①制定分层分类培训计划；②建立培训效果评估制度。
（完成情况：长期坚持；责任单位：教师发展中心；完成时限：长期坚持）
"""


def test_a_bracket_closing_the_measures_gives_units_deadline_and_status_in_any_order():
    r = parse_text(BRACKETED)
    got = [(p.status, p.deadline, p.responsible_units, len(p.measures)) for p in r.problems]
    assert got == [("done", "2024年10月底", ["计划财务股", "学生资助中心"], 2),
                   ("in_progress", "2025年6月", ["基建股"], 2),
                   ("long_term", "长期坚持", ["教师发展中心"], 2)]


def test_the_bracket_fields_are_read_from_other_sectors_and_labels():
    cases = [
        ("（责任部门：城管执法大队、各街道；完成时限：2024年12月；目前进度：正在推进）",
         {"units": "城管执法大队、各街道", "deadline": "2024年12月", "status": "正在推进"}),
        ("（当前进展：已完成；整改期限：2023年底前；牵头单位：市生态环境局）",
         {"status": "已完成", "deadline": "2023年底前", "units": "市生态环境局"}),
        ("（责任处室：规划处\n完成时间：2025年3月；办理情况：已办结）",
         {"units": "规划处", "deadline": "2025年3月", "status": "已办结"}),
    ]
    for text, want in cases:
        assert bracket_fields("对辖区内违建逐一登记拆除。" + text) == [want], text


def test_of_two_units_labels_in_the_bracket_those_answerable_are_the_units():
    assert bracket_fields("（牵头单位：县农业农村局；责任单位：各乡镇人民政府；完成时限：2024年底）") == [
        {"units": "各乡镇人民政府", "deadline": "2024年底"}]
    assert bracket_fields("（牵头部门：市卫健委；完成时限：2024年底）") == [{"units": "市卫健委", "deadline": "2024年底"}]


def test_a_bracket_without_field_labels_or_without_a_status_word_gives_no_status():
    assert bracket_fields("追回资金12万元（其中：已退还8万元，剩余部分正在追缴）。") == []
    text = BRACKETED.replace("整改进展：已办结", "整改进展：详见附件")
    assert parse_text(text).problems[0].status is None


FIELDS_ONLY = """某区卫健局关于巡察整改进展情况的通报
区委第三巡察组对区卫健局开展了巡察，反馈问题3个。现将整改进展情况通报如下。
一、反馈问题整改情况
（一）基层医疗机构药品管理不规范。（责任部门：医政科；目前进度：已完成；完成时限：2024年5月）
（二）村医培训覆盖面不足。
整改措施：一是制定村医轮训计划；二是开展线上培训。
目前进度：正在推进
责任科室：基层卫生科
完成时限：2025年3月
（三）医疗废物处置监管不到位。
整改措施：一是开展专项检查；二是建立转运台账。
当前进展：长期坚持。
"""


def test_a_bracket_of_fields_alone_is_no_measure_and_a_status_line_of_the_same_labels_is_read():
    r = parse_text(FIELDS_ONLY)
    got = [(p.status, p.deadline, p.responsible_units, len(p.measures)) for p in r.problems]
    assert got == [("done", "2024年5月", ["医政科"], 0), ("in_progress", "2025年3月", ["基层卫生科"], 2),
                   ("long_term", None, [], 2)]
    assert r.problems[1].measures[1].text == "开展线上培训。"


# --- status words: work going on to plan ------------------------------------------------------------------------------

def test_work_said_to_go_on_to_plan_is_in_progress():
    for word in ("按计划推进", "按照时间节点有序推进中", "按序时进度稳步推进", "按既定计划持续推进"):
        assert status_of(word) == "in_progress", word
    assert status_of("已办结") == "done" and status_of("长期坚持") == "long_term"
    assert status_of("计划于明年推广") is None  # (a plan named, no work said to go on to it)


def test_a_matter_not_yet_closed_or_still_being_handled_is_in_progress_in_text_and_in_a_ledger_cell():
    from zhenggai.importer.ledger_reader import status_word

    for word in ("未办结", "尚未销号", "正在办理", "办理中", "正在落实"):
        assert status_of(word) == "in_progress" and status_word(word) == "in_progress", word
    assert status_of("已落实到位") == "done" and status_word("已办结") == "done"


def test_a_word_that_only_begins_with_a_handling_word_and_zhong_is_no_state():
    # "落实中央八项规定", "办理中心", "落实中存在…": 中 opens the next word, the matter is not said to be in hand
    # (a generated bulletin's problem "落实中央八项规定精神有差距" was read as in progress, test_bulletin_roundtrip)
    from zhenggai.importer.ledger_reader import status_word

    for text in ("落实中央八项规定精神有差距", "政务服务办理中心窗口设置不合理", "落实中存在温差"):
        assert status_of(text) is None and status_word(text) is None, text
    for text in ("该事项正在办理中。", "目前落实中", "办理中（预计年底办结）"):
        assert status_of(text) == "in_progress", text


# --- a ledger's progress column of words, unit headings -----------------------------------------------------------------

def test_a_progress_column_stating_the_state_in_words_is_the_status_and_a_percentage_stays_one():
    rows = [["序号", "问题类别", "存在问题", "整改措施", "牵头股室", "完成时限", "整改进度"],
            ["1", "资金管理", "专项资金拨付滞后", "①清理结转资金；②建立拨付台账。", "财务股", "2024年9月底", "已办结"],
            ["2", "资金管理", "政府采购程序不规范", "①修订采购办法；②开展专项检查。", "办公室", "2025年3月底", "按计划推进"],
            ["3", "队伍建设", "年轻干部培养不足", "制定培养计划", "人事股", "长期坚持", "长期坚持"],
            ["4", "队伍建设", "考勤制度执行不严", "修订考勤办法", "人事股", "2024年8月", "60%"]]
    r = rows_to_result(rows)
    assert [p.status for p in r.problems] == ["done", "in_progress", "long_term", None]
    assert [p.responsible_units for p in r.problems] == [["财务股"], ["办公室"], ["人事股"], ["人事股"]]
    assert r.problems[3].measures[0].progress == 60
    assert not any(a.code == "bad_percent" for a in r.anomalies)


# --- a status sheet joined by the problem's number ----------------------------------------------------------------------

PROBLEMS = [["问题编号", "审计发现的问题", "整改措施", "责任科室", "整改期限"],
            ["问题01", "往来款长期挂账未清理", "1）逐笔清理往来款；\n2）建立月度对账制度；", "财务科", "2024年9月"],
            ["问题02", "食堂采购未执行比价", "1）修订采购制度；\n2）引入第三方配送；\n3）开展专项检查；", "后勤科", "2024年10月"],
            ["问题03", "实验室危化品台账不全", "补建危化品出入库台账", "实验中心", "长期坚持"]]


def test_a_status_sheet_keyed_by_the_problem_number_gives_each_problem_its_status():
    for key, state_head, states in (("问题编号", "整改状态", ("已整改到位", "正在整改", "长期坚持")),
                                    ("序号", "整改进度", ("已办结", "按计划推进", "长期坚持")),
                                    ("编号", "完成情况", ("已完成", "推进中", "长期坚持"))):
        keys = ["问题01", "问题02", "问题03"] if key == "问题编号" else ["1", "2", "3"]
        sheet = [[key, state_head, "备注"]] + [[k, s, ""] for k, s in zip(keys, states)]
        r = _first_ledger(iter([("问题清单", iter(PROBLEMS)), ("进度", iter(sheet))])).materialise()
        assert [p.status for p in r.problems] == ["done", "in_progress", "long_term"], key
        assert [p.seq for p in r.problems] == [1, 2, 3]
        assert [len(p.measures) for p in r.problems] == [2, 3, 1]


def test_a_column_saying_whether_the_item_was_closed_gives_done_for_yes_and_nothing_for_no():
    for head in ("是否销号", "是否办结", "是否整改到位"):
        rows = [["序号", "存在问题", "整改措施", "责任单位", head], ["1", "台账不全", "补建台账", "甲科", "是"],
                ["2", "制度缺失", "制定制度", "乙科", "否"]]
        assert [p.status for p in rows_to_result(rows).problems] == ["done", None], head
    # (beside a status column, the status column is read first)
    assert status_sheet([["编号", "是否销号", "整改状态"], ["1", "是", "已整改到位"], ["2", "否", "正在整改"]]) == {
        1: "done", 2: "in_progress"}


def test_a_later_sheet_of_names_and_phones_is_no_status_sheet():
    assert status_sheet([["序号", "姓名", "联系电话"], ["1", "张三", "0XXX-1"], ["2", "李四", "0XXX-2"]]) is None
    sheet = [["序号", "姓名", "联系电话"], ["1", "张三", "已完成"], ["2", "李四", "正在整改"]]
    r = _first_ledger(iter([("问题清单", iter(PROBLEMS)), ("联系人", iter(sheet))])).materialise()
    assert [p.status for p in r.problems] == [None, None, None]


def test_a_status_table_after_the_problems_table_of_a_word_document_is_joined_by_number():
    import docx

    d = docx.Document()
    d.add_paragraph("某区卫生健康局关于审计整改情况的报告")
    d.add_paragraph("区审计局：现将审计查出问题整改情况报告如下。各问题整改状态见附表2。")
    t1 = d.add_table(rows=0, cols=4)
    for row in [["序号", "存在问题", "整改措施", "责任科室"], ["1", "公务接待超标准", "追回超标准费用", "办公室"],
                ["2", "专项资金闲置", "统筹使用结转资金", "财务科"], ["3", "固定资产未入账", "补登资产卡片", "总务科"]]:
        cells = t1.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("附表2")
    t2 = d.add_table(rows=0, cols=2)
    for row in [["序号", "整改状态"], ["1", "已办结"], ["2", "按计划推进"], ["3", "已整改到位"]]:
        cells = t2.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    buf = io.BytesIO()
    d.save(buf)
    ex = extract_bytes(buf.getvalue(), "report.docx")
    assert ex.ledger is not None
    assert [p.status for p in ex.ledger.problems] == ["done", "in_progress", "done"]


def test_a_number_after_the_word_for_the_entry_is_the_entry_number():
    assert [_task_number(c) for c in ("问题01", "任务12", "事项五", "问题 3")] == [1, 12, 5, 3]
    assert _task_number("问题清单") is None


def test_half_bracket_items_in_a_cell_are_measures_and_a_count_in_brackets_is_none():
    for text, n in (("1）清理挂账；\n2）建立制度；", 2), ("1)更换灭火器；2)疏通消防通道；3)开展演练。", 3),
                    ("检查发现1）项问题：1）台账缺失；2）培训不足", 2)):
        measures, _, _ = split_measures([BodyItem(text, 0)])
        assert len(measures) == n, text
    measures, _, _ = split_measures([BodyItem("追回资金（共3）笔，补缴税款。", 0)])
    assert len(measures) == 1


# --- a one-task account assigning the problem in clauses ----------------------------------------------------------------

def test_a_one_task_account_assigning_the_problem_in_clauses_gives_its_units_and_deadline():
    cases = [
        ("市委将该问题列为重点督办事项，由分管副市长牵头督办，明确由市水务局牵头，市财政局、某区人民政府配合整改，要求于2024年6月底前完成整改。",
         ["市水务局", "市财政局", "某区人民政府"], "2024年6月底前"),
        ("针对该问题，县政府确定由县住建局负责，各乡镇人民政府配合，须在2023年12月31日前整改到位。",
         ["县住建局", "各乡镇人民政府"], "2023年12月31日前"),
        ("区委研究决定，该项任务由区市场监管局牵头整改，区商务局协助，限于2025年3月前办结。",
         ["区市场监管局", "区商务局"], "2025年3月前"),
    ]
    for text, units, deadline in cases:
        assert prose_assignment(text) == (units, deadline), text


def test_a_leader_leading_the_supervision_is_no_unit():
    assert prose_assignment("该问题由分管副县长牵头督办，每月调度一次。") == ([], None)
    assert prose_assignment("由县应急局牵头开展全县安全检查。") == ([], None)  # (no sentence of the problem)


QUOTED_TASK = """某县人民政府关于省环保督察反馈问题第4项整改完成情况的说明
省督察整改办：
督察反馈问题第4项指出：“某县城区污水管网雨污混流，汛期污水溢流进入某河。”
县委、县政府高度重视，将该问题列为县级领导领办事项，由分管副县长牵头督办，明确由县住建局牵头，县水利局、城关镇人民政府配合整改，要求于2024年10月底前完成整改。
针对该问题，我县主要采取了以下整改措施：
（一）完成城区12公里雨污分流管网改造。
（二）新建溢流口截流设施3处。
经验收，该问题整改已达到销号条件，同意予以销号。
特此说明。
"""


def test_a_quoted_task_explanation_reads_its_units_and_deadline_from_the_assigning_sentence():
    r = parse_text(QUOTED_TASK)
    assert len(r.problems) == 1
    p = r.problems[0]
    assert p.responsible_units == ["县住建局", "县水利局", "城关镇人民政府"]
    assert p.deadline == "2024年10月底前"


# --- a table of tallies is no ledger --------------------------------------------------------------------------------------

def test_a_table_whose_problem_cells_are_counts_is_no_ledger():
    for head, unit in ((["序号", "被巡察单位", "反馈问题", "已整改", "整改措施"], ""),
                       (["序号", "县（市、区）", "存在问题", "已完成", "整改任务"], "个"),
                       (["序号", "被督查单位", "发现问题", "已整改", "具体措施"], "项")):
        rows = [head, ["1", "甲单位", f"12{unit}", "10", "30"], ["2", "乙单位", f"9{unit}", "9", "21"],
                ["3", "丙单位", f"15{unit}", "13", "40"]]
        assert rows_to_result(rows) is None, head
    rows = [["序号", "反馈问题", "整改措施"], ["1", "12个村账目不清", "逐村清理"], ["2", "9", "建立台账"]]
    assert rows_to_result(rows) is not None  # (a statement among them: a ledger)


# --- sector headings over bodies' statements ------------------------------------------------------------------------------

CHECK_BULLETIN = """某市市场监督管理局关于2024年食品安全专项检查情况的通报
各区市场监管分局：
2024年5月，市局组织对全市餐饮服务、食品生产和校园食堂等领域开展了食品安全专项检查。现将有关情况通报如下。
一、总体情况
本次检查共检查单位8家，发现问题26个，已责令限期整改。
二、检查发现的主要问题
（一）餐饮服务
检查发现，某市味香餐饮有限公司存在后厨防蝇设施缺失、从业人员健康证过期等问题；某市福满楼酒店存在冷藏食品未分类存放、留样记录不全等问题。
（二）食品生产
在食品生产领域，某市康源食品厂存在原料进货查验记录不全、生产车间更衣室未设置洗手消毒设施等问题；某市金麦面粉有限公司存在添加剂未专柜存放等问题。此外，部分小作坊均存在标签标识不规范等问题。
（三）校园食堂
校园食堂方面，某市第三中学存在食堂餐具消毒记录缺失、食材留样不足48小时等问题。
三、下一步工作要求
各区分局要督促有关单位立即整改到位。
某市市场监督管理局
2024年6月3日
"""


def test_sector_headings_over_statements_of_each_bodys_faults_are_their_category():
    r = parse_text(CHECK_BULLETIN)
    assert [(p.category, p.responsible_units) for p in r.problems] == [
        ("餐饮服务", ["某市味香餐饮有限公司"]), ("餐饮服务", ["某市福满楼酒店"]),
        ("食品生产", ["某市康源食品厂"]), ("食品生产", ["某市金麦面粉有限公司"]), ("校园食堂", ["某市第三中学"])]
    assert r.problems[0].title == "某市味香餐饮有限公司存在后厨防蝇设施缺失、从业人员健康证过期等问题"
    assert all(p.measure_count == 0 for p in r.problems)


def test_sector_headings_over_paragraphs_naming_no_body_stay_as_they_were():
    text = CHECK_BULLETIN
    for body in ("某市味香餐饮有限公司存在", "某市福满楼酒店存在", "某市康源食品厂存在", "某市金麦面粉有限公司存在", "某市第三中学存在"):
        text = text.replace(body, "部分单位存在")
    r = parse_text(text)
    # (no body named: not read as bodies' statements — the clauses are read as before, by the reading of fault clauses)
    assert not any(p.responsible_units for p in r.problems)
    assert r.problems and r.problems[0].title.startswith("检查发现，部分单位存在")


# --- a count, then the next sentence saying those problems are all done -------------------------------------------------

def test_the_sentence_after_a_count_saying_those_problems_are_all_done_gives_the_done_count():
    from zhenggai.importer.parse.headline import headline_figures

    for text, n in (("巡察组发现群众反映强烈的突出问题5个，随反馈意见一并移交整改。记者回访发现，这些问题目前均已整改到位。", 5),
                    ("督察组交办环境问题7个，要求限期整改。经核查，上述问题均已完成整改。", 7),
                    ("检查中共发现问题12个，并当场反馈给学校。截至目前，以上问题已全部整改完毕。", 12)):
        h = headline_figures(text)
        assert (h.problems_total, h.problems_done) == (n, n), text
    # (a sentence with a count of its own, or one saying they are to be done, is no such statement)
    h = headline_figures("巡察组发现问题5个，随反馈意见一并移交。记者回访发现，这些问题中已有3个整改到位。")
    assert h.problems_done != 5
    h = headline_figures("巡察组发现问题5个，随反馈意见一并移交。要求这些问题均于年底前整改到位。")
    assert h.problems_done is None


# --- news of labelled findings: the account ends at its state sentence; the whole rectification's figures close it ------

NEWS_OF_FINDINGS = """县融媒体中心消息
今年3月，县委第一巡察组对县交通运输局党组开展了常规巡察，发现群众反映强烈的突出问题2个，随反馈意见一并交局党组整改。记者近日回访发现，这些问题目前均已整改到位。
问题一：农村客运班线停运后未及时恢复，偏远村群众出行不便。
针对这一问题，局党组一是恢复停运班线3条；二是开通预约响应式公交。目前，该问题已整改到位。
“现在打个电话车就来了。”石门村村民王大姐说。
问题二：道路养护经费拨付滞后，部分乡道坑洼未及时修补。
针对这一问题，局党组一是清理拨付滞后经费；二是建立养护经费季度拨付制度。目前，该问题已整改到位。
记者看到，乡道路面已修补平整。
{WHOLE}
下一步，县委巡察办将持续跟踪整改成效。
"""


def test_the_paragraphs_after_an_accounts_closing_state_sentence_are_no_part_of_its_last_measure():
    r = parse_text(NEWS_OF_FINDINGS.replace("{WHOLE}", ""))
    assert [(len(p.measures), p.status) for p in r.problems] == [(2, "done"), (2, "done")]
    assert [p.measures[-1].text for p in r.problems] == ["开通预约响应式公交。目前，该问题已整改到位。",
                                                        "建立养护经费季度拨付制度。目前，该问题已整改到位。"]
    assert any("王大姐" in n for n in r.problems[0].notes)


def test_a_closing_note_on_the_whole_rectification_gives_the_documents_figures_and_a_years_other_work_does_not():
    for whole, rules in (("据了解，整改期间，局党组召开专题会议4次，建立完善制度6项。", 6),
                         ("整改以来，局党组共制定修订制度5项，对2名干部进行了提醒谈话。", 5),
                         ("记者了解到，整改过程中，局党组建立完善制度7项。", 7)):
        h = parse_text(NEWS_OF_FINDINGS.replace("{WHOLE}", whole)).headline
        assert (h.problems_total, h.problems_done, h.rules_made) == (2, 2, rules), whole
    h = parse_text(NEWS_OF_FINDINGS.replace("{WHOLE}", "今年以来，全县交通系统共制定制度20项。")).headline
    assert h.rules_made is None


def test_a_heading_quoting_a_statement_takes_no_status_from_the_statement_s_own_words():
    from zhenggai.importer.parse.titles import section_status

    # the quoted problem may say 未办结 / 未完成 / 正在整改 of its own subject: that is the fault, not where it stands
    for heading in ("关于“问题线索处置不及时：3件问题线索超期未办结”问题的整改", "关于“招标项目未完成验收即支付尾款”问题的整改情况",
                    "（三）关于“信访件正在整改中却已报结”问题的整改"):
        assert section_status(heading) is None, heading
    for heading in ("已完成整改的问题", "（二）正在推进整改的问题（3个）", "需长期坚持整改的事项"):
        assert section_status(heading) is not None, heading
