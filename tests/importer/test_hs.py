"""Problem lists of set H's families (session 16 round 2, helper hs): each rule a sentence about how real documents are
written, with a constructed text it reads right and a near miss it must leave alone."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text

from tests.importer.helpers import problems as _problems


# --- a check notice hands its problems down one by one: "现将督办问题逐村通报如下：" ------------------------------------

NOTIFIED = "\n".join([
    "城乡环境卫生暗访通报",
    "9月3日，县整治办对部分乡镇开展暗访，共检查10个村，其中4个村存在垃圾清运不及时等问题，现将督办问题逐村通报如下：",
    "1、东岭镇前屯村，村口桥下有建筑垃圾；",
    "2、东岭镇后屯村，小学东侧沟渠内漂浮垃圾；",
    "3、西河乡三里村，村委会南墙外柴草乱堆放。",
])


def test_items_after_a_lead_handing_down_the_problems_found_are_read_as_problems():
    ps = _problems(NOTIFIED)
    assert [p.seq for p in ps] == [1, 2, 3]
    assert ps[0].title.startswith("东岭镇前屯村") and "建筑垃圾" in ps[0].title
    assert all(p.measure_count == 0 for p in ps)


def test_items_after_a_lead_notifying_how_problems_were_rectified_are_not_read_by_that_lead():
    from zhenggai.importer.parse.levels import stated_problems_lead

    assert stated_problems_lead("现将督办问题逐村通报如下：")
    assert stated_problems_lead("现重点将督办的问题乡村通报如下:")
    assert not stated_problems_lead("现将问题整改情况通报如下：")
    assert not stated_problems_lead("现将有关情况通报如下：")


# --- a check table pasted one cell per line: the findings numbered inside each unit's 问题清单 cell ------------------

TABLE = "\n".join([
    "学校食堂专项检查发现问题汇总表",
    "检查日期", "被检查单位", "发现问题个数", "问题清单", "整改时限",
    "2024.5.8", "城关第一小学", "3",
    "1.留样柜温度不达标。", "2.从业人员健康证过期。", "3.消毒记录不全。",
    "10",
    "2024.5.8", "城关中学", "2",
    "1.仓库食品离地离墙不足。", "2.防蝇设施破损。",
    "10",
])


def test_each_numbered_finding_in_a_pasted_check_table_is_a_problem_of_its_rows_unit():
    ps = _problems(TABLE)
    assert [p.seq for p in ps] == [1, 2, 3, 1, 2]
    assert ps[0].title == "留样柜温度不达标" and ps[0].responsible_units == ["城关第一小学"]
    assert ps[4].title == "防蝇设施破损" and ps[4].responsible_units == ["城关中学"]
    assert all(p.measure_count == 0 for p in ps)


def test_cells_without_a_column_of_problems_are_not_read_as_a_check_table():
    from zhenggai.importer.parse.readings import check_table_candidate

    lines = list(enumerate(["培训安排表", "日期", "单位名称", "人数", "课程", "2024.5.8", "城关中学", "30",
                            "1.食品安全法规。", "2.操作规范。"]))
    assert check_table_candidate(lines) is None


# --- a general finding ("部分…不到位。") going on with its signs in the same paragraph is titled whole -------------------

SIGNS = "\n".join([
    "全市燃气安全检查情况通报",
    "一、检查发现的问题",
    "1、部分餐饮单位燃气管理不到位。软管老化开裂，未安装熄火保护装置，钢瓶与灶具间距不足。",
    "2、个别经营场所应急处置能力不足。员工不会使用灭火器，应急预案缺失。",
])


def test_a_general_finding_going_on_with_its_signs_is_titled_whole_without_measures():
    ps = _problems(SIGNS)
    assert [p.seq for p in ps] == [1, 2]
    assert ps[0].title.startswith("部分餐饮单位燃气管理不到位。软管老化开裂")
    assert all(p.measure_count == 0 for p in ps)


def test_a_general_finding_followed_by_what_was_done_keeps_its_first_sentence_as_title():
    from zhenggai.importer.parse.titles import split_heading

    title, rest, _ = split_heading("部分餐饮单位燃气管理不到位。已督促更换老化软管，安装熄火保护装置。", False)
    assert title == "部分餐饮单位燃气管理不到位" and rest.startswith("已督促")
    title, rest, _ = split_heading("网格划分与支部覆盖错位。成因：网格调整时未同步优化党组织设置。", False)
    assert title == "网格划分与支部覆盖错位"  # (no general subject, and a labelled cause)


# --- the problems found, grouped under the place they were found in ("（一）东城街道（3个）") ---------------------------

GROUPED = "\n".join([
    "关于文明城市创建工作的督查通报",
    "一、督查情况",
    "本次督查共发现问题5个。",
    "二、存在问题",
    "（一）东城街道（3个）",
    "1.幸福小区门口垃圾桶满溢。",
    "2.和平路公益广告破损。",
    "3.农贸市场占道经营。",
    "（二）西城街道（2个）",
    "1.建设路背街小巷杂物乱堆。",
    "2.光明小区车辆乱停乱放。",
])


def test_items_under_place_groups_of_the_problems_found_are_the_problems_with_the_group_as_category():
    # (s24: the group's count note is dropped — C1 settled by the lead, CONVENTIONS §3.1)
    ps = _problems(GROUPED)
    assert [p.seq for p in ps] == [1, 2, 3, 1, 2]
    # (s24, C1 settled: the group's count note is dropped, a place's group too; was "东城街道（3个）")
    assert ps[0].title == "幸福小区门口垃圾桶满溢" and ps[0].category == "东城街道"
    assert ps[4].category == "西城街道"


def test_a_labels_count_note_is_still_dropped_from_the_category():
    text = "\n".join(["整改情况通报", "二、存在问题", "（一）学习研讨方面（2条）", "1.学习不深入，研讨流于形式。", "2.调研不够，联系群众少。"])
    ps = _problems(text)
    assert ps and all(p.category == "学习研讨方面" for p in ps)


# --- findings each closed by the unit charged with them and its deadline ----------------------------------------------

CLOSED = ("近日县创卫办对部分小区进行督查，发现哪些问题呢？1.楼道杂物堆放；2.垃圾桶未加盖。 整改责任单位：县住建局 "
          "整改时限：2023年6月30日前 1.门前三包落实不到位。 整改责任单位：县市场监管局 整改时限：2023年6月30日前 "
          "后厨地面油污较重，防鼠设施缺失。 整改责任单位：县市场监管局 整改时限：2023年6月30日前")

BULLETS = "\n".join([
    "● 城东农贸市场水产区脏乱差，三防设施不到位。",
    "(主体责任：城东市场管理处，监督责任：区市场监管局)",
    "● 人民广场周边占道经营现象突出。",
    "(主体责任：城关街道办事处，监督责任：区城管局)",
])


def test_findings_closed_by_their_group_unit_and_deadline_are_problems_of_that_unit():
    ps = _problems(CLOSED)
    assert [p.seq for p in ps] == [1, 2, 1, None]
    assert ps[0].title == "楼道杂物堆放" and ps[0].responsible_units == ["县住建局"]
    assert ps[0].deadline == "2023年6月30日前"
    assert ps[3].title.startswith("后厨地面油污较重") and ps[3].responsible_units == ["县市场监管局"]


def test_a_bullet_closed_by_its_duties_is_charged_to_the_body_that_rectifies_not_the_supervisor():
    ps = _problems(BULLETS)
    assert len(ps) == 2
    assert ps[0].responsible_units == ["城东市场管理处"] and ps[1].responsible_units == ["城关街道办事处"]


def test_a_plan_whose_items_carry_measures_is_not_read_as_findings_closed_by_units():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.readings import duty_closed_candidate

    plan = ["1.学习制度落实不到位。整改措施：完善学习制度。责任单位：办公室 整改时限：2023年6月底",
            "2.调研不够深入。整改措施：建立联系点。责任单位：党建办 整改时限：2023年9月底"]
    assert duty_closed_candidate([Para(t, k) for k, t in enumerate(plan)]) is None


# --- exposure cards: one problem a card, its number from the header, its unit the body in charge -----------------------

CARD = "\n".join([
    "我局对突出生态环境问题进行公开曝光，希望被曝光单位确保整改到位。",
    "【5月8日 问题三】",
    "【点位名称】滨江路施工工地",
    "【主管单位】区住建局",
    "【存在问题】",
    "工地出入口未设置车辆冲洗设施，道路污染严重。",
    "【整改要求】",
    "立即设置冲洗设施，及时清扫路面。",
    "【整改期限】5月10日前",
    "请区住建局开展现场调查，并将处理情况报告。",
])


def test_an_exposure_card_is_one_problem_with_its_number_unit_and_deadline_and_no_measure():
    ps = _problems(CARD)
    assert len(ps) == 1
    p = ps[0]
    assert p.seq == 3 and p.title == "工地出入口未设置车辆冲洗设施，道路污染严重"
    assert p.responsible_units == ["区住建局"] and p.deadline == "5月10日前" and p.measure_count == 0


def test_a_card_without_a_body_in_charge_is_charged_to_the_body_asked_to_act():
    ps = _problems(CARD.replace("【主管单位】区住建局\n", "").replace("请区住建局", "请滨江街道"))
    assert ps and ps[0].responsible_units == ["滨江街道"]


def test_bracketed_headings_without_a_statement_field_are_not_read_as_cards():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.readings import exposure_cards_candidate

    news = ["【工作动态】", "我县召开环境整治推进会。", "【整改要求】", "各乡镇要高度重视。"]
    assert exposure_cards_candidate([Para(t, k) for k, t in enumerate(news)]) is None


# --- a preview running a list of quoted feedback items together ------------------------------------------------------

PREVIEW = "\n".join([
    "上传人:ab**1 文档编号:1234 格式:DOCX 页数:20",
    "资源描述",
    "某省督察反馈意见整改进展清单一、关于“第一轮督察反馈指出，某市垃圾填埋场渗滤液长期超标排放。”整改进展情况：已经完成。 "
    "1.新建渗滤液处理站一座。 2.委托第三方每月监测。 二、关于“第一轮督察反馈指出，部分县城黑臭水体治理滞后。”"
    "整改进展情况：达到序时进度，持续推进。1.完成截污管网建设12公里。",
    "某省督察反馈意见整改进展清单_第2页",
    "2.开展清淤疏浚。三、关于“第一轮督察反馈指出，矿山生态修复进展缓慢。”整改进展情况：已经完成，长期坚持。 1.修复矿山30座。",
])


def test_quoted_feedback_items_run_together_in_a_preview_are_one_problem_each_with_their_states():
    ps = _problems(PREVIEW)
    assert [p.seq for p in ps] == [1, 2, 3]
    assert ps[0].title == "第一轮督察反馈指出，某市垃圾填埋场渗滤液长期超标排放"
    assert [p.status for p in ps] == ["done", "in_progress", "long_term"]
    assert ps[0].measure_count == 2 and ps[2].measure_count == 1


def test_a_single_quoted_about_phrase_inside_prose_is_not_split_out():
    from zhenggai.importer.parse.normalize import Para, split_quoted_items

    paras = [Para("会议强调，一、关于“放管服”改革要持续深化。", 0), Para("其他工作照常推进。", 1)]
    out, changed = split_quoted_items(paras)
    assert not changed and [p.text for p in out] == [p.text for p in paras]


# --- "对反馈指出的“…”问题，…": a problem named as the object of what was done is no one-task statement --------------------

ORGANISING = "\n".join([
    "某局党组书记组织落实巡察整改工作情况的报告",
    "一、压实整改责任",
    "巡察反馈会后，我第一时间主持召开党组会议，成立整改工作领导小组。",
    "二、细化推进措施",
    "针对反馈的3个方面12个问题，制定整改措施40条。其中，对反馈指出的“项目资金管理不规范”问题，由本人牵头逐一复核。",
    "三、强化跟踪督办",
    "截至目前，12个问题已完成整改10个。",
])


def test_a_problem_named_as_the_object_of_what_the_leader_did_is_not_read_as_the_notices_one_task():
    assert _problems(ORGANISING) == []


def test_a_feedback_item_said_after_its_verb_is_still_the_notices_one_problem():
    text = "\n".join(["某县反馈问题第3项整改情况", "第一轮督察反馈指出，某县城区污水管网建设滞后。",
                      "对此，某县新建污水管网12公里。", "经验收，该问题已完成整改。"])
    ps = _problems(text)
    assert len(ps) == 1 and ps[0].title.startswith("某县城区污水管网建设滞后")


# --- one feedback item in the news: its bracketed units and deadline, and "对此，某县一是…" ---------------------------------

NEWS_ITEM = "\n".join([
    "某县第一轮督察反馈问题第5项通过验收销号",
    "第一轮督察反馈指出，某县工业园区污水处理厂超负荷运行，出水不能稳定达标。（责任单位：县住建局、县工信局；整改时限：2021年6月底）",
    "对此，某县一是新建污水处理厂二期工程；二是完成园区管网雨污分流改造；三是实施在线监控。",
    "验收组认为该问题已完成整改，同意销号。",
])


def test_one_feedback_item_takes_its_bracketed_units_and_deadline_and_the_measures_after_a_named_subject():
    ps = _problems(NEWS_ITEM)
    assert len(ps) == 1
    p = ps[0]
    assert p.responsible_units == ["县住建局", "县工信局"] and p.deadline == "2021年6月底"
    assert p.measure_count == 3


def test_a_numeral_inside_a_word_after_a_name_is_not_an_item():
    from zhenggai.importer.parse.numbering import find_xs_items

    assert find_xs_items("对此，某县统一是非标准。") == []


# --- a wrapped item heading whose number was lost among numbered ones -----------------------------------------------

LOST_NUMBER = "\n".join([
    "某医院关于巡察整改进展情况的通报",
    "（一）在“党的领导弱化”方面",
    "1.关于“议事规则不健全”问题的整改",
    "（1）修订议事规则。",
    "（2）建立会前沟通制度。",
    "关于“决策程序不规范”问题的整改",
    "（1）开展决策事项自查。",
    "3.关于“学科建设滞后”问题的整改",
    "（1）制定学科建设规划。",
])


def test_a_wrapped_item_heading_without_its_number_among_numbered_ones_is_a_problem_without_seq():
    ps = _problems(LOST_NUMBER)
    assert [p.seq for p in ps] == [1, None, 3]
    assert ps[1].title == "决策程序不规范" and ps[1].measure_count == 1


def test_a_wrapped_line_without_numbered_siblings_stays_body_text():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.tree import build_tree

    lines = ["一、整改措施", "关于“议事规则不健全”问题的整改", "修订议事规则，建立会前沟通制度。"]
    root = build_tree([Para(t, k) for k, t in enumerate(lines)])
    wrapped = next(n for n in root.walk() if n.para is not None and n.para.text.startswith("关于"))
    assert wrapped.marker is None


# --- findings told one a line after "检查发现，", closed by "以上问题"; a visit story one village a paragraph; one body a
# sentence ------------------------------------------------------------------------------------------------------------

ONE_A_LINE = "\n".join([
    "县人居环境办近日对城关镇开展暗访检查。",
    "检查发现，东关村村口有建筑垃圾。",
    "西关村河道内漂浮垃圾。",
    "南关村路边柴草乱堆。",
    "现对以上问题公开曝光，提醒城关镇和有关村居抓紧整改。",
])


def test_findings_one_a_line_after_jiancha_faxian_closed_by_the_above_problems_are_problems_of_the_reminded_body():
    ps = _problems(ONE_A_LINE)
    assert [p.title for p in ps] == ["东关村村口有建筑垃圾", "西关村河道内漂浮垃圾", "南关村路边柴草乱堆"]
    assert all(p.seq is None and p.responsible_units == ["城关镇"] for p in ps)



def test_an_unnumbered_problem_without_measures_is_warned_of_without_a_number():
    messages = [a.message_zh for a in parse_text(ONE_A_LINE).anomalies]
    warned = [m for m in messages if "下没有找到整改措施" in m]
    assert warned and all("None" not in m for m in warned)
    assert any(m.startswith("问题“东关村村口有建筑垃圾") for m in warned)

def test_lines_after_jiancha_faxian_without_a_closing_on_them_are_not_read_so():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.readings import unnumbered_findings_candidate

    lines = ["检查发现，各村环境整体较好。", "群众满意度较高。", "下一步将继续巩固。"]
    assert unnumbered_findings_candidate([Para(t, k) for k, t in enumerate(lines)]) is None


VISITS = "\n".join([
    "3月2日，县暗访组暗访了部分村庄。",
    "上午9时，暗访组来到东乡甲村，发现村内道路旁杂物乱堆，沟渠内有生活垃圾。",
    "随后暗访组来到东乡乙村，看到河道内遍布垃圾。据村民介绍，保洁员很少来。",
    "上午11时，暗访组在西乡丙村看到，这里的整治情况比较彻底，村容整洁。",
])


def test_a_visit_story_gives_one_problem_a_village_titled_by_what_was_found():
    ps = _problems(VISITS)
    assert [p.title for p in ps] == ["村内道路旁杂物乱堆，沟渠内有生活垃圾", "河道内遍布垃圾"]


BODIES = ("检查中，消防人员发现城东幼儿园存在疏散指示灯故障;楼道堆放杂物等消防隐患。城西小学存在消防通道被占用;"
          "灭火器过期等问题。针对检查发现的问题，当场下发责令限期改正通知书。")


def test_one_sentence_a_body_with_its_hazards_is_one_problem_of_that_body():
    ps = _problems("消防安全检查曝光\n" + BODIES)
    assert [p.responsible_units for p in ps] == [["城东幼儿园"], ["城西小学"]]
    assert ps[0].title == "城东幼儿园存在疏散指示灯故障;楼道堆放杂物等消防隐患"


# --- one place a paragraph, its unit named in prose ------------------------------------------------------------------

PROSE_UNITS = "\n".join([
    "5月8日，市创城办督查组对部分道路和小区进行督查。",
    "督查发现，人民路在建工地围挡破损、脱落，该项整治由市住建局负责。",
    "幸福小区的责任单位是市民政局，该小区垃圾乱堆、楼道杂物未清理。",
    "胜利路上，车辆随意停放占用盲道，应由市交警支队负责整治。",
    "在对由市城管局负责的和平小区进行回头看时，督查组发现之前指出的问题已整治完成。",
])


def test_one_place_a_paragraph_with_its_unit_in_prose_is_one_problem_of_that_unit():
    ps = _problems(PROSE_UNITS)
    assert [p.responsible_units for p in ps] == [["市住建局"], ["市民政局"], ["市交警支队"]]
    assert ps[0].title == "人民路在建工地围挡破损、脱落"
    assert ps[1].title == "该小区垃圾乱堆、楼道杂物未清理"
    assert ps[2].title == "胜利路上，车辆随意停放占用盲道"


def test_paragraphs_naming_who_leads_the_work_are_not_problems():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.readings import units_in_prose_candidate

    lines = ["创城工作由市创城办负责统筹。", "各项任务由各责任单位负责落实，确保按期完成。",
             "会议由领导小组办公室主任主持，会上通报了未完成的任务。", "任务由校领导班子成员分工，未完成的限期办结。"]
    assert units_in_prose_candidate([Para(t, k) for k, t in enumerate(lines)]) is None


# --- "主要问题表现有：" then "1、<aspect>方面：<findings>" ---------------------------------------------------------------

SHOWS = "\n".join([
    "关于某市文明城市模拟测评情况的通报",
    "一、测评情况",
    "（一）总体情况",
    "本次测评抽取测评点60个，总体得分率72%。",
    "主要问题表现有：",
    "1、基础设施方面：部分人行道破损，无障碍设施不健全；部分小区未配置消防设施。",
    "2、市容环境方面：背街小巷垃圾清理不及时，占道经营现象较多。",
])


def test_items_after_a_lead_on_how_the_problems_show_are_problems_titled_by_their_aspect():
    ps = _problems(SHOWS)
    assert [p.title for p in ps] == ["基础设施方面", "市容环境方面"]
    # (s24, C13 settled: the lead-in "主要问题表现有：" is no category; was "主要问题")
    assert all(p.category is None and p.measure_count == 0 for p in ps)


def test_a_lead_on_how_the_results_show_announces_no_problems():
    from zhenggai.importer.parse.levels import stated_problems_lead

    assert stated_problems_lead("主要问题表现有：") and stated_problems_lead("存在的主要问题有：")
    assert not stated_problems_lead("整改成效主要表现在：")


# --- points of a recheck under headings of how far they got ----------------------------------------------------------

RECHECK = "\n".join([
    "文明城市创建督查通报",
    "前期暗访问题整改情况",
    "整改较好的点位",
    "1、人民公园(责任单位:县住建局):前期通报该点位存在公益广告破损、垃圾桶未分类等问题已按时整改到位。",
    "2、汽车站(责任单位:县交通局、城关镇):前期通报该点位存在地面污损等问题已按时整改到位。",
    "整改未落实的点位",
    "农贸市场(责任单位:县市场监管局):占道经营、无公益广告等问题仍未整改到位。",
    "工作亮点",
    "1、幸福小区(责任单位:幸福社区):社区组织志愿者开展环境整治活动，小区面貌焕然一新。",
])


def test_recheck_points_are_problems_with_units_state_and_heading_and_praise_is_not():
    ps = _problems(RECHECK)
    assert [p.seq for p in ps] == [1, 2, None]
    assert [p.status for p in ps] == ["done", "done", "in_progress"]
    assert ps[1].responsible_units == ["县交通局", "城关镇"] and ps[2].category == "整改未落实的点位"


def test_points_told_as_praise_only_are_not_problems():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.readings import recheck_points_candidate

    lines = ["工作亮点", "1、幸福小区(责任单位:幸福社区):社区组织志愿者开展活动，面貌焕然一新。",
             "2、和平广场(责任单位:城管局):广场秩序井然，文明氛围浓厚。"]
    assert recheck_points_candidate([Para(t, k) for k, t in enumerate(lines)]) is None


# --- items run on after a full stop; a second fault found in the same item ---------------------------------------------

RUN_ON = "\n".join([
    "督导意见书",
    "学校存在的问题：",
    "1.操场塑胶跑道多处破损。2.消防水带老化，需要更换。部分灭火器箱老旧生锈，需要更换。",
    "3.课后服务场地不足",
])


def test_items_run_on_after_a_full_stop_are_split_and_a_second_fault_stays_in_the_title():
    ps = _problems(RUN_ON)
    assert [p.seq for p in ps] == [1, 2, 3]
    assert ps[1].title == "消防水带老化，需要更换。部分灭火器箱老旧生锈，需要更换"


def test_an_items_own_numbered_measures_are_not_split_off_as_items():
    from zhenggai.importer.parse.normalize import Para, split_run_on_items

    paras = [Para("1.学习制度不健全。整改措施：1.修订制度。2.建立台账。", 0)]
    out, changed = split_run_on_items(paras)
    assert not changed and len(out) == 1


# --- items under a category that states a kind of shortcoming, in a section naming the problems -----------------------

KINDS = "\n".join([
    "某医院整改报告",
    "一、整改问题梳理与分析",
    "经专题研讨，梳理出以下两类问题：",
    "（一）服务流程效率不足",
    "1.候诊时间过长：普通门诊平均候诊42分钟，峰值时段超过60分钟。",
    "2.急诊协同短板：会诊响应平均18分钟，信息衔接存在断层。",
    "（二）质量安全管理薄弱",
    "1.病历书写不规范：甲级病历率低于目标，首次病程记录延迟。",
    "2.手术核查执行不到位：核查执行率96%，个别案例沟通疏漏。",
])


def test_items_under_a_category_stating_a_kind_of_shortcoming_are_the_problems():
    ps = _problems(KINDS)
    assert [p.seq for p in ps] == [1, 2, 1, 2]
    assert ps[0].category == "服务流程效率不足" and ps[3].category == "质量安全管理薄弱"
    assert ps[1].title.startswith("急诊协同短板") and all(p.measure_count == 0 for p in ps)


def test_a_category_named_as_an_action_over_its_measures_is_not_a_kind_of_shortcoming():
    text = "\n".join(["某医院整改报告", "一、存在问题的整改情况", "（一）加强服务流程管理", "1.优化预约流程。", "2.增设自助机。",
                      "（二）提升医疗质量", "1.开展病历质控。", "2.严格手术核查。"])
    ps = _problems(text)
    assert all(not p.title.startswith(("优化预约", "增设自助", "开展病历", "严格手术")) for p in ps)
