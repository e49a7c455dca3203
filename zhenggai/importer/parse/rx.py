"""Regex shapes the engine scans slowly, rewritten to the same matches.

A pattern opening with ``(?:^|[。；;\\n])`` ("at the text's start or after a stop") cannot use the engine's fast scan
for its first character: the whole alternation is tried at every offset of the text. ``AtStops`` keeps the pattern
as two — the body matched at the start, and "[stops]body" searched (a character class first: scanned fast) — and
gives the same match objects (the same groups, spans and order) as the original for ``search`` and ``finditer``.
"""
from __future__ import annotations

import re
import sys
from typing import Iterator


class AtStops:
    def __init__(self, stops: str, body: str, flags: int = 0, needles: tuple[str, ...] = ()):
        """stops: one character class ("[。；;\\n]"), no groups; body: the rest of the pattern; needles (perf23): literal
        strings one of which every match reads (as Needles' — a text holding none has no match, found by substring
        scans where the stops, common characters, would have the engine try the body at each)."""
        self.original = re.compile(f"(?:^|{stops}){body}", flags)
        self.pattern = self.original.pattern
        self._start = re.compile(body, flags)
        self._after = re.compile(stops + body, flags)
        self.needles = tuple(needles)

    def _absent(self, text: str) -> bool:
        if not self.needles:
            return False
        for n in self.needles:
            if n in text:
                return False
        return True

    def search(self, text: str) -> re.Match | None:
        if self._absent(text):
            return None
        return self._start.match(text) or self._after.search(text)

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self._absent(text):
            return
        m = self._start.match(text)
        if m is not None and m.end() == 0:  # (an empty match at the start: the original's own rules for what follows)
            yield from self.original.finditer(text)
            return
        pos = 0
        if m is not None:
            yield m
            pos = m.end()
        yield from self._after.finditer(text, pos)


class SplitAfter:
    """``re.split(r"(?<=[stops])", text)`` — the text cut right after each stop character, the stops kept at the ends of
    the pieces — by splitting on the stops captured and gluing each back on its piece: the engine scans a character
    class fast, where the look-behind is tried at every offset. The same pieces (empty ones included), also with
    ``maxsplit``."""

    def __init__(self, stops: str):
        """stops: one character class ("[。;；\\n]"), no groups."""
        self.original = re.compile(f"(?<={stops})")
        self.pattern = self.original.pattern
        self._cut = re.compile(f"({stops})")

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        parts = self._cut.split(text, maxsplit)
        out = [parts[i] + parts[i + 1] for i in range(0, len(parts) - 1, 2)]
        out.append(parts[-1])
        return out


class RareBranch:
    """A pattern with one alternative that cannot match unless the text holds a literal ``needle`` (and that opens with
    a look-around, which keeps the engine from scanning fast for the others): searched without that alternative when
    the needle is absent — the same match, since the alternative could not have matched anywhere."""

    def __init__(self, full: str, without: str, needle: str, flags: int = 0):
        self.original = re.compile(full, flags)
        self.pattern = self.original.pattern
        self._without = re.compile(without, flags)
        self._needle = needle

    def search(self, text: str) -> re.Match | None:
        return (self.original if self._needle in text else self._without).search(text)


_DIGITS_NOT_AFTER = re.compile(r"\(\?<!(\[(?:[^\]\\]|\\.)*\])\)\(\\d\+\)")


def digits_first(pattern: str) -> str:
    """A pattern led by a run of digits not after some characters, "(?<![第\\d])(\\d+)…", written as
    "(\\d(?<![第\\d]\\d)\\d*)…": the same matches and groups (the look-behind, read after the run's first digit and
    widened by that digit, still tests the character before the run), but led by a class, which the engine scans for
    in C, where a pattern led by a look-behind is tried in full at every offset of the text (perf23)."""
    m = _DIGITS_NOT_AFTER.match(pattern)
    if m is None:
        raise ValueError(f"not led by a look-behind and a run of digits: {pattern!r}")
    return rf"(\d(?<!{m.group(1)}\d)\d*)" + pattern[m.end():]


def number_not_after(number: int | str, before: str = r"[\d.]") -> str:
    """The pattern of ``number`` written out, not after ``before`` (one character class): rf"(?<!{before}){number}" as
    rf"{number}(?<!{before}{number})" — the look-behind read after the number, widened by it, still tests the character
    before it; led by the number's digits, a literal the engine searches for fast, where the look-behind first had it
    try the pattern at every offset (perf23)."""
    text = re.escape(str(number))
    return rf"{text}(?<!{before}{text})"


_LEADING_LOOK_BEHINDS = re.compile(r"((?:\(\?<[!=](?:\[(?:[^\]\\]|\\.)*\]|[^()\[\]\\|?*+{}.^$])+\))+)([^()\[\]\\|?*+{}.^$])")
_ONE_LOOK_BEHIND = re.compile(r"\(\?<([!=])((?:\[(?:[^\]\\]|\\.)*\]|[^()\[\]\\|?*+{}.^$])+)\)")


