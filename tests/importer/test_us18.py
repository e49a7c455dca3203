"""Layouts of check reports that set blind30's pages print (session 18, helper us18): constructed texts, each rule with
a positive case and a near miss.

Rules:
- A lead counting the problems in 方面 with no measure word ("…存在以下四方面问题：") names what follows as the problems
  found, as "存在以下四个方面问题" does (levels.RE_STATED_PROBLEMS); a bare number not before 方面 is no such count.
- A check's finding verb closing the lead with a colon, the items right after it ("…该单位存在重大火灾隐患，存在：1、…；
  2、…") announces them as what is wrong (readings.RE_EXISTS_LEAD); a 存在 in mid-clause, or with no colon, does not.
- A recheck in a later paragraph listing what is left inline after "还存在：" adds its items, not yet rectified
  (readings.RE_STILL_EXISTS_LEAD); a later paragraph listing after another lead ("要求：1、…") adds nothing.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.levels import RE_STATED_PROBLEMS, stated_problems_lead

ASPECTS_BODY = ("一、台账资料不全。检查组抽查了20份台账，其中8份缺少签字，5份缺少日期。\n"
                "二、数据审核流于形式。审核人员未按规定逐项核对原始记录，直接在报表上签字。\n"
                "三、人员培训不到位。全年仅组织培训1次，部分统计员未取得上岗证。\n")


# --- a count in 方面 with no measure word -----------------------------------------------------------------------------
def test_a_lead_counting_problems_in_aspects_without_a_measure_word_names_the_problems_found():
    assert stated_problems_lead("经检查发现，该镇工业企业统计存在以下四方面问题：")
    assert stated_problems_lead("检查发现存在几方面问题：")
    text = ("近日，市统计局执法检查组对某镇统计工作进行了检查。经检查发现，该镇工业企业统计存在以下三方面问题：\n"
            + ASPECTS_BODY + "针对以上问题，市统计局对该镇负责人进行了约谈，要求限期整改。\n")
    result = parse_text(text)
    assert [p.seq for p in result.problems] == [1, 2, 3]
    assert result.problems[0].title.startswith("台账资料不全")


def test_a_bare_number_not_before_aspects_is_no_count_of_problems():
    assert not RE_STATED_PROBLEMS.match("存在以下四问题")
    assert not stated_problems_lead("经检查，该镇在四方面工作中取得成效：")


# --- a bare 存在: closing the lead of an inline list --------------------------------------------------------------
CHECK = ("2023年3月2日，某县消防救援大队监督人员对某商场进行检查时发现该单位存在重大火灾隐患，存在：1、自动喷水灭火系统"
         "未保持完好有效；2、疏散楼梯间堆放杂物；3、中间楼梯封堵。向该单位下发了《重大火灾隐患整改通知书》。\n")


def test_a_check_whose_lead_closes_on_a_bare_exists_and_a_colon_lists_its_faults_inline():
    result = parse_text(CHECK + "希望该单位高度重视，积极整改，确保安全。\n")
    assert [(p.seq, p.title) for p in result.problems] == [
        (1, "自动喷水灭火系统未保持完好有效"), (2, "疏散楼梯间堆放杂物"), (3, "中间楼梯封堵")]


def test_a_bare_exists_with_no_colon_announces_no_list():
    text = ("2023年3月2日，某县消防救援大队对某商场进行了检查，商场内不存在1、2层连通的问题，该单位整体情况良好。"
            "3月5日，大队组织开展消防演练，1、2号楼全体员工参加。\n")
    assert parse_text(text).problems == []


# --- a recheck's "还存在：" in a later paragraph -------------------------------------------------------------------
def test_a_recheck_listing_what_is_left_after_still_exists_adds_its_items_not_yet_rectified():
    text = CHECK + ("在这期间，大队监督人员多次督促改正。截止2023年6月1日，该单位还存在：1、自动喷水灭火系统未保持完好有效；"
                    "2、五楼仅有一部安全疏散楼梯。\n现予以曝光，希望该单位积极整改。\n")
    result = parse_text(text)
    assert [p.seq for p in result.problems] == [1, 2, 3, 1, 2]
    assert [p.status for p in result.problems] == [None, None, None, "in_progress", "in_progress"]
    assert result.problems[4].title == "五楼仅有一部安全疏散楼梯"


def test_a_later_paragraph_listing_demands_adds_no_problems():
    text = CHECK + "大队要求该单位：1、立即清理疏散楼梯间杂物；2、限期修复自动喷水灭火系统。\n"
    result = parse_text(text)
    assert [p.seq for p in result.problems] == [1, 2, 3]


# --- a lead closing on the hazards found ----------------------------------------------------------------------------
HAZARD_ITEMS = ("1、食堂已按要求拆除，师生午餐没有着落，请上级主管部门关心支持。\n"
                "2、校门口马路上没有斑马线，严重威胁师生的安全。\n"
                "3、旧教学楼的用电线路有的已破旧，存在安全隐患，请支持。\n")


def test_a_lead_closing_on_the_hazards_a_check_found_names_the_items_as_problems():
    assert stated_problems_lead("学校检查到一些有待上级领导关心支持的学校安全工作隐患：")
    assert stated_problems_lead("经排查，检查发现存在以下安全隐患：")
    text = "小学安全隐患自查报告\n我校再次认真自查，具体如下：\n学校检查到一些有待上级领导关心支持的学校安全工作隐患：\n" + HAZARD_ITEMS
    assert [p.seq for p in parse_text(text).problems] == [1, 2, 3]


def test_a_lead_on_hazards_dealt_with_names_no_problems():
    assert not stated_problems_lead("我校及时整改了排查出的隐患：")
    assert not stated_problems_lead("针对检查发现的安全隐患：")
    assert not stated_problems_lead("学校要求各班级认真排查安全隐患：")


# --- bullets alone on their lines under a heading naming problems ---------------------------------------------------
def test_bullets_under_a_heading_naming_its_problems_are_problems_titled_by_their_heading_line():
    text = ("根据近期安全隐患自查情况，报告如下：\n一、校园设施安全问题\n-\n消防设施不足\n部分灭火器陈旧，应急照明灯不亮。\n"
            "-\n楼梯及通道问题\n楼梯间照明灯不齐全。\n二、交通安全隐患\n-\n校门口管理薄弱\n校门口马路上无斑马线。\n"
            "建议立即整改上述问题，并加强安全教育。\n")
    result = parse_text(text)
    assert [(p.seq, p.category, p.title) for p in result.problems] == [
        (None, "校园设施安全问题", "消防设施不足"), (None, "校园设施安全问题", "楼梯及通道问题"),
        (None, "交通安全隐患", "校门口管理薄弱")]
    assert all(p.measures == [] for p in result.problems)


def test_bullets_under_a_heading_naming_work_done_are_no_problems():
    text = ("根据近期安全工作开展情况，报告如下：\n一、校园设施安全工作\n-\n更换灭火器\n全校更换灭火器40具。\n"
            "-\n维修照明\n楼梯间照明灯全部修复。\n二、交通安全教育\n-\n开展主题班会\n各班开展交通安全主题班会。\n")
    assert parse_text(text).problems == []


# --- exposure cards of fields, one unit a card ----------------------------------------------------------------------
def test_exposure_cards_of_a_unit_line_and_its_hazards_line_are_one_problem_a_card():
    text = ("近日，全区各级消防开展检查。现将部分单位存在的消防安全隐患问题曝光如下：\n"
            "甲市\n火灾隐患单位曝光\n隐患单位:某大厦\n存在隐患:1、安全出口被堵塞;2、消防控制室值班记录填写不规范。\n整改措施:责令限期整改\n"
            "乙市\n火灾隐患单位曝光\n隐患单位:某羊肉馆\n存在隐患:厨房电器线路敷设不符合要求。\n整改措施:责令限期改正\n")
    result = parse_text(text)
    assert [(p.seq, p.category, p.responsible_units, p.title) for p in result.problems] == [
        (None, "甲市", ["某大厦"], "1、安全出口被堵塞;2、消防控制室值班记录填写不规范"),
        (None, "乙市", ["某羊肉馆"], "厨房电器线路敷设不符合要求")]


def test_one_record_of_a_unit_and_its_problems_is_no_set_of_cards():
    from zhenggai.importer.parse.readings import unit_cards_candidate
    from zhenggai.importer.parse.normalize import Para

    lines = ["案例分析", "单位名称:某化工有限公司", "存在问题:废水排放超标", "整改措施:引进废水处理设备"]
    assert unit_cards_candidate([Para(t, k) for k, t in enumerate(lines)]) is None


# --- bodies found at fault, a ";" clause each closing on the order given ---------------------------------------------
def test_bodies_each_told_as_a_clause_closing_on_the_order_given_are_one_problem_each():
    text = ("2月27日，记者从消防救援总队获悉，全区各级消防共检查单位567家，发现火灾隐患609处。\n"
            "甲市某牛肉面馆,一层西侧安全出口处疏散指示标志未保持完好有效,责令限期整改;乙县某音乐会所,堵塞疏散通道,"
            "防火门闭门器损坏,责令限期整改;丙市某汉餐馆,一层宴会厅顶棚采用易燃材料装修,临时查封。(记者 某某)\n")
    result = parse_text(text)
    assert [(p.title, p.responsible_units) for p in result.problems] == [
        ("甲市某牛肉面馆,一层西侧安全出口处疏散指示标志未保持完好有效", ["甲市某牛肉面馆"]),
        ("乙县某音乐会所,堵塞疏散通道,防火门闭门器损坏", ["乙县某音乐会所"]),
        ("丙市某汉餐馆,一层宴会厅顶棚采用易燃材料装修", ["丙市某汉餐馆"])]


def test_clauses_of_bodies_not_all_closing_on_an_order_are_no_problems():
    text = ("2月27日，消防救援总队开展检查。\n"
            "甲市某牛肉面馆,消防设施完好有效,值班人员在岗;乙县某音乐会所,疏散通道畅通,责令限期整改;丙市某汉餐馆,"
            "已完成全部整改。\n")
    assert parse_text(text).problems == []
