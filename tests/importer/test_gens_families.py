"""Problem lists by family (session 14, helper gens): constructed texts of other genres, wordings and layouts than the
labelled documents, each family with negatives that look alike and must not be read that way.

Families:
- A heading that names an aspect and announces its problems ("（一）医疗服务方面，主要存在以下问题：") is a category:
  the items under it are the problems, the aspect alone their category.
- Problems listed inline in one paragraph after a lead naming them, whatever the basis clause before the lead
  ("根据巡察组反馈意见，经自查，我院存在以下问题：…"), and the restarted list after it led by 针对/对此/为此/整改措施
  is their measures, one each.
- One aspect a paragraph ("办学条件方面：…主要存在以下问题：一是…" then "师资队伍方面：…一是…"): every such paragraph
  adds its problems, the aspect their category.
- A check list of one problem a numbered section ("三、意见征集 / 问题清单：…"): the problem carries the section's number.
- A heading run into its description ("学习深度不足,流于表面化部分单位…"): the description is not a measure.
"""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [(p.seq, p.category, p.title, p.measure_count) for p in parse_text(text).problems]


# --- aspect headings announcing their problems ----------------------------------------------------------------------
ASPECT_HEADINGS = {
    "hospital_cn_paren_comma": (
        "某医院巡察整改情况报告\n（一）医疗服务方面，主要存在以下问题：\n1.门诊挂号排队时间长。\n2.部分科室医患沟通不到位。\n"
        "（二）财务管理方面，存在的问题：\n1.专项资金使用不规范。\n2.往来款项长期挂账未清理。\n某医院\n",
        ["医疗服务方面，主要存在以下问题"] * 2 + ["财务管理方面，存在的问题"] * 2),
    "ecology_cn_arabic_paren": (
        "县生态环境局督察整改自查报告\n一、大气污染防治方面存在以下问题：\n（1）部分企业废气处理设施运行不正常；\n"
        "（2）建筑工地扬尘管控不到位；\n二、水污染防治方面存在以下问题：\n（1）城区黑臭水体反弹；\n（2）乡镇污水处理厂负荷率低。\n",
        ["大气污染防治方面存在以下问题"] * 2 + ["水污染防治方面存在以下问题"] * 2),
    "school_fullwidth_count": (
        "某中学督导反馈问题自查报告\n一、办学条件方面存在以下两个问题\n１．生均运动场地面积不足。\n２．实验室仪器设备老化。\n"
        "二、教师队伍方面存在的主要问题\n１．音体美教师结构性缺编。\n２．教师培训经费落实不到位。\n某中学\n2023年6月1日\n",
        ["办学条件方面存在以下两个问题"] * 2 + ["教师队伍方面存在的主要问题"] * 2),
}


@pytest.mark.parametrize("name", sorted(ASPECT_HEADINGS))
def test_an_aspect_heading_announcing_problems_is_their_category_and_its_items_are_the_problems(name):
    text, categories = ASPECT_HEADINGS[name]
    got = _read(text)
    assert [c for _, c, _, _ in got] == categories
    assert all(m == 0 for *_, m in got)  # the items are problems, not the heading's measures
    assert [s for s, *_ in got] == [1, 2, 1, 2]


@pytest.mark.parametrize("heading", ["加强组织领导方面", "存在问题及整改措施", "问题整改情况", "整改工作存在问题的整改情况"])
def test_a_heading_that_does_not_announce_problems_is_not_read_as_one(heading):
    from zhenggai.importer.parse.levels import RE_STATED_PROBLEMS

    assert not RE_STATED_PROBLEMS.match(heading)


def test_aspect_sections_of_measures_are_not_problems():
    text = ("某局整改工作情况\n制度建设方面，主要采取以下措施：一是修订完善内控制度；二是建立定期检查机制。\n"
            "队伍建设方面，主要做法：一是开展业务培训；二是加强廉政教育。\n")
    assert _read(text) == []


# --- problems inline in a paragraph, measures restarted after them ---------------------------------------------------
INLINE = {
    "school_basis_clause_arabic": (
        "某中学关于办学条件存在问题的整改报告\n教育局：\n按照督导组反馈意见，我校对照检查，存在以下问题：1、部分教室照明不达标;"
        "2、图书生均册数不足;3、实验室仪器老化;4、校园围墙破损。针对以上问题，学校采取以下整改措施：1、更换教室灯具120套;"
        "2、新购图书3000册;3、申请资金更新实验仪器;4、修缮围墙。\n某中学\n2023年6月15日\n", 4),
    "hospital_basis_clause_xs": (
        "某县人民医院巡察整改情况报告\n根据县委第二巡察组反馈意见，经自查，我院主要存在以下问题：一是医疗质量管理制度落实不到位；"
        "二是药品采购程序不规范；三是医德医风教育流于形式。对此，我院一是修订医疗质量管理制度；二是规范药品集中采购流程；"
        "三是开展医德医风专题教育。\n某县人民医院\n2022年3月1日\n", 3),
    "soe_circled": (
        "某公司审计整改情况\n审计发现问题如下：①合同管理不规范，部分合同未经法律审核；②固定资产账实不符；③差旅费报销审批不严。"
        "整改措施：①建立合同法律审核制度；②开展固定资产清查；③修订差旅费管理办法。\n", 3),
    "village_fullwidth_digits": (
        "乡镇软弱涣散党组织整改方案\n经排查，村党支部存在问题：１．班子战斗力不强；２．组织生活不规范；３．党员作用发挥不明显。"
        "整改措施：１．调整充实班子；２．严格三会一课；３．开展党员设岗定责。\n", 3),
    "bureau_traditional_xs": (
        "某局自查整改報告\n經自查，我局存在以下問題：一是學習不夠深入；二是制度執行不嚴；三是服務意識不強。"
        "針對以上問題，一是加強學習；二是嚴格執行制度；三是提升服務水平。\n", 3),
}


