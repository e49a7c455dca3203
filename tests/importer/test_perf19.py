"""Session 19, importer throughput: each faster form gives what the form it replaced gave (same matches, same values),
and each literal or first-character test put before a pattern holds for every match of that pattern.

The strings are constructed from short fragments with a fixed seed (a report's words, labels, stops, digits), not taken
from documents; the replaced forms are kept (``.original``) or written out here as they were.
"""
import random
import re
from collections import Counter

from zhenggai.importer import parse as parse_pkg
from zhenggai.importer.parse import fields, headline, inspection, levels, numbering, tree
from zhenggai.importer.parse.normalize import (
    _RE_BUTTONS,
    _RE_FOLDABLE,
    _RE_LAYOUT_CHAR,
    RE_DATE_LINE,
    Para,
    clean_pair,
    document_scan,
    is_date_line,
    split_noise_breaks,
)
from zhenggai.importer.parse.facts import RE_ISSUE_LINE
from zhenggai.importer.parse.rx import NearAnchor, SplitAfter


def _strings(alphabet, n, longest=8, seed=19):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _sig(m):
    return None if m is None else (m.span(), m.groups())


def test_each_marker_pattern_matches_only_texts_opening_with_a_character_its_guard_lets_through():
    words = ["一", "二", "十", "、", ".", "．", "(", "（", ")", "）", "1", "2", "12", "问题", "项目", "任务", "事项", "反馈",
             "审计发现", "典型", "案例", "整改", "第", "项", "【", "】", "[", "]", "编号", "序号", "存在", "的", "清单", "：",
             ":", "①", "⑵", " ", "x", "之", "是", "年", "月", "l", "I", "点位", "工作", "(1)", "（2）", "(l)", "项目1.1：", "2.3"]
    texts = _strings(words, 20000, 7)
    guards = [
        (numbering.RE_CN, lambda t: t[:1] in numbering._CN_FIRST),
        (numbering.RE_CN_PAREN, lambda t: t[:1] in numbering._PAREN_FIRST),
        (numbering.RE_LABELLED_DOTTED, lambda t: t[:1].isdigit() or t[:1] in numbering._DOTTED_FIRST),
        (numbering.RE_LABELLED, lambda t: t[:1] in numbering._LABELLED_FIRST or "问题之" in t),
        (numbering.RE_LABELLED_PLAIN, lambda t: t[:1] in numbering._PLAIN_FIRST),
        (numbering.RE_ARABIC_PAREN, lambda t: t[:1] in numbering._PAREN_FIRST),
        (numbering.RE_CIRCLED, lambda t: t[:1] in numbering._CIRCLED_FIRST),
        (numbering.RE_ARABIC, lambda t: t[:1].isdigit()),
    ]
    for rx, passes in guards:
        matched = 0
        for t in texts:
            if rx.match(t):
                matched += 1
                assert passes(t), (rx.pattern, t)
        assert matched > 0, rx.pattern  # (the fragments make markers of every kind)
    assert numbering.parse_marker("（三）加强管理").number == 3
    assert numbering.parse_marker("加强管理，（三）") is None


def test_inline_items_need_a_one_and_a_text_without_one_holds_none():
    texts = _strings(["1", "2", "3", "01", "１", "٣", "١", ".", "、", "．", "。", "；", "x", "年", "月", " "], 6000, 10)
    for t in texts:
        ones = [m for m in numbering._RE_INLINE_NUMBER.finditer(t) if int(m.group(1)) == 1]
        if ones:
            assert numbering._RE_ONE_OR_OTHER_DIGIT.search(t), t
    assert numbering.find_inline_numbered("。1.建立制度；2.完善台账") == [(1, 1), (8, 2)]
    assert numbering.find_inline_numbered("。2.建立制度；3.完善台账") == []


def test_measure_dates_tried_where_they_can_start_are_the_patterns_own():
    words = ["在", "于", "已", "关", "前", "以前", "之前", "提前", "2024年", "6月", "10日", "底", "完成", "整改", "到位", "，",
             "。", "x", "仅", "的", "3", "月底", "中旬", " "]
    texts = _strings(words, 8000, 9)
    # (perf23: RE_MEASURE_BY, RE_MEASURE_DATE_BY and RE_LEVEL_DONE are plain patterns led by their words or digits now,
    # no NearAnchors: test_perf23 holds each to the form it replaced)
    assert parse_pkg.RE_MEASURE_BY.search("在6月底以前拆除").group(1) == "6月底以前"
    assert headline.RE_LEVEL_DONE.search("未完成镇级问题整改3个") is None
    assert headline.RE_LEVEL_DONE.search("已完成镇级问题整改38个").group(1) == "38"


