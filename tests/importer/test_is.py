"""Problem lists of set I's families (session 16 round 3, helper is): each rule a sentence about how real documents are
written, with a constructed text it reads right and a near miss it must leave alone. Builds on test_hs.py."""
from __future__ import annotations

from tests.importer.helpers import problems as _problems


# --- a notice lists its findings place by place: "存在一些问题，具体如下： 甲市场： 1、… 乙市场： 1、…" -----------------

GROUPED = "\n".join([
    "超市食品安全限期整改通知书",
    "城区商贸服务中心：",
    "5月8日，区市场监管局对东门超市、西门超市开展了食品安全专项检查。检查发现各超市不同程度存在一些问题，具体如下：",
    "东门超市：",
    "1、 冷藏柜温度记录缺失。",
    "2、 散装食品未标明生产日期。",
    "西门超市：",
    "1、 货架上有过期酸奶。",
    "2、 从业人员未佩戴口罩。",
    "3、 仓库食品未离地存放。",
    "以上为检查中发现的问题，请及时进行整改。",
    "区市场监督管理局",
])


def test_items_under_place_lines_after_a_lead_naming_the_problems_found_are_problems_of_that_place():
    ps = _problems(GROUPED)
    assert [p.seq for p in ps] == [1, 2, 1, 2, 3]
    assert [p.category for p in ps] == ["东门超市"] * 2 + ["西门超市"] * 3
    assert ps[2].title == "货架上有过期酸奶"
    assert all(p.measure_count == 0 for p in ps)


def test_a_lead_that_says_some_problems_exist_then_as_follows_names_the_problems():
    from zhenggai.importer.parse.levels import stated_problems_lead

    assert stated_problems_lead("检查发现各超市不同程度存在一些问题，具体如下：")
    assert not stated_problems_lead("针对检查发现的问题，现将整改情况报告如下：")
    assert not stated_problems_lead("为做好迎检工作，具体安排如下：")


PLANNED = "\n".join([
    "超市食品安全检查工作安排",
    "为做好食品安全检查工作，现将检查安排通知如下：",
    "东门超市：",
    "1、 5月8日上午检查冷藏柜。",
    "2、 5月8日下午检查仓库。",
    "西门超市：",
    "1、 5月9日上午检查货架。",
    "2、 5月9日下午检查从业人员。",
])


def test_items_under_place_lines_after_a_lead_announcing_a_plan_are_not_problems():
    assert _problems(PLANNED) == []


# --- an unannounced visit told in timed entries: misconduct entries are problems, praise entries are not ------------

TIMED = "\n".join([
    "关于机关工作作风暗访情况的通报",
    "5月12日，县纪委对部分单位工作作风进行了暗访。现将暗访情况通报如下：",
    "东城区：窗口服务有待改进",
    "时间：5月12日上午",
    "9:10，东城区政务大厅社保窗口一名女同志玩手机游戏。",
    "9:25，东城区民政局办公室人员全部在岗，秩序井然。",
    "9:40，东城区城管局执法中队大门紧锁，无人值班；9:55，302房间一名男同志看视频。",
    "10:20，东城区水利局二楼两名工作人员正在打牌。",
    "10:40，东城区档案馆一名女",
])


def test_each_timed_entry_telling_of_misconduct_in_a_visit_report_is_a_problem():
    ps = _problems(TIMED)
    assert [p.title for p in ps] == [
        "东城区政务大厅社保窗口一名女同志玩手机游戏",
        "东城区城管局执法中队大门紧锁，无人值班",
        "302房间一名男同志看视频",
        "东城区水利局二楼两名工作人员正在打牌",
    ]
    assert all(p.category == "东城区" for p in ps)  # the heading naming the place the entries after it are in
    assert all(p.measure_count == 0 for p in ps)


SCHEDULE = "\n".join([
    "县机关作风建设推进会议程",
    "时间：5月12日上午",
    "9:10，主持人宣布会议开始。",
    "9:25，县委办通报上月工作情况。",
    "9:40，各单位交流发言；10:00，县领导讲话。",
    "10:20，会议结束。",
])