@pytest.mark.parametrize("name", sorted(INLINE))
def test_problems_inline_after_a_lead_are_read_whatever_the_basis_clause_before_it(name):
    text, n = INLINE[name]
    got = _read(text)
    assert [s for s, *_ in got] == list(range(1, n + 1))


@pytest.mark.parametrize("name", ["school_basis_clause_arabic", "hospital_basis_clause_xs", "soe_circled",
                                  "village_fullwidth_digits", "bureau_traditional_xs"])
def test_a_restarted_list_led_by_measures_or_by_针对_gives_each_problem_its_one_measure(name):
    assert [m for *_, m in _read(INLINE[name][0])] == [1] * INLINE[name][1]


@pytest.mark.parametrize("text", [
    # a news item on a feedback naming another body's problems
    "某市委巡察组向某局反馈巡察情况\n巡察组反馈指出，该局存在以下问题：一是理论学习不深入；二是财务管理不规范；三是作风建设有差距。\n",
    # what was done, not what was wrong
    "某局整改工作推进情况\n为抓好整改落实，我局采取以下措施：1、成立整改领导小组;2、制定整改方案;3、召开推进会议;4、开展督促检查。\n",
    # a notice's demands
    "某镇关于加强作风建设的通知\n各村：为进一步加强作风建设，一是加强学习教育；二是严格考勤管理；三是强化监督问责。\n某镇党委\n",
    # a basis clause does not excuse a lead about several aspects of a feedback
    "某县召开巡视反馈会\n根据巡视工作安排，巡视组反馈指出，该县存在以下四个方面问题：一是政治建设有差距；二是作风不实；三是监督缺位；四是选人用人不规范。\n",
])
def test_lists_that_look_inline_but_are_not_the_body_s_own_problems_are_not_read(text):
    assert _read(text) == []


# --- one aspect a paragraph ------------------------------------------------------------------------------------------
ASPECT_PARAGRAPHS = {
    "school_colon": (
        "某小学均衡发展督导整改报告\n县教育局：\n办学条件方面：对照省合格小学标准，主要存在以下几个问题：一是运动场地面积不足；"
        "二是音乐美术专用教室缺乏；三是图书陈旧。\n师资队伍方面：主要存在以下问题：一是英语教师缺编；二是教师培训经费不足。\n"
        "整改措施：多方筹措资金，逐步解决。\n某小学\n2019年5月10日\n",
        ["办学条件方面"] * 3 + ["师资队伍方面"] * 2),
    "clinic_comma_arabic": (
        "某卫生院自查报告\n院感管理方面，经检查发现存在以下问题：1、消毒记录不全；2、医疗废物暂存不规范。\n"
        "药品管理方面，存在的问题有：1、过期药品未及时清理；2、处方点评未按月开展；3、麻醉药品专柜管理不严。\n",
        ["院感管理方面"] * 2 + ["药品管理方面"] * 3),
}


@pytest.mark.parametrize("name", sorted(ASPECT_PARAGRAPHS))
def test_each_paragraph_opening_with_an_aspect_adds_its_inline_problems_under_that_aspect(name):
    text, categories = ASPECT_PARAGRAPHS[name]
    assert [c for _, c, _, _ in _read(text)] == categories


def test_a_later_aspect_paragraph_of_measures_adds_no_problem():
    text = ("某小学整改报告\n办学条件方面：主要存在以下问题：一是运动场地面积不足；二是图书陈旧。\n"
            "师资队伍方面：采取以下措施：一是招聘英语教师；二是落实培训经费。\n")
    assert [c for _, c, _, _ in _read(text)] == ["办学条件方面"] * 2


# --- a check list of one problem a numbered section -----------------------------------------------------------------
CHECK_LIST = ("区政府办：\n根据检查清单，我乡开展整改，现将情况报告如下：\n"
              "一、便民服务：\n问题清单：服务窗口指引标识不清。\n整改情况：重新制作指引标识并张贴。\n"
              "二、档案管理：\n问题清单：部分档案未按年度装订，借阅登记缺失。\n"
              "整改情况：1、对档案逐卷清理，按年度装订。2、建立借阅登记簿，专人管理。\n")


@pytest.mark.parametrize("label,numbers", [
    ("问题清单", ("一、", "二、")), ("存在问题", ("（一）", "（二）")), ("问题清单", ("1.", "2.")), ("存在的问题", ("（1）", "（2）")),
])
def test_one_labelled_problem_under_a_numbered_section_carries_the_section_s_number(label, numbers):
    text = CHECK_LIST.replace("问题清单", label).replace("一、", numbers[0]).replace("二、", numbers[1])
    assert [s for s, *_ in _read(text)] == [1, 2]


def test_two_labelled_problems_under_one_section_keep_no_number_of_it():
    text = ("关于检查问题整改情况的报告\n一、档案管理：\n问题清单：部分档案未按年度装订。\n整改情况：逐卷清理装订。\n"
            "问题清单：借阅登记缺失。\n整改情况：建立借阅登记簿。\n")
    assert all(s != 1 or c is None for s, c, _, _ in _read(text)) or [s for s, *_ in _read(text)] != [1, 1]


# --- a heading run into its description ------------------------------------------------------------------------------
RUN_ON = {
    "party_selfcheck": ("某局作风建设自查问题清单\n一、工作作风方面\n"
                        "1.调查研究不够,浮于面上部分科室下基层次数偏少,调研报告质量不高。如某科室全年仅下乡2次。\n"
                        "2.服务意识不强,办事效率偏低服务窗口群众排队时间较长,答复不及时。如某窗口一日受理量不足10件。\n"),
    "hospital_selfcheck": ("某医院医德医风自查问题清单\n（一）医疗服务方面\n"
                           "1.服务流程不规范,衔接不畅部分科室检查预约时间较长,患者多次往返。如放射科预约平均需5天。\n"
                           "2.沟通解释不够,态度生硬个别医务人员对患者询问答复简单,引发投诉。全年收到投诉12件。\n"),
}


