"""Residues named in session 20's closing notes, each read generally (helper res21): constructed texts only, each rule
with positives in other words than the page it came from and a near miss that must not fire.

Rules:
- A list whose items open on the label of the problem's own field ("1.整改任务：…", "（二）整改问题：…", "3、反馈意见：…",
  normalize.PROBLEM_FIELD_WORDS) states each problem after the label: the label is no part of the title
  (titles.RE_FIELD_WORD_LABEL, dropped in split_heading for two such items or more, structure.field_labelled_run; a
  section heading and a lone "一、整改任务：" over one task's fields keep it).
- The bodies a task's fields name: helpers (配合单位 / 协办单位 / 配合部门) are units only where no 责任… field names who
  answers for the task (fields.with_co_units); a 牵头/配合 pair alone keeps both.
- A labelled field line whose value a narrow form wrapped goes on into the next line when that line opens nothing and
  closes a bracket the field left open, or sits right before the next field line (normalize._field_value_wraps).
- A Word table's label cells are matched in either script (extract._known_label_cell folds a traditional label first).
- A copy that lost its line breaks and writes its stops as ASCII "." after Chinese text breaks there too
  (normalize._RE_LOST_BREAK), so a section heading "（二）…" after "…人次. " opens its own line.
- A check record's one paragraph of findings after a label naming them ("检查存在问题：A；B等问题。", "现场发现问题：…") or
  after a lead announcing them ("以下问题…：A，B。") is one problem a clause, two clauses enough when every one states a
  fault (readings._labelled_problem_clauses); the labelled account after it ("当日整改进度：…") answers them in order;
  a lead saying their rectification is slow reads them under way. A later demand naming a place due by a day
  ("6月15日前柳林村要完成…") is the deadline of the findings naming it (parse._named_demand_deadline). (A
  form of one task's fields, "存在问题：…" beside "整改情况：…", is still read whole: not changed here.)
- "全部<work>到位" is a done state (titles.STATUS_RULES), not after 未/没/不.
- A problem's numbered sub-items each a short sentence ending on a shortfall ("（1）…不均衡。") are its details, not
  measures (structure._fault_detail); an item saying what was done stays a measure.
- A feedback item's statement ("督察报告指出：…") in a copy cut before its account is one task when the lead before it
  says the work done ("已落实整改措施，达到验收标准", readings.RE_DONE_WORK).
- In a copy that lost its breaks, circled numbers ("① … ② … ③") cut a run as any numbering does
  (normalize._numbered_breaks, _RE_LOST_BREAK); a gap before "三是" inside a paragraph whose inline run opened after its
  heading ("（一）…。一是…二是…。 三是…") is a stray space, not a lost break (normalize._inline_runs_kept); a run whose
  items opened their own lines keeps its breaks.
- A record copied one cell a line, its date label alone ("交办日期:") over the date alone ("2024-06-05"), dates the page as
  the label and value on one line do (facts.meta_date); a label over a sentence that opens on a date does not.
- A 销号 table flattened to "label value" rows (任务名称 among the known labels now), cut after its measures row with
  the copy's "……": still a form of one task, its finding the 整改目标 row's statement (normalize.label_field_cells,
  readings._form_of_fields).
- A markdown two-column form ("| 反馈问题 | … |" over "| 核查情况 | … |", a cut copy's "…" after the last bar) is a form
  of one task with two rows (normalize._markdown_task_rows, readings form_row).
"""
from __future__ import annotations

from zhenggai.importer.extract import _field_row_line, _known_label_cell
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.fields import with_co_units
from zhenggai.importer.parse.normalize import _RE_LOST_BREAK, _inline_runs_kept, _numbered_breaks
from zhenggai.importer.parse.titles import status_of


# --- problem field labels opening each numbered item -----------------------------------------------------------------

TASK_LABELLED_ITEMS = """关于市级生态环境保护督察反馈问题整改进展的公示
根据市督察整改办要求，现将我区整改进展公示如下：
1.整改任务：城北片区雨污管网混接，部分生活污水直排河道。
整改措施：完成管网改造1.8公里，新建截污井6座。
整改情况：已完成。
2.整改任务：餐饮油烟净化设施安装率低，居民投诉较多。
整改措施：督促138家餐饮单位安装净化设施，建立巡查台账。
整改情况：已完成。
3.整改任务：建筑工地扬尘管控不到位，道路积尘严重。
整改措施：开展扬尘专项整治，增加洒水频次。
整改情况：正在推进。
某区生态环境保护督察整改工作领导小组办公室
2024年5月20日
"""


