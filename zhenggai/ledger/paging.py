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


COUNT_CAP = 1000


class CappedPage:
    """A page of a list whose count stops at COUNT_CAP (the petition case list, the 督办 and 签收 lists).

    Counting every row a list matches visits that many index entries (or joins) on each view; counting at most
    COUNT_CAP + 1 rows walks that many. Past the cap the page says "1000件/条以上" and pages on by "下一页", found by
    reading one id more than a page; below it, it is an ordinary numbered pager. `ids_qs` gives the list's ids in its
    order (from an index alone, without joined columns); `fill(rows_qs)` then reads those rows, with whatever they
    join, in that order. `capped=False` counts in full (a unit's own rows, found by its index, where a LIMIT made
    PostgreSQL walk the whole table hoping to meet 1,001 early). It offers what Django's Page offers the pagers.
    """

    def __init__(self, ids_qs, raw: str | None, per_page: int, *, capped: bool = True) -> None:
        count = ids_qs.order_by()[:COUNT_CAP + 1].count() if capped else ids_qs.order_by().count()
        self.capped = capped and count > COUNT_CAP
        self.count = min(count, COUNT_CAP) if capped else count
        self.num_pages = None if self.capped else max(1, -(-count // per_page))
        number = page_number(raw, limit=100_000)
        if self.num_pages is not None:
            number = min(number, self.num_pages)
        self.number = number
        ids = list(ids_qs[(number - 1) * per_page:number * per_page + 1])
        self.has_next = len(ids) > per_page
        self.has_previous = number > 1
        self.object_list = ids[:per_page]
        self.paginator = self

    def fill(self, rows_qs) -> CappedPage:
        """The page's rows from `rows_qs` (its ids' rows with their joins), in the ids' order."""
        rows = {row.pk: row for row in rows_qs.order_by().filter(pk__in=self.object_list)}
        self.object_list = [rows[pk] for pk in self.object_list]
        return self

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1

    def __iter__(self):
        return iter(self.object_list)

    def __len__(self) -> int:
        return len(self.object_list)