@pytest.mark.parametrize("name", sorted(RUN_ON))
def test_the_description_a_heading_runs_into_is_not_a_measure(name):
    got = _read(RUN_ON[name])
    assert len(got) == 2 and all(m == 0 for *_, m in got)
    assert all("," in t and len(t) <= 14 for _, _, t, _ in got)


def test_a_heading_with_its_rectification_after_a_full_stop_keeps_its_measure():
    text = ("某局巡察整改情况\n一、工作作风方面\n1.调查研究不够。整改情况：制定调研计划，每季度下基层一次。\n"
            "2.服务意识不强。整改情况：开展窗口服务培训。\n")
    assert [m for *_, m in _read(text)] == [1, 1]


# --- the problem section is not the first list: statements then what was done, under the feedback's problems -------
def _bulletin(items: str, section: str = "二、反馈问题整改情况") -> str:
    return ("某市人民医院关于巡察整改情况的报告\n一、加强组织领导，压实整改责任\n医院党委成立整改工作领导小组。\n"
            f"{section}\n{items}三、下一步工作打算\n1.巩固整改成果。\n2.加强制度建设。\n")


FEEDBACK_ITEMS = {
    "hospital_done_verbs": ("1.党委会议事规则执行不严格。已修订党委会议事规则，严格执行。\n"
                            "2.医疗设备采购论证不充分。已建立采购论证专家库，规范论证程序。\n"
                            "3.医务人员收受红包回扣问题时有发生。开展专项整治，查处违规人员3人。\n", "二、反馈问题整改情况"),
    "county_inspection_section": ("（1）村级财务公开不及时。组织各村每季度公开一次。\n"
                                  "（2）扶贫项目资产底数不清。开展资产清查，建立台账。\n", "二、巡察发现问题的整改落实情况"),
    "audit_section": ("1.专项资金结余未及时收回。已收回结余资金120万元。\n"
                      "2.公务卡强制结算目录执行有偏差。经核查后已规范结算。\n", "二、审计查出问题整改情况"),
}


@pytest.mark.parametrize("name", sorted(FEEDBACK_ITEMS))
def test_statements_then_what_was_done_under_a_section_of_the_feedback_s_problems_are_the_problems(name):
    items, section = FEEDBACK_ITEMS[name]
    got = _read(_bulletin(items, section))
    assert [s for s, *_ in got] == list(range(1, items.count("\n") + 1))
    assert all(c == section[2:] for _, c, _, _ in got)


@pytest.mark.parametrize("items,section", [
    ("1.加强组织领导。成立整改工作领导小组，召开专题会议3次。\n2.完善制度建设。修订制度8项。\n3.强化督促检查。开展督查4次。\n",
     "二、反馈问题整改情况"),  # actions, though under the feedback's problems
    ("1.召开动员会议。已召开全局动员大会。\n2.制定整改方案。已印发整改方案。\n", "二、整改工作开展情况"),  # not that section
])
def test_actions_or_a_section_about_the_work_give_no_problem(items, section):
    assert _read(_bulletin(items, section)) == []


# --- the account's last sentence says where the problem stands ---------------------------------------------------------
@pytest.mark.parametrize("closing,status", [
    ("已完成整改。", "done"), ("目前已完成整改。", "done"), ("正在推进。", "in_progress"), ("长期坚持。", "long_term"),
    ("截至目前，已整改到位。", None),  # (a dated clause before the state is another rule's: not read here)
])
def test_a_bare_state_closing_the_account_is_the_problem_s_status(closing, status):
    text = ("某大学关于巡视整改进展情况的通报\n一、巡视反馈问题整改落实情况\n（一）全面从严治党方面\n"
            f"1.监督执纪问责力度不够。\n整改情况：开展专项检查3次。{closing}\n"
            "2.谈心谈话制度落实不到位。\n整改情况：制定谈心谈话办法。\n")
    got = parse_text(text).problems
    assert len(got) == 2
    if status is not None:
        assert got[0].status == status
    assert got[1].status is None


def test_a_state_said_inside_a_sentence_is_not_a_closing_state():
    text = ("某大学关于巡视整改进展情况的通报\n一、巡视反馈问题整改落实情况\n"
            "1.监督执纪问责力度不够。\n整改情况：对已完成整改的单位开展回访。\n"
            "2.谈心谈话制度落实不到位。\n整改情况：制定谈心谈话办法。\n")
    assert [p.status for p in parse_text(text).problems] == [None, None]


# --- an item's own paragraph ends on its state, then paragraphs that are not its account -----------------------------
@pytest.mark.parametrize("state,status,after", [
    ("目前已完成整改。", "done", "“整改要一项一项对账销号。”负责人说。\n下一步，该县将开展整改“回头看”。\n"),
    ("目前正在整改中。", "in_progress", "该县还引入群众监督，将整改情况公开。\n（编辑：某某）\n"),
    ("已完成整改。", "done", "据悉，下一步将对整改完成的问题随机抽查。\n"),
])
def test_the_state_closing_an_item_s_own_paragraph_is_its_status_whatever_follows(state, status, after):
    text = ("某县推动巡察整改见底见效\n本报讯 记者注意到两个典型问题的整改情况。"
            "问题一：部分单位“三重一大”决策制度执行不严。整改情况：一是组织自查；二是完善议事规则11项。目前已完成整改。"
            f"问题二：干部作风不实，为民办事效率不高。整改情况：开展“走流程、找堵点”活动，梳理堵点问题43个。{state}\n{after}")
    got = parse_text(text).problems
    assert [p.status for p in got] == ["done", status]


