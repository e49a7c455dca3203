"""Pages of 督办. Each view: load with a scope check → validate a form → call one service → redirect."""
from __future__ import annotations

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from zhenggai.accounts.models import Role, Unit
from zhenggai.accounts.scope import (
    get_inspection_for_user,
    get_measure_for_user,
    inspections_for_user,
    require_role,
    unit_paths_q,
)
from zhenggai.ledger.paging import CappedPage
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.reports.docx_writer import write_docx
from zhenggai.supervision import forms, ladder, selectors, services
from zhenggai.supervision.documents import round_bulletin, supervision_notice
from zhenggai.supervision.models import Assignment, AssignmentState, ProgressRound, RoundState, SupervisionRecord

PAGE_SIZE = 30
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _form(request, form, *, title: str, submit: str, back: str, intro: str = "", multipart: bool = False):
    return render(request, "ledger/form.html", {"form": form, "title": title, "submit": submit, "intro": intro,
                                                "multipart": multipart, "crumbs": [("返回", back)]})


def _intro(assignment: Assignment) -> str:
    m = assignment.measure
    return f"问题{m.problem.seq}：{m.problem.statement}\n措施{m.seq}：{m.text}\n交办单位：{assignment.unit.name}"


def _fail(form, exc: WorkflowError) -> None:
    form.add_error(None, str(exc))


def _docx(document, filename: str) -> HttpResponse:
    buffer = io.BytesIO()
    write_docx(document, buffer)
    buffer.seek(0)
    return FileResponse(buffer, as_attachment=True, filename=filename, content_type=DOCX_TYPE)


# --- scope at the edge ----------------------------------------------------------------------------------------

def get_round_for_user(user, pk: int) -> ProgressRound:
    """A round of the user's own body whose inspections are all in their scope; else 404."""
    try:
        rnd = ProgressRound.objects.select_related("body", "opened_by", "closed_by").get(pk=pk)
    except (ProgressRound.DoesNotExist, ValueError) as exc:
        raise Http404("没有找到该调度") from exc
    visible = inspections_for_user(user).filter(pk__in=rnd.inspections.values("pk")).count()
    if not visible or visible != rnd.inspections.count():
        raise Http404("没有找到该调度")
    return rnd


def get_record_for_user(user, pk: int) -> SupervisionRecord:
    try:
        record = SupervisionRecord.objects.select_related("measure__problem__inspection__inspected_unit", "unit",
                                                          "issued_by", "evidence").get(pk=pk)
    except (SupervisionRecord.DoesNotExist, ValueError) as exc:
        raise Http404("没有找到该督办记录") from exc
    get_measure_for_user(user, record.measure_id)
    return record


def get_assignment_for_user(user, pk: int) -> Assignment:
    try:
        assignment = Assignment.objects.select_related("measure__problem", "unit").get(pk=pk)
    except (Assignment.DoesNotExist, ValueError) as exc:
        raise Http404("没有找到该交办事项") from exc
    get_measure_for_user(user, assignment.measure_id)
    if user.role == Role.UNIT and not services.unit_may_sign_for(user, assignment):
        raise Http404("没有找到该交办事项")
    return assignment


def _units_for(user):
    root_path = "/" + user.unit.path.strip("/").split("/")[0] + "/" if user.unit_id else None
    return Unit.objects.filter(path__startswith=root_path) if root_path else Unit.objects.none()


# --- the ladder -----------------------------------------------------------------------------------------------

@login_required
def ladder_edit(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE, Role.LEADER)
    steps = ladder.steps_for(inspection)
    form = forms.LadderForm(request.POST or None, steps=steps,
                            initial={"ack_reminder_days": ladder.ack_reminder_days(inspection)})
    if request.method == "POST":
        require_role(request.user, Role.OFFICE)
        if form.is_valid():
            try:
                services.ladder_save(user=request.user, inspection=inspection, steps=form.steps(),
                                     ack_reminder_days=form.cleaned_data["ack_reminder_days"])
            except WorkflowError as exc:
                _fail(form, exc)
            else:
                messages.success(request, "督办阶梯已保存。")
                return redirect("supervision:ladder", inspection.pk)
    return render(request, "supervision/ladder.html", {
        "inspection": inspection, "form": form, "steps": steps, "defaults": ladder.DEFAULT_STEPS,
        "can_manage": request.user.role == Role.OFFICE, "nav": "inspections"})