def test_sentences_cut_after_their_stops_are_the_look_behind_split_s_pieces():
    texts = _strings(["。", ";", "；", "\n", "x", "问题", " ", ""], 5000, 10)
    for stops in ("[。;；\n]", "[。;；]"):
        cut = SplitAfter(stops)
        for t in texts:
            assert cut.split(t) == re.split(f"(?<={stops})", t), t
            assert cut.split(t, maxsplit=2) == re.split(f"(?<={stops})", t, maxsplit=2), t
    assert SplitAfter("[。]").split("甲。乙。") == ["甲。", "乙。", ""]


def test_plan_labels_tried_before_colons_are_found_as_the_first_character_anchors_found_them():
    before = NearAnchor(fields.RE_FIELD.pattern, "[" + re.escape(fields._LABEL_FIRSTS) + "]", 0)
    words = list(fields._LABEL_WORDS) + ["(", "（", "【", "】", ":", "：", "  ", " ", "\t", "问题", "整改", "x", "。",
                                         "完成", "时间", "节点", "要求", "责任", "问"]
    texts = _strings(words, 20000, 10)
    found = 0
    for t in texts:
        for pos in (0, 2):
            new = [(m.span(), m.lastgroup) for m in fields.RE_FIELD.finditer(t, pos)]
            assert new == [(m.span(), m.lastgroup) for m in before.finditer(t, pos)], (t, pos)
            found += len(new)
    assert found > 1000
    # (as before: the label's optional 问题 is not read, 问 not being one of the characters a label opens with)
    assert [m.span() for m in fields.RE_FIELD.finditer("问题整改责任单位:某局整改时限:3天")] == [(2, 9), (11, 16)]


def test_a_node_keeps_its_text_and_level_and_forgets_them_when_its_marker_is_replaced():
    a = numbering.parse_marker("1.建立台账")
    node = tree.Node(Para("1.建立台账", 0), a)
    assert (node.text, node.level) == ("建立台账", a.level)
    node.marker = numbering.Marker(a.level + 0.5, 1, "1.", "完善制度")
    node.forget_marker_values()
    assert (node.text, node.level) == ("完善制度", a.level + 0.5)
    assert tree.Node(Para("正文", 1), None).text == "正文" and tree.Node(None, None).level == 99


def test_a_document_without_layout_or_full_width_characters_is_cleaned_as_before():
    words = ["一", "，", ",", "（", "(", " ", "\u3000", "\t", "\u200b", "x", "1", "１", "年", "二Ο一四", "己完成", "- 3 -", "ā"]
    texts = _strings(words, 6000, 8)
    for t in texts:
        layout, foldable = document_scan([t])
        assert clean_pair(t, None, layout, foldable) == clean_pair(t), t
        assert layout == (_RE_LAYOUT_CHAR.search(t) is not None) and foldable == (_RE_FOLDABLE.search(t) is not None)
    assert document_scan(["甲", "乙，"]) == (False, True)


def test_each_literal_guard_holds_for_every_match_of_its_pattern():
    words = ["附件", "1", "：", ":", "年", "月", "日", "2024", "二〇二四", "【", "】", "TOP", "打印", "T", "期", "第", "(", ")",
             "（", "）", "总", "责任单位", "牵头单位", "完成时限", "时限", "完成时间", "反馈", "巡察", "时间", "日期", "为", "。",
             " ", "x", "\n", "(责任单位:", "（牵头单位：", "(完成时限:", "（完成时间：", "第3期", "巡察反馈日期为", "2024年5月6日", "二〇二四年五月六日"]
    texts = _strings(words, 20000, 8)
    checks = [
        (tree.RE_ATTACHMENT_START.match, lambda t: t.startswith("附件")),
        (lambda t: RE_DATE_LINE.match(t.strip()), lambda t: "年" in t),
        (_RE_BUTTONS.fullmatch, lambda t: t[:1] in "【T"),
        (lambda t: RE_ISSUE_LINE.search(t.strip()), lambda t: t.strip().endswith(("期", ")", "）"))),
        (fields.RE_PAREN_UNITS.search, lambda t: "责任" in t or "牵头" in t),
        (fields.RE_PAREN_DEADLINE.search, lambda t: "时限" in t or "完成时间" in t),
        (inspection.RE_FEEDBACK_LABEL.original.search, lambda t: "反馈时间" in t or "反馈日期" in t),
        (lambda t: levels.RE_LABEL_END.search(t), lambda t: t[-1:].isspace() or t[-1:] in ("。", ".", ":", "：")),
    ]
    for k, (find, holds) in enumerate(checks):
        hits = 0
        for t in texts:
            if find(t):
                hits += 1
                assert holds(t), t
        assert hits > 0, k
    assert is_date_line("2024年5月6日") and not is_date_line("5月6日")