def look_behinds_after_first(pattern: str) -> str:
    """A pattern opening with look-behinds and then a literal character, "(?<!疑似)问题…", as "问(?<!疑似问)题…": each
    look-behind read after that character and widened by it still tests what stands before it; led by the literal, which
    the engine searches for fast, where the leading look-behinds had it try the pattern at every offset (perf23). Each
    look-behind a literal string or one class, the first character a plain literal; anything else is an error."""
    m = _LEADING_LOOK_BEHINDS.match(pattern)
    if m is None:
        raise ValueError(f"not led by look-behinds and a literal: {pattern!r}")
    first = m.group(2)
    behinds = _ONE_LOOK_BEHIND.sub(lambda b: f"(?<{b.group(1)}{b.group(2)}{first})", m.group(1))
    return first + behinds + pattern[m.end():]


def words_not_after(words: tuple[str, ...], not_after: tuple[str, ...]) -> str:
    """"(?<!a)(?<!b)(?:w1|w2|…)" — one of ``words`` (literals, tried in this order), not after any of ``not_after`` — as
    "(?:w1'|w2'|…)" with each look-behind read after the word's first character and widened by it: every alternative opens
    with a literal, and the engine scans for their first characters in C where the leading look-behinds had it try the
    pattern at every offset (perf23). Write the original's optional words out in the order its tries take them
    ("(?:已经?)?(?:完成)?整改": 已经完成整改, 已经整改, 已完成整改, 已整改, 完成整改, 整改)."""
    out = []
    for w in words:
        first = re.escape(w[0])
        out.append(first + "".join(f"(?<!{re.escape(x)}{first})" for x in not_after) + re.escape(w[1:]))
    return "(?:" + "|".join(out) + ")"


class NearAnchor:
    """A pattern every match of which holds a literal-led ``anchor`` starting at most ``reach`` characters after the
    match's start: tried only at the offsets within reach before an anchor (found by a fast scan), not at every offset.
    ``finditer`` and ``search`` give the same matches as the pattern's own (non-empty matches, no look-behind reaching
    before ``pos``)."""

    def __init__(self, pattern: str, anchor: str, reach: int, flags: int = 0):
        self.original = re.compile(pattern, flags)
        self.pattern = self.original.pattern
        self._anchor = re.compile(anchor, flags)
        self._reach = reach

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        endpos = len(text) if endpos is None else min(endpos, len(text))
        if not self._reach:
            yield from self._at_anchors(text, pos, endpos)
            return
        p = pos  # the next offset to try: every offset before it was tried or is past a match
        for a in self._anchor.finditer(text, pos, endpos):
            q = a.start()
            p = max(p, q - self._reach)
            while p <= q:
                m = self.original.match(text, p, endpos)
                if m is None:
                    p += 1
                    continue
                yield m
                p = m.end() if m.end() > p else p + 1

    def _at_anchors(self, text: str, pos: int, endpos: int) -> Iterator[re.Match]:
        """The loop above with no reach: each anchor's own offset tried once, unless a match went past it."""
        match = self.original.match
        p = pos
        for a in self._anchor.finditer(text, pos, endpos):
            q = a.start()
            if q < p:
                continue
            m = match(text, q, endpos)
            if m is not None:
                yield m
                p = m.end() if m.end() > q else q + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return next(self.finditer(text, pos, endpos), None)

    def __getattr__(self, name):  # (match, sub, groups …: the pattern's own)
        return getattr(self.original, name)


class Needles:
    """A pattern that cannot match a text holding none of some literal ``needles`` (every match, its look-arounds
    included, reads one of them): ``search``/``finditer``/``match`` give no match at once for such a text — a few C
    substring scans in place of the engine trying the pattern at every offset (a sentence at a time, most sentences
    hold none). Any other text is searched by the pattern itself, so every match is the pattern's own."""

    def __init__(self, pattern: str | re.Pattern, needles: tuple[str, ...] | None = None, flags: int = 0):
        """needles: given, or (None) found from the pattern by ``required_literals`` (an error when none are certain)."""
        # (a pattern, or a faster form of one: an object with the pattern's methods and its ``pattern``)
        self.original = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        self.pattern = self.original.pattern
        if needles is None:
            needles = required_literals(self.original)
            if not needles:
                raise ValueError(f"no literal every match reads: {self.pattern!r}")
        self.needles = tuple(needles)

    def __getattr__(self, name):  # (sub, split, fullmatch, groups …: the pattern's own, unguarded)
        return getattr(self.original, name)

    def _absent(self, text: str) -> bool:
        for n in self.needles:
            if n in text:
                return False
        return True

    def search(self, text: str, *args) -> re.Match | None:
        return None if self._absent(text) else self.original.search(text, *args)

    def match(self, text: str, *args) -> re.Match | None:
        return None if self._absent(text) else self.original.match(text, *args)

    def fullmatch(self, text: str, *args) -> re.Match | None:
        return None if self._absent(text) else self.original.fullmatch(text, *args)

    def finditer(self, text: str, *args) -> Iterator[re.Match]:
        return iter(()) if self._absent(text) else self.original.finditer(text, *args)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return text if self._absent(text) else self.original.sub(repl, text, count)


