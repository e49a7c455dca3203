"""ot19b (session 19): one-task notices on the real pages of blind34 under perturbation.

- a 公示 carrying its one task as an annexed "label | value |" table (a masked tender-site copy): the rows are labelled
  fields (normalize.label_field_cells), the lead's 联系电话 is no closing when the task's fields follow it
  (parse._fields_follow), a table's row is not joined to its caption, the cell's masked item mark "(十 * )" is stripped
  (readings._RE_MASKED_ITEM_MARK), a masked unit "(略)市人民政府" keeps its bracket (readings._unbracketed);
- an excerpt whose lead says the task's number again without 第 ("问题36项问题") is no report of many (readings._many_counted);
- an excerpt opening on the task's numbered section, no title or lead, is read by its two sections;
- a two-row Word table of known field labels reads "label：value" (extract._field_row_line);
- a task section's fields put in a table under it are sections of their own (readings._fields_under_task).
"""
from __future__ import annotations

import io

import docx

from zhenggai.importer.extract import _field_row_line
from zhenggai.importer.parse import _closing_start, parse_bytes, parse_text
from zhenggai.importer.parse.normalize import Para, join_broken_lines, label_field_cells
from zhenggai.importer.parse.readings import _RE_MASKED_ITEM_MARK, _fields_under_task, _many_counted, _unbracketed
from zhenggai.importer.parse.tree import build_tree

MASKED_PIPE_NOTICE = """(略) 市人民政府
关于贯彻落实国家海洋督察整改任务(序号 * )
整改完成情况公示
根据《(略) 省贯彻落实国家海洋督察反馈意见整改销号工作办法》要求,现将国家海洋督察整改任务(序号 * )整改完成情况予以公示,公示时间为 * 日至 * 日,共7天。公示期间,欢迎公众对整改情况提出意见和建议。联系电话: *** 。
特此公示
附件:贯彻落实国家海洋督察整改任务(序号 * )整改完成情况公示表
(略) 市人民政府
* 日
贯彻落实国家海洋督察整改任务(序号 * )
整改完成情况公示表
整改 任务 | (十 * ) * 年, (略) 市 (略) 门在某岛项目用海审批过程中未开展关联性审核,分散审批填海项目 * 宗,共批准填海 * . * 公顷。 |
责任 单位 | (略) 市人民政府 |
责任人 | 某某 |
联系 电话 | *** |
整改 目标 | 规范项目立项和用海审批程序,对造成破坏的海洋生态开展修复。 |
整改 措施 | * 年 * 月底前,完成项目区海洋生态环境影响后评估,根据后评估结论开展生态整治修复。 |
整改主要工作及成效 | 1. * 日,委托 (略) 编制了《某岛环境影响后评估》,已完成整改。 |
"""


def test_a_masked_notice_annexing_its_one_task_as_a_bar_table_is_read_as_that_task():
    result = parse_text(MASKED_PIPE_NOTICE)
    assert len(result.problems) == 1
    p = result.problems[0]
    assert p.category == "整改任务" and p.seq is None
    assert p.title.startswith("* 年") or p.title.startswith("*年")  # (the masked mark "(十 * )" stripped, the masks kept)
    assert p.responsible_units == ["(略)市人民政府"]


def test_bar_rows_of_a_label_and_one_value_become_fields_only_where_three_known_labels_make_a_form():
    rows = ["整改 任务 | 某河段垃圾堆放 |", "责任 单位 | 某镇 |", "整改时限 | 2024年底 |", "验收结论 | 同意销号"]
    assert [str(x) for x in label_field_cells(rows)] == ["整改任务：某河段垃圾堆放", "责任单位：某镇", "整改时限：2024年底",
                                                         "验收结论：同意销号"]
    two = ["整改任务 | 某河段垃圾堆放 |", "责任单位 | 某镇 |"]
    assert label_field_cells(two) == two
    ledger = ["整改任务 | 某问题 | 某局 |", "责任单位 | 某局 | 2024年 |", "整改时限 | 2024年底 | 已完成 |"]
    assert label_field_cells(ledger) == ledger  # (three cells a row: a ledger's rows, no form)