def test_an_items_task_label_is_not_its_title():
    r = parse_text(TASK_LABELLED_ITEMS)
    assert [p.title for p in r.problems] == ["城北片区雨污管网混接，部分生活污水直排河道",
                                             "餐饮油烟净化设施安装率低，居民投诉较多",
                                             "建筑工地扬尘管控不到位，道路积尘严重"]
    assert [p.status for p in r.problems] == ["done", "done", "in_progress"]


PAREN_PROBLEM_LABELS = """县审计整改情况报告
一、审计发现问题的整改情况
（一）整改问题：部分专项资金拨付滞后，资金闲置时间较长。
整改情况：已将闲置资金全部拨付到项目单位。
（二）整改问题：政府采购合同备案不及时。
整改情况：已完成合同补充备案。
二、下一步工作
持续巩固整改成果。
"""


def test_a_bracketed_items_problem_label_is_not_its_title():
    r = parse_text(PAREN_PROBLEM_LABELS)
    assert [p.title for p in r.problems] == ["部分专项资金拨付滞后，资金闲置时间较长", "政府采购合同备案不及时"]


OPINION_LABELS = """学院党委关于巡察反馈意见整改落实情况的通报
根据校党委巡察工作安排，现将整改情况通报如下。
1、反馈意见：党委理论学习中心组学习制度执行不严格，学习记录不完整。
整改措施：修订中心组学习规则，按月检查学习记录。
2、反馈意见：基层党支部组织生活不规范，三会一课记录缺失。
整改措施：开展支部工作专项检查，补齐台账资料。
3、反馈意见：科研经费报销审核把关不严。
整改措施：修订科研经费管理办法，实行二级审核。
"""


def test_a_numbered_feedback_opinion_label_is_not_its_title():
    r = parse_text(OPINION_LABELS)
    assert [p.title[:10] for p in r.problems] == ["党委理论学习中心组学", "基层党支部组织生活不", "科研经费报销审核把关"]
    assert all(not p.title.startswith("反馈意见") for p in r.problems)


def test_a_lone_numbered_task_label_over_one_tasks_fields_stays_the_notices():
    # near miss: one "一、整改任务：" over one task's fields (a sign-off notice): the whole reading's, its number the notice's
    text = ("关于省督察反馈问题第15项整改任务销号的公示\n第15项整改任务已完成整改，现公示如下：\n"
            "一、整改任务：某县工业园区污水处理厂进水浓度偏低，管网收集率不足\n责任单位：某县住建局\n"
            "整改措施及完成情况：\n1.完成园区管网排查\n2.新建截污管网2.1公里\n验收结论：同意销号。\n")
    r = parse_text(text)
    assert [(p.seq, len(p.measures)) for p in r.problems] == [(15, 2)]


def test_a_task_word_inside_a_statement_is_kept():
    # near miss: the words open the statement itself, no colon after them — nothing to drop
    text = TASK_LABELLED_ITEMS.replace("3.整改任务：建筑工地", "3.整改任务推进滞后，建筑工地")
    r = parse_text(text)
    assert r.problems[2].title.startswith("整改任务推进滞后")


# --- helpers' units ---------------------------------------------------------------------------------------------------

def test_helpers_are_no_units_when_a_duty_field_names_who_answers():
    assert with_co_units(["县水利局", "县农业农村局"], ["各乡镇人民政府"], True) == ["县水利局", "县农业农村局"]


def test_helpers_are_units_when_only_a_lead_is_named():
    assert with_co_units(["县水利局"], ["县财政局、各乡镇人民政府"], False) == ["县水利局", "县财政局", "各乡镇人民政府"]


ONE_TASK_WITH_HELPERS = """关于第二轮省生态环境保护督察反馈问题整改情况的公示
一、整改任务
城区黑臭水体治理成效不稳定，部分河段汛期返黑返臭。
二、责任单位
牵头单位：县住房和城乡建设局
责任部门：县水利局、县城市管理局
协办单位：各街道办事处
整改时限：2024年12月底
三、整改情况
完成截污纳管改造4.6公里，河道水质稳定达标。该问题已完成整改。
"""


