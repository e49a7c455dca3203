"""Residues of session 21's held-out sets, now round sets, each read at its general cause (helper res22): constructed
texts only, each rule with positives in other words than the page it came from and a near miss that must not fire.

Rules:
- A numbered heading that names an area of the work and states nothing wrong ("1.聚焦…决策部署情况:") over sub-items that
  each answer themselves ("（1）…不到位。" / "整改情况：…") is their category, not a problem made of them
  (levels._promote_sub_items promotes only parents stating a problem, levels._states_a_problem).
- A topic heading naming an aspect closed by a stop ("（四）加强舆情回应工作方面。") is still a topic: the "存在问题：" line
  under it is the problem, at the level the other topics' labelled lines have (tree._names_topic_only, build_tree).
- A notice naming its one item by the quoted words, called a 问题, before 整改…情况 and 公示 ("督察反馈“X”问题整改完成情况
  公示", "现将我市“X”问题整改完成情况公示如下"), in its heading or its lead, is a notice of that one item
  (readings.RE_NOTICE_NAMES_ITEM); two items named are not.
- A task is numbered by a 号 after the list's word ("反馈问题25号", "整改任务清单25号"; readings.RE_TASK_NUMBER).
- A notice of the sign-off itself ("…整改 销号公示", "…验收销号情况的公示") says its task is done (R94,
  readings.RE_DONE_NOTICE); a lead saying the check is still to come does not.
- A check table's row whose finding cell says nothing was found ("无", "/", "未发现问题") is no problem
  (ledger_reader._RE_NOTHING_FOUND); a finding that opens on 无 is one.
- A section label printed again with its colon on the line under it ("一、整改任务" / "整改任务：…") is read once
  (tree.drop_repeated_labels): the value is the task's statement, the first "（1）" a measure.
- A one-task notice's lead assigning the task ("该项任务由A牵头整改，B、C配合，整改时限为…") gives its units and time
  limit when no section does (readings.labelled_sections_candidate, structure._assignment_fields).
- A ledger's dotted 编号 ("项目1.3", "问题2.1") is numbered by its last component (R76, ledger_reader._task_number).
- A total written noun first with what it counts said between ("问题需要向社会公开的19个") is the total
  (headline.RE_NOUN_FIRST); a count of the ones already done is not.
- A check record whose one finding label ("存在问题：") holds ';' clauses each stating a fault, then "整改情况：…", is
  one problem a clause (structure._found_label_clauses); a one-task notice's field is still one problem.
"""
from __future__ import annotations

from zhenggai.importer.ledger_reader import _task_number, rows_to_result
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import Para
from zhenggai.importer.parse.readings import RE_TASK_NUMBER
from zhenggai.importer.parse.tree import drop_repeated_labels


# --- an area heading over answered sub-items --------------------------------------------------------------------------

AREA_OVER_ANSWERED = """某镇党委关于巡察整改进展情况的通报
根据县委统一部署，县委第二巡察组对我镇开展了巡察，反馈了15个问题。现将整改进展情况通报如下：
一、整改工作开展情况
（一）加强组织领导。镇党委召开专题会议研究部署整改工作。
（二）逐项推进整改。针对反馈问题，逐一整改，具体情况如下：
1.{area}:
（1）{first}
整改情况:{answer}
（2）{second}
整改情况:已建立台账，按月调度。
"""


def test_an_area_heading_over_answered_sub_items_is_their_category():
    cases = [
        ("落实意识形态工作责任制情况", "意识形态阵地管理不到位，宣传栏内容长期未更新。", "村务公开栏建设滞后，信息更新不及时。"),
        ("贯彻落实乡村振兴战略部署情况", "产业项目资金拨付滞后，部分项目未按期开工。", "村集体经济收入偏低，增收渠道单一。"),
        ("聚焦群众身边不正之风和腐败问题情况", "惠民资金发放审核不严，存在重复发放。", "村级工程监管缺位，验收资料不全。"),
    ]
    for area, first, second in cases:
        r = parse_text(AREA_OVER_ANSWERED.format(area=area, first=first, second=second, answer="已完成整改。"))
        assert [p.category for p in r.problems] == [area, area], area
        assert r.problems[0].title == first.rstrip("。")


def test_a_heading_stating_a_problem_over_answered_sub_items_is_still_the_problem():
    # near miss: the parent states what was wrong ("…不规范。"): it is the problem, its sub-items its measures
    text = AREA_OVER_ANSWERED.format(area="结余药品使用不规范。", first="结余药品管理、使用不规范。",
                                     second="药品出入库登记不全。", answer="一是建立结余药品台账；二是开展专项检查。")
    r = parse_text(text)
    assert [p.title for p in r.problems] == ["结余药品使用不规范"]


