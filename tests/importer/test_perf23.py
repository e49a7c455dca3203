"""perf23: patterns led by a look-behind before a run of digits, rewritten to open with the digit — a class the regex
engine scans for in C — and each held here to the form it replaced (tests/importer/real/PERF23.txt).

The old forms are written out (or rebuilt from the new one by undoing rx.digits_first); the strings are built from each
pattern's own fragments (its words, digits, stops, blanks) with a fixed seed, and a few written here, not taken from
documents.
"""
import random
import re
from re import _compiler, _parser  # type: ignore[attr-defined]

import pytest

import zhenggai.importer.parse as parse_pkg
from zhenggai.importer.parse import dates, facts, fields, headline, inspection, levels, measures, normalize, numbering, readings, structure, titles, tree
from zhenggai.importer.parse.rx import digits_first

_MODULES = [parse_pkg, dates, facts, fields, headline, inspection, levels, measures, normalize, numbering, readings, structure,
            titles, tree]


def _strings(alphabet, n, longest=12, seed=23):
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(n)]


def _sig(m):
    return None if m is None else (m.span(), m.groups())


def _same(fast, plain, texts, positions=(0, 1, 4)):
    for t in texts:
        assert _sig(fast.search(t)) == _sig(plain.search(t)), t
        assert _sig(fast.match(t)) == _sig(plain.match(t)), t
        for pos in positions:
            assert [_sig(m) for m in fast.finditer(t, pos)] == [_sig(m) for m in plain.finditer(t, pos)], (t, pos)


_COMMON = ["，", "。", "；", "：", "、", " ", "\n", "1", "3", "12", "2024", "2019", "20", "19", "-", "/", ".", "年", "月", "日",
           "第", "x", "个", "项", "条", "件", "处", "已", "于", "在"]


def _fragments(pattern: str, extra=()):
    return sorted(set(re.findall(r"[\u4e00-\u9fff]{1,4}", pattern))) + _COMMON + list(extra)


def _led_by_class(rx: re.Pattern) -> bool:
    """Whether the engine knows a set of first characters for the pattern (and so scans for them in C)."""
    parsed = _parser.parse(rx.pattern, rx.flags)
    return bool(_compiler._get_literal_prefix(parsed, rx.flags)[0]) or bool(_compiler._get_charset_prefix(parsed, rx.flags))


def _undone(pattern: str) -> str:
    """rx.digits_first undone: '(\\d(?<![C]\\d)\\d*)…' back to '(?<![C])(\\d+)…'."""
    old = re.sub(r"^\(\\d\(\?<!(\[[^\]]*\])\\d\)\\d\*\)", lambda m: "(?<!" + m.group(1) + r")(\d+)", pattern)
    assert old != pattern, pattern
    return old


def test_digits_first_moves_the_look_behind_after_the_run_s_first_digit():
    assert digits_first(r"(?<![第\d])(\d+)\s*个") == r"(\d(?<![第\d]\d)\d*)\s*个"
    assert digits_first(r"(?<![第\d.])(\d+)项") == r"(\d(?<![第\d.]\d)\d*)项"
    with pytest.raises(ValueError):
        digits_first(r"问题(\d+)个")  # (not led by the look-behind: nothing to move)
    with pytest.raises(ValueError):
        digits_first(r"(?<!第)(\d+)个")  # (a literal look-behind, not a class: not this shape)


def test_a_run_of_digits_not_after_a_class_is_found_as_the_look_behind_found_it():
    for cls, extra in ((r"[第\d]", ["第", "5", "45"]), (r"[第\d.]", ["2.5", "."]), (r"[\d已]", ["已", "已3"])):
        old, new = re.compile(rf"(?<!{cls})(\d+)\s*(个|项)"), re.compile(digits_first(rf"(?<!{cls})(\d+)\s*(个|项)"))
        _same(new, old, _strings(["个", "项", " ", "x", "3", "12", "2"] + extra, 3000, 10))
    # written here: counts in other sectors' words, and near misses (an ordinal, a digit run's tail, a decimal)
    rx = re.compile(digits_first(r"(?<![第\d.])(\d+)\s*(个|项)"))
    assert rx.search("共排查隐患17个，已整改").group(1) == "17"
    assert rx.search("督导组交办事项 8 项").group(1) == "8"
    assert rx.search("12个站点").span() == (0, 3)
    assert rx.search("第3项工作") is None and rx.search("完成率提高2.5个百分点") is None  # (an ordinal; a decimal's tail)
    assert [m.group(1) for m in rx.finditer("第12项、第3个")] == []


