"""settled24: the importer agrees with the lead's settled calls of session 24 (CONVENTIONS §3.1) — C1 a category
heading's count note dropped in every form, C13 a lead-in sentence is no category, C41 a leader who checks, taken as
printed with the post."""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.inspection import RE_LEADER_CHECKS
from zhenggai.importer.parse.structure import RE_LEAD_IN, _without_count_note

CHECK = "关于城乡环境卫生督查情况的通报\n一、督查情况\n3月5日至8日，市督查组对各街道进行了督查，共发现问题5个。\n二、存在问题\n"
ITEMS_A = "1.部分路段垃圾清运不及时，存在积存现象。\n2.部分门店占道经营问题突出。\n3.农贸市场周边车辆乱停乱放。\n"
ITEMS_B = "1.背街小巷垃圾清运不及时。\n2.部分小区飞线充电问题突出。\n"


# C1: every form of a count note after a heading is dropped
@pytest.mark.parametrize("heading, name", [
    ("（一）城东街道（3个）", "城东街道"),  # a place's group, as blind16's 鹿城镇(14个)
    ("（一）城东街道(共3个问题)", "城东街道"),
    ("（一）市容秩序方面（三项）", "市容秩序方面"),  # Chinese numerals
    ("（一）城東街道（3處）", "街道"),  # traditional script, counted in places (the script of the category not asserted)
])
def test_a_category_headings_count_note_is_dropped_in_every_form(heading, name):
    text = CHECK + heading + "\n" + ITEMS_A + "（二）城西街道（2条）\n" + ITEMS_B
    r = parse_text(text)
    assert len(r.problems) == 5
    assert [p.category for p in r.problems][3:] == ["城西街道"] * 2
    assert all(p.category.endswith(name) and "3" not in p.category for p in r.problems[:3])


def test_count_notes_of_other_words_are_taken_off_and_a_name_in_brackets_is_not():
    assert _without_count_note("安全生产方面（共6个典型案例）") == "安全生产方面"
    assert _without_count_note("食品安全（2起）") == "食品安全"
    assert _without_count_note("党风廉政建设方面（十项）") == "党风廉政建设方面"
    # near misses: a bracket that names, not counts
    assert _without_count_note("城东街道（含开发区）") == "城东街道（含开发区）"
    assert _without_count_note("整改任务（序号十）") == "整改任务（序号十）"


# C13: a lead-in sentence naming only "the problems" is no category
@pytest.mark.parametrize("lead", ["主要问题表现为：", "存在的主要问题表现在：", "发现的问题主要有："])
def test_a_lead_in_sentence_over_a_numbered_list_is_no_category(lead):
    text = "关于城乡环境卫生督查情况的通报\n二、存在问题\n（一）总体情况\n" + lead + "\n" + ITEMS_A
    r = parse_text(text)
    assert len(r.problems) == 3
    assert all(p.category is None for p in r.problems)


@pytest.mark.parametrize("lead", ["主要问题如下", "发现的问题如下", "存在的突出问题如下"])
def test_a_lead_in_sentence_before_one_inline_item_is_no_category(lead):
    text = f"4月2日，县督查组对城关镇进行暗访，{lead}：(1)部分路段垃圾清运不及时，垃圾桶满溢。"
    r = parse_text(text)
    assert len(r.problems) == 1 and r.problems[0].category is None


def test_a_lead_naming_its_area_is_still_the_category():
    # near miss: "环境卫生方面问题如下" names the area the problems are in
    text = "4月2日，县督查组对城关镇进行暗访，环境卫生方面问题如下：(1)部分路段垃圾清运不及时，垃圾桶满溢。"
    assert parse_text(text).problems[0].category == "环境卫生方面问题"


def test_lead_in_sentences_and_labels_are_told_apart():
    assert RE_LEAD_IN.match("存在问题主要有：")
    assert RE_LEAD_IN.match("发现的问题是：")
    assert RE_LEAD_IN.match("主要问题表现为")
    assert not RE_LEAD_IN.match("存在问题：")  # a bare label (R79) stays a label
    assert not RE_LEAD_IN.match("消防安全方面问题主要有：")  # names its area