# --- an aspect heading closed by a stop over its labelled problem -------------------------------------------------------

ASPECTS = """我委认真开展专项行动，现将整改情况汇报如下：
（一）{a}
存在问题：宣传资料更新不及时。
整改措施：每月更新宣传资料。
（二）{b}
存在问题：办事指南要素不全。
整改措施：逐项补全办事指南。
（三）{c}
存在问题：群众留言回复不够及时。
整改措施：确保3个工作日内回复。
"""


def test_an_aspect_heading_closed_by_a_stop_is_a_topic_over_its_labelled_problem():
    for a, b, c in [("加强宣传工作方面。", "规范办事指南方面", "改进互动回应方面"),
                    ("加强宣传工作方面", "规范办事指南方面。", "改进互动回应方面。"),
                    ("做好信息发布方面。", "优化服务流程方面。", "提升回应质量方面。")]:
        r = parse_text(ASPECTS.format(a=a, b=b, c=c))
        assert [p.title for p in r.problems] == ["宣传资料更新不及时", "办事指南要素不全", "群众留言回复不够及时"], (a, b, c)
        assert [p.category for p in r.problems] == [x.rstrip("。") for x in (a, b, c)]


def test_a_heading_stating_its_fault_closed_by_a_stop_keeps_the_label_as_its_field():
    # near miss: "（一）路面坑槽破损。" states the problem itself; "存在问题：…" under it is its field
    text = ("一、检查发现的问题\n（一）路面坑槽破损。\n存在问题：某路段路面坑槽破损，影响行车安全。\n整改措施：立即修复。\n"
            "（二）护栏缺失。\n存在问题：某桥护栏缺失，存在安全隐患。\n整改措施：补装护栏。\n")
    r = parse_text(text)
    assert [p.title for p in r.problems] == ["路面坑槽破损", "护栏缺失"]


# --- a notice naming its one item by quoted words -----------------------------------------------------------------------

NAMED_ITEM = """{title}
来源：某县水利局 发布时间：2021-06-10
根据省环境保护督察反馈意见整改销号有关要求，现将我县{lead}公示如下：
我县自2020年3月起开展整治。一是关停沿河养殖场12家；二是拆除违规网箱；三是建设生态缓冲带。
经核查，该反馈问题已完成整改，达到整改目标。如对此公示情况存有异议，请在公示期间反映。
某县河长制工作委员会办公室
2021年6月10日
"""


def test_a_notice_naming_its_one_item_by_quoted_words_reads_that_item():
    cases = [
        ("省督察组督察反馈“部分河段水质反弹明显”问题整改完成情况公示", "“部分河段水质反弹明显”问题整改完成情况", "部分河段水质反弹明显"),
        ("关于“饮用水水源地保护区内违规建筑未拆除”问题整改情况的公示", "“饮用水水源地保护区内违规建筑未拆除”问题整改情况",
         "饮用水水源地保护区内违规建筑未拆除"),
        ("整改情况公示", "“城区黑臭水体治理进展滞后”问题的整改落实情况予以", "城区黑臭水体治理进展滞后"),
    ]
    for title, lead, item in cases:
        r = parse_text(NAMED_ITEM.format(title=title, lead=lead))
        assert [p.title for p in r.problems] == [item], title
        assert r.problems[0].measure_count == 3 and r.problems[0].status == "done"


def test_a_notice_naming_two_quoted_items_is_no_one_item_notice():
    # near miss: two items named: no one of them is the notice's task
    text = NAMED_ITEM.format(title="整改情况公示", lead="“河段水质反弹”问题和“养殖污染突出”问题整改情况")
    assert len(parse_text(text).problems) != 1 or parse_text(text).problems[0].title not in ("河段水质反弹", "养殖污染突出")


# --- a task number after the list's word ---------------------------------------------------------------------------------

def test_a_number_with_hao_after_the_lists_word_numbers_the_task():
    for text, n in [("关于第二轮省督察反馈问题25号整改销号公示", "25"), ("其中整改任务清单8号涉及我局", "8"),
                    ("省委督察整改任务3号已完成整改", "3")]:
        m = RE_TASK_NUMBER.search(text)
        assert m is not None and m.group(1) == n, text


def test_a_document_number_or_a_count_is_no_task_number():
    # near misses: a file's number, a count of problems
    assert RE_TASK_NUMBER.search("依据《办法》（某政办发〔2021〕12号）要求") is None
    assert RE_TASK_NUMBER.search("反馈问题3个，已整改2个") is None


# --- a sign-off notice says its task is done ------------------------------------------------------------------------------

SIGNOFF = """{title}
一、反馈问题
某湖水质断面类别下降，总磷浓度上升，形势不容乐观。
二、整改目标
水质稳定达到三类标准。
三、整改措施及完成情况
一是开展沟渠清淤专项行动；二是全面推行河长制。
四、下一步工作打算
持续巩固整治成果。
"""