@pytest.mark.parametrize("name", ["RE_JOINED_PROBLEM_PARTS", "RE_PROBLEMS_COUNTED", "RE_UNFINISHED_KIND_COUNT",
                                  "RE_OPINIONS_ALL_DONE", "RE_OPINIONS_COUNTED", "RE_MEASURES_ALL_CARRIED_OUT",
                                  "RE_RESTATED_DONE", "RE_FINER_PROBLEMS", "RE_PROBLEMS_DONE_ALONE", "_MEASURE_COUNT_AT"])
def test_headline_counts_led_by_their_digits_find_what_the_look_behind_forms_found(name):
    new = getattr(headline, name)
    new = getattr(new, "original", new)  # (RE_OPINIONS_ALL_DONE sits inside its Needles)
    old = re.compile(_undone(new.pattern))
    assert _led_by_class(new) and not _led_by_class(old)
    _same(new, old, _strings(_fragments(new.pattern, ["问题", "措施", "反馈意见", "整改到位"]), 3000))


def test_the_problem_count_led_by_its_digits_finds_what_the_look_behind_form_found():
    new = headline._PROBLEM_COUNT_AT
    assert new.pattern == headline.RE_PROBLEM_COUNT and _led_by_class(new)
    old = re.compile(_undone(headline.RE_PROBLEM_COUNT))
    texts = _strings(_fragments(old.pattern, ["问题", "突出问题", "“", "”", "大问题", "方面", "单位"]), 4000)
    _same(new, old, texts + ["排查出12处消防安全问题", "交办3个“四风”方面问题", "第5个问题", "向8个单位反馈问题"])
    # the embedded form (the declared total, headline's window test) reads the same as the look-behind form
    for t in ("反馈问题共4个方面17个问题", "发现问题12个", "梳理出问题3个方面12个问题"):
        assert _sig(re.search(headline.RE_PROBLEM_COUNT, t)) == _sig(old.search(t))


def test_a_measure_s_date_led_by_its_first_digit_finds_what_the_look_behind_form_found():
    old = re.compile(r"(?<![\d已于在年])((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*(?:\d{1,2}\s*日|底|中旬|上旬|下旬)?\s*(?:之|以)?前"
                     r"|\d{4}\s*年\s*(?:底|年底)\s*(?:之|以)?前)(?=[，,]?[^，,。；;]{0,10}?(?:完成|整改|到位|完毕|清除|清理|拆除|整治|办结|落实|销号|完工|建成))"
                     r"(?=[，,]?[\u4e00-\u9fff])(?![，,]?(?:已|仅|就|便|曾|均|都|的))")
    new = parse_pkg.RE_MEASURE_DATE_BY
    assert isinstance(new, re.Pattern) and _led_by_class(new)
    words = ["在", "于", "已", "前", "以前", "之前", "2024年", "2024", "年", "6月", "6", "月", "10日", "10", "底", "年底", "中旬",
             "完成", "整改", "到位", "拆除", "，", "。", "仅", "的", " ", "3"]
    _same(new, old, _strings(words, 8000, 9))
    for t in ("督促商户9月15日前完成清理", "2025年底前建成", "2024年 3 月前，整改到位", "已于6月10日前完成", "在5月底前完成"):
        assert _sig(new.search(t)) == _sig(old.search(t)), t
    assert new.search("督促商户9月15日前完成清理").group(1) == "9月15日前"
    assert new.search("已于6月10日前完成") is None  # (done, not set)


def test_an_iso_date_led_by_its_century_finds_what_the_look_behind_form_found():
    old = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
    assert dates._ISO_AT is dates.RE_ISO and _led_by_class(dates.RE_ISO)
    texts = _strings(["2023", "2019", "19", "20", "1", "12", "05", "-", "/", ".", " ", "x", "号", "0"], 6000, 10)
    _same(dates.RE_ISO, old, texts + ["发布时间：2023-05-04", "编号12019-01-02", "1999/12/31", "2020.1.2"])
    assert [f.day for f in dates.find_dates("2023-05-04 来源；12019-01-02")] == [4]


