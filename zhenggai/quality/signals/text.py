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
from zlib import crc32
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

K = 12         # characters per fingerprinted k-gram (long enough that ordinary shared wording rarely matches)
WINDOW = 7     # k-grams per winnowing window: any shared passage of K + WINDOW - 1 = 18 characters is found
GUARANTEE = K + WINDOW - 1
JACCARD_K = 8  # characters per k-gram for the similarity of whole texts

# Tuned on tests/quality/data/copied_pairs.jsonl (see tests/quality/test_evaluation.py for the figures).
MIN_PASSAGE = 18        # a shared passage this long (after folding punctuation and spaces) is reuse
MIN_JACCARD = 0.5       # or the two texts are this similar as sets of k-grams
MIN_TEXT = 12           # shorter texts ("已完成。") are never compared
MAX_HOLDERS = 40        # a passage in more texts than this is the ledger's standard wording, not one copy

_STRIP = re.compile(r"[\s\W_]+", re.UNICODE)
# "(责任单位：各县区人民政府……)": who answers for a measure is not what was done; shared unit lists are not copying.
_UNIT_LINE = re.compile(r"[（(][^（）()]{0,6}单位\s*[:：](?:[^（）()]|[（(][^（）()]*[）)])*[）)]")

# Stock phrases of the genre: shared by unrelated texts, never evidence of copying by themselves.
STOCK_PHRASES = (
    "习近平新时代中国特色社会主义思想", "深入学习贯彻习近平", "习近平生态文明思想", "习近平法治思想",
    "党的二十大精神", "党的十九大精神", "中央八项规定精神", "全面从严治党", "两个维护", "四个意识",
    "坚定不移", "以案促改", "举一反三", "立行立改", "长期坚持", "巡察反馈意见", "巡视反馈意见",
    "督察反馈意见", "整改工作领导小组", "主体责任", "第一责任人",
    # the status formulas of progress reports: every unit writes them, they carry no work of their own
    "各项工作已按计划完成", "整改任务已落实到位", "整改任务已基本完成", "已按计划完成", "已落实到位", "已基本完成",
    "佐证材料已整理归档", "正在整理佐证材料", "开展自查验收", "经自查达到整改目标", "达到整改目标", "拟申请销号",
    "申请销号", "佐证材料", "正在有序推进", "持续推进中", "按时序推进",
    "本期已完成阶段性任务", "已完成阶段性任务", "取得阶段性进展", "下一步将继续推进", "下一步继续推进",
)
# "按第6次调度要求报送：" — the opening of a report sent for a 调度 round names the round, not the work.
_ROUND_OPENING = re.compile(r"按(?:照)?[^，。；：:,;]{0,16}要求报送")


def fold(text: str) -> str:
    """What is compared: the text without punctuation, spaces and stock phrases (the text shown is unchanged)."""
    folded = _STRIP.sub("", _ROUND_OPENING.sub("", _UNIT_LINE.sub("", text or "")))
    for phrase in STOCK_PHRASES:
        folded = folded.replace(phrase, "|")
    return folded


class _Text:
    """One text prepared once: folded, its winnowing fingerprints (hash → first position), its k-gram set."""

    __slots__ = ("original", "folded", "prints", "_grams", "_stripped", "_kept")

    def __init__(self, original: str) -> None:
        self.original = original or ""
        self.folded = fold(self.original)
        self.prints = _fingerprints(self.folded)
        self._grams: set[str] | None = None
        self._stripped: str | None = None
        self._kept: list[int] | None = None

    def in_original(self, folded_passage: str) -> str:
        """`_in_original(self.original, …)`, with the text's stripped form and character map computed once."""
        if not folded_passage:
            return ""
        if self._stripped is None:
            self._stripped = _STRIP.sub("", self.original)
        passage = _STRIP.sub("", folded_passage)
        at = self._stripped.find(passage) if passage else -1
        if at < 0:
            return folded_passage
        if self._kept is None:
            self._kept = _kept(self.original)
        return self.original[self._kept[at]:self._kept[at + len(passage) - 1] + 1]

    @property
    def grams(self) -> set[str]:
        if self._grams is None:
            self._grams = kgrams(self.folded)
        return self._grams

    @property
    def comparable(self) -> bool:
        return len(self.folded) >= MIN_TEXT


