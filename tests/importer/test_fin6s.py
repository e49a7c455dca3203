"""Problem lists by family, from blindwritten6 once released (session 14, helper fin6s): constructed texts (not copies of
the set's), each family with negatives that look alike and must not be read that way.

Families:
- A one-task notice whose task field carries the task's number before its colon ("反馈问题第7项：…"), in a section of
  the problem's facts ("一、问题基本情况") followed by a section of what was done ("二、整改完成情况 1.…"): one problem.
- A one-task notice printed as a two-column field table (label cell | value cell: 整改任务 | …, 整改进度 | 已完成): the
  rows are labelled fields; the state row is the status, not a measure.
- A report's bare section of its own shortcomings ("三、存在的不足 一是…") among its report sections (总体情况 /
  主要做法 / 下一步工作打算): no problem list.
- A quoted phrase opening a statement that goes on ("“看病难”问题仍较突出，…") is not a wrapper to strip.
- The state said of the problem at the end of its account: "目前，该问题正在持续整改中。" is in progress.
- A heading whose statement is followed by the problem's state in the same paragraph ("（一）…问题。该问题已整改。一是…")
  ends at its first sentence.
- A ledger whose heading's cells merge down over a second heading row naming no new column; a signing row under the
  table (填报单位：… 填报时间：…); the body named before the round in the ledger's title.
- Category counts in pieces ("（共3件）") and on a ledger's spanning category row ("（2个问题）") are dropped.
"""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_text

from tests.importer.helpers import problem_rows as _read


# --- one task, its number in the field's label -----------------------------------------------------------------------
ONE_TASK = ("关于某县第一轮市生态环境保护督察反馈问题第{n}项整改任务验收销号情况的公示\n"
            "根据有关规定，县督察整改办组织相关单位于2023年5月10日对该项整改任务进行了验收，现将有关情况公示如下：\n"
            "一、问题基本情况\n"
            "{label}：某乡污水处理站长期停运，生活污水直排河道，下游断面水质超标。\n"
            "责任单位：某乡人民政府、县住房和城乡建设局\n"
            "整改时限：2023年3月底前\n"
            "整改目标：污水处理站稳定运行，出水达标排放。\n"
            "二、整改完成情况\n"
            "1.2022年11月，完成污水处理站设备更换和管网修复。\n"
            "2.委托第三方运营，落实专人值守。\n"
            "3.每月开展出水水质监测，结果均达标。\n"
            "三、公示时间及意见反馈\n"
            "公示时间：2023年5月15日至5月19日。\n"
            "某县督察整改办\n2023年5月15日\n")


@pytest.mark.parametrize("label", ["反馈问题第9项", "反馈问题第九项", "反馈问题（第9项）"])
def test_a_one_task_notice_whose_field_label_carries_the_task_number_is_one_problem(label):
    got = parse_text(ONE_TASK.format(n=9, label=label))
    assert _read(got) == [(9, None, "某乡污水处理站长期停运，生活污水直排河道，下游断面水质超标", "done", 3,
                           ["某乡人民政府", "县住房和城乡建设局"], "2023年3月底前")]


def test_a_notice_with_two_numbered_task_fields_is_not_read_as_one_task():
    text = ONE_TASK.format(n=9, label="反馈问题第9项").replace(
        "责任单位：某乡人民政府", "反馈问题第10项：某村垃圾填埋场渗滤液未收集处理。\n责任单位：某乡人民政府")
    got = parse_text(text)
    assert got.reading != "whole"


# --- a two-column field table -----------------------------------------------------------------------------------------
def _field_table(tmp_path, rows):
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    html = ("<html><head><title>公示</title></head><body>"
            "<h2>关于第二轮省生态环境保护督察整改任务（序号八）完成情况的公示</h2>"
            "<p>按照督察整改工作要求，我局牵头的整改任务（序号八）已完成整改，现予公示。</p>"
            f"<table>{cells}</table>"
            "<p>公示期限：2023年9月1日至9月7日。</p><p>某县水利局</p><p>2023年9月1日</p></body></html>")
    path = tmp_path / "notice.html"
    path.write_text(html, encoding="utf-8")
    return path


def test_a_two_column_field_table_is_read_as_labelled_fields_of_one_task(tmp_path):
    from zhenggai.importer.parse import parse_file

    path = _field_table(tmp_path, [
        ("整改任务", "某河道两岸违规堆放砂石，侵占行洪通道"),
        ("责任单位", "县水利局、某镇人民政府"),
        ("整改时限", "2023年8月底"),
        ("整改完成情况", "1.清运砂石2.1万立方米；<br>2.恢复河道行洪断面；<br>3.建立河长巡河制度；"),
        ("整改进度", "已完成"),
    ])
    got = parse_file(path)
    # (ks19: the task row's label is the one problem's category, R83 — as blindwritten17 w17_08 labels the same layout;
    # this test first expected None, as blindwritten6 b6_14's truth has it)
    assert _read(got) == [(8, "整改任务", "某河道两岸违规堆放砂石，侵占行洪通道", "done", 3, ["县水利局", "某镇人民政府"],
                           "2023年8月底")]
    assert not any("已完成" in m.text for m in got.problems[0].measures)