def test_an_item_s_paragraph_with_no_state_takes_none_from_a_later_paragraph():
    text = ("某县推动巡察整改\n记者注意到两个问题的整改情况。问题一：部分单位决策制度执行不严。整改情况：一是组织自查；二是完善议事规则。"
            "问题二：干部作风不实。整改情况：开展走流程活动。\n据悉，该县将持续推进整改工作。\n")
    assert [p.status for p in parse_text(text).problems] == [None, None]


# --- news of a feedback meeting: findings over several bodies, then demands ------------------------------------------
@pytest.mark.parametrize("findings,demands", [
    ("反馈指出，被巡察党组织能够贯彻上级部署，但也发现一些问题：有的理论学习不深入；有的主体责任压得不实。",
     "反馈要求，被巡察党组织要切实扛起整改责任。会议强调，要将整改完成情况作为考核的重要参考。"),
    ("巡察组指出，有的单位财务管理不规范，有的单位作风建设有差距，有的单位整改不彻底。",
     "巡察组要求，各单位要在1个月内报送整改方案，3个月内完成整改。"),
    ("督察组反馈指出，部分县区环境基础设施建设滞后。",
     "督察组要求：要确保问题整改完成，按照有关规定报送整改完成情况。"),
])
def test_a_feedback_meeting_s_findings_followed_by_demands_are_no_problem(findings, demands):
    text = f"市委巡察组集中反馈巡察情况\n来源：某市纪委监委网站\n9月2日，市委巡察组向被巡察党组织反馈了巡察情况。\n{findings}\n{demands}\n"
    assert parse_text(text).problems == []


def test_one_feedback_item_with_what_was_done_is_still_one_problem():
    text = ("关于第一轮督察反馈问题整改情况的说明\n第一轮督察反馈指出，某湖周边违规建设别墅，破坏湖岸生态。"
            "收到反馈后，我县立即组织拆除违建12栋。目前，该项整改任务已完成。\n")
    got = parse_text(text).problems
    assert len(got) == 1 and got[0].status == "done"


# --- a page's HTML source in a text copy: each block element is a paragraph of its own, stop or no stop -------------
@pytest.mark.parametrize("tag", ["h3", "p", "li", "div"])
def test_each_block_element_of_a_page_source_is_its_own_item_even_without_a_closing_stop(tag):
    items = ["电动车在商铺门口乱停乱放严重。", "在露天广场经营影响公共卫生", "建筑垃圾没人清理。", "公共厕所卫生差没水冲厕所"]
    body = " ".join(f"<{tag}>&nbsp; {x}</{tag}>" for x in items)
    text = ("我的美篇\n<h1>创建卫生城市――某广场问题<br>经检查发现某广场存在以下问题迫切需要解决:</h1> "
            f"{body} <{tag}>以上问题严重!望协调相关单位解决!</{tag}>\n")
    assert [p.title for p in parse_text(text).problems] == [x.rstrip("。") for x in items]


def test_a_plain_line_broken_mid_sentence_is_still_joined():
    from zhenggai.importer.parse.normalize import Para, join_broken_lines

    paras = [Para("经检查发现某广场存在以下问题，电动车在商铺门口乱停乱放", 0), Para("严重，影响通行和市容环境整洁。", 1)]
    assert len(join_broken_lines(paras, lambda t: False)) == 1
    assert len(join_broken_lines(paras, lambda t: False, block_ends={0})) == 2


# --- one task, one notice: a feedback item said in a sentence, what was done told in one undivided paragraph ---------
@pytest.mark.parametrize("head,said,done", [
    ("关于省委第三巡视组反馈意见第7项整改完成情况的公示", "省委第三巡视组反馈指出，我县农村集体“三资”管理不规范，部分村集体资产底数不清。",
     "我县开展农村集体资产清产核资，建立台账，完善“三资”管理制度。经县整改办验收，该项整改任务已完成。"),
    ("关于市委巡察反馈问题第12项整改情况的说明", "市委第二巡察组反馈指出，学校食堂食品安全管理不到位。",
     "接到反馈后，学校立即更换食堂承包方，建立食材进货查验台账。目前，该问题已整改完成。"),
    ("某区生态环境督察反馈问题第3项验收销号公示", "督察组指出，某河段沿岸垃圾堆放问题突出。",
     "区城管局组织清运垃圾600吨，设置围挡和警示牌。经区级验收，该项整改任务已完成，同意销号。"),
])
def test_a_one_task_notice_told_in_prose_is_one_problem_with_its_number_status_and_one_measure(head, said, done):
    r = parse_text(f"{head}\n{said}{done}\n公示时间：2023年5月1日至5月7日\n")
    assert [(p.seq is not None, p.status, p.measure_count) for p in r.problems] == [(True, "done", 1)]


def test_a_feedback_item_with_no_work_told_after_it_gets_no_measure():
    r = parse_text("关于巡察反馈问题第7项的公示\n市委巡察组反馈指出，某局公务用车管理不规范。\n公示时间：2023年5月1日至5月7日\n")
    assert all(p.measure_count == 0 for p in r.problems)


# --- ledgers: the header found by its names (two header rows, a title row above, synonyms), merged category cells -----
LEDGER_ROWS = [("政治建设方面", "理论学习中心组学习不深入", "制定年度学习计划", "2023年6月", "党委办公室", "已完成"),
               ("政治建设方面", "意识形态责任制落实不到位", "修订责任清单", "长期坚持", "宣传部", "持续推进"),
               ("作风建设方面", "公务接待管理不规范", "修订公务接待办法", "2023年9月", "办公室", "已完成")]