def test_a_closing_phrase_followed_by_the_tasks_labelled_fields_is_not_the_closing():
    rest = [(0, "现将整改完成情况予以公示。联系电话：1234567。"), (1, "特此公示"), (2, "整改任务：某问题的表述"),
            (3, "责任单位：某局"), (4, "整改措施：开展整治")]
    assert _closing_start(rest) == 5
    closing = [(0, "现将整改完成情况予以公示。"), (1, "联系电话：1234567"), (2, "联系地址：某路1号"),
               (3, "某局"), (4, "受理时间：工作日")]
    assert _closing_start(closing) == 1  # (a contact's labels are no task's fields)


def test_a_field_tables_row_is_not_joined_to_the_caption_line_over_it():
    def joined(texts, blocks):
        return [p.text for p in join_broken_lines([Para(t, k) for k, t in enumerate(texts)], lambda t: False, {0}, blocks)]

    row = ["某某整改完成情况公示表及有关说明", "整改任务：某问题的表述"]
    assert joined(row, {1}) == row
    assert joined(row, set()) == ["".join(row)]  # (a line of the page's width, not a table's row: it goes on)
    plain = ["某某整改完成情况公示表及有关说明", "某问题的表述如下"]
    assert joined(plain, {1}) == ["".join(plain)]  # (a block's start that is no field row)


def test_a_masked_item_mark_is_a_bracket_of_a_star_and_at_most_one_numeral_not_a_note_of_words():
    assert _RE_MASKED_ITEM_MARK.match("(十 * ) 2019年,某市…")
    assert _RE_MASKED_ITEM_MARK.match("（*）某市…")
    assert _RE_MASKED_ITEM_MARK.match("(略) 市某部门…") is None
    assert _RE_MASKED_ITEM_MARK.match("(十一)某市…") is None


def test_a_units_value_loses_the_brackets_it_sat_in_but_keeps_a_masked_names_own():
    assert _unbracketed("(略)市人民政府") == "(略)市人民政府"
    assert _unbracketed("某区生态环境局）") == "某区生态环境局"
    assert _unbracketed("（某区生态环境局）") == "某区生态环境局"
    assert _unbracketed("某县（市、区）人民政府") == "某县（市、区）人民政府"


def test_the_tasks_own_number_said_again_without_第_is_no_count_of_tasks():
    head = "第三轮省级生态环境保护督察反馈问题第36项问题整改公示\n完成第三轮省级生态环境保护督察反馈问题36项问题整改,拟申请验收销号。"
    assert not _many_counted(head)
    assert _many_counted(head.replace("问题36项问题整改", "问题21项问题整改"))
    assert _many_counted("关于整改任务21项的公示\n已完成整改14项")


CUT_HEAD = ("第三轮省级生态环境保护督察反馈问题第36项问题整改公示\n"
            "完成第三轮省级生态环境保护督察反馈问题36项问题整改,拟申请验收销号。现对该项问题整改完成情况向社会公示:\n"
            "一、整改问题农村垃圾收转运体系运行不畅。\n"
            "二、整改目标农村生活垃圾收转运体系规范运行,做到及时收运、规范处置农村生活垃圾。…\n")


def test_an_excerpt_whose_lead_repeats_the_task_number_is_read_as_its_one_task():
    result = parse_text(CUT_HEAD)
    assert [(p.seq, p.title) for p in result.problems] == [(36, "农村垃圾收转运体系运行不畅")]
    many = CUT_HEAD.replace("问题36项问题整改,拟", "问题21项问题整改,拟")
    assert _many_counted(many[:400])  # (a lead counting other tasks: the excerpt rule stays out, os19's reading holds)


OPENS_ON_SECTION = ("一、反馈问题\n"
                    "污水处理厂提标改造进度缓慢。重点湖泊等敏感区域城镇污水处理设施应在2017年底前全面达到一级A排放标准,目前仅完成3座。\n"
                    "二、整改目标\n"
                    "湖区县以上城镇污水处理设施全面达到一级A排放标准。\n"
                    "……\n")