def test_a_notice_with_a_duty_field_leaves_its_helpers_out():
    r = parse_text(ONE_TASK_WITH_HELPERS)
    assert len(r.problems) == 1
    assert r.problems[0].responsible_units == ["县住房和城乡建设局", "县水利局", "县城市管理局"]


def test_a_notice_with_a_lead_and_helpers_only_keeps_both():
    # near miss: no 责任… field: the helpers are the task's units too
    text = ONE_TASK_WITH_HELPERS.replace("责任部门：县水利局、县城市管理局\n", "")
    r = parse_text(text)
    assert r.problems[0].responsible_units == ["县住房和城乡建设局", "各街道办事处"]


# --- a field block's values wrapped by a narrow form ------------------------------------------------------------------

WRAPPED_FIELDS = """某区自然资源局关于督察反馈问题整改情况的报告
区督察整改办：
省生态环境保护督察反馈指出：我区部分废弃矿山生态修复推进缓慢，复绿面积不足规划的三成。
牵头单位：区自然资源局
责任单位：区林业局、区生态环境分局、区城市管理
综合执法大队
整改目标：完成废弃矿山核查，编制《区级废弃矿山生态修
复实施方案》并报备
整改时限：2025年6月底
经区级自查，该问题已完成整改，达到验收标准。
"""


def test_a_wrapped_unit_value_joins_its_next_line():
    r = parse_text(WRAPPED_FIELDS)
    assert len(r.problems) == 1
    assert "区城市管理综合执法大队" in r.problems[0].responsible_units


def test_a_wrapped_target_joins_the_line_that_closes_its_bracket():
    r = parse_text(WRAPPED_FIELDS)
    assert r.problems[0].target is None or "《区级废弃矿山生态修复实施方案》" in r.problems[0].target
    assert "复实施方案》并报备" not in r.preamble + r.closing


def test_a_field_line_before_prose_stays_apart():
    # near miss: the line after the last field is prose of its own (no field after it): not the field's value
    text = WRAPPED_FIELDS.replace("整改时限：2025年6月底\n", "整改时限：2025年6月底前完成\n")
    r = parse_text(text)
    assert r.problems[0].deadline and "经区级自查" not in r.problems[0].deadline


# --- traditional label cells ------------------------------------------------------------------------------------------

def test_traditional_label_cells_are_known_labels():
    assert _known_label_cell("整改問題")
    assert _known_label_cell("完成時限")
    assert _known_label_cell("責任單位")


def test_a_traditional_two_cell_row_reads_as_its_field():
    assert _field_row_line(["整改實施主體", "某縣人民政府、縣水利局"]) == "整改實施主體：某縣人民政府、縣水利局"


def test_a_cell_of_other_words_is_no_label_in_either_script():
    assert not _known_label_cell("檢查地點")
    assert not _known_label_cell("联系电话")


# --- ASCII stops in a copy that lost its breaks -----------------------------------------------------------------------

def test_an_ascii_stop_after_chinese_is_a_lost_break():
    text = "二是开展专题培训3场，参训95人次. （二）在落实管党治党责任方面 5.支部主体责任落实不到位."
    assert _RE_LOST_BREAK.split(text)[:2] == ["二是开展专题培训3场，参训95人次.", "（二）在落实管党治党责任方面"]


def test_an_ascii_stop_after_a_figure_or_letter_is_none():
    # near miss: a decimal, a version, a web address — no Chinese character before the stop
    assert len(_RE_LOST_BREAK.split("增长3. 5个百分点")) == 1
    assert len(_RE_LOST_BREAK.split("详见www.example.cn. 相关附件")) == 1


FLAT_ASCII_STOPS = ("某县卫健局党组关于巡察整改进展情况的通报 根据县委统一部署，县委第二巡察组对县卫健局党组开展了常规巡察，"
                    "现将整改进展情况通报如下。 一、巡察反馈问题整改落实情况 （一）在贯彻落实上级决策部署方面 "
                    "1.基层医疗机构服务能力提升缓慢,家庭医生签约服务质量不高. 一是组织开展业务培训6期，覆盖医务人员310人次;"
                    "二是建立签约服务考核机制. 2.公共卫生项目资金使用不规范. 一是清理项目资金账目;二是修订资金管理办法. "
                    "（二）在落实全面从严治党责任方面 3.党组主体责任落实不到位,压力传导层层递减. 一是制定党组主体责任清单;"
                    "二是开展约谈提醒12人次. 4.医药购销领域廉洁风险防控薄弱. 一是开展专项整治;二是建立廉洁风险台账.")


