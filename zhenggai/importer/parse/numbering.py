"""Numbering styles of Chinese official documents.

The usual hierarchy is 一、 > （一） > 1. > （1） > ①; items inside a paragraph
are counted as 一是…二是…. Levels are small integers so that a heading closes
every open heading of the same or a deeper level.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"

LEVEL_PART = 0.5  # 第一部分 (gen19: a report in parts, each part's sections 一、… or its items 1.… below it)
LEVEL_CN = 1  # 一、
LEVEL_CN_PAREN = 2  # （一）
LEVEL_ARABIC = 3  # 1.  1、  1．
LEVEL_ARABIC_PAREN = 4  # （1）  ⑴
LEVEL_CIRCLED = 5  # ①
LEVEL_LABELLED = 2.5  # 问题一： / 问题1： — problems labelled by name, between （一） and 1.

LEVEL_NAMES = {0.5: "第一部分", 1: "一、", 2: "（一）", 2.5: "问题一：", 3: "1.", 3.5: "点位一：", 4: "（1）", 5: "①"}


def cn_to_int(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十三 → 23; None when it is not a small Chinese numeral."""
    return _CN_VALUES.get(text) if text else None


def _cn_to_int(text: str) -> int | None:
    """cn_to_int's rule, read once for every numeral it reads (_CN_VALUES)."""
    if not text or any(ch not in CN_DIGITS and ch not in "十百" for ch in text):
        return None
    if text == "十":
        return 10
    if "百" in text:
        return None
    if "十" in text:
        tens, _, units = text.partition("十")
        t = CN_DIGITS.get(tens, None) if tens else 1
        u = CN_DIGITS.get(units, None) if units else 0
        if t is None or u is None:
            return None
        return t * 10 + u
    if len(text) == 1:
        return CN_DIGITS[text]
    return None


# every text _cn_to_int reads as a number: one digit, 十, and X十Y with X and Y a digit or nothing (any other text, a
# second 十, a 百, is None) — looked up, not read character by character (it is asked for at every 一是 and heading)
_CN_VALUES: dict[str, int] = {
    s: v for s in [*CN_DIGITS, *(a + "十" + b for a in ["", *CN_DIGITS] for b in ["", *CN_DIGITS])]
    if (v := _cn_to_int(s)) is not None
}


def int_to_cn(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n - 10] if n > 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


# gen19: "第一部分 总体情况" / "第二部分　存在问题" / "第三部分：整改要求": a report's part, numbered in words, the
# heading's words after a space, a colon or 、 (or right after 部分 when they open as a report's section label does) —
# not "第一部分资金已拨付" (a share of something, told in a sentence), nor a part with nothing after it
RE_PART = re.compile(r"^第\s*([一二三四五六七八九十]{1,3})\s*部分(?:\s*[:：、.．]\s*|\s+|(?=(?:存在|发现|反馈|主要|基本|总体|工作|"
                     r"整改|问题|下一步|下阶段|检查|巡察|巡视|督察|督查|督导|审计|责任|验收|完成|组织|有关|相关)"
                     # gen19b: or any words making a short heading line of their own that ends as a label does ("第一部分
                     # 水污染防治方面" once a copy's space is gone): a part's name, not a sentence
                     r"|(?=[^。，,；;:：!！?？]{1,16}(?:方面|情况|问题|打算|措施|要求|建议|意见|举措|成效|任务)\s*$)))")
