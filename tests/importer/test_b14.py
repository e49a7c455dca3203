"""Session 15, helper b14: problem lists in check reports outside the 巡察/巡视 vocabulary (school self-checks, canteen
checks, a supervision's suggestions). Constructed texts only; each rule has positives and near-misses."""
from __future__ import annotations

from zhenggai.importer.extract import extract_bytes, pipe_cell_tables
from zhenggai.importer.parse import _parse_extracted, parse_text


# --- a heading or a lead line naming the problems found --------------------------------------------------------

def test_items_under_a_heading_naming_the_problems_that_came_up_in_a_check_are_problems():
    r = parse_text("4月2日，区督查组对我园卫生工作进行了检查，现将整改情况报告如下：\n"
                   "一、检查中出现的问题：\n1、晨检记录填写不全，\n2、消毒柜摆放位置不当，\n3、仓库物品堆放杂乱。\n")
    assert [p.title for p in r.problems] == ["晨检记录填写不全", "消毒柜摆放位置不当", "仓库物品堆放杂乱"]
    assert r.problems[0].category == "检查中出现的问题"


def test_items_after_a_paragraph_closing_on_the_problems_it_found_are_problems():
    r = parse_text("一、自查情况\n经排查，我校存在以下问题：\n1、实验室药品柜未上锁。\n2、围墙局部有裂缝。\n3、图书室灭火器过期。\n")
    assert [p.title for p in r.problems] == ["实验室药品柜未上锁", "围墙局部有裂缝", "图书室灭火器过期"]


def test_items_after_a_bare_line_naming_the_problems_are_problems_with_that_line_as_category():
    r = parse_text("村委会：\n经过两天检查，发现学校有以下困难，报告如下：\n存在的具体问题\n"
                   "1、操场积水。雨后积水数日不退。\n2、教室照明不足，影响学生视力。\n3、饮水设备老化。\n")
    assert [p.title for p in r.problems] == ["操场积水", "教室照明不足，影响学生视力", "饮水设备老化"]
    assert {p.category for p in r.problems} == {"存在的具体问题"}


def test_items_after_a_lead_that_only_answers_the_problems_are_not_read_as_found_problems():
    # near miss: "针对检查发现的问题，现将整改情况报告如下：" names the problems only to say what was done
    r = parse_text("针对检查发现的问题，现将整改情况报告如下：\n1、召开专题会议。\n2、制定工作方案。\n3、开展专项培训。\n")
    assert r.problems == []


def test_a_general_list_under_a_measures_heading_beside_the_found_problems_is_not_more_problems():
    r = parse_text("一、自查情况\n经查，我校存在以下问题：\n1、宿舍电线裸露。\n2、楼梯灯损坏。\n3、食堂台账不全。\n"
                   "二、整改措施\n学校进行了以下几方面的整改：\n1、机构落实、认识水平提高。\n成立了领导小组。\n"
                   "2、健全制度，提高实效。\n完善了安全制度。\n")
    assert [p.title for p in r.problems] == ["宿舍电线裸露", "楼梯灯损坏", "食堂台账不全"]
    assert all(not p.measures for p in r.problems)  # two general measures answer none of three problems one by one


# --- a later list answering the problems one by one -----------------------------------------------------------

def test_a_measures_section_numbered_again_answers_the_problems_one_by_one():
    r = parse_text("一、检查中出现的问题：\n1、留样记录不全，\n2、冰箱生熟混放，\n3、无餐具消毒记录。\n"
                   "二、整改措施\n1、补齐留样记录，专人负责，\n2、购置冰箱分开存放，\n3、建立餐具消毒登记表。"
                   "我校对于检查中出现的问题已整改。\n")
    assert [len(p.measures) for p in r.problems] == [1, 1, 1]
    assert r.problems[1].measures[0].text.startswith("购置冰箱")
    assert {p.status for p in r.problems} == {"done"}


def test_an_answering_list_without_a_closing_sentence_leaves_the_status_unset():
    r = parse_text("一、检查中出现的问题：\n1、留样记录不全，\n2、冰箱生熟混放。\n"
                   "二、整改措施\n1、补齐留样记录，\n2、购置冰箱分开存放。\n")
    assert [len(p.measures) for p in r.problems] == [1, 1]
    assert {p.status for p in r.problems} == {None}


def test_a_cut_request_list_after_the_last_problem_answers_only_the_problems_it_reaches():
    r = parse_text("存在的具体问题\n1、排水沟堵塞。雨天校门积水。\n2、厕所墙体开裂。\n3、无学生食堂。\n"
                   "4、校门口车辆多。针对以上问题，学校请求镇政府帮助解决：\n"
                   "1、疏通校门排水沟。\n2、厕所应立即停用并维修，计划拆除二")
    assert [len(p.measures) for p in r.problems] == [1, 1, 0, 0]


def test_a_shorter_answering_list_that_does_not_end_the_copy_answers_nothing():
    r = parse_text("存在的具体问题\n1、排水沟堵塞。\n2、厕所墙体开裂。\n3、无学生食堂。\n"
                   "4、校门口车辆多。针对以上问题，学校请求镇政府帮助解决：\n"
                   "1、疏通校门排水沟。\n2、厕所应立即停用并维修。\n特此报告。\n某某中心小学\n")
    assert [len(p.measures) for p in r.problems] == [0, 0, 0, 0]


def test_the_checkers_demands_numbered_like_the_problems_are_not_their_measures():
    r = parse_text("二、存在问题\n1.个别班级晨检不全：记录缺项。\n2.台账更新不及时：多处空白。\n"
                   "三、整改要求\n1.强化责任意识，落实晨检。\n2.规范台账，定期检查。\n")
    assert len(r.problems) == 2
    assert [len(p.measures) for p in r.problems] == [0, 0]


