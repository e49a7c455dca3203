"""A 巡察 feedback's areas run into their 一是/二是 items (session 20, helper gs20, against the round set blind38):
constructed texts, each rule with positive cases and a near miss.

Rules:
- A 巡察/巡视 feedback (its lead says the feedback was given) whose area headings "（一）…有差距。" run straight into their
  "一是…。如，…。二是…" in one paragraph, or stand alone on their line over one paragraph "一是…二是…": each item is a
  problem — seq the printed number counting from 1 under each area (R76a), titled by the whole item with its 如/又如
  examples (R88), the area its category (structure._inline_area_items in _feedback_areas_opened). Every item must state
  a fault in its first sentence and tell nothing done; the same shape in a self-check with no feedback lead, or areas
  answered by "一是加强…二是建立…", stays as it was (the heading the problem).
- A check's news item that praises, then says after "但" that problems remain and gives one example after "如": the
  example is the one problem (readings.one_example_finding_candidate); the same sentence with no check named, or a
  remaining-problems sentence with no example, names none.
- Exposure cards "一、<shop>" / "存在问题:" / <finding> / "整改措施:…" (the label alone on its line, what was found on the
  next): the finding is the problem and the shop named its unit (structure._one_finding_line, RE_SHOP_NAMED); a card
  headed by a place visited (某社区) gets no unit.
- A 督察's typical cases as news copies print them, a heading line naming the case over one paragraph "2024年5月,…督察组
  督察某省发现,…": one problem per heading, titled by it, a last heading the copy cuts kept
  (readings.case_headings_candidate); headings over paragraphs that are no finding (a work account) are none.
- A 问政/曝光 follow-up naming one exposed problem with its body ("某镇…问题在问政节目中曝光后,该镇…"): one problem, the
  body its unit, done when "目前…整改到位" (readings.exposed_followup_candidate); problems exposed at large name none.
- A heading naming problems over one paragraph of "关于X。<bureau>(牵头)负责,…" items (a speech's problems in hand): one
  problem per item, the bureau its unit, the heading its category (structure._about_items_opened); "关于" items with no
  bureau charged stay as they were.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text

LEAD = ("按照县委巡察工作领导小组统一部署，2025年3月1日至4月10日，县委第二巡察组对县教育局党组开展了常规巡察。"
        "2025年5月8日，巡察组向县教育局党组反馈了巡察意见。现将巡察反馈问题公示如下：")


def _read(text):
    r = parse_text(text)
    return [(p.seq, p.category, p.title) for p in r.problems]


def test_feedback_areas_run_into_their_items_read_each_item_as_a_problem():
    text = "\n".join([
        LEAD,
        "一、巡察发现的主要问题",
        "（一）落实上级决策部署有偏差。一是学习贯彻上级精神不深入。如，2024年有3次党组会未安排专题学习。又如，"
        "学习笔记流于形式。二是履行主体责任不到位。存在压力传导逐级递减等问题。三是课后服务政策执行不规范。"
        "如，部分学校收费标准未经公示。",
        "（二）干部队伍建设有短板。一是选人用人程序不严格。如，2023年2名干部提拔前未考察到位。二是年轻干部培养不足。",
    ])
    got = _read(text)
    assert [(s, c) for s, c, _ in got] == [(1, "落实上级决策部署有偏差"), (2, "落实上级决策部署有偏差"),
                                           (3, "落实上级决策部署有偏差"), (1, "干部队伍建设有短板"),
                                           (2, "干部队伍建设有短板")]
    assert got[0][2] == "学习贯彻上级精神不深入。如，2024年有3次党组会未安排专题学习。又如，学习笔记流于形式"
    assert got[4][2] == "年轻干部培养不足"


def test_area_heading_on_its_own_line_over_inline_items_reads_the_items():
    text = "\n".join([
        LEAD,
        "（一）落实上级决策部署有偏差",
        "一是学习贯彻上级精神不深入。如，2024年有3次党组会未安排专题学习。二是履行主体责任不到位。",
        "（二）干部队伍建设有短板",
        "一是选人用人程序不严格。二是年轻干部培养不足，梯队建设滞后。",
    ])
    got = _read(text)
    assert [t for _, _, t in got] == ["学习贯彻上级精神不深入。如，2024年有3次党组会未安排专题学习", "履行主体责任不到位",
                                      "选人用人程序不严格", "年轻干部培养不足，梯队建设滞后"]
    assert [s for s, _, _ in got] == [1, 2, 1, 2]


def test_top_level_areas_run_into_their_items_read_the_items():
    text = "\n".join([
        "县委第三巡察组于2025年6月16日向县卫健局党组反馈了巡察意见。巡察发现的主要问题如下：",
        "一、贯彻落实党的卫生健康工作方针有差距。一是基层医疗服务能力建设滞后。如，5个乡镇卫生院未配备全科医生。"
        "二是医保基金监管不严。",
        "二、全面从严治党责任落实不到位。一是监督责任虚化。二是作风建设存在薄弱环节，违规发放补贴问题时有发生。",
    ])
    got = _read(text)
    assert [(s, c) for s, c, _ in got] == [(1, "贯彻落实党的卫生健康工作方针有差距"), (2, "贯彻落实党的卫生健康工作方针有差距"),
                                           (1, "全面从严治党责任落实不到位"), (2, "全面从严治党责任落实不到位")]
    assert got[0][2] == "基层医疗服务能力建设滞后。如，5个乡镇卫生院未配备全科医生"


def test_feedback_items_one_a_paragraph_still_read_by_their_first_sentence():
    text = "\n".join([
        LEAD,
        "（一）落实上级决策部署有偏差",
        "一是学习贯彻上级精神不深入。如，2024年有3次党组会未安排专题学习。",
        "二是履行主体责任不到位。存在压力传导逐级递减等问题。",
        "（二）干部队伍建设有短板",
        "一是选人用人程序不严格。",
        "二是年轻干部培养不足。",
    ])
    got = _read(text)
    assert [(s, t) for s, _, t in got] == [(1, "学习贯彻上级精神不深入"), (2, "履行主体责任不到位"),
                                           (1, "选人用人程序不严格"), (2, "年轻干部培养不足")]


def test_self_check_headings_run_into_their_signs_stay_the_problems():
    # near miss: no feedback told in the lead — a body's own list, its headings the problems and 一是… their signs
    text = "\n".join([
        "对照检查发现，我局在以下方面存在问题：",
        "（一）落实上级决策部署有偏差。一是学习贯彻上级精神不深入。二是履行主体责任不到位。",
        "（二）干部队伍建设有短板。一是选人用人程序不严格。二是年轻干部培养不足。",
    ])
    got = _read(text)
    assert [t for _, _, t in got] == ["落实上级决策部署有偏差", "干部队伍建设有短板"]


def test_feedback_areas_answered_by_measures_stay_as_they_are():
    # near miss: a feedback's areas run into what will be done about them ("一是加强…二是建立…"): no problems in items
    text = "\n".join([
        LEAD,
        "（一）落实上级决策部署有偏差。一是加强理论学习，每月开展专题学习。二是建立责任清单，压实主体责任。",
        "（二）干部队伍建设有短板。一是规范选人用人程序。二是加强年轻干部培养。",
    ])
    got = _read(text)
    assert [t for _, _, t in got] == ["落实上级决策部署有偏差", "干部队伍建设有短板"]


def test_a_check_naming_one_example_after_but_reads_that_example():
    text = "\n".join([
        "近日，某镇卫生院开展院内感染防控专项检查，检查各科室消毒隔离落实情况。从检查结果看，大部分科室消毒记录完整。"
        "但仍存在个别问题整改不彻底的情况，如治疗室医疗废物未及时转运，垃圾桶未加盖。",
        "卫生院已将检查结果通报各科室，要求立即整改。",
    ])
    assert [t for _, _, t in _read(text)] == ["治疗室医疗废物未及时转运，垃圾桶未加盖"]


def test_a_remaining_problems_sentence_without_a_check_or_an_example_names_none():
    # near miss: a work summary (no check named) and a check that names no example
    summary = "今年以来，我院持续加强院内感染防控工作，取得一定成效。但仍存在一些薄弱环节，如培训覆盖面不足。"
    assert _read(summary) == []
    no_example = "近日，某镇卫生院开展专项检查。大部分科室消毒记录完整，但仍存在个别问题整改不彻底的情况。"
    assert _read(no_example) == []


def test_exposure_cards_with_the_finding_label_alone_on_its_line_read_the_finding_and_the_shop():
    text = "\n".join([
        "近期检查中发现部分单位存在消防安全隐患，现曝光如下：",
        "一、某县城关镇好运来火锅店", "存在问题:", "厨房灭火器过期失效", "整改措施:责令限期整改",
        "二、某县城关镇利民超市", "存在问题:", "仓库内私拉乱接电线", "整改措施:责令限期整改",
        "编辑:王明",
    ])
    r = parse_text(text)
    assert [(p.seq, p.title, p.responsible_units) for p in r.problems] == [
        (1, "厨房灭火器过期失效", ["某县城关镇好运来火锅店"]), (2, "仓库内私拉乱接电线", ["某县城关镇利民超市"])]


def test_cards_headed_by_a_place_visited_name_no_unit():
    # near miss: the heading is a place visited, not a body charged
    text = "\n".join([
        "近期检查中发现部分点位存在环境卫生问题，现曝光如下：",
        "一、城关镇东街社区", "存在问题:", "背街小巷垃圾堆积", "整改措施:责令限期整改",
        "二、城关镇西街社区", "存在问题:", "绿化带内杂物乱堆", "整改措施:责令限期整改",
    ])
    r = parse_text(text)
    assert [(p.title, p.responsible_units) for p in r.problems] == [("背街小巷垃圾堆积", []), ("绿化带内杂物乱堆", [])]


def test_case_headings_each_over_what_the_inspectors_found_are_the_problems():
    text = "\n".join([
        "生态环境督察通报一批典型案例",
        "督察组查实了一批突出生态环境问题，现对3个典型案例进行公开通报。",
        "甲省部分地方水污染治理不力",
        "2025年4月，第二生态环境保护督察组督察甲省发现，部分县城污水收集管网建设滞后，生活污水直排问题突出。",
        "乙省一些地方矿山生态修复推进缓慢",
        "2025年4月，第三生态环境保护督察组督察乙省发现，一些废弃矿山修复工作进展缓慢，水土流失严重。",
        "丙省部分城市空气质量出现反弹",
        "20",
    ])
    assert [t for _, _, t in _read(text)] == ["甲省部分地方水污染治理不力", "乙省一些地方矿山生态修复推进缓慢",
                                              "丙省部分城市空气质量出现反弹"]


def test_headings_over_an_account_of_work_are_no_cases():
    # near miss: headings over what a body did, no team's finding
    text = "\n".join([
        "我市生态环境保护工作取得新进展",
        "甲区水污染治理成效明显",
        "2025年4月，甲区完成污水管网改造12公里，生活污水收集率明显提高。",
        "乙区矿山生态修复稳步推进",
        "2025年4月，乙区完成3座废弃矿山修复，新增绿化面积200亩。",
    ])
    assert _read(text) == []


def test_a_followup_on_one_exposed_problem_reads_it_with_its_body_and_state():
    text = ("【问政追踪】城南镇：立行立改 2024-05-10 本台讯 城南镇集贸市场周边污水横流、垃圾乱堆问题在电视问政节目中曝光后，"
            "该镇立即召开专题会议研究整改。记者近日回访看到，市场周边干净整洁。据镇负责人介绍，目前曝光的问题已整改到位。")
    r = parse_text(text)
    assert [(p.title, p.responsible_units, p.status) for p in r.problems] == [
        ("集贸市场周边污水横流、垃圾乱堆", ["城南镇"], "done")]


def test_problems_exposed_at_large_name_no_problem():
    # near miss: no body and no fault named with the exposure
    text = ("本台讯 电视问政节目播出以来，各地各部门高度重视，节目中曝光的问题在播出后得到积极回应。"
            "目前，相关单位正在抓紧整改。")
    assert _read(text) == []


def test_about_items_each_charged_to_a_bureau_under_a_problems_heading_are_the_problems():
    text = "\n".join([
        "上半年全县环境质量总体稳定，省环保督察移交的问题已基本整改。",
        "二、当前我县突出环境问题",
        "关于城区餐饮油烟整治。县市场监管局牵头负责，所有餐饮店必须安装油烟净化设施。关于畜禽养殖污染问题。"
        "县农业农村局负责，要严格落实禁养区规定。关于建筑工地扬尘管控。县住建局牵头负责，工地必须做到六个百分之百。",
    ])
    got = _read(text)
    assert [(c, t) for _, c, t in got] == [("当前我县突出环境问题", "城区餐饮油烟整治"),
                                           ("当前我县突出环境问题", "畜禽养殖污染问题"),
                                           ("当前我县突出环境问题", "建筑工地扬尘管控")]
    r = parse_text(text)
    assert [p.responsible_units for p in r.problems] == [["县市场监管局"], ["县农业农村局"], ["县住建局"]]


def test_about_items_with_no_bureau_charged_stay_as_they_were():
    # near miss: "关于X。" sentences telling what was done, no bureau charged right after
    text = "\n".join([
        "上半年全县环境质量总体稳定，省环保督察移交的问题已基本整改。",
        "二、当前我县突出环境问题",
        "关于城区餐饮油烟整治。今年共检查餐饮店120家。关于畜禽养殖污染问题。已关闭养殖场3家。",
    ])
    assert [t for _, _, t in _read(text)] != ["城区餐饮油烟整治", "畜禽养殖污染问题"]


def test_a_xunshi_feedback_with_items_apart_by_semicolons_reads_the_items():
    text = "\n".join([
        "2025年3月12日，省委第五巡视组向某市委反馈了巡视情况。巡视发现的主要问题：",
        "（一）落实全面从严治党责任有差距。一是主体责任落实不到位，党委专题研究不够；二是监督执纪偏松偏软，"
        "如，2024年问责人数同比下降；三是基层党组织建设薄弱。",
        "（二）选人用人工作不够规范。一是干部选拔程序执行不严格；二是干部监督管理缺位。",
    ])
    got = _read(text)
    assert [(s, c, t) for s, c, t in got] == [
        (1, "落实全面从严治党责任有差距", "主体责任落实不到位，党委专题研究不够"),
        (2, "落实全面从严治党责任有差距", "监督执纪偏松偏软，如，2024年问责人数同比下降"),
        (3, "落实全面从严治党责任有差距", "基层党组织建设薄弱"),
        (1, "选人用人工作不够规范", "干部选拔程序执行不严格"),
        (2, "选人用人工作不够规范", "干部监督管理缺位"),
    ]
