"""Problem lists of set H's families (session 16 round 2, helper hs): each rule a sentence about how real documents are
written, with a constructed text it reads right and a near miss it must leave alone."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _problems(text: str):
    return parse_text(text).problems


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