def test_sections_of_a_flattened_copy_with_ascii_stops_keep_their_problems():
    r = parse_text(FLAT_ASCII_STOPS)
    assert [p.category for p in r.problems] == ["在贯彻落实上级决策部署方面"] * 2 + ["在落实全面从严治党责任方面"] * 2


# --- a check record's labelled clauses ----------------------------------------------------------------------------------

CHECK_RECORD = """2024年4月9日，县交通运输局安全股对城西客运站开展安全生产检查。
检查存在问题：候车室部分灭火器压力不足；安检机操作人员未持证上岗等问题。
当日整改进度：灭火器已全部更换到位，操作人员已安排参加培训。
"""


def test_a_check_records_labelled_clauses_are_its_problems():
    r = parse_text(CHECK_RECORD)
    assert [p.title for p in r.problems] == ["候车室部分灭火器压力不足", "安检机操作人员未持证上岗等问题"]
    assert [p.measure_count for p in r.problems] == [1, 1]
    assert r.problems[0].status == "done"


VILLAGE_NOTICE = """各村（社区）：
6月12日，镇党委副书记带队对辖区河道清漂工作进行了督查。现将有关情况通报如下：
一、总体情况
各村均按要求组织人员清理河道，大部分河段水面整洁。
二、存在的问题
截至6月12日，以下问题整改进度缓慢：柳林村辖区内的沙河闸口漂浮物清理不及时，枫树村河段垃圾堆放问题依然突出。
三、下步工作要求
各村要进一步落实责任，加快整改进度，6月15日前柳林村要完成闸口漂浮物的清理工作。
"""


def test_a_lead_announcing_slow_items_reads_each_comma_clause():
    r = parse_text(VILLAGE_NOTICE)
    assert [p.title for p in r.problems] == ["柳林村辖区内的沙河闸口漂浮物清理不及时", "枫树村河段垃圾堆放问题依然突出"]
    assert {p.category for p in r.problems} == {"存在的问题"}


def test_a_lead_saying_the_items_rectification_is_slow_reads_them_under_way():
    assert {p.status for p in parse_text(VILLAGE_NOTICE).problems} == {"in_progress"}


def test_a_demand_naming_a_place_due_by_a_day_is_its_findings_deadline():
    r = parse_text(VILLAGE_NOTICE)
    assert r.problems[0].deadline == "6月15日前"
    assert r.problems[1].deadline is None  # (near miss: a place the demand does not name)


def test_a_lead_announcing_items_without_their_state_leaves_it():
    text = VILLAGE_NOTICE.replace("以下问题整改进度缓慢：", "以下问题需抓紧整改：").replace("截至6月12日，", "")
    assert {p.status for p in parse_text(text).problems} == {None}


def test_a_feedback_news_items_counted_off_are_not_read_as_a_check():
    # near miss: another body's problems fed back, counted off 一是/二是 (the feedback news, R23), no state of theirs
    text = "某县委巡察组向某中心反馈巡察情况\n巡察组指出，该中心存在以下问题：一是制度执行不到位；二是采购程序不规范。\n"
    assert parse_text(text).problems == []


MARKET_CHECK = """3月2日，区市场监管局对城东农贸市场开展食品安全检查。
现场发现问题：部分摊位未公示健康证明；冷藏柜温度记录缺失；市场内垃圾清运不及时。
"""


def test_a_plain_problems_label_reads_its_semicolon_clauses():
    r = parse_text(MARKET_CHECK)
    assert len(r.problems) == 3 and r.problems[2].title == "市场内垃圾清运不及时"


def test_labelled_clauses_of_work_done_are_no_problems():
    # near miss: the label names the problems but the clauses tell what went well or was done
    text = MARKET_CHECK.replace("部分摊位未公示健康证明；冷藏柜温度记录缺失；市场内垃圾清运不及时",
                                "市场已建立进货台账，经营秩序良好，环境卫生整洁有序")
    assert parse_text(text).problems == []


