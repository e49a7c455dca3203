"""Session 18, helper vs18 (set blind28: pingyuan, flight). Constructed texts (not copies of the set's), each rule with a
near miss it must not fire on.

- A round's public feedback, one body a numbered heading of its name alone ('一、县财政局党组') over one paragraph of ';'
  clauses: each clause is a problem, the body its category (zhenggai/importer/parse/readings.py,
  body_clause_paragraphs_candidate).
- An item numbered by a keycap emoji, kept ('1️⃣') or lost on a copy as '1??', opening a paragraph: the item number '1.'
  (zhenggai/importer/parse/normalize.py, RE_KEYCAP_NUMBER); a pinyin gloss after a stray Latin letter is dropped too.
"""
from __future__ import annotations

from tests.importer.helpers import parse_lines, problem_rows

# --- one body a heading, its problems one paragraph of ';' clauses ---------------------------------------------------
BODIES = [
    "近日，县委召开十五届县委第二轮巡察工作情况反馈会，县委巡察组向县财政局、县水务局等6个被巡察单位党组织反馈了巡察情况。"
    "现将巡察组反馈的主要问题公布如下：",
    "一、县财政局党组",
    "落实“第一议题”制度有差距；预算绩效管理不够到位；专项资金监管不力；干部队伍结构不合理；上轮巡察反馈问题整改不彻底。",
    "二、县水务局党组",
    "推进河长制工作不够有力；水利工程建设管理不规范；财务管理制度执行不严格；基层党组织建设薄弱。",
]


def test_each_body_heading_over_a_paragraph_of_clauses_gives_one_problem_per_clause_under_the_body():
    rows = problem_rows(parse_lines(BODIES))
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (None, "县财政局党组", "落实“第一议题”制度有差距", 0),
        (None, "县财政局党组", "预算绩效管理不够到位", 0),
        (None, "县财政局党组", "专项资金监管不力", 0),
        (None, "县财政局党组", "干部队伍结构不合理", 0),
        (None, "县财政局党组", "上轮巡察反馈问题整改不彻底", 0),
        (None, "县水务局党组", "推进河长制工作不够有力", 0),
        (None, "县水务局党组", "水利工程建设管理不规范", 0),
        (None, "县水务局党组", "财务管理制度执行不严格", 0),
        (None, "县水务局党组", "基层党组织建设薄弱", 0),
    ]


def test_body_headings_over_clauses_of_what_was_done_are_not_problems():
    # near miss: the same layout over what each body did (clauses of actions, no shortfall) — an account, not feedback
    lines = [BODIES[0], "一、县财政局党组",
             "召开专题会议研究整改工作；制定整改方案；建立问题清单和责任清单；开展专项资金检查。",
             "二、县水务局党组",
             "召开党组会议部署整改；完善河长制工作台账；修订财务管理制度；开展基层党组织书记培训。"]
    assert [r[2] for r in problem_rows(parse_lines(lines))] == []


def test_body_headings_over_prose_sentences_are_not_read_as_clauses():
    # near miss (blind26 putuo's layout): an unnumbered '<body>存在的主要问题:' line over prose sentences
    lines = ["经区委同意，近日，区委巡察组分别向甲镇、区交通运输局反馈了巡察意见，并提出了整改要求。",
             "甲镇党委存在的主要问题:",
             "镇党委贯彻落实上级决策部署还有差距，质效不明显。基层治理能力建设还有短板。作风建设不够扎实。",
             "区交通运输局党组存在的主要问题:",
             "局党组落实上级决策部署不够到位。工程建设管理漏洞比较多。作风建设不够扎实，履职尽责不够到位。"]
    assert problem_rows(parse_lines(lines)) == []


def test_one_body_heading_over_clauses_is_not_enough_for_a_round_feedback():
    # near miss: a single body's paragraph (the layout is a round's list of several bodies)
    assert problem_rows(parse_lines(BODIES[:3] + ["二、下一步工作", "县委巡察办将持续跟踪督促整改。"])) == []