def test_rows_of_label_and_value_cells_become_fields_only_when_a_form_holds_three_of_them():
    from zhenggai.importer.parse.normalize import label_field_cells

    form = ["整改任务\t某问题", "责任单位\t某局", "整改时限\t2023年底"]
    assert label_field_cells(form) == ["整改任务：某问题", "责任单位：某局", "整改时限：2023年底"]
    # two label rows only, or a row with a third cell (a ledger's), stay as they are
    assert label_field_cells(["整改任务\t某问题", "责任单位\t某局"]) == ["整改任务\t某问题", "责任单位\t某局"]
    ledger = ["整改任务\t某问题\t某局", "责任单位\t某局", "整改时限\t2023年底", "序号\t问题"]
    assert label_field_cells(ledger)[0] == "整改任务\t某问题\t某局" and label_field_cells(ledger)[3] == "序号\t问题"


# --- a report's own shortcomings -------------------------------------------------------------------------------------
SUMMARY = ("某县委巡察办关于本届巡察整改工作情况的报告\n"
           "现将本届县委巡察整改工作情况报告如下。\n"
           "一、总体情况\n"
           "本届共反馈问题520个，已整改500个。\n"
           "二、主要做法\n"
           "（一）压实整改责任。推行整改方案双审核制度。\n"
           "（二）强化日常监督。将整改情况纳入年度考核。\n"
           "{third}\n"
           "一是个别单位对整改重视不够，存在重部署轻落实现象；二是部分深层次问题整改难度较大；三是整改评估标准不够完善。\n"
           "四、下一步工作打算\n"
           "持续跟踪未完成问题的整改。\n"
           "某县委巡察办\n2024年1月5日\n")


@pytest.mark.parametrize("third", ["三、存在的不足", "三、存在的问题和不足", "三、不足之处"])
def test_a_reports_bare_section_of_its_own_shortcomings_is_no_problem_list(third):
    got = parse_text(SUMMARY.format(third=third))
    assert got.problems == []


def test_shortcomings_announced_in_a_sentence_are_still_read_as_problems():
    text = ("某局巡察反馈问题自查情况\n经自查，我局主要存在以下问题：一是干部学习教育不够深入；二是财务报销审核不严；"
            "三是公务用车管理不规范。\n某局\n2024年1月5日\n")
    got = parse_text(text)
    assert [p.title for p in got.problems] == ["干部学习教育不够深入", "财务报销审核不严", "公务用车管理不规范"]


# --- a quoted phrase opening a statement ------------------------------------------------------------------------------
def test_a_quoted_phrase_opening_a_statement_that_goes_on_is_not_a_wrapper():
    from zhenggai.importer.parse.titles import split_heading

    assert split_heading("“放管服”改革推进缓慢，部分审批事项仍需多次跑。", True)[0] == "“放管服”改革推进缓慢，部分审批事项仍需多次跑"
    assert split_heading("“看病难”问题仍较突出，候诊时间长。", True)[0] == "“看病难”问题仍较突出，候诊时间长"


@pytest.mark.parametrize("heading", ["“看病难”问题的整改情况", "“看病难”问题。", "“看病难”问题整改情况：已完成。"])
def test_the_quoted_wrapper_is_still_stripped(heading):
    from zhenggai.importer.parse.titles import split_heading

    assert split_heading(heading, True)[0] == "看病难"


# --- the state of the problem said at the end of its account ----------------------------------------------------------
STATED = ("某医院党委关于巡察整改进展情况的通报\n（一）医疗服务方面\n"
          "问题一：门诊预约率偏低，患者候诊时间长。\n整改情况：\n1.推行分时段预约。\n2.增设自助终端。\n{s1}\n"
          "问题二：医德医风教育不够经常。\n整改情况：\n1.开展警示教育。\n{s2}\n某医院党委\n2024年3月1日\n")


@pytest.mark.parametrize("s1,s2,want", [
    ("目前，该问题正在持续整改中。", "目前，该问题已整改完成。", ["in_progress", "done"]),
    ("目前，该问题已整改完成。", "该问题持续整改中。", ["done", "in_progress"]),
])
def test_the_state_said_of_the_problem_at_its_end_is_its_status(s1, s2, want):
    got = parse_text(STATED.format(s1=s1, s2=s2))
    assert [p.status for p in got.problems] == want
    assert [p.measure_count for p in got.problems] == [2, 1]


# --- statement, state, measures in one paragraph ------------------------------------------------------------------------
AUDIT = ("关于2023年度审计查出问题整改情况的报告\n审计工作报告反映的问题已整改大部分。\n一、财政管理审计查出问题的整改情况\n"
         "（一）部分非税收入未及时缴库问题。{state}一是已将滞留收入缴入国库；二是修订收缴管理办法。\n"
         "（二）专项资金闲置问题。{state2}一是收回闲置资金；二是调整资金用途；三是加快项目进度。\n"
         "二、下一步工作安排\n对尚未整改到位的问题继续督促。\n")


