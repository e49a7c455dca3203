"""Problems listed inline in one paragraph (round 3, generality over the real batch blind11's shapes).

Each test is a constructed text of its own. The family the rule covers: a lead clause saying problems (shortcomings)
were found, then items 1…n of one kind run together — 一是/二是, 其一/其二, 1、/1./1．, （1）/(1), ①②, 第一，第二，
— in the same paragraph or the next; half- or full-width punctuation; items closed by ；/; or 。; a traditional copy.
The negatives: demands (整改要求：一是…), next steps, a report of what was done (现将整改情况报告如下：1、…), a headline
count with no items, a lead that does not name problems, and any document where another reading already holds a list.
"""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.readings import inline_items


def _read(text: str) -> list[tuple[int | None, str, int]]:
    return [(p.seq, p.title, p.measure_count) for p in parse_text(text).problems]


FAMILY = [
    ("xs_same_paragraph", "某村党支部召开自查会议。\n会上，支委对支部工作的不足作了剖析。一是学习制度执行不严格，记录缺漏。二是党费收缴不及时。三是阵地建设滞后。\n会议要求全体党员提高认识。"),
    ("xs_full_width_colon", "某科开展自查。\n自查发现主要存在以下问题：一是台账登记不全，缺少签字。二是资料归档不及时。\n特此报告。"),
    ("qi_items_semicolons", "3月5日，检查组对某社区进行检查，发现以下两处问题：其一，楼道堆放杂物较多，存在消防隐患；其二，垃圾分类桶破损未更换。随后，社区立即组织清理。"),
    ("arabic_dun_semicolons", "某小学于5月2日开展自查，检查中发现还存在以下问题:1、图书室藏书数量不足;2、操场跑道老化破损;3、饮水设备未定期消毒。\n学校将抓紧改进。"),
    ("arabic_dot_halfwidth", "经自查，存在的问题有:1.值班记录填写不规范;2.应急物资未定期清点。\n办公室"),
    ("paren_numbers", "经排查，该站点存在以下问题：（1）消防通道被占用；（2）灭火器过期未换；（3）安全出口指示灯损坏。"),
    ("circled", "督导中发现问题如下：①部分路段照明设施损坏；②公厕保洁不到位。"),
    ("di_items", "对照标准，我单位查摆出以下不足：第一，理论学习不够深入；第二，调查研究不够扎实。"),
    ("lead_in_previous_paragraph", "检查中发现存在以下问题：\n一是部分台账记录不完整。二是个别设备未按期检修。"),
]


@pytest.mark.parametrize("name,text", FAMILY, ids=[f[0] for f in FAMILY])
def test_problems_run_inline_after_a_lead_naming_them_are_read_one_per_item(name, text):
    got = _read(text)
    assert len(got) >= 2
    assert [s for s, _, _ in got] == list(range(1, len(got) + 1))
    assert all(m == 0 for _, _, m in got)  # nothing stands under them as measures
    assert all(len(t) >= 4 and not t.endswith(("。", "；", ";")) for _, t, _ in got)


def test_an_inline_item_is_titled_up_to_its_first_full_stop_or_semicolon():
    got = _read("支部自查发现不足。一是组织生活不规范。主要表现在会议记录简单。二是党员教育管理偏松。主要表现在请假制度执行不严。")
    assert got == [(1, "组织生活不规范", 0), (2, "党员教育管理偏松", 0)]
    got = _read("检查发现以下问题：其一，路面坑洼较多，影响通行；其二，排水沟堵塞。")
    assert got == [(1, "路面坑洼较多，影响通行", 0), (2, "排水沟堵塞", 0)]


def test_a_traditional_copy_of_an_inline_list_is_read_in_simplified_characters():
    got = _read("檢查中發現存在以下問題：一是檔案管理不規範。二是會議記錄不完整。")
    assert [t for _, t, _ in got] == ["档案管理不规范", "会议记录不完整"]