# --- items labelled as a check point's shortcoming ------------------------------------------------------------

def test_items_labelled_as_a_check_points_shortcoming_are_problems_titled_after_the_label():
    r = parse_text("5月8日上午，督学到我园进行专项督导。\n整改建议：\n"
                   "1.第(A2)点的存在的不足与建议：安全台账要补齐\n"
                   "2.第(A5)点的存在的不足与建议：消防演练记录缺失。演练照片未存档。\n"
                   "4.第(A7)点的存在的不足与建议：食堂证照未公示6.第(B1)点的存在的不足与建议：保教计划不全\n")
    assert [(p.seq, p.title) for p in r.problems] == [
        (1, "安全台账要补齐"), (2, "消防演练记录缺失"), (4, "食堂证照未公示"), (6, "保教计划不全")]
    assert {p.category for p in r.problems} == {"整改建议"}
    assert all(not p.measures for p in r.problems)  # the text after the statement describes it


def test_numbered_check_points_without_a_shortcoming_label_are_not_problems():
    # near miss: the points of a check list with what they ask, no shortcoming named
    r = parse_text("督导内容如下：\n1.第(A2)点的评估要点：安全台账齐全\n2.第(A5)点的评估要点：消防演练每学期两次\n"
                   "3.第(A7)点的评估要点：食堂证照公示\n")
    assert r.problems == []


# --- a table pasted one cell per line, each cell closed by " |" -----------------------------------------------

PIPE_TABLE = ("现将部分整治成果公布如下:\n食堂名称 |\n具体问题 |\n整改情况 |\n甲小学食堂 |\n排风罩油污较多 |\n已清洗 |\n"
              "乙中学食堂 |\n留样柜温度不达标 |\n已更换留样柜 |\n扫一扫在手机上查看当前页面\n")


def test_a_table_pasted_one_cell_per_line_with_bars_is_read_row_by_row():
    rows = pipe_cell_tables(PIPE_TABLE.splitlines())
    assert rows == [[["食堂名称", "具体问题", "整改情况"], ["甲小学食堂", "排风罩油污较多", "已清洗"],
                     ["乙中学食堂", "留样柜温度不达标", "已更换留样柜"]]]
    r = _parse_extracted(extract_bytes(PIPE_TABLE.encode("utf-8"), "t.txt"))
    assert [p.title for p in r.problems] == ["排风罩油污较多", "留样柜温度不达标"]


def test_bar_closed_lines_that_are_not_a_whole_number_of_rows_or_have_no_known_heading_are_no_table():
    assert pipe_cell_tables(["食堂名称 |", "具体问题 |", "整改情况 |", "甲小学食堂 |", "排风罩油污较多 |"]) == []
    assert pipe_cell_tables(["姓名 |", "年龄 |", "住址 |", "张三 |", "30 |", "某村 |"]) == []
    assert pipe_cell_tables(["组 别 | 一组 | 二组 |", "地址 | 甲 | 乙 |"]) == []  # a row a line: not this shape


def test_a_check_points_statement_ends_at_its_first_semicolon_and_the_rest_is_kept_as_a_note():
    r = parse_text("整改建议：\n1.第(A2)点的存在的不足与建议：台账要补齐;要提供检查记录\n"
                   "2.第(A5)点的存在的不足与建议：演练记录缺失\n3.第(A7)点的存在的不足与建议：证照未公示\n")
    assert r.problems[0].title == "台账要补齐"
    assert "要提供检查记录" in r.problems[0].notes


def test_an_unlabelled_item_keeps_its_semicolon():
    r = parse_text("经查，我校存在以下问题：\n1、个别宿舍电线裸露;开关破损的现象。\n2、楼梯灯不亮。\n")
    assert r.problems[0].title == "个别宿舍电线裸露;开关破损的现象"


# --- a site's pay-wall note where the copy stops ---------------------------------------------------------------

def test_a_pay_wall_note_cutting_the_last_item_is_not_part_of_its_title():
    r = parse_text("四、存在的问题\n1、甲小学围墙开裂，存在安全隐患。\n"
                   "2、乙小学门窗破旧，给师生带来严 ……(未完,全文共939字,当前仅显示596字,请阅读下面提示信息。\n")
    assert r.problems[1].title == "乙小学门窗破旧，给师生带来严"


def test_a_title_with_a_plain_ellipsis_and_brackets_is_kept_whole():
    r = parse_text("四、存在的问题\n1、甲小学围墙开裂……(约200米)未修复。\n2、乙小学门窗破旧。\n")
    assert r.problems[0].title.startswith("甲小学围墙开裂……(约200米)")


def test_a_table_with_no_measure_column_takes_its_rectification_cell_as_the_one_measure():
    r = _parse_extracted(extract_bytes(PIPE_TABLE.encode("utf-8"), "t.txt"))
    assert [[m.text for m in p.measures] for p in r.problems] == [["已清洗"], ["已更换留样柜"]]


def test_a_rectification_cell_that_is_only_a_status_is_no_measure():
    text = PIPE_TABLE.replace("已清洗 |", "已完成 |")
    r = _parse_extracted(extract_bytes(text.encode("utf-8"), "t.txt"))
    assert r.problems[0].measures == [] and r.problems[0].status == "done"


def test_a_page_menu_line_before_a_list_is_not_its_category():
    text = "某县通报\n{}\n1、河道垃圾未清理。整改情况：已清理。\n2、排污口未设标识。整改情况：已设置标识。\n"
    assert [p.category for p in parse_text(text.format("环保督察 环保督察动态")).problems] == [None, None]
    assert [p.category for p in parse_text(text.format("生态环境方面")).problems] == ["生态环境方面"] * 2
