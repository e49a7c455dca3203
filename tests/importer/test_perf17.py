"""Session 17, importer throughput: each faster form gives what the plain form gives (same matches, same values).

The plain forms are kept (``.original``) or written out here as they were; the strings are constructed from short
fragments with a fixed seed (a report's words, stops, digits), not taken from documents.
"""
import random
import re

from zhenggai.importer.parse import inspection
from zhenggai.importer.parse.rx import Needles


def _strings(alphabet, n, longest=8, seed=17):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _sig(m):
    return None if m is None else (m.span(), m.groups())


def _same(rx, texts):
    for t in texts:
        assert _sig(rx.search(t)) == _sig(rx.original.search(t)), t
        assert [_sig(m) for m in rx.finditer(t)] == [_sig(m) for m in rx.original.finditer(t)], t
        for pos in (1, 5):
            assert _sig(rx.search(t, pos)) == _sig(rx.original.search(t, pos)), t
            assert [_sig(m) for m in rx.finditer(t, pos)] == [_sig(m) for m in rx.original.finditer(t, pos)], t


def test_a_pattern_behind_its_needles_finds_what_the_pattern_finds():
    rx = Needles(r"(?<=日)\s*向[^。]{1,4}?反馈|通报(?:了)?情况", ("反馈", "通报"))
    texts = _strings(["日", "向", "县委", "反馈", "通报", "了", "情况", "。", " ", "x"], 3000)
    _same(rx, texts + ["5月1日向县委反馈。", "通报了情况", "向县委汇报"])
    assert rx.search("5月1日向县委反馈。").group(0) == "向县委反馈"
    assert rx.search("5月1日向县委汇报情况。") is None  # (no needle: no search at all)


def test_feedback_is_found_the_same_with_its_words_as_a_prefilter():
    words = ["反馈", "了", "进行", "向", "县委", "巡察", "督察", "审计", "意见", "报告", "出具", "下达", "送达", "印发",
             "下发", "提交", "报送", "呈报", "通报", "移交", "转交", "情况", "工作", "日", "5月", "，", "。", "《", "》",
             "决定", "正式", "集中", "会", "问题", "x", "并"]
    texts = _strings(words, 8000, 10) + ["并于2023年1月11日向县委反馈了督察意见", "将督察报告移交我省", "7月20日向集团党委书记反馈。",
                                        "县审计局向县人民政府提交了审计工作报告", "召开巡察工作动员会"]
    _same(inspection.RE_FEEDBACK, texts)
    assert inspection.RE_FEEDBACK.search("巡视意见正式送达").group(0) == "巡视意见正式送达"
    assert inspection.RE_FEEDBACK.search("召开巡察工作动员会") is None


def _restorer_as_before(written, folded):  # Restorer.__init__'s tables as they were built before session 17
    back = {}
    pairs = set(zip(written, folded)) if written != folded else set()
    for w, f in pairs:
        if w != f:
            back.setdefault(f, set()).add(w)
    native = {f for w, f in pairs if w == f and f in back}
    ambiguous = {f for f, ws in back.items() if len(ws) > 1 or f in native}
    return written != folded, ambiguous, {ord(f): next(iter(ws)) for f, ws in back.items() if f not in ambiguous}, set(back)


def test_the_written_copy_is_restored_from_the_same_tables_as_before():
    from zhenggai.importer.parse.normalize import Restorer, _differing_offsets, fold

    alphabet = ["，", ",", "（", "(", "）", ")", "：", ":", "１", "1", "整改", "问题", "己完成", "已", "二Ο二三年", "\n", " ", "x"]
    rnd = random.Random(17)
    for written in _strings(alphabet, 3000, 14):
        folded = fold(written)
        # (and copies folded only in part: a character written both ways, or from two written forms)
        partly = "".join(f if rnd.random() < 0.7 else w for w, f in zip(written, folded))
        for w, f in ((written, folded), (written, partly), (folded, written), (written, written)):
            r = Restorer(w, f)
            assert (r.active, r.ambiguous, r.table, r.targets) == _restorer_as_before(w, f), (w, f)
            assert _differing_offsets(w, f) == [i for i, (a, b) in enumerate(zip(w, f)) if a != b]
    r = Restorer("问题（一）：整改", "问题(一):整改")
    assert r("问题(一)") == "问题（一）" and r.ambiguous == set()
    assert Restorer("a,b，c", "a,b,c").ambiguous == {","}  # (a comma written both ways: looked up where it stands)
    assert Restorer("ab", "a").table == {}  # (copies of two lengths: paired as zip pairs them, nothing differs)
    assert _differing_offsets("（a，b）", "(a,b)") == [0, 2, 4] and _differing_offsets("", "") == []
    assert _differing_offsets("\ud800，😀", "\ud800,😀") == [1]  # (a lone surrogate, a character beyond the BMP)