def _xlsx(tmp_path, header, second_row=None, merge=None):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某单位巡察反馈问题整改台账"])
    ws.append(header)
    if second_row:
        ws.append(second_row)
    for i, r in enumerate(LEDGER_ROWS, 1):
        ws.append([i, *r])
    if merge:
        ws.merge_cells(merge)
    path = tmp_path / "ledger.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("header,second,merge", [
    (["序号", "问题类别", "存在问题", "整改措施", "整改时限", "责任单位", "整改进展"], ["", "", "", "", "", "", "（截至12月底）"], "B4:B5"),
    (["编号", "类别", "问题描述", "整改举措", "完成时限", "责任科室", "完成情况"], None, None),
    (["序号", "方面", "反馈问题", "具体措施", "整改期限", "牵头单位", "落实情况"], None, "B3:B4"),
])
def test_a_ledger_reads_one_problem_a_row_with_its_measure_status_deadline_and_units(tmp_path, header, second, merge):
    from zhenggai.importer.parse import parse_file

    r = parse_file(_xlsx(tmp_path, header, second, merge))
    if hasattr(r, "materialise"):
        r.materialise()
    got = [(p.seq, p.category, p.status, p.measure_count, p.responsible_units) for p in r.problems]
    assert got == [(1, "政治建设方面", "done", 1, ["党委办公室"]), (2, "政治建设方面", "in_progress", 1, ["宣传部"]),
                   (3, "作风建设方面", "done", 1, ["办公室"])]


# --- attachments: each problem labelled by a dotted number, with or without a word before it ------------------------
ATTACHED = ("某县关于督察整改情况的报告\n一、加强组织领导\n县委成立整改工作领导小组。\n附件1\n督察反馈问题整改进展情况（共3个问题）\n"
            "{a}某水库饮用水源保护区内存在养殖场。\n整改时限：2022年底\n整改进展情况：已完成整改\n（1）关停养殖场3家。\n"
            "{b}城区污水管网建设滞后。\n整改时限：2023年底\n整改进展情况：持续推进中\n（1）新建管网10公里。\n（2）改造老旧管网。\n"
            "{c}公务接待管理不规范。\n整改时限：2023年6月\n整改进展情况：基本完成\n（1）修订接待办法。\n")


@pytest.mark.parametrize("a,b,c", [
    ("项目1.1：", "项目1.2：", "项目2.1："), ("问题1-1：", "问题1-2：", "问题2-1："), ("1.1 ", "1.2 ", "2.1 "),
    ("1.1：", "1.2：", "2.1："), ("事项l.1：", "事项1.2：", "事项2.1："),
])
def test_attachment_items_labelled_by_a_dotted_number_are_the_problems_with_their_status_and_measures(a, b, c):
    got = parse_text(ATTACHED.format(a=a, b=b, c=c)).problems
    assert [(p.seq, p.status, p.measure_count) for p in got] == [(1, "done", 1), (2, "in_progress", 2), (1, "in_progress", 1)]
    assert all(p.category == "督察反馈问题整改进展情况" for p in got)


@pytest.mark.parametrize("line", ["4.3个部门超预算列支会议费。", "1.5亿元专项资金未及时拨付。", "2.1万亩耕地撂荒。", "3.2吨危险废物未处置。"])
def test_a_numbered_item_opening_with_a_decimal_figure_is_not_a_dotted_label(line):
    from zhenggai.importer.parse.numbering import LEVEL_LABELLED, parse_marker

    m = parse_marker(line)
    assert m is None or m.level != LEVEL_LABELLED  # ("4.3个部门…" is item 4; "1.5亿元…" opens with a figure, no item)


# --- inline items in every style after a body's own self-examination --------------------------------------------------
@pytest.mark.parametrize("lead,items", [
    ("经认真查摆，本人存在以下几方面不足：", "第一，理论学习不够系统深入；第二，调查研究不够经常；第三，联系群众不够紧密。"),
    ("经自查，我所存在以下问题：", "（1）档案管理不规范；（2）收费公示不及时；（3）安全巡查记录缺失。"),
    ("通过对照检查，我校在以下三个方面存在不足：", "其一，课后服务覆盖面不广；其二，校园安全巡查不到位；其三，家校沟通不及时。"),
    ("经梳理，我支部存在以下问题：", "①组织生活不规范；②党员教育流于形式；③党费收缴不及时。"),
])
def test_a_self_examination_s_inline_items_are_its_problems_whatever_the_numbering(lead, items):
    got = _read(f"某单位对照检查材料\n{lead}{items}\n")
    assert [s for s, *_ in got] == [1, 2, 3]


@pytest.mark.parametrize("text", [
    "某县召开巡察反馈会\n巡察组反馈指出，该县存在以下四个方面问题：一是政治建设有差距；二是作风不实；三是监督缺位。\n",
    "某局工作总结\n整改工作取得明显成效，但仍存在以下几方面不足：第一，制度执行不严；第二，监督不到位；第三，宣传不够。\n",
])
def test_a_feedback_s_aspects_or_a_progress_summary_s_weaknesses_stay_no_problem_list(text):
    assert _read(text) == []


# --- what is not a problem list ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "县委召开巡察整改工作推进会\n4月8日，县委召开巡察整改工作推进会。会议要求：一是提高政治站位，切实扛起整改责任；"
    "二是坚持问题导向，确保整改到位；三是强化督促检查，严肃追责问责。\n",
    "党组书记组织落实巡察整改工作情况报告\n一、履行整改第一责任人职责情况\n1.主持召开党组会议5次，专题研究整改工作。\n"
    "2.带头认领整改任务8项，逐项督办。\n二、推动整改任务落实情况\n1.建立整改台账，实行销号管理。\n2.开展整改“回头看”，防止问题反弹。\n",
    "区委巡察办关于第三轮巡察整改情况的综述\n一、总体情况\n本轮巡察共反馈问题697个，已整改688个，建立制度589项。\n"
    "二、主要做法\n1.压紧压实整改责任。\n2.强化整改日常监督。\n3.推动成果运用。\n",
    "某局巡察整改工作方案\n一、指导思想\n以习近平新时代中国特色社会主义思想为指导。\n二、整改要求\n1.坚持问题导向，逐条整改。\n"
    "2.坚持标本兼治，建章立制。\n三、组织保障\n成立整改工作领导小组。\n",
])
def test_meetings_secretaries_reports_round_summaries_and_plans_hold_no_problem_list(text):
    assert _read(text) == []


