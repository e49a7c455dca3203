"""A report's labelled sections around its problem list (session 18, helper gen18): constructed texts, each rule with a
positive case and a near miss.

Rules:
- A heading whose whole title is a report's section label ("一、基本情况", "二、工作亮点", "三、存在问题", "四、整改意见",
  "下一步工作打算") gives its level no evidence of being the problem level (levels.bare_report_section): a textbook
  report whose first two sections are prose and whose 存在问题 section lists the problems 1、2、3、 reads those three,
  not its four section labels, however many prose sections precede them. A top-level list whose headings state
  what was wrong ("一、安全管理制度执行不到位") is still read as the problems.
- Nor is such a label a place checked (levels._under_place_headings): "存在问题如下： 一、体育馆 1.… 二、工作建议 1.…"
  reads the gym's faults, not the advice; a second place ("二、图书馆") adds its faults.
- Items right under a label of praise or demands ("整改要求", "整改意见", "工作建议", "工作亮点", "下一步工作打算") are
  no problem run, whatever paragraphs they carry (levels.praise_or_demand_section); the same items under a place's
  name are faults found there.
"""
from __future__ import annotations

from tests.importer.helpers import titles
from zhenggai.importer.parse.levels import RE_LABEL_END, RE_BARE_REPORT_SECTION

TITLE = "2024年4月份督导报告（第二责任区）\n"
LEAD = "根据工作安排，本责任区督学于4月10日对某中心校进行了督导检查，现将督导情况汇报如下：\n"
BASICS = ("一、基本情况\n"
          "师生按时返校，开学报名情况良好，上课秩序井然。学校后勤保障早准备、早安排，生活设施设备及时检修维护。\n")
PRAISE = ("二、工作亮点\n"
          "办学行为规范，常规落实到位。学校严格执行国家课程计划，作息时间合规，目标计划清晰合理。\n")
PROBLEMS = ("三、存在问题\n"
            "1、学校校门口无减速带，上下学时段交通秩序较乱。\n"
            "2、大课间各楼梯口无老师安全值班。\n"
            "3、食堂留样记录不完整。\n")
DEMANDS = ("四、整改意见\n"
           "1、进一步加强管理，和交警部门沟通协调在校门口加装减速坡。\n"
           "2、加强大课间安全值班，落实到人。\n")
EXPECTED = ["学校校门口无减速带，上下学时段交通秩序较乱", "大课间各楼梯口无老师安全值班", "食堂留样记录不完整"]


def _plain(ts: list[str]) -> list[str]:
    return [t.rstrip("。") for t in ts]


# --- a report's section labels are no problems ----------------------------------------------------------------------
def test_a_report_with_two_prose_sections_before_its_problems_reads_the_problems_listed_under_existing_problems():
    assert _plain(titles(TITLE + LEAD + BASICS + PRAISE + PROBLEMS + DEMANDS)) == EXPECTED


def test_the_same_report_with_one_prose_section_reads_the_same_problems():
    text = TITLE + LEAD + BASICS + PROBLEMS.replace("三、", "二、") + DEMANDS.replace("四、", "三、")
    assert _plain(titles(text)) == EXPECTED


def test_a_top_level_list_whose_headings_state_what_was_wrong_is_still_read_as_the_problems():
    # (near miss: headings of the same layout that say what was wrong are problems, their 1、 items the measures)
    text = (TITLE + LEAD + "一、安全管理制度执行不到位\n1、完善门卫登记制度。\n2、落实值班巡查。\n"
            "二、食堂管理不规范\n1、建立留样台账。\n2、开展食品安全培训。\n")
    assert _plain(titles(text)) == ["安全管理制度执行不到位", "食堂管理不规范"]


def test_the_section_label_pattern_takes_bare_labels_only():
    def bare(t: str) -> bool:
        t = RE_LABEL_END.sub("", t)
        return len(t) <= 10 and bool(RE_BARE_REPORT_SECTION.match(t))

    for label in ["基本情况", "工作亮点", "存在问题", "存在的主要问题", "整改意见", "下一步工作打算", "检查总体情况",
                  "主要做法：", "下阶段工作要求"]:
        assert bare(label), label
    for heading in ["组织建设薄弱", "存在问题整改不到位", "基本情况掌握不清", "住宅专项维修资金：部分企业没有落实",
                    "关于整改意见落实不到位的问题", "水污染防治方面"]:
        assert not bare(heading), heading


# --- a report's label is no place checked -------------------------------------------------------------------------
CHECK = "2024年开学安全检查\n科研处检查图书馆、体育馆\n存在问题如下：\n"
GYM = "一、体育馆\n1.南门右转墙面消防栓门玻璃碎裂\n2.一楼墙外硬竹插入一楼窗内\n3.一楼西边外墙三扇窗户玻璃已缺失\n"


def test_a_demands_section_after_the_places_checked_adds_no_faults_found():
    text = CHECK + GYM + "二、工作建议\n1.进一步提高思想认识，切实把各项工作要求落到实处。\n2.加强宣传培训，提升业务能力。\n"
    assert titles(text) == ["南门右转墙面消防栓门玻璃碎裂", "一楼墙外硬竹插入一楼窗内", "一楼西边外墙三扇窗户玻璃已缺失"]


def test_a_second_place_after_the_first_still_lists_faults_found():
    # (near miss: a place is named by a bare name too; its items are faults found there)
    text = CHECK + GYM + "二、图书馆\n1.二楼阅览室应急灯损坏\n2.消防通道堆放杂物\n"
    assert len(titles(text)) == 5


# --- items right under a label of praise or demands are no problems ------------------------------------------------
def test_demands_told_with_a_paragraph_each_under_a_demands_section_are_no_problems():
    text = CHECK + GYM + ("二、整改要求\n1.强化责任落实。\n明确专人负责，确保按期完成。\n"
                          "2.加强宣传培训。\n提升业务能力。\n")
    assert titles(text) == ["南门右转墙面消防栓门玻璃碎裂", "一楼墙外硬竹插入一楼窗内", "一楼西边外墙三扇窗户玻璃已缺失"]


def test_items_told_alike_under_a_second_place_are_read():
    # (near miss: the same items under a place's name are faults found there)
    text = CHECK + GYM + "二、图书馆\n1.应急灯损坏。\n二楼阅览室两处。\n2.消防通道堆放杂物。\n影响疏散。\n"
    assert len(titles(text)) == 5
