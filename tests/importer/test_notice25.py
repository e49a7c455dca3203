"""Organisation-level rectification notices with figures only, check notices retold as news, and audit-result notices'
dates, units and states (session 25, helper notice25): constructed texts in other words than the labelled documents
(blind52 glut, smallbiz, hao0724; blind53 cj8838, ixbang, jiyuan, oospecies, tianxin, xypingqiao, gz), each rule with
positives in other words and a near miss that must not fire.
"""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.facts import speech_date
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.readings import names_shortcoming


def _read(text: str) -> list[tuple]:
    return [(p.seq, p.category, p.title, p.status, p.measure_count, p.responsible_units) for p in parse_text(text).problems]


# --- an organisation report's sections name the problems only as the object of the work (issue 10, kind 5) -------------
ORGANISATION_REPORTS = [
    # sections told one line each, as glut's flattened copy
    ("某学院党委关于专项巡察整改落实情况的通报\n"
     "2024年3月4日至3月20日，学校党委第二巡察组对我院党委开展专项巡察，4月8日反馈了巡察意见。截至6月30日，4个问题已完成整改。\n"
     "一、提高政治站位，压实整改责任 学院党委召开专题会议，成立整改工作领导小组，书记任组长。\n"
     "二、深入剖析问题根源，明确整改方向 班子成员逐条对照反馈意见，认真开展讨论，形成整改任务分解表。\n"
     "三、聚焦突出问题，狠抓整改落实 对照问题清单逐项推进，建立台账，销号管理。\n"),
    ("中共某县交通运输局党组关于巡察整改阶段进展情况的通报\n"
     "根据县委统一部署，县委第一巡察组于2023年5月对我局党组开展了常规巡察。现将整改进展情况通报如下。\n"
     "一、坚持高位推动，扛牢整改责任\n局党组召开专题会议研究部署整改工作，制定整改方案。\n"
     "二、直面反馈问题，细化整改举措\n对照反馈意见逐条制定措施，明确责任领导和完成时限。\n"
     "三、着力解决群众反映强烈的问题，巩固整改成效\n建立长效机制，定期开展回头看。\n"),
    ("某街道党工委关于巡察反馈意见整改情况的报告\n"
     "一、强化组织领导\n街道党工委把巡察整改作为重大政治任务。\n"
     "二、紧盯共性问题，举一反三\n对辖区各社区开展排查。\n"
     "三、查找问题症结，完善制度机制\n修订完善制度12项。\n"),
]


@pytest.mark.parametrize("text", ORGANISATION_REPORTS)
def test_a_report_whose_sections_name_problems_only_as_the_object_of_the_work_reads_no_problem(text):
    r = parse_text(text)
    assert r.problems == [] and r.reading == "none"


def test_a_heading_naming_problems_as_the_object_of_an_action_is_no_shortcoming_but_one_stating_a_fault_is():
    assert not names_shortcoming("聚焦突出问题，精准实施整改")
    assert not names_shortcoming("深入剖析问题根源，明确整改标准")
    assert not names_shortcoming("对照问题清单，逐项销号")
    # near misses: a fault said after the same words, a label of the problems found, the problems of an aspect
    assert names_shortcoming("查找问题不深入，整改措施不实")
    assert names_shortcoming("落实全面从严治党主体责任方面存在的问题")
    assert names_shortcoming("针对反馈问题整改不到位")
    assert names_shortcoming("整改问题")


def test_a_list_whose_headings_state_faults_is_still_read_beside_organisation_words():
    text = ("某局党组关于巡察反馈问题整改情况的通报\n"
            "一、查找问题不深入，整改措施针对性不强\n已重新梳理问题清单，制定措施15条。\n"
            "二、落实意识形态工作责任制不到位\n已召开专题会议研究意识形态工作。\n"
            "三、干部队伍建设存在短板\n已选拔年轻干部3名。\n")
    assert [p.title for p in parse_text(text).problems] == [
        "查找问题不深入，整改措施针对性不强", "落实意识形态工作责任制不到位", "干部队伍建设存在短板"]