def test_no_pattern_of_the_parser_is_led_by_a_look_behind_before_a_run_of_digits():
    """The guard of the gain: a new pattern of this shape is to be written with rx.digits_first (or a NearAnchor whose
    anchor is rarer than digits), so that the engine does not try it at every offset of the texts it searches."""
    led = re.compile(r"^\(\?<!\[[^\]]*\]\)\(\\d\+\)")
    found = []
    for mod in _MODULES:
        for name, value in vars(mod).items():
            rx = getattr(value, "original", value)
            pattern = rx.pattern if isinstance(rx, re.Pattern) else rx if isinstance(rx, str) and name.isupper() else None
            # (one whose rewrite would not be led by a class either — its other alternatives open otherwise, as
            # headline.RE_POINT_COUNT's and RE_TASKS' do — is left as it is)
            if pattern and led.match(pattern) and _led_by_class(re.compile(digits_first(pattern))):
                found.append(f"{mod.__name__}.{name}")
    assert found == []


# --- alternatives led by a group (or a class, or a look-behind) spread into alternatives each led by a literal ----------
_SPREAD = {
    "headline.RE_OTHERS_FINDINGS": (
        lambda: headline.RE_OTHERS_FINDINGS,
        r"(?:纪委|纪检|纪工委|监察专员)[^。;；]{0,80}?(?:发现|查出|查找)(?:各类)?问题\s*\d+\s*[个项条]"
        r"|(?:督查|检查|抽查|暗访|巡查)\s*\d+\s*(?:次|轮|批)\s*[,，、]\s*(?:共)?(?:发现|查出)(?:各类)?问题\s*\d+\s*[个项条]"),
    "levels._PLAN_LABEL_SCAN": (lambda: levels._PLAN_LABEL_SCAN, levels.RE_PLAN_LABEL.pattern),
    "levels.RE_SITE_FAULT": (
        lambda: levels.RE_SITE_FAULT,
        levels.RE_SITE_FAULT.pattern.replace("|率(?:较|偏|很)?低|度(?:较|偏|很)?低|无(?!论|偿|锡|疑|比|来|发现)|未(?!论|偿|锡|疑|比|来|发现)",
                                             "|(?:率|度)(?:较|偏|很)?低|[无未](?!论|偿|锡|疑|比|来|发现)")),
    "readings.RE_TASK_NOTICE": (lambda: readings.RE_TASK_NOTICE,
                                r"公示|销号|验收|情况说明|整改任务|反馈问题第|督察反馈指出|反馈(?:意见)?指出|(?:督察|巡视|巡察)组指出"),
    "structure.RE_NOT_ENTRY_NAME": (lambda: structure.RE_NOT_ENTRY_NAME,
                                    r"问题|不足|措施|情况|要求|建议|做法|成效|打算|安排|整改|工作|附件|统计|[表单]$"),
}


@pytest.mark.parametrize("name", sorted(_SPREAD))
def test_alternatives_each_led_by_a_literal_match_as_the_group_led_form(name):
    fast, plain = _SPREAD[name]
    fast, plain = fast(), re.compile(plain)
    assert fast.pattern != plain.pattern and _led_by_class(fast) and not _led_by_class(plain)
    texts = _strings(_fragments(plain.pattern, ["表", "单", "无论", "未来", "率低", "次", "轮", "\n"]), 4000)
    _same(fast, plain, texts)


def test_spread_forms_read_what_they_read_before_in_other_words():
    # written here (other sectors, other counts) and near misses
    rx = headline.RE_OTHERS_FINDINGS
    assert rx.search("县纪委监委在专项监督中发现问题15个，").group(0).startswith("纪委")
    assert rx.search("全年开展暗访3轮，共发现问题27项").group(0) == "暗访3轮，共发现问题27项"
    assert rx.search("督导组反馈问题12个") is None
    assert levels._PLAN_LABEL_SCAN.search("加强巡查。完成时限 ：2025年3月").group(0) == "完成时限 ："
    assert levels._PLAN_LABEL_SCAN.search("【整改措施】").group(0) == "【整改措施】"
    assert levels._PLAN_LABEL_SCAN.search("整改措施已落实") is None
    assert levels.RE_SITE_FAULT.search("消防通道未清理") and levels.RE_SITE_FAULT.search("垃圾分类知晓率偏低")
    assert levels.RE_SITE_FAULT.search("未来三年推进改造") is None  # (未来: the future, nothing wrong)
    assert readings.RE_TASK_NOTICE.search("巡视组指出，某局采购制度执行不严").group(0) == "巡视组指出"
    assert structure.RE_NOT_ENTRY_NAME.search("隐患清单") and not structure.RE_NOT_ENTRY_NAME.search("清单管理员")