def test_a_notice_of_the_sign_off_itself_says_its_task_is_done():
    for title in ["关于中央环保督察第5号问题整改 销号公示", "关于省级督察反馈问题第12项验收销号情况的公示",
                  "关于第二轮督察反馈问题9号整改销号的公示"]:
        r = parse_text(SIGNOFF.format(title=title))
        assert len(r.problems) == 1 and r.problems[0].status == "done", title


def test_a_notice_of_a_check_still_to_come_is_not_done():
    # near miss: the notice says the sign-off is pending ("待验收销号")
    r = parse_text(SIGNOFF.format(title="关于中央环保督察第5号问题整改情况的说明（待验收销号）"))
    assert all(p.status != "done" for p in r.problems)


# --- a check table's rows that found nothing ----------------------------------------------------------------------------

def _checked(rows):
    return rows_to_result([["序号", "检查单位", "检查结果", "存在问题"], *rows])


def test_a_check_tables_row_saying_nothing_was_found_is_no_problem():
    for nothing in ("无", "/", "未发现问题", "无。", "—"):
        r = _checked([["1", "甲小学", "限期整改", "无医务室。"], ["2", "乙中学", "合格", nothing],
                      ["3", "丙幼儿园", "限期整改", "教室照明不足。"]])
        assert [p.seq for p in r.problems] == [1, 3], nothing


def test_a_finding_that_opens_on_wu_is_a_problem():
    # near miss: "无证经营" states a fault
    r = _checked([["1", "甲超市", "限期整改", "无证经营"], ["2", "乙药店", "限期整改", "无"]])
    assert [p.title for p in r.problems] == ["无证经营"]


# --- a section label printed again under it --------------------------------------------------------------------------------

def _paras(*texts):
    return [Para(t, i) for i, t in enumerate(texts)]


def test_a_section_label_printed_again_on_its_first_line_is_read_once():
    out = drop_repeated_labels(_paras("一、整改任务", "整改任务：城区污水收集率低。", "二、整改措施", "整改措施：（1）排查管网。",
                                      "（三）问题描述：", "问题描述：某景区厕所脏乱。"))
    assert [p.text for p in out] == ["一、整改任务", "城区污水收集率低。", "二、整改措施", "（1）排查管网。", "（三）问题描述：",
                                     "某景区厕所脏乱。"]


def test_a_line_opening_on_another_label_keeps_it():
    # near miss: "整改措施落实情况：" is not the section's own label
    paras = _paras("二、整改措施", "整改措施落实情况：已完成。", "三、整改目标", "整改目标")
    assert [p.text for p in drop_repeated_labels(paras)] == ["二、整改措施", "整改措施落实情况：已完成。", "三、整改目标", "整改目标"]


# --- a one-task notice's lead assigning it -----------------------------------------------------------------------------

ASSIGNED = """关于省生态环境保护督察反馈问题第9项整改任务销号的公示
2023年5月，省督察组对某县开展了督察，反馈问题20个，其中第9项整改任务涉及{what}。{assign}目前，该项任务已完成整改。现将有关情况公示如下：
一、整改任务
整改任务：{what}不到位，群众反映强烈。
二、整改措施
整改措施：（1）开展全面排查。
（2）实施专项整治。
三、整改完成情况
整改完成情况：整改目标已全部实现。
"""


def test_a_one_task_notices_lead_assigning_the_task_gives_its_units_and_time_limit():
    cases = [
        ("农村生活垃圾治理", "该项任务由县城管局牵头整改，各乡镇人民政府配合，整改时限为2023年12月底前。",
         ["县城管局", "各乡镇人民政府"], "2023年12月底前"),
        ("畜禽养殖污染防治", "该项任务由县农业农村局牵头，县生态环境局配合，整改时限为2024年6月30日。",
         ["县农业农村局", "县生态环境局"], "2024年6月30日"),
        ("矿山生态修复", "此项任务由县自然资源局负责，整改期限为2024年底。", ["县自然资源局"], "2024年底"),
    ]
    for what, assign, units, deadline in cases:
        r = parse_text(ASSIGNED.format(what=what, assign=assign))
        assert len(r.problems) == 1, what
        p = r.problems[0]
        assert p.title == f"{what}不到位，群众反映强烈" and p.measure_count == 2
        assert p.responsible_units == units and p.deadline == deadline, what


def test_a_lead_naming_no_assignment_gives_no_units():
    # near miss: the lead says nothing of who answers for the task
    r = parse_text(ASSIGNED.format(what="城区扬尘治理", assign=""))
    assert r.problems[0].responsible_units == [] and r.problems[0].deadline is None


# --- a ledger's dotted numbers --------------------------------------------------------------------------------------------

