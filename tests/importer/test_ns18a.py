"""Session 18, helper ns18a (set blind26: jieyang, lnst): two layouts of an inspection's findings made public before any
rectification. Constructed texts (not copies of the set's), each rule with a near miss it must not fire on.

- An inspection's findings, '一、巡察发现的问题' → '（一）<category stating a shortcoming>' → '1.<heading sentence>。<details>':
  the sentences after an item's heading sentence say more of what was found (details), not what was done — no measures
  (zhenggai/importer/parse/levels.py, under_stated_problems: RE_CATEGORY_STATES_FAULT).
- A round's public feedback, one paragraph per body: '<body>存在的主要问题是：一是…。二是…。' — each body's 一是/二是 are its
  problems, the body their category; a paragraph the copy cut after its 一是 gives that one problem
  (zhenggai/importer/parse/readings.py, RE_BODY_PROBLEMS_OPENING, _body_paragraph_problems).
"""
from __future__ import annotations

from tests.importer.helpers import parse_lines, problem_rows, problems

# --- findings under a category that states a shortcoming: details, not measures ------------------------------------
FOUND = [
    "根据县委巡察工作统一安排，2024年3月1日至4月30日，县委第二巡察组对县水务局党组开展了巡察。",
    "一、巡察发现的问题",
    "（一）贯彻落实上级决策部署不到位，服务发展能力有待提升",
    "1.落实河长制工作不到位。部分河段巡查记录不全。水质监测频次不足，数据上报不及时。",
    "2.水利工程建设管理有短板。在建项目验收滞后；工程资料归档不规范，审批手续不全。",
    "（二）全面从严治党责任落实不够，作风建设有待加强",
    "1.廉政风险防控不严。公务用车管理不规范；个别干部考勤流于形式。",
]


def test_items_under_a_category_stating_a_shortcoming_in_found_problems_have_no_measures():
    rows = problem_rows(parse_lines(FOUND))
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (1, "贯彻落实上级决策部署不到位，服务发展能力有待提升", "落实河长制工作不到位", 0),
        (1 + 1, "贯彻落实上级决策部署不到位，服务发展能力有待提升", "水利工程建设管理有短板", 0),
        (1, "全面从严治党责任落实不够，作风建设有待加强", "廉政风险防控不严", 0),
    ]


def test_the_same_items_in_a_section_of_what_was_done_keep_their_account_as_a_measure():
    # near miss: the section is the rectification's account ("二、整改落实情况"), so what follows each heading
    # sentence is what was done about it
    lines = [FOUND[0], "二、整改落实情况", FOUND[2],
             "1.落实河长制工作不到位。已建立河段巡查台账，每月通报巡查情况。",
             "2.水利工程建设管理有短板。已完成全部项目验收，资料统一归档。"]
    rows = problem_rows(parse_lines(lines))
    assert [(r[2], r[4]) for r in rows] == [("落实河长制工作不到位", 1), ("水利工程建设管理有短板", 1)]


# --- a round's feedback, one paragraph per body ----------------------------------------------------------------------
ROUND = [
    "按照县委工作安排，2024年4月10日至6月20日，十四届县委第五轮巡察派出2个巡察组，分别对县财政局党组、县文旅局党组、"
    "城关镇党委开展了常规巡察。日前，县委巡察组已分别向被巡察党组织反馈了巡察情况。现向社会公开巡察反馈情况。",
    "县财政局党组存在的主要问题是：一是落实预算绩效管理要求不到位，资金使用效益不高。二是廉政风险防控存在薄弱环节。",
    "县文旅局党组存在的主要问题是：一是服务文旅融合发展的举措不多，项目推进缓慢。二是意识形态工作责任制落实不够有力。"
    "三是干部队伍建设有短板。",
    "城关镇党委存在的主要问题是：一是基层治理能力建设滞后于群众",
]


