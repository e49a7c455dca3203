"""Fuzzy matching for the importer: unit names (市发改委 ↔ 市发展和改革委员会) and problem titles.

Documents name units by their everyday abbreviations; the org tree holds the full names. The
scorer expands the common government abbreviations on both sides, then compares characters:
the longest-common-subsequence ratio for short strings (unit names), a character-bigram
overlap for long ones (problem statements, where an LCS table would be too slow).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# Everyday name → full name. Longest first when applied, so 发展改革委 wins over 改革委.
ABBREVIATIONS: dict[str, str] = {
    "发改委": "发展和改革委员会",
    "发展改革委": "发展和改革委员会",
    "发改局": "发展和改革局",
    "发展改革局": "发展和改革局",
    "环保局": "生态环境局",
    "生态局": "生态环境局",
    "环境保护局": "生态环境局",
    "住建局": "住房和城乡建设局",
    "住建委": "住房和城乡建设委员会",
    "住房城乡建设局": "住房和城乡建设局",
    "市监局": "市场监督管理局",
    "市场监管局": "市场监督管理局",
    "自规局": "自然资源和规划局",
    "资规局": "自然资源和规划局",
    "自然资源规划局": "自然资源和规划局",
    "国土局": "自然资源局",
    "国土资源局": "自然资源局",
    "纪委监委": "纪律检查委员会监察委员会",
    "纪委": "纪律检查委员会",
    "监委": "监察委员会",
    "人社局": "人力资源和社会保障局",
    "人力社保局": "人力资源和社会保障局",
    "卫健委": "卫生健康委员会",
    "卫健局": "卫生健康局",
    "工信局": "工业和信息化局",
    "经信委": "经济和信息化委员会",
    "科技局": "科学技术局",
    "交通局": "交通运输局",
    "农业局": "农业农村局",
    "农委": "农业农村委员会",
    "城管局": "城市管理局",
    "城管委": "城市管理委员会",
    "应急局": "应急管理局",
    "文旅局": "文化广电和旅游局",
    "文广旅局": "文化广电和旅游局",
    "医保局": "医疗保障局",
    "退役军人局": "退役军人事务局",
    "政务办": "政务服务管理办公室",
    "审批局": "行政审批局",
    "国资委": "国有资产监督管理委员会",
    "编办": "机构编制委员会办公室",
    "政府办": "人民政府办公室",
    "市府办": "市人民政府办公室",
}
_ABBREV_RE = re.compile("|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True)))
_NOISE_RE = re.compile(r"[\s\u3000,，.。、;；:：!！?？\"“”'‘’()（）\[\]【】《》<>〈〉·—\-]")
# Words that say which Party body, not which unit: "中共泰州市生态环境局党组" is the bureau.
_PARTY_RE = re.compile(r"^中共|^中国共产党|党组$|党委$|党组织$")
_WRAPPER_RE = re.compile(r"^关于|问题的整改(?:情况)?$|的整改(?:情况)?$")

UNIT_SUGGESTION_FLOOR = 0.3
# A document problem matches a ledger problem when the statements agree this well …
TITLE_MATCH = 0.6
# … or, when the printed numbers agree too, this well.
TITLE_MATCH_SAME_SEQ = 0.4


def normalize(text: str) -> str:
    """Characters only: no punctuation, spaces, or full-width/ASCII differences."""
    import unicodedata

    return _NOISE_RE.sub("", unicodedata.normalize("NFKC", text or ""))


def expand_abbreviations(name: str) -> str:
    return _ABBREV_RE.sub(lambda m: ABBREVIATIONS[m.group(0)], name)


def unit_key(name: str) -> str:
    """A unit name made comparable: normalised, Party wrappers dropped, abbreviations expanded."""
    return expand_abbreviations(_PARTY_RE.sub("", normalize(name)))


def lcs_length(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for ch in a:
        current = [0]
        for j, other in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if ch == other else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def lcs_ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return 2 * lcs_length(a, b) / (len(a) + len(b))


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


def bigram_ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    x, y = _bigrams(a), _bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y))


# The score from which a document's 被巡察单位 is taken as this unit; below it the preview says it found none.
INSPECTED_MATCH_FLOOR = 0.6
_GENERIC_TAIL = re.compile(r"(?:委员会|管理局|局|委|办公室|办|中心|厅|院|所|站|队)$")


def _core(a: str, b: str) -> tuple[str, str]:
    """What tells two unit names apart: without their shared place prefix and generic ending
    ("江川市水务局" / "江川市生态环境局" → "水务" / "生态环境")."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return _GENERIC_TAIL.sub("", a[k:]), _GENERIC_TAIL.sub("", b[k:])


