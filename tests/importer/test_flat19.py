"""flat19 (session 19): a web copy whose line breaks a scraper lost (perturb.py --perturbations flat), where the old
lost-break rule (normalize._RE_LOST_BREAK: at least three gaps in a paragraph of 200 characters or more) does not fire:
a short page copied whole into one line, or one whose gaps stand after ASCII punctuation.

Rules (normalize.restore_lost_breaks):
- a page's date written as a page writes it (2022-06-08 [20:36], 03.08.2016 18:37, 2020/11/16, 2020年08月04日) alone
  between gaps goes on a line of its own;
- a signature's date after a sentence's end, and a signature block (body's name + 年月日 date) ending the text, go on
  lines of their own;
- a document's name at the start of the line (…的通报 / 报告 / 情况 …) before a gap is the title's line.
Near-misses: a paragraph that is one paragraph in the original, with a 年月日 date or a time inside a sentence between
gaps, reads the same as before.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import restore_lost_breaks

BODY = ("根据县委统一部署，县委第二巡察组对某某镇党委开展了常规巡察，发现问题12个，截至目前已全部整改完成，"
        "现将有关情况通报如下，请各单位对照检查，举一反三，切实抓好整改落实，确保问题不反弹、不回潮。")


def test_a_page_date_and_time_alone_between_gaps_in_a_one_line_copy_is_a_line_of_its_own():
    text = f"某某镇巡察整改工作取得实效 2022-06-08 20:36 {BODY}"
    assert restore_lost_breaks([text]) == ["某某镇巡察整改工作取得实效", "2022-06-08 20:36", BODY]
    assert parse_text(text).report_date == "2022-06-08"


def test_a_day_first_dotted_page_date_and_a_zero_padded_chinese_date_are_page_dates_too():
    assert restore_lost_breaks([f"某某镇巡察整改工作取得实效 03.08.2016  18:37 {BODY}"])[1] == "03.08.2016  18:37"
    assert restore_lost_breaks([f"某某日报 2020年08月04日 某某镇巡察整改工作取得实效 {BODY}"])[1] == "2020年08月04日"


def test_a_signature_block_ending_a_one_line_copy_is_split_into_the_body_and_its_date():
    text = f"关于某某镇巡察整改情况的通报 {BODY}特此通报。 中共某某县某某镇委员会 2023年5月6日"
    assert restore_lost_breaks([text]) == ["关于某某镇巡察整改情况的通报", BODY + "特此通报。", "中共某某县某某镇委员会",
                                           "2023年5月6日"]
    doc = parse_text(text)
    assert doc.report_date == "2023-05-06"
    assert doc.title == "关于某某镇巡察整改情况的通报"


def test_a_signature_date_after_a_sentence_end_before_an_editor_line_is_a_line_of_its_own():
    text = f"{BODY}对整改不力的单位将进行约谈问责。 2020年10月5日 责编:区融媒体中心"
    assert restore_lost_breaks([text]) == [BODY + "对整改不力的单位将进行约谈问责。", "2020年10月5日", "责编:区融媒体中心"]


def test_a_document_name_before_the_first_gap_of_a_one_line_copy_is_its_title_line():
    text = f"关于某某镇巡察整改情况的通报 {BODY}"
    assert restore_lost_breaks([text]) == ["关于某某镇巡察整改情况的通报", BODY]


def test_a_chinese_date_or_a_time_inside_a_sentence_between_gaps_leaves_the_paragraph_whole():
    text = ("县委第二巡察组于 2021年5月13日 进驻某某镇，上午 10:30 在镇会议室召开动员会，" + BODY)
    assert restore_lost_breaks([text]) == [text]


def test_a_name_ending_as_a_body_inside_the_last_sentence_is_no_signature_block():
    # no sentence's end before the name: "…经某某县委员会 2023年5月6日审议" is prose, and the text does not end on the date
    text = BODY + "此方案经某某县委员会 2023年5月6日 审议通过后印发执行，各单位要认真抓好落实。"
    assert restore_lost_breaks([text]) == [text]


def test_a_title_like_opening_inside_a_later_paragraph_is_not_split():
    paras = ["各单位：", "请遵照执行。", "附件说明", f"整改工作推进情况 {BODY}"]
    assert restore_lost_breaks(paras) == paras


def test_a_page_date_opening_a_one_line_copy_is_a_line_of_its_own():
    text = f"2023年11月22日 某某镇巡察整改工作取得实效 {BODY}"
    assert restore_lost_breaks([text])[:2] == ["2023年11月22日", f"某某镇巡察整改工作取得实效 {BODY}"]


def test_a_source_line_with_its_upload_date_stays_one_line_in_a_copy_that_lost_its_breaks():
    text = f"某某水利局开展水土保持监督检查 来源: 水土保持生态环境建设网 上传日期:2025-05-23 打印本文章 {BODY} {BODY}"
    pieces = restore_lost_breaks([text])
    assert "来源: 水土保持生态环境建设网 上传日期:2025-05-23" in pieces
    assert parse_text(text).report_date == "2025-05-23"


def test_the_other_gaps_of_that_copy_still_break_as_before():
    text = f"某某水利局开展水土保持监督检查 来源: 水土保持生态环境建设网 上传日期:2025-05-23 打印本文章 {BODY} {BODY}"
    pieces = restore_lost_breaks([text])
    assert pieces[0] == "某某水利局开展水土保持监督检查"
    assert "打印本文章" in pieces and pieces.count(BODY) == 2
