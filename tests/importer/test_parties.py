"""Session 16, helper parties: the document's parties as the preview shows them (inspector, inspected body, issuer,
title), which the problem scorer does not score (tests/importer/real/tools/score_parties.py measures them).

Every text here is constructed (no sentence is copied from a labelled document); each rule has a positive and a
near-miss negative test."""
from __future__ import annotations

from zhenggai.importer.parse.inspection import inspection_facts, team_name


def _inspector(text: str) -> str | None:
    return inspection_facts(text, None).inspector


# --- a team's name is a noun phrase: its left edge stops at the verb, conjunction or figure before it ------------

def test_a_team_named_as_the_object_of_a_verb_is_read_without_the_verb():
    assert _inspector("我局按照省委第三巡视组的反馈意见，逐条制定整改措施。") == "省委第三巡视组"
    assert _inspector("会上传达学习了九届县委第二巡察组反馈意见精神。") == "九届县委第二巡察组"
    assert _inspector("我们积极配合市委第一巡察组开展工作。") == "市委第一巡察组"


def test_a_team_joined_to_another_body_by_a_conjunction_is_read_alone():
    assert team_name("市委巡察办和市委第四巡察组") == "市委第四巡察组"


def test_a_place_name_that_holds_a_conjunction_character_stays_in_the_name():
    assert team_name("和平区委第二巡察组") == "和平区委第二巡察组"
    assert team_name("大同市委第一巡察组") == "大同市委第一巡察组"


def test_a_figure_of_speech_before_a_team_is_not_part_of_its_name():
    assert team_name("堪比豪华宾馆中央巡视组") == "中央巡视组"


def test_a_page_navigation_word_run_into_a_team_is_not_part_of_its_name():
    assert team_name("新闻动态县委第三巡察组") == "县委第三巡察组"
    assert team_name("《某市落实中央环境保护督察组") == "中央环境保护督察组"


def test_a_team_with_its_full_owner_and_round_keeps_them():
    assert team_name("十三届县委第五轮巡察第二巡察组") == "十三届县委第五轮巡察第二巡察组"
    assert team_name("国家统计局第3统计督察组") == "国家统计局第3统计督察组"
    assert team_name("市审计局") == "市审计局"


# --- a bare team word, a count of them or a fragment of a name is no name -----------------------------------------

def test_a_bare_team_word_is_no_inspector():
    assert team_name("巡察组") is None
    assert team_name("各巡察组") is None
    assert team_name("本轮巡视组") is None
    assert team_name("审计局") is None


def test_a_sentence_fragment_glued_to_a_team_word_is_no_inspector():
    assert _inspector("群众写来的信件无法让巡察组直接核实情况。") is None
    assert _inspector("全市共组成15个检查组，检查企业200家。") is None


def test_a_count_of_teams_with_their_owner_keeps_the_count_as_the_text_gives_it():
    assert team_name("12个省委巡视组") == "12个省委巡视组"
    assert team_name("先后8个县委巡察组") == "8个县委巡察组"


def test_a_fragment_cut_inside_a_team_name_is_no_inspector():
    assert team_name("三巡察组") is None
    assert team_name("委第巡察组") is None


def test_a_team_whose_owner_is_a_party_group_is_not_a_fragment():
    assert team_name("委党组巡察组") == "委党组巡察组"