# C41: a leader named by post and name as the one who checks, as printed
@pytest.mark.parametrize("lead, inspector", [
    ("近日，市委常委、秘书长李明带队深入城区督查创文工作。", "市委常委、秘书长李明"),
    ("3月2日上午，区人民政府副区长王晓东一行到三个街道暗访检查环境卫生整治情况。", "区人民政府副区长王晓东"),
    ("5月8日，镇党委书记陈刚深入各村督导人居环境整治工作。", "镇党委书记陈刚"),
    ("2023年8月5日，镇党委书记张平，镇长刘明分别带队对河道进行了专项督查。", "镇党委书记张平，镇长刘明"),
])
def test_a_leader_who_checks_is_the_inspector_as_printed(lead, inspector):
    r = parse_text(lead + "\n部分路段垃圾清运不及时，垃圾桶满溢。")
    assert r.inspection.inspector == inspector


@pytest.mark.parametrize("lead", [
    "6月1日，县长王五在全县会议上要求加强督查，对发现的问题立即整改。",  # speaks of checks
    "9月17日，市长于某对海洋督察整改工作做出批示：“市督查室搞好配合。”",  # an instruction
    "市长、分管副市长多次深入现场督查整改工作。",  # no name
    "县生态环境局局长杨四清陪同督查。",  # accompanies
])
def test_a_leader_who_does_not_check_is_no_inspector(lead):
    assert RE_LEADER_CHECKS.search(lead) is None


# R46: a self-check's body is both inspector and inspected
@pytest.mark.parametrize("lead, body", [
    ("县人民医院严格按照上级要求，认真开展了医疗质量安全自查自纠工作。", "县人民医院"),
    ("为加强校园安全管理，根据县教育局通知要求，城关第二小学对校舍、食堂进行了全面自查。", "城关第二小学"),
    ("2024年3月5日，市林业局于3月组织各科室对照检查要求进行了自查。", "市林业局"),
    ("根据上级部署要求，县委、县政府领导班子扎实推进对照检查阶段工作。", "县委、县政府领导班子"),
])
def test_a_body_checking_itself_is_both_inspector_and_inspected(lead, body):
    r = parse_text(lead + "\n一是部分台账记录不全。\n二是制度执行不到位。")
    assert (r.inspection.inspector, r.inspection.inspected) == (body, body)


@pytest.mark.parametrize("lead", [
    "市教育局要求各学校认真开展自查工作。",  # told to check itself
    "全市各医院开展了医疗质量安全自查。",  # every body of a kind
    "市卫健委于3月对县人民医院进行了检查。",  # another body's check, no self-check said
])
def test_a_body_not_checking_itself_is_no_self_check(lead):
    r = parse_text(lead + "\n一是部分台账记录不全。")
    assert not (r.inspection.inspector and r.inspection.inspector == r.inspection.inspected)


# R32: a blank printed between the matter and its rectification in a title is kept
@pytest.mark.parametrize("title", [
    "关于县级督察反馈第12号问题整改 销号公示",
    "市第二轮环保督察反馈问题第五项整改任务 整改结果公示",
    "关于省级督察反馈问题 （序号7）整改情况的公示",
])
def test_a_blank_before_the_rectification_in_a_title_is_kept_as_printed(title):
    assert parse_text(title + "\n根据有关要求，现将整改情况公示如下。\n").title == title


def test_a_blank_wrapping_a_phrase_in_a_title_is_folded():
    r = parse_text("四平市公开第二轮省级生态环境保护 督察整改落实情况\n根据有关要求，现将整改情况公示如下。\n")
    assert r.title == "四平市公开第二轮省级生态环境保护督察整改落实情况"


def test_a_tables_category_row_drops_its_count_note():
    import io

    import docx

    from zhenggai.importer.parse import parse_bytes

    d = docx.Document()
    d.add_paragraph("城区环境卫生督查反馈问题整改情况的通报")
    d.add_paragraph("现将城区环境卫生督查反馈问题整改情况通报如下。")
    rows = [("序号", "反馈问题", "责任单位", "整改时限", "整改进展"), ("一、城东街道（共两个问题）", "", "", "", ""),
            ("1", "部分路段垃圾清运不及时", "城东街道办事处", "2024年5月底", "已完成"),
            ("2", "农贸市场周边车辆乱停乱放", "城东街道办事处", "2024年6月底", "已完成"),
            ("二、城西街道（1处）", "", "", "", ""), ("3", "背街小巷垃圾积存", "城西街道办事处", "2024年5月底", "正在推进")]
    table = d.add_table(rows=len(rows), cols=5)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    out = io.BytesIO()
    d.save(out)
    r = parse_bytes(out.getvalue(), "t.docx")
    assert [p.category for p in r.problems] == ["城东街道", "城东街道", "城西街道"]
