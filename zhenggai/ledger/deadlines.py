"""The deadline value type shared by problems and measures.

A deadline is a date; or 立行立改 (immediate: due a configurable number of days after
feedback); or 长期坚持 (long-term: no end date, but a progress update is owed every
cadence period); or both (a first fix soon, then long-term). Parsing accepts the forms
rectification documents use ("2019年底", "2020年6月底前", "2019年10月31日前",
"立行立改，长期坚持") and printing writes the same forms back.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum


class DeadlineKind(str, Enum):
    NONE = "none"
    DATE = "date"
    IMMEDIATE = "immediate"
    LONG_TERM = "long_term"
    IMMEDIATE_LONG_TERM = "immediate_long_term"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    DeadlineKind.NONE: "未定",
    DeadlineKind.DATE: "限期完成",
    DeadlineKind.IMMEDIATE: "立行立改",
    DeadlineKind.LONG_TERM: "长期坚持",
    DeadlineKind.IMMEDIATE_LONG_TERM: "立行立改，长期坚持",
}
KIND_CHOICES = [(k.value, v) for k, v in KIND_LABELS.items()]


class DeadlineError(ValueError):
    """A text that is not a deadline; the message is for the user."""


_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_DATE_RE = re.compile(
    r"(?P<year>\d{4})\s*年\s*(?:(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*"
    r"(?:(?P<day>\d{1,2})\s*日|(?P<part>底|末|上旬|中旬|下旬|初))?|(?P<yearpart>底|末|年底|上半年|下半年))?"
)
_ISO_RE = re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})")


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_date_phrase(text: str) -> dt.date | None:
    """The latest date a Chinese deadline phrase allows, or None when there is no date in it."""
    text = re.sub(r"\s+", "", text)
    iso = _ISO_RE.search(text)
    if iso:
        return dt.date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
    m = _DATE_RE.search(text)
    if not m:
        return None
    year = int(m["year"])
    month_raw = m["month"]
    if month_raw is None:
        if m["yearpart"] == "上半年":
            return dt.date(year, 6, 30)
        return dt.date(year, 12, 31)
    month = int(month_raw) if month_raw.isdigit() else _NUM[month_raw]
    if not 1 <= month <= 12:
        raise DeadlineError(f"月份不正确：{text}")
    if m["day"]:
        try:
            return dt.date(year, month, int(m["day"]))
        except ValueError as exc:
            raise DeadlineError(f"日期不存在：{text}") from exc
    part = m["part"]
    if part == "上旬" or part == "初":
        return dt.date(year, month, 10)
    if part == "中旬":
        return dt.date(year, month, 20)
    return _last_day(year, month)


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    date: dt.date | None = None

    @classmethod
    def none(cls) -> Deadline:
        return cls(DeadlineKind.NONE)

    @classmethod
    def parse(cls, text: str | None, *, feedback_date: dt.date | None = None, immediate_days: int = 15) -> Deadline:
        """Read a deadline as written in a plan or ledger.

        For 立行立改 the date is `feedback_date + immediate_days` when the feedback date is known.
        """
        raw = re.sub(r"\s+", "", (text or "")).strip("。.;；")
        if not raw:
            return cls.none()
        immediate = "立行立改" in raw or "立即整改" in raw
        long_term = "长期坚持" in raw or "长期" in raw
        date = parse_date_phrase(raw)
        if immediate and long_term:
            first = date or (feedback_date + dt.timedelta(days=immediate_days) if feedback_date else None)
            return cls(DeadlineKind.IMMEDIATE_LONG_TERM, first)
        if immediate:
            first = date or (feedback_date + dt.timedelta(days=immediate_days) if feedback_date else None)
            return cls(DeadlineKind.IMMEDIATE, first)
        if long_term and date is None:
            return cls(DeadlineKind.LONG_TERM)
        if date is not None:
            # "2019年底前完成并长期坚持" is a dated first fix followed by long-term work.
            return cls(DeadlineKind.IMMEDIATE_LONG_TERM if long_term else DeadlineKind.DATE, date)
        raise DeadlineError(f"无法识别的整改时限：“{text}”。可填写日期（如2020年6月底前）、立行立改或长期坚持")

    @property
    def is_long_term(self) -> bool:
        return self.kind in (DeadlineKind.LONG_TERM, DeadlineKind.IMMEDIATE_LONG_TERM)

    @property
    def due_date(self) -> dt.date | None:
        """The date by which the (first) fix is due; None for pure long-term or unset deadlines."""
        return self.date

    def __str__(self) -> str:
        """The deadline as documents write it. A 立行立改 deadline with a date prints the date too
        ("立行立改，2024年6月底前"): the date is what the lights and the overdue count go by, whether the text
        named it or it was counted from the feedback date, and printing it lets the text be read back unchanged."""
        if self.kind is DeadlineKind.NONE:
            return ""
        if self.kind is DeadlineKind.LONG_TERM:
            return "长期坚持"
        if self.kind is DeadlineKind.DATE:
            return format_date_phrase(self.date)
        parts = ["立行立改"]
        if self.date is not None:
            parts.append(format_date_phrase(self.date) + "前")
        if self.kind is DeadlineKind.IMMEDIATE_LONG_TERM:
            parts.append("长期坚持")
        return "，".join(parts)


def format_date_phrase(date: dt.date | None) -> str:
    """2019-12-31 → 2019年底; 2020-06-30 → 2020年6月底; other days are written in full."""
    if date is None:
        return ""
    if date == _last_day(date.year, date.month):
        return f"{date.year}年底" if date.month == 12 else f"{date.year}年{date.month}月底"
    return f"{date.year}年{date.month}月{date.day}日"