# (os19: a mirror's doubled punctuation, "一,、整改问题": the stray comma before 、 is no part of the heading)
RE_CN = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[,，]?[、.．]\s*")
RE_CN_PAREN = re.compile(r"^[(（]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?\s*")
# "1.2月25日，印发…", "2、2015年以来，…": an item opening with a date (a month or year after the dot is no decimal)
RE_WHOLE_COUNT = re.compile(r"\d{1,3}\s*(?:个(?!百分点|月|小时|工作日)|家|名|所|项|条|户|座|处|起|件|批)")
# "4.3个部门超预算列支…的问题", "5.2家企业…": an item opening with a count of things that come whole (no decimal counts
# departments; "1.5个百分点", "2.5个月", "0.48亿元" stay decimals) — also "1、3个部门…" (gen19b: a document numbering
# its items 1、 where another writes 1.)
RE_ARABIC = re.compile(r"^(\d{1,3})\s*(?:[、.．](?![\d.．])|[、.．](?=(?:19|20)\d\d年|\d{1,2}月)"
                       r"|[、.．](?=\d{1,3}\s*(?:个(?!百分点|月|小时|工作日)|家|名|所|项|条|户|座|处|起|件|批)))\s*")
# (an OCR or typing slip of a lone letter for the one, "（l）", as in "项目l.2": the first item all the same)
RE_ARABIC_PAREN = re.compile(r"^[(（]\s*(\d{1,3}|[lI](?=\s*[)）]))\s*[)）]\s*[、.．]?\s*")
RE_CIRCLED = re.compile(rf"^([{CIRCLED}{PAREN_DIGITS}])\s*[、.．]?\s*")
# also in brackets, as web pages print them: "【问题1】", "[问题一]"
# and with where the problem comes from, or counted: "反馈问题1：", "审计发现问题2：", "第一项问题："
# (cases23: also a reply's items "第一条：主井…未挂牌公示。" — with its colon, not an article of rules "第一条 为规范…",
# "第一条：为了…"/"根据…", which open on their purpose or basis)
# — and the typical cases an inspection handed over, labelled "案例1：" / "典型案例2：", and tasks ("任务1：", "整改事项2：")
RE_LABELLED = re.compile(r"^(?:(?:(?:反馈|巡察反馈|巡视反馈|督察反馈|审计发现|审计查出)?问题|(?:典型|交办)?案例|(?:整改)?任务|整改事项)\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*[:：、.．]"
                         r"|[【\[]\s*问题\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*[】\]][:：]?"
                         r"|第\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*(?:(?:项|个|条)?问题|项(?:整改)?任务|项|条(?=\s*[:：]\s*[^为根按依]))\s*[:：]"
                         r"|(?:(?:反馈|整改)?(?:问题|任务)|整改事项)?(?:编号|序号)\s*(?:为|是)?\s*(\d{1,4})\s*[:：]"
                         r"|[^:：。，,；;“”]{0,30}?问题之\s*([一二三四五六七八九十]{1,3})\s*[:：]"
                         r")\s*")
# the places a check found at fault, each labelled with its number and the code of the list it is on: "点位一(ZRBHD…5)：",
# "图斑2（编号…）：", "问题点位3：" — below 1. (a problem may list its places: "1.部分矿山未复绿。 点位1：…已复绿")
RE_PLACE_LABELLED = re.compile(r"^(?:问题)?(?:点位|图斑|地块)\s*([一二三四五六七八九十]{1,3}|\d{1,3})\s*(?:[(（][^:：。]{0,40}[)）])?\s*[:：]\s*")
LEVEL_PLACE = 3.5
# (also the problems of one topic counted off by "之一/之二" after a repeated lead: "…机制不健全存在的问题之一：制度不完善")
# (a task named by the number of the list it comes from: "编号8：…", "序号 14:…", "问题编号3：…", "整改任务序号12：…";
# the colon is required, so "编号规则：…" and "按编号8的要求" are no items)
# attachments label problems with a word and a dotted number: "项目1.1：" "问题2.3：", OCR slips "项目l.2"
# (also with a dash: "问题1-2：")
RE_LABELLED_DOTTED = re.compile(r"^(?:项目|问题|任务|事项)\s*([\dlI]{1,2})\s*[.．\-－]\s*([\dlIO]{1,2})\s*[:：]\s*"
                                # (or the dotted number alone: "1.1 某水库…", "2.3：…" — not a figure, "1.5亿元")
                                r"|^(\d{1,2})[.．](\d{1,2})\s*[:：]?\s*(?=[\u4e00-\u9fff“])(?![亿万千百个名家项条处人所户起件批元次年月日倍座宗亩吨])")
