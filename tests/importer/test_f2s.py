"""Helper f2s (session 15, round 2): problem lists, statuses and measures — constructed texts, one rule each."""
from __future__ import annotations

from zhenggai.importer.ledger_reader import read_ledger_rows, status_word
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.fields import split_units
from zhenggai.importer.parse.numbering import parse_marker

from tests.importer.helpers import problems as _problems


# --- the attachment a problem sits in gives its status -----------------------------------------------------------
ANNEXED = """某县卫生健康局关于县委巡察反馈意见整改情况的报告
县委巡察办：
县委第二巡察组反馈问题4个，已完成整改2个，正在整改2个（详见附件）。
某县卫生健康局
2024年5月6日
附件1
已完成整改问题清单（共2个）
问题1.1：医疗废物管理台账登记不全
责任单位：医政股　　整改时限：2024年3月底前
整改进展情况：
（1）补齐医疗废物交接登记。
（2）开展专项检查。
问题1.2：乡镇卫生院药品采购不规范
责任单位：药政股　　整改时限：2024年4月底前
整改进展情况：
（1）统一集中采购。
附件2
{second}
问题2.1：村卫生室人员培训不足
责任单位：基层卫生股　　整改时限：2024年12月底前
整改进展情况：
（1）制定年度培训计划。
问题2.2：家庭医生签约服务质量不高
责任单位：基层卫生股　　整改时限：2024年10月底前
整改进展情况：
（1）开展签约服务质量评估。
"""


def test_problems_in_an_attachment_of_finished_problems_are_done_and_in_one_of_unfinished_ones_in_progress():
    ps = _problems(ANNEXED.format(second="正在整改问题清单（共2个）"))
    assert [p.status for p in ps] == ["done", "done", "in_progress", "in_progress"]


def test_an_attachment_whose_title_states_no_status_gives_its_problems_none():
    ps = _problems(ANNEXED.format(second="其他问题清单（共2个）"))
    assert [p.status for p in ps][2:] == [None, None]


# --- a ledger's status column ----------------------------------------------------------------------------------
def test_a_status_column_saying_partly_rectified_or_on_schedule_is_in_progress_and_ongoing_rectification_long_term():
    assert status_word("部分整改") == "in_progress"
    assert status_word("部分完成") == "in_progress"  # (not done for its 完成)
    assert status_word("序时推进") == "in_progress"
    assert status_word("持续整改") == "long_term"
    assert status_word("持续整改中") == "in_progress"  # under way now, not a term without end
    assert status_word("已完成") == "done"


def test_a_table_ledger_reads_each_problems_status_from_its_status_column():
    rows = [["序号", "问题类型", "存在问题", "整改措施", "责任单位", "整改时限", "整改状态"],
            ["1", "预算管理方面", "部分收入未及时缴库", "督促缴库。", "县财政局", "2025年6月底前", "部分整改"],
            ["2", "预算管理方面", "结余资金未统筹盘活", "建立清理机制。", "县财政局", "长期坚持", "持续整改"],
            ["3", "资产管理方面", "资产账实不符", "开展清查。", "县财政局", "2024年12月底前", "序时推进"],
            ["4", "资产管理方面", "房产出租未评估", "实行公开招租。", "县机关事务中心", "2024年6月底前", "已完成"]]
    ledger = read_ledger_rows(rows).materialise()
    assert [p.status for p in ledger.problems] == ["in_progress", "long_term", "in_progress", "done"]


def test_a_progress_cell_on_schedule_states_in_progress_but_one_telling_the_work_does_not():
    rows = [["序号", "问题描述", "整改措施", "责任单位", "整改时限", "完成情况"],
            ["1", "执法领域作风不实", "开展专项整治。", "执法大队", "2024年6月底", "序时推进"],
            ["2", "审批效率不高", "压缩审批时限。", "审批科", "2023年11月底", "序时推进的各项工作按计划落实"]]
    ledger = read_ledger_rows(rows).materialise()
    assert ledger.problems[0].status == "in_progress"
    assert ledger.problems[1].status is None