def test_an_excerpt_opening_on_the_tasks_section_is_read_by_its_two_sections():
    result = parse_text(OPENS_ON_SECTION)
    assert len(result.problems) == 1
    assert result.problems[0].title.startswith("污水处理厂提标改造进度缓慢")


def test_an_excerpt_opening_on_a_section_of_several_numbered_problems_is_no_one_task():
    several = ("一、反馈问题\n"
               "1.污水处理厂提标改造进度缓慢,目前仅完成3座。\n"
               "2.部分乡镇污水管网建设滞后,收集率偏低。\n"
               "二、整改目标\n"
               "湖区县以上城镇污水处理设施全面达到一级A排放标准。\n")
    assert len(parse_text(several).problems) != 1


def test_a_row_of_a_known_fields_label_and_its_value_reads_as_that_field():
    assert _field_row_line(["整改问题", "某路段路面被过往车辆压坏,扬尘严重。"]) == "整改问题：某路段路面被过往车辆压坏,扬尘严重。"
    assert _field_row_line(["整改措施", "完成情况"]) is None  # (a header row)
    assert _field_row_line(["1", "消防通道堵塞"]) is None
    assert _field_row_line(["整改问题", "某问题", "某局"]) is None


def test_a_two_row_word_table_of_a_task_and_its_target_is_read_as_one_task():
    d = docx.Document()
    d.add_paragraph("某信访件相关内容已整改完成,按照有关要求,现将有关整改情况公示如下:")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "整改问题", "某街道某路段路面被过往车辆压坏,过车时扬尘严重,下雨时积水严重。"
    t.cell(1, 0).text, t.cell(1, 1).text = "整改目标", "强化道路保洁,减少扬尘源。"
    d.add_paragraph("某局")
    d.add_paragraph("2025年1月3日")
    buf = io.BytesIO()
    d.save(buf)
    result = parse_bytes(buf.getvalue(), "notice.docx")
    assert [p.title for p in result.problems] == ["某街道某路段路面被过往车辆压坏,过车时扬尘严重,下雨时积水严重"]


UNDER_TASK = ("一、第二轮省生态环境保护督察反馈问题\n"
              "某县生活垃圾填埋场污泥混合液外流问题。\n"
              "整改目标：对垃圾场外流污泥进行全面清理,规范处置,消除环境污染。\n"
              "整改措施：(一)全面清理外流污泥。(二)依法立案查处。(三)制定污染区域环境治理方案。\n"
              "整改期限：2021年10月底\n"
              "整改措施落实情况：(一)关于第1项整改措施落实情况。组织机械清理外流污泥。\n"
              "(二)关于第2项整改措施落实情况。依法下达行政处罚决定书。\n"
              "(三)关于第3项整改措施落实情况。种植冬青1000余株。\n"
              "六、整改完成时间。2021年9月\n")


def test_a_task_sections_fields_put_in_a_table_under_it_are_sections_of_their_own():
    result = parse_text(UNDER_TASK)
    assert [(p.title, p.deadline) for p in result.problems] == [("某县生活垃圾填埋场污泥混合液外流问题", "2021年10月底")]
    root = build_tree([Para(t, k) for k, t in enumerate(UNDER_TASK.splitlines())])
    task, fields = _fields_under_task(root.children[0])
    assert [c.text for c in task.children] == ["某县生活垃圾填埋场污泥混合液外流问题。"]
    assert {"deadline"} <= set(fields)


def test_a_task_section_with_one_labelled_line_under_it_is_not_split():
    one = ("一、第二轮省生态环境保护督察反馈问题\n"
           "某县生活垃圾填埋场污泥混合液外流问题。\n"
           "整改目标：对垃圾场外流污泥进行全面清理。\n")
    root = build_tree([Para(t, k) for k, t in enumerate(one.splitlines())])
    assert _fields_under_task(root.children[0]) is None