# --- a web copy's pinyin glosses go, after a character or after a garbled bracket ---------------------------------------
@pytest.mark.parametrize("raw,clean", [
    ("学(xué)校", "学校"), ("目前学;緵](méi)有绿化面积", "目前学;緵]有绿化面积"), ("【通知】(tōng)", "【通知】"),
    ("Figure (a) 图", "Figure (a) 图"),  # (no tone mark: not a gloss)
])
def test_a_pinyin_gloss_is_dropped_wherever_it_follows_a_character_or_a_bracket(raw, clean):
    from zhenggai.importer.parse.normalize import RE_PINYIN_GLOSS

    assert RE_PINYIN_GLOSS.sub("", raw) == clean


def test_a_self_examination_naming_only_its_areas_lists_no_problem():
    assert _read("某单位对照检查材料\n经自查，我单位在以下两个方面存在不足：一是理论学习；二是作风建设。\n") == []


@pytest.mark.parametrize("text", [
    "縣生態環境局督察整改自查報告\n一、大氣污染防治方面存在以下問題：\n（1）部分企業廢氣處理設施運行不正常；\n（2）建築工地揚塵管控不到位；\n"
    "二、水污染防治方面存在以下問題：\n（1）城區黑臭水體反彈；\n（2）鄉鎮污水處理廠負荷率低。\n",
    "县生态环境局督察整改自查报告\n一、大气污染防治方面,主要存在以下问题:\n(1)部分企业废气处理设施运行不正常;\n(2)建筑工地扬尘管控不到位;\n"
    "二、水污染防治方面,存在的问题:\n(1)城区黑臭水体反弹;\n(2)乡镇污水处理厂负荷率低.\n",
])
def test_aspect_headings_in_traditional_characters_or_half_width_punctuation_read_alike(text):
    got = _read(text)
    assert [s for s, *_ in got] == [1, 2, 1, 2] and all(m == 0 for *_, m in got)
    assert got[0][1].startswith("大气污染防治方面") and got[2][1].startswith("水污染防治方面")


# --- sections by status whose problems are 一是/二是 with no number of their own ---------------------------------------
@pytest.mark.parametrize("done,going,sep", [
    ("一、已完成整改的问题", "二、正在推进的问题", "；"),
    ("（一）已整改到位（2个）", "（二）正在整改（1个）", "；"),
    ("一、已完成整改的问题", "二、持续推进的问题", "。"),
])
def test_status_sections_holding_their_problems_as_一是_read_each_with_its_status_and_account(done, going, sep):
    text = (f"某镇巡察整改情况\n{done}\n一是理论学习不深入，已制定学习计划{sep}二是财务制度执行不严，已修订财务制度。\n"
            f"{going}\n一是办公用房超标，正在腾退。\n")
    got = parse_text(text).problems
    assert [(p.seq, p.title, p.status, p.measure_count) for p in got] == [
        (1, "理论学习不深入", "done", 1), (2, "财务制度执行不严", "done", 1), (1, "办公用房超标", "in_progress", 1)]


def test_status_sections_with_numbered_problems_keep_their_items():
    text = ("某局巡察整改情况报告\n一、已整改完成的问题\n1.理论学习不深入。整改情况：制定学习计划。\n"
            "2.财务制度执行不严。整改情况：修订财务制度。\n二、正在整改的问题\n1.办公用房超标。整改情况：正在腾退。\n")
    assert [(p.seq, p.status) for p in parse_text(text).problems] == [(1, "done"), (2, "done"), (1, "in_progress")]


def test_sections_of_work_done_with_一是_items_are_not_status_sections_of_problems():
    text = ("某局整改工作总结\n一、主要做法\n一是加强组织领导；二是完善制度建设。\n二、取得成效\n一是作风明显好转；二是群众满意度提升。\n")
    assert parse_text(text).problems == []


# --- a one-task notice whose fields run together in one paragraph -------------------------------------------------------
@pytest.mark.parametrize("label,measures,n", [
    ("反馈问题", "整改措施：一是更换承包方；二是建立进货查验台账；三是开展食品安全培训。", 3),
    ("整改任务", "整改措施：1.更换承包方；2.建立进货查验台账。", 2),
    ("问题描述", "整改完成情况：①更换承包方；②建立进货查验台账；③开展培训；④实行明厨亮灶。", 4),
])
def test_a_one_task_notice_s_measures_are_read_from_the_same_paragraph_as_its_task(label, measures, n):
    text = (f"关于市委巡察反馈问题第5项整改情况的公示\n{label}：学校食堂食品安全管理不到位。责任单位：某中学。"
            f"整改时限：2023年3月。{measures}整改情况：已完成整改。\n")
    got = parse_text(text).problems
    assert [(p.seq, p.measure_count, p.responsible_units) for p in got] == [(5, n, ["某中学"])]


def test_a_task_field_with_what_was_done_in_later_paragraphs_still_reads_them():
    text = ("关于市委巡察反馈问题第5项整改情况的公示\n反馈问题：学校食堂食品安全管理不到位。责任单位：某中学。\n"
            "整改措施：\n1.更换承包方。\n2.建立进货查验台账。\n整改情况：已完成整改。\n")
    assert [(p.seq, p.measure_count) for p in parse_text(text).problems] == [(5, 2)]