NEGATIVES = [
    ("demands", "针对检查情况，提出以下整改要求：一是加强台账管理。二是及时归档资料。"),
    ("next_steps", "下一步，我们将从以下方面改进：一是加强学习。二是完善制度。"),
    ("report_of_what_was_done", "现将我校整改情况报告如下：1、已更换照明灯具；2、已完成操场改造。"),
    ("headline_count_only", "本次检查共发现问题12个，已整改10个，整改率83%。"),
    ("lead_names_no_problem", "会议强调了三点：一是提高站位。二是压实责任。三是加强督导。"),
    ("measures_lead", "针对存在的问题，采取以下措施：（1）建立巡查制度；（2）落实专人负责。"),
    ("praise", "检查组充分肯定了取得的成效：一是组织有力。二是措施扎实。"),
]


@pytest.mark.parametrize("name,text", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_inline_items_not_led_by_found_problems_are_not_read_as_problems(name, text):
    assert _read(text) == []


def test_a_document_whose_numbered_list_is_read_keeps_that_list_and_ignores_inline_items():
    text = "\n".join([
        "关于某局巡察整改情况的通报",
        "一、存在的问题及整改情况",
        "（一）关于学习制度执行不严的问题。",
        "整改情况：一是修订学习制度。二是建立学习台账。",
        "（二）关于资金管理不规范的问题。",
        "整改情况：1、清理往来款项；2、完善审批流程。",
    ])
    r = parse_text(text)
    assert r.reading != "inline"
    assert [p.seq for p in r.problems] == [1, 2]


def test_inline_items_must_run_from_one_in_order_and_come_from_one_family():
    assert [n for _, n, _ in inline_items("存在问题：一是甲事项不足。二是乙事项滞后。四是丙事项。")] == [1, 2]
    assert inline_items("存在问题：二是甲事项不足。三是乙事项滞后。") == []
    assert inline_items("数据为1.5万元和2.3万元。") == []
    assert inline_items("存在问题：其一，甲不足。") == []


NEWS_AND_SUMMARIES = [
    ("feedback_news_areas", "5月6日，区委第一巡察组向某局党组反馈巡察情况。\n巡察组指出，该局党组存在以下三个方面的问题：一是落实主体责任不到位；二是干部队伍建设有差距；三是制度执行不严格。"),
    ("feedback_news_main_problems", "组长王某指出了巡视某公司党委发现的主要问题:一是政治站位不够高;二是内部管理不规范。"),
    ("progress_summary_weaknesses", "截至6月底，整改任务已完成80项。各地整改工作取得明显进展，但仍然存在一些薄弱环节。一是部分任务进度滞后。二是个别地方整改不彻底。"),
    ("aspects_count_in_self_check", "经自查，我单位在以下两个方面存在不足：一是理论学习；二是作风建设。"),
]


@pytest.mark.parametrize("name,text", NEWS_AND_SUMMARIES, ids=[n[0] for n in NEWS_AND_SUMMARIES])
def test_areas_named_by_a_feedback_news_item_or_a_progress_summary_are_no_problem_list(name, text):
    assert _read(text) == []


def test_an_inspection_team_that_finds_concrete_spots_on_its_own_visit_lists_problems():
    got = _read("4月2日，区督导组对某街道进行检查，发现以下三处问题：其一，背街小巷垃圾未及时清运；其二，沿街商户占道经营；其三，公厕无人保洁。")
    assert [s for s, _, _ in got] == [1, 2, 3]


# ---- tasks labelled by the number of the list they come from -----------------------------------------------------
def _notice(first: str, second: str) -> str:
    return "\n".join([
        "关于督察反馈问题整改任务完成情况的公示",
        "经验收，下列2项整改任务已达到整改目标，拟予销号。",
        f"{first}某县城区部分河段垃圾堆放，清运不及时。",
        "责任单位：县城管局",
        "完成情况：一是清运垃圾300吨。二是建立日巡查制度。",
        f"{second}某镇污水管网建设滞后，生活污水直排。",
        "责任单位：某镇人民政府",
        "完成情况：一是新建管网5公里。二是完成入户接管。三是实行在线监测。",
        "特此公示。",
    ])


@pytest.mark.parametrize("first,second", [
    ("编号8：", "编号13："),
    ("编号 8:", "编号 13:"),
    ("序号8：", "序号13："),
    ("问题编号8：", "问题编号13："),
    ("整改任务序号8：", "整改任务序号13："),
    ("1.编号8：", "2.编号13："),
    ("編號8：", "編號13："),
])
def test_a_task_labelled_by_its_list_number_is_a_problem_with_that_number(first, second):
    got = _read(_notice(first, second))
    assert [(s, m) for s, _, m in got] == [(8, 2), (13, 3)]
    assert got[0][1] == "某县城区部分河段垃圾堆放，清运不及时"


@pytest.mark.parametrize("text", ["编号规则：按年份加流水号。", "按编号8的要求落实整改。", "序号 问题 责任单位"])
def test_a_number_word_without_its_number_and_colon_opens_no_item(text):
    from zhenggai.importer.parse.numbering import parse_marker

    m = parse_marker(text)
    assert m is None or not m.raw.startswith(("编号", "序号"))


# ---- an inline problem list answered by a second list numbered again from 1 ----------------------------------------
def test_rectifications_numbered_again_from_one_are_the_same_numbered_problems_measures_with_their_dates():
    r = parse_text("某中学于5月6日开展自查，发现存在以下问题：1、图书室藏书不足；2、饮水设备老化。"
                   "针对以上问题，学校立即研究，现将整改情况报告如下：1、学校要求教务处增购图书，确保2024年7月底完成；"
                   "2、总务处更换饮水设备，保证 2024 年 9 月底前投入使用。\n某中学")
    assert [(p.seq, p.title, p.measure_count, p.deadline) for p in r.problems] == [
        (1, "图书室藏书不足", 1, "2024年7月底"), (2, "饮水设备老化", 1, "2024年9月底")]  # (extraction spaces around digits are closed up)


def test_rectifications_in_the_next_paragraph_are_paired_the_same_way():
    r = parse_text("自查发现存在以下问题：一是台账不全。二是制度未上墙。\n整改措施：一是补齐台账。二是制度全部上墙公示。")
    assert [p.measure_count for p in r.problems] == [1, 1]


@pytest.mark.parametrize("second", [
    "现将整改情况报告如下：1、补齐台账。",                     # fewer items than problems
    "另外，检查还了解到以下情况：1、群众满意度较高；2、宣传氛围浓厚。",  # not a rectification
])
def test_a_second_list_that_does_not_answer_every_problem_adds_no_measures(second):
    r = parse_text("检查发现存在以下问题：1、台账不全；2、制度未上墙。" + second)
    assert [p.measure_count for p in r.problems] == [0, 0]


# ---- an aspect heading whose own problems follow it as 一是/二是 ----------------------------------------------------
ASPECTS = [
    ("numbered_aspect_inline", "经查，你单位存在以下问题：\n1.安全管理方面：主要存在以下问题：一是消防器材过期未换；二是安全台账记录不全。\n2.卫生管理方面：主要存在以下问题：一是厨房地面油污较多；二是餐具消毒记录缺失。\n请于30日内整改。"),
    ("paren_aspect_paragraphs", "一、存在的主要问题\n（一）在理论学习方面\n学习抓得不深不实。\n一是学习计划执行不严格。存在以会代学现象。\n二是研讨交流不够深入。\n（二）在作风建设方面\n一是调查研究不够扎实。\n二是联系群众不够紧密。\n二、整改措施\n1.加强理论学习。"),
]


@pytest.mark.parametrize("name,text", ASPECTS, ids=[a[0] for a in ASPECTS])
def test_an_aspects_own_problems_listed_as_yi_shi_are_problems_in_that_category(name, text):
    got = [(p.seq, p.category, p.title, p.measure_count) for p in parse_text(text).problems]
    assert [s for s, _, _, _ in got] == [1, 2, 1, 2]
    assert all(c.endswith("方面") for _, c, _, _ in got)
    assert all(m == 0 for _, _, _, m in got)
    assert got[0][2] in ("消防器材过期未换", "学习计划执行不严格")


def test_an_aspect_followed_by_its_measures_keeps_them_as_measures():
    text = ("关于巡察反馈问题整改情况的通报\n一、存在问题整改情况\n（一）在理论学习方面\n问题：学习计划执行不严格。\n"
            "整改措施：一是修订学习制度。二是建立学习台账。\n（二）在作风建设方面\n问题：调查研究不够扎实。\n"
            "整改措施：一是制定调研计划。二是落实领导联系点制度。")
    got = [(p.title, p.measure_count) for p in parse_text(text).problems]
    assert got and all(not t.startswith(("修订", "建立", "制定", "落实")) for t, _ in got)


def test_an_item_title_runs_past_a_semicolon_inside_brackets():
    got = _read("检查发现存在以下问题：一是班额超标（标准为50人；含借读生）；二是活动场地不足。")
    assert [t for _, t, _ in got] == ["班额超标（标准为50人；含借读生）", "活动场地不足"]


# ---- a plan whose problems sit beside and under aspect headings -----------------------------------------------------
PLAN = """一、整改内容
1.专项整改问题
（1）部分村退出指标安排不科学。（牵头单位：扶贫办；责任单位：各村支部）
整改措施：科学确定退出指标，严格按标准退出。
（2）住房安全方面。
①部分搬迁户建房面积超标，负债较重。（牵头单位：扶贫办、村建所；责任单位：各村支部）
整改措施：一是强化政策培训。二是严格核查建房面积。
（3）产业发展方面。
①部分产业项目带贫效果不明显。(责任单位:农业办)
整改措施:一是完善利益联结机制。二是开展项目评估。三是加强技术指导。"""


def test_problems_beside_an_aspect_heading_and_under_it_are_read_together_in_order():
    got = [(p.seq, p.category, p.measure_count) for p in parse_text(PLAN).problems]
    assert got == [(1, "专项整改问题", 1), (1, "住房安全方面", 2), (1, "产业发展方面", 3)]


def test_the_fields_in_brackets_closing_a_problem_statement_give_its_units_not_its_title():
    problems = parse_text(PLAN).problems
    assert [p.title for p in problems] == ["部分村退出指标安排不科学", "部分搬迁户建房面积超标，负债较重", "部分产业项目带贫效果不明显"]
    assert [p.responsible_units for p in problems] == [["各村支部"], ["各村支部"], ["农业办"]]


# ---- an item whose statement opens with a whole count ("4.3个部门…") --------------------------------------------------
@pytest.mark.parametrize("text,number,rest", [
    ("4.3个部门超预算列支会议费的问题。", 4, "3个部门"),
    ("5.2家企业未按期完成整改。", 5, "2家企业"),
    ("2．12名干部未按规定报告个人事项。", 2, "12名干部"),
    ("3.4项制度未及时修订。", 3, "4项制度"),
])
def test_an_item_opening_with_a_count_of_whole_things_is_numbered_by_the_digit_before_the_dot(text, number, rest):
    from zhenggai.importer.parse.numbering import parse_marker

    m = parse_marker(text)
    assert m is not None and m.number == number and m.rest.startswith(rest)


@pytest.mark.parametrize("text", ["1.5个百分点的增长来自工业。", "2.5个月内完成清理。", "3.6万元已全部退回。", "0.48亿元已缴库。",
                                  "1.2个工作日内办结。"])
def test_a_decimal_before_a_unit_or_a_divisible_count_opens_no_item(text):
    from zhenggai.importer.parse.numbering import parse_marker

    assert parse_marker(text) is None


def test_an_audit_report_item_opening_with_a_count_is_read_among_its_neighbours():
    text = "\n".join([
        "一、预算执行方面问题的整改情况",
        "1.部分资金未及时下达的问题。整改情况：已整改。资金已全部下达。",
        "2.3个部门超标准列支培训费的问题。整改情况：已整改。一是调整账目；二是修订办法。",
        "3.政府采购程序不规范的问题。整改情况：部分整改。正在完善采购文件。",
    ])
    got = [(p.seq, p.title, p.measure_count) for p in parse_text(text).problems]
    assert [s for s, _, _ in got] == [1, 2, 3]
    assert got[1] == (2, "3个部门超标准列支培训费的问题", 2)


# ---- one problem in labelled fields: its category field -------------------------------------------------------------
FORM = """整改情况报告单
问题序号：第5号
{label}{colon}作风建设方面
问题描述：个别干部值班期间脱岗，值班记录填写不规范。
整改措施：
1.修订值班制度。
2.开展值班纪律专项检查。
责任单位：办公室
整改进展：已完成整改。"""


@pytest.mark.parametrize("label", ["问题类别", "问题类型", "问题分类", "所属方面"])
@pytest.mark.parametrize("colon", ["：", ":"])
def test_a_single_problems_category_field_is_its_category(label, colon):
    problems = parse_text(FORM.format(label=label, colon=colon)).problems
    assert [(p.seq, p.category, p.measure_count) for p in problems] == [(5, "作风建设方面", 2)]


def test_a_category_field_run_together_with_the_next_label_stops_before_it():
    problems = parse_text("整改情况报告单\n问题序号：第5号问题类别：作风建设方面问题描述：个别干部值班期间脱岗。\n"
                          "整改措施：\n1.修订值班制度。\n2.开展专项检查。\n整改进展：已完成整改。").problems
    assert [p.category for p in problems] == ["作风建设方面"]


@pytest.mark.parametrize("first,second", [("第8项：", "第13项："), ("第8项任务:", "第13项任务:"), ("第八项：", "第十三项：")])
def test_a_task_labelled_by_its_ordinal_is_a_problem_with_that_number(first, second):
    got = _read(_notice(first, second))
    assert [(s, m) for s, _, m in got] == [(8, 2), (13, 3)]


# ---- one unnumbered statement a paragraph after "以下问题：" (also a page's <h3> list copied as source) ----------------
def test_unnumbered_short_paragraphs_after_a_lead_announcing_problems_are_problems_without_numbers():
    got = _read("社区环境检查情况\n经过实地检查，发现小区存在以下问题：\n楼道堆放杂物。\n绿化带有人种菜。\n"
                "地下车库照明损坏。\n以上问题请物业公司尽快整改。")
    assert got == [(None, "楼道堆放杂物", 0), (None, "绿化带有人种菜", 0), (None, "地下车库照明损坏", 0)]


def test_a_text_copy_of_html_source_reads_one_problem_per_block_element():
    got = _read("<h1>&nbsp;检查发现该广场存有以下问题需要解决:</h1> <h3>&nbsp; 电动车乱停乱放。</h3> "
                "<h3>&nbsp;商铺门口占道经营。</h3> <h3>公厕无人保洁。</h3> <h3>以上问题望尽快协调解决!</h3>")
    assert [t for _, t, _ in got] == ["电动车乱停乱放", "商铺门口占道经营", "公厕无人保洁"]


@pytest.mark.parametrize("text", [
    "针对检查情况，提出整改要求如下：\n加强日常巡查。\n落实专人负责。",          # demands
    "检查组反馈了以下问题：\n落实主体责任不到位。\n制度执行不严格。",              # feedback news
    "存在问题如下：\n一段很长的说明" + "，内容较多" * 20 + "。\n另一段。",          # no list of short statements
])
def test_paragraphs_after_a_lead_that_is_no_announced_problem_list_are_not_problems(text):
    assert _read(text) == []
