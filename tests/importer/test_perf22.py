"""perf22: patterns the regex engine tried at every offset, rewritten so that it scans for their first character — each
held here to the form it replaced (tests/importer/real/PERF22.txt).

The plain forms are written out as they were; the strings are built from each pattern's own fragments (its words,
stops, digits, blanks) with a fixed seed, not taken from documents.
"""
import random
import re

import pytest

import zhenggai.importer.parse as parse_pkg
from zhenggai.importer.parse import dates, facts, fields, headline, levels, normalize, numbering
from zhenggai.importer.parse.rx import NearAnchor


def _strings(alphabet, n, longest=10, seed=22):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _sig(m):
    return None if m is None else (m.span(), m.groups())


def _same(fast, plain, texts, positions=(0,)):
    for t in texts:
        assert _sig(fast.search(t)) == _sig(plain.search(t)), t
        for pos in positions:
            assert [_sig(m) for m in fast.finditer(t, pos)] == [_sig(m) for m in plain.finditer(t, pos)], (t, pos)


_COMMON = ["，", "。", "；", "：", ":", "（", "）", "(", ")", "\n", " ", "\u3000", "、", ".", "2023", "年", "5", "12", "1",
           "月", "日", "x", "第", "个", "项", "条"]


def _fragments(pattern: str, extra=()):
    return sorted(set(re.findall(r"[\u4e00-\u9fff]{1,4}", pattern))) + _COMMON + list(extra)


# --- a repeat or an optional part first: the same repeat led by one class ----------------------------------------------
@pytest.mark.parametrize("fast, plain", [
    (numbering._RE_INLINE_NUMBER, r"(\d{1,2})\s*[.．、]"),
    (normalize._RE_QUOTED_ITEM, r"([一二三四五六七八九十]{1,2})、\s*关于\s*“"),
    (dates._RE_DIGITS_DAY, r"\d{3}日"),
    (normalize._RE_SPACES, r"\s{2,}"),
    (re.compile(r"(\d\d*)\s*条(?:整改措施)?已(?:全部)?(?:完成|落实)(?!\s*\d)"), r"(\d+)\s*条(?:整改措施)?已(?:全部)?(?:完成|落实)(?!\s*\d)"),
    (headline.RE_CLASSES_TASKS_MEASURES, headline.RE_CLASSES_TASKS_MEASURES.pattern.replace(r"\d\d*\s*(?:类", r"\d+\s*(?:类", 1)),
])
def test_a_repeat_written_as_its_first_item_then_the_rest_matches_as_the_repeat(fast, plain):
    plain = re.compile(plain)
    assert fast.pattern != plain.pattern
    texts = _strings(_fragments(plain.pattern, ["一", "二", "关于", "“", "123", "\t"]), 3000)
    _same(fast, plain, texts + ["1.某某；12、某某 123.4", "二、关于“某某”问题", "完成123日", "a  b\u3000\u3000c"], (0, 1, 5))


# --- alternatives led by a group spread into alternatives led by a literal ------------------------------------------------
def test_the_shortfall_words_spread_into_literal_led_alternatives_match_as_before():
    plain = levels.RE_SHORTFALL.pattern.replace("率(?:较|过)?低(?!于)|度(?:较|过)?低(?!于)", "(?:率|度)(?:较|过)?低(?!于)") \
        .replace("进展(?:较|偏)?慢|进度(?:较|偏)?慢|速度(?:较|偏)?慢", "(?:进展|进度|速度)(?:较|偏)?慢")
    assert plain != levels.RE_SHORTFALL.pattern
    texts = _strings(_fragments(plain, ["率", "度", "低", "低于", "较", "过", "偏", "慢", "进展", "速度"]), 4000)
    _same(levels.RE_SHORTFALL, re.compile(plain), texts + ["参与率较低", "知晓度低于", "进度偏慢", "速度较慢，不到位"])
    _same(re.compile(levels.RE_SITE_IN_ORDER.pattern),
          re.compile(r"(?:整体|总体|基本|情况|工作)(?:良好|较好)|未发现(?:明显|突出)?问题|无(?:明显)?问题"),
          _strings(["整体", "总体", "基本", "情况", "工作", "良好", "较好", "未发现", "明显", "突出", "问题", "无", "x"], 3000))


def test_the_next_number_after_a_stop_or_a_comma_is_found_as_before():
    stops = normalize._RUN_ON_STOPS
    texts = _strings(list(stops) + ["，", ",", ")", "）", " ", "\u3000", "（二）", "(二)", "二、", "2、", "x", "某"], 4000)
    for num in (r"[(（]二[)）]", "二、", r"2[、.．]"):
        _same(re.compile(rf"[{stops}，,)）](?:(?<=[{stops}])\s*|(?<=[，,)）])\s+){num}"),
              re.compile(rf"(?:[{stops}]\s*|[，,)）]\s+){num}"), texts)


