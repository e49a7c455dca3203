"""Session 16, formats: the same document read from .docx, .pdf and HTML as from .txt (issue 10).

Each rule below is a statement about how Word, LibreOffice or a PDF lays text out, with a constructed positive case and a
near miss. tests/importer/real/tools/format_copies.py runs the same comparison over every labelled document
(tests/importer/real/FORMATS_FIRST_RUN16.txt, FORMATS_FINAL_RUN16.txt).
"""
from __future__ import annotations

import io

from zhenggai.importer.extract import (_PdfLine, _continues_inline_list, _pdf_join, _without_title_header, extract_bytes,
                                       html_paragraphs)
from zhenggai.importer.parse import parse_paragraphs

from tests.importer.helpers import format_copies_tool as _tool, needs_soffice, soffice_convert


def _docx(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


# --- a table typed as lines reads the same in every format ---------------------------------------------------------
PIPE_TABLE = ["某县市场监管局关于校园食堂检查情况的公示", "现将检查发现的问题及整改情况公布如下：",
              "检查对象 |", "存在问题 |", "整改情况 |",
              "第一小学食堂 |", "留样冰箱温度记录缺失 |", "已补齐记录并指定专人管理 |",
              "第二中学食堂 |", "库房食品离地离墙距离不足 |", "已加装货架并重新摆放 |"]


def test_a_table_typed_one_cell_a_line_in_a_docx_is_read_as_a_ledger_as_in_a_txt():
    txt = extract_bytes("\n".join(PIPE_TABLE).encode(), "公示.txt")
    word = extract_bytes(_docx(PIPE_TABLE), "公示.docx")
    assert txt.ledger is not None and word.ledger is not None
    assert [p.title for p in word.ledger.problems] == [p.title for p in txt.ledger.problems]
    assert len(word.ledger.problems) == 2


def test_a_table_typed_as_lines_on_a_web_page_is_read_as_a_ledger_too():
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in PIPE_TABLE) + "</body></html>"
    assert len(extract_bytes(page.encode(), "公示.html").ledger.problems) == 2


def test_lines_closed_by_a_bar_that_are_no_ledger_stay_text_in_a_docx():
    lines = ["某镇工作动态", "上一篇 |", "下一篇 |", "返回首页 |", "本周共开展检查12次，发现问题3个，均已整改。"]
    assert extract_bytes(_docx(lines), "动态.docx").ledger is None


# --- the signature of a copy that lost its breaks ------------------------------------------------------------------
BODY = "根据区教育局统一部署，我校对照标准开展了自查，发现问题3个：1、围墙破损；2、消防器材过期；3、厕所卫生差。现已全部整改完成。"


def test_a_signature_run_on_after_the_last_sentence_gives_the_report_date():
    assert parse_paragraphs([BODY + "特此报告。某县实验小学2021年4月9日"]).report_date == "2021-04-09"
    assert parse_paragraphs([BODY + "某县第三中学 2021.04.09"]).report_date == "2021-04-09"


def test_a_date_inside_the_last_sentence_is_no_signature():
    # the date belongs to the sentence: no body signs after the stop
    assert parse_paragraphs([BODY + "整改工作于2021年4月9日全部完成。"]).report_date is None


def test_a_school_signing_over_a_date_in_figures_on_the_next_line_is_the_signature():
    from zhenggai.importer.parse.facts import signature

    assert signature([(0, BODY + "特此报告。某县第三中学"), (1, "2021.04.09")]) == ("某县第三中学", "2021-04-09")


def test_a_date_in_figures_under_a_sentence_that_names_no_body_has_no_signer():
    from zhenggai.importer.parse.facts import signature

    assert signature([(0, BODY + "特此报告。请各校认真对照执行"), (1, "2021.04.09")]) == (None, None)


# --- LibreOffice HTML: a break in the source is a space that was typed -------------------------------------------------
LO_HEAD = b'<html><head><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/></head><body>'


def test_a_source_break_in_libreoffice_html_keeps_the_space_it_stands_for():
    page = LO_HEAD + "<p>各项整改已完成。\n二、下一步工作 继续巩固整改成果。</p></body></html>".encode()
    assert html_paragraphs(page)[0] == ["各项整改已完成。 二、下一步工作 继续巩固整改成果。"]