# --- done words -------------------------------------------------------------------------------------------------------

def test_all_of_a_work_put_right_is_done():
    assert status_of("违建棚房全部拆除到位") == "done"
    assert status_of("破损护栏全部更换到位") == "done"


def test_not_all_put_right_is_not_done():
    assert status_of("尚未全部落实到位") is None
    assert status_of("未全部整改到位") is None


# --- a problem's details under it --------------------------------------------------------------------------------------

DETAILED_REPORT = """中共某街道工委关于巡察整改情况的报告
一、巡察反馈问题整改落实情况
（一）落实上级决策部署方面
1、乡村振兴政策落实不到位。
（1）产业帮扶项目带动效益不明显。
（2）村集体经济收入增长缓慢。
2、基层治理工作存在短板。
（1）网格员队伍力量薄弱。
（2）矛盾纠纷排查化解不及时。
二、下一步工作打算
持续巩固整改成果。
"""


def test_sub_items_ending_on_a_shortfall_are_details():
    r = parse_text(DETAILED_REPORT)
    assert [p.title for p in r.problems] == ["乡村振兴政策落实不到位", "基层治理工作存在短板"]
    assert [p.measure_count for p in r.problems] == [0, 0]


def test_a_single_detail_that_ends_on_an_imbalance_is_no_measure():
    text = DETAILED_REPORT.replace("（1）产业帮扶项目带动效益不明显。\n（2）村集体经济收入增长缓慢。", "（1）各村发展不平衡。")
    assert parse_text(text).problems[0].measure_count == 0


def test_sub_items_that_tell_what_was_done_stay_measures():
    # near miss: the sub-items say what was done (an action, a figure of work), not what is wrong
    text = DETAILED_REPORT.replace("（1）产业帮扶项目带动效益不明显。\n（2）村集体经济收入增长缓慢。",
                                   "（1）制定产业帮扶项目绩效评估办法，完成评估12个。\n（2）引进农产品加工企业2家，村集体年增收15万元。")
    assert parse_text(text).problems[0].measure_count == 2


# --- a feedback item whose account a copy cut off --------------------------------------------------------------------

CUT_SELF_CHECK = """县住建局：
根据市督察整改方案，我县涉及的第二轮省级督察反馈问题“城区污水管网建设滞后”的问题，已落实整改措施，达到验收标准。现将自查情况报告如下：
一、问题整改情况
督察报告指出：县城污水管网覆盖率仅为62%，部分老旧小区雨污合流，汛期污水溢流入河。
牵头单位：县住房和城乡建设局
责任单位：县水利局、县城市管理局
整改时限：2024年底
"""


def test_a_statement_whose_lead_says_it_done_is_one_task_in_a_cut_copy():
    r = parse_text(CUT_SELF_CHECK)
    assert len(r.problems) == 1
    assert r.problems[0].title.startswith("县城污水管网覆盖率仅为62%")


def test_a_statement_with_nothing_said_done_is_left():
    # near miss: the lead announces the check only; no work said done before or after
    text = CUT_SELF_CHECK.replace("已落实整改措施，达到验收标准。", "")
    r = parse_text(text)
    assert not (len(r.problems) == 1 and r.reading == "whole" and r.problems[0].title.startswith("县城污水管网"))


# --- a markdown form cut after its second row -------------------------------------------------------------------------

MARKDOWN_FORM = """| 反馈问题 | 某县城区部分河段垃圾漂浮物清理不及时，岸线环境脏乱。 |
| 核实情况 | 经核实，部分河段仍有漂浮物。 |…"""


def test_a_markdown_forms_task_row_is_one_task():
    r = parse_text(MARKDOWN_FORM)
    assert [p.title for p in r.problems] == ["某县城区部分河段垃圾漂浮物清理不及时，岸线环境脏乱"]


def test_a_two_row_markdown_table_of_other_fields_is_no_task():
    # near miss: two rows of a markdown table, neither the task's own field
    r = parse_text("| 检查时间 | 2024年5月8日上午 |\n| 检查地点 | 城东农贸市场及周边道路 |")
    assert r.problems == []


# --- circled runs and stray gaps in a flattened copy ------------------------------------------------------------------

