"""The reading a text is given survives meaning-preserving variation (session 18, helper gen18b): constructed texts,
each rule with a positive case and a near miss.

Rules:
- A plan's task section is no field of a one-task notice (readings._tasks_listed_elsewhere): a plan laid out "一、总体
  要求 二、整改目标 三、整改任务 四、保障措施" given one more labelled section ("下一步工作打算", "整改工作开展情况")
  has three labelled sections as a notice in fixed sections does; it is still read as its task list when the task
  section's items carry their own fields (整改时限, 责任单位 under two or more of them) or when the section tells no
  task but where they are listed ("（详见附件《…整改任务清单》）"). A notice whose one problem carries its own
  "（责任单位：…）" line, or whose problem section mentions an attachment after telling the problem, stays a notice.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.readings import RE_LISTED_IN_ANNEX

from tests.importer.helpers import problems as _problems, titles

# --- a plan's task section is no field of a one-task notice --------------------------------------------------------
PLAN = """某县贯彻落实省生态环境保护督察反馈意见整改方案
一、总体要求
坚持问题导向、目标导向，以督察反馈问题整改为契机，推动全县生态环境质量持续改善。
二、整改目标
到2025年底，督察反馈的问题全部完成整改。
{extra}三、整改任务
（一）水污染防治方面
1.县城污水处理厂进水浓度偏低，城区管网雨污混接问题突出。
整改时限：2025年12月底前
责任单位：县住房和城乡建设局
整改措施：
（1）开展县城排水管网全面排查。
（2）实施城区雨污分流改造工程。
2.部分乡镇污水处理设施运行不正常。
整改时限：2025年6月底前
责任单位：县生态环境局
整改措施：
（1）对乡镇污水处理设施逐一开展运行评估。
（二）生态保护方面
3.部分废弃矿山生态修复进度滞后。
整改时限：2025年12月底前
责任单位：县自然资源局
整改措施：
（1）制定废弃矿山生态修复实施方案。
四、保障措施
（一）加强组织领导。成立整改工作领导小组，统筹推进整改工作。
（二）严格督查问责。定期调度整改进展。
{after}"""
PLAN_TITLES = ["县城污水处理厂进水浓度偏低，城区管网雨污混接问题突出", "部分乡镇污水处理设施运行不正常",
               "部分废弃矿山生态修复进度滞后"]
NEXT = "五、下一步工作打算\n1.进一步提高思想认识，切实把各项工作要求落到实处。\n2.强化责任落实，确保各项任务按期完成。\n"


def _plain(ts: list[str]) -> list[str]:
    return [t.rstrip("。") for t in ts]


def test_a_plan_whose_task_items_carry_their_own_fields_reads_its_tasks_though_it_has_a_next_steps_section():
    text = PLAN.format(extra="", after=NEXT)
    assert parse_text(text).reading != "notice"
    assert _plain(titles(text)) == PLAN_TITLES


def test_the_same_plan_reads_the_same_tasks_without_the_next_steps_section():
    assert _plain(titles(PLAN.format(extra="", after=""))) == PLAN_TITLES


def test_a_one_task_notice_whose_problem_carries_its_own_units_line_is_still_a_notice():
    # (near miss: one item with its own fields is the notice's one problem, its demands in the other sections)
    notice = """某县水利局关于省委巡察反馈意见整改任务整改情况的说明
一、整改任务
1.农村饮水安全工程管护不到位，部分工程长期带病运行。
（责任单位：县水利局）
二、整改时限
2024年6月底前
三、整改措施及成效
1.对全县饮水工程逐一排查，建立问题台账。
2.落实管护经费，明确管护主体。
四、下一步打算
持续跟踪，巩固整改成效。
"""
    got = parse_text(notice)
    assert got.reading == "notice"
    assert len(got.problems) == 1 and got.problems[0].deadline == "2024年6月底前"


ANNEX_PLAN = """某市贯彻落实省生态环境保护督察反馈意见整改方案
一、总体要求
以习近平生态文明思想为指导，坚持问题导向，推动全市生态环境质量持续改善。
二、整改目标
通过整改，督察反馈的3个问题全部整改到位。
三、整改任务
（详见附件《某市省级生态环境保护督察反馈问题整改任务清单》）
四、保障措施
（一）加强组织领导。成立市督察整改工作领导小组。
（二）严格督查考核。建立整改调度、督办、销号制度。
附件
某市省级生态环境保护督察反馈问题整改任务清单
一、{first}
（一）中心城区PM2.5年均浓度不降反升。
整改措施：建立工作台账，实行销号管理。
责任单位：市生态环境局
整改时限：2023年12月底
（二）部分建筑工地扬尘管控措施落实不到位。
整改措施：开展扬尘专项检查。
责任单位：市住房城乡建设局
整改时限：2022年12月底
二、水污染防治方面
（三）入河排污口排查整治进展缓慢。
整改措施：组织召开专题会议，逐项研究制定整改措施。
责任单位：市水利局
整改时限：2023年6月底
"""
ANNEX_TITLES = ["中心城区PM2.5年均浓度不降反升", "部分建筑工地扬尘管控措施落实不到位", "入河排污口排查整治进展缓慢"]


def test_a_plan_whose_task_section_only_points_to_its_annexed_list_reads_the_list_though_it_has_a_third_section():
    # (the annex's list given a prose section first and a next-steps section last: "下一步工作打算" is the third)
    text = ANNEX_PLAN.replace("一、{first}", "一、工作开展情况\n各单位高度重视，及时召开专题会议，明确责任分工。\n二、大气污染防治方面")
    text = text.replace("二、水污染防治方面", "三、水污染防治方面") + NEXT.replace("五、", "四、")
    assert parse_text(text).reading != "notice"
    assert _plain(titles(text)) == ANNEX_TITLES


def test_the_same_plan_without_the_added_sections_reads_the_same_list():
    assert _plain(titles(ANNEX_PLAN.format(first="大气污染防治方面"))) == ANNEX_TITLES


def test_a_notice_whose_problem_section_tells_its_problem_before_naming_an_attachment_is_still_a_notice():
    # (near miss: the problem is told, the attachment only holds its evidence)
    notice = """关于省委巡察反馈意见整改任务验收销号的公示
