"""Problem lists by family, from blindwritten8 once released (session 14, helper fin8): constructed texts (not copies of
the set's), each family with negatives that look alike and must not be read that way.

Families:
- A one-task 说明/公示 whose title names the task ("…反馈问题第7项整改情况的说明") and whose body opens with a labelled
  statement of the problem, whatever the label's wording (问题表述, 问题内容, 具体问题, 巡视反馈问题, 存在的问题 …: a short
  label ending in 问题, or 问题 + 表述/内容/描述/概述, read by its shape), then 责任单位/整改时限/整改情况 fields: one problem.
  Not a label about what was done ("问题整改情况："), nor several problems under one label ("存在问题：1.…；2.…").
- A report's section about its own shortfalls ("三、存在的不足", "三、问题与不足") whose lead opens the items' paragraph
  ("从整改情况看，仍存在一些问题和不足。一是…二是…三是…") under a round summary listing no inspection problem: no
  problem list. A lead naming problems under another heading still lists them.
- A sign-off verdict ("该项任务已达到验收销号标准/条件，拟予以销号"), also said before the notice's sections: done.
"""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.titles import status_of

from tests.importer.helpers import problem_rows as _read


# --- one task, its problem under a label of any wording ----------------------------------------------------------------
EXPLANATION = ("关于市委第二巡察组反馈问题第{n}项整改情况的说明\n"
               "{label}：县属学校食堂采购管理不规范，部分食材未经验收即入库使用。\n"
               "责任单位：县教育局\n"
               "整改时限：2023年9月底\n"
               "整改情况：\n"
               "（1）出台《学校食堂大宗食材采购管理办法》，统一实行集中招标采购。\n"
               "（2）对全县42所学校食堂开展专项检查，整改问题17个。\n"
               "目前，该问题已整改完成。\n"
               "某县教育局\n2023年10月8日\n")
EXPECTED = [(5, None, "县属学校食堂采购管理不规范，部分食材未经验收即入库使用", "done", 2, ["县教育局"], "2023年9月底")]


@pytest.mark.parametrize("label", ["问题表述", "问题内容", "具体问题", "巡视反馈问题", "存在的问题", "问题概述", "反馈问题",
                                   "问题描述"])
def test_a_one_task_explanation_whose_problem_has_a_label_of_any_wording_is_one_problem(label):
    got = parse_text(EXPLANATION.format(n=5, label=label))
    assert _read(got) == EXPECTED


def test_a_label_about_what_was_done_is_not_the_problem_s_label():
    text = EXPLANATION.format(n=5, label="问题整改情况")
    got = parse_text(text)
    assert not any(p.title.startswith("县属学校食堂采购管理不规范") for p in got.problems)


def test_several_problems_under_one_label_are_not_one_task():
    text = EXPLANATION.format(n=5, label="问题表述").replace(
        "问题表述：县属学校食堂采购管理不规范，部分食材未经验收即入库使用。",
        "问题表述：1.县属学校食堂采购管理不规范；2.部分学校校车安全管理存在漏洞；3.教师培训经费使用不规范。")
    got = parse_text(text)
    assert got.reading != "whole"


def test_a_label_inside_a_sentence_is_not_read_by_its_shape():
    # "问题" mid-sentence before a colon is no field label: without a field the explanation holds no task statement
    text = ("关于市委第二巡察组反馈问题第5项整改情况的说明\n"
            "根据巡察反馈意见，我局对照检查发现的问题：认真研究，逐项落实。\n"
            "某县教育局\n2023年10月8日\n")
    got = parse_text(text)
    assert not any(p.title.startswith("认真研究") for p in got.problems)


# --- a report's own shortfalls, the lead opening the items' paragraph --------------------------------------------------
SUMMARY = ("中共某市委巡察办关于十届市委第三轮巡察整改情况的综述\n"
           "十届市委第三轮巡察对12个市直单位党组织开展了常规巡察。各被巡察党组织认真落实整改主体责任。\n"
           "一、整改总体情况\n"
           "截至2023年12月31日，第三轮巡察反馈问题412个，已整改398个，整改完成率96.6%；建立完善制度208项。\n"
           "二、主要做法\n"
           "（一）压实整改责任。各被巡察党组织召开整改专题民主生活会12次。\n"
           "（二）强化整改监督。对整改不力的1个单位进行了约谈。\n"
           "三、{heading}\n"
           "从整改情况看，{lead}一是个别单位整改不够深入，存在重形式、轻实效现象；二是少数单位长效机制建设不够，"
           "存在问题反弹风险；三是整改成果运用不够充分，以案促改成效有待提升。\n"
           "四、下一步工作\n"
           "1.持续加强整改监督，对未完成整改的14个问题实行挂牌督办。\n"
           "2.适时开展巡察整改“回头看”。\n"
           "某市委巡察办\n2024年1月10日\n")


@pytest.mark.parametrize("heading", ["存在的不足", "存在的问题和不足", "问题与不足", "不足之处", "问题和不足"])
def test_a_summary_s_own_shortfalls_told_inline_under_their_heading_are_no_problem_list(heading):
    got = parse_text(SUMMARY.format(heading=heading, lead="仍存在一些问题和不足。"))
    assert got.problems == []
    assert got.headline.problems_total == 412


def test_problems_found_listed_inline_under_another_heading_are_still_read():
    # a notice whose lead names the problems found, under a heading that is not the report's own shortfalls
    text = ("某县审计局关于某镇财政收支审计发现问题的通报\n"
            "一、基本情况\n"
            "经审计，该镇主要存在以下问题：一是专项资金未按规定用途使用，挪用扶贫资金12万元；二是固定资产管理不规范，"
            "账实不符；三是公务接待未执行审批制度。\n"
            "某县审计局\n2023年6月1日\n")
    got = parse_text(text)
    assert len(got.problems) == 3


# --- a sign-off verdict ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("said", ["该项任务已达到验收销号标准，拟予以销号", "已达到销号条件", "该任务已经达到整改销号要求"])
def test_a_sign_off_verdict_is_done(said):
    assert status_of(said) == "done"


@pytest.mark.parametrize("said", ["对未达到验收销号标准的问题，一律不得销号", "达到验收销号标准后予以销号"])
def test_a_sign_off_standard_not_yet_reached_is_not_done(said):
    assert status_of(said) != "done"


SIGNOFF = ("某县关于第二轮省生态环境保护督察反馈意见整改任务（序号六）验收销号情况的公示\n"
           "经现场核查、资料审核，该项任务{verdict}，现将有关情况公示如下：\n"
           "一、整改任务\n"
           "某镇工业园区污水管网不完善，部分企业废水直排。\n"
           "二、责任单位\n"
           "牵头单位：某县生态环境局；配合单位：某镇人民政府。\n"
           "三、整改时限\n"
           "2023年10月底\n"
           "四、整改完成情况\n"
           "1.新建园区污水管网6.2公里。\n"
           "2.对园区企业排口全面排查，封堵非法排口4个。\n"
           "五、公示时间\n"
           "2024年1月5日至2024年1月11日。\n"
           "某县生态环境保护督察整改工作领导小组办公室\n2024年1月5日\n")


def test_a_notice_whose_verdict_is_said_before_its_sections_is_done():
    got = parse_text(SIGNOFF.format(verdict="已达到验收销号标准，拟予以销号"))
    assert [(p.seq, p.status, p.measure_count) for p in got.problems] == [(6, "done", 2)]


def test_a_notice_without_the_verdict_keeps_no_status_from_it():
    got = parse_text(SIGNOFF.format(verdict="正在组织验收"))
    assert [(p.seq, p.status) for p in got.problems] == [(6, None)]
