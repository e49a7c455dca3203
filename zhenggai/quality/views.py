"""整改质量 pages: the inspection's flagged measures by signal and unit; dismiss a flag; re-scan."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from zhenggai.accounts.models import Role, Unit
from zhenggai.accounts.scope import get_inspection_for_user, inspections_for_user, require_role
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.quality import jobs, selectors, services
from zhenggai.quality.models import FlagKind, QualityFlag, ScanState


@login_required
def inspection_quality(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE, Role.LEADER, Role.OBSERVER)
    kind = request.GET.get("kind") or None
    if kind not in FlagKind.values:
        kind = None
    try:
        unit_id = int(request.GET.get("unit") or 0) or None
    except ValueError:
        unit_id = None
    show_dismissed = request.GET.get("dismissed") == "1"
    cases_only = request.GET.get("case") == "1"
    flags = selectors.inspection_flags(inspection, kind=kind, unit_id=unit_id, show_dismissed=show_dismissed,
                                       cases_only=cases_only)
    page = Paginator(flags, 50).get_page(request.GET.get("page"))
    counts = selectors.counts_by_kind(inspection)
    flagged = QualityFlag.objects.filter(inspection=inspection, active=True)
    units = Unit.objects.filter(Q(pk__in=flagged.values("measure__lead_unit_id"))
                                | Q(pk__in=flagged.values("petition_case__lead_unit_id"))).order_by("name")
    return render(request, "quality/inspection.html", {
        "inspection": inspection, "page": page, "counts": [(k, label, counts.get(k, 0)) for k, label in FlagKind.choices],
        "total": sum(counts.values()), "case_flags": selectors.case_flag_count(inspection), "cases_only": cases_only,
        "kind": kind, "unit_id": unit_id, "units": units, "show_dismissed": show_dismissed,
        "scan": ScanState.objects.filter(inspection=inspection).first(), "others": selectors.other_texts(list(page)),
        "can_dismiss": request.user.role in (Role.OFFICE, Role.LEADER), "nav": "inspections",
    })


@login_required
@require_POST
def flag_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    flag = get_object_or_404(QualityFlag, pk=pk, inspection__in=inspections_for_user(request.user))
    try:
        services.quality_flag_dismiss(user=request.user, flag=flag, reason=request.POST.get("reason", ""))
        messages.success(request, "已排除这条提示，理由已记入审计日志。")
    except WorkflowError as exc:
        messages.error(request, str(exc))
    target = request.POST.get("next") or reverse("quality:inspection", args=[flag.inspection_id])
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = reverse("quality:inspection", args=[flag.inspection_id])
    return redirect(target)


@login_required
@require_POST
def rescan(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    jobs.schedule_scan(inspection.pk)
    messages.success(request, "已安排重新检查，完成后本页显示最新结果。")
    return redirect("quality:inspection", inspection.pk)