# --- step 3: a period tried at its figures before a 月, a class for a repeat, words that every state sentence names ------
def test_a_period_tried_only_at_a_figure_before_its_month_finds_what_the_pattern_finds():
    plain = re.compile(dates.RE_PERIOD.pattern)
    assert dates.RE_PERIOD.original._anchor.pattern == r"\d(?=[\d\s年]*月)"
    words = ["2023", "2019", "年", " ", "4", "12", "123", "月", "6", "日", "至", "到", "—", "-", "，", "上午", "10", "时", "起",
             "市委", "巡察", "x", "\u3000"]
    _same(dates.RE_PERIOD, plain, _strings(words, 6000, 12))
    for t in ("2024年 3月5日至4月6日，市委第二巡察组进驻", "123月4日至6日", "5月6日晚8点到5月7日凌晨2时"):
        assert _sig(dates.RE_PERIOD.search(t)) == _sig(plain.search(t)), t
    assert dates.RE_PERIOD.search("123月4日至6日").group("m1") == "23"  # (a match may open inside a run of figures)


def test_a_dash_run_and_a_count_written_led_by_a_class_match_as_before():
    old = re.compile(facts.RE_RUN_ON_SPEECH_DATE.pattern.replace("[—－─][—－─]{0,2}", "[—－─]{1,3}", 1))
    assert old.pattern != facts.RE_RUN_ON_SPEECH_DATE.pattern and _led_by_class(facts.RE_RUN_ON_SPEECH_DATE)
    _same(facts.RE_RUN_ON_SPEECH_DATE, old, _strings(["—", "－", "─", "2023年", "5月", "6日", "在", "全县", "大会", "会议", "上", "）",
                                                      "(", " ", "x"], 4000, 10) + ["——2023年5月6日在全县水利工作会议上"])
    new = headline.RE_LOST_COUNTER_MEASURES.original
    old = re.compile(new.pattern.replace(r"\d\d*", r"\d+", 1))
    assert old.pattern != new.pattern and _led_by_class(new)
    _same(new, old, _strings(["3", "12", "个", "项", "条", "问题", "制定", "整改措施", " ", "，", "x"], 4000, 10))


def test_a_state_sentence_is_searched_only_where_it_names_the_problem_and_finds_what_it_found():
    rx = readings.RE_STATE_SENTENCE
    texts = _strings(["。", "，", "\n", "目前", "截至目前", "该", "此", "这一", "上述", "项", "问题", "任务", "已完成整改", "整改到位",
                      "正在整改", "x", " "], 5000, 10)
    for t in texts + ["经核查，该项任务已整改到位。", "目前，此问题正在推进中", "上述问题均已完成整改"]:
        assert _sig(rx.search(t)) == _sig(rx.original.search(t)), t
        assert [_sig(m) for m in rx.finditer(t)] == [_sig(m) for m in rx.original.finditer(t)], t
    assert rx.needles == ("该", "此", "这一", "上述")
    assert rx.search("目前，供水管网改造工作已完成") is None  # (names no problem or task of its own)
    from zhenggai.importer.parse.rx import required_literals
    for t in texts:  # (every match reads one of the words: the needles are the pattern's own)
        if rx.original.search(t):
            assert any(w in t for w in rx.needles), t


