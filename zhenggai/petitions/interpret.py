"""What the cells of a 交办清单 mean: types, 是否属实, 是否办结, 办结时限, amounts, repeat references.

Each reader returns a value or None; None with a non-empty cell becomes a warning at the row, never a guess.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal, InvalidOperation

from zhenggai.ledger.deadlines import DeadlineError, parse_date_phrase
from zhenggai.ledger.workflow import PetitionState
from zhenggai.petitions.models import PollutionType, Verdict

_TYPES = [
    (PollutionType.NEARBY, re.compile(r"群众身边")),
    (PollutionType.AIR, re.compile(r"大气|废气|扬尘|油烟|臭气|异味|烟尘|空气|粉尘|恶臭")),
    (PollutionType.WATER, re.compile(r"水|黑臭|排污口")),
    (PollutionType.NOISE, re.compile(r"噪声|噪音|震动|振动")),
    (PollutionType.SOIL, re.compile(r"土壤")),
    (PollutionType.SOLID_WASTE, re.compile(r"固废|固体废物|垃圾|危废|危险废物|渣土|尾矿")),
    (PollutionType.ECOLOGY, re.compile(r"生态|采砂|采石|林地|湿地|自然保护|毁林|占用")),
    (PollutionType.OTHER, re.compile(r"其他|其它|辐射|光污染")),
]


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """Traditional characters folded to simplified (屬實 → 属实) with OpenCC, as the document importer reads them."""
    from zhenggai.importer.parse.normalize import traditional_map

    return text.translate(traditional_map([text])) if text else text


@functools.lru_cache(maxsize=4096)
def pollution_type(text: str) -> str | None:
    """The first kind the cell names ("大气,噪声" → 大气); None when it names none."""
    text = simplified(text.strip())
    hits = [(m.start(), kind) for kind, rx in _TYPES if (m := rx.search(text))]
    return min(hits)[1] if hits else None


@functools.lru_cache(maxsize=4096)
def verdict(text: str) -> str | None:
    t = simplified(re.sub(r"\s+", "", text))
    if not t:
        return None
    if t.startswith(("不属实", "否")) or t == "不实":
        return Verdict.FALSE
    if t.startswith("部分属实"):
        return Verdict.PARTLY
    if t.startswith("基本属实"):
        return Verdict.MOSTLY
    if t.startswith(("属实", "是")):
        return Verdict.TRUE
    return None


@functools.lru_cache(maxsize=4096)
def conclusion(text: str) -> str | None:
    """是否办结 → the state a newly imported case starts in (the office's workflow takes over from there)."""
    t = simplified(re.sub(r"\s+", "", text))
    if not t:
        return None
    if "销号" in t and "未" not in t:
        return PetitionState.SIGNED_OFF
    if "阶段性" in t:
        return PetitionState.PHASED
    if t.startswith(("未办结", "否", "未完成")):
        return PetitionState.NEW
    if "正在" in t or "办理中" in t or "推进" in t:
        return PetitionState.HANDLING
    if t.startswith(("已办结", "办结", "是", "已完成", "完成")):
        return PetitionState.CONCLUDED
    return None


def time_limit(text: str, *, handed_over_on: dt.date) -> tuple[int | None, dt.date | None] | None:
    """办结时限: "15天" / "15个工作日" / "15" → (15, date); "2024年6月30日前" → (None, date); None if unreadable.

    Working days are counted as calendar days: a 15-working-day limit is never shown later than it is."""
    t = re.sub(r"\s+", "", text)
    if not t:
        return None
    m = re.fullmatch(r"(\d{1,4})(?:个)?(?:工作日|自然日|天|日)?(?:内)?(?:办结)?", t)
    if m:
        days = int(m[1])
        return days, handed_over_on + dt.timedelta(days=days)
    try:
        date = parse_date_phrase(t)
    except DeadlineError:
        return None
    return (None, date) if date else None


def amount_wan(text: str) -> Decimal | None:
    """"5" / "5万元" / "5.2万" / "50000元" → Decimal in 万元; "" → 0; None when unreadable."""
    t = re.sub(r"[\s,，]", "", text)
    if not t or t in ("无", "/", "-", "—"):
        return Decimal("0")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(万元|万|元)?", t)
    if not m:
        return None
    try:
        value = Decimal(m[1])
    except InvalidOperation:
        return None
    return (value / Decimal(10000)).quantize(Decimal("0.01")) if m[2] == "元" else value.quantize(Decimal("0.01"))


def count(text: str) -> int | None:
    t = re.sub(r"\s+", "", text)
    if not t or t in ("无", "/", "-", "—"):
        return 0
    m = re.fullmatch(r"(\d+)(?:件|家|人|起|个)?", t)
    return int(m[1]) if m else None


def handed_over(text: str) -> dt.date | None:
    try:
        return parse_date_phrase(text) if text.strip() else None
    except DeadlineError:
        return None


# "与第18批D3GS202312070006号…属同一案件", "与本次督察BCD2022092002案件重复", "与第5批4260号重复"
_REPEAT = re.compile(r"与(?:本次督察|本轮督察)?(?:第\s*[0-9一二三四五六七八九十百\-－]+\s*批)?(?:交办的?)?\s*"
                     r"(?:受理编号为?)?\s*(?P<number>[A-Za-z]{0,4}\d{0,2}[A-Za-z]{0,3}\d{3,16})\s*号?(?:案件|信访件)?[^。；;]{0,30}?(?:同一|重复)")


def repeat_reference(*texts: str) -> str | None:
    """The acceptance number a repeat complaint points to, normalised; None when the texts name none."""
    from zhenggai.petitions.numbers import normalize_number

    for text in texts:
        if text and (m := _REPEAT.search(text)):
            return normalize_number(m["number"])
    return None