# --- numbering ----------------------------------------------------------------------------------------------------
def test_a_numbered_item_saying_who_fed_it_back_keeps_its_number():
    ps = _problems("""某公司党委关于巡视反馈问题整改情况的报告
一、党的建设方面
1.第二轮巡视反馈指出，“基层党组织建设薄弱，党员发展不规范。”
整改情况：一是开展支部标准化建设；二是规范党员发展程序。
整改状态：已完成。
2.第二轮巡视反馈指出，“干部考核机制不健全。”
整改情况：修订干部考核办法。
整改状态：正在推进。
""")
    assert [(p.seq, p.title[:8]) for p in ps] == [(1, "基层党组织建设薄"), (2, "干部考核机制不健")]


def test_a_numbered_unquoted_feedback_item_is_titled_by_what_was_fed_back_even_when_its_source_quotes_a_word():
    ps = _problems("""某县关于督察反馈问题整改情况的报告
一、督察“回头看”反馈问题
1.督察“回头看”反馈指出，某镇秸秆禁烧工作存在以罚代管现象。
整改情况：建立秸秆收储体系。
整改状态：已完成。
2.省级督察反馈指出，某县部分养殖场粪污直排。
整改情况：关停直排养殖场3家。
整改状态：正在推进。
""")
    assert [(p.seq, p.title) for p in ps] == [(1, "某镇秸秆禁烧工作存在以罚代管现象"), (2, "某县部分养殖场粪污直排")]


def test_a_quoted_phrase_opening_a_statement_is_no_source_lead():
    from zhenggai.importer.parse.titles import said_lead

    assert said_lead("“放管服”改革推进不力，审批事项下放后承接不到位。") == 0
    assert said_lead("督察“回头看”反馈指出，某镇秸秆禁烧工作存在以罚代管现象。") == len("督察“回头看”反馈指出，")


def test_an_unnumbered_feedback_item_still_has_no_number():
    m = parse_marker("第二轮巡视反馈指出，“基层党组织建设薄弱，党员发展不规范。”")
    assert m is not None and m.number == 0


def test_a_bracketed_letter_l_slipped_for_the_one_is_the_first_measure_but_a_roman_two_is_not_read():
    assert parse_marker("（l）对基建项目开展全面自查。").number == 1
    assert parse_marker("(I)开展专项检查。").number == 1
    assert parse_marker("（II）开展专项检查。") is None or parse_marker("（II）开展专项检查。").number != 11
    assert parse_marker("（la）开展专项检查。") is None


def test_a_name_opening_with_a_count_word_is_an_items_first_word_but_a_stray_count_is_not_an_item():
    assert parse_marker("3.条子河流域水环境综合治理推进缓慢。").number == 3
    assert parse_marker("2.条例执行不严格。").number == 2
    assert parse_marker("3.条。") is None
    assert parse_marker("5.个百分点") is None


# --- units --------------------------------------------------------------------------------------------------------
def test_a_dun_comma_inside_brackets_lists_the_kinds_of_one_unit():
    assert split_units("市农业农村局、各县（市、区）人民政府") == ["市农业农村局", "各县（市、区）人民政府"]
    assert split_units("各乡(镇、街道)、市财政局") == ["各乡(镇、街道)", "市财政局"]


def test_dun_commas_outside_brackets_still_split_units():
    # (session 17, kst: the role in brackets after a unit, "（牵头）", is no part of its name and is dropped)
    assert split_units("市财政局（牵头）、市审计局、市税务局") == ["市财政局", "市审计局", "市税务局"]