# a problem labelled by name with no number: "存在的问题：…" / "【问题】…" (what was done follows as "整改情况：…");
# its number is 0, meaning none printed (the problem's seq stays empty). "反馈问题：" stays a notice's field.
RE_LABELLED_PLAIN = re.compile(r"^(?:存在(?:的)?问题|问题清单(?=\s*[:：])|[【\[]\s*(?:存在(?:的)?)?问题\s*[】\]])\s*[:：]?\s*")
_CIRCLED_OPENERS = frozenset(CIRCLED + PAREN_DIGITS)
_OCR_DIGITS = str.maketrans({"l": "1", "I": "1", "O": "0"})


@dataclass(frozen=True)
class Marker:
    level: float
    number: int
    raw: str  # the marker as printed, e.g. "（一）"
    rest: str  # the paragraph text after the marker


# an unnumbered feedback item opening its paragraph: "第二轮督察反馈指出，“…”。" (its quotation is the problem)
# (a short quoted word may sit in the lead: "中央环保督察“回头看”反馈指出，“…”")
RE_FED_BACK_ITEM = re.compile(r"^(?:[^“”。，,:：]|“[^“”。]{1,8}”){0,30}?(?:督察|巡视|巡察|审计|检查|回头看)(?:[^“”。，,:：]|“[^“”。]{1,8}”){0,12}?"
                              r"反馈指出[，,:：]?\s*(?=“)")


# the same item unquoted, a paragraph of one sentence: "第一轮督察反馈指出，某县城区部分路段餐饮油烟直排。" (what was done
# follows in paragraphs of its own) — not a count of problems ("…反馈指出，存在3个方面16个问题") nor praise
RE_FED_BACK_PLAIN = re.compile(r"^(?:[^“”。，,:：]|“[^“”。]{1,8}”){0,30}?(?:督察|巡视|巡察|审计|检查|回头看)(?:[^“”。，,:：]|“[^“”。]{1,8}”){0,12}?"
                               r"反馈(?:意见)?指出[，,:：]\s*(?!“)")
RE_RESPONSE = re.compile(r"\s*(?:整改情况|整改措施|整改进展|对此|针对|收到|接到|为此)")
RE_NOT_ONE_ITEM = re.compile(r"\d+\s*(?:个|项|条|类)|[一二三四五六七八九十]+个方面|取得|成效|成绩|总体(?:向好|较好|良好)|以下|如下")


# parse_marker's answers during one parse (a paragraph's number is asked for again by the tree, the readings and the
# fields: ~40 % of the calls repeat a text). The answer is a function of the text alone and a Marker is frozen, so an
# answer kept is the answer; parse_paragraphs empties the table when it starts and ends (no document outlives its
# parse), and it is emptied whenever it reaches MARKER_MEMO_MAX entries.
_MARKER_MEMO: dict[str, "Marker | None"] = {}
MARKER_MEMO_MAX = 20_000


def clear_marker_memo() -> None:
    _MARKER_MEMO.clear()
    for kept in _PER_PARSE:
        kept.cache_clear()


# perf21: other functions of their arguments alone (a heading's status, whether a lead names the problems found, a
# heading's title …) are asked again for the same text by each item under it and by each reading: their answers are kept
# the same way, one table a function, emptied with the marker memo (no document outlives its parse)
_PER_PARSE: list = []


def per_parse(fn):
    """``fn``'s answers kept during one parse by its arguments (functools' C cache: a Python wrapper cost as much as the
    regex scans it saved): for a function whose answer depends on its arguments alone and is not changed by its callers
    (a str, a bool, None). Worth it only where most calls repeat an earlier one (PERF21.txt)."""
    kept = lru_cache(maxsize=None)(fn)
    _PER_PARSE.append(kept)
    return kept


# a bare number's next character a counter or a unit, not a word ("2021 年", "3个"; but "1.个别…", "3.条子河…")
_RE_COUNTER_AFTER = re.compile(r"^[年月日号个项条%](?!别|人|体|目|例|度|常|初|末|底|终|子|款|件|线|块|牌|召|轻|龄|级)")


