"""perf21: the parser made faster with no output changed (tests/importer/real/PERF21.txt).

Each change is held here to the form it replaced: the
memoised functions answer as their own bodies do, the heading cache of ``_under_place_headings`` as the loop it stands
for, the lock-free node property as ``functools.cached_property``, and the paused collector is put back as it was."""
from __future__ import annotations

import gc
import re
from functools import cached_property

import pytest

from zhenggai.importer.parse import parse_paragraphs, parse_text
from zhenggai.importer.parse import facts, levels, numbering, titles
from zhenggai.importer.parse.tree import bare_section_label
from zhenggai.importer.parse.normalize import Para
from zhenggai.importer.parse.tree import Node, build_tree

# --- the memoised functions answer as their bodies do ------------------------------------------------------------
TEXTS = [
    "一、已整改完成的问题", "二、正在推进的问题", "长期坚持的问题", "整改进展情况：持续整改", "持续整改", "全部完成",
    "已達到銷號標準", "该项任务已达到验收销号标准", "（三）基本完成（2个）", "存在的具体问题", "经查，我校安全工作存在以下问题：",
    "针对检查发现的问题，现将整改情况报告如下：", "检查发现各市场不同程度存在一些问题，具体如下：", "主要问题及整改情况：",
    "排查出以下安全隐患", "我校及时整改了排查出的隐患", "", "  ", "某某单位", "工作情况", "问题表现为",
]


@pytest.mark.parametrize("fn", [titles.status_of, titles.section_status, levels.stated_problems_lead, levels.states_problems,
                                bare_section_label, facts.title_like])
def test_a_memoised_function_answers_as_its_own_body_does_every_time(fn):
    for text in TEXTS + [t + "：" for t in TEXTS] + ["1." + t for t in TEXTS]:
        assert fn(text) == fn.__wrapped__(text) == fn(text), text


def test_nothing_a_parse_read_is_kept_after_it():
    parse_text("关于巡察反馈意见整改情况的通报\n一、存在问题\n（一）已完成整改的问题\n1.学习不深入。\n整改措施：制定学习计划。")
    assert all(kept.cache_info().currsize == 0 for kept in numbering._PER_PARSE) and not numbering._MARKER_MEMO
    assert len(numbering._PER_PARSE) >= 6


def test_status_of_none_is_none():
    assert titles.status_of(None) is None


# --- the heading cache of _under_place_headings -------------------------------------------------------------------
def _under_place_headings_as_before(node, own_lead):  # (the loop as it was before session 21)
    if own_lead and levels.RE_SITE_IN_ORDER.search(own_lead):
        return False
    a = node.parent
    for _ in range(3):
        if a is None or a.marker is None or a.marker.number == 0 or not levels.RE_GROUP_HEAD.match(levels.heading_title(a)):
            return False
        if levels.bare_report_section(a):
            return False
        if levels.RE_SITE_IN_ORDER.search(levels._run_lead(a)):
            return False
        lead = levels._run_lead(a)
        if lead:
            return levels.stated_problems_lead(lead)
        a = a.parent
    return False


DOCS = [
    "存在问题如下：\n一、体育馆\n1.消防通道堵塞。\n2.灭火器过期。\n二、图书馆\n1.电线私拉乱接。\n三、工作建议\n1.进一步加强管理。",
    "突出問題如下：\n一、某社區\n（一）背街小巷\n1.垃圾堆放。\n2.污水横流。\n（二）农贸市场\n1.占道经营。",
    "检查情况如下：\n一、东区\n该点位文明创建工作整体良好。\n1.绿化带有杂物。\n二、西区\n1.路灯损坏。",
    "一、基本情况\n1.组织领导。\n2.工作部署。\n二、下一步打算\n1.持续抓好整改。",
]


def test_the_heading_cache_answers_as_the_loop_it_stands_for():
    for doc in DOCS:
        root = build_tree([Para(t, k) for k, t in enumerate(doc.splitlines())])
        nodes = [n for n in root.walk() if n.marker is not None]
        assert nodes
        for n in nodes:
            lead = levels._run_lead(n) if n.parent is not None else ""
            assert levels._under_place_headings(n, lead) == _under_place_headings_as_before(n, lead), n.text


# --- the node's kept properties --------------------------------------------------------------------------------------
class _AsBefore:
    def __init__(self, marker, para):
        self.marker, self.para = marker, para

    @cached_property
    def text(self):
        return self.marker.rest if self.marker else (self.para.text if self.para else "")


def test_a_nodes_text_and_level_are_kept_and_forgotten_as_cached_property_did():
    root = build_tree([Para(t, k) for k, t in enumerate(DOCS[0].splitlines())])
    for n in root.walk():
        assert n.text == _AsBefore(n.marker, n.para).text
        assert "text" in n.__dict__ and n.__dict__["text"] is n.text
        assert n.level == (n.marker.level if n.marker else 99) and "level" in n.__dict__
    n = next(iter(root.walk()))
    n.forget_marker_values()
    assert "text" not in n.__dict__ and "level" not in n.__dict__
    assert n.text == _AsBefore(n.marker, n.para).text
    assert Node.text.__get__(None, Node) is Node.__dict__["text"]  # (read on the class: the descriptor itself)


# --- the collector paused for a parse -----------------------------------------------------------------------------
def test_the_collector_is_back_on_after_a_parse_and_off_if_it_was():
    assert gc.isenabled()
    parse_text("关于巡察反馈意见整改情况的通报\n一、存在问题\n1.学习不深入。\n整改措施：制定学习计划。")
    assert gc.isenabled()
    gc.disable()
    try:
        parse_text("一、存在问题\n1.台账不规范。")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_on_when_a_parse_fails(monkeypatch):
    import zhenggai.importer.parse as package

    def fails(paragraphs):
        assert not gc.isenabled()  # (paused while the parse runs)
        raise RuntimeError("a parse that fails")

    monkeypatch.setattr(package, "_parse_paragraphs", fails)
    with pytest.raises(RuntimeError):
        parse_paragraphs(["一、存在问题"])
    assert gc.isenabled()


# --- _check's splits by str.split --------------------------------------------------------------------------------
def test_a_split_at_stop_characters_gives_the_pieces_re_split_gives():
    import random

    from zhenggai.importer.parse import _CLAUSE_STOPS, _SENTENCE_STOPS, split_at

    rng = random.Random(21)
    alphabet = list("。;；!?！？,，甲乙丙丁整改完成 \n") + ["问题", "措施"]
    texts = ["", "。", "。。", "甲", "甲。", "。甲", "甲；乙！丙？丁", "一是加强学习，二是完善制度；三是严格考核。"]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for stops in (_SENTENCE_STOPS, _CLAUSE_STOPS):
        rx = re.compile("[" + re.escape(stops) + "]")
        for t in texts:
            assert split_at(t, stops) == rx.split(t), (stops, t)
