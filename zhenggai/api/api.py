"""The JSON API (OpenAPI at /api/docs): thin over the same selectors and services as the pages."""
from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
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


def _headline(h) -> dict:
    return {f: getattr(h, f) for f in HeadlineOut.model_fields}


@api.exception_handler(WorkflowError)
def workflow_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.get("/inspections", response=list[InspectionOut])
def list_inspections(request: HttpRequest):
    inspections = list(inspections_for_user(request.user).select_related("inspected_unit"))
    headlines = inspection_headlines(inspections)  # three queries for all of them
    return [{"id": i.pk, "name": i.name, "kind": i.kind, "inspector": i.inspector,
             "inspected_unit": i.inspected_unit.name, "feedback_date": i.feedback_date,
             "headline": _headline(headlines[i.pk])}
            for i in inspections]


class ProblemFilterIn(Schema):
    """The problem list's filter, with the same names and meaning (see zhenggai.ledger.filters)."""

    unit: str | None = None
    category: str | None = None
    status: str | None = None
    light: str | None = None
    due: str | None = None
    q: str | None = None
    sort: str | None = None


@api.get("/inspections/{inspection_id}/problems", response={200: list[ProblemOut], 400: ErrorOut})
def list_problems(request: HttpRequest, inspection_id: int, filters: Query[ProblemFilterIn]):
    """Problems with their measures, filtered like the problem list page: with `light`, `unit` or `due` each
    problem carries only the measures that match, as the Excel task list and ledger do."""
    inspection = get_inspection_for_user(request.user, inspection_id)
    try:
        ledger_filter = LedgerFilter.from_params(filters.dict(exclude_none=True))
    except FilterError as exc:
        return Status(400, {"detail": str(exc)})
    problems = list(ledger_filter.problems(inspection, user=request.user).select_related("category")
                    .order_by(*ledger_filter.ordering))
    measures = ledger_filter.measures(inspection, user=request.user).select_related("lead_unit").order_by("seq", "id")
    by_problem: dict[int, list] = {}
    for m in measures:
        by_problem.setdefault(m.problem_id, []).append({
            "id": m.pk, "seq": m.seq, "text": m.text, "state": m.state, "progress": m.progress,
            "deadline": m.deadline_display, "light": light_of(m.light_rank).value,
            "lead_unit": m.lead_unit.name if m.lead_unit else None})
    return [{"id": p.pk, "seq": p.seq, "statement": p.statement, "category": p.category.name if p.category else None,
             "deadline": p.deadline_display, "measures": by_problem.get(p.pk, [])} for p in problems]


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