def test_timed_entries_of_an_agenda_are_not_problems():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.readings import timed_entries_candidate

    assert _problems(SCHEDULE) == []
    assert timed_entries_candidate([Para(t, i) for i, t in enumerate(SCHEDULE.split("\n"))]) is None


# --- a place visited, then what was found there: "点位一：某社区。…  发现问题：…" ------------------------------------------

POINTS = "\n".join([
    "创卫暗访情况",
    "4月2日，县创卫办组织暗访组，对城区部分点位开展暗访。",
    "点位一：城关镇西街社区。这里老旧小区集中，暗访组重点查看了小区环境卫生。",
    "发现问题：楼道杂物堆放、垃圾桶满溢未及时清运。",
    "点位二：城南农贸市场。暗访组重点查看了市场内外秩序。",
    "发现问题：市场门口占道经营、三轮车乱停放。",
])


def test_the_line_labelled_as_what_was_found_at_a_place_visited_is_that_places_problem():
    ps = _problems(POINTS)
    assert [(p.seq, p.title) for p in ps] == [(1, "楼道杂物堆放、垃圾桶满溢未及时清运"), (2, "市场门口占道经营、三轮车乱停放")]
    assert all(p.measure_count == 0 for p in ps)


def test_an_item_stating_its_own_shortcoming_keeps_its_title_over_a_found_line():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.structure import _finding_line
    from zhenggai.importer.parse.tree import build_tree

    root = build_tree([Para(t, i) for i, t in enumerate([
        "1、垃圾分类工作不到位。", "发现问题：小区垃圾桶未分类。", "2、门前五包落实不够。", "发现问题：商户占道。"])])
    assert _finding_line(root.children[0]) == ""
    root = build_tree([Para(t, i) for i, t in enumerate(["1、城关镇西街社区。", "整改措施：清运垃圾。", "2、城南市场。", "整改措施：规范摆放。"])])
    assert _finding_line(root.children[0]) == ""


# --- a self-check report: the checks done in one section, the problems found in the next -----------------------------

SELF_CHECK = "\n".join([
    "县水利局汛前安全检查自查报告",
    "一、加强领导",
    "成立了汛前安全检查领导小组，分组对全县水库开展检查。",
    "二、检查重点",
    "1.对全县各乡镇水库的防汛预案、抢险物资储备等情况进行了全面检查。",
    "2.对水库大坝是否有裂缝、溢洪道是否畅通进行了实地查勘。",
    "三、存在的问题",
    "1.部分水库防汛物资储备不足。",
    "2.个别水库溢洪道淤塞。",
    "3.少数乡镇防汛值班落实不到位。",
])


def test_items_telling_what_was_checked_beside_the_section_naming_the_problems_are_not_problems():
    ps = _problems(SELF_CHECK)
    assert [p.title for p in ps] == ["部分水库防汛物资储备不足", "个别水库溢洪道淤塞", "少数乡镇防汛值班落实不到位"]


IN_SECTION = "\n".join([
    "县水利局汛前安全检查自查报告",
    "一、存在的问题",
    "1.对部分水库的检查中，发现防汛物资储备不足。",
    "2.对溢洪道是否畅通的检查不到位。",
])


def test_items_opening_on_what_was_checked_inside_the_section_naming_the_problems_stay_problems():
    assert [p.title for p in _problems(IN_SECTION)] == ["对部分水库的检查中，发现防汛物资储备不足", "对溢洪道是否畅通的检查不到位"]


# --- a notice ordering one body to put things right charges that body with every problem ------------------------------

def test_the_body_a_rectification_notice_is_addressed_to_answers_for_every_problem():
    ps = _problems(GROUPED)
    assert all(p.responsible_units == ["城区商贸服务中心"] for p in ps)


def test_a_bulletin_addressed_to_every_township_charges_no_one_body():
    text = GROUPED.replace("超市食品安全限期整改通知书", "超市食品安全检查情况通报").replace("城区商贸服务中心：", "各乡镇、各有关单位：")
    ps = _problems(text)
    assert len(ps) == 5 and all(p.responsible_units == [] for p in ps)


# --- a 文库 copy whose line breaks and numbers were replaced by noise characters -------------------------------------