# --- a notice in fixed sections: demands and next steps ---------------------------------------------------------
TASK = """某县水利局关于市委巡察反馈意见整改任务（序号五）整改情况的说明
县巡察整改办：
根据整改方案分工，整改任务（序号五）由我局牵头办理。现将整改情况说明如下：
一、问题内容
农村饮水安全工程管护不到位，部分工程长期带病运行。
二、整改要求
牵头单位 县水利局
配合单位 县财政局、各乡（镇）人民政
府
整改时限2024年6月底前
三、整改措施及成效
1.对全县饮水工程逐一排查，建立问题台账。
2.落实管护经费，明确管护主体。
四、存在的困难和下一步打算
部分工程改造资金缺口较大。该项任务目前整改进度为{stands}，下一步将持续跟踪。
特此说明。
某县水利局
2024年7月1日
"""


def test_a_one_task_statement_in_sections_is_one_problem_with_the_units_and_deadline_its_demands_name():
    ps = _problems(TASK.format(stands="基本完成"))
    assert len(ps) == 1
    p = ps[0]
    assert p.seq == 5 and p.title.startswith("农村饮水安全工程管护不到位")
    assert p.responsible_units == ["县水利局", "县财政局", "各乡（镇）人民政府"]
    assert p.deadline == "2024年6月底前"
    assert len(p.measures) == 2
    assert p.status == "in_progress"


def test_the_status_a_task_statement_states_among_its_next_steps_is_its_status():
    assert _problems(TASK.format(stands="已完成"))[0].status == "done"


def test_demands_told_in_sentences_name_no_units():
    text = TASK.replace("牵头单位 县水利局\n配合单位 县财政局、各乡（镇）人民政\n府\n整改时限2024年6月底前",
                        "要求建立长效管护机制，牵头单位要加强统筹。")
    ps = _problems(text.format(stands="基本完成"))
    assert len(ps) == 1 and ps[0].responsible_units == [] and ps[0].deadline is None


# --- enforcement news naming example offenders ------------------------------------------------------------------
NEWS = """近日，省生态环境厅通报了夏季臭氧污染防治专项检查情况，共检查企业120家，发现73家企业存在问题。
检查发现的主要问题有：
一、部分企业废气收集设施缺失。
{one}
二、部分企业在线监测设备运维不规范。
{two}
"""


def test_kinds_of_violations_each_with_example_firms_in_enforcement_news_are_not_a_problem_list():
    ps = _problems(NEWS.format(one="某市某某涂装有限公司等企业未建设废气收集设施。",
                               two="某县某某化工厂等5家企业在线监测数据缺失。"))
    assert ps == []


def test_items_naming_example_firms_with_what_was_done_are_still_problems():
    ps = _problems(NEWS.format(one="某市某某涂装有限公司等企业未建设废气收集设施。整改情况：已完成整改，建成收集设施。",
                               two="某县某某化工厂等5家企业在线监测数据缺失。整改情况：已完成整改，更换设备。"))
    assert len(ps) == 2


def test_items_without_example_firms_are_read_as_before():
    plain = NEWS.format(one="整改情况：已建设废气收集设施。", two="整改情况：已完成设备校准。")
    assert len(_problems(plain)) == 2


def test_an_attachment_accounting_for_every_problem_gives_no_status_though_its_title_says_completion():
    ps = _problems(ANNEXED.format(second="巡察反馈问题整改完成情况表"))
    assert [p.status for p in ps][2:] == [None, None]


def test_a_plans_work_demands_told_in_sentences_do_not_make_it_a_one_task_notice():
    plan = """某县教育局落实县委巡察反馈意见整改方案
一、指导思想
坚持问题导向，确保反馈问题件件有着落。
二、整改目标
针对巡察反馈的2个问题，逐条制定整改措施。
三、整改任务
整改任务详见整改任务清单。
1.校园安全管理制度执行不严。
整改措施：修订校园安全管理制度。
2.教师培训经费使用不规范。
整改措施：规范培训经费报销审批。
四、工作要求
（一）压实整改责任。各股室主要负责人是整改第一责任人。（二）严格销号管理。
"""
    assert parse_text(plan).reading != "notice"