def parse_marker(text: str) -> Marker | None:
    """The heading number a paragraph starts with, or None."""
    try:
        return _MARKER_MEMO[text]
    except KeyError:
        pass
    except TypeError:  # (not a string: read as before, not kept)
        return _parse_marker(text)
    if len(_MARKER_MEMO) >= MARKER_MEMO_MAX:
        _MARKER_MEMO.clear()
    found = _MARKER_MEMO[text] = _parse_marker(text)
    return found


# the characters a match of each pattern below can open with (a test of the text's first character before the pattern
# is tried: most paragraphs open with none of them). An empty text passes every test ("" is in any string), as before.
_CN_FIRST = "一二三四五六七八九十"
_PAREN_FIRST = "(（"
_DOTTED_FIRST = "项问任事"  # (or a digit)
_LABELLED_FIRST = "反巡督审问典交案整任【[第编序"  # (or "问题之" anywhere: "…存在的问题之一：")
_PLAIN_FIRST = "存问【["
_CIRCLED_FIRST = CIRCLED + PAREN_DIGITS


def _parse_marker(text: str) -> Marker | None:
    first = text[:1]
    digit = first.isdigit()  # (a superset of what \d matches)
    m = RE_PART.match(text) if first == "第" else None
    if m and text[m.end():].strip() and len(text) - m.end() <= 40:
        n = cn_to_int(m.group(1))
        if n is not None:
            return Marker(LEVEL_PART, n, m.group(0).strip(), text[m.end():])
    m = RE_CN.match(text) if first in _CN_FIRST else None
    if m:
        n = cn_to_int(m.group(1))
        if n is not None and not text[m.end():m.end() + 1] in ("是",):
            return Marker(LEVEL_CN, n, m.group(0).strip(), text[m.end():])
    m = RE_CN_PAREN.match(text) if first in _PAREN_FIRST else None
    if m:
        n = cn_to_int(m.group(1))
        if n is not None:
            return Marker(LEVEL_CN_PAREN, n, m.group(0).strip(), text[m.end():])
    m = RE_LABELLED_DOTTED.match(text) if digit or first in _DOTTED_FIRST else None
    if m and len(text[m.end():].strip()) >= (1 if m.group(2) else 6):
        n = int((m.group(2) or m.group(4)).translate(_OCR_DIGITS))
        return Marker(LEVEL_LABELLED, n, m.group(0).strip(), text[m.end():])
    m = RE_LABELLED.match(text) if first in _LABELLED_FIRST or "问题之" in text else None
    if m:
        raw = m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5)
        n = int(raw) if raw.isdigit() else cn_to_int(raw)
        if n is not None and text[m.end():].strip():
            return Marker(LEVEL_LABELLED, n, m.group(0).strip(), text[m.end():])
    m = RE_PLACE_LABELLED.match(text) if text[:1] in "问点图地" else None
    if m and text[m.end():].strip():
        raw = m.group(1)
        n = int(raw) if raw.isdigit() else cn_to_int(raw)
        if n is not None:
            return Marker(LEVEL_PLACE, n, m.group(0).strip(), text[m.end():])
    m = RE_LABELLED_PLAIN.match(text) if first in _PLAIN_FIRST else None
    if m and (m.group(0).rstrip()[-1:] in ":：】]") and len(text[m.end():].strip()) >= 4:
        return Marker(LEVEL_LABELLED, 0, m.group(0).strip(), text[m.end():])
    # ("1.第一轮巡视反馈指出，“…”": a numbered item saying who fed it back keeps its number, read below)
    numbered = digit and RE_ARABIC.match(text) is not None
    # (gen19b: so is one numbered "（1）第一轮督察反馈指出，…" or "①…" in a text that numbers its items lower)
    numbered = numbered or (first in "(（" and RE_ARABIC_PAREN.match(text) is not None) or (
        first in _CIRCLED_OPENERS and RE_CIRCLED.match(text) is not None)
    m = RE_FED_BACK_ITEM.match(text) if "反馈指出" in text and not numbered else None
    if m and len(text[m.end():].strip()) >= 6:
        return Marker(LEVEL_LABELLED, 0, m.group(0).strip(), text[m.end():])
    m = RE_FED_BACK_PLAIN.match(text) if text.find("指出", 0, 60) >= 0 and not numbered else None
    if m:
        said = text[m.end():].strip().rstrip("。；; ")
        if "。" in said and RE_RESPONSE.match(said[said.find("。") + 1:]):
            said = said[:said.find("。")]  # "…反馈指出，X。对此，我县…": what was done follows in the paragraph
        if 6 <= len(said) <= 150 and "。" not in said and not RE_NOT_ONE_ITEM.search(said):
            return Marker(LEVEL_LABELLED, 0, m.group(0).strip(), text[m.end():])
    m = RE_ARABIC_PAREN.match(text) if first in _PAREN_FIRST else None
    if m:
        return Marker(LEVEL_ARABIC_PAREN, int(m.group(1).translate(_OCR_DIGITS)), m.group(0).strip(), text[m.end():])
    m = RE_CIRCLED.match(text) if first in _CIRCLED_FIRST else None
    if m:
        ch = m.group(1)
        if ch in CIRCLED:
            return Marker(LEVEL_CIRCLED, CIRCLED.index(ch) + 1, m.group(0).strip(), text[m.end():])
        return Marker(LEVEL_ARABIC_PAREN, PAREN_DIGITS.index(ch) + 1, m.group(0).strip(), text[m.end():])
    m = RE_ARABIC.match(text) if digit else None
    if m:
        rest = text[m.end():]
        n = int(m.group(1))
        # "2021 年" style stray space or a bare number is not a heading ("1.个别支部…", "2.项目…" are: a word opens)
        # ("1.年初预算编制不够细化", "2.月底前未报送…": a word opening with 年/月 is a word too; so is a name or noun
        # opening with 条/项/号: "3.条子河流域…", "2.条例执行不严", "4.条块分割…", "1.号牌管理…"; also "5.年轻干警…",
        # "2.年龄结构…", "3.年级组…": 年 opening a word of its own, never a count of years, which has its figure first)
        if rest and not _RE_COUNTER_AFTER.match(rest) and n < 200:
            return Marker(LEVEL_ARABIC, n, m.group(0).strip(), rest)
    return None