def test_a_field_listing_several_problems_with_measures_after_it_is_no_one_task():
    text = ("乡镇软弱涣散党组织整改方案\n经排查，村党支部存在问题：1.班子战斗力不强；2.组织生活不规范；3.党员作用发挥不明显。"
            "整改措施：1.调整充实班子；2.严格三会一课；3.开展党员设岗定责。\n")
    assert [p.seq for p in parse_text(text).problems] == [1, 2, 3]


# --- check lists: a topic run into its labelled problem, bracketed labels ------------------------------------------------
@pytest.mark.parametrize("sep", ["：问题清单：", ":问题清单:", "：存在问题：", "【问题】"])
def test_a_topic_run_into_its_labelled_problem_is_the_category_and_the_rest_the_problem(sep):
    text = ("区政府办：\n根据检查清单，我乡开展整改，现将情况报告如下：\n"
            f"一、便民服务{sep}服务窗口指引标识不清。整改情况：重新制作指引标识并张贴。\n"
            f"二、档案管理{sep}部分档案未按年度装订，借阅登记缺失。整改情况：1、对档案逐卷清理。2、建立借阅登记簿。\n")
    got = _read(text)
    assert [(s, c, t) for s, c, t, _ in got] == [(1, "便民服务", "服务窗口指引标识不清"),
                                                 (2, "档案管理", "部分档案未按年度装订，借阅登记缺失")]


@pytest.mark.parametrize("heading", ["财务管理存在问题较多", "巡察发现问题：1个"])
def test_a_heading_that_only_mentions_problems_is_not_cut_as_topic_and_label(heading):
    from zhenggai.importer.parse.structure import RE_TOPIC_THEN_LABEL

    assert RE_TOPIC_THEN_LABEL.match(heading) is None


@pytest.mark.parametrize("label,report", [("【问题】", "【整改】"), ("存在问题：", "整改措施："), ("问题清单：", "整改情况：")])
def test_a_problem_labelled_as_such_under_a_topic_heading_is_read_though_it_names_no_shortcoming(label, report):
    text = (f"某所自查整改报告\n1.安全管理\n{label}消防通道堆放杂物。\n{report}清理杂物，设置禁止堆放标识。\n"
            f"2.食堂管理\n{label}从业人员健康证过期。\n{report}组织体检，更换健康证。\n")
    got = _read(text)
    assert [(s, c, t) for s, c, t, _ in got] == [(1, "安全管理", "消防通道堆放杂物"), (2, "食堂管理", "从业人员健康证过期")]


# --- a list numbered again from 1 in the problems' own style, saying what was done ---------------------------------------
def _restarted(p1, p2, m):
    return ("某局巡察整改情况报告\n一、反馈问题整改情况\n"
            f"{p1(1)}理论学习不深入。\n{m(1)}制定学习计划。\n{m(2)}开展专题研讨。\n"
            f"{p1(2)}财务管理不规范。\n{m(1)}修订财务制度。\n"
            f"{p1(3)}公务用车管理不严。\n{m(1)}建立用车台账。\n{m(2)}已开展专项检查2次。\n")


@pytest.mark.parametrize("style", [lambda n: f"{n}.", lambda n: f"{n}、", lambda n: f"（{n}）", lambda n: f"{n}．"])
def test_measures_numbered_again_from_1_in_the_problems_style_are_their_measures(style):
    got = _read(_restarted(style, style, style))
    assert [(s, t, m) for s, _, t, m in got] == [(1, "理论学习不深入", 2), (2, "财务管理不规范", 1), (3, "公务用车管理不严", 2)]


def test_a_restarted_item_stating_a_shortfall_is_not_a_measure():
    text = ("某局巡察整改情况报告\n一、反馈问题整改情况\n1.理论学习不深入。\n1.学习计划执行不到位。\n2.专题研讨流于形式。\n")
    got = _read(text)
    assert all(m == 0 for *_, m in got)


@pytest.mark.parametrize("label", ["整改措施：", "整改情况：", "整改措施:"])
def test_an_inline_item_with_its_own_labelled_measure_keeps_the_statement_as_title(label):
    text = (f"某村整改报告\n经检查，我村存在以下问题：1、村务公开不及时，{label}每季度公开一次；"
            f"2、集体资产台账不全，{label}重新登记造册；3、环境卫生差，{label}组织清理垃圾。\n")
    got = _read(text)
    assert [(s, t, m) for s, _, t, m in got] == [(1, "村务公开不及时", 1), (2, "集体资产台账不全", 1), (3, "环境卫生差", 1)]


# --- a self-check list: shortfalls under an aspect heading, one phrase run into its description --------------------------
@pytest.mark.parametrize("aspect,genre", [("一、工作作风方面", "某局作风建设自查问题清单"), ("（一）医疗服务方面（3条）", "某医院自查问题清单"),
                                          ("1.教学管理方面", "某学校自查问题清单")])
def test_shortfalls_under_an_aspect_heading_are_problems_titled_by_their_phrase(aspect, genre):
    text = (f"{genre}\n{aspect}\n"
            "（1）调查研究不够部分科室下基层次数偏少,调研报告质量不高。如某科室全年仅下乡2次。\n"
            "（2）服务意识不强个别窗口工作人员答复不及时,群众排队时间较长。\n"
            "（3）制度执行不严部分人员请假手续不全,考勤记录缺失。\n")
    got = _read(text)
    assert [(s, t, m) for s, _, t, m in got] == [(1, "调查研究不够", 0), (2, "服务意识不强", 0), (3, "制度执行不严", 0)]


def test_actions_under_an_aspect_heading_are_not_read_as_problems():
    text = ("某局整改落实情况\n一、作风建设方面\n（1）规范公务用车管理。\n（2）严格执行考勤制度。\n（3）加强窗口服务培训。\n")
    assert _read(text) == []


