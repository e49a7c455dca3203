"""Numbering styles: heading markers and items counted inside a paragraph."""
from __future__ import annotations

import pytest

from zhenggai.importer.parse.numbering import (
    LEVEL_ARABIC,
    LEVEL_ARABIC_PAREN,
    LEVEL_CIRCLED,
    LEVEL_CN,
    LEVEL_CN_PAREN,
    cn_to_int,
    find_inline_numbered,
    find_xs_items,
    parse_marker,
)


@pytest.mark.parametrize(
    "text, level, number",
    [
        ("一、总体情况", LEVEL_CN, 1),
        ("十二、其他事项", LEVEL_CN, 12),
        ("（三）制度建设方面", LEVEL_CN_PAREN, 3),
        ("(四)作风建设方面", LEVEL_CN_PAREN, 4),
        ("1.加强理论学习。", LEVEL_ARABIC, 1),
        ("2、完善制度", LEVEL_ARABIC, 2),
        ("3．规范采购", LEVEL_ARABIC, 3),
        ("2.2020年底前完成清理", LEVEL_ARABIC, 2),
        ("（1）开展自查", LEVEL_ARABIC_PAREN, 1),
        ("(12)建立台账", LEVEL_ARABIC_PAREN, 12),
        ("③约谈责任人", LEVEL_CIRCLED, 3),
    ],
)
def test_it_recognises_each_numbering_style(text, level, number):
    marker = parse_marker(text)
    assert marker is not None
    assert (marker.level, marker.number) == (level, number)


@pytest.mark.parametrize("text", ["一是加强学习", "2.5万元已退回", "2021年完成", "加强学习", "10月底前完成"])
def test_it_does_not_take_ordinary_text_for_a_heading(text):
    assert parse_marker(text) is None


def test_it_reads_chinese_numerals():
    assert [cn_to_int(t) for t in ("一", "十", "十一", "二十", "二十三")] == [1, 10, 11, 20, 23]
    assert cn_to_int("是") is None


def test_it_counts_yi_shi_items_as_printed_with_a_repeated_number():
    text = "一是学习。二是调研。三是整改。三是复查。四是总结。"
    assert [n for _, n in find_xs_items(text)] == [1, 2, 3, 3, 4]


def test_it_counts_an_item_with_no_punctuation_before_it_when_it_comes_next_in_sequence():
    text = "一是组织培训，提高能力水平二是开展抽查。"
    assert len(find_xs_items(text)) == 2


def test_it_counts_items_after_a_skipped_number():
    assert len(find_xs_items("一是甲。二是乙。三是丙。五是丁。")) == 4


def test_it_does_not_count_yi_shi_inside_a_word_at_the_start():
    assert find_xs_items("统一是关键，要抓好落实。") == []


def test_it_finds_run_together_numbered_measures_but_not_decimals():
    text = "1.清理台账(责任单位:财务科)2.2021年底前完成审计(责任单位:审计科)3.罚款2.5万元已缴清。"
    assert [n for _, n in find_inline_numbered(text)] == [1, 2, 3]
