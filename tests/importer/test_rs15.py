"""Problem lists of explainer and feature articles on inspections, from blind13 once released (session 15, helper rs15):
constructed texts (not copies of the set's), each rule with near-misses that must not be read that way.

Rules:
- A section named for the problems found ("二、问题剖析", "一、存在的难题") states what was wrong by its place: a later
  run whose every item opens with a verb of the work ("三、整改成效 1.强化… 2.提升…") is not a second problem list,
  nor is a section analysing cases ("三、典型案例分析 1.案例一：…"). An inspection's handed-over cases stay problems.
- A problem whose body opens with how it shows ("问题表现", bullets) is a problem by that label; the bullets and what
  follows unnumbered describe it; numbered items under it (整改方向 1.–3.) are its measures.
- "…存在的问题之一：<heading>" / "之二：" label problems 1 and 2; a paragraph that opens by saying what the problem is
  ("…的一个重要问题是…。首先，…") describes it, it is no measure.
- A bare aspect line ("经济发展方面") right over an item numbered 1 is the category heading of the items under it.
- The paragraph after the last item that speaks of all the problems ("针对发现的问题提出了整改措施") is no measure of
  the last one.
- A bulleted line is a line of its own; bullets after a lead announcing problems ("仍存在以下问题：") under a numbered
  section are problems without a number; bullets after a lead announcing measures are not.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.numbering import parse_marker


def _read(result) -> list[tuple]:
    return [(p.seq, p.category, p.title, p.measure_count) for p in result.problems]


# --- a section named for the problems, then sections of what was done or of cases ---------------------------------------
ANALYSIS = ("某学院接受巡察整改的回顾\n"
            "一、巡察的背景\n"
            "2021年，市委巡察组对某学院开展了常规巡察。\n"
            "二、问题剖析\n"
            "1. 财务管理问题\n"
            "学院经费报销审核把关不严，部分票据要素不全。\n"
            "2. 人才培养问题\n"
            "实践教学环节薄弱，实习基地数量偏少。\n"
            "三、{third}\n"
            "1. {a}\n"
            "学院修订了经费报销办法，逐笔复核票据。\n"
            "2. {b}\n"
            "学院新增实习基地12个。\n")


def test_a_section_of_what_was_done_after_the_problems_analysed_is_no_second_list():
    r = parse_text(ANALYSIS.format(third="整改成效", a="加强财务管理", b="提升人才培养质量"))
    assert [p.title for p in r.problems] == ["财务管理问题", "人才培养问题"]
    assert [p.category for p in r.problems] == ["问题剖析", "问题剖析"]


def test_a_section_analysing_cases_after_the_problems_is_no_second_list():
    r = parse_text(ANALYSIS.format(third="典型案例分析", a="案例一：某系整改成效明显", b="案例二：某系整改仍有差距"))
    assert [p.title for p in r.problems] == ["财务管理问题", "人才培养问题"]


def test_items_that_state_shortfalls_in_the_third_section_are_still_read_there():
    # near miss: the third section's items are not actions, nor cases: nothing is pruned
    r = parse_text(ANALYSIS.format(third="整改中仍存在的不足", a="部分整改措施落实不到位", b="整改台账更新不及时"))
    assert "部分整改措施落实不到位" in [p.title for p in r.problems]


def test_an_inspections_handed_over_cases_stay_problems():
    text = ("关于督察整改进展情况的报告\n"
            "一、反馈问题整改情况\n"
            "1.部分园区污水管网建设滞后。\n"
            "整改情况：已完成管网建设12公里。\n"
            "二、交办典型案例整改情况\n"
            "1.某工业园区企业长期偷排高浓度废水。\n"
            "整改情况：已依法查处并完成清淤。\n")
    titles = [p.title for p in parse_text(text).problems]
    assert "某工业园区企业长期偷排高浓度废水" in titles


# --- 问题表现 ----------------------------------------------------------------------------------------------------------
SYMPTOMS = ("一、作风建设方面的深层问题\n"
            "1.1 调查研究流于形式\n"
            "问题表现\n"
            "• 下基层走马观花，蹲点调研次数偏少\n"
            "• 调研报告照抄照搬，对策建议空泛\n"
            "整改方向\n"
            "1. 建立领导干部基层联系点制度\n"
            "2. 每年形成高质量调研报告不少于2篇\n"
            "1.2 会议文件仍然偏多\n"
            "问题表现\n"
            "• 层层开会、以会议落实会议\n"
            "• 文件篇幅冗长\n")


def test_items_whose_body_opens_with_how_the_problem_shows_are_problems():
    r = parse_text(SYMPTOMS)
    assert _read(r) == [(1, "作风建设方面的深层问题", "调查研究流于形式", 2), (2, "作风建设方面的深层问题", "会议文件仍然偏多", 0)]


def test_a_body_opening_with_another_label_is_no_sign_of_a_problem():
    r = parse_text(SYMPTOMS.replace("问题表现", "工作安排"))
    assert r.problems == [] or [p.title for p in r.problems] != ["调查研究流于形式", "会议文件仍然偏多"]


# --- 之一 / 之二, and a paragraph saying what the problem is -----------------------------------------------------------
ZHIYI = ("基层减负工作存在的问题\n"
         "基层减负工作存在的问题之一：督查检查过多\n"
         "基层减负工作中一个突出问题是督查检查过多。首先，多头检查、重复检查依然存在。其次，检查结果运用不够。\n"
         "基层减负工作存在的问题之二：留痕要求过严\n"
         "基层减负工作的另一个问题在于留痕要求过严。一些部门以台账多少论成绩。\n")


def test_problems_counted_off_by_zhiyi_zhier_are_problems_one_and_two():
    assert _read(parse_text(ZHIYI)) == [(1, None, "督查检查过多", 0), (2, None, "留痕要求过严", 0)]


def test_zhiyi_in_a_sentence_or_after_another_word_is_no_label():
    assert parse_marker("原因之一：制度执行不严") is None
    assert parse_marker("这是基层减负工作存在的问题之一，需要重视。") is None
    m = parse_marker("基层减负工作存在的问题之二：留痕要求过严")
    assert m is not None and m.number == 2 and m.rest == "留痕要求过严"


def test_a_paragraph_of_what_was_done_under_a_problem_stays_its_measure():
    text = ZHIYI.replace("基层减负工作中一个突出问题是督查检查过多。首先，多头检查、重复检查依然存在。其次，检查结果运用不够。",
                         "针对该问题，已合并督查检查事项15项，建立年度计划管理制度。")
    assert [p.measure_count for p in parse_text(text).problems] == [1, 0]


# --- a bare aspect line over 1. ------------------------------------------------------------------------------------------
ASPECTS = ("巡察发现的问题\n"
           "\n"
           "组织建设方面\n"
           "1. 部分党支部“三会一课”落实不到位。\n"
           "2. 党员发展程序不规范。\n"
           "资金管理方面\n"
           "1. 专项资金拨付滞后。\n"
           "2. 部分项目资金闲置。\n"
           "巡察整改\n"
           "巡察组针对发现的问题提出了整改要求，相关单位正在落实。\n")


def test_a_bare_aspect_line_over_an_item_numbered_one_is_the_category_of_its_items():
    assert _read(parse_text(ASPECTS)) == [
        (1, "组织建设方面", "部分党支部“三会一课”落实不到位", 0), (2, "组织建设方面", "党员发展程序不规范", 0),
        (1, "资金管理方面", "专项资金拨付滞后", 0), (2, "资金管理方面", "部分项目资金闲置", 0)]


def test_an_aspect_line_over_prose_is_no_heading():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.tree import build_tree

    root = build_tree([Para("资金管理方面", 0), Para("专项资金拨付总体及时，个别项目略有滞后。", 1)])
    assert all(c.marker is None for c in root.children)


def test_the_last_problems_own_account_stays_its_measure():
    text = ASPECTS.replace("巡察整改\n巡察组针对发现的问题提出了整改要求，相关单位正在落实。\n", "已清理盘活闲置资金80万元。\n")
    assert [p.measure_count for p in parse_text(text).problems] == [0, 0, 0, 1]


# --- bullets -------------------------------------------------------------------------------------------------------------
BULLETS = ("一、总体情况\n"
           "今年以来，各单位认真落实整改要求，取得一定成效。\n"
           "二、整改中存在的问题\n"
           "但对照要求，仍存在以下问题：\n"
           "- 台账管理粗放\n"
           "- 佐证材料不全\n"
           "三、下一步措施\n"
           "为巩固整改成果，可以采取以下措施：\n"
           "- 建立月度调度机制\n"
           "- 开展整改回头看\n")


def test_bullets_after_a_lead_announcing_problems_are_problems_without_a_number():
    assert _read(parse_text(BULLETS)) == [(None, "整改中存在的问题", "台账管理粗放", 0),
                                          (None, "整改中存在的问题", "佐证材料不全", 0)]


def test_bullets_after_a_lead_announcing_measures_are_no_problems():
    text = BULLETS.replace("仍存在以下问题：", "重点做了以下工作：").replace("台账管理粗放", "完善整改台账").replace(
        "佐证材料不全", "补齐佐证材料")
    assert "完善整改台账" not in [p.title for p in parse_text(text).problems]


def test_a_short_bulleted_line_is_not_run_into_the_next_heading():
    from zhenggai.importer.parse.normalize import Para, join_broken_lines

    out = join_broken_lines([Para("- 固废贮存不规范", 0), Para("整改过程中，企业按以下步骤推进整改：", 1)], lambda t: False)
    assert [p.text for p in out] == ["- 固废贮存不规范", "整改过程中，企业按以下步骤推进整改："]