# --- a leader's quoted instruction, and the problems fed back named as an object, are no one-task notice ----------------
@pytest.mark.parametrize("lead", [
    "深入学习贯彻习近平总书记关于“党和政府带头过紧日子”的重要指示精神，认真落实整改部署要求。",
    "认真学习习近平总书记关于“绿水青山就是金山银山”的重要论述，把巡视反馈指出的每个问题都当作“必答题”。",
    "贯彻落实省委关于“三个聚焦”的部署要求，把督察组指出的问题逐条整改到位。",
])
def test_a_quoted_instruction_in_an_organisation_bulletins_lead_is_no_one_task_notice(lead):
    text = ("中共某市委关于专项巡视反馈意见整改阶段进展情况的通报\n"
            "2021年3月1日至3月28日，省委第三巡视组对我市开展了专项巡视。" + lead + "目前第一阶段的整改措施已全部完成。\n"
            "一、切实提高政治站位，把巡视整改作为重大政治任务强力推进\n"
            "市委高度重视，诚恳接受巡视反馈意见。\n")
    assert parse_text(text).problems == []


def test_a_notice_of_one_quoted_item_is_still_one_problem():
    text = ("关于“饮用水水源地保护区内违规建筑”问题整改情况的公示\n"
            "督察反馈指出，某县饮用水水源地一级保护区内存在违规建筑3处。\n"
            "整改情况：县政府组织拆除违规建筑3处，并完成生态修复。目前，该问题已完成整改。\n")
    r = parse_text(text)
    assert len(r.problems) == 1 and r.problems[0].status == "done"


# --- the feedback sorted into tasks, then the measures made for them: the tasks are the problems (R63, R73) ---------------
@pytest.mark.parametrize("sentence,problems,measures,done", [
    ("我市对照巡视反馈意见梳理明确29项具体任务,细化制定72条措施,目前第一阶段涉及的36条整改措施已全部完成。", 29, 72, 36),
    ("学校对照巡视反馈意见，梳理出18项整改任务、65条整改措施，已完成整改措施60条。", 18, 65, 60),
    ("局党组对照督察反馈问题，逐条分解细化26项整改任务，制定整改措施80条。", 26, 80, None),
])
def test_the_feedback_sorted_into_tasks_gives_the_problems_and_the_measures_after_them_the_measures(sentence, problems, measures, done):
    h = headline_figures(sentence)
    assert (h.problems_total, h.measures_total, h.measures_done) == (problems, measures, done)


def test_a_plans_tasks_counted_beside_its_measures_stay_measures():
    # (near miss: tasks the plan sets, not the feedback sorted — test_figures_round3's reading, unchanged)
    h = headline_figures("党委研究巡察整改方案，确定问题清单、任务清单和责任清单，明确30项整改任务、96条整改措施。")
    assert (h.problems_total, h.measures_total) == (None, 30)


# --- feedback given with the round's name between the verb and 反馈 ----------------------------------------------------------
@pytest.mark.parametrize("sentence,day", [
    ("2024年10月28日至11月10日,校党委专项巡察组对我院党委开展专项巡察。2025年1月10日,专项巡察组对我院进行巡察反馈。", "2025-01-10"),
    ("2023年4月3日至5月12日，县委第二巡察组对某镇党委开展了常规巡察，并于2023年6月20日开展巡察反馈。", "2023-06-20"),
    ("2022年9月1日至9月30日，市委督察组对我县开展督察。2022年11月2日，督察组对我县进行了督察反馈。", "2022-11-02"),
])
def test_feedback_given_with_the_rounds_name_before_it_dates_the_feedback(sentence, day):
    assert parse_text("某单位巡察整改情况通报\n" + sentence + "\n").inspection.feedback_date == day