# --- step 4: a given number, not after a figure or a point, led by its digits; a count of up to three figures ------------
def test_a_given_number_not_after_a_figure_is_found_as_the_look_behind_found_it():
    from zhenggai.importer.parse.rx import number_not_after

    texts = _strings(["1", "2", "12", "3", "23", "123", ".", "．", "个", "处", "项", " ", "x", "问题", "第"], 4000, 10)
    for n in (1, 2, 3, 12, 23, 123):
        old = re.compile(rf"(?<![\d.]){n}\s*([个处项条件])")
        new = re.compile(number_not_after(n) + r"\s*([个处项条件])")
        assert _led_by_class(new) and not _led_by_class(old)
        _same(new, old, texts)
    new = re.compile(number_not_after(12) + r"\s*([个处项条件])")
    assert new.search("排查隐患12处，已整改").group(1) == "处"
    assert new.search("112处") is None and new.search("1.12处") is None and new.search("第12项") is not None  # (第 is no figure)


def test_a_count_of_up_to_three_figures_led_by_its_first_finds_what_it_found():
    new = structure.RE_COUNTED_THEN_DONE
    old = re.compile(new.pattern.replace(r"(\d(?<![第\d]\d)\d{0,2})", r"(?<![第\d])(\d{1,3})", 1))
    assert old.pattern != new.pattern and _led_by_class(new)
    _same(new, old, _strings(["3", "12", "1234", "件", "项", "个", "条", "已", "全部", "完成", "办结", "整改到位", "整改", "第", "，",
                              " ", "x"], 5000, 10) + ["交办信访件12件，已全部办结12件", "第3项已完成3项"])


# --- step 5: optional words before a literal, behind look-behinds, spelt out led by their first characters --------------
def test_words_not_after_spell_out_the_optional_words_in_the_order_of_their_tries():
    from zhenggai.importer.parse.rx import words_not_after

    assert words_not_after(("共有整改", "整改"), ("完成",)) == "(?:共(?<!完成共)有整改|整(?<!完成整)改)"
    old = re.compile(r"(?<!未)(?<!尚未)(?:已经?)?(?:完成)?整改(\d+)")
    new = re.compile(words_not_after(("已经完成整改", "已经整改", "已完成整改", "已整改", "完成整改", "整改"), ("未", "尚未")) + r"(\d+)")
    assert _led_by_class(new) and not _led_by_class(old)
    _same(new, old, _strings(["已", "经", "已经", "完成", "整改", "未", "尚未", "3", "12", "，", "x"], 5000, 10))


@pytest.mark.parametrize("name, plain", [
    ("_NAMED_MEASURE_COUNT_AT", r"(?<!完成)(?<!落实)(?:制定|明确|细化|提出|共有|共)?整改(?:(?:措施|举措)(?:共计|共|总计|合计)?(\d+)\s*(条|项)"
                                r"|任务(?:共计|共|总计|合计)?(\d+)\s*(条|项|个))"),
    ("_DONE_AND_REST_AT", r"(?<!未)(?<!尚未)(?:已经?)?(?:完成)?整改(?:完成|到位|完毕)?(?:问题)?\s*(\d+)\s*([处个项条件])\s*[,，、]\s*"
                          r"(?:剩余|其余|余下|尚有|仍有|还有|未整改|尚未整改|未完成整改?)(?:问题)?\s*(\d+)\s*\2"),
])
def test_headline_counts_after_optional_verbs_find_what_the_look_behind_forms_found(name, plain):
    fast, plain = getattr(headline, name), re.compile(plain)
    assert _led_by_class(fast) and not _led_by_class(plain)
    words = _fragments(plain.pattern, ["已经", "尚未", "未", "完成", "落实", "整改", "措施", "任务", "12", "3", "个", "处", "，"])
    _same(fast, plain, _strings(words, 6000, 12))
    if name == "_DONE_AND_REST_AT":
        assert fast.search("排查隐患20处，已整改18处，剩余2处").groups() == ("18", "处", "2")
        assert fast.search("尚未整改3个，其余2个") is None
    else:
        assert fast.search("区住建局细化整改措施共计15条").groups()[:2] == ("15", "条")
        assert fast.search("已完成整改措施15条") is None  # (done, not set out)


# --- step 6: look-behinds read after the literal that follows them --------------------------------------------------------
def test_look_behinds_after_first_move_them_after_the_first_literal():
    from zhenggai.importer.parse.rx import look_behinds_after_first

    assert look_behinds_after_first(r"(?<!疑似)问题(\d+)") == r"问(?<!疑似问)题(\d+)"
    assert look_behinds_after_first(r"(?<!完成)(?<!落实)整改") == r"整(?<!完成整)(?<!落实整)改"
    assert look_behinds_after_first(r"(?<=[。；])下一步") == r"下(?<=[。；]下)一步"
    for bad in (r"(?:在|于)x", r"(?<!未)\d+", r"问题"):
        with pytest.raises(ValueError):
            look_behinds_after_first(bad)