def test_a_ledgers_dotted_number_is_its_last_component():
    assert [_task_number(c) for c in ("项目1.3", "问题2.1", "1.2", "任务 3.10")] == [3, 1, 2, 10]


def test_a_number_that_is_not_dotted_keeps_its_reading():
    # near misses: a task cell "第3项", an amount
    assert _task_number("第3项") == 3
    assert _task_number("2024.5") is None and _task_number("1.5万元") is None


# --- a total with what it counts said between -----------------------------------------------------------------------------

def test_a_total_with_what_it_counts_said_between_is_the_total():
    from zhenggai.importer.parse.headline import headline_figures

    for text, total in [("截至7月16日，巡察反馈具体问题需要向社会公开的19 个，已完成整改9个。", 19),
                        ("审计发现问题应当整改的12项，已整改10项。", 12),
                        ("巡视指出问题须限期整改的8个，已完成整改6个。", 8)]:
        assert headline_figures(text).problems_total == total, text


def test_a_count_of_the_problems_already_done_is_no_total():
    # near miss: "问题已整改的9个" counts those done
    from zhenggai.importer.parse.headline import headline_figures

    assert headline_figures("反馈问题已整改的9个。").problems_total != 9


# --- a check record's finding label over clauses, answered -----------------------------------------------------------------

RECORD = """{lead}
存在问题：{a}；{b}等问题。
整改情况：{done_a}；{done_b}。
"""


def test_a_check_records_finding_label_over_clauses_reads_each_clause():
    cases = [
        ("3月5日，镇安办对某加油站开展安全检查。", "消防沙池沙量不足", "员工未按规定穿戴防静电服", "已补足消防沙", "已组织员工培训"),
        ("6月12日，区卫健局对某诊所开展监督检查。", "医疗废物暂存点标识缺失", "消毒记录填写不规范", "已张贴标识", "已规范记录"),
        ("9月3日，县市场监管局暗访某农贸市场。", "部分摊位未公示健康证明", "冷藏柜温度记录缺失", "已全部公示", "已补建记录"),
    ]
    for lead, a, b, done_a, done_b in cases:
        r = parse_text(RECORD.format(lead=lead, a=a, b=b, done_a=done_a, done_b=done_b))
        assert [p.title for p in r.problems] == [a, b + "等问题"], lead
        assert [p.measure_count for p in r.problems] == [1, 1]


def test_a_one_task_notices_problem_field_with_clauses_stays_one_problem():
    # near miss: a 公示 of one task, its field of the problem holding two clauses (R14)
    text = RECORD.format(lead="关于督察反馈问题整改情况的公示\n现将整改任务完成情况公示如下：", a="污水处理厂超负荷运行",
                         b="配套管网建设滞后", done_a="已完成扩容", done_b="已新建管网")
    assert len(parse_text(text).problems) == 1


# --- a ledger's totals row -------------------------------------------------------------------------------------------------

def test_a_ledgers_totals_row_is_no_problem():
    for word in ("合计", "总 计", "小计："):
        r = rows_to_result([["序号", "问题描述", "整改措施", "整改状态"], ["1", "台账管理不规范", "1.完善台账", "已完成"],
                            ["2", "制度执行不严格", "1.修订制度", "推进中"], [word, "2个问题", "2条措施", "已完成1个"]])
        assert [p.title for p in r.problems] == ["台账管理不规范", "制度执行不严格"], word


def test_a_problem_opening_on_a_sum_word_is_still_a_problem():
    # near miss: the first cell is a number, the problem speaks of a sum
    r = rows_to_result([["序号", "问题描述", "整改措施", "整改状态"], ["1", "合计金额与凭证不符", "1.重新核对", "已完成"]])
    assert [p.title for p in r.problems] == ["合计金额与凭证不符"]


# --- a page's date label alone over its value ---------------------------------------------------------------------------

DATED_PAGE = """关于巡察整改进展情况的通报
{label}
{value}
根据区委统一部署，2023年5月8日至6月30日，区委第二巡察组对区教育局党组开展了巡察。现将整改情况通报如下：
一、关于学习贯彻不深入的问题
整改情况：已完成整改。
"""


def test_a_date_label_alone_over_its_value_dates_the_page():
    for label, value in [("发布时间：", "2024/03/05"), ("发布日期：", "2024/3/5"), ("成文日期:", "2024/3/5 09:30"),
                         ("发布日期：", "2024-03-05 09:30:12")]:
        assert parse_text(DATED_PAGE.format(label=label, value=value)).report_date == "2024-03-05", (label, value)


def test_a_date_label_over_no_date_gives_none():
    # near miss: the value is no date of the calendar
    assert parse_text(DATED_PAGE.format(label="发布日期：", value="2024/13/40")).report_date is None
