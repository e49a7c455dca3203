"""Session 19, formats (fmt19): the documents labelled since session 16 read from a PDF as from their .txt (issue 10).

Each rule is a statement about how a PDF printed by LibreOffice or Word shows a text, with a positive case and a near miss.
tests/importer/real/tools/format_copies.py runs the comparison over every labelled document
(tests/importer/real/FORMATS_FIRST_RUN19.txt, FORMATS_FINAL_RUN19.txt).
"""
from __future__ import annotations

from zhenggai.importer.extract import (_PdfLine, _RE_PDF_WESTERN, _continues_inline_list, _pdf_join, _wide_gaps,
                                       _without_running_lines, extract_bytes)

from tests.importer.helpers import format_copies_tool as _tool, needs_soffice, soffice_convert


def _line(text, *, gap=0.0, from_left=True, size=16.0, indented=False, opens_indented=False, top=None):
    return _PdfLine(text=text, from_left=from_left, gap=gap, indented=indented, size=size, char_w=16.0,
                    fills=gap <= 8, opens_indented=opens_indented, top=top)


# --- the typesetter's gap between Chinese and Western characters ---------------------------------------------------
def test_a_space_before_an_item_number_inside_a_paragraph_is_kept():
    text = "整改时限：2021年8月13日前 1.员工食堂杂物乱堆放；2.厨房垃圾乱堆放。"
    assert _pdf_join([[_line(text, gap=200)]]) == [text]
    assert _pdf_join([[_line("1、进行了行政处罚 2、完善了相关手续", gap=200)]]) == ["1、进行了行政处罚 2、完善了相关手续"]


def test_the_gap_before_a_number_that_is_no_item_is_dropped():
    assert _pdf_join([[_line("农贸市场 5月份检查考评情况通报", gap=200)]]) == ["农贸市场5月份检查考评情况通报"]
    assert _pdf_join([[_line("共追回资金 2.5万元，涉及 12、13号楼", gap=200)]]) == ["共追回资金2.5万元，涉及12、13号楼"]


def test_a_round_o_written_for_zero_in_a_chinese_date_loses_its_gaps():
    assert _pdf_join([[_line("二 Ο 一四年五月三十一日", gap=200)]]) == ["二Ο一四年五月三十一日"]
    assert _pdf_join([[_line("二 ○ 一九年三月", gap=200)]]) == ["二○一九年三月"]


def test_a_space_between_two_chinese_words_is_kept():
    assert _pdf_join([[_line("近日 马关县督查组 对部分小区进行督查", gap=200)]]) == ["近日 马关县督查组 对部分小区进行督查"]


def test_a_western_word_in_brackets_between_chinese_characters_loses_its_gaps():
    assert _pdf_join([[_line("但督察組發 (fā) 現 (xiàn)，污水處理能力不足", gap=200)]]) == ["但督察組發(fā)現(xiàn)，污水處理能力不足"]


def test_a_bracket_of_chinese_or_figures_keeps_its_spaces():
    assert _pdf_join([[_line("检查组 (2人) 到场 (一) 现场", gap=200)]]) == ["检查组 (2人) 到场 (一) 现场"]


def test_accented_latin_letters_count_as_a_western_word_that_did_not_fit():
    assert all(_RE_PDF_WESTERN.match(c) for c in "(fèi)ǎ")
    assert not _RE_PDF_WESTERN.match("收")


# --- a wide gap is a run of spaces ------------------------------------------------------------------------------------
def _chars(spec):
    """Characters of one line: (text, x0) pairs, each 16 points wide."""
    return [{"text": t, "x0": x0, "x1": x0 + 16.0} for t, x0 in spec]


def test_a_gap_of_two_characters_between_fields_reads_as_two_spaces():
    chars = _chars([("態", 0), ("發", 48), ("布", 64)])
    assert _wide_gaps("態 發布", chars, 16.0) == "態  發布"


def test_a_narrow_gap_stays_one_space():
    chars = _chars([("市", 0), ("場", 16), ("5", 36), ("月", 48)])
    assert _wide_gaps("市場 5月", chars, 16.0) == "市場 5月"
    # the text does not match the characters: left as it is
    assert _wide_gaps("市場 5月", chars[:3], 16.0) == "市場 5月"


# --- page numbers and running lines ---------------------------------------------------------------------------------
def test_a_number_alone_inside_a_page_is_the_texts():
    page = [_line("检查发现问题汇总表", gap=200), _line("15", gap=300), _line("有一处洞口网纱间隙过大", gap=100),
            _line("— 1 —", gap=200, from_left=False)]
    assert _pdf_join([page]) == ["检查发现问题汇总表", "15", "有一处洞口网纱间隙过大"]


def test_a_number_alone_atop_the_first_page_is_the_texts_but_atop_a_later_page_is_a_page_number():
    first = [_line("01", gap=300), _line("2014-08", gap=300), _line("市城建委关于安全生产检查的通报", gap=100)]
    second = [_line("2", gap=300), _line("二、存在问题", gap=300)]
    assert _pdf_join([first, second]) == ["01", "2014-08", "市城建委关于安全生产检查的通报", "二、存在问题"]


def test_the_same_line_ending_two_pages_at_different_heights_is_no_running_footer():
    page1 = [_line("一、某村污水直排问题", top=78.0), _line("整改进度：已完成。", top=719.8)]
    page2 = [_line("整改进度：已完成。", top=78.2), _line("主办单位：某市生态环境局", top=193.8)]
    kept = _without_running_lines([page1, page2])
    assert [len(p) for p in kept] == [2, 2]


