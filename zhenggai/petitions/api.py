"""Petition cases in the JSON API: the case list (the page's filters, a page at a time) and one case.

The same selectors as the pages: an inspection or a case outside the caller's scope is a 404, a unit user
lists only the cases its unit answers for, and a bad filter value is a 400 with the page's message.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status

from zhenggai.accounts.scope import get_inspection_for_user
from zhenggai.ledger.selectors import light_of, today
from zhenggai.petitions.filters import CaseFilter, CaseFilterError
from zhenggai.petitions.models import PetitionCase
from zhenggai.petitions.selectors import cases_with_light, get_case_for_user

router = Router(tags=["信访件"])

PAGE_SIZE = 50
MAX_PAGE_SIZE = 200


class CaseOut(Schema):
    id: int
    batch: str
    seq: int
    number: str
    complaint: str
    area: str
    pollution_type: str
    verdict: str
    state: str
    state_label: str
    conclusion: str
    lead_unit: str | None
    handed_over_on: dt.date
    deadline_date: dt.date | None
    light: str
    url: str


class CaseDetailOut(CaseOut):
    source: str
    received_on: dt.date | None
    investigation: str
    goal: str
    handling: str
    accountability: str
    co_units: list[str]
    fines_wan: Decimal
    cases_filed: int
    rectification_orders: int
    people_held_accountable: int
    repeat_of: int | None
    concluded_at: dt.datetime | None
    signed_off_at: dt.datetime | None


class CasePageOut(Schema):
    next: str | None
    previous: str | None
    results: list[CaseOut]


class ErrorOut(Schema):
    detail: str


class CaseFilterIn(Schema):
    """The case list page's filters, with the same names and meaning (see zhenggai.petitions.filters)."""

    batch: str | None = None
    unit: str | None = None
    area: str | None = None
    type: str | None = None
    state: str | None = None
    verdict: str | None = None
    light: str | None = None
    number: str | None = None
    no_number: str | None = None
    page: int = 1
    page_size: int = PAGE_SIZE


def _case(c: PetitionCase, rank: int | None) -> dict:
    return {"id": c.pk, "batch": c.batch.number, "seq": c.seq, "number": c.number, "complaint": c.complaint,
            "area": c.area, "pollution_type": c.pollution_type, "verdict": c.verdict, "state": c.state,
            "state_label": c.get_state_display(), "conclusion": c.conclusion_label,
            "lead_unit": c.lead_unit.name if c.lead_unit_id else None, "handed_over_on": c.handed_over_on,
            "deadline_date": c.deadline_date, "light": light_of(rank).value, "url": c.get_absolute_url()}


@router.get("/inspections/{inspection_id}/petitions", response={200: CasePageOut, 400: ErrorOut})
def list_cases(request: HttpRequest, inspection_id: int, filters: Query[CaseFilterIn]):
    """One inspection's cases in batch and 序号 order, filtered like the case list page. Not counted: `next`
    links to the following page while there is one (a count would visit every case of a 回头看)."""
    inspection = get_inspection_for_user(request.user, inspection_id)
    try:
        case_filter = CaseFilter.from_params(filters.dict(exclude_none=True, exclude={"page", "page_size"}))
    except CaseFilterError as exc:
        return Status(400, {"detail": str(exc)})
    size = max(1, min(filters.page_size, MAX_PAGE_SIZE))
    number = max(1, min(filters.page, 100_000))
    qs = case_filter.cases(inspection, user=request.user, on=today())
    # The page's ids from the list index, then those rows (as the page does).
    ids = list(qs.order_by("batch_id", "seq", "id").values_list("pk", flat=True)[(number - 1) * size:number * size + 1])
    has_next = len(ids) > size
    ids = ids[:size]
    rows = {c.pk: c for c in qs.filter(pk__in=ids).select_related("batch", "lead_unit")}

    def link(n: int) -> str:
        query = request.GET.copy()
        query["page"] = str(n)
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    return {"next": link(number + 1) if has_next else None, "previous": link(number - 1) if number > 1 else None,
            "results": [_case(rows[pk], rows[pk].light_rank) for pk in ids]}


@router.get("/petitions/{case_id}", response={200: CaseDetailOut, 404: ErrorOut})
def case_detail(request: HttpRequest, case_id: int):
    """One case with its investigation, handling and figures; 404 outside the caller's scope."""
    case = get_case_for_user(request.user, case_id)
    rank = cases_with_light(case.inspection, PetitionCase.objects.filter(pk=case.pk)).values_list(
        "light_rank", flat=True).first()
    return {**_case(case, rank), "source": case.source, "received_on": case.received_on,
            "investigation": case.investigation, "goal": case.goal, "handling": case.handling,
            "accountability": case.accountability, "co_units": [u.name for u in case.co_units.all()],
            "fines_wan": case.fines_wan, "cases_filed": case.cases_filed,
            "rectification_orders": case.rectification_orders,
            "people_held_accountable": case.people_held_accountable, "repeat_of": case.repeat_of_id,
            "concluded_at": case.concluded_at, "signed_off_at": case.signed_off_at}