def _fingerprints(folded: str) -> dict[int, int]:
    """Winnowing: the minimum hash of each window of WINDOW consecutive k-gram hashes, with where it starts
    (the leftmost, when a window holds it twice).

    A window's minimum is carried to the next window while it is still inside, so only the entering hash is
    compared; the window is searched again only when its minimum leaves it (3× faster than a min per window).
    The hash is CRC-32, not Python's own string hash: that one changes with each process (PYTHONHASHSEED),
    which moved the chosen fingerprints, and with them the few flags found by similarity alone, between scans."""
    n = len(folded) - K + 1
    data = folded.encode("utf-32-le")  # 4 bytes a character: k-gram i is bytes 4i … 4(i+K)
    hashes = [crc32(data[4 * i:4 * (i + K)]) for i in range(n)]
    prints: dict[int, int] = {}
    last = -1
    for w in range(max(1, n - WINDOW + 1)):
        if last >= w:
            entering = w + WINDOW - 1
            if entering >= n or hashes[entering] >= hashes[last]:
                continue
            last = entering
        else:
            window = hashes[w:w + WINDOW]
            if not window:
                break
            last = w + window.index(min(window))
        prints.setdefault(hashes[last], last)
    return prints


def fingerprints(folded: str) -> set[int]:
    return set(_fingerprints(folded))


def kgrams(folded: str, k: int = JACCARD_K) -> set[str]:
    return {folded[i:i + k] for i in range(len(folded) - k + 1) if "|" not in folded[i:i + k]}


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


NOT_COPIED = Overlap("", 0, 0.0, False)


def _verify(a: _Text, b: _Text) -> Overlap:
    """The longest passage the two share, grown from each fingerprint they share; then the whole-text similarity.

    Any shared passage of GUARANTEE characters or more holds a shared fingerprint, so growing from the shared
    fingerprints finds it, in time linear in the passage (a full longest-common-substring search is quadratic)."""
    if not (a.comparable and b.comparable):
        return NOT_COPIED
    fa, fb = a.folded, b.folded
    best_at, best_span, best_len = 0, 0, 0
    grown: dict[int, list[tuple[int, int]]] = {}  # diagonal (j - i) → spans of `fa` already grown on it
    for h in a.prints.keys() & b.prints.keys():
        i, j = a.prints[h], b.prints[h]
        spans = grown.get(j - i)
        if spans and any(start <= i < end for start, end in spans):
            continue  # inside a passage already grown in full: it would grow to the same passage
        if fa[i:i + K] != fb[j:j + K]:
            continue  # a hash collision
        left = 0
        while i - left > 0 and j - left > 0 and fa[i - left - 1] == fb[j - left - 1]:
            left += 1
        right = K
        while i + right < len(fa) and j + right < len(fb) and fa[i + right] == fb[j + right]:
            right += 1
        grown.setdefault(j - i, []).append((i - left, i + right))
        length = left + right - fa.count("|", i - left, i + right)  # a stock phrase both share does not count
        if length > best_len:
            best_at, best_span, best_len = i - left, left + right, length
    ga, gb = a.grams, b.grams
    if ga and gb:
        shared = len(ga & gb) if len(ga) <= len(gb) else len(gb & ga)
        jaccard = shared / (len(ga) + len(gb) - shared)
    else:
        jaccard = 1.0 if fa == fb else 0.0
    copied = best_len >= MIN_PASSAGE or jaccard >= MIN_JACCARD
    passage = a.in_original(fa[best_at:best_at + best_span].replace("|", "")) if copied and best_len else ""
    return Overlap(passage=passage, passage_length=best_len, jaccard=jaccard, copied=copied)