def test_a_heading_followed_by_the_problems_state_ends_at_its_first_sentence():
    got = parse_text(AUDIT.format(state="该问题已整改。", state2="该问题正在整改。"))
    assert [(p.title, p.status, p.measure_count) for p in got.problems] == [
        ("部分非税收入未及时缴库问题", "done", 2), ("专项资金闲置问题", "in_progress", 3)]


def test_a_heading_without_a_state_sentence_keeps_its_reading():
    got = parse_text(AUDIT.format(state="", state2=""))
    assert [(p.title, p.measure_count) for p in got.problems] == [("部分非税收入未及时缴库问题", 2), ("专项资金闲置问题", 3)]
    assert [p.status for p in got.problems] == [None, None]


# --- ledgers ----------------------------------------------------------------------------------------------------------
def _ledger(tmp_path, *, title, footer, count_note=""):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title] + [None] * 7)
    ws.merge_cells("A1:H1")
    ws.append(["序号", "问题类别", "问题描述", "整改措施", "责任部门", "整改时限", "整改情况", None])
    ws.append([None, None, None, None, None, None, "完成情况", "佐证材料"])
    for col in "ABCDEF":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("G2:H2")
    if count_note:
        ws.append([f"一、作风建设方面{count_note}"] + [None] * 7)
        ws.merge_cells("A4:H4")
    ws.append(["1", "作风建设", "违规发放津补贴", "1.清退津补贴。\n2.修订薪酬制度。", "人力资源部", "2024年4月30日", "已完成", "文件"])
    ws.append(["2", None, "公务用车管理不规范", "启用定位系统。", "综合管理部", "长期坚持", "推进中", "台账"])
    if footer:
        r = ws.max_row + 1
        ws.append(["填报单位：集团巡察办"] + [None] * 4 + ["填报时间：2024年8月30日", None, None])
        ws.merge_cells(f"A{r}:E{r}")
        ws.merge_cells(f"F{r}:H{r}")
    path = tmp_path / "ledger.xlsx"
    wb.save(path)
    return path


def _parse(path):
    from zhenggai.importer.parse import parse_file

    r = parse_file(path)
    if hasattr(r, "materialise"):
        r.materialise()
    return r


def test_a_ledger_whose_heading_merges_down_over_a_second_row_reads_no_heading_row_as_a_problem(tmp_path):
    r = _parse(_ledger(tmp_path, title="某集团有限公司党委第二轮巡察反馈问题整改台账", footer=True))
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (1, "违规发放津补贴", "done", 2), (2, "公务用车管理不规范", "in_progress", 1)]
    # the signing row is who filled it and when; the issuer is the body the title names
    assert (r.issuer, r.report_date) == ("某集团有限公司党委", "2024-08-30")


def test_a_ledgers_signing_row_names_the_issuer_when_the_title_names_none(tmp_path):
    r = _parse(_ledger(tmp_path, title="巡察反馈问题整改台账", footer=True))
    assert len(r.problems) == 2
    assert (r.issuer, r.report_date) == ("集团巡察办", "2024-08-30")


def test_a_ledger_without_a_signing_row_has_no_report_date(tmp_path):
    r = _parse(_ledger(tmp_path, title="某集团有限公司党委第二轮巡察反馈问题整改台账", footer=False))
    assert len(r.problems) == 2 and r.report_date is None


@pytest.mark.parametrize("note,want", [("（2个问题）", "作风建设方面"), ("（共2项）", "作风建设方面"),
                                       ("（涉及2个单位）", "作风建设方面（涉及2个单位）")])
def test_a_ledgers_category_row_drops_its_count_but_not_other_notes(tmp_path, note, want):
    from zhenggai.importer.ledger_reader import read_ledger_rows

    rows = [["序号", "问题类别", "问题描述", "整改措施"], [f"一、{want.split('（')[0]}{note}"] * 4,
            ["1", "", "违规发放津补贴", "清退。"]]
    r = read_ledger_rows(rows)
    r.materialise()
    assert [p.category for p in r.problems] == [want]


def test_a_heading_counted_in_pieces_drops_its_count_but_not_other_notes():
    from zhenggai.importer.parse.structure import RE_COUNT_NOTE
    from zhenggai.importer.parse.tree import RE_DECLARED_COUNT

    assert RE_DECLARED_COUNT.sub("", "省委巡视组移交信访件办理情况（共3件）") == "省委巡视组移交信访件办理情况"
    assert RE_COUNT_NOTE.sub("", "信访件办理情况（3件）") == "信访件办理情况"
    assert RE_COUNT_NOTE.sub("", "水环境方面（涉及3个单位）") == "水环境方面（涉及3个单位）"