def test_repeated_passages_are_counted_as_paragraph_by_paragraph_counting_counted_them():
    stop = re.compile(r"[。;；!?！？]")
    rnd = random.Random(19)
    pieces = ["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地", "同一段文字出现两次的较长句子用来检验计数是否一致无误", "短句",
              "。", "；", "！", " ", "另一句足够长的句子它有二十四个以上的字符所以会被计入"]
    for _ in range(400):
        paras = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6))) for _ in range(rnd.randint(0, 6))]
        before: Counter = Counter()
        for p in paras:
            if len(p) >= 24:
                before.update([s for s in map(str.strip, stop.split(p)) if len(s) >= 24])
        now = Counter(map(str.strip, stop.split("。".join(paras))))
        assert [(s, c) for s, c in before.items() if c > 1] == [(s, now[s]) for s, c in now.items() if c > 1 and len(s) >= 24]


def test_paragraphs_without_a_grid_character_pass_through_the_noise_split_unchanged():
    paras = ["甲。乙", None, "丙", ""]
    assert split_noise_breaks(paras) == paras and split_noise_breaks(paras) is not paras


def test_a_run_s_leads_found_in_order_are_those_found_one_walk_back_an_item():
    from zhenggai.importer.parse.levels import _run_lead, _under_stated_problems, under_stated_problems

    rnd = random.Random(19)
    lines = ["经查，存在以下问题：", "1.甲不到位", "2.乙不规范", "3.丙", "整改措施：", "1.建立制度", "2.完善台账", "（一）丁", "（二）戊",
             "二、存在问题", "3.己", "1.庚", "基本情况", "4.辛"]
    for _ in range(300):
        paras = [Para(t, k) for k, t in enumerate(rnd.choice(lines) for _ in range(rnd.randint(1, 12)))]
        in_order, reverse = tree.build_tree(list(paras)), tree.build_tree(list(paras))
        a = [n for n in in_order.walk() if n.marker is not None and n.parent is not None]
        b = [n for n in reverse.walk() if n.marker is not None and n.parent is not None]
        got_b = {id(n): _run_lead(n) for n in reversed(b)}  # (the last first: every walk goes back the whole run)
        assert [_run_lead(n) for n in a] == [got_b[id(n)] for n in b]
        assert [under_stated_problems(n) for n in a] == [_under_stated_problems(n) for n in a]


def test_each_rule_count_pattern_reads_the_words_its_guard_asks_for():
    import inspect

    source = inspect.getsource(headline.headline_figures)
    block = source[source.index("for rx, needs in zip(("):source.index("), _RULES_NEED)")]
    patterns = [eval(x) for x in re.findall(r'r"[^"]*"(?:\s*r"[^"]*")*', block.replace("\n        r\"", " r\""))]
    assert len(patterns) == len(headline._RULES_NEED) == 6  # (bw24: "…、…等制度14项", the rules listed, named, then counted)
    words = ["建立", "制定", "完善", "修订", "印发", "制度", "机制", "规定", "办法", "建章立制", "等", "、", "7", "项", "个",
             "工作", "长效", "周报告", "x", "，", "。", "建立周报告、周检查", "等7项", "等制度7项"]
    texts = _strings(words, 20000, 9)
    for rx, needs in zip(patterns, headline._RULES_NEED):
        hits = 0
        for t in texts:
            if re.search(rx, t):
                hits += 1
                assert all(any(w in t for w in group) for group in needs), (rx, t)
        assert hits > 0, rx
    assert headline.headline_figures("建立周报告、周检查等7项巡察整改工作制度。").rules_made == 7


def test_a_salutation_line_ends_on_its_colon():
    from zhenggai.importer.parse.normalize import RE_SALUTATION_LINE

    for t in _strings(["尊敬的", "各位", "领导", "、", "同志们", "同志", "：", ":", " ", "\n", "x"], 8000, 6):
        if RE_SALUTATION_LINE.match(t):
            assert t.endswith((":", "：", ":\n", "：\n")), t