# gen19b: a layout that lists findings under a unit, in a table's cell or at a place ("存在隐患：" over "1、…"; a check
# table's "问题清单" column) numbers them in whichever rank the document chooses: "1、" in one, "（一）" in a report
# that starts its numbering lower, "（1）" or "①" in one that starts higher. The item is a numbered line of the usual
# ranks (一、 （一） 1. （1）/⑴ ①), not a part heading (第一部分) nor a labelled item (问题一：); `level`, when given,
# keeps one block's items to the rank of its first item (a line of another rank ends the block).
ITEM_LEVELS = frozenset({LEVEL_CN, LEVEL_CN_PAREN, LEVEL_ARABIC, LEVEL_ARABIC_PAREN, LEVEL_CIRCLED})


def item_marker(text: str, level: float | None = None) -> Marker | None:
    """A listed finding's number at any of the usual ranks (of rank `level` when given), or None."""
    m = parse_marker(text)
    if m is None or m.level not in ITEM_LEVELS or not m.number or (level is not None and m.level != level):
        return None
    return m


# 一是 / 二是 … items inside a paragraph
RE_XS = re.compile(r"([一二三四五六七八九十]{1,3})是")
_RE_XS_AT = re.compile(r"是(?<=[一二三四五六七八九十]是)")  # the 是 of an RE_XS match
_XS_NUMERALS = frozenset("一二三四五六七八九十")
XS_BOUNDARY = set("。;；,，:：!！?？)）”\"、 \t\n")
# (perf23: "(?:^|(?<=[。;；,，:：!！?？)）\s]))下一步" — at the text's start or after a stop — as "not after anything but a
# stop", the look-behind read after the 下: led by a literal the engine searches for, no NearAnchor; the same matches)
RE_NEXT_STEP = re.compile(r"下(?<![^。;；,，:：!！?？)）\s]下)一步")