def test_the_literals_every_match_reads_are_found_from_the_pattern():
    from zhenggai.importer.parse.rx import required_literals

    assert required_literals(r"(?:正在整改|正在推进(?:整改)?|持续推进)(\d+)\s*(?:个|项)") == ("持续推进", "正在推进", "正在整改")
    assert required_literals(r"[(（]\s*(?:责任单位|牵头单位)\s*[:：]") == ("牵头单位", "责任单位")
    assert required_literals(r"(?:ab|cd)+ef") == ("ef",)  # (the sequence's surest part: one literal, not two)
    assert required_literals(r"a?b") == ("b",) and required_literals(r"(?=ab)c") == ("c",)
    assert required_literals(r"(?:反馈|反馈了)意见?") == ("反馈",)  # (a needle holding another adds nothing)
    # nothing certain: an optional part alone, a class, a look-around alone, a back-reference, either case
    for p in (r"x*", r"(?:ab)?", r"[甲乙]", r"(?=ab)", r"(\w)\1", r"(?i)ab", r"(?i:ab)c?", r"ab|c*"):
        assert required_literals(p) is None, p


def _wrapped_patterns():
    import importlib
    import pkgutil

    import zhenggai.importer.parse as parse

    for m in pkgutil.iter_modules(parse.__path__):
        module = importlib.import_module(f"zhenggai.importer.parse.{m.name}")
        for name, v in vars(module).items():
            if isinstance(v, Needles):
                yield f"{m.name}.{name}", v


def _fragments(rx):
    """Pieces of the pattern's own literal text (its words, its digits), its needles, stops and digits."""
    words = re.findall(r"[\u4e00-\u9fff]{1,4}", rx.pattern)
    return sorted(set(words + list(rx.needles))) + ["，", "。", "：", "（", "）", "\n", " ", "2023", "年", "5", "月", "12", "日", "x"]


def test_every_pattern_behind_its_needles_matches_as_the_pattern_does():
    wrapped = dict(_wrapped_patterns())
    assert {"inspection.RE_FEEDBACK", "inspection.RE_STATIONED_ON", "dates.RE_PERIOD", "normalize.RE_META_DATE"} <= set(wrapped)
    for name, rx in wrapped.items():
        plain = getattr(rx.original, "original", rx.original)  # (behind its needles, a faster form of the pattern)
        # (their words given by hand: RE_FEEDBACK's every branch's; RE_FEEDBACK_LABEL's "反馈时间"/"反馈日期", session 19 —
        # required_literals reads only "反馈" there; the checks below hold the hand-given needles to every match)
        if name not in ("inspection.RE_FEEDBACK", "inspection.RE_FEEDBACK_LABEL"):
            from zhenggai.importer.parse.rx import required_literals

            assert rx.needles == required_literals(plain), name
        texts = _strings(_fragments(rx), 1500, 12)
        _same(rx, texts)
        for t in texts:
            assert _sig(rx.search(t)) == _sig(plain.search(t)), (name, t)
            assert [_sig(m) for m in rx.finditer(t)] == [_sig(m) for m in plain.finditer(t)], (name, t)
            assert rx.sub("#", t) == plain.sub("#", t), (name, t)
            if plain.search(t):
                assert any(n in t for n in rx.needles), (name, t)


