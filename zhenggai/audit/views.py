"""The audit admin's pages: search and filter the log, export it as CSV (the export is itself audited)."""
from __future__ import annotations

import csv
import datetime as dt
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone

from zhenggai.accounts.models import AdminRole
from zhenggai.accounts.scope import require_admin_role
from zhenggai.audit import display
from zhenggai.audit.models import AuditEvent
from zhenggai.audit.services import ACTION_LABELS, audit_record

PAGE_SIZE = 50
CSV_COLUMNS = ["编号", "时间", "操作人", "角色", "IP", "操作", "对象类型", "对象", "结果", "变更前", "变更后", "说明", "哈希"]


def _parse_date(raw: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def _filtered(request: HttpRequest) -> tuple[QuerySet, dict[str, str]]:
    params = {key: request.GET.get(key, "").strip() for key in ("actor", "action", "date_from", "date_to", "object")}
    qs = AuditEvent.objects.all()
    if params["actor"]:
        qs = qs.filter(Q(actor_name__icontains=params["actor"]) | Q(actor__username__icontains=params["actor"])
                       | Q(after__username=params["actor"]))
    if params["action"]:
        qs = qs.filter(action=params["action"])
    tz = timezone.get_current_timezone()
    if date_from := _parse_date(params["date_from"]):
        qs = qs.filter(created_at__gte=dt.datetime.combine(date_from, dt.time.min, tzinfo=tz))
    if date_to := _parse_date(params["date_to"]):
        qs = qs.filter(created_at__lt=dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min, tzinfo=tz))
    if params["object"]:
        # "measure:12", "measure" or "12"
        kind, _, pk = params["object"].partition(":")
        if pk:
            qs = qs.filter(object_type=kind, object_id=pk)
        elif kind.isdigit():
            qs = qs.filter(object_id=kind)
        else:
            qs = qs.filter(object_type=kind)
    return qs.order_by("-id"), params


@login_required
def event_list(request: HttpRequest) -> HttpResponse:
    require_admin_role(request.user, AdminRole.AUDIT)
    qs, params = _filtered(request)
    page = Paginator(qs.select_related("actor"), PAGE_SIZE).get_page(request.GET.get("page"))
    names = display.object_names(page.object_list)
    for event in page.object_list:
        event.object_name = names.get(event.id, "")
        event.changes = display.changes(event)
    query = urlencode({k: v for k, v in params.items() if v})
    return render(request, "audit/event_list.html", {
        "page": page, "params": params, "actions": sorted(ACTION_LABELS.items()), "query": query, "nav": "audit",
    })


def _csv_cell(value) -> str:
    """Neutralise spreadsheet formulas (CSV injection): a cell never starts with = + - @ or a tab."""
    text = "" if value is None else str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


class _Echo:
    def write(self, value: str) -> str:
        return value


@login_required
def event_export(request: HttpRequest) -> HttpResponse:
    require_admin_role(request.user, AdminRole.AUDIT)
    qs, params = _filtered(request)
    audit_record(actor=request.user, action="export", after={"what": "audit_log", "filters": params,
                                                             "rows": qs.count()})
    writer = csv.writer(_Echo())

    def rows():
        yield "\ufeff"  # so Excel reads UTF-8
        yield writer.writerow(CSV_COLUMNS)
        for e in qs.iterator(chunk_size=2000):
            yield writer.writerow([_csv_cell(v) for v in (
                e.id, timezone.localtime(e.created_at).isoformat(), e.who,
                e.actor_role, e.ip, e.action_label, e.object_type, e.object_id, e.outcome, e.before, e.after, e.note,
                e.hash)])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="audit-{timezone.localdate():%Y%m%d}.csv"'
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page: a request id to quote, never a traceback (the traceback goes to the log, with the id)."""
    from django.template import loader

    template = loader.get_template("500.html")
    return HttpResponse(template.render({"request_id": getattr(request, "id", "")}), status=500)