一、反馈问题
农村饮水安全工程管护不到位，部分工程长期带病运行（相关材料详见附件）。
二、整改措施
1.对全县饮水工程逐一排查，建立问题台账。
2.落实管护经费，明确管护主体。
三、整改完成情况
经核查，该问题已完成整改。
特此公示。
"""
    got = _problems(notice)
    assert len(got) == 1 and got[0].title.startswith("农村饮水安全工程管护不到位")


def test_the_pointer_pattern_takes_a_section_that_tells_where_its_tasks_are_listed_only():
    for told in ["（详见附件《某市整改任务清单》）", "详见附件1", "具体任务见附件", "整改任务详见附表", "（见《整改任务清单》）"]:
        assert RE_LISTED_IN_ANNEX.match(told), told
    for told in ["农村饮水安全工程管护不到位（详见附件）", "见效慢的问题仍然存在", "附件材料不全"]:
        assert not RE_LISTED_IN_ANNEX.match(told), told


# --- the heading naming the problems, said another way of the genre -----------------------------------------------
NOTICE = """某县关于省生态环境保护督察反馈问题第7项整改销号情况的公示
一、{label}
县城区部分路段雨污管网混接错接，污水直排问题突出。
二、责任单位
县住房和城乡建设局
三、整改时限
2023年12月底
四、整改情况
县住建局牵头完成城区雨污管网排查改造，经核查，该问题已完成整改。
特此公示。
"""


def test_a_one_task_notice_whose_problem_section_is_labelled_another_way_of_the_genre_is_still_a_notice():
    for label in ["反馈问题", "存在的主要问题", "发现的问题", "督察发现的主要问题"]:
        got = parse_text(NOTICE.format(label=label))
        assert got.reading == "notice", label
        assert len(got.problems) == 1 and got.problems[0].responsible_units == ["县住房和城乡建设局"], label


def test_a_notice_whose_first_section_is_no_problem_label_is_not_read_in_fixed_sections():
    # (near miss: "一、工作开展情况" names no problem: no notice section holds the problem)
    assert parse_text(NOTICE.format(label="工作开展情况")).reading != "notice"


# --- a report's problems section labelled another way of the genre ------------------------------------------------
def _report(label: str) -> str:
    from tests.importer.test_gen18 import BASICS, DEMANDS, LEAD, PRAISE, TITLE

    return (TITLE + LEAD + BASICS + PRAISE + f"三、{label}\n1、学校校门口无减速带，上下学时段交通秩序较乱。\n"
            "2、大课间各楼梯口无老师安全值班。\n3、食堂留样记录不完整。\n" + DEMANDS)


REPORT_TITLES = ["学校校门口无减速带，上下学时段交通秩序较乱", "大课间各楼梯口无老师安全值班", "食堂留样记录不完整"]


def test_a_reports_problems_labelled_feedback_problems_or_a_problem_list_are_read_under_their_label():
    for label in ["存在问题", "反馈问题", "问题清单", "巡察发现的主要问题", "督导反馈的主要问题"]:
        assert _plain(titles(_report(label))) == REPORT_TITLES, label


def test_a_heading_saying_more_than_the_label_is_no_bare_label():
    # (near miss: "反馈问题整改不到位" states a problem; "问题清单管理不规范" too)
    from zhenggai.importer.parse.levels import RE_BARE_REPORT_SECTION, RE_STATED_PROBLEMS

    for label in ["反馈问题", "问题清单", "巡察发现的主要问题"]:
        assert RE_BARE_REPORT_SECTION.match(label) and RE_STATED_PROBLEMS.match(label), label
    for heading in ["反馈问题整改不到位", "问题清单管理不规范", "巡察反馈问题整改情况"]:
        assert not RE_BARE_REPORT_SECTION.match(heading) and not RE_STATED_PROBLEMS.match(heading), heading