# --- one task, one notice: the task's number however it is printed ------------------------------------------------------
@pytest.mark.parametrize("head,seq", [
    ("关于督察反馈问题整改任务（序号四十三）验收销号情况的公示", 43), ("关于督察反馈问题整改任务（序号43）验收销号情况的公示", 43),
    ("关于督察反馈意见第7条整改完成情况的公示", 7), ("关于督察反馈问题整改任务（编号12）验收销号情况的公示", 12),
    ("关于省第二生态环境保护督察组交办第243号问题整改情况的公示", 243), ("关于反馈问题第十项整改情况的说明", 10),
])
def test_a_one_task_notice_carries_its_task_s_number(head, seq):
    text = (f"{head}\n整改任务：“部分县城污水处理厂长期超负荷运行”。\n"
            "整改完成情况：新建污水处理厂一座。经验收，该项整改任务已完成。\n特此公示。\n")
    assert [(p.seq, p.status, p.measure_count) for p in parse_text(text).problems] == [(seq, "done", 1)]


def test_a_regulation_s_article_is_not_the_task_s_number():
    text = ("关于督察反馈问题整改任务验收销号情况的公示\n根据《督察整改工作办法》第7条规定，现将验收情况公示如下。\n"
            "整改任务：“部分县城污水处理厂长期超负荷运行”。\n整改完成情况：新建污水处理厂一座。该项整改任务已完成。\n")
    assert [p.seq for p in parse_text(text).problems] == [None]


# --- 一是/二是 after a short subject opening its clause -------------------------------------------------------------------
@pytest.mark.parametrize("text,n", [
    ("对此，我县一是完成截污纳管12公里；二是实施清淤疏浚；三是建立河长巡河制度。", 3),
    ("为此，学校一是更换承包方；二是建立台账。", 2),
    ("针对上述问题，局党组一是修订制度；二是开展检查。", 2),
    ("这一是历史原因造成的。", 0),  # no second item: no list
    ("对此，我县一是高度重视的。", 0),  # a first item alone is no list
])
def test_a_first_一是_right_after_a_short_subject_opens_the_items(text, n):
    from zhenggai.importer.parse.numbering import find_xs_items

    assert len(find_xs_items(text)) == n


def test_a_quoted_feedback_item_answered_by_a_subject_s_一是_list_has_each_item_as_a_measure():
    text = ("某县关于中央环保督察反馈问题整改情况的说明\n中央环保督察反馈意见指出：“某县城区黑臭水体整治滞后”。对此，我县一是完成截污纳管"
            "12公里；二是实施清淤疏浚；三是建立河长巡河制度。目前，该问题整改持续推进中。\n")
    assert [(p.status, p.measure_count) for p in parse_text(text).problems] == [("in_progress", 3)]


# --- an unnumbered aspect line announcing problems, then numbered items ---------------------------------------------------
@pytest.mark.parametrize("a1,a2,item", [
    ("办学条件方面：对照省合格小学标准，主要存在以下问题：", "师资队伍方面：主要存在以下问题：", lambda n: f"{n}."),
    ("办学条件方面存在的问题：", "师资队伍方面存在的问题：", lambda n: f"（{n}）"),
    ("在办学条件方面，存在以下两个问题", "在师资队伍方面，还存在以下问题：", lambda n: f"{n}、"),
])
def test_an_unnumbered_aspect_line_announcing_problems_is_the_category_of_the_numbered_items_after_it(a1, a2, item):
    text = (f"某小学均衡发展督导整改报告\n{a1}\n{item(1)}运动场地面积不足。\n{item(2)}图书陈旧。\n"
            f"{a2}\n{item(1)}英语教师缺编。\n{item(2)}教师培训经费不足。\n")
    got = _read(text)
    assert [s for s, *_ in got] == [1, 2, 1, 2]
    assert [c.lstrip("在") for _, c, _, _ in got] == ["办学条件方面"] * 2 + ["师资队伍方面"] * 2


@pytest.mark.parametrize("line", ["办学条件方面：主要采取以下措施：", "在办学条件方面，我校做了大量工作。", "办学条件方面存在的问题已全部整改。"])
def test_an_aspect_line_that_announces_no_problems_is_no_heading(line):
    from zhenggai.importer.parse.tree import RE_ASPECT_LINE

    assert RE_ASPECT_LINE.match(line) is None


# --- a flattened self-check report: dotted section headings run into labelled problems -----------------------------------
@pytest.mark.parametrize("sep", [":", "：", "、"])
def test_a_dotted_section_heading_run_into_labelled_problems_is_their_category(sep):
    text = ("标准化支部建设自查情况报告\n第二章自查发现的主要问题及成因剖析2.1组织设置类问题1" + sep +
            "网格划分与支部覆盖错位,楼宇党员6人未纳入管理。成因:网格调整时未同步优化党组织设置。问题2" + sep +
            "支委班子结构老化,平均年龄54岁。成因:近3年发展青年党员仅1人。2.2班子队伍建设类问题3" + sep +
            "书记抓党建述职形式大于内容。成因:述职报告未经预审。第三章整改措施\n")
    got = _read(text)
    if sep == "、":  # (问题1、 is no label of the run: nothing is cut, no category read)
        assert all(c is None for _, c, _, _ in got)
        return
    assert [(s, c) for s, c, _, _ in got] == [(1, "组织设置类"), (2, "组织设置类"), (3, "班子队伍建设类")]


def test_a_short_dotted_line_not_followed_by_a_labelled_problem_is_no_heading():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.tree import build_tree

    root = build_tree([Para("1.1背景", 0), Para("本支部成立于2018年。", 1)])
    assert all(c.marker is None or c.marker.level != 2.25 for c in root.walk())