def find_xs_items(text: str) -> list[tuple[int, int]]:
    """(start offset, number) of each 一是/二是… item actually present.

    An item must sit at a clause boundary, except that the number expected
    next in sequence is also accepted without punctuation before it ("…水平二是").
    Repeated or skipped numbers are kept as printed.
    """
    items: list[tuple[int, int]] = []
    if "是" not in text:
        return items
    tentative = False
    for m in _RE_XS_AT.finditer(text):
        # what RE_XS.finditer finds, found from its 是 (a literal the engine searches fast; the numerals before it
        # read back here, at most three as RE_XS takes them)
        b = m.start()
        start, lo = b - 1, max(0, b - 3)
        while start > lo and text[start - 1] in _XS_NUMERALS:
            start -= 1
        raw = text[start:b]
        n = cn_to_int(raw)
        if n is None:
            continue
        # the numeral must not be the tail of a longer numeral word (e.g. 统一是 is fine only in sequence)
        before = text[start - 1] if start > 0 else ""
        if before and before in "一二三四五六七八九十第其唯":
            continue
        at_boundary = start == 0 or before in XS_BOUNDARY
        if not at_boundary and before in ".．" and start > 1 and "\u4e00" <= text[start - 2] <= "\u9fff":
            # mix20: a sentence closed by an ASCII full stop ("…力度有待加强.一是组织…": a copy's "." for "。", the line
            # break after it lost) — a boundary (not "2.一是", a number's mark: a Chinese character before the stop)
            at_boundary = True
        expected = (items[-1][1] + 1) if items else 1
        if not at_boundary and not items and n == 1 and (_subject_before(text, start) or _name_before(text, start)):
            # "对此，我县一是…；二是…": the first item right after a short subject opening its clause (kept only when a
            # second item follows); ducha25: or right after the short name the paragraph opens on, a check notice's
            # place or aspect heading run into its findings ("客运站一是无健康教育专栏…;二是…")
            tentative = True
            items.append((start, n))
            continue
        if at_boundary:
            if not items and n != 1 and n > 3:
                continue
            items.append((start, n))
        elif items and n == expected:
            items.append((start, n))
    if tentative and len(items) < 2:
        return []
    return items


# a short subject opening its clause right before the first 一是: "对此，我县一是…", "为此，学校一是…"
# (also a body named in full, "对此，石川县一是…": a short name ending in what it is — 县, 区, 局, 街道 …)
RE_SUBJECT_THEN_XS = re.compile(r"\s*(?:(?:我|本|该|学校|医院|公司|县|市|区|镇|乡|局|委|院)[^\s。;；,，:：、“”一二三四五六七八九十]{0,5}"
                                r"|[^\s。;；,，:：、“”一二三四五六七八九十]{1,5}(?:省|市|县|区|旗|镇|乡|街道|局|委|院|厅|办))")


def _subject_before(text: str, start: int) -> bool:
    """The few characters before ``start`` are a short subject opening its clause (after a stop or the text's start)."""
    lo = max(0, start - 8)
    window = text[lo:start]
    cut = max(window.rfind(c) for c in "。;；,，:：")
    if cut < 0 and lo > 0:
        return False
    return RE_SUBJECT_THEN_XS.fullmatch(window, cut + 1) is not None


# ducha25: a short name opening the text, with no stop in it, right before its 一是 — a place or aspect heading of a
# check notice run into its findings on one line: "(三)客运站一是…;二是…", "(四)**商业广场一是…" (the marker is not in the
# text); a sentence before 一是 has a stop or runs longer
_NAME_STOPS = frozenset("。;；,，:：!！?？、“”\"()（） \t\n")


