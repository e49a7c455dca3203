"""Two module-level names were defined twice in the parser after merges (session 17); the later definition silently
replaced the earlier for every caller. These tests hold each caller to the pattern written for it."""
from zhenggai.importer.parse import headline
from zhenggai.importer.parse.readings import _unnumbered_after


def test_an_unnumbered_list_after_以下问题_stops_at_a_next_steps_line():
    texts = ["检查中发现以下问题：", "消防通道堆放杂物", "部分灭火器过期未更换", "下一步将加强日常巡查", "其他"]
    assert _unnumbered_after(texts, 0) == [1, 2]


def test_an_unnumbered_list_after_以下问题_runs_to_its_last_short_line_when_nothing_closes_it():
    texts = ["检查中发现以下问题：", "消防通道堆放杂物", "部分灭火器过期未更换", "应急照明损坏"]
    assert _unnumbered_after(texts, 0) == [1, 2, 3]


def test_a_count_named_unfinished_is_not_read_as_the_total_and_does_not_crash():
    text = "对26个未完成整改的环境突出问题召开专题会督办。针对26个环境突出问题明确牵头部门和整改时限。"
    h = headline.headline_figures(text)
    assert h.problems_total is None


def test_a_plain_total_next_to_an_unfinished_remainder_is_still_read():
    text = "巡察反馈问题30个，已完成整改25个，5个未完成整改的问题正在推进。"
    h = headline.headline_figures(text)
    assert (h.problems_total, h.problems_done) == (30, 25)