# --- keycap emoji item numbers ---------------------------------------------------------------------------------------
KEYCAP = [
    "近日，市医保局公布了2023年度医保基金专项检查情况。检查发现具体问题如下：",
    "1??有12家医疗机构存在重复收费、超标准收费问题。",
    "2??有9家医疗机构存在串换药品、医用耗材问题。",
    "3??有7家医疗机构存在过度诊疗、过度检查问题。",
]


def test_items_numbered_by_a_lost_keycap_emoji_are_numbered_items():
    rows = problem_rows(parse_lines(KEYCAP))
    assert [(r[0], r[2]) for r in rows] == [
        (1, "有12家医疗机构存在重复收费、超标准收费问题"),
        (2, "有9家医疗机构存在串换药品、医用耗材问题"),
        (3, "有7家医疗机构存在过度诊疗、过度检查问题"),
    ]


def test_items_numbered_by_a_kept_keycap_emoji_are_numbered_items():
    lines = [KEYCAP[0]] + [x.replace("??", "\ufe0f\u20e3", 1) for x in KEYCAP[1:]]
    assert [r[0] for r in problem_rows(parse_lines(lines))] == [1, 2, 3]


def test_question_marks_after_a_number_inside_a_line_are_not_an_item_number():
    # near miss: '??' not at a paragraph's start (a garbled character after a figure) numbers nothing
    from zhenggai.importer.parse.normalize import clean_text

    assert clean_text("共检查12??家医疗机构") == "共检查12??家医疗机构"
    assert clean_text("123??有问题") == "123??有问题"
    assert clean_text("1??有问题") == "1.有问题"


def test_a_pinyin_gloss_after_a_stray_latin_letter_is_dropped_but_a_plain_bracket_is_kept():
    from zhenggai.importer.parse.normalize import clean_text

    assert clean_text("医保基金Y(jié)算") == "医保基金Y算"
    assert clean_text("附件A(one)") == "附件A(one)"


# --- tasks of the rectification, sorted by aspect, in a section naming them as tasks carried out ----------------------
TASKS = [
    "根据区委统一部署，2024年3月至5月，区委巡察组对区卫生健康局进行了巡察。2024年6月20日，巡察组向我局党组反馈了巡察意见。"
    "现将巡察整改进展情况予以公布。",
    "一、党组组织落实整改情况",
    "（一）提高思想认识抓整改。我局党组第一时间部署整改工作，召开巡察整改动员部署会。",
    "（二）压实政治责任抓整改。成立巡察整改工作领导小组，制定整改方案。",
    "二、巡察整改任务落实情况",
    "（一）关于贯彻落实上级决策部署、推进卫生健康事业发展方面",
    "1.全面学习贯彻习近平总书记关于卫生健康工作重要论述。我局组织全系统党员干部开展专题学习，召开党组理论学习中心组会议。",
    "2.推动基层医疗机构服务能力提升。我局制定了基层医疗机构能力提升方案，开展医师下乡帮扶。",
]


def test_tasks_under_an_aspect_in_a_section_of_tasks_carried_out_are_the_problems():
    rows = problem_rows(parse_lines(TASKS))
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (1, "关于贯彻落实上级决策部署、推进卫生健康事业发展方面", "全面学习贯彻习近平总书记关于卫生健康工作重要论述", 1),
        (2, "关于贯彻落实上级决策部署、推进卫生健康事业发展方面", "推动基层医疗机构服务能力提升", 1),
    ]


def test_the_same_actions_in_a_section_of_work_done_are_not_problems():
    # near miss: the section tells the work done ("整改工作开展情况"), not the tasks: its numbered actions are no problems
    lines = TASKS[:5] + ["二、整改工作开展情况"] + TASKS[6:]
    assert [r[2] for r in problem_rows(parse_lines(lines))] == []


def test_actions_under_an_aspect_that_states_a_shortcoming_are_not_read_as_tasks():
    # near miss: the aspect heading states what was wrong; the actions under it are its measures, not problems
    lines = TASKS[:6] + ["（一）关于理论学习不够深入、推动发展不够有力方面"] + TASKS[7:]
    titles = [r[2] for r in problem_rows(parse_lines(lines))]
    assert "推动基层医疗机构服务能力提升" not in titles
    assert "全面学习贯彻习近平总书记关于卫生健康工作重要论述" not in titles
