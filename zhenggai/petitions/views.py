"""Petition pages: thin views that load with a scope check, validate a form, call one service, render."""
from __future__ import annotations

from dataclasses import dataclass
from collections.abc import Callable

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from zhenggai.accounts.models import Role, Unit
from zhenggai.accounts.scope import get_inspection_for_user
from zhenggai.ledger.once import AlreadySubmitted, once_key, submit_once
from zhenggai.ledger.paging import CappedPage
from zhenggai.ledger.selectors import light_of, today
from zhenggai.ledger.workflow import PetitionAction as PA, WorkflowError
from zhenggai.petitions import forms, services
from zhenggai.petitions.models import PetitionCase
from zhenggai.petitions.selectors import cases_with_light, get_batch_for_user, get_case_for_user


@dataclass(frozen=True)
class Step:
    """One action of the case page: its form, the service it calls, what it says when done."""

    form: type
    title: str
    act: Callable
    success: str
    multipart: bool = False


def _decide(case, user, d):
    return services.case_review(user=user, case=case, decision=d["decision"], note=d["note"],
                                next_deadline=d["next_deadline"])


STEPS: dict[str, Step] = {
    PA.ASSIGN: Step(forms.AssignForm, "分办", lambda case, user, d, files: services.case_assign(
        user=user, case=case, lead_unit=d["lead_unit"], co_units=list(d["co_units"]),
        time_limit_days=d["time_limit_days"]), "已分办"),
    PA.INVESTIGATE: Step(forms.InvestigateForm, "调查核实", lambda case, user, d, files: services.case_investigate(
        user=user, case=case, investigation=d["investigation"], verdict=d["verdict"]), "已保存调查核实情况"),
    PA.REPORT: Step(forms.ReportForm, "报送办理情况", lambda case, user, d, files: services.case_report(
        user=user, case=case, handling=d["handling"], accountability=d["accountability"], fines_wan=d["fines_wan"],
        cases_filed=d["cases_filed"], rectification_orders=d["rectification_orders"],
        people_held_accountable=d["people_held_accountable"], files=files.getlist("files")),
        "已报送办理情况，等待整改办审核", multipart=True),
    PA.WITHDRAW: Step(forms.WithdrawForm, "撤回报送", lambda case, user, d, files: services.case_withdraw(
        user=user, case=case), "已撤回办理情况报送"),
    PA.CONCLUDE: Step(forms.ReviewForm, "审核办理情况", lambda case, user, d, files: _decide(case, user, d), "已审核"),
    PA.SIGN_OFF: Step(forms.VerifyForm, "核实销号", lambda case, user, d, files: services.case_verify(
        user=user, case=case, signed_off=d["decision"] == "sign_off", note=d["note"]), "已核实"),
    PA.REOPEN: Step(forms.ReopenForm, "重新办理", lambda case, user, d, files: services.case_reopen(
        user=user, case=case, note=d["note"]), "已重新交办"),
}
# The review form carries 办结 / 阶段性办结 / 退回 in one; the verify form 销号 / 退回.
ALSO = {PA.PHASE: PA.CONCLUDE, PA.SEND_BACK: PA.CONCLUDE, PA.VERIFY_SEND_BACK: PA.SIGN_OFF}


def _units(case: PetitionCase):
    return Unit.objects.filter(path__startswith=case.inspection.inspected_unit.path).order_by("path", "sort")


def _form(step: Step, case: PetitionCase, data=None, files=None):
    kwargs = {"units": _units(case)} if step.form is forms.AssignForm else {}
    if data is None:
        return step.form(**kwargs)
    return step.form(data, files, **kwargs) if step.multipart else step.form(data, **kwargs)


def _allowed_steps(user, case: PetitionCase) -> list[str]:
    allowed = []
    for action in PA.values:
        key = ALSO.get(action, action)
        if key not in allowed and services.can_act_on_case(user, case, action):
            allowed.append(key)
    return allowed


def crumbs(inspection, *extra: tuple[str, str]) -> list[tuple[str, str]]:
    return [("巡察整改", reverse("inspection_list")),
            (inspection.name, reverse("inspection_detail", args=[inspection.pk])),
            ("交办信访件", reverse("petitions:case_list", args=[inspection.pk])), *extra]


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for_user(request.user, pk)
    return _case_page(request, case)