def required_literals(pattern: str | re.Pattern) -> tuple[str, ...] | None:
    """Literal strings one of which every match of the pattern reads (holds in its span): found from the pattern's
    parse — a literal run in a sequence, one of each branch's, a repeat's body when it repeats at least once; None when
    no such set is certain (a class, a look-around or an optional part alone, a back-reference, ignore-case)."""
    from re import _parser  # type: ignore[attr-defined]

    rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    if rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return None
    found = _required(_parser.parse(rx.pattern, rx.flags))
    if not found:
        return None
    # (a needle holding another is absent whenever that one is: the shorter alone is tried)
    return tuple(sorted(n for n in set(found) if not any(m != n and m in n for m in found)))


def _required(seq) -> list[str] | None:
    """The needles of a sequence of parsed items: the best of its items' (the longest shortest needle, then fewest)."""
    from re import _constants as c  # type: ignore[attr-defined]

    options: list[list[str]] = []
    run: list[str] = []
    for op, av in list(seq) + [(None, None)]:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            options.append(["".join(run)])
            run = []
        if op is c.SUBPATTERN:
            sub = None if av[1] & re.IGNORECASE else _required(av[-1])  # ("(?i:…)": its letters either case)
        elif op is c.BRANCH:
            subs = [_required(alt) for alt in av[1]]
            sub = None if any(s is None for s in subs) else [n for s in subs for n in s]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            sub = _required(av[2])
        elif op is getattr(c, "ATOMIC_GROUP", None):
            sub = _required(av)
        else:
            sub = None  # (a class, any character, an anchor, a look-around, a back-reference …: nothing required)
        if sub:
            options.append(sub)
    if not options:
        return None
    return max(options, key=lambda ns: (min(map(len, ns)), -len(ns)))


def end_literals(pattern: str | re.Pattern, limit: int = 2000) -> tuple[str, ...] | None:
    """For a pattern that is a finite set of literal strings (branches, groups, optional parts) anchored at the end
    ("(?:通报|方案|(?:一览|明细)表)$"): those strings, so that a caller can test ``str.endswith`` first — the
    pattern searches a text only when it ends (or ends before a last newline, as ``$`` reads) with one of them. None for
    any other pattern."""
    from re import _constants as c, _parser  # type: ignore[attr-defined]

    rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
    if rx.flags & (re.IGNORECASE | re.MULTILINE) or not isinstance(rx.pattern, str):
        return None
    items = list(_parser.parse(rx.pattern, rx.flags))
    if not items or items[-1] != (c.AT, c.AT_END):
        return None

    def strings(seq) -> set[str] | None:
        out = {""}
        for op, av in seq:
            if op is c.LITERAL:
                alts = {chr(av)}
            elif op is c.SUBPATTERN and not av[1] and not av[2]:
                alts = strings(av[-1])
            elif op is c.BRANCH:
                parts = [strings(alt) for alt in av[1]]
                alts = None if any(p is None for p in parts) else set().union(*parts)
            elif op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
                inner = strings(av[2])
                alts = None if inner is None else inner | {""}
            else:
                return None
            if alts is None:
                return None
            out = {a + b for a in out for b in alts}
            if len(out) > limit:
                return None
        return out

    found = strings(items[:-1])
    return tuple(sorted(found)) if found and "" not in found else None


def ends_with_any(text: str, endings: tuple[str, ...]) -> bool:
    """Whether ``text`` ends with one of ``endings`` where ``$`` would read it: at its end or before a last newline."""
    return text.endswith(endings) or (text[-1:] == "\n" and text[:-1].endswith(endings))


class LiteralBranches:
    """A pattern whose alternatives open on different literal words ("(?:整改情况|整改措施|完成情况)…"), kept as parts each
    led by one literal prefix ("整改(?:情况|措施)…", "完成情况…"): the engine scans for a literal prefix fast, where a set
    of first characters has it test each offset against the set (~4x slower on these texts, perf25). ``search`` gives
    the leftmost match of any part and ``finditer`` the leftmost matches in turn — the original's own, when the parts open
    on distinct characters (no two can match at one offset) and each part holds the original's alternatives opening on
    its characters, in their order, with the same groups; no part may match the empty string. ``match``, ``sub`` … are
    the original's."""

    def __init__(self, original: str, parts: list[str], flags: int = 0):
        self.original = re.compile(original, flags)
        self.pattern = self.original.pattern
        self._parts = [re.compile(p, flags) for p in parts]
        if any(p.groups != self.original.groups for p in self._parts):
            raise ValueError(f"parts with other groups than {original!r}")

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        best = None
        for part in self._parts:
            m = part.search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        parts = self._parts
        ahead = [part.search(text, pos, endpos) for part in parts]  # each part's next match from pos
        while True:
            best = None
            for m in ahead:
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end()
            for i, m in enumerate(ahead):
                if m is not None and m.start() < pos:  # (a match from before pos is searched again from pos)
                    ahead[i] = parts[i].search(text, pos, endpos)

    def __getattr__(self, name):  # (match, fullmatch, sub, groups …: the pattern's own)
        return getattr(self.original, name)