def compare(a: str, b: str) -> Overlap:
    """Are these two texts copied? The same test `find_copied` applies to each candidate pair."""
    return _verify(_Text(a), _Text(b))


def _kept(text: str) -> list[int]:
    """Where each character of the text without punctuation and spaces sits in the text as written."""
    keep: list[int] = []
    last = 0
    for match in _STRIP.finditer(text):
        keep.extend(range(last, match.start()))
        last = match.end()
    keep.extend(range(last, len(text)))
    return keep


def locate(text: str, passage: str) -> tuple[int, int] | None:
    """Where `passage` (in any punctuation) sits in `text`, as a slice of the text as written."""
    folded_passage = _STRIP.sub("", passage or "")
    if not folded_passage:
        return None
    at = _STRIP.sub("", text).find(folded_passage)
    if at < 0:
        return None
    keep = _kept(text)
    return keep[at], keep[at + len(folded_passage) - 1] + 1


def _in_original(text: str, folded_passage: str) -> str:
    """The shared passage as the user wrote it (with its punctuation), for highlighting on the page."""
    if not folded_passage:
        return ""
    where = locate(text, folded_passage)
    return text[where[0]:where[1]] if where else folded_passage


@dataclass(frozen=True)
class Pair:
    left: object
    right: object
    overlap: Overlap


def find_copied(items: Sequence[tuple[object, str]], *, same_key: Iterable | None = None) -> list[Pair]:
    """Every pair of items (key, text) whose texts are copied, found through shared fingerprints.

    Linear in the number of items: fingerprints go into an inverted index; only items sharing one are compared.
    A fingerprint held by very many items (MAX_HOLDERS, or 5% of a small ledger) is boilerplate of this ledger,
    not copying, and is skipped: it would also make the pairs grow with the square of the ledger.

    The work is done on the distinct texts: a text many items share (a stock note pasted into twenty measures)
    is folded, fingerprinted, indexed and compared with each other text once, and the result is given to every
    pair of items holding the two texts. A fingerprint's holders still count items, not texts.
    """
    prepared: dict[str, int] = {}
    distinct: list[_Text] = []
    members: list[list[int]] = []
    for i, (_, text) in enumerate(items):
        d = prepared.get(text)
        if d is None:
            d = prepared[text] = len(distinct)
            distinct.append(_Text(text))
            members.append([])
        members[d].append(i)
    index: dict[int, list[int]] = defaultdict(list)
    for d, t in enumerate(distinct):
        if t.comparable:
            for fp in t.prints:
                index[fp].append(d)
    too_common = min(MAX_HOLDERS, max(8, len(items) // 20))
    candidates: set[tuple[int, int]] = set()
    for holders in index.values():
        if len(holders) == 1:
            if 1 < len(members[holders[0]]) <= too_common:
                candidates.add((holders[0], holders[0]))
            continue
        if sum(len(members[d]) for d in holders) > too_common:
            continue
        for x, d in enumerate(holders):
            if len(members[d]) > 1:
                candidates.add((d, d))
            for e in holders[x + 1:]:
                candidates.add((d, e))
    verified: dict[tuple[int, int], Overlap] = {}

    def overlap(d: int, e: int) -> Overlap:
        found = verified.get((d, e))
        if found is None:
            found = verified[(d, e)] = _verify(distinct[d], distinct[e])
        return found

    found_pairs: list[tuple[int, int, Overlap]] = []
    for d, e in candidates:
        if not overlap(d, e).copied:
            continue
        if d == e:
            same = members[d]
            found_pairs += [(i, j, verified[(d, d)]) for x, i in enumerate(same) for j in same[x + 1:]]
            continue
        for i in members[d]:
            for j in members[e]:
                found_pairs.append((i, j, verified[(d, e)]) if i < j else (j, i, overlap(e, d)))
    found_pairs.sort(key=lambda row: (row[0], row[1]))
    return [Pair(items[i][0], items[j][0], o) for i, j, o in found_pairs]