# --- a body named for what it was sanctioned for, one ';' clause each (R10, R12, R122) ------------------------------------
def test_bodies_named_with_the_cause_they_were_sanctioned_for_are_one_problem_each():
    text = ("记者从县纪委获悉，5月10日,县纪委印发了《关于违规使用公车问题的通报》,县交通局、县水利局因公车私用问题被通报;"
            "县统计局因未经审批长途使用公车被通报批评;县档案馆因公车停放不规范被县纪委约谈。通报印发后，全县干部纷纷表示引以为戒。\n")
    assert _read(text) == [
        (None, None, "县统计局因未经审批长途使用公车被通报批评", None, 0, ["县统计局"]),
        (None, None, "县档案馆因公车停放不规范被县纪委约谈", None, 0, ["县档案馆"]),
    ]


def test_bodies_sanctioned_in_sentences_of_their_own_after_a_time_lead_are_one_problem_each():
    text = ("近日，某市纪委监委通报了3起违反中央八项规定精神问题。某县住建局因违规发放津贴补贴，被市纪委监委通报批评。"
            "某镇政府因公务接待超标准，被县纪委约谈。某县卫健局因公车私用被通报。\n")
    assert [(p.title, p.responsible_units) for p in parse_text(text).problems] == [
        ("某县住建局因违规发放津贴补贴，被市纪委监委通报批评", ["某县住建局"]),
        ("某镇政府因公务接待超标准，被县纪委约谈", ["某镇政府"]),
        ("某县卫健局因公车私用被通报", ["某县卫健局"]),
    ]


def test_a_body_named_for_what_it_was_praised_for_is_no_problem():
    text = ("9月1日,县委办公室印发了《关于作风建设先进单位的通报》,县财政局因服务群众成效显著被通报表扬;"
            "县税务局因办税效率高被通报表扬;县医保局因群众满意度高被表彰。\n")
    assert parse_text(text).problems == []


# --- audit-result notices ------------------------------------------------------------------------------------------------
def test_a_flattened_audit_result_keeps_its_findings_heading_apart_from_the_account_opening_on_a_year():
    text = ("某部门2019年度预算执行情况审计结果 更新时间:2020-6-24 根据《中华人民共和国审计法》的规定,2019年11月至2020年3月,"
            "审计署对某部门2019年度预算执行情况进行了审计。 一、基本情况 某部门为中央一级预算单位,部门预算由本级和12个二级预算单位组成。 "
            "审计结果表明,某部门预算收支基本符合有关法规的规定,会计处理基本符合会计制度的规定,较好地整改了以前年度审计发现的问题。 "
            "二、审计发现的主要问题 扩大开支范围支出215.30万元。 2019年,某部门将基本支出215.30万元用于所属单位的办公楼维修")
    assert [(p.category, p.title) for p in parse_text(text).problems] == [("审计发现的主要问题", "扩大开支范围支出215.30万元")]


AUDIT_NOTICE = ("某县审计局组成审计组,自2023年4月10日至2023年6月2日,对县城市管理局2022年度财务收支情况进行了审计。现将审计结果公告如下:\n"
                "一、基本情况\n县城市管理局为全额拨款事业单位。\n"
                "{heading}\n(一)会计凭证附件不完整3.2万元。\n(二)固定资产管理混乱\n(三)政府采购程序不规范\n"
                "{closing_heading}\n{closing}\n")


@pytest.mark.parametrize("heading,closing_heading,closing,state", [
    ("二、审计发现的主要问题及处理意见", "三、存在问题的处理及整改情况",
     "对于存在的问题,我局已出具审计报告,同时该单位已按照审计整改的要求及时进行了整改。", "done"),
    ("二、审计发现的问题和处理情况", "三、审计发现问题的处理情况",
     "针对上述问题，县审计局依法出具了审计报告。被审计单位已全部整改到位。", "done"),
    ("二、审计发现的主要问题", "三、审计处理及整改情况",
     "对此次审计发现的问题,县审计局已依法出具了审计报告。涉及有关单位正在对有关问题进行整改,整改完毕后具体整改情况由其自行公告。", "in_progress"),
    # near miss: a count in the account says some are rectified, not which: no state for any
    ("二、审计发现的主要问题", "三、审计处理及整改情况", "县城市管理局已整改2个问题，其余问题正在整改。", None),
])
def test_an_audit_notices_findings_under_their_handling_are_read_with_the_closing_state(heading, closing_heading, closing, state):
    r = parse_text(AUDIT_NOTICE.format(heading=heading, closing_heading=closing_heading, closing=closing))
    assert [p.title for p in r.problems] == ["会计凭证附件不完整3.2万元", "固定资产管理混乱", "政府采购程序不规范"]
    assert [p.status for p in r.problems] == [state] * 3
    assert (r.inspection.start, r.inspection.end) == ("2023-04-10", "2023-06-02")