def test_a_source_break_in_another_page_between_chinese_characters_is_nothing():
    page = "<html><body><p>各项整改已完成。\n二、下一步工作</p></body></html>".encode()
    assert html_paragraphs(page)[0] == ["各项整改已完成。二、下一步工作"]


# --- PDF lines ----------------------------------------------------------------------------------------------------
def _line(text, *, gap=0.0, from_left=True, centred_off=False, size=16.0, indented=False):
    return _PdfLine(text=text, from_left=from_left, gap=gap, indented=indented, size=size, char_w=16.0,
                    fills=gap <= 8, centred_off=centred_off)


def test_the_next_item_of_a_list_run_on_in_a_paragraph_goes_on_it_at_a_line_start():
    lines = [_line("经自查发现以下问题：1、台账登记不全；2、制度上墙不及时；3、"), _line("培训记录缺失；"),
             _line("4、档案管理不规范。", gap=200)]
    # (the second line fills the measure and ends a clause; "4、" is the list's next item, not a new paragraph)
    assert _pdf_join([lines]) == ["经自查发现以下问题：1、台账登记不全；2、制度上墙不及时；3、培训记录缺失；4、档案管理不规范。"]
    assert _continues_inline_list("……；3、培训记录缺失；", "4、档案") and not _continues_inline_list("……；2、培训记录缺失；", "4、档案")


def test_an_item_after_an_item_that_opened_its_own_paragraph_opens_its_own():
    lines = [_line("3、培训记录缺失，相关人员未参加年度培训，未建立培训档案和考核记录台账；"), _line("4、档案管理不规范。", gap=200)]
    assert _pdf_join([lines]) == [lines[0].text, "4、档案管理不规范。"]


def test_a_centred_line_under_a_full_line_of_a_centred_paragraph_goes_on_it():
    lines = [_line("关于某某问题整改情况的公示反馈问题已全部完成整改。"), _line("现予公示。", gap=100, centred_off=True)]
    assert _pdf_join([lines]) == ["关于某某问题整改情况的公示反馈问题已全部完成整改。现予公示。"]


def test_a_line_at_the_left_margin_after_a_full_sentence_starts_a_paragraph_where_paragraphs_are_not_indented():
    lines = [_line("反馈问题已全部完成整改，现将整改情况予以公示，接受社会监督。"), _line("公示时间为10天。", gap=200)]
    assert _pdf_join([lines]) == [lines[0].text, "公示时间为10天。"]


def test_a_web_address_under_a_title_opens_its_own_line():
    lines = [_line("某市跟进监督推动巡察整改", gap=120), _line("http://www.example.com 2022-03-04 10:01:31", gap=40)]
    lines[1].lead_w = 300.0  # the address is wider than the room the title left: still no wrap
    assert _pdf_join([lines]) == ["某市跟进监督推动巡察整改", "http://www.example.com 2022-03-04 10:01:31"]


def test_a_western_word_that_did_not_fit_still_goes_on_the_line_above():
    lines = [_line("请拨打监督电话", gap=40), _line("12345678转分机。", gap=200)]
    lines[1].lead_w = 60.0
    assert _pdf_join([lines]) == ["请拨打监督电话12345678转分机。"]


def test_a_small_header_repeating_the_title_is_dropped_from_a_one_page_pdf():
    page = [_line("某县关于食堂专项整治", size=10.5, from_left=False), _line("某县关于食堂专项整治工作成果公布", size=22),
            _line("现将整治成果公布如下：")]
    assert [line.text for line in _without_title_header(page)] == [page[1].text, page[2].text]


def test_a_small_first_line_that_does_not_repeat_the_title_is_kept():
    page = [_line("附件2", size=10.5, from_left=False), _line("某县关于食堂专项整治工作成果公布", size=22)]
    assert _without_title_header(page) == page
    same = [_line("某县关于食堂专项整治", size=22), _line("某县关于食堂专项整治工作成果公布", size=22)]
    assert _without_title_header(same) == same


@needs_soffice
def test_a_one_page_pdf_with_a_header_repeating_its_title_reads_as_the_text(tmp_path):
    tool = _tool()
    text = "\n".join(["某县关于2024年校园食堂专项整治工作成果的公示", "现将专项整治发现的问题及整改情况公示如下：",
                      "一、部分食堂留样记录不全。已补齐记录。", "二、个别食堂防蝇设施老化。已更换防蝇帘。"])
    tool.write_docx_auto(tool.blocks_of(text), tmp_path / "notice.docx")
    pdf = soffice_convert(tmp_path / "notice.docx", "pdf", tmp_path)
    lines = [p.strip() for p in extract_bytes(pdf.read_bytes(), "notice.pdf").paragraphs if p.strip()]
    assert lines == [line for line in text.splitlines() if line.strip()]