def test_a_footer_at_the_same_height_on_every_page_is_dropped():
    page1 = [_line("一、某村污水直排问题", top=78.0), _line("某市生态环境局  第1页", top=786.1)]
    page2 = [_line("二、某厂扬尘问题", top=78.2), _line("某市生态环境局  第2页", top=786.1)]
    kept = _without_running_lines([page1, page2])
    assert [[line.text for line in p] for p in kept] == [["一、某村污水直排问题"], ["二、某厂扬尘问题"]]


# --- items run on inside a paragraph that opens with an outer label --------------------------------------------------
def test_an_inline_item_under_an_outer_label_of_another_style_goes_on_its_paragraph():
    before = "4.信义花园：(1)小区垃圾桶未盖、桶壁脏污，垃圾满溢；"
    assert _continues_inline_list(before, "(2)小区内车辆乱停乱放；")
    lines = [_line(before), _line("(2)小区内车辆乱停乱放。", gap=200)]
    assert _pdf_join([lines]) == [before + "(2)小区内车辆乱停乱放。"]


def test_an_item_under_a_paragraph_opening_with_a_label_of_its_own_style_opens_its_own():
    assert not _continues_inline_list("(1)检查发现：(1)台账不全；", "(2)制度不全；")
    assert not _continues_inline_list("1.检查发现：1.台账不全；", "2.制度不全；")


# --- a paragraph that opened indented goes on -------------------------------------------------------------------------
def test_a_line_at_the_margin_after_a_full_sentence_goes_on_a_paragraph_that_opened_indented():
    lines = [_line("5月13日，督察组向滨州市移交第一批群众信访件，共3件，涉及2个县(区)。", opens_indented=True),
             _line("其中：滨城区2件，无棣县1件。", gap=200)]
    assert _pdf_join([lines]) == [lines[0].text + lines[1].text]


def test_a_line_at_the_margin_after_a_full_sentence_of_a_paragraph_at_the_margin_opens_its_own():
    lines = [_line("5月13日，督察组向滨州市移交第一批群众信访件，共3件，涉及2个县(区)。"),
             _line("其中：滨城区2件，无棣县1件。", gap=200)]
    assert _pdf_join([lines]) == [lines[0].text, lines[1].text]


# --- the whole way: a .docx printed by LibreOffice -------------------------------------------------------------------
@needs_soffice
def test_items_run_on_after_a_deadline_and_a_date_with_a_round_o_read_from_a_pdf_as_typed(tmp_path):
    tool = _tool()
    text = "\n".join(["某县农贸市场检查情况通报",
                      "一、检查发现问题 1.市场内卫生间堆放杂物；整改时限：2021年8月13日前 1.员工食堂橱柜杂物乱堆放；"
                      "2.临时厨房垃圾乱堆放。",
                      "二Ο一四年五月三十一日"])
    tool.write_docx_typed(tool.blocks_of(text), tmp_path / "notice.docx")
    pdf = soffice_convert(tmp_path / "notice.docx", "pdf", tmp_path)
    lines = [p.strip() for p in extract_bytes(pdf.read_bytes(), "notice.pdf").paragraphs if p.strip()]
    assert lines == text.splitlines()


def test_a_number_with_a_letter_after_its_point_is_no_item_and_loses_the_gap():
    assert _pdf_join([[_line("问题 2.l：建材企业无组织排放问题突出", gap=200)]]) == ["问题2.l：建材企业无组织排放问题突出"]


# --- the width of a character on a page glossed in pinyin ----------------------------------------------------------------
class _Page:
    def __init__(self, lines):
        self._lines = lines

    def extract_text_lines(self, return_chars=True):
        return self._lines


def _text_line(spec, x0):
    """One line of (text, width) glyphs set side by side from x0."""
    chars, x = [], x0
    for t, w in spec:
        chars.append({"text": t, "x0": x, "x1": x + w, "size": 16.0})
        x += w
    return {"text": "".join(t for t, _ in spec), "x0": x0, "x1": x, "top": 80.0, "chars": chars}


def test_the_character_width_of_a_page_glossed_in_pinyin_is_a_chinese_characters():
    from zhenggai.importer.extract import _pdf_page_lines

    glossed = [("發", 16.0)] + [(c, 6.0) for c in "(fā)"] + [("現", 16.0)] + [(c, 6.0) for c in "(xiàn)"]
    lines = [_text_line(glossed * 6, 112.0), _text_line(glossed * 7, 80.0)]
    assert {line.char_w for line in _pdf_page_lines(_Page(lines))} == {16.0}


def test_the_character_width_of_a_page_in_western_letters_is_a_letters():
    from zhenggai.importer.extract import _pdf_page_lines

    lines = [_text_line([(c, 6.0) for c in "Inspection report"] + [("查", 16.0)], 80.0)]
    assert {line.char_w for line in _pdf_page_lines(_Page(lines))} == {6.0}


# --- LibreOffice HTML: the multi-level list starting again at its top level -------------------------------------------
def _lo_page(after: str) -> bytes:
    from tests.importer.test_formats16 import LO_HEAD, LO_NESTED

    return LO_HEAD + LO_NESTED.format(after=after).encode()


def test_a_fresh_top_level_list_whose_item_is_a_heading_after_a_deep_item_starts_the_list_again():
    from zhenggai.importer.extract import html_paragraphs

    after = '<p>附件1</p><ol><li value="1"><h1>贯彻落实新发展理念方面</h1></ol>'
    assert html_paragraphs(_lo_page(after))[0][-1] == "一、贯彻落实新发展理念方面"


def test_a_fresh_top_level_list_of_body_paragraphs_after_a_deep_item_stays_a_list_of_its_own():
    from zhenggai.importer.extract import html_paragraphs

    after = '<ol><li value="1"><p>补齐台账；</p></ol>'
    assert html_paragraphs(_lo_page(after))[0][-1] == "（1）补齐台账；"