def _case_page(request: HttpRequest, case: PetitionCase, *, bound: tuple[str, object] | None = None,
               status: int = 200) -> HttpResponse:
    lit = cases_with_light(case.inspection, PetitionCase.objects.filter(pk=case.pk)).values_list("light_rank", flat=True)
    light = light_of(lit.first())
    steps = []
    for action in _allowed_steps(request.user, case):
        step = STEPS[action]
        form = bound[1] if bound and bound[0] == action else _form(step, case)
        steps.append({"action": action, "title": step.title, "form": form, "multipart": step.multipart})
    return render(request, "petitions/case_detail.html", {
        "case": case, "inspection": case.inspection, "light": light, "overdue": case.overdue_days(today()),
        "steps": steps, "once": once_key(request),
        "reports": case.reports.select_related("reported_by", "reviewed_by", "verified_by").prefetch_related("evidence"),
        "evidence": case.evidence.all(), "co_units": case.co_units.all(), "repeats": case.repeats.select_related("batch"),
        "crumbs": crumbs(case.inspection, (case.label, case.get_absolute_url())), "nav": "inspections",
        "can_unmask": request.user.role == Role.OFFICE, "unmask_form": forms.UnmaskForm(
            initial={"words": "\n".join(case.unmasked_words)}),
    }, status=status)


@login_required
@require_POST
def case_act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    case = get_case_for_user(request.user, pk)
    step = STEPS.get(action)
    if step is None:
        raise Http404("没有这个办理步骤")
    if action not in _allowed_steps(request.user, case):
        raise PermissionDenied("当前状态下您不能执行此操作")
    form = _form(step, case, request.POST, request.FILES)
    if form.is_valid():
        try:
            submit_once(request, lambda: step.act(case, request.user, form.cleaned_data, request.FILES))
        except AlreadySubmitted as exc:
            messages.info(request, str(exc))
            return redirect(case.get_absolute_url())
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, step.success)
            return redirect(case.get_absolute_url())
    case.refresh_from_db()
    return _case_page(request, case, bound=(action, form), status=400)


@login_required
@require_POST
def case_unmask(request: HttpRequest, pk: int) -> HttpResponse:
    case = get_case_for_user(request.user, pk, roles=(Role.OFFICE,))
    form = forms.UnmaskForm(request.POST)
    if form.is_valid():
        services.case_unmask(user=request.user, case=case, words=form.cleaned_data["words"].splitlines())
        messages.success(request, "已保存公开时不遮挡的词")
    return redirect(case.get_absolute_url())


@login_required
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_batch_for_user(request.user, pk)
    from zhenggai.petitions.figures import petition_figures

    figures = petition_figures(batch.inspection, user=request.user, batch=batch)
    return render(request, "petitions/batch_detail.html", {
        "batch": batch, "inspection": batch.inspection, "figures": figures,
        "crumbs": crumbs(batch.inspection, (batch.number, batch.get_absolute_url())), "nav": "inspections",
        "list_url": reverse("petitions:case_list", args=[batch.inspection_id]) + f"?batch={batch.pk}",
        "can_publish": request.user.role == Role.OFFICE,
    })


PAGE_SIZE = 50


@login_required
def case_list(request: HttpRequest, pk: int) -> HttpResponse:
    """交办信访件 of one inspection, filtered and paginated; a bad filter value shows its error and lists nothing."""
    from zhenggai.ledger.models import Light
    from zhenggai.ledger.workflow import PetitionState
    from zhenggai.petitions.filters import CaseFilter, CaseFilterError
    from zhenggai.petitions.models import PollutionType, Verdict

    inspection = get_inspection_for_user(request.user, pk)
    errors: list[str] = []
    try:
        case_filter = CaseFilter.from_params(request.GET)
        qs = case_filter.cases(inspection, user=request.user, on=today())
    except CaseFilterError as exc:
        errors, qs = exc.messages, PetitionCase.objects.none()
    # The page's ids first, from the (inspection, batch, seq, id) index alone; then those 50 rows with their
    # batch, unit and light. A deep page (page 400 of 50,000 cases) then skips index entries, not table rows.
    page = CappedPage(qs.order_by("batch_id", "seq", "id").values_list("pk", flat=True), request.GET.get("page"),
                      PAGE_SIZE).fill(qs.select_related("batch", "lead_unit"))
    for case in page.object_list:
        case.light = light_of(getattr(case, "light_rank", None))
    query = request.GET.copy()
    query.pop("page", None)
    batches = list(inspection.petition_batches.all())
    from zhenggai.petitions.selectors import case_areas

    areas = case_areas(inspection)
    units = Unit.objects.filter(path__startswith=inspection.inspected_unit.path).order_by("path", "sort")
    return render(request, "petitions/case_list.html", {
        "inspection": inspection, "page": page, "errors": errors, "query": query.urlencode(), "params": request.GET,
        "batches": batches, "areas": areas, "units": units, "types": PollutionType.choices,
        "states": PetitionState.choices, "verdicts": Verdict.choices, "lights": Light.choices,
        "can_import": request.user.role == Role.OFFICE, "nav": "inspections", "crumbs": crumbs(inspection),
    })