def unit_score(doc_name: str, unit_name: str) -> float:
    """How likely the document's unit name means this unit, 0–1. Two units of the same place with
    nothing in common but the place and "局" score low, however long the shared prefix."""
    a, b = unit_key(doc_name), unit_key(unit_name)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    score = max(lcs_ratio(a, b), lcs_ratio(normalize(doc_name), normalize(unit_name)))
    x, y = _core(a, b)
    if x and y and not set(x) & set(y):
        score = min(score, 0.4)
    return round(score, 3)


def title_key(text: str) -> str:
    return _WRAPPER_RE.sub("", normalize(text))


def text_similarity(a: str, b: str) -> float:
    """Similarity of two problem statements, 0–1: LCS ratio when short, bigram overlap when long."""
    x, y = title_key(a), title_key(b)
    if not x or not y:
        return 0.0
    if x == y:
        return 1.0
    if len(x) <= 40 and len(y) <= 40:
        return round(lcs_ratio(x, y), 3)
    return round(bigram_ratio(x, y), 3)


@dataclass(frozen=True)
class Suggestion:
    unit: Any
    score: float

    @property
    def percent(self) -> int:
        return round(self.score * 100)


def suggest_units(name: str, units: Iterable[Any], limit: int = 3) -> list[Suggestion]:
    """The best `limit` units for a document's unit name, with scores (best first).

    Compares with each unit's name and short name. A character-overlap prefilter keeps the
    quadratic LCS to a few dozen candidates even in a large org tree.
    """
    key = unit_key(name)
    if not key:
        return []
    chars = set(key)
    candidates: list[tuple[float, Any]] = []
    for unit in units:
        names = [unit.name] + ([unit.short_name] if getattr(unit, "short_name", "") else [])
        overlap = max(len(chars & set(unit_key(n))) / len(chars) for n in names)
        if overlap > 0:
            candidates.append((overlap, unit))
    candidates.sort(key=lambda c: -c[0])
    scored = []
    for _, unit in candidates[:40]:
        names = [unit.name] + ([unit.short_name] if getattr(unit, "short_name", "") else [])
        score = max(unit_score(name, n) for n in names)
        if score >= UNIT_SUGGESTION_FLOOR:
            scored.append(Suggestion(unit, score))
    scored.sort(key=lambda s: (-s.score, len(s.unit.name), s.unit.pk or 0))
    return scored[:limit]


@dataclass(frozen=True)
class ProblemMatch:
    doc_index: int
    problem: Any
    score: float


def match_problems(doc: Sequence[dict], existing: Sequence[Any]) -> dict[int, ProblemMatch]:
    """Pair document problems with ledger problems, one to one, best pairs first.

    A pair counts when the statements are similar enough (`TITLE_MATCH`), or when the
    printed numbers agree and the statements are fairly similar (`TITLE_MATCH_SAME_SEQ`):
    bulletins restart their numbering per status section, so a number alone proves nothing.
    """
    pairs: list[tuple[float, int, int]] = []
    keys = [title_key(p.statement) for p in existing]
    for i, item in enumerate(doc):
        doc_key = title_key(item.get("title") or "")
        for j, problem in enumerate(existing):
            score = text_similarity(doc_key, keys[j])
            same_seq = item.get("seq") is not None and item.get("seq") == problem.seq
            if score >= TITLE_MATCH or (same_seq and score >= TITLE_MATCH_SAME_SEQ):
                pairs.append((score + (0.05 if same_seq else 0.0), i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_doc: set[int] = set()
    used_ledger: set[int] = set()
    out: dict[int, ProblemMatch] = {}
    for score, i, j in pairs:
        if i in used_doc or j in used_ledger:
            continue
        used_doc.add(i)
        used_ledger.add(j)
        out[i] = ProblemMatch(i, existing[j], min(1.0, round(score, 3)))
    return out
