"""The JSON API (OpenAPI at /api/docs): thin over the same selectors and services as the pages."""
from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest
from pydantic import ValidationError
from ninja import NinjaAPI, Query, Schema, Status
from ninja.security import django_auth

from zhenggai.accounts.scope import get_inspection_for_user, get_measure_for_user, inspections_for_user
from zhenggai.ledger import services
from zhenggai.ledger.filters import FilterError, LedgerFilter
from zhenggai.ledger.selectors import inspection_headlines, light_of
from zhenggai.ledger.workflow import WorkflowError

api = NinjaAPI(title="zhenggai 整改台账 API", version="1", auth=django_auth, urls_namespace="api",
               docs_decorator=login_required)


class HeadlineOut(Schema):
    as_of: dt.date
    problems_total: int
    problems_done: int
    measures_total: int
    measures_done: int
    percent_done: float
    rules_made: int
    overdue: int
    behind_schedule: int
    lights: dict[str, int]


class InspectionOut(Schema):
    id: int
    name: str
    kind: str
    inspector: str
    inspected_unit: str
    feedback_date: dt.date
    headline: HeadlineOut


class MeasureOut(Schema):
    id: int
    seq: int
    text: str
    state: str
    progress: int
    deadline: str
    light: str
    lead_unit: str | None


class ProblemOut(Schema):
    id: int
    seq: int
    statement: str
    category: str | None
    deadline: str
    measures: list[MeasureOut]


class ProgressIn(Schema):
    text: str
    progress: int
    reported_on: dt.date | None = None


class ErrorOut(Schema):
    detail: str


API_PAGE_SIZE = 50
API_MAX_PAGE_SIZE = 200


class InspectionPage(Schema):
    count: int
    next: str | None
    previous: str | None
    results: list[InspectionOut]


class ProblemPage(Schema):
    count: int
    next: str | None
    previous: str | None
    results: list[ProblemOut]


def _page(request: HttpRequest, qs, page: int, page_size: int):
    """One page of `qs` and the envelope around it: `next` / `previous` are absolute links (None at the ends)."""
    size = max(1, min(page_size, API_MAX_PAGE_SIZE))
    paginator = Paginator(qs, size)
    number = max(1, min(page, paginator.num_pages))
    current = paginator.page(number)

    def link(n: int) -> str:
        query = request.GET.copy()
        query["page"] = str(n)
        return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")

    envelope = {"count": paginator.count, "next": link(number + 1) if current.has_next() else None,
                "previous": link(number - 1) if current.has_previous() else None}
    return list(current.object_list), envelope


def _headline(h) -> dict:
    return {f: getattr(h, f) for f in HeadlineOut.model_fields}


@api.exception_handler(WorkflowError)
def workflow_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.get("/inspections", response=InspectionPage)
def list_inspections(request: HttpRequest, page: int = 1, page_size: int = API_PAGE_SIZE):
    """The inspections the caller may see, a page at a time (`next` links to the following page)."""
    inspections, envelope = _page(request, inspections_for_user(request.user).select_related("inspected_unit"),
                                  page, page_size)
    headlines = inspection_headlines(inspections, cached=True)  # three queries at most, for the page
    return {**envelope, "results": [
        {"id": i.pk, "name": i.name, "kind": i.kind, "inspector": i.inspector,
         "inspected_unit": i.inspected_unit.name, "feedback_date": i.feedback_date,
         "headline": _headline(headlines[i.pk])} for i in inspections]}


class ProblemFilterIn(Schema):
    """The problem list's filter, with the same names and meaning (see zhenggai.ledger.filters)."""

    unit: str | None = None
    category: str | None = None
    status: str | None = None
    light: str | None = None
    due: str | None = None
    q: str | None = None
    sort: str | None = None
    page: int = 1
    page_size: int = API_PAGE_SIZE


@api.get("/inspections/{inspection_id}/problems", response={200: ProblemPage, 400: ErrorOut})
def list_problems(request: HttpRequest, inspection_id: int, filters: Query[ProblemFilterIn]):
    """Problems with their measures, filtered like the problem list page: with `light`, `unit` or `due` each
    problem carries only the measures that match, as the Excel task list and ledger do."""
    inspection = get_inspection_for_user(request.user, inspection_id)
    try:
        ledger_filter = LedgerFilter.from_params(filters.dict(exclude_none=True, exclude={"page", "page_size"}))
    except FilterError as exc:
        return Status(400, {"detail": str(exc)})
    problems, envelope = _page(request, ledger_filter.problems(inspection, user=request.user)
                               .select_related("category").order_by(*ledger_filter.ordering),
                               filters.page, filters.page_size)
    measures = (ledger_filter.measures(inspection, user=request.user).filter(problem__in=[p.pk for p in problems])
                .select_related("lead_unit").order_by("seq", "id"))
    by_problem: dict[int, list] = {}
    for m in measures:
        by_problem.setdefault(m.problem_id, []).append({
            "id": m.pk, "seq": m.seq, "text": m.text, "state": m.state, "progress": m.progress,
            "deadline": m.deadline_display, "light": light_of(m.light_rank).value,
            "lead_unit": m.lead_unit.name if m.lead_unit else None})
    return {**envelope, "results": [
        {"id": p.pk, "seq": p.seq, "statement": p.statement, "category": p.category.name if p.category else None,
         "deadline": p.deadline_display, "measures": by_problem.get(p.pk, [])} for p in problems]}


@api.post("/measures/{measure_id}/progress", response={201: dict, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
          openapi_extra={"requestBody": {"required": True, "content": {
              "application/json": {"schema": ProgressIn.model_json_schema()}}}})
def report_progress(request: HttpRequest, measure_id: int):
    # Scope first, then the body: a measure outside the caller's scope is a 404 whatever was posted,
    # so the answer never depends on (or hints at) anything the caller may not see.
    measure = get_measure_for_user(request.user, measure_id)
    try:
        payload = ProgressIn.model_validate_json(request.body or b"{}")
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors())
        return Status(422, {"detail": f"请求内容不正确（{problems}）"})
    update = services.measure_report_progress(user=request.user, measure=measure, text=payload.text,
                                              progress=payload.progress, reported_on=payload.reported_on)
    return Status(201, {"id": update.pk})


# Petition cases (信访件): their own router, beside the ledger's endpoints.
from zhenggai.petitions.api import router as petitions_router  # noqa: E402

api.add_router("/", petitions_router)
