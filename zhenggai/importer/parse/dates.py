"""Dates as Chinese documents write them, and their resolution from context.

"10月19日" has no year: it takes the year of the last fully dated date before
it, or the next year when that would put it before that date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .numbering import cn_to_int
from .rx import NearAnchor, Needles, required_literals

_CN_YEAR_DIGITS = {"〇": "0", "零": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}

RE_DATE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2}|[二〇零一三四五六七八九]{4})\s*年\s*)?"
    r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*"
    r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]"
)
# (perf23: "(?<!\d)((?:19|20)\d{2})…" written led by its 19/20, a set of first characters the engine scans for in C; the
# look-behind, read after them, tests the three characters before: the two just read are digits, so it tests the one
# before the year as the original did)
RE_ISO = re.compile(r"((?:19|20)(?<!\d\d\d)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
# (read over whole texts: the date's optional year first keeps the engine trying it at every offset; every date starts
# at a figure or a Chinese numeral — it is tried only there, rx.NearAnchor with no reach: the same matches. The ISO date
# was a NearAnchor at each 19/20 too, slower than its form above: perf23)
# (a date's characters up to its 月 are figures, numerals, 年 and spaces: only a figure or numeral so followed is tried)
_DATE_AT = NearAnchor(RE_DATE.pattern, r"[\d〇零一二三四五六七八九十](?=[\d〇零一二三四五六七八九十年\s]*月)", 0)
_ISO_AT = RE_ISO
RE_PERIOD = re.compile(
    r"(?:(?P<y1>(?:19|20)\d{2})\s*年\s*)?(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*"
    # (the first day may give its hour: a night check "8月8日晚10点到8月9日凌晨5时")
    r"(?:日\s*(?:上午|下午|晚上|晚间|晚|凌晨|早上|早晨|中午)?\s*\d{1,2}\s*[点时](?:\s*\d{1,2}\s*分|半)?|日?)\s*(?:起\s*)?"
    r"(?:至|到|—{1,2}|–|-|~|－|～)\s*"
    r"(?:(?P<y2>(?:19|20)\d{2})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*(?:日|(?=[,，。;；])"
    # (or, a full end date with its month, right before the body that made the visit: "…至2022年11月15市委第三巡察组对…")
    r"|(?(m2)(?=(?:中共)?[省市县区州旗]委|中央|督察|巡视|巡察|审计)|(?!)))"
)  # "2022年9月7日至26，" — the end day may lose its 日; "…11月26日——2019年1月26日" (a dash)
# (tried only in a text holding a literal every match reads; perf23: and there only at a figure followed by figures,
# blanks or 年 up to a 月 — every period starts with its year's or its month's first figure, and the optional year
# before it kept the engine trying the pattern at every offset: rx.NearAnchor, the same matches)
_PERIOD_NEEDLES = required_literals(RE_PERIOD)
RE_PERIOD = NearAnchor(RE_PERIOD.pattern, r"\d(?=[\d\s年]*月)", 0)
RE_PERIOD = Needles(RE_PERIOD, _PERIOD_NEEDLES)


# Web copies that lost 年 and 月 ("202442日至820日", "2024919日", "914日"): the digits split into a
# month and a day in at most one valid way is the date; an ambiguous split ("2024111日") is left alone.
RE_LOST_UNITS_FULL = re.compile(r"(?<![\d.])((?:19|20)\d{2})(\d{2,4})日")
RE_LOST_UNITS_SHORT = re.compile(r"(?<![\d.年月])(\d{3,4})日(?!内|以内|之内)")
_RE_DIGITS_DAY = re.compile(r"\d\d\d日")  # (perf22: \d\d\d for \d{3}, a class first: scanned fast)
# kfg: a month that lost its 月 after a whole year ("从2025年1021日至2026年1月9日"): three or four digits after 年 are no
# day, so they are a month and a day when the digits split one way only
RE_LOST_MONTH = re.compile(r"(?<=(?:19|20)\d\d年)(\d{3,4})日")  # (a whole year only: not "用3年100日")
RE_LOST_UNITS_END = re.compile(r"(?<=[至到—~～－])([1-9])(\d)日")


# ps18: a date that lost all three of 年/月/日, its digits run on from a word to a comma: "根据…统一部署2023731,区委第一巡察组
# 向…反馈巡察意见" (snippets25's ziliujing: 2023年7月31日). Only right after a Chinese character and right before a comma
# (not an amount, a code or a phone number: those take a unit, sit among letters or run on), and only where the digits after
# the year split into a month and a day one way ("2023111," is left alone)
# (the character before is checked on the match: a look-behind first keeps the engine from its fast scan, ~2.5x slower)
RE_LOST_ALL_UNITS = re.compile(r"((?:19|20)\d{2})(\d{3,4})(?=[,，])")
_RE_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _month_day(digits: str) -> tuple[int, int] | None:
    splits = {(int(digits[:k]), int(digits[k:])) for k in (1, 2) if 0 < k < len(digits) and len(digits) - k <= 2}
    valid = [(m, d) for m, d in splits if 1 <= m <= 12 and 1 <= d <= 31]
    return valid[0] if len(valid) == 1 else None


def _lost_all_units(m: re.Match) -> str:
    if m.start() == 0 or not _RE_CJK_CHAR.match(m.string, m.start() - 1):
        return m.group(0)
    md = _month_day(m.group(2))
    return f"{m.group(1)}年{md[0]}月{md[1]}日" if md else m.group(0)


# news21: a month that lost only the 年 before it ("20249月至11月": 2024年9月至11月) — a whole year run into one or two
# digits and 月, after no digit (the month a valid one)
# (the digit before is checked on the match, as in _lost_all_units: a look-behind first slows the scan)
RE_LOST_YEAR_UNIT = re.compile(r"((?:19|20)\d{2})(1[0-2]|0?[1-9])月")


def _lost_year_unit(m: re.Match) -> str:
    if m.start() > 0 and (m.string[m.start() - 1].isdigit() or m.string[m.start() - 1] == "."):
        return m.group(0)
    return f"{m.group(1)}年{m.group(2)}月"
_RE_YEAR_MONTH = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月")


def _after_last_month(digits: str, year: int, before: str) -> tuple[int, int] | None:
    """news21: digits that split into a month and a day two ways ("2025117日": 1月17日 or 11月7日), read by the text's
    order: an account tells its dates forward (a feedback after the inspection), so the split that falls first on or
    after the last year-and-month written before it — when there is one, and one split only does."""
    splits = sorted({(int(digits[:k]), int(digits[k:])) for k in (1, 2) if 0 < k < len(digits) and len(digits) - k <= 2})
    valid = [(m, d) for m, d in splits if 1 <= m <= 12 and 1 <= d <= 31]
    last = None
    for last in _RE_YEAR_MONTH.finditer(before):
        pass
    if len(valid) != 2 or last is None:
        return None
    floor = (int(last.group(1)), int(last.group(2)))
    later = [(m, d) for m, d in valid if (year, m) >= floor]
    return min(later) if later else None


def restore_lost_units(text: str) -> str:
    """Put back the 年/月 a page lost in its dates, where the digits allow one reading only."""
    if "," in text or "，" in text:
        text = RE_LOST_ALL_UNITS.sub(_lost_all_units, text)
    if "月" in text:
        text = RE_LOST_YEAR_UNIT.sub(_lost_year_unit, text)
    if "日" not in text or not _RE_DIGITS_DAY.search(text):  # both need three digits and 日: one scan, not two
        return text

    def full(m: re.Match) -> str:
        md = _month_day(m.group(2)) or _after_last_month(m.group(2), int(m.group(1)), m.string[:m.start()])
        return f"{m.group(1)}年{md[0]}月{md[1]}日" if md else m.group(0)

    def short(m: re.Match) -> str:
        md = _month_day(m.group(1))
        return f"{md[0]}月{md[1]}日" if md else m.group(0)

    text = RE_LOST_UNITS_SHORT.sub(short, RE_LOST_MONTH.sub(short, RE_LOST_UNITS_FULL.sub(full, text)))
    # a period's end that lost them too, two digits no day can be: "202349日至69日" (至6月9日)
    return RE_LOST_UNITS_END.sub(lambda m: f"{m.group(1)}月{m.group(2)}日" if int(m.group(1) + m.group(2)) > 31 and m.group(2) != "0" else m.group(0), text)


def _num(text: str | None) -> int | None:
    if text is None:
        return None
    if text.isdigit():
        return int(text)
    return cn_to_int(text)


def _year(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    digits = "".join(_CN_YEAR_DIGITS.get(ch, "") for ch in text)
    return int(digits) if len(digits) == 4 else None


# a year of the Republic (Taiwan's calendar): 民國112年 = 2023年; also in Chinese numerals and as "this year" with the
# year in brackets ("本(九十三)年六月十七日": this year, the Republic's 93rd)
RE_ROC_YEAR = re.compile(r"民[國国]\s*(\d{2,3}|[一二三四五六七八九十百零〇]{1,5})\s*年"
                         r"|本\s*[(（]\s*(\d{2,3}|[一二三四五六七八九十百零〇]{1,5})\s*[)）]\s*年")


def _cn_year_number(raw: str) -> int | None:
    """A year of up to three places in Chinese numerals: "九十三", "一百零五", "一百一十一", "一一一"."""
    digit = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if all(ch in digit for ch in raw):
        return int("".join(str(digit[ch]) for ch in raw))
    m = re.fullmatch(r"(?:([一二三四五六七八九])百)?(?:([一二三四五六七八九])?十|零)?([一二三四五六七八九])?", raw)
    if not m or not raw:
        return None
    tens = (digit[m.group(2)] if m.group(2) else 1) if "十" in raw else 0
    return (digit[m.group(1)] * 100 if m.group(1) else 0) + tens * 10 + (digit[m.group(3)] if m.group(3) else 0)


def _roc_year(m: re.Match) -> str:
    raw = m.group(1) or m.group(2)
    n = int(raw) if raw.isdigit() else _cn_year_number(raw)
    return f"{n + 1911}年" if n and 1 <= n <= 200 else m.group(0)


def roc_years(text: str) -> str:
    """Years of the Republic ("民國112年12月1日", "民国 106 年", "本(九十三)年") rewritten as the common era's, so
    that every date reader reads them."""
    if "民" not in text and "本" not in text:
        return text
    return RE_ROC_YEAR.sub(_roc_year, text)


def make_date(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    if not (y and m and d):
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


@dataclass
class FoundDate:
    start: int
    end: int
    year: int | None
    month: int
    day: int

    def resolve(self, context: dt.date | None) -> dt.date | None:
        if self.year:
            return make_date(self.year, self.month, self.day)
        if context is None:
            return None
        d = make_date(context.year, self.month, self.day)
        if d is not None and d < context and (context - d).days > 31:
            d = make_date(context.year + 1, self.month, self.day)
        return d


def find_dates(text: str) -> list[FoundDate]:
    out: list[FoundDate] = []
    for m in (_DATE_AT.finditer(text) if "月" in text else ()):  # (every date it reads has 月: a C scan first)
        month, day = _num(m.group("m")), _num(m.group("d"))
        if not month or not day or month > 12 or day > 31:
            continue
        out.append(FoundDate(m.start(), m.end(), _year(m.group("y")), month, day))
    for m in _ISO_AT.finditer(text):
        out.append(FoundDate(m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3))))
    out.sort(key=lambda f: f.start)
    return out


def parse_date_text(text: str, context: dt.date | None = None) -> dt.date | None:
    """A single date written in any usual way; None when there is none."""
    found = find_dates(text)
    return found[0].resolve(context) if found else None


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def last_full_date_before(text: str, offset: int) -> dt.date | None:
    best = None
    for f in find_dates(text[:offset]):
        if f.year:
            d = f.resolve(None)
            if d:
                best = d
    if best is None:
        # (not a year a figure is compared with: "比2013年底的1207座减少了433座" is the baseline, not the text's year)
        years = re.findall(r"(?<![比较])((?:19|20)\d{2})\s*年", text[:offset])
        if years:
            best = dt.date(int(years[-1]), 1, 1)
    return best


# --- deadlines -------------------------------------------------------------------
RE_DEADLINE_VALUE = re.compile(r"^(.*?)(?:[。;；]|$)")


def clean_deadline(value: str) -> str | None:
    """The deadline as written, without trailing punctuation or a label."""
    v = value.strip().strip("。;；,，.").strip()
    v = re.sub(r"^(?:整改时限|完成时限|整改期限|时限)\s*[:：]\s*", "", v)
    if "请" in v or "要求" in v:
        # "2024年5月10日前请各单位按要求抓好整改": a closing request joined onto the last field's line is not the deadline
        v = re.split(r"(?<=[前底内日改])(?=请|望|要求各)", v, maxsplit=1)[0].strip("。;；,，. ")
    return v or None


RE_CN_DATE_CHARS = re.compile(r"[〇零一二三四五六七八九十]")
# January called 元月 before a day ("2024年元月8日"; not "…万元月…")
RE_FIRST_MONTH = re.compile(r"(?<![万亿千百\d])元月(?=\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])")


_RE_CN_BEFORE_DATE_WORD = re.compile(r"[〇零一二三四五六七八九十]\s*[年月日号]")


def arabic_dates(text: str) -> str:
    """Dates written in Chinese numerals ("二〇二三年四月六日至五月三十一日", "元月八日") rewritten in digits, so that
    periods and days read the same either way."""
    if "元月" in text:
        text = RE_FIRST_MONTH.sub("1月", text)
    if "月" not in text or not RE_CN_DATE_CHARS.search(text) or not _RE_CN_BEFORE_DATE_WORD.search(text):
        return text  # (a date rewritten has a Chinese numeral right before its 年, 月, 日 or 号: none, nothing to rewrite)

    def digits(m: re.Match) -> str:
        if not RE_CN_DATE_CHARS.search(m.group(0)):
            return m.group(0)
        month, day = _num(m.group("m")), _num(m.group("d"))
        if not month or not day or month > 12 or day > 31:
            return m.group(0)
        year = _year(m.group("y")) if m.group("y") else None
        if m.group("y") and year is None:
            return m.group(0)
        return (f"{year}年" if year else "") + f"{month}月{day}{m.group(0)[-1]}"

    return RE_DATE.sub(digits, text)