def test_the_labelled_samples_match_only_where_a_needle_is():
    from pathlib import Path

    lines = [line for p in sorted((Path(__file__).parent / "samples").glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines()]
    lines += ["2022年3月21日进驻某市开展巡视，5月20日结束", "发布时间：2023-05-04", "督导组于6月13日深入某街道进行督导检查工作",
              "共性问题5个、个性问题12个", "反馈时间：2023年7月20日", "1月4日至5日"]
    for name, rx in _wrapped_patterns():
        for line in lines:
            assert _sig(rx.search(line)) == _sig(rx.original.search(line)), (name, line)
            if rx.original.search(line):
                assert any(n in line for n in rx.needles), (name, line)
    assert Needles(r"进驻").search("督察组进驻") is not None and Needles(r"进驻").search("督察组到达") is None


def test_a_field_is_restored_as_the_set_tests_restored_it():
    from zhenggai.importer.parse.normalize import Restorer, _char_class, fold

    alphabet = ["，", ",", "（", "(", "）", ")", "：", ":", "]", "\\\\", "^", "-", "整改", "问题", "\n", " ", "x"]
    for written in _strings(alphabet, 400, 14):
        for folded in (fold(written), written.replace("，", ",", 1)):
            r = Restorer(written, folded)
            for s in _strings(alphabet + [",", "("], 60, 10, seed=len(written)):
                plain = s if (not r.active or not s or r.targets.isdisjoint(s)) else (
                    s.translate(r.table) if r.ambiguous.isdisjoint(s) else None)
                if plain is not None:
                    assert r(s) == plain, (written, folded, s)
    special = {"]", "\\\\", "^", "-", "，"}
    rx = _char_class(special)
    assert all(rx.search(c) for c in special) and rx.search("abc") is None and _char_class(set()) is None


def _duplicates_as_before(paras):  # _check's duplicated-passage readings as they were before session 17
    from collections import Counter

    from zhenggai.importer.parse import _RE_CLAUSE_STOP, _RE_SENTENCE_STOP

    out, counts = [], Counter()
    for p in paras:
        counts.update([s for s in map(str.strip, _RE_SENTENCE_STOP.split(p.text)) if len(s) >= 24])
    for s in [s for s, c in counts.items() if c > 1][:5]:
        out.append(f"同一段文字出现{counts[s]}次：“{s[:20]}…”")
    for p in paras:
        clauses = [c for c in _RE_CLAUSE_STOP.split(p.text) if len(c) >= 8]
        for a, b in zip(clauses, clauses[1:]):
            if a == b:
                out.append(f"句子重复：“{a[:20]}”")
                break
    return out


def test_repeated_passages_are_found_as_before_the_length_guards():
    from zhenggai.importer.parse import _check
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.result import ParseResult

    pieces = ["加强学习", "完善制度建设", "组织开展专项检查", "。", "，", "；", "x", "一是", "落实整改责任到人到岗"]
    rnd = random.Random(17)
    for k in range(300):
        paras = [Para("".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9))), i) for i in range(rnd.randint(0, 8))]
        result = ParseResult()
        _check(result, [], [], [], paras)
        got = [a.message_zh for a in result.anomalies if a.code == "duplicated_passage"]
        assert got == _duplicates_as_before(paras), [p.text for p in paras]
    result = ParseResult()
    _check(result, [], [], [], [Para("加强理论学习完善制度，加强理论学习完善制度。", 0), Para("短句。", 1)])
    assert [a.message_zh for a in result.anomalies if a.code == "duplicated_passage"] == ["句子重复：“加强理论学习完善制度”"]


def test_a_later_inspection_is_chosen_only_after_one_told_without_its_feedback():
    # (whether the period's own sentence tells the feedback is read once, when the period is found)
    told_without = ("2016年7月14日至8月14日，中央第一环境保护督察组对某省开展了第一轮督察；2018年6月1日至7月1日，督察组对某省"
                    "开展了督察“回头看”，并于2018年10月22日反馈了“回头看”意见。")
    r = inspection.inspection_facts(told_without, None)
    assert (r.start, r.end, r.feedback_date) == ("2018-06-01", "2018-07-01", "2018-10-22")
    told_with = ("2016年7月14日至8月14日，中央第一环境保护督察组对某省开展了第一轮督察，并于2016年11月20日反馈了督察意见；"
                 "2018年6月1日至7月1日，督察组对某省开展了督察“回头看”，并于2018年10月22日反馈了“回头看”意见。")
    r = inspection.inspection_facts(told_with, None)
    assert (r.start, r.end, r.feedback_date) == ("2016-07-14", "2016-08-14", "2016-11-20")