@login_required
def import_upload(request: HttpRequest, pk: int) -> HttpResponse:
    from zhenggai.petitions.imports import petition_import_create

    inspection = get_inspection_for_user(request.user, pk)
    if request.user.role != Role.OFFICE:
        raise PermissionDenied("只有整改办可以导入交办清单")
    form = forms.ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            job = petition_import_create(user=request.user, inspection=inspection, uploaded=d["file"],
                                         batch_number=d["batch_number"], handed_over_on=d["handed_over_on"],
                                         time_limit_days=d["time_limit_days"])
        except WorkflowError as exc:
            form.add_error("file", str(exc))
        else:
            return redirect("petitions:import_detail", job.pk)
    return render(request, "petitions/import_upload.html", {
        "inspection": inspection, "form": form, "nav": "import",
        "crumbs": crumbs(inspection, ("导入交办清单", reverse("petitions:import", args=[inspection.pk]))),
    })


def _import_for_user(user, pk: int):
    from zhenggai.petitions.models import PetitionImport

    try:
        job = PetitionImport.objects.select_related("inspection").get(pk=pk)
    except PetitionImport.DoesNotExist as exc:
        raise Http404("没有找到该导入") from exc
    get_inspection_for_user(user, job.inspection_id)
    if user.role != Role.OFFICE:
        raise PermissionDenied("只有整改办可以查看和确认导入")
    return job


@login_required
def import_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The preview (待确认导入) with 确认导入 / 放弃, or the result once confirmed or refused."""
    from zhenggai.ledger.workflow import PetitionState

    job = _import_for_user(request.user, pk)
    summary = job.summary or {}
    states = [(PetitionState(k).label, n) for k, n in sorted((summary.get("states") or {}).items(),
                                                            key=lambda kv: list(PetitionState.values).index(kv[0]))]
    rows = [dict(r, state_label=PetitionState(r["state"]).label) for r in summary.get("rows", [])]
    return render(request, "petitions/import_detail.html", {
        "job": job, "inspection": job.inspection, "nav": "import", "states": states, "rows": rows,
        "more_rows": max(0, summary.get("rows_total", 0) - len(rows)), "once": once_key(request),
        "crumbs": crumbs(job.inspection, ("导入交办清单", reverse("petitions:import_detail", args=[job.pk]))),
    })


@login_required
@require_POST
def import_decide(request: HttpRequest, pk: int, decision: str) -> HttpResponse:
    """确认导入 or 放弃 a preview; a second click (or a stale preview) is said so and writes nothing."""
    from zhenggai.petitions.imports import petition_import_cancel, petition_import_confirm_request
    from zhenggai.petitions.models import ImportStatus

    job = _import_for_user(request.user, pk)
    act = {"confirm": petition_import_confirm_request, "cancel": petition_import_cancel}.get(decision)
    if act is None:
        raise Http404("没有这个操作")
    try:
        job = submit_once(request, lambda: act(job=job, user=request.user))
    except AlreadySubmitted as exc:
        messages.info(request, str(exc))
    except WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        if decision == "cancel":
            messages.success(request, "已放弃本次导入，没有写入任何信访件")
        elif job.status == ImportStatus.DONE:
            messages.success(request, "已导入交办清单")
        elif job.status == ImportStatus.COMMITTING:
            messages.success(request, "已确认导入，正在后台写入")
        # back to 待确认导入: the page shows why nothing was written
    return redirect("petitions:import_detail", pk)


@login_required
@require_POST
def batch_publish(request: HttpRequest, pk: int) -> HttpResponse:
    from zhenggai.petitions.publish import batch_publish as publish

    batch = get_batch_for_user(request.user, pk)
    if request.user.role != Role.OFFICE:
        raise PermissionDenied("只有整改办可以公开批次")
    try:
        publish(user=request.user, batch=batch, published=request.POST.get("published") != "0")
    except WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "已公开" if request.POST.get("published") != "0" else "已撤下公开")
    return redirect(batch.get_absolute_url())


def export_response(batch, ext: str) -> HttpResponse:
    """The 一览表 as a download (the office's batch page and the public site share it)."""
    import io

    from django.utils.http import content_disposition_header

    from zhenggai.petitions.publish import PublicListExporter, export_name, write_docx

    out = io.BytesIO()
    if ext == "xlsx":
        PublicListExporter(batch).write(out)
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    elif ext == "docx":
        write_docx(batch, out)
        content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        raise Http404("不支持的格式")
    # Bytes, not a stream: the public site's cache wrapper sets an ETag from the content.
    response = HttpResponse(out.getvalue(), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, export_name(batch, ext))
    return response


@login_required
def batch_export(request: HttpRequest, pk: int, ext: str) -> HttpResponse:
    batch = get_batch_for_user(request.user, pk)
    if request.user.role not in (Role.OFFICE, Role.LEADER, Role.OBSERVER):
        raise PermissionDenied("您的角色无权导出公开一览表")
    return export_response(batch, ext)
