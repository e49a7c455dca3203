"""Regex shapes the engine scans slowly, rewritten to the same matches.

A pattern opening with ``(?:^|[。；;\\n])`` ("at the text's start or after a stop") cannot use the engine's fast scan
for its first character: the whole alternation is tried at every offset of the text. ``AtStops`` keeps the pattern
as two — the body matched at the start, and "[stops]body" searched (a character class first: scanned fast) — and
gives the same match objects (the same groups, spans and order) as the original for ``search`` and ``finditer``.
"""
from __future__ import annotations

import re
from typing import Iterator


class AtStops:
    def __init__(self, stops: str, body: str, flags: int = 0):
        """stops: one character class ("[。；;\\n]"), no groups; body: the rest of the pattern."""
        self.original = re.compile(f"(?:^|{stops}){body}", flags)
        self.pattern = self.original.pattern
        self._start = re.compile(body, flags)
        self._after = re.compile(stops + body, flags)

    def search(self, text: str) -> re.Match | None:
        return self._start.match(text) or self._after.search(text)

    def finditer(self, text: str) -> Iterator[re.Match]:
        m = self._start.match(text)
        if m is not None and m.end() == 0:  # (an empty match at the start: the original's own rules for what follows)
            yield from self.original.finditer(text)
            return
        pos = 0
        if m is not None:
            yield m
            pos = m.end()
        yield from self._after.finditer(text, pos)


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
