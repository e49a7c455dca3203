"""Layouts of 消防 exposure pages that set blind31 prints (session 18, helper bs18): constructed texts, each rule with a
positive case and a near miss.

Rules:
- An exposure card's unit label may stand alone on its line, the unit on the next ("隐患单位" / "某公司" / "存在隐患:…";
  readings._CARD_UNIT_LABEL); the cards are read again from the lines as printed when the join of short lines glued them
  into one run (structure.parse_structure, raw_lines). A card under no heading of its own stays under the last heading
  ("01" / "【定海】" over two cards), read without its 【】.
- A page whose label line is not followed by a unit line and a finding line reads no cards.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text

LEAD = ("隐患曝光\n消防安全丨人人有责\n"
        "某市消防救援支队以消防安全隐患大排查大整治为契机,对近期检查过程中发现的火灾隐患进行集中曝光,以督促整改。\n"
        "都有哪些单位榜上有名?\n一起来看看\n")


def test_cards_whose_unit_label_stands_alone_on_its_line_are_read_one_problem_a_card_under_their_district():
    text = (LEAD + "01\n【东城】\n隐患单位\n某某纸业有限公司\n存在隐患:消防通道被废纸占用\n"
            "隐患单位\n某某商业中心\n存在隐患:电动车堵塞疏散出口\n"
            "02\n【西城】\n隐患单位\n某某机械厂\n存在隐患:室内违规停放电动自行车。\n"
            "如何举报消防隐患?\n")
    result = parse_text(text)
    assert [p.title for p in result.problems] == ["消防通道被废纸占用", "电动车堵塞疏散出口", "室内违规停放电动自行车"]
    assert [p.category for p in result.problems] == ["东城", "东城", "西城"]
    assert [p.responsible_units for p in result.problems] == [["某某纸业有限公司"], ["某某商业中心"], ["某某机械厂"]]


def test_a_unit_label_line_not_followed_by_a_unit_and_a_finding_line_reads_no_cards():
    text = (LEAD + "隐患单位\n将被依法查处并公开曝光。\n"
            "隐患单位\n应当立即整改,存在隐患的场所一律停业。\n"
            "如何举报消防隐患?\n")
    result = parse_text(text)
    assert result.problems == []


# --- a unit's name line over "存在隐患:" and its numbered hazards (readings.unit_hazard_blocks_candidate) --------------
BLOCKS_LEAD = ("为切实增强社会单位和公众火灾防范意识\n及时消除火灾隐患\n某市消防救援支队开展集中除患攻坚大整治行动\n"
               "现对以下3家单位进行火灾隐患曝光\n")


def test_a_units_name_line_over_a_hazard_label_reads_each_numbered_hazard_as_a_problem_of_that_unit():
    text = (BLOCKS_LEAD + "01\n某县某某食品有限公司\n存在的主要隐患:\n1、厂房内未设置室内消火栓;\n\n2、仓库灭火器过期。\n"
            "02\n某县某某宾馆\n存在的主要隐患:未按规定设置火灾自动报警系统。\n"
            "03\n某县幼儿园\n1、建筑主体未经消防验收;\n2、消防控制室无持证上岗操作人员。\n发表评论\n")
    result = parse_text(text)
    assert [(p.seq, p.title) for p in result.problems] == [
        (1, "厂房内未设置室内消火栓"), (2, "仓库灭火器过期"), (None, "未按规定设置火灾自动报警系统"),
        (1, "建筑主体未经消防验收"), (2, "消防控制室无持证上岗操作人员")]
    assert [p.category for p in result.problems] == ["某县某某食品有限公司"] * 2 + ["某县某某宾馆"] + ["某县幼儿园"] * 2
    assert result.problems[2].responsible_units == ["某县某某宾馆"]


def test_a_hazard_label_under_a_sentence_and_not_a_name_line_reads_no_blocks():
    text = (BLOCKS_LEAD + "检查组对某县某某食品有限公司开展了检查,发现该单位问题较多。\n存在的主要隐患:\n"
            "检查组对某县某某宾馆开展了检查,发现该单位问题较多。\n存在的主要隐患:\n发表评论\n")
    result = parse_text(text)
    assert result.problems == []


COUNTY_LEAD = "为深化落实消防安全集中除患攻坚大整治行动要求,现将存在隐患单位进行集中曝光:\n"


def test_hazard_blocks_under_county_headings_win_over_the_bare_numbered_list_and_keep_every_unit():
    text = (COUNTY_LEAD + "甲县\n甲县某某商铺\n存在隐患:\n1、安全出口处摆放灶台,影响疏散逃生。\n2、电线未进行穿管保护。\n"
            "乙县\n乙县某某宾馆\n存在隐患:\n1、四楼应急照明灯损坏。\n2、二层楼梯间灭火器配置不符合标准。\n3、三楼1处安全出口锁闭。\n"
            "编辑|张三\n")
    result = parse_text(text)
    assert [p.seq for p in result.problems] == [1, 2, 1, 2, 3]
    assert [p.responsible_units for p in result.problems] == [["甲县某某商铺"]] * 2 + [["乙县某某宾馆"]] * 3
    assert result.problems[0].category == "甲县某某商铺"


def test_one_labelled_unit_is_no_set_of_hazard_blocks():
    text = (COUNTY_LEAD + "甲县\n甲县某某商铺\n存在隐患:\n1、安全出口处摆放灶台,影响疏散逃生。\n2、电线未进行穿管保护。\n"
            "编辑|张三\n")
    result = parse_text(text)
    assert all(p.responsible_units != ["甲县某某商铺"] for p in result.problems)


# --- "N、单位名称:某店" / "隐患问题:…" cards (readings._CARD_FINDING_LABEL, RE_CARD_SEQ_BEFORE) ---------------------------
NUMBERED_CARDS_LEAD = "为全力维护社会面消防安全形势稳定,某县消防大队持续曝光火灾隐患,现将3家存在火灾隐患单位进行曝光。\n"


def test_numbered_cards_of_unit_name_and_hazard_problem_fields_read_one_problem_a_card_with_its_number():
    text = (NUMBERED_CARDS_LEAD + "1、单位名称:某县某某文具店\n隐患问题:灭火器数量配置不足。\n"
            "2、单位名称:某县某某中学\n隐患问题:(1)应急照明灯未充电;(2)防火门无铭牌标识。\n"
            "3、单位名称:某县某某酒店\n隐患问题:水力警铃存在故障。\n")
    result = parse_text(text)
    assert [p.seq for p in result.problems] == [1, 2, 3]
    assert result.problems[1].title == "(1)应急照明灯未充电;(2)防火门无铭牌标识"
    assert result.problems[2].responsible_units == ["某县某某酒店"]


def test_a_hazard_problem_field_under_a_bare_name_line_is_read_by_the_named_cards_not_the_unit_cards():
    # (bs18 had this as a near miss, no cards without a unit label; since session 23 the labelled exposures blind47
    # hynews/163_taizhou read a card headed by the body's bare name as that body's (R102): readings.named_cards_candidate
    # reads it, us18's unit_cards still does not — its reading would need the "单位名称:" label)
    text = (NUMBERED_CARDS_LEAD + "1、某县某某文具店\n隐患问题:灭火器数量配置不足。\n"
            "2、某县某某中学\n隐患问题:应急照明灯未充电。\n")
    result = parse_text(text)
    assert [p.responsible_units for p in result.problems] == [["某县某某文具店"], ["某县某某中学"]]
    assert [p.title for p in result.problems] == ["灭火器数量配置不足", "应急照明灯未充电"]
    assert result.reading_detail.startswith("2张以单位名称开头的")