def test_each_body_paragraph_of_a_round_feedback_lists_its_own_problems_under_the_body():
    rows = problem_rows(parse_lines(ROUND))
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("县财政局党组", "落实预算绩效管理要求不到位，资金使用效益不高", 0),
        ("县财政局党组", "廉政风险防控存在薄弱环节", 0),
        ("县文旅局党组", "服务文旅融合发展的举措不多，项目推进缓慢", 0),
        ("县文旅局党组", "意识形态工作责任制落实不够有力", 0),
        ("县文旅局党组", "干部队伍建设有短板", 0),
        ("城关镇党委", "基层治理能力建设滞后于群众", 0),  # the copy cut after its 一是: the one problem as printed
    ]
    assert [r[0] for r in rows] == [1, 2, 1, 2, 3, 1]  # the printed 一是/二是 (the schema's printed number)


def test_a_body_named_over_unnumbered_prose_lists_no_problems():
    # near miss: the body's findings are sentences under a line of their own, with no 一是 (a feedback made public in
    # prose, not a problem list)
    lines = [ROUND[0],
             "县财政局党组存在的主要问题：",
             "局党组落实预算绩效管理要求不到位。廉政风险防控存在薄弱环节。干部队伍建设有短板。",
             "县文旅局党组存在的主要问题：",
             "局党组服务文旅融合发展的举措不多。意识形态工作责任制落实不够有力。"]
    assert problems("\n".join(lines)) == []


def test_a_later_paragraph_that_does_not_open_on_a_body_adds_nothing():
    # near miss: after the bodies' paragraphs, the feedback's demands run 一是/二是 too; they are not problems
    lines = [ROUND[0], ROUND[1], ROUND[2],
             "反馈要求，被巡察党组织要：一是提高政治站位，认真抓好整改。二是建立整改台账，逐项对账销号。"]
    rows = problem_rows(parse_lines(lines))
    assert [(r[1], r[2]) for r in rows] == [
        ("县财政局党组", "落实预算绩效管理要求不到位，资金使用效益不高"),
        ("县财政局党组", "廉政风险防控存在薄弱环节"),
        ("县文旅局党组", "服务文旅融合发展的举措不多，项目推进缓慢"),
        ("县文旅局党组", "意识形态工作责任制落实不够有力"),
        ("县文旅局党组", "干部队伍建设有短板"),
    ]


def test_a_lead_that_names_no_body_gives_no_category():
    # near miss: "工作中存在的主要问题是：" names no body; its items are read as before, with no category
    lines = ["某县审计局开展了自查。", "工作中存在的主要问题是：一是审计计划执行不到位。二是审计档案管理不规范。"]
    assert [p.category for p in problems("\n".join(lines))] in ([], [None, None])


def test_a_lone_body_paragraph_keeps_its_items_without_a_category():
    # near miss: one body's paragraph and no other body after it is not a round's per-body feedback: its items are
    # read as before, with no category
    lines = [ROUND[0], ROUND[1], "反馈要求，被巡察党组织要认真抓好整改。"]
    assert [(p.category, p.title) for p in problems("\n".join(lines))] == [
        (None, "落实预算绩效管理要求不到位，资金使用效益不高"), (None, "廉政风险防控存在薄弱环节")]


def test_body_paragraphs_numbered_1_2_are_read_as_their_one_shi_are():
    lines = [ROUND[0],
             "县财政局党组存在的主要问题是：1.落实预算绩效管理要求不到位。2.廉政风险防控存在薄弱环节。",
             "县文旅局党组存在的主要问题是：1.意识形态工作责任制落实不够有力。2.干部队伍建设有短板。"]
    assert [(p.seq, p.category, p.title) for p in problems("\n".join(lines))] == [
        (1, "县财政局党组", "落实预算绩效管理要求不到位"), (2, "县财政局党组", "廉政风险防控存在薄弱环节"),
        (1, "县文旅局党组", "意识形态工作责任制落实不够有力"), (2, "县文旅局党组", "干部队伍建设有短板")]