NOISY = ("文档介绍:Forpersonaluseonlyinstudyandresearch;超市食品安全整改意见书蚁芈城区商贸服务中心:"
         "肁5月8日，区市场监管局对东门超市、西门超市开展了食品安全专项检查。检查发现各超市不同程度存在一些问题，具体如下:莃东门超市:"
         "螁冷藏柜温度记录缺失。虿散装食品未标明生产日期。螈货架上有过期酸奶。袁肀西门超市:芅从业人员未佩戴口罩。"
         "膅仓库食品未离地存放。羁收银台旁堆放杂物。膇螅以上为检查中发现的问题，请及时进行整改。膀葿区市场监督管理局")


def test_noise_characters_standing_for_line_breaks_are_read_as_breaks_and_the_findings_under_each_place_as_problems():
    ps = _problems(NOISY)
    assert [p.title for p in ps] == ["冷藏柜温度记录缺失", "散装食品未标明生产日期", "货架上有过期酸奶",
                                     "从业人员未佩戴口罩", "仓库食品未离地存放", "收银台旁堆放杂物"]
    assert [p.category for p in ps] == ["东门超市"] * 3 + ["西门超市"] * 3
    assert all(p.responsible_units == ["城区商贸服务中心"] for p in ps)


def test_grid_characters_that_are_words_in_an_ordinary_text_are_left_alone():
    from zhenggai.importer.parse.normalize import split_noise_breaks

    text = "袁某某同志肆意挪用公款。薄弱环节未整改。蚂蚁搬家式侵占。膀胱癌患者补助未发放。芈月传拍摄场地未复原。"
    assert split_noise_breaks([text]) == [text]


def test_place_lines_with_unnumbered_lines_after_a_lead_announcing_a_plan_are_not_problems():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.readings import grouped_findings_candidate

    lines = ["为做好检查工作，现将检查安排通知如下：", "东门超市：", "5月8日上午检查冷藏柜。", "5月8日下午检查仓库。",
             "西门超市：", "5月9日上午检查货架。", "5月9日下午检查人员。"]
    assert grouped_findings_candidate([Para(t, i) for i, t in enumerate(lines)]) is None


# --- findings told inside each team's paragraph: "但在巡查中发现，甲村…正在焚烧…，乙村…，督查组要求…" ---------------------

TEAMS = "\n".join([
    "县开展秸秆禁烧夜间督查",
    "10月8日晚，县里派出2个督查组，采取不打招呼的方式开展秸秆禁烧夜间督查。",
    "第一督查组来到东湖镇、西山乡督查，督查发现，各乡镇值班人员基本到岗到位。但在巡查中发现，东湖镇李家村路边正在焚烧秸秆，"
    "西山乡王家湾一农田冒烟，督查组要求相关人员立即扑灭火点。第二督查组来到北河镇督查。在北河镇公路边，发现两处焚烧稻草情况，"
    "发现问题后，督查组立即与值班领导沟通处置。",
])


def test_each_fault_clause_after_found_in_a_teams_paragraph_is_a_problem():
    assert [p.title for p in _problems(TEAMS)] == ["东湖镇李家村路边正在焚烧秸秆", "西山乡王家湾一农田冒烟", "两处焚烧稻草情况"]


def test_team_paragraphs_that_found_everything_in_order_hold_no_problem():
    calm = TEAMS.split("\n")[:2] + [
        "第一督查组来到东湖镇、西山乡督查，督查发现，各乡镇值班人员基本到岗到位，宣传车辆正在宣传禁烧规定。"
        "第二督查组来到北河镇督查，发现北河镇党政主要负责人均按要求带队巡查，未发现焚烧情况。"]
    assert _problems("\n".join(calm)) == []


def test_a_teams_count_of_what_it_found_summed_up_by_kind_is_no_list_of_findings():
    text = "\n".join([
        "市环境整治督导组周报",
        "本周第二督导组开展督导工作2次，共计发现问题25处，涉及：小区堆物、楼道乱贴小广告、沿街商户倾倒污水等方面。",
        "督导组将发现的问题与责任部门进行了对接，提出了整改要求。截至目前，已整改11处，剩余14处正在整改中。",
    ])
    assert _problems(text) == []
