"""Pages of lists that are not counted: read one row more than a page to know whether another follows.

Counting every row a list matches costs as much as reading them all (a unit's open measures, a leader's
review queue, a province's petition cases); these pages show 上一页/下一页 instead of a page count.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SlicePage:
    """A page of a list that is not counted: its items, its number and whether another page follows."""

    items: list
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def page_number(raw: str | None, *, limit: int = 10_000) -> int:
    """The page asked for in a query string, 1 for anything that is not a plain number below `limit`."""
    return int(raw) if raw and raw.isascii() and raw.isdigit() and 0 < int(raw) < limit else 1


def slice_page(qs, raw: str | None, size: int) -> SlicePage:
    """One page of `qs` (a queryset or a list), in its order."""
    number = page_number(raw)
    items = list(qs[(number - 1) * size:number * size + 1])  # one more than a page: is there a next one?
    return SlicePage(items=items[:size], number=number, has_next=len(items) > size)
