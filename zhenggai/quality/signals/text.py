"""Copied text (文字雷同): a passage reused between two texts, or two texts that are near-duplicates.

Why winnowing and not MinHash: the reuse a reviewer must see is often one passage pasted into otherwise
different texts (the same training paragraph as 二是 of one problem and 三是 of another). MinHash estimates
the Jaccard similarity of whole texts and misses a 40-character passage inside two 300-character texts.
Winnowing (Schleimer, Wilkerson, Aiken 2003, the algorithm behind MOSS) keeps a few fingerprints per text
with a guarantee: any passage of at least `GUARANTEE` characters shared by two texts shares a fingerprint.
Candidate pairs come from an inverted index of fingerprints, so the cost is linear in the texts, not in
their pairs; each candidate is then verified on the texts themselves.
"""
from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

K = 8          # characters per k-gram
WINDOW = 8     # k-grams per winnowing window: a shared passage of K + WINDOW - 1 = 15 characters is guaranteed found
GUARANTEE = K + WINDOW - 1

# Tuned on tests/quality/data/copied_pairs.jsonl (see tests/quality/test_evaluation.py for the figures).
MIN_PASSAGE = 18        # a shared passage this long (after folding punctuation and spaces) is reuse
MIN_JACCARD = 0.5       # or the two texts are this similar as sets of k-grams
MIN_TEXT = 12           # shorter texts ("已完成。") are never compared

_STRIP = re.compile(r"[\s\W_]+", re.UNICODE)
# "(责任单位：各县区人民政府……)": who answers for a measure is not what was done; shared unit lists are not copying.
_UNIT_LINE = re.compile(r"[（(][^（）()]{0,6}单位\s*[:：](?:[^（）()]|[（(][^（）()]*[）)])*[）)]")

# Stock phrases of the genre: shared by unrelated texts, never evidence of copying by themselves.
STOCK_PHRASES = (
    "习近平新时代中国特色社会主义思想", "深入学习贯彻习近平", "习近平生态文明思想", "习近平法治思想",
    "党的二十大精神", "党的十九大精神", "中央八项规定精神", "全面从严治党", "两个维护", "四个意识",
    "坚定不移", "以案促改", "举一反三", "立行立改", "长期坚持", "巡察反馈意见", "巡视反馈意见",
    "督察反馈意见", "整改工作领导小组", "主体责任", "第一责任人",
)


def fold(text: str) -> str:
    """What is compared: the text without punctuation, spaces and stock phrases (the text shown is unchanged)."""
    folded = _STRIP.sub("", _UNIT_LINE.sub("", text or ""))
    for phrase in STOCK_PHRASES:
        folded = folded.replace(phrase, "|")
    return folded


def _kgram_hashes(folded: str) -> list[int]:
    return [zlib.crc32(folded[i:i + K].encode("utf-8")) for i in range(len(folded) - K + 1) if "|" not in folded[i:i + K]]


def fingerprints(folded: str) -> set[int]:
    """Winnowing: the minimum hash of each window of WINDOW consecutive k-gram hashes."""
    hashes = _kgram_hashes(folded)
    if not hashes:
        return set()
    if len(hashes) <= WINDOW:
        return {min(hashes)}
    return {min(hashes[i:i + WINDOW]) for i in range(len(hashes) - WINDOW + 1)}


def kgrams(folded: str) -> set[str]:
    return {folded[i:i + K] for i in range(len(folded) - K + 1) if "|" not in folded[i:i + K]}


@dataclass(frozen=True)
class Overlap:
    """How two texts overlap: the longest shared passage (as it reads in the first text) and their similarity."""

    passage: str
    passage_length: int   # in folded characters
    jaccard: float
    copied: bool

    @property
    def percent(self) -> int:
        return round(self.jaccard * 100)


def compare(a: str, b: str) -> Overlap:
    fa, fb = fold(a), fold(b)
    if len(fa) < MIN_TEXT or len(fb) < MIN_TEXT:
        return Overlap("", 0, 0.0, False)
    ga, gb = kgrams(fa), kgrams(fb)
    jaccard = len(ga & gb) / len(ga | gb) if ga and gb else (1.0 if fa == fb else 0.0)
    matcher = SequenceMatcher(None, fa, fb, autojunk=False)
    match = matcher.find_longest_match(0, len(fa), 0, len(fb))
    folded_passage = fa[match.a:match.a + match.size].replace("|", "")
    length = len(folded_passage)
    return Overlap(passage=_in_original(a, folded_passage), passage_length=length, jaccard=jaccard,
                   copied=length >= MIN_PASSAGE or jaccard >= MIN_JACCARD)


def locate(text: str, passage: str) -> tuple[int, int] | None:
    """Where `passage` (in any punctuation) sits in `text`, as a slice of the text as written."""
    folded_passage = _STRIP.sub("", passage or "")
    if not folded_passage:
        return None
    keep = [i for i, ch in enumerate(text) if not _STRIP.fullmatch(ch)]
    plain = "".join(text[i] for i in keep)
    at = plain.find(folded_passage)
    if at < 0:
        return None
    return keep[at], keep[at + len(folded_passage) - 1] + 1


def _in_original(text: str, folded_passage: str) -> str:
    """The shared passage as the user wrote it (with its punctuation), for highlighting on the page."""
    if not folded_passage:
        return ""
    # Walk the original text, matching folded characters in order.
    keep = [(i, ch) for i, ch in enumerate(text) if not _STRIP.fullmatch(ch)]
    plain = "".join(ch for _, ch in keep)
    at = plain.find(folded_passage)
    if at < 0:
        return folded_passage
    start, end = keep[at][0], keep[at + len(folded_passage) - 1][0] + 1
    return text[start:end]


@dataclass(frozen=True)
class Pair:
    left: object
    right: object
    overlap: Overlap


def find_copied(items: Sequence[tuple[object, str]], *, same_key: Iterable | None = None) -> list[Pair]:
    """Every pair of items (key, text) whose texts are copied, found through shared fingerprints.

    Linear in the number of items: fingerprints go into an inverted index; only items sharing one are compared.
    A fingerprint held by very many items is boilerplate of this ledger, not copying, and is skipped.
    """
    folded = [fold(text) for _, text in items]
    index: dict[int, list[int]] = defaultdict(list)
    for i, f in enumerate(folded):
        if len(f) >= MIN_TEXT:
            for fp in fingerprints(f):
                index[fp].append(i)
    too_common = max(8, len(items) // 20)
    candidates: set[tuple[int, int]] = set()
    for holders in index.values():
        if 1 < len(holders) <= too_common:
            for x in range(len(holders)):
                for y in range(x + 1, len(holders)):
                    candidates.add((holders[x], holders[y]))
    pairs = []
    for i, j in sorted(candidates):
        overlap = compare(items[i][1], items[j][1])
        if overlap.copied:
            pairs.append(Pair(items[i][0], items[j][0], overlap))
    return pairs
