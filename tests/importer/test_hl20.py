"""Headline figures on first sight (session 20, helper hl20): the wordings of the genre behind the headline misses of
snippets28, blindwritten16 and others, each read generally, and one-line variants of the headline sentences real
bulletins use. Every text here is constructed (other bodies, places and numbers than any labelled page), with a near
miss for each rule: a text that looks alike and must not be read that way."""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.inspection import inspection_facts

from tests.importer.helpers import headline_pair


def _rules(text: str):
    return headline_figures(text).rules_made


def _measures(text: str):
    h = headline_figures(text)
    return h.measures_total, h.measures_done


# --- rules made ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("截至9月底，巡察反馈的3个方面15个问题，已完成整改13个，整章建制6条。", 6),
    ("巡察整改以来，累计整章建制11项，堵塞管理漏洞。", 11),
    # near misses: the words with no count of rules after them
    ("推进整章建制专项行动，覆盖12个单位。", None),
    ("推进整章建制，完善工作流程。", None),
])
def test_rules_put_in_order_and_made_counted_after_zheng_zhang_jian_zhi_are_the_rules_made(text, want):
    assert _rules(text) == want


@pytest.mark.parametrize("text, want", [
    ("整改期间，全市制定或修订地方性法规和政策文件19项。", 19),
    ("新建或修订地方性法规及规范性文件8件，堵塞制度漏洞。", 8),
    # near miss: regulations cleared, not made
    ("清理地方性法规和政策文件35件。", None),
])
def test_regulations_and_policy_documents_made_counted_together_are_the_rules_made(text, want):
    assert _rules(text) == want


# --- measures ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("针对反馈的17个问题，局党组研究制定整改方案，细化整改措施48,逐一明确责任领导和整改时限。", (48, None)),
    ("制定整改措施64，明确责任人和整改时限。", (64, None)),
    # near misses: a date after the measures, not their count; the measures named with no count at all
    ("细化整改措施2024年底前全部完成。", (None, None)),
    ("细化整改措施,逐一明确责任人。", (None, None)),
])
def test_a_measure_count_written_noun_first_that_lost_its_counter_at_the_clause_end_is_read(text, want):
    assert _measures(text) == want


# --- problems counted in 件, or said to need rectifying ------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("市委第四巡察组指出问题23件，目前已整改到位20件，3件需长期坚持。", (23, 20)),
    ("巡视组反馈问题共16件，已整改完毕14件。", (16, 14)),
    # near misses: things the public reported, counted in 件, are no total
    ("群众反映问题共23件，已全部回复。", (None, None)),
    ("收集并办理群众反映的路灯不亮、垃圾清运不及时等问题31件。", (None, None)),
])
def test_a_count_in_jian_right_after_an_inspections_verb_is_the_total(text, want):
    assert headline_pair(text) == want


@pytest.mark.parametrize("text, want", [
    ("应整改问题27个，已整改22个。", (27, 22)),
    ("需整改问题14项，截至目前已完成整改11项。", (14, 11)),
    ("整改问题清单共18项，截至目前已销号16项。", (18, 16)),
    # near misses: problems rectified are a done count, not the total
    ("共整改问题30个。", (None, 30)),
])
def test_problems_said_to_need_rectifying_or_listed_for_it_are_the_total(text, want):
    assert headline_pair(text) == want


@pytest.mark.parametrize("text, want", [
    ("巡视反馈问题共分3个方面23项，已完成整改20项。", (23, 20)),
    # near misses: the problems split into kinds or aspects with no count of problems
    ("反馈问题共分为3类，已整改完毕。", (None, None)),
    ("反馈问题共分为3个方面。", (None, None)),
])
def test_a_total_written_noun_first_after_its_split_into_aspects_is_read(text, want):
    assert headline_pair(text) == want


# --- a bulletin that lists only the main problems -------------------------------------------------------------------
def _bulletin(closing: str) -> str:
    return ("某区文旅局党组关于区委巡察整改进展情况的通报\n"
            "根据区委统一部署，2024年4月8日至5月30日，区委第二巡察组对区文旅局党组开展了常规巡察。2024年7月2日，巡察组反馈了"
            "巡察意见。现将整改进展情况通报如下。\n"
            "一、主要问题的整改情况\n"
            "1.关于“意识形态工作责任落实不到位”的问题。\n整改情况：一是修订意识形态工作责任清单；二是每季度专题研究意识形态工作。\n"
            "2.关于“文物安全巡查流于形式”的问题。\n整改情况：一是建立文物安全巡查台账；二是开展文物安全专项检查4次。\n"
            "3.关于“政府采购程序不规范”的问题。\n整改情况：一是修订政府采购内控办法；二是对采购人员开展专题培训。\n"
            "二、整体进展\n" + closing + "\n某区文旅局党组\n2024年10月15日\n")