def test_an_audit_done_on_papers_sent_in_is_no_feedback_and_its_period_is_the_audits():
    text = ("根据《中华人民共和国审计法》的规定,某县审计局组成审计组,自2023年8月30日至2023年10月20日,对某镇卫生院2022年度财务收支情况"
            "进行了送达审计。现将审计结果公告如下:\n一、基本情况\n某镇卫生院为一级甲等医院。\n")
    i = parse_text(text).inspection
    assert (i.start, i.end, i.feedback_date) == ("2023-08-30", "2023-10-20", None)


def test_an_audit_period_is_read_though_the_publishing_formula_ran_into_its_sentence():
    text = ("某区审计局审计结果公告2022年第3号\n根据《中华人民共和国审计法》第二十条的规定,某区审计局派出审计组,于2022年2月24日至6月7日"
            "对某区8个社区卫生服务中心2021年经费使用情况进行专项审计调查现将审计结果公布如下\n一、基本情况\n某区共设8个中心。\n")
    i = parse_text(text).inspection
    assert (i.start, i.end) == ("2022-02-24", "2022-06-07")
    # near miss: days on which the results were published are no inspection period
    text2 = "某县审计整改情况\n2022年4月15日至17日，某县审计局将审计查出问题的整改进展情况分批予以公布。\n"
    assert parse_text(text2).inspection.start is None


def test_an_audit_order_keyed_by_its_finding_names_the_school_or_team_told_to_rectify():
    text = ("某区审计局关于某中学2022年度财务收支审计结果的公告\n一、基本情况\n某中学为区属公办学校。\n"
            "二、审计发现的主要问题\n(一)多计工程款0.5万元。\n(二)食堂财务管理不规范。\n"
            "三、审计处理情况和建议\n对上述问题,区审计局已依法出具了审计报告。对于多计工程款0.5万元的问题,要求区实验中学收回;"
            "对于食堂财务管理不规范问题,要求区实验中学参考其他学校的做法,进一步规范管理。\n")
    assert [p.responsible_units for p in parse_text(text).problems] == [["区实验中学"], ["区实验中学"]]


def test_an_audit_findings_heading_closing_on_a_sum_is_a_finding_not_the_name_of_a_place():
    text = ("某市审计局关于某粮油公司资产负债损益情况的审计结果公告\n一、基本情况\n该公司系国有独资企业。\n二、审计发现的主要问题\n"
            "(一)应作未作收入核算93.85万元\n截至2023年底,该公司代储保管费93.85万元挂“其他应付款”户,应作未作收入核算。\n"
            "(二)费用挂往来6.80万元\n截至2023年底,该公司诉讼费用6.80万元挂“其他应收款”户,应计未计费用核算。\n"
            "(三)部分仓库管理混乱\n对仓库进行抽查盘点,发现器材堆放杂乱,未建立保管台账。\n")
    assert [(p.seq, p.title) for p in parse_text(text).problems] == [
        (1, "应作未作收入核算93.85万元"), (2, "费用挂往来6.80万元"), (3, "部分仓库管理混乱")]


def test_a_reports_meeting_dateline_wrapped_before_the_meetings_name_dates_the_report():
    assert speech_date(["——2025年12月30日在某市第十六届", "人民代表大会常务委员会第四十五次会议上"]) == "2025-12-30"
    assert speech_date(["——2023年12月26日在某市第十五届人民代表大会常务委员会第十七次会议上"]) == "2023-12-26"
    # near miss: a wrapped line whose next line names no meeting is no dateline
    assert speech_date(["——2025年12月30日在某县", "调研时的讲话要点"]) is None