# --- led by a look-behind, an optional part or a group: tried only where a match can open ------------------------------
_ANCHORED = {  # (perf23: RE_MEASURE_DATE_BY, _PROBLEM_COUNT_AT, _MEASURE_COUNT_AT, _NAMED_MEASURE_COUNT_AT and
    # _DONE_AND_REST_AT, numbering.RE_NEXT_STEP and normalize._RE_CJK_SPACE are plain patterns led by a class or literals
    # now: test_perf23 holds them to their old forms)
    "headline._CN_PROBLEM_COUNT_AT": (headline._CN_PROBLEM_COUNT_AT, ["反馈", "查找出", "查出", "三", "十二", "个", "问题", "方面"]),
    "headline.RE_TASKS": (headline.RE_TASKS.original, ["整改任务", "项", "任务", "具体", "第"]),
    "normalize._RE_SEG_LOST": (normalize._RE_SEG_LOST, ["（一）", "(二)", "1.", "关于", "《", "“"]),
    "normalize._RE_SECTION_AT_STOP": (normalize._RE_SECTION_AT_STOP, ["一、", "十二、", "二是", "】", "”"]),
    "facts.RE_SIGNATURE_LOST_UNITS": (facts.RE_SIGNATURE_LOST_UNITS, ["2019", "2023", "1012", "0503", "19", "20"]),
}


@pytest.mark.parametrize("name", sorted(_ANCHORED))
def test_a_pattern_tried_at_its_anchors_finds_what_the_pattern_finds(name):
    fast, extra = _ANCHORED[name]
    assert isinstance(fast, NearAnchor), name
    texts = _strings(_fragments(fast.pattern, extra), 3000, 12)
    _same(fast, fast.original, texts)


def test_the_anchors_read_the_same_digit_runs_as_before():
    # (perf23: the three NearAnchors at r"\d\d*" — RE_MEASURE_DATE_BY, _PROBLEM_COUNT_AT, _MEASURE_COUNT_AT — became
    # patterns led by their first digit; test_perf23 holds them to the forms they replaced)
    text = "反馈问题12个，123项措施，已于2024年6月底前完成"
    assert [m.span() for m in re.finditer(r"\d\d*", text)] == [m.span() for m in re.finditer(r"\d+", text)]


def test_the_stamp_hint_is_found_at_the_start_or_after_a_blank_as_before():
    fast = normalize._RE_STAMP_HINT
    assert fast.original.pattern == r"(?:^|[ \u3000])(?:(?:19|20)\d{2}[-/年]|\d{2}\.\d{2}\.(?:19|20))"
    texts = _strings(["2023-", "2019/", "2020年", "12.05.2019", "20", "19", " ", "\u3000", "某局", "。", "x"], 3000, 8)
    for t in texts + ["2023-05-06 某局", "某局 2023年5月", "\u300012.05.2019"]:
        assert _sig(fast.search(t)) == _sig(fast.original.search(t)), t
        assert [_sig(m) for m in fast.finditer(t)] == [_sig(m) for m in fast.original.finditer(t)], t


# --- the field labels: a colon found by a class, its blank run read back ------------------------------------------------
class _LabelsAsBefore(fields.LabelsBeforeColon):
    """LabelsBeforeColon with its anchor as it was: '\\s*[:：]|【' searched at every offset."""

    def __init__(self, rx):
        super().__init__(rx)
        self._anchor = re.compile(r"\s*[:：]|【")

    def finditer(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else min(endpos, len(text))
        match, words, firsts = self.original.match, self._words, fields._LABEL_FIRSTS
        p = pos
        for a in self._anchor.finditer(text, pos, endpos):
            q = a.start()
            starts = (q,) if text[q] == "【" else [q - n for n in self._lengths
                                                  if q - n >= p and text[q - n] in firsts and text[q - n:q] in words]
            for s in starts:
                if s < p:
                    continue
                m = match(text, s, endpos)
                if m is not None:
                    yield m
                    p = m.end() if m.end() > s else s + 1


def test_field_labels_are_found_where_they_were_found():
    before = _LabelsAsBefore(NearAnchor(fields.RE_FIELD.original.pattern, "[" + re.escape(fields._LABEL_FIRSTS) + "]", 0))
    words = ["整改措施", "责任单位", "整改时限", "完成时限", "牵头领导", "问题", "整改", "【", "】", "：", ":", " ", "\u3000",
             "\n", "\t", "(", "（", "某局", "。", "；"]
    texts = _strings(words, 4000, 12) + ["整改措施 ：某某", "责任单位\n：x", " ：", "【整改措施】 ：", "abc  :  整改时限  ：2024年"]
    for t in texts:
        for pos in (0, 1, 3):
            assert [_sig(m) for m in fields.RE_FIELD.finditer(t, pos)] == [_sig(m) for m in before.finditer(t, pos)], (t, pos)
    assert [m.group(0) for m in fields.RE_FIELD.finditer("整改措施  ：制定计划。责任单位：某局")] == ["整改措施  ：", "责任单位："]