def _name_before(text: str, start: int) -> bool:
    """The text opens on a short name (2-14 characters, no stop) that runs straight into its 一是 at ``start``."""
    return 2 <= start <= 14 and not any(c in _NAME_STOPS for c in text[:start])


INLINE_BOUNDARY = set("。;；:：!！?？)）”\" \t\n")


_RE_INLINE_NUMBER = re.compile(r"(\d\d?)\s*[.．、]")  # (compiled once; perf22: \d\d? for \d{1,2}, a class first: scanned fast)
_RE_DIGIT_FIRST = re.compile(r"\d")
_RE_YEAR_OR_MONTH_FIRST = re.compile(r"(?:19|20)\d\d年|\d{1,2}月")


# the first item, number 1, is written with a "1" ("1", "01") or with a digit of another script that \d reads: a text
# holding neither holds no items (one class scan before the loop below)
_RE_ONE_OR_OTHER_DIGIT = re.compile(r"[^\D02-9]")


# check24: the first item glued to the heading that names the list, the space between them lost with the copy's layout
# ("一、食堂存在的主要问题 1.操作间…。2、…" read as "…主要问题1.操作间…"): a heading naming the problems, hazards or
# shortfalls found ends right before "1." (not "第1", "共1", "问题1.2万")
_RE_LABEL_BEFORE_FIRST = re.compile(r"(?:存在|发现|主要|突出|以下|如下)的?(?:主要|突出)?(?:问题|隐患|不足)$")


def find_inline_numbered(text: str) -> list[tuple[int, int]]:
    """(offset, number) of 1. 2. 3. items run together in one paragraph.

    Accepted only in sequence starting from 1 and at a clause boundary, so that
    decimals ("2.1万元") are not taken for items; "2.2019年底前" and "1.2月25日" are accepted.
    """
    items: list[tuple[int, int]] = []
    if _RE_ONE_OR_OTHER_DIGIT.search(text) is None:
        return items
    pattern = _RE_INLINE_NUMBER
    pos = 0
    expected = 1
    while True:
        found = None
        for m in pattern.finditer(text, pos):
            n = int(m.group(1))
            if n != expected:
                continue
            start = m.start()
            before = text[start - 1] if start > 0 else ""
            if start > 0 and before not in INLINE_BOUNDARY and not (expected == 1 and _RE_LABEL_BEFORE_FIRST.search(text, 0, start)):
                continue
            after = text[m.end():m.end() + 5]
            # a decimal is no item; a year or a month after the dot is ("2.2019年底前", "1.2月25日，印发…")
            if _RE_DIGIT_FIRST.match(after) and not _RE_YEAR_OR_MONTH_FIRST.match(after) and not (
                    m.group(0)[-1] in ".．" and RE_WHOLE_COUNT.match(text, m.end())):
                continue
            found = m
            break
        if not found:
            break
        items.append((found.start(), expected))
        expected += 1
        pos = found.end()
    return items


def find_circled(text: str) -> list[tuple[int, int]]:
    return [(m.start(), CIRCLED.index(m.group(0)) + 1) for m in re.finditer(f"[{CIRCLED}]", text)]


def find_inline_paren(text: str) -> list[tuple[int, int]]:
    items: list[tuple[int, int]] = []
    expected = 1
    if ")" not in text and "）" not in text:
        return items
    for m in _RE_INLINE_PAREN.finditer(text):
        n = m.group(1) or m.group(2)
        if m.group(2) and m.start() > 0 and text[m.start() - 1] not in INLINE_BOUNDARY:
            continue  # (a half bracket's number opens a clause: "…入账；2）建立…", not "共3）")
        if int(n) == expected:
            items.append((m.start(), expected))
            expected += 1
    return items


# "（1）" and (bw23) the half-bracket form a cell or a list writes as well, "1）…；2）…" / "1)…" (one form per text)
_RE_INLINE_PAREN = re.compile(r"[(（](\d{1,2})[)）]|(?<![\d(（])(\d{1,2})[)）]")