def test_a_closing_total_larger_than_the_problems_listed_is_read_when_the_close_says_they_are_a_selection():
    r = parse_text(_bulletin("截至目前，巡察反馈的3个方面12个问题中，已完成整改10个，其余2个正在推进。"
                             "以上所列为巡察反馈的部分问题及其整改情况。"))
    assert len(r.problems) == 3
    assert (r.headline.problems_total, r.headline.problems_done) == (12, 10)


def test_a_closing_total_that_is_not_the_problems_listed_stays_out_when_nothing_says_they_are_a_selection():
    r = parse_text(_bulletin("截至目前，巡察反馈的3个方面12个问题中，已完成整改10个，其余2个正在推进。"))
    assert (r.headline.problems_total, r.headline.problems_done) == (None, None)


# --- dates: a headline run into the lead -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("市水务局党委启动2024年度巡察工作5月14日上午,市水务局党委召开2024年度巡察工作动员会,启动本年度巡察工作。", "2024-05-14"),
    # near miss: a rectification's meeting is not the inspection's start
    ("市水务局党委部署2024年度巡察整改5月14日上午,市水务局党委召开巡察整改动员会,部署整改工作。", None),
])
def test_a_mobilisation_meeting_dated_right_after_a_headline_run_into_the_lead_is_the_start(text, want):
    assert inspection_facts(text, None, None, "2024-05-15").start == want


# --- one-line variants of the headline sentences real bulletins use ------------------------------------------------
@pytest.mark.parametrize("text, want", [
    ("区委第二巡察组反馈的问题32项，已整改完成29项，其余3项正在整改。", (32, 29)),
    ("市委巡察组共反馈问题45条，其中已办结40条，正在整改5条。", (45, 40)),
    ("对照巡视反馈的5个方面23个问题，已完成整改21个，阶段性完成2个。", (23, 21)),
    ("截至11月底，反馈的37个问题已完成整改33个，整改完成率89.2%。", (37, 33)),
    ("共梳理出问题清单16项，已全部整改完毕。", (16, 16)),
    ("反馈问题12个，已整改10个，占比83.3%。", (12, 10)),
    ("巡察反馈的41个问题中，已完成整改36个，达到阶段性目标5个。", (41, 36)),
    ("巡察组反馈问题三十个，已完成整改二十五个。", (30, 25)),
    ("反馈问题30个，已完成整改25个，长期坚持5个。", (30, 25)),
    ("共收到反馈问题17项，已办结15项，2项持续推进中。", (17, 15)),
    ("巡视反馈指出的22个问题，已完成整改19个，基本完成3个。", (22, 19)),
    ("反馈的问题共计21个，已全部完成整改。", (21, 21)),
    ("已完成整改25个问题，占巡察反馈问题30个的83.3%。", (30, 25)),
    ("巡察反馈问题30个（其中立行立改8个），已完成整改25个。", (30, 25)),
    ("反馈的30个问题，已完成25个，其余5个正在按时序推进。", (30, 25)),
    ("巡察反馈问题30条，整改完成25条。", (30, 25)),
    ("市委第三巡察组共反馈3个方面问题30个，截至目前已整改到位25个。", (30, 25)),
    ("巡察反馈问题30个，已完成整改25个，需长期坚持整改的5个。", (30, 25)),
    ("交办问题30个，已办结25个，办结率83.3%。", (30, 25)),
    ("反馈问题30个。截至目前，已完成整改25个。", (30, 25)),
    # (counts by kind with no stated total: no total, R69)
    ("共发现问题30个，立行立改问题8个，限期整改问题22个。", (30, None)),
])
def test_one_line_headline_variants_read_their_total_and_done_count(text, want):
    assert headline_pair(text) == want


@pytest.mark.parametrize("text, want", [
    ("针对反馈的3方面14个问题，制定整改措施52条，已完成47条。", (52, 47)),
    ("制定整改措施41条，目前已全部落实。", (41, 41)),
])
def test_one_line_measure_variants_read_their_total_and_done_count(text, want):
    assert _measures(text) == want