@pytest.mark.parametrize("aspect_line,numbered_aspect,heading", [
    ("财务管理中存在的问题", "(三)国有资产管理中存在的问题", "二、审计发现的主要问题及处理意见"),
    ("预算执行方面存在的问题", "(三)资产管理方面存在的问题", "三、审计发现的主要问题"),
    ("内部控制工作中存在的主要问题", "(三)政府采购中存在的问题", "二、审计查出的主要问题"),
])
def test_audit_findings_grouped_under_aspects_take_the_aspect_as_category_and_a_numbered_aspect_gives_its_first_line(
        aspect_line, numbered_aspect, heading):
    text = ("某县审计局组成审计组,自2023年8月1日至2023年9月20日,对某镇卫生院2022年度财务收支情况进行了审计。现将审计结果公告如下:\n"
            "一、基本情况\n某镇卫生院是一所一级甲等医院。\n" + heading + "\n" + aspect_line + "\n"
            "(一)扩大范围列支费用3800元\n2022年5月30日12#证反映卫生院垫支医保款3800元。\n"
            "(二)支出手续不完善列支费用12500元。\n2022年9月30日8#证列支物业管理费12500元,无签订服务合同。\n"
            + numbered_aspect + "\n应计未计固定资产1998元\n2022年2月28日5#证列支采购手机一部1998元,应计固定资产而未计。\n"
            "三、审计处理及整改情况\n涉及有关单位正在对有关问题进行整改,整改完毕后具体整改情况由其自行公告。\n")
    aspect = numbered_aspect[3:]
    assert _read(text) == [
        (1, aspect_line, "扩大范围列支费用3800元", "in_progress", 0, []),
        (2, aspect_line, "支出手续不完善列支费用12500元", "in_progress", 0, []),
        (None, aspect, "应计未计固定资产1998元", "in_progress", 0, []),
    ]


def test_a_lead_sentence_before_the_findings_is_no_aspect():
    # near miss: a sentence about the problems found names no aspect — the findings keep the section heading
    text = ("某区审计局关于某中心2022年度财务收支审计结果的公告\n一、基本情况\n该中心为财政全额拨款事业单位。\n"
            "二、审计发现的主要问题\n经审计,该中心在财务管理中存在以下问题:\n(一)多计工程款0.5万元。\n(二)固定资产未入账。\n")
    assert [p.category for p in parse_text(text).problems] == ["审计发现的主要问题", "审计发现的主要问题"]


# --- a comment on one named body's problem (R108, R124) ------------------------------------------------------------------
@pytest.mark.parametrize("text,title,unit", [
    ("巡视巡察是“政治体检”。某县商务局党组虚假整改的问题,反映出其主要负责人对“政治体检”不以为然。假整改就是讳疾忌医。(某某)\n",
     "某县商务局党组虚假整改的问题", "某县商务局党组"),
    ("督察整改容不得半点马虎。某县水利局对督察反馈问题敷衍整改的问题,暴露出个别干部政绩观错位,值得深思。\n",
     "某县水利局对督察反馈问题敷衍整改的问题", "某县水利局"),
    ("巡察反馈后,某镇党委搞数字整改、纸面整改的问题,折射出形式主义顽疾仍未根除,必须严肃问责。\n",
     "某镇党委搞数字整改、纸面整改的问题", "某镇党委"),
])
def test_a_comment_on_one_named_bodys_problem_reads_that_one_problem_with_no_state(text, title, unit):
    r = parse_text(text)
    assert [(p.title, p.responsible_units, p.status, p.measure_count) for p in r.problems] == [(title, [unit], None, 0)]


def test_a_comment_on_problems_of_unnamed_bodies_reads_none():
    text = ("巡视巡察是“政治体检”。一些地方虚假整改的问题,反映出形式主义、官僚主义积习甚深。"
            "对巡察整改中弄虚作假的,必须严肃追责问责。(某某)\n")
    assert parse_text(text).problems == []