@pytest.mark.parametrize("name, fast, plain", [
    ("RE_NOUN_FIRST", lambda: headline._NOUN_FIRST_AT, None),
    ("RE_NOUN_FIRST_COUNT", lambda: headline._NOUN_FIRST_COUNT_AT, None),
    ("_STATED_TOTAL_AT", lambda: headline._STATED_TOTAL_AT, None),
    ("RE_LEVEL_DONE", lambda: headline.RE_LEVEL_DONE, r"(?<!未)完成(?:[省市县区镇乡村校院局]级|本级|本单位)问题整改(\d+)\s*[个项]"),
    ("RE_MEASURE_BY", lambda: parse_pkg.RE_MEASURE_BY,
     r"(?<![关对属由等存现所实正内已])(?:在|于)\s*([^，,。；;、在于]{2,14}?(?:以前|之前|(?<!提)前))(?=[\u4e00-\u9fff])(?!已|仅|就|便|曾|均|都|的)"),
])
def test_patterns_led_by_their_literal_find_what_the_look_behind_forms_found(name, fast, plain):
    fast = fast()
    plain = re.compile(plain or fast.pattern.replace("问(?<!疑似问)题", "(?<!疑似)问题", 1))
    assert plain.pattern != fast.pattern and _led_by_class(fast) and not _led_by_class(plain)
    words = _fragments(plain.pattern, ["疑似", "问题", "未", "完成", "在", "于", "关", "已", "前", "以前", "提前", "6月底", "12", "3",
                                       "个", "项", "方面", "，", "。"])
    _same(fast, plain, _strings(words, 6000, 12))


def test_led_by_their_literal_they_read_what_they_read_before_in_other_words():
    assert headline._NOUN_FIRST_AT.search("排查消防隐患问题共17处").groups() == ("17", "处")
    assert headline._NOUN_FIRST_AT.search("疑似问题5个") is None  # (suspected: no count of problems)
    assert headline._STATED_TOTAL_AT.search("本轮检查问题共计9项").group(1) == "9"
    assert headline.RE_LEVEL_DONE.search("已完成村级问题整改6个").group(1) == "6"
    assert headline.RE_LEVEL_DONE.search("未完成村级问题整改6个") is None
    assert parse_pkg.RE_MEASURE_BY.search("督促企业在本季度末以前完成整改").group(1) == "本季度末以前"
    assert parse_pkg.RE_MEASURE_BY.search("已在3月底以前完成") is None  # (already done before it: sets no deadline)


# --- step 7: the next-step label and the blank between scripts, led by their literal and their blank ----------------------
def test_the_next_step_label_led_by_its_literal_finds_what_the_stop_or_start_form_found():
    old = re.compile(r"(?:^|(?<=[。;；,，:：!！?？)）\s]))下一步")
    new = numbering.RE_NEXT_STEP
    assert isinstance(new, re.Pattern) and _led_by_class(new) and not _led_by_class(old)
    texts = _strings(["下一步", "一步", "下", "。", "，", "：", ")", "）", " ", "\n", "x", "工作", "打算"], 5000, 10)
    _same(new, old, texts + ["下一步，我局将", "二、下一步工作打算", "在下一步工作中"])
    assert new.search("整改完成。下一步，将持续巡查").start() == 5
    assert new.search("纳入下一步计划") is None  # (inside a sentence: no label)


def test_a_blank_between_scripts_led_by_the_blank_is_found_as_before():
    old = re.compile(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])|(?<=[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e])\s+(?=\d)")
    new = normalize._RE_CJK_SPACE
    assert isinstance(new, re.Pattern) and _led_by_class(new) and not _led_by_class(old)
    texts = _strings(["某", "局", " ", "  ", "\u3000", "\t", "a", "B", "1", "23", "-", ":", "（", "(", "x"], 6000, 10)
    _same(new, old, texts + ["某局 2023年", "ISO 9001 认证", "第 3 条", "a - 1"])