def _noise_breaks_as_before(paragraphs):  # split_noise_breaks before the grid-character guard
    from zhenggai.importer.parse.normalize import RE_NOISE_AFTER_STOP, RE_NOISE_RUN

    out = []
    for p in paragraphs:
        if type(p) is not str or len(RE_NOISE_AFTER_STOP.findall(p)) < 6:
            out.append(p)
            continue
        t = RE_NOISE_RUN.sub("\n", RE_NOISE_AFTER_STOP.sub("\n", p))
        out.extend(s for s in t.split("\n") if s.strip())
    return out


def test_noise_runs_are_split_where_they_were_before_the_grid_guard():
    from zhenggai.importer.parse.normalize import split_noise_breaks

    grid = ["莃", "螁", "袁", "肀", "膇", "螅"]
    words = grid + ["。", "：", "；", "）", "市场", "摊位", "行为", " ", "x"]
    paragraphs = _strings(words, 3000, 30) + [None, "甲市场：" + "。莃乙".join(["摊位"] * 8), "肆意违规行为。"]
    assert split_noise_breaks(paragraphs) == _noise_breaks_as_before(paragraphs)
    assert len(split_noise_breaks(["具体如下:" + "".join(f"莃{c}市场。" for c in "甲乙丙丁戊己庚")])) == 8
    assert split_noise_breaks(["整改措施。已完成。"]) == ["整改措施。已完成。"]


def test_a_quoted_item_reads_guan_yu_so_a_paragraph_without_it_holds_none():
    from zhenggai.importer.parse.normalize import _RE_QUOTED_ITEM, Para, split_quoted_items

    for t in _strings(["一", "二", "十", "、", "关于", "关", "于", "“", " ", "x"], 4000, 10):
        if _RE_QUOTED_ITEM.search(t):
            assert "关于" in t, t
    paras = [Para("整改清单一、关于“学习不深入”问题。已完成。二、关于“制度不健全”问题。已完成。", 0), Para("三是加强学习", 1)]
    out, changed = split_quoted_items(paras)
    assert changed and [p.text for p in out][:2] == ["整改清单", "一、关于“学习不深入”问题。已完成。"]
    assert split_quoted_items([Para("一、学习不深入。二、制度不健全。", 0)]) == ([Para("一、学习不深入。二、制度不健全。", 0)], False)


def test_the_counts_tried_only_where_they_can_start_find_what_the_patterns_find():
    from zhenggai.importer.parse import headline as h

    words = ["问题", "整改", "已", "完成", "验收销号", "未", "第", "共", "有", "个", "项", "条", "件", "措施", "任务", "方面",
             "疑似", "12", "3", "，", "。", "“", "”", "具体", "的", "到位", "全部", "x"]
    texts = _strings(words + ["12", "3", "个", "项", "问题", "已完成整改"] * 3, 6000, 12) + ["反馈问题46个，已完成整改44个", "已完成问题整改314件", "第43项整改任务", "制定整改措施37条",
                                        "问题共4个方面17个", "疑似问题5个", "未完成整改3个"]
    pairs = [(h._PROBLEM_COUNT_AT, h.RE_PROBLEM_COUNT), (h._NOUN_FIRST_AT, h.RE_NOUN_FIRST),
             (h._NOUN_FIRST_COUNT_AT, h.RE_NOUN_FIRST_COUNT.pattern),
             (h._DONE_COUNT_AT, rf"{h._DONE}{h._GAP}(\d+)\s*(?:个|项)(?!措施|条|制度|机制|方面|大方面|类|大类)|(?<!未)完成问题整改(\d+)\s*[个项件]"),
             (h._MEASURE_COUNT_AT, r"(?<![第\d])(\d+)\s*(条|项)(?:具体|细化|整改|工作)*(?:整改)?(?:措施|举措|任务)")]
    for fast, plain in pairs:
        plain = re.compile(plain)
        for t in texts:
            assert _sig(fast.search(t)) == _sig(plain.search(t)), t
            assert [_sig(m) for m in fast.finditer(t)] == [_sig(m) for m in plain.finditer(t)], t
    assert h._DONE_COUNT_AT.search("已完成问题整改314件").group(2) == "314"
    assert h._MEASURE_COUNT_AT.search("第43项整改任务") is None
    assert h._NOUN_FIRST_AT.search("疑似问题5个") is None and h._NOUN_FIRST_AT.search("反馈问题46个").group(1) == "46"