# --- 督办 records ---------------------------------------------------------------------------------------------

@login_required
def record_create(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    from django.utils import timezone

    form = forms.SupervisionRecordForm(request.POST or None, request.FILES or None, initial={
        "issued_on": timezone.localdate(), "kind": request.GET.get("kind", "order")})
    if request.method == "POST" and form.is_valid():
        try:
            record = services.supervision_record_create(user=request.user, measure=measure, **form.cleaned_data)
        except WorkflowError as exc:
            _fail(form, exc)
        else:
            messages.success(request, "督办记录已登记。")
            return redirect("supervision:record_detail", record.pk)
    return _form(request, form, title="登记督办记录", submit="登记", multipart=True,
                 intro=f"问题{measure.problem.seq}：{measure.problem.statement}\n措施{measure.seq}：{measure.text}",
                 back=reverse("measure_detail", args=[measure.pk]))


@login_required
def record_detail(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_record_for_user(request.user, pk)
    return render(request, "supervision/record_detail.html", {"record": record, "document": supervision_notice(record),
                                                              "nav": "inspections"})


@login_required
def record_docx(request: HttpRequest, pk: int) -> HttpResponse:
    record = get_record_for_user(request.user, pk)
    return _docx(supervision_notice(record), f"督办通知单-{record.unit.label}-{record.issued_on:%Y%m%d}.docx")


@login_required
def record_list(request: HttpRequest) -> HttpResponse:
    """Every 督办 record in the user's scope; ?unit= narrows to one unit's subtree (the unit's page)."""
    user = request.user
    # The inspection is on every row (its name), one join rather than a query a row.
    qs = selectors.supervision_records().select_related("measure__problem__inspection").filter(
        measure__problem__inspection__in=inspections_for_user(user))
    if user.role == Role.UNIT:
        qs = qs.filter(unit_paths_q(user, "unit"))
    unit = None
    if request.GET.get("unit"):
        unit = _units_for(user).filter(pk=request.GET["unit"]).first() if request.GET["unit"].isdigit() else None
        if unit is None:
            raise Http404("没有找到该单位")
        qs = qs.filter(unit__path__startswith=unit.path)
    page = CappedPage(qs.values_list("pk", flat=True), request.GET.get("page"), PAGE_SIZE,
                      capped=user.role != Role.UNIT).fill(qs)
    return render(request, "supervision/record_list.html", {"page": page, "unit": unit, "nav": "supervision",
                                                            "query": f"unit={unit.pk}" if unit else ""})


# --- 签收 ----------------------------------------------------------------------------------------------------

@login_required
def assignments(request: HttpRequest) -> HttpResponse:
    """A unit's measures waiting to be signed for; for the office, the ones sent back to re-assign."""
    user = request.user
    require_role(user, Role.UNIT, Role.OFFICE)
    qs = Assignment.objects.filter(measure__problem__inspection__in=inspections_for_user(user)).select_related(
        "measure__problem__inspection", "unit", "acted_by")
    if user.role == Role.UNIT:
        qs = qs.filter(unit_paths_q(user, "unit"), state=AssignmentState.PENDING)
    else:
        qs = qs.filter(state__in=[AssignmentState.REJECTED, AssignmentState.PENDING])
    # The office's work first: assignments sent back, waiting to be re-assigned.
    first = Case(When(state=AssignmentState.REJECTED, then=Value(0)), default=Value(1), output_field=IntegerField())
    qs = qs.order_by(first, "assigned_on", "id")
    page = CappedPage(qs.values_list("pk", flat=True), request.GET.get("page"), PAGE_SIZE,
                      capped=user.role != Role.UNIT).fill(qs)
    return render(request, "supervision/assignments.html", {"page": page, "reject_form": forms.RejectForm(),
                                                            "nav": "assignments"})


@login_required
@require_POST
def assignment_acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_assignment_for_user(request.user, pk)
    require_role(request.user, Role.UNIT)
    try:
        services.assignment_acknowledge(user=request.user, assignment=assignment)
        messages.success(request, "已签收。")
    except WorkflowError as exc:
        messages.error(request, str(exc))
    return redirect("supervision:assignments")


@login_required
def assignment_reject(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_assignment_for_user(request.user, pk)
    require_role(request.user, Role.UNIT)
    form = forms.RejectForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_reject(user=request.user, assignment=assignment, reason=form.cleaned_data["reason"])
        except WorkflowError as exc:
            _fail(form, exc)
        else:
            messages.success(request, "已退回整改办重新交办。")
            return redirect("supervision:assignments")
    return _form(request, form, title="退回交办", submit="退回整改办", intro=_intro(assignment),
                 back=reverse("supervision:assignments"))


@login_required
def assignment_reassign(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_assignment_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    form = forms.ReassignForm(request.POST or None, units=_units_for(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            services.assignment_reassign(user=request.user, assignment=assignment, unit=form.cleaned_data["unit"])
        except WorkflowError as exc:
            _fail(form, exc)
        else:
            messages.success(request, "已重新交办。")
            return redirect("supervision:assignments")
    return _form(request, form, title="重新交办", submit="交办",
                 intro=_intro(assignment) + f"\n{assignment.unit.label}退回理由：{assignment.reason}",
                 back=reverse("supervision:assignments"))


@login_required
@require_POST
def assignment_sync(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    from django.utils import timezone

    n = services.assignments_sync(today=timezone.localdate(), inspection=inspection)
    messages.success(request, f"已向责任单位交办{n}项整改措施，待其签收。" if n else "没有需要交办的措施。")
    return redirect("inspection_detail", inspection.pk)


# --- 调度 rounds ------------------------------------------------------------------------------------------------

@login_required
def round_list(request: HttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICE, Role.LEADER)
    try:
        body = services.body_of(request.user)
    except WorkflowError:
        raise PermissionDenied("您的账号未设所属单位") from None
    qs = ProgressRound.objects.filter(body=body).prefetch_related("inspections")
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "supervision/round_list.html", {"page": page, "nav": "rounds",
                                                           "can_manage": request.user.role == Role.OFFICE})


@login_required
def round_create(request: HttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICE)
    form = forms.RoundForm(request.POST or None, inspections=inspections_for_user(request.user))
    if request.method == "POST" and form.is_valid():
        try:
            rnd = services.round_open(user=request.user, **form.cleaned_data)
        except WorkflowError as exc:
            _fail(form, exc)
        else:
            messages.success(request, f"已发起{rnd.title}，已通知各责任单位。")
            return redirect("supervision:round_detail", rnd.pk)
    return _form(request, form, title="发起调度", submit="发起并通知责任单位", back=reverse("supervision:round_list"),
                 intro="调度范围内所有未销号的整改措施须在截止日前报送最新进展；发起后立即通知各责任单位。")


@login_required
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    rnd = get_round_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE, Role.LEADER)
    status = selectors.round_status(rnd)
    entries = selectors.round_entries(rnd)
    show = request.GET.get("show", "")
    if show == "missing":
        entries = entries.filter(update__isnull=True) if rnd.state == RoundState.CLOSED else entries
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    reports = selectors.round_reports(rnd) if rnd.state == RoundState.OPEN else None
    for e in page:
        if reports is not None:
            e.live_update, e.live_late = reports.get(e.measure_id, (None, False))
            e.now = e.measure.progress
        else:
            e.live_update, e.live_late, e.now = e.update_id, e.reported_late, e.progress_after
    return render(request, "supervision/round_detail.html", {
        "round": rnd, "status": status, "page": page, "inspections": rnd.inspections.all(), "nav": "rounds",
        "can_manage": request.user.role == Role.OFFICE and rnd.state == RoundState.OPEN})


@login_required
@require_POST
def round_close(request: HttpRequest, pk: int) -> HttpResponse:
    rnd = get_round_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    try:
        services.round_close(user=request.user, round=rnd)
        messages.success(request, f"{rnd}已结束，调度通报已生成。")
    except WorkflowError as exc:
        messages.error(request, str(exc))
        return redirect("supervision:round_detail", rnd.pk)
    return redirect("supervision:round_bulletin", rnd.pk)


def _closed_round(request, pk):
    rnd = get_round_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE, Role.LEADER)
    if rnd.state != RoundState.CLOSED:
        raise Http404("调度结束后才有调度通报")
    return rnd, round_bulletin(selectors.round_status(rnd), rnd.body.name)


@login_required
def round_bulletin_view(request: HttpRequest, pk: int) -> HttpResponse:
    rnd, document = _closed_round(request, pk)
    return render(request, "supervision/round_bulletin.html", {"round": rnd, "document": document, "nav": "rounds"})


@login_required
def round_bulletin_docx(request: HttpRequest, pk: int) -> HttpResponse:
    rnd, document = _closed_round(request, pk)
    return _docx(document, f"{rnd}通报.docx")


# --- 考核 -----------------------------------------------------------------------------------------------------------

@login_required
def ranking(request: HttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICE, Role.LEADER)
    form = forms.PeriodForm(request.GET)
    if not form.is_valid():
        return render(request, "supervision/ranking.html", {"form": form, "page": None, "nav": "ranking"})
    body = services.body_of(request.user)
    weights = selectors.weights_for(body)
    scores = selectors.unit_scores(inspections_for_user(request.user), start=form.cleaned_data["start"],
                                   end=form.cleaned_data["end"], weights=weights)
    page = Paginator(scores, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "supervision/ranking.html", {
        "form": form, "page": page, "weights": weights, "query": query.urlencode(), "nav": "ranking",
        "start": form.cleaned_data["start"], "end": form.cleaned_data["end"],
        "can_manage": request.user.role == Role.OFFICE})


@login_required
def ranking_export(request: HttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICE, Role.LEADER)
    form = forms.PeriodForm(request.GET)
    if not form.is_valid():
        return HttpResponse("；".join(m for ms in form.errors.values() for m in ms), status=400,
                            content_type="text/plain; charset=utf-8")
    body = services.body_of(request.user)
    out = io.BytesIO()
    exporter = services.ranking_export_write(user=request.user, body=body, start=form.cleaned_data["start"],
                                             end=form.cleaned_data["end"], out=out)
    out.seek(0)
    return FileResponse(out, as_attachment=True, filename=exporter.filename(), content_type=XLSX_TYPE)


@login_required
def weights_edit(request: HttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICE)
    body = services.body_of(request.user)
    from zhenggai.supervision.models import ScoringWeights

    instance = ScoringWeights.objects.filter(body=body).first() or ScoringWeights(body=body)
    form = forms.WeightsForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        try:
            services.scoring_weights_save(user=request.user, values=form.cleaned_data)
        except WorkflowError as exc:
            _fail(form, exc)
        else:
            messages.success(request, "考核权重已保存。")
            return redirect("supervision:ranking")
    return _form(request, form, title="考核权重", submit="保存", back=reverse("supervision:ranking"),
                 intro="综合得分 = 100 − 各项扣分，最低0分。默认：未按时报送满扣30分（按未按时比例）、每项逾期措施扣5分、"
                       "退回率满扣15分、销号平均每天扣0.2分、每次回头看反弹扣5分、每次被督办扣3分。")
