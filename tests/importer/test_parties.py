"""Session 16, helper parties: the document's parties as the preview shows them (inspector, inspected body, issuer,
title), which the problem scorer does not score (tests/importer/real/tools/score_parties.py measures them).

Every text here is constructed (no sentence is copied from a labelled document); each rule has a positive and a
near-miss negative test."""
from __future__ import annotations

from zhenggai.importer.parse import facts
from zhenggai.importer.parse.inspection import body_name, inspection_facts, team_name


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


# --- an inspected body is a body named as a noun phrase, as fully as the text names it -----------------------------

def _inspected(text: str, issuer: str | None = None) -> str | None:
    return inspection_facts(text, issuer).inspected


def test_a_body_with_the_short_name_the_text_defines_is_read_without_that_definition():
    assert _inspected("市委第二巡察组对某县人民医院党委(以下简称“县医院党委”)开展了常规巡察。") == "某县人民医院党委"


def test_a_body_followed_by_a_clause_is_read_without_the_clause():
    assert body_name("某镇,将") == "某镇"
    assert body_name("了某银行股份有限公司") == "某银行股份有限公司"


def test_a_standard_a_matter_or_a_vague_many_is_no_inspected_body():
    assert body_name("照达标标准") is None
    assert body_name("多个地区和单位") is None
    assert body_name("某区公立医院设备采购问题") is None


def test_a_named_body_stays_an_inspected_body():
    assert body_name("某县人民医院党委") == "某县人民医院党委"
    assert body_name("甲、乙、丙3个乡镇") == "甲、乙、丙3个乡镇"


def test_a_bare_type_for_the_issuers_own_body_is_read_as_the_issuers_name():
    text = "2023年5月10日至7月10日，市委第一巡察组对公司党委开展了常规巡察。"
    assert _inspected(text, "中共某某建设有限公司委员会") == "中共某某建设有限公司委员会"


def test_a_short_form_that_names_the_body_stays_as_the_text_gives_it():
    text = "2023年5月10日至7月10日，市委第一巡察组对市水利局党组开展了常规巡察。"
    assert _inspected(text, "中共某市水利局党组") == "市水利局党组"
    # nor does a bare type become the issuer when the issuer is a body of another type
    text2 = "2023年5月10日至7月10日，市委第一巡察组对学校党委开展了常规巡察。"
    assert _inspected(text2, "中共某市水利局党组") == "学校党委"


def test_my_province_in_a_county_office_notice_stays_as_the_text_says():
    text = "2022年3月1日至4月1日，省第二生态环境保护督察组对我省开展了督察。"
    assert _inspected(text, "青石县生态环境保护督察整改工作领导小组办公室") == "我省"


def test_my_county_in_a_county_governments_report_is_the_county():
    text = "2022年3月1日至4月1日，省第二生态环境保护督察组对我县开展了督察。"
    assert _inspected(text, "青石县人民政府") == "青石县人民政府"


# --- a title is the document's name, an issuer its body ------------------------------------------------------------

def test_a_column_tag_before_a_title_is_not_part_of_it():
    assert facts.clean_title("【通报】中共某局党组关于巡察整改情况的通报") == "中共某局党组关于巡察整改情况的通报"


def test_a_bracketed_word_inside_a_title_stays():
    assert facts.clean_title("关于【绿盾】行动问题整改情况的通报") == "关于【绿盾】行动问题整改情况的通报"


def test_a_series_number_run_in_before_a_title_is_not_part_of_it():
    t = "某市审计局审计结果公告2022年第4号(总第70号)——关于某市预算执行审计查出问题整改情况的报告"
    assert facts.clean_title(t) == "关于某市预算执行审计查出问题整改情况的报告"


def test_a_title_naming_its_issuer_before_a_dash_keeps_it():
    t = "某县人民政府——关于审计查出问题整改情况的报告"
    assert facts.clean_title(t) == t


def test_a_title_that_opens_with_guanyu_names_no_issuer():
    assert facts.issuer_from_title("关于省委巡视反馈意见整改任务验收销号情况的公示") is None
    assert facts.issuer_from_title("中共某县委关于巡视整改进展情况的通报") == "中共某县委"


def test_an_issuer_is_a_body_not_a_clause_with_an_act():
    assert facts.issuer_name("市委巡察组督查回访公司") is None
    assert facts.issuer_name("市委第一巡察组") == "市委第一巡察组"
    assert facts.issuer_name("某县检查站") == "某县检查站"


def test_an_issuer_signed_with_its_secretarys_posts_is_the_party_group():
    assert facts.issuer_name("某市中级人民法院党组书记、院长") == "某市中级人民法院党组"
    assert facts.issuer_name("某市中级人民法院党组") == "某市中级人民法院党组"


def test_a_team_set_up_with_its_leader_named_is_read_without_the_clause():
    assert team_name("乡教育办公室成立以主任为组长的检查组") is None
    assert team_name("县委成立督查组") is None
    assert team_name("县政府成立专项检查组") is None


def test_an_autonomous_region_audit_office_keeps_its_place_word():
    assert _inspector("受自治区人民政府委托，自治区审计厅对某市开展了审计。") == "自治区审计厅"


# --- an issuer by its fullest name --------------------------------------------------------------------------------

def test_a_title_naming_only_the_place_takes_the_signing_body_of_that_place():
    assert facts.fuller_issuer("青石县", "青石县人民政府") == "青石县人民政府"
    assert facts.fuller_issuer("青石县", "青石县生态环境保护督察整改工作领导小组办公室") == "青石县生态环境保护督察整改工作领导小组办公室"


def test_a_place_signed_by_its_party_committee_stays_the_place():
    assert facts.fuller_issuer("青石县", "中共青石县委员会") == "青石县"


def test_a_body_named_by_its_level_alone_takes_the_signatures_full_name():
    assert facts.fuller_issuer("县林业局党组", "中共青石县林业局党组") == "中共青石县林业局党组"


def test_a_body_named_in_full_in_the_title_keeps_its_name():
    assert facts.fuller_issuer("青石县水利局", "中共青石县水利局党组") == "青石县水利局"
    assert facts.fuller_issuer("青石县", "白沙县人民政府") == "青石县"


def test_a_headline_that_ends_with_a_verb_is_no_issuer():
    assert facts.issuer_name("第二轮督察整改方案全部公开") is None
    assert facts.issuer_name("某某中学") == "某某中学"


# --- a title is the document's name, not an item of a list -------------------------------------------------------

def test_an_item_numbered_in_figures_is_not_the_title():
    title, _ = facts.find_title([(0, "1.第三轮督察整改完成情况"), (1, "全省共完成整改任务120项，其余正在推进。")],
                                lambda t: False)
    assert title is None


def test_a_title_opening_with_a_year_is_still_a_title():
    title, _ = facts.find_title([(0, "2023年度巡察整改进展情况的通报"), (1, "全省共完成整改任务120项，其余正在推进。")],
                                lambda t: False)
    assert title == "2023年度巡察整改进展情况的通报"