def test_dates_and_periods_tried_where_they_can_start_are_the_patterns_own():
    from zhenggai.importer.parse import dates

    words = ["2023", "19", "20", "年", "4", "12", "月", "6", "日", "号", "二〇二三", "四", "十", "三十一", "至", "—", "-", ".",
             "/", " ", "，", "。", "\n", "检查", "x", "0"]
    texts = _strings(words, 6000, 12) + ["二〇二三年四月六日至五月三十一日", "2023-05-04 来源", "2019.12.13", "3月5日至6日，",
                                        "某区开展安全生产专项督导检查12月23日上午，某局", "x\n某县召开巡察工作动员会议5月6日，"]
    pairs = [(dates._DATE_AT, dates.RE_DATE), (dates._ISO_AT, dates.RE_ISO),
             (dates.RE_PERIOD, re.compile(dates.RE_PERIOD.pattern))]
    for fast, plain in pairs:
        for t in texts:
            assert _sig(fast.search(t)) == _sig(plain.search(t)), t
            assert [_sig(m) for m in fast.finditer(t)] == [_sig(m) for m in plain.finditer(t)], t
            assert _sig(fast.match(t)) == _sig(plain.match(t)), t
    assert dates.RE_PERIOD.search("3月5日至6日，").group("d2") == "6" and dates.RE_PERIOD.search("3月5日") is None
    assert [f.day for f in dates.find_dates("二〇二三年四月六日，2023-05-04")] == [6, 4]


def test_a_node_is_found_among_its_siblings_by_identity_as_before():
    from zhenggai.importer.parse.levels import index_of
    from zhenggai.importer.parse.tree import Node

    a, b, c = Node(None, None), Node(None, None), Node(None, None)  # (equal dataclasses: found by identity, not ==)
    sibs = [a, b, c, b]
    for node in (a, b, c, Node(None, None)):
        assert index_of(sibs, node) == next((i for i, x in enumerate(sibs) if x is node), None)
    assert index_of(sibs, b) == 1 and index_of([], a) is None and index_of(sibs, Node(None, None)) is None


def test_a_first_item_is_found_by_literal_led_branches_as_by_the_class_led_pattern():
    from zhenggai.importer.parse.tree import RE_FIRST_ITEM

    plain = re.compile(r"[(（]一[)）]|1[、.．]")
    for t in _strings(["(", "（", "一", ")", "）", "1", "、", ".", "．", "二", "x", "。"], 5000, 10) + ["一、总体情况（一）学习", "x1.加强"]:
        for pos in (0, 1):
            assert _sig(RE_FIRST_ITEM.search(t, pos)) == _sig(plain.search(t, pos)), t
    assert RE_FIRST_ITEM.search("一、总体情况（一）学习", 1).group(0) == "（一）" and RE_FIRST_ITEM.search("一、总体", 1) is None


def test_a_field_label_tried_at_label_words_is_found_as_the_pattern_finds_it():
    from zhenggai.importer.parse import fields

    plain = re.compile(fields.RE_FIELD.pattern)
    words = ["整改目标", "整改措施", "措施", "责任单位", "单位", "牵头领导", "责任人", "完成时限", "【", "】", "：", ":", "(", "（",
             "整改", " ", "x", "。", "阶段性成效", "落实情况"]
    for t in _strings(words, 6000, 10) + ["整改目标：完成。责任单位：县局", "(责任单位:县局)", "【整改措施】一是"]:
        assert [_sig(m) for m in fields.RE_FIELD.finditer(t)] == [_sig(m) for m in plain.finditer(t)], t
        assert _sig(fields.RE_FIELD.search(t)) == _sig(plain.search(t)), t
    assert [f for f, _, _ in fields.split_fields("整改目标：完成。责任单位：县局")] == ["target", "units"]
    assert fields.split_fields("(责任单位:县局)")[0][0] is None  # (a label in brackets is the measure's, not a field)