FLAT_CIRCLED = ("某镇党委关于县委巡察反馈意见整改情况的通报 县委第三巡察组于2024年3月至4月对某镇党委开展了常规巡察，"
                "5月10日反馈了巡察意见。现将整改情况通报如下： 反馈的3个问题已全部整改完成。 "
                "①关于“村级财务监管不严”问题的整改 一是开展村级财务专项审计，追回违规资金3.2万元；二是建立村账镇代管制度。 "
                "②关于“项目资金拨付滞后”问题的整改 一是逐项清理在建项目，拨付资金126万元；二是实行项目资金月调度。 "
                "③关于“信访事项办理不及时”问题的整改 一是对8件信访事项逐件销号；二是建立信访周研判机制。 "
                "欢迎广大干部群众监督。 中共某镇委员会 2024年9月30日")


def test_circled_items_of_a_flattened_copy_are_its_problems():
    r = parse_text(FLAT_CIRCLED)
    assert [p.title for p in r.problems] == ["村级财务监管不严", "项目资金拨付滞后", "信访事项办理不及时"]
    assert [p.measure_count for p in r.problems] == [2, 2, 2]


def test_a_circled_run_is_cut_at_its_gaps():
    assert [x[:1] for x in _numbered_breaks("整改如下： ⑴清理台账；建立制度。 ⑵开展培训。 ⑶完善考核。")][1:] == ["⑴", "⑵", "⑶"]


def test_a_stray_gap_inside_an_inline_run_is_kept():
    pieces = ["（一）政治建设有差距。一是学习不深入。二是落实不到位。", "三是防范风险意识不强。", "（二）作风建设有短板。"]
    assert _inline_runs_kept(pieces) == ["（一）政治建设有差距。一是学习不深入。二是落实不到位。 三是防范风险意识不强。",
                                         "（二）作风建设有短板。"]


def test_a_run_one_item_a_line_keeps_its_breaks():
    # near miss: the run's items opened their own lines (each piece starts on its item): every gap a lost break
    pieces = ["一季度开展燃气安全检查。", "一是检查燃气器具。", "二是开展联合检查。", "三是普及安全常识。"]
    assert _inline_runs_kept(pieces) == pieces


# --- a record's date label over its value -----------------------------------------------------------------------------

RECORD = """任务台账 任务进展 管理
督办单编号:
12
{label}
{value}
责任单位:
县城市管理局
督办内容:
近期暗访发现，城北农贸市场周边占道经营问题反弹，垃圾清运不及时，请你单位立即组织整改。
"""


def test_a_date_label_over_its_value_dates_the_record():
    assert parse_text(RECORD.format(label="交办日期:", value="2023-11-20")).report_date == "2023-11-20"
    assert parse_text(RECORD.format(label="下达日期：", value="2023年11月20日")).report_date == "2023-11-20"
    assert parse_text(RECORD.format(label="督办日期:", value="2023-11-20")).report_date == "2023-11-20"


def test_a_label_over_a_dated_sentence_is_no_record_date():
    r = parse_text(RECORD.format(label="督办说明:", value="2023年11月20日，县督查室对城北片区开展暗访。"))
    assert r.report_date != "2023-11-20"


# --- a flattened sign-off table cut after its measures ------------------------------------------------------------------

SPACED_FORM = """某县某镇砖厂旧址生态修复

某县人民政府网 发布时间:2025-03-02 09:15

任务名称 某县某镇砖厂旧址生态修复

整改目标 根据省级生态环境保护督察问题清单,该砖厂旧址复绿工作推进滞后,裸露边坡未完成治理,须按照复绿标准落实整改。

整改措施 针对督察指出的问题,对裸露边坡进行削坡减载,对场地进行平整覆土并种植乔灌木。
……
"""


def test_a_flattened_form_cut_after_its_measures_is_one_task():
    r = parse_text(SPACED_FORM)
    assert len(r.problems) == 1
    assert r.problems[0].title.startswith("某县某镇砖厂旧址生态修复工作") or "复绿工作推进滞后" in r.problems[0].title


def test_a_form_whose_target_states_no_fault_is_no_task():
    # near miss: the target row says what is to be reached, nothing wrong
    text = SPACED_FORM.replace("该砖厂旧址复绿工作推进滞后,裸露边坡未完成治理,须按照复绿标准落实整改", "完成砖厂旧址生态修复，植被覆盖率达到85%以上")
    assert parse_text(text).problems == []