def test_a_title_under_a_running_header_that_repeats_it_is_kept_on_a_longer_pdf():
    from zhenggai.importer.extract import _without_running_lines

    page1 = [_line("关于基层党组织存在的问题", size=10.5, from_left=False), _line("关于基层党组织存在的问题", size=22),
             _line("经调研，存在以下问题：")]
    page2 = [_line("关于基层党组织存在的问题", size=10.5, from_left=False), _line("一是党员老化。"), _line("二是制度不全。")]
    kept = _without_running_lines([page1, page2])
    assert [line.text for line in kept[0]] == ["关于基层党组织存在的问题", "经调研，存在以下问题："]
    assert kept[0][0].size == 22 and [line.text for line in kept[1]] == ["一是党员老化。", "二是制度不全。"]


# --- LibreOffice HTML: a list of its own under an item of the multi-level list ----------------------------------------
LO_NESTED = ('<ol><li><p>整改总体情况</p></ol><ol start="2"><li><p>问题整改情况</p><ol><li><p>组织建设方面</p><ol>'
             '<li><p>关于“台账不全”问题的整改情况</p></ol></ol></ol>{after}</body></html>')


def test_a_fresh_top_level_list_after_a_deep_item_is_a_list_of_its_own_one_level_below_it():
    after = "<ol><li><p>补齐台账；</p><li><p>建立月查制度。</p></ol>"
    lines = html_paragraphs(LO_HEAD + LO_NESTED.format(after=after).encode())[0]
    assert lines[-2:] == ["（1）补齐台账；", "（2）建立月查制度。"]


def test_the_top_level_list_going_on_after_a_deep_item_keeps_its_own_count():
    after = '<ol start="3"><li><p>下一步工作</p></ol>'
    lines = html_paragraphs(LO_HEAD + LO_NESTED.format(after=after).encode())[0]
    assert lines[-1] == "三、下一步工作"


def test_a_full_line_ending_in_a_bare_list_label_goes_on_the_next_line():
    lines = [_line("设备已安装到位，该项目已开始试生产。(二)"), _line("关于“某项目”进展缓慢问题。", gap=150)]
    assert _pdf_join([lines]) == ["设备已安装到位，该项目已开始试生产。(二)关于“某项目”进展缓慢问题。"]


def test_a_full_line_ending_in_a_closing_bracket_of_words_ends_its_paragraph_where_paragraphs_are_not_indented():
    lines = [_line("设备已安装到位，该项目已开始试生产（详见附件）"), _line("关于“某项目”进展缓慢问题。", gap=150)]
    assert _pdf_join([lines]) == [lines[0].text, "关于“某项目”进展缓慢问题。"]


def test_a_top_level_list_that_opens_with_deeper_items_goes_on_counting():
    after = "<ol><ol><li><p>补齐台账；</p></ol><li><p>下一步工作</p></ol>"
    lines = html_paragraphs(LO_HEAD + LO_NESTED.format(after=after).encode())[0]
    assert lines[-1] == "三、下一步工作"


def test_a_full_line_ending_in_an_inline_item_label_and_its_colon_goes_on_the_next_line():
    lines = [_line("现将审计结果公告如下： 一、基本情况 (一)项目计划:"), _line("全年共安排重点项目12个。", gap=150)]
    assert _pdf_join([lines]) == ["现将审计结果公告如下： 一、基本情况 (一)项目计划:全年共安排重点项目12个。"]


def test_a_heading_line_of_its_own_ending_in_a_colon_ends_its_paragraph():
    lines = [_line("(一)项目计划:", gap=300), _line("全年共安排重点项目12个。", gap=150)]
    assert _pdf_join([lines]) == ["(一)项目计划:", "全年共安排重点项目12个。"]
    full = [_line("审计发现的问题主要有以下几个方面，具体情况如下："), _line("全年共安排重点项目12个。", gap=150)]
    assert _pdf_join([full]) == [full[0].text, "全年共安排重点项目12个。"]