def test_a_near_anchor_with_no_reach_tries_the_offsets_the_general_loop_tried():
    from zhenggai.importer.parse.rx import NearAnchor

    def general(rx, text, pos=0, endpos=None):  # NearAnchor.finditer's loop for any reach, as it was
        endpos = len(text) if endpos is None else min(endpos, len(text))
        p = pos
        for a in rx._anchor.finditer(text, pos, endpos):
            q = a.start()
            p = max(p, q - rx._reach)
            while p <= q:
                m = rx.original.match(text, p, endpos)
                if m is None:
                    p += 1
                    continue
                yield m
                p = m.end() if m.end() > p else p + 1

    for pattern, anchor in ((r"(?<![第\d])(\d+)\s*[个项]", r"\d+"), (r"a?b*", "b"), (r"(?<!x)问题\d?", "问题"), (r"\d(?=年)|年", r"[\d年]")):
        rx = NearAnchor(pattern, anchor, 0)
        for t in _strings(["1", "23", "个", "项", "第", "a", "b", "x", "问题", "年", " "], 3000, 10):
            for pos, endpos in ((0, None), (2, None), (1, 5)):
                assert [_sig(m) for m in rx.finditer(t, pos, endpos)] == [_sig(m) for m in general(rx, t, pos, endpos)], (pattern, t)


def test_a_title_ending_is_tested_by_its_words_as_the_end_anchored_patterns_test_it():
    from zhenggai.importer.parse import facts
    from zhenggai.importer.parse.rx import end_literals, ends_with_any

    assert set(end_literals(r"(?:通报|(?:一览|明细)表|问题和(?:相应)?对策)$")) == {"一览表", "明细表", "问题和对策", "问题和相应对策", "通报"}
    for p in (r"(?:通报|方案)", r"\s*(?:通报)$", r"(?:a|b*)$", r"(?i:ab)$", r"[ab]$", r"(?:x|)$"):
        assert end_literals(p) is None, p  # (not anchored, a class or a repeat, either case, an empty ending: no list)
    words = ["通报", "方案", "情况", "表", "一览", "明细", "问题和", "相应", "对策", "（", "）", "(", ")", "公开版", "摘要", "第5期",
             "2018年11月28日", "关于", "某县", "。", ":", "\n", " ", "x"]
    for t in _strings(words, 6000, 8) + ["某县关于巡察整改情况的通报（公开版）", "某局整改方案\n", "整改情况一览表 "]:
        assert facts._title_end(t) == bool(facts.RE_TITLE_END.search(t)), t
        assert facts._without_qualifier(t) == facts.RE_TITLE_QUALIFIER.sub("", t), t
        assert facts.title_like(t) == (6 <= len(facts.clean_title(t)) <= 90 and bool(facts.RE_TITLE_END.search(
            facts.RE_TITLE_QUALIFIER.sub("", facts.clean_title(t)))) and "。" not in facts.clean_title(t)
            and not re.search(r"[:：>＞]", facts.clean_title(t)) and not facts.clean_title(t).startswith(("序号", "编号", "—", "-", "－"))), t
    assert ends_with_any("整改方案\n", ("方案",)) and not ends_with_any("整改方案。", ("方案",))


def test_a_stated_total_tried_at_wenti_is_found_as_its_pattern_finds_it():
    from zhenggai.importer.parse import headline as h

    plain = re.compile(r"(?<!疑似)问题(?:共计|总计|合计|共有|共涉及|共|有)(?:\d+\s*个?大?(?:方面|类|领域)[、,，]?\s*){0,2}(\d+)\s*[个项]"
                       r"(?!方面|类|大类|大方面|领域)")
    words = ["问题", "疑似", "共计", "共", "有", "4", "17", "个", "项", "方面", "类", "、", "，", " ", "x"]
    for t in _strings(words, 5000, 10) + ["问题共4个方面17个", "疑似问题共5个", "发现问题有12项"]:
        assert [_sig(m) for m in h._STATED_TOTAL_AT.finditer(t)] == [_sig(m) for m in plain.finditer(t)], t
    assert h._declared_problems("检查发现问题有12项，已整改10项") == 12 and h._declared_problems("疑似问题共5个") is None


def test_a_field_label_s_name_is_its_match_s_last_group_as_the_first_group_with_a_value_was():
    from zhenggai.importer.parse import fields

    words = ["整改目标", "整改措施", "责任单位", "牵头领导", "责任人", "完成时限", "配合单位", "【", "】", "：", ":", " ", "x", "。"]
    for t in _strings(words, 4000, 8):
        for m in fields.RE_FIELD.finditer(t):
            assert m.lastgroup == next(k for k, v in m.groupdict().items() if v), t
    assert [f for f, _, _ in fields.split_fields("【整改措施】一是…。配合单位：县局")] == ["measures", "co_units"]
