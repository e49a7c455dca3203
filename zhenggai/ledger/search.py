"""Search across every inspection in the user's scope: problems by their statement, measures by their text.

One query: problems ∪ measures (SQL UNION ALL), each half a plain `icontains` on one text column, so an index
on that column (a trigram index on PostgreSQL) can answer it; the page reads one slice of it and a count. The
scope is the one the pages use (`zhenggai.accounts.scope`): a hit is always something the user may open.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from django.db.models import CharField, F, IntegerField, QuerySet, Value
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from zhenggai.accounts.scope import problems_in_scope
from zhenggai.ledger.filters import MAX_QUERY_LENGTH
from zhenggai.ledger.models import Measure
from zhenggai.ledger.workflow import MeasureState

# The columns both halves of the UNION select, in this order (names and types must agree).
COLUMNS = ("hit_kind", "hit_pk", "hit_inspection_id", "hit_inspection", "hit_problem_seq", "hit_measure_seq",
           "hit_state", "hit_text")
SNIPPET_CHARS = 90


class SearchError(ValueError):
    """The search words cannot be used; the message is for the user."""


def clean_query(raw: str | None) -> str:
    q = " ".join((raw or "").split())
    if len(q) > MAX_QUERY_LENGTH:
        raise SearchError(f"搜索词不能超过{MAX_QUERY_LENGTH}个字")
    return q


def search_hits(user, q: str) -> QuerySet:
    """Rows (dicts of COLUMNS) of the problems and measures in scope whose text contains `q`, newest
    inspection first, then in ledger order (a problem before its measures)."""
    problems = problems_in_scope(user).order_by()  # no model ordering inside a UNION half
    problem_rows = (problems.filter(statement__icontains=q)
                    .annotate(hit_kind=Value("problem", output_field=CharField()), hit_pk=F("pk"),
                              hit_inspection_id=F("inspection_id"), hit_inspection=F("inspection__name"),
                              hit_problem_seq=F("seq"), hit_measure_seq=Value(0, output_field=IntegerField()),
                              hit_state=Value("", output_field=CharField()), hit_text=F("statement"))
                    .values(*COLUMNS).order_by())
    measure_rows = (Measure.objects.filter(problem__in=problems.values("pk"), text__icontains=q)
                    .annotate(hit_kind=Value("measure", output_field=CharField()), hit_pk=F("pk"),
                              hit_inspection_id=F("problem__inspection_id"), hit_inspection=F("problem__inspection__name"),
                              hit_problem_seq=F("problem__seq"), hit_measure_seq=F("seq"),
                              hit_state=F("state"), hit_text=F("text"))
                    .values(*COLUMNS).order_by())
    return problem_rows.union(measure_rows, all=True).order_by("-hit_inspection_id", "hit_problem_seq",
                                                               "hit_measure_seq", "hit_pk")


@dataclass(frozen=True)
class Hit:
    """One search result as the page shows it."""

    kind: str
    pk: int
    inspection_id: int
    inspection: str
    label: str
    state: str
    state_label: str
    url: str
    snippet: SafeString

    @classmethod
    def from_row(cls, row: dict, q: str) -> Hit:
        is_measure = row["hit_kind"] == "measure"
        seq = f"{row['hit_problem_seq']}.{row['hit_measure_seq']}" if is_measure else str(row["hit_problem_seq"])
        state = row["hit_state"] or ""
        return cls(
            kind=row["hit_kind"], pk=row["hit_pk"], inspection_id=row["hit_inspection_id"],
            inspection=row["hit_inspection"], label=("措施" if is_measure else "问题") + seq,
            state=state, state_label=MeasureState(state).label if state else "",
            url=reverse("measure_detail" if is_measure else "problem_detail", args=[row["hit_pk"]]),
            snippet=snippet(row["hit_text"], q),
        )


def snippet(text: str, q: str, width: int = SNIPPET_CHARS) -> SafeString:
    """A window of `text` around the first match of `q`, the match marked; escaped."""
    text = " ".join(text.split())
    found = re.search(re.escape(q), text, re.IGNORECASE) if q else None
    if found is None:
        cut = text[:width]
        return format_html("{}{}", cut, "…" if len(text) > width else "")
    at, stop = found.span()
    start = max(0, at - (width - (stop - at)) // 2)
    end = min(len(text), max(start + width, stop))
    return format_html("{}{}<mark>{}</mark>{}{}", "…" if start else "", text[start:at], text[at:stop],
                       text[stop:end], "…" if end < len(text) else "")
