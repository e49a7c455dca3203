"""Pages of the ledger. Each view: load with a scope check → validate a form → call one service → redirect."""
from __future__ import annotations

import datetime as dt
import hashlib
from array import array
from collections import Counter

from django.contrib import messages
from django.core.cache import cache
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from zhenggai.accounts.models import Role, Unit
from zhenggai.accounts.scope import (
    can_report_on,
    get_inspection_for_user,
    get_measure_for_user,
    get_problem_for_user,
    inspections_for_user,
    require_role,
    user_answers_for,
)
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.paging import SlicePage, slice_page
from zhenggai.ledger import evidence as evidence_store
from zhenggai.ledger import dossier, forms, services
from zhenggai.ledger.filters import SORTS, FilterError, LedgerFilter
from zhenggai.ledger.models import (
    LIGHT_RANK,
    EvidenceFile,
    ExtensionRequest,
    ExtensionState,
    Inspection,
    Light,
    Measure,
    Problem,
    ProblemStatus,
    SignOffRequest,
    SignOffState,
)
from zhenggai.ledger.selectors import (
    created_by_import,
    inspection_headline,
    inspection_headlines,
    light_of,
    measures_with_light,
    measures_with_lights,
    today,
)
from zhenggai.ledger.once import AlreadySubmitted, once_key, submit_once
from zhenggai.ledger.page_cache import cached_inspection_page
from zhenggai.ledger.workflow import Action, MeasureState, WorkflowError, next_state

PAGE_SIZE = 30
MY_WORK_PAGE_SIZE = 50


class CountedPaginator(Paginator):
    """A paginator told its count, where counting the listed queryset itself would cost more than the page."""

    def __init__(self, object_list, per_page: int, *, count: int) -> None:
        super().__init__(object_list, per_page)
        self._count = count

    @property
    def count(self) -> int:
        return self._count


def _units_for(user) -> "QuerySet[Unit]":  # noqa: F821
    if user.is_superuser or user.unit_id is None:
        return Unit.objects.all()
    root_path = "/" + user.unit.path.strip("/").split("/")[0] + "/"
    return Unit.objects.filter(path__startswith=root_path)


def _form_page(request, *, form, title: str, crumbs: list[tuple[str, str]], submit: str = "保存", multipart: bool = False,
               intro: str = "") -> HttpResponse:
    return render(request, "ledger/form.html", {"form": form, "title": title, "crumbs": crumbs, "submit": submit,
                                                "multipart": multipart, "intro": intro, "once": once_key(request)})


def _act_once(request, act, *, success: str, then, already: tuple, done=None) -> HttpResponse:
    """Run a form's action at most once (see `zhenggai.ledger.once`) and redirect: to `then(result)` with
    `success`, or to `already` when this form was sent before, saying what was done (`done()`, when given).
    A WorkflowError reaches the caller's form."""
    try:
        result = submit_once(request, act)
    except AlreadySubmitted as exc:
        messages.info(request, done() if done is not None else str(exc))
        return redirect(*already)
    messages.success(request, success)
    return redirect(*then(result))


def _crumbs(inspection=None, problem=None, measure=None) -> list[tuple[str, str]]:
    items = [("巡察整改", reverse("inspection_list"))]
    if inspection is not None:
        items.append((inspection.name, reverse("inspection_detail", args=[inspection.pk])))
    if problem is not None:
        items.append((f"问题{problem.seq}", reverse("problem_detail", args=[problem.pk])))
    if measure is not None:
        items.append((f"措施{measure.seq}", reverse("measure_detail", args=[measure.pk])))
    return items


def _ledger_fields(form, *, current_seq: int | None = None) -> tuple[dict, list, int | None]:
    """A problem or measure form's cleaned data as service arguments: fields, co-units, version."""
    data = dict(form.cleaned_data)
    co_units = data.pop("co_units")
    deadline = data.pop("deadline")
    version = data.pop("version", None)
    data.update(deadline_kind=deadline.kind.value, deadline_date=deadline.date)
    if data.get("seq") is None and current_seq is not None:
        data["seq"] = current_seq
    return data, co_units, version


# --- home, inspections --------------------------------------------------------------------------------------

@login_required
def home(request: HttpRequest) -> HttpResponse:
    if request.user.role == Role.UNIT:
        return redirect("my_work")
    return redirect("inspection_list")


@login_required
def inspection_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(inspections_for_user(request.user), PAGE_SIZE).get_page(request.GET.get("page"))
    headlines = inspection_headlines(page.object_list, cached=True)  # the page's, from the cache when unchanged
    rows = [(i, headlines[i.pk]) for i in page.object_list]
    return render(request, "ledger/inspection_list.html", {"rows": rows, "page": page, "query": "",
                                                           "nav": "inspections"})


@login_required
def inspection_create(request: HttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICE)
    form = forms.InspectionForm(request.POST or None, units=_units_for(request.user))
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        return _act_once(request, lambda: services.inspection_create(user=request.user, fields=fields),
                         success="已创建巡察整改。", then=lambda i: ("inspection_detail", i.pk),
                         already=("inspection_list",))
    return _form_page(request, form=form, title="新建巡察整改", crumbs=_crumbs())


@login_required
def inspection_edit(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    form = forms.InspectionForm(request.POST or None, instance=inspection, units=_units_for(request.user))
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        try:
            services.inspection_update(user=request.user, inspection=inspection, fields=fields,
                                       version=form.cleaned_data.get("version"))
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已保存。")
            return redirect("inspection_detail", inspection.pk)
    return _form_page(request, form=form, title="修改巡察信息", crumbs=_crumbs(inspection))


def _confirm_page(request, *, title: str, crumbs, back: str, explanation: str = "", items=(), refused: str = "",
                  form=None, submit: str = "确认") -> HttpResponse:
    return render(request, "ledger/confirm.html", {
        "title": title, "crumbs": crumbs, "back": back, "explanation": explanation, "items": items,
        "refused": refused, "form": form or forms.ConfirmForm(), "submit": submit, "once": once_key(request)})


@login_required
def inspection_archive(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    form = forms.ArchiveForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            return _act_once(request, lambda: services.inspection_archive(user=request.user, inspection=inspection,
                                                                           reason=form.cleaned_data["reason"]),
                             success=f"已归档《{inspection.name}》：它不再计入任何统计，可在“已归档的巡察”中恢复。",
                             then=lambda _: ("archived_list",), already=("archived_list",))
        except WorkflowError as exc:
            form.add_error(None, str(exc))
    imports = inspection.import_jobs.filter(status="committed").order_by("committed_at")
    return _confirm_page(request, title=f"归档巡察（撤回导入）：{inspection.name}", crumbs=_crumbs(inspection),
                         back=reverse("inspection_detail", args=[inspection.pk]), form=form, submit="归档",
                         explanation="归档后，该巡察及其问题、措施不再出现在任何列表、统计、挂图作战、公开页面和接口中；"
                                     "数据不删除，随时可以恢复。",
                         items=[f"由文档《{j.file_name}》于{j.committed_at:%Y-%m-%d %H:%M}导入" for j in imports])


@login_required
def archived_list(request: HttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICE)
    return render(request, "ledger/archived_list.html", {
        "inspections": services.archived_inspections_for_user(request.user), "nav": "inspections"})


@login_required
@require_POST
def inspection_restore(request: HttpRequest, pk: int) -> HttpResponse:
    require_role(request.user, Role.OFFICE)
    inspection = get_object_or_404(services.archived_inspections_for_user(request.user), pk=pk)
    try:
        services.inspection_restore(user=request.user, inspection=inspection)
    except WorkflowError as exc:
        messages.error(request, str(exc))
        return redirect("archived_list")
    messages.success(request, f"已恢复《{inspection.name}》。")
    return redirect("inspection_detail", inspection.pk)


@login_required
@cached_inspection_page
def inspection_detail(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    headline = inspection_headline(inspection, cached=True)
    overdue = (
        measures_with_light(inspection).filter(light_rank=LIGHT_RANK[Light.RED])
        .select_related("problem", "lead_unit").order_by("deadline_date")[:10]
    )
    categories = inspection.categories.annotate(n=Count("problems"))
    chart_units = {"names": [r.unit_name for r in headline.by_unit], "ids": [r.unit_id for r in headline.by_unit]}
    for light in Light:
        chart_units[light.value] = [r.lights.get(light.value, 0) for r in headline.by_unit]
    return render(request, "ledger/inspection_detail.html", {
        "chart_units": chart_units,
        "inspection": inspection, "h": headline, "overdue": overdue, "categories": categories,
        "lights": [(light, headline.lights[light.value]) for light in Light], "nav": "inspections",
        "can_manage": request.user.role == Role.OFFICE,
    })


# --- problems -------------------------------------------------------------------------------------------------

PROBLEM_COUNTS_CACHE_SECONDS = 300


def _problem_list_counts(inspection: Inspection, user, ledger_filter: LedgerFilter) -> tuple[int, int]:
    """How many problems and measures the filter matches in the user's scope, counted without the status and light
    annotations (which would group and light every problem), and kept under the inspection's ledger token (the
    triggers rotate it on any write to its problems, measures, categories or rules), the user and the day (the
    light and due filters move with the date), for at most PROBLEM_COUNTS_CACHE_SECONDS: at 1M measures the two
    counts were a third of a unit user's page, and they are the same on every page of the list."""
    params = repr(sorted(ledger_filter.as_params().items())).encode()
    key = (f"zg:problem-counts:{inspection.pk}:{inspection.ledger_token}:{user.pk}:{today().isoformat()}:"
           f"{hashlib.blake2b(params, digest_size=12).hexdigest()}")
    counts = cache.get(key)
    if counts is None:
        counts = (ledger_filter.matching_problems(inspection, user=user).count(),
                  ledger_filter.measures(inspection, user=user).count())
        cache.set(key, counts, PROBLEM_COUNTS_CACHE_SECONDS)
    return counts


@login_required
@cached_inspection_page
def problem_list(request: HttpRequest, pk: int) -> HttpResponse:
    """The problem list and its downloads read one filter (zhenggai.ledger.filters); a bad value shows its
    error and lists nothing, as the download of the same query string would refuse it."""
    inspection = get_inspection_for_user(request.user, pk)
    units = _units_for(request.user)
    errors: list[str] = []
    try:
        ledger_filter = LedgerFilter.from_params(request.GET)
    except FilterError as exc:
        errors, ledger_filter = exc.messages, None
    if ledger_filter is None:
        qs, count, measure_count = Problem.objects.none(), 0, 0
    else:
        qs = (ledger_filter.problems(inspection, user=request.user).select_related("category", "lead_unit")
              .order_by(*ledger_filter.ordering))
        count, measure_count = _problem_list_counts(inspection, request.user, ledger_filter)
    page = CountedPaginator(qs, PAGE_SIZE, count=count).get_page(request.GET.get("page"))
    for problem in page:
        problem.light = light_of(problem.light_rank) if problem.light_rank is not None else None
    query = request.GET.copy()
    query.pop("page", None)
    filtered = ledger_filter is not None and bool(ledger_filter.as_params())
    return render(request, "ledger/problem_list.html", {
        "inspection": inspection, "page": page, "errors": errors, "query": query.urlencode(),
        "filtered": filtered, "measure_count": measure_count,
        "measure_filtered": ledger_filter is not None and ledger_filter.has_measure_filters,
        "units": units, "categories": inspection.categories.all(),
        "statuses": ProblemStatus.choices, "lights": Light.choices, "sorts": [(k, v[0]) for k, v in SORTS.items()],
        "params": request.GET, "nav": "inspections",
        "can_manage": request.user.role == Role.OFFICE, "crumbs": _crumbs(inspection),
    })


@login_required
def problem_detail(request: HttpRequest, pk: int) -> HttpResponse:
    problem = get_problem_for_user(request.user, pk)
    inspection = problem.inspection
    measures = list(measures_with_light(inspection, problem.measures.select_related("lead_unit").prefetch_related("co_units")))
    on = today()
    for m in measures:
        m.light = light_of(m.light_rank)
        m.expected = m.expected_progress(on)
        m.behind = m.is_behind_schedule(on)
    all_done = bool(measures) and all(m.is_signed_off for m in measures)
    last_sign_off = max((m.signed_off_at for m in measures if m.signed_off_at), default=None)
    follow_up_due = last_sign_off.date() + dt.timedelta(days=inspection.follow_up_days) if all_done and last_sign_off else None
    follow_ups = list(problem.follow_ups.select_related("checked_by", "new_measure"))
    # The hint goes once a follow-up is recorded after the last sign-off.
    follow_up_done = bool(last_sign_off) and any(f.checked_on >= last_sign_off.date() for f in follow_ups)
    return render(request, "ledger/problem_detail.html", {
        "inspection": inspection, "problem": problem, "measures": measures, "co_units": problem.co_units.all(),
        "follow_ups": follow_ups, "all_done": all_done, "follow_up_done": follow_up_done,
        "follow_up_due": follow_up_due, "can_manage": request.user.role == Role.OFFICE, "nav": "inspections",
        "crumbs": _crumbs(inspection),
    })


@login_required
def problem_create(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    form = forms.ProblemForm(request.POST or None, inspection=inspection, units=_units_for(request.user))
    if request.method == "POST" and form.is_valid():
        data, co_units, _version = _ledger_fields(form)
        return _act_once(request, lambda: services.problem_create(user=request.user, inspection=inspection,
                                                                   fields=data, co_units=co_units),
                         success="已新增问题，请继续添加整改措施。", then=lambda p: ("problem_detail", p.pk),
                         already=("problem_list", inspection.pk))
    return _form_page(request, form=form, title="新增问题", crumbs=_crumbs(inspection))


@login_required
def problem_edit(request: HttpRequest, pk: int) -> HttpResponse:
    problem = get_problem_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    form = forms.ProblemForm(request.POST or None, instance=problem, inspection=problem.inspection,
                             units=_units_for(request.user))
    if request.method == "POST" and form.is_valid():
        data, co_units, version = _ledger_fields(form, current_seq=problem.seq)
        try:
            services.problem_update(user=request.user, problem=problem, fields=data, co_units=co_units, version=version)
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已保存。")
            return redirect("problem_detail", problem.pk)
    return _form_page(request, form=form, title=f"修改问题{problem.seq}", crumbs=_crumbs(problem.inspection, problem))


@login_required
def category_list(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    form = forms.CategoryForm(request.POST or None)
    if request.method == "POST":
        require_role(request.user, Role.OFFICE)
        if form.is_valid():
            services.category_create(user=request.user, inspection=inspection, **form.cleaned_data)
            messages.success(request, "已新增类别。")
            return redirect("category_list", inspection.pk)
    return render(request, "ledger/category_list.html", {
        "inspection": inspection, "categories": inspection.categories.annotate(n=Count("problems")), "form": form,
        "can_manage": request.user.role == Role.OFFICE, "crumbs": _crumbs(inspection), "nav": "inspections"})


@login_required
def category_edit(request: HttpRequest, pk: int, category_pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    category = get_object_or_404(inspection.categories, pk=category_pk)
    form = forms.CategoryForm(request.POST or None, instance=category)
    if request.method == "POST" and form.is_valid():
        services.category_update(user=request.user, category=category, **form.cleaned_data)
        messages.success(request, "已保存。")
        return redirect("category_list", inspection.pk)
    return _form_page(request, form=form, title="修改类别", crumbs=_crumbs(inspection))


# --- measures ---------------------------------------------------------------------------------------------------

@login_required
def measure_create(request: HttpRequest, pk: int) -> HttpResponse:
    problem = get_problem_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    form = forms.MeasureForm(request.POST or None, inspection=problem.inspection, units=_units_for(request.user),
                             initial={"lead_unit": problem.lead_unit_id})
    if request.method == "POST" and form.is_valid():
        data, co_units, _version = _ledger_fields(form)
        return _act_once(request, lambda: services.measure_create(user=request.user, problem=problem, fields=data,
                                                                   co_units=co_units),
                         success="已新增整改措施。", then=lambda _: ("problem_detail", problem.pk),
                         already=("problem_detail", problem.pk))
    return _form_page(request, form=form, title=f"为问题{problem.seq}新增整改措施", crumbs=_crumbs(problem.inspection, problem))


@login_required
def measure_edit(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    problem = measure.problem
    form = forms.MeasureForm(request.POST or None, instance=measure, inspection=problem.inspection,
                             units=_units_for(request.user))
    if request.method == "POST" and form.is_valid():
        data, co_units, version = _ledger_fields(form, current_seq=measure.seq)
        try:
            services.measure_update(user=request.user, measure=measure, fields=data, co_units=co_units, version=version)
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已保存。")
            return redirect("measure_detail", measure.pk)
    return _form_page(request, form=form, title="修改整改措施", crumbs=_crumbs(problem.inspection, problem, measure))


@login_required
def measure_delete(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    problem = measure.problem
    label = f"措施{problem.seq}.{measure.seq}"
    form = forms.ConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            return _act_once(request, lambda: services.measure_delete(user=request.user, measure=measure),
                             success=f"已删除误建的{label}（内容保留在审计日志中）。",
                             then=lambda _: ("problem_detail", problem.pk), already=("problem_detail", problem.pk))
        except WorkflowError as exc:
            form.add_error(None, str(exc))
    why = services.measure_work_recorded(measure)
    return _confirm_page(request, title=f"删除误建的{label}", crumbs=_crumbs(problem.inspection, problem, measure),
                         back=reverse("measure_detail", args=[measure.pk]), form=form, submit="删除",
                         refused=f"不能删除：{why}。已经开展工作的措施请修改，不要删除。" if why else "",
                         explanation="只有尚未开展任何工作（没有进展报送、销号或延期申请、佐证材料）的措施可以删除。"
                                     "删除后无法在台账中恢复，内容保留在审计日志中。", items=[measure.text])


@login_required
def problem_delete(request: HttpRequest, pk: int) -> HttpResponse:
    problem = get_problem_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    inspection = problem.inspection
    form = forms.ConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            return _act_once(request, lambda: services.problem_delete(user=request.user, problem=problem),
                             success=f"已删除误建的问题{problem.seq}（内容保留在审计日志中）。",
                             then=lambda _: ("problem_list", inspection.pk), already=("problem_list", inspection.pk))
        except WorkflowError as exc:
            form.add_error(None, str(exc))
    measures = list(problem.measures.all())
    blocked = [f"措施{problem.seq}.{m.seq}{why}" for m in measures if (why := services.measure_work_recorded(m))]
    if problem.follow_ups.exists():
        blocked.append("已有回头看记录")
    return _confirm_page(request, title=f"删除误建的问题{problem.seq}", crumbs=_crumbs(inspection, problem),
                         back=reverse("problem_detail", args=[problem.pk]), form=form, submit="删除",
                         refused=f"不能删除：{'；'.join(blocked)}。已经开展工作的问题请修改，不要删除。" if blocked else "",
                         explanation=f"将删除问题及其{len(measures)}条措施。只有尚未开展任何工作的问题可以删除；"
                                     "内容保留在审计日志中。",
                         items=[problem.statement] + [f"措施{problem.seq}.{m.seq}：{m.text}" for m in measures])


def _timeline(measure: Measure) -> list[dict]:
    """Updates, sign-off steps, extensions and the audit trail, newest first, in one list."""
    items: list[dict] = []
    for update in measure.updates.select_related("author", "unit").prefetch_related("evidence"):
        items.append({"when": update.created_at, "kind": "progress", "title": f"报送进展（进度{update.progress}%）" if update.progress is not None else "配合单位报送配合工作情况",
                      "who": update.author, "text": update.text, "files": list(update.evidence.all()),
                      "date": update.reported_on})
    for event in AuditEvent.objects.filter(measure_id=measure.pk).exclude(action="measure.progress"):
        items.append({"when": event.created_at, "kind": "audit", "title": event.action_label, "who_name": event.actor_name,
                      "text": event.note or (event.after or {}).get("completion_note", "") or (event.after or {}).get("reason", "")})
    # An import writes one event for all the measures it creates; each of them shows it.
    for event in AuditEvent.objects.filter(inspection_id=measure.problem.inspection_id, action="import.commit"):
        if created_by_import(event.after or {}, measure.pk):
            items.append({"when": event.created_at, "kind": "audit", "title": "由导入文档创建", "who_name": event.actor_name,
                          "text": f"据《{event.after.get('file', '')}》导入台账（下达日期记为{measure.created_on:%Y年%m月%d日}）"})
    items.sort(key=lambda i: i["when"], reverse=True)
    return items


@login_required
def measure_detail(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    inspection = measure.problem.inspection
    measure = measures_with_light(inspection, Measure.objects.filter(pk=measure.pk).select_related(
        "problem__inspection", "problem__category", "lead_unit")).get()
    measure.light = light_of(measure.light_rank)
    on = today()
    user = request.user
    allowed = {a: services.can_act(user, measure, a) for a in Action.values}
    pending_ext = measure.extensions.filter(state=ExtensionState.PENDING).first()
    return render(request, "ledger/measure_detail.html", {
        "inspection": inspection, "problem": measure.problem, "measure": measure, "co_units": measure.co_units.all(),
        "expected": measure.expected_progress(on), "behind": measure.is_behind_schedule(on),
        "timeline": _timeline(measure), "evidence": measure.evidence.all(),
        "sign_offs": measure.sign_offs.select_related("requested_by", "reviewed_by", "approved_by"),
        "extensions": measure.extensions.select_related("requested_by", "decided_by"),
        "pending_ext": pending_ext,
        "can_report": allowed[Action.REPORT_PROGRESS],
        "can_request": allowed[Action.REQUEST_SIGN_OFF], "can_withdraw": allowed[Action.WITHDRAW],
        "can_review": allowed[Action.REVIEW_PASS], "can_approve": allowed[Action.APPROVE],
        "can_extend": user.role == Role.UNIT and not measure.is_signed_off and pending_ext is None
        and user_answers_for(user, measure, lead_only=True),
        "can_decide_ext": pending_ext is not None and user.role in (Role.LEADER, Role.OFFICE)
        and pending_ext.requested_by_id != user.pk,
        "can_delete": user.role == Role.OFFICE and not services.measure_work_recorded(measure),
        "can_manage": user.role == Role.OFFICE, "progress_form": forms.ProgressForm(initial={"progress": measure.progress}),
        "crumbs": _crumbs(inspection, measure.problem), "nav": "inspections",
    })


def _step(request, measure, form_class, title: str, submit: str, act, success: str, multipart: bool = False,
          initial=None, form_kwargs=None, context=None):
    """Shared shape of the workflow forms: show, validate, call the service, redirect or show the error.

    With `context` the page is a decision page (ledger/decision.html): what the decision needs beside the form.
    """
    data = (request.POST or None, request.FILES or None) if multipart else (request.POST or None,)
    form = form_class(*data, initial=initial, **(form_kwargs or {}))
    if request.method == "POST" and not (context or {}).get("decided") and form.is_valid():
        try:
            return _act_once(request, lambda: act(form.cleaned_data), success=success,
                             then=lambda _: ("measure_detail", measure.pk), already=("measure_detail", measure.pk),
                             done=lambda: dossier.what_was_done(measure_id=measure.pk, user=request.user))
        except WorkflowError as exc:
            form.add_error(None, str(exc))
    crumbs = _crumbs(measure.problem.inspection, measure.problem, measure)
    if context is not None:
        if request.method == "POST" and context.get("decided"):
            messages.info(request, f"{context['decided']}，本次提交未重复处理。")
            return redirect("measure_detail", measure.pk)
        return render(request, "ledger/decision.html", {
            "form": form, "title": title, "submit": submit, "multipart": multipart, "crumbs": crumbs,
            "once": once_key(request), "nav": "inspections" if context.get("request_page") else "review", **context})
    intro = f"问题{measure.problem.seq}：{measure.problem.statement}\n措施{measure.seq}：{measure.text}"
    return _form_page(request, form=form, title=title, submit=submit, multipart=multipart, intro=intro,
                      crumbs=crumbs)


@login_required
def measure_progress(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    if not can_report_on(request.user, measure):
        raise PermissionDenied("只有该措施的责任单位或整改办可以报送进展")
    sets = services.sets_percentage(request.user, measure)
    if request.method == "GET" and not services.can_act(request.user, measure, Action.REPORT_PROGRESS):
        try:
            next_state(measure.state, Action.REPORT_PROGRESS, request.user.role)
        except WorkflowError as exc:
            messages.info(request, str(exc))
        return redirect("measure_detail", measure.pk)
    return _step(request, measure, forms.ProgressForm, "报送整改进展" if sets else "报送配合工作情况", "报送",
                 multipart=True, form_kwargs={"sets_percentage": sets},
                 initial={"progress": measure.progress, "reported_on": today()},
                 act=lambda d: services.measure_report_progress(user=request.user, measure=measure, text=d["text"],
                                                                progress=d.get("progress"), reported_on=d["reported_on"],
                                                                files=d["files"]),
                 success="进展已报送。" if sets else "配合工作情况已报送（进度由牵头单位报送）。")


@login_required
def measure_request_sign_off(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    require_role(request.user, Role.UNIT)
    folder = dossier.measure_dossier(measure)
    return _step(request, measure, forms.SignOffRequestForm, "申请销号", "提交销号申请", multipart=True,
                 initial={"completion_note": measure.completion_note, "completion_date": today()},
                 act=lambda d: services.measure_request_sign_off(user=request.user, measure=measure,
                                                                 completion_note=d["completion_note"],
                                                                 completion_date=d["completion_date"], files=d["files"]),
                 success="销号申请已提交，等待整改办审核。",
                 context={"dossier": folder, "form_title": "填写销号申请", "request_page": True})


@login_required
@require_POST
def measure_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    require_role(request.user, Role.UNIT)
    try:
        services.measure_withdraw_sign_off(user=request.user, measure=measure)
        messages.success(request, "已撤回销号申请。")
    except WorkflowError as exc:
        messages.error(request, str(exc))
    return redirect("measure_detail", measure.pk)


@login_required
def measure_review(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    return _step(request, measure, forms.DecisionForm, "整改办审核销号申请", "提交审核意见",
                 act=lambda d: services.measure_review(user=request.user, measure=measure, passed=d["decision"] == "pass",
                                                       note=d["note"]),
                 success="审核意见已提交。",
                 context={"dossier": dossier.measure_dossier(measure), "form_title": "审核意见",
                          "decided": dossier.already_decided(measure, Action.REVIEW_PASS),
                          "decided_title": "该销号申请已经审核"})


@login_required
def measure_approve(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    require_role(request.user, Role.LEADER)
    return _step(request, measure, forms.DecisionForm, "领导审批销号", "提交审批意见",
                 act=lambda d: services.measure_approve(user=request.user, measure=measure,
                                                        approved=d["decision"] == "pass", note=d["note"]),
                 success="审批意见已提交。",
                 context={"dossier": dossier.measure_dossier(measure), "form_title": "审批意见",
                          "decided": dossier.already_decided(measure, Action.APPROVE),
                          "decided_title": "该销号申请已经审批"})


@login_required
def extension_create(request: HttpRequest, pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    require_role(request.user, Role.UNIT)
    return _step(request, measure, forms.ExtensionRequestForm, "申请延期", "提交延期申请",
                 act=lambda d: services.extension_request(user=request.user, measure=measure, new_date=d["new_date"],
                                                          reason=d["reason"]),
                 success="延期申请已提交。")


@login_required
def extension_decide(request: HttpRequest, pk: int, ext_pk: int) -> HttpResponse:
    measure = get_measure_for_user(request.user, pk)
    require_role(request.user, Role.LEADER, Role.OFFICE)
    extension = get_object_or_404(ExtensionRequest.objects.select_related("requested_by", "decided_by"),
                                  pk=ext_pk, measure=measure)
    folder = dossier.measure_dossier(measure)
    days = (extension.new_date - measure.deadline_date).days if measure.deadline_date else None
    return _step(request, measure, forms.ExtensionDecisionForm, f"审批延期申请（申请延至{extension.new_date:%Y年%m月%d日}）",
                 "提交", act=lambda d: services.extension_decide(user=request.user, extension=extension,
                                                               approved=d["decision"] == "approve", note=d["note"]),
                 success="已处理延期申请。",
                 context={"dossier": folder, "form_title": "审批意见", "extension": extension, "extension_days": days,
                          "earlier_extensions": [e for e in folder.extensions if e.pk != extension.pk],
                          "decided": dossier.extension_decided(extension), "decided_title": "该延期申请已经处理"})


@login_required
def follow_up_create(request: HttpRequest, pk: int) -> HttpResponse:
    problem = get_problem_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    form = forms.FollowUpForm(request.POST or None, initial={"checked_on": today()})
    if request.method == "POST" and form.is_valid():
        try:
            return _act_once(request, lambda: services.follow_up_record(user=request.user, problem=problem,
                                                                        **form.cleaned_data),
                             success="已记录回头看结果。", then=lambda _: ("problem_detail", problem.pk),
                             already=("problem_detail", problem.pk))
        except WorkflowError as exc:
            form.add_error(None, str(exc))
    return _form_page(request, form=form, title=f"问题{problem.seq}回头看", crumbs=_crumbs(problem.inspection, problem),
                      intro=problem.statement)


def _evidence_response(request: HttpRequest, pk: int, *, inline: bool) -> FileResponse:
    evidence = get_object_or_404(EvidenceFile.objects.select_related("measure"), pk=pk)
    if evidence.measure_id is not None:
        get_measure_for_user(request.user, evidence.measure_id)  # 404 outside scope
    else:
        from zhenggai.petitions.selectors import get_case_for_user

        get_case_for_user(request.user, evidence.petition_case_id)  # 404 outside scope
    if inline and dossier.evidence_preview_kind(evidence) == "download":
        raise Http404("该类型的文件不能在线预览，请下载后查看")
    path = evidence_store.evidence_path(evidence)
    if not path.exists() or evidence_store.file_sha256(path) != evidence.sha256:
        raise Http404("文件缺失或已损坏，请联系整改办")
    response = FileResponse(open(path, "rb"), as_attachment=not inline, filename=evidence_store.download_name(evidence),
                            content_type=evidence.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    if inline and evidence.content_type == "application/pdf":
        # Chromium's PDF viewer does not run in a sandboxed document; the file was checked at upload to be
        # a PDF with no HTML in it, and nothing may be loaded from it or frame it.
        response["Content-Security-Policy"] = "default-src 'none'; object-src 'self'; frame-ancestors 'self'"
    else:
        response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    response["Cache-Control"] = "private, max-age=300"
    return response


@login_required
def evidence_download(request: HttpRequest, pk: int) -> HttpResponse:
    return _evidence_response(request, pk, inline=False)


@login_required
def evidence_view(request: HttpRequest, pk: int) -> HttpResponse:
    """An image or PDF shown in the browser (the decision pages' preview), checked as the download is."""
    return _evidence_response(request, pk, inline=True)


# --- work lists ------------------------------------------------------------------------------------------------

def _my_measures(user) -> tuple[QuerySet, QuerySet]:
    """The measures the user's unit (or one under it) leads, and those it is only a co-unit of: two disjoint
    sets, each one index lookup (the lead unit's index; the co-unit rows' index)."""
    units = Unit.objects.filter(path__startswith=user.unit.path).values("pk")
    led = Measure.objects.filter(lead_unit__in=units)
    co = Measure.objects.filter(pk__in=Measure.co_units.through.objects.filter(unit__in=units).values("measure_id")
                                ).exclude(lead_unit__in=units)
    return led, co


MY_WORK_CACHE_SECONDS = 300


def _my_work_order(user, current: list[Inspection], archived: list[int]) -> _Order:
    """(id, light rank) of the unit's open measures in my work's order, cached under every current
    inspection's ledger token (triggers rotate it on any write to a measure, problem or inspection) and the
    day, for at most MY_WORK_CACHE_SECONDS: lighting and ordering a unit's thousands of open measures was most
    of the page at 1M measures. A process reads the tokens anyway (the inspections' light settings)."""
    tokens = hashlib.blake2b(repr(sorted((i.pk, i.ledger_token) for i in current)).encode() + repr(archived).encode(),
                             digest_size=12).hexdigest()
    key = f"zg:my-work:{user.unit_id}:{today().isoformat()}:{tokens}"
    order = cache.get(key)
    if order is None:
        halves = []
        for half in _my_measures(user):
            half = half.exclude(state=MeasureState.SIGNED_OFF)
            if archived:
                half = half.exclude(problem__inspection__in=archived)
            halves.append(measures_with_lights(current, half).order_by().values_list("pk", "light_rank",
                                                                                      "deadline_date"))
        order = _Order(halves[0].union(halves[1], all=True).order_by("-light_rank", "deadline_date", "pk"))
        cache.set(key, order, MY_WORK_CACHE_SECONDS)
    return order


class _Order:
    """(id, light rank) of my work's measures in order, kept as two machine arrays: the cache hands back two byte
    strings, not a unit's thousands of tuples of ints and dates (unpickling those, and collecting them after, was
    most of the page's own time at 1M measures). Sliced like a list, a page at a time."""

    def __init__(self, rows) -> None:
        self.ids, self.ranks = array("q"), array("h")
        for pk, rank, _deadline in rows:
            self.ids.append(pk)
            self.ranks.append(-1 if rank is None else rank)

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, part: slice) -> list[tuple[int, int | None]]:
        return [(pk, None if rank < 0 else rank) for pk, rank in zip(self.ids[part], self.ranks[part])]


@login_required
def my_work(request: HttpRequest) -> HttpResponse:
    """What a unit user owes: open measures of their unit by urgency, and what was sent back.

    Read from the unit's own measures (the lead unit's index, the co-unit rows' index), not from every
    measure of the inspections in scope: the page first takes one page of ids in order (light, deadline, id)
    from the two sets appended, then loads those rows; no count over all of them (the pager shows whether
    another page follows).
    """
    user = request.user
    if user.unit_id is None:
        return render(request, "ledger/my_work.html", {"sections": [], "page": SlicePage([], 1, False),
                                                       "query": "", "nav": "my_work"})
    # Every inspection's light settings (one short query: inspections are few); the archived ones are left out.
    inspections = list(Inspection.all_objects.order_by())
    current = [i for i in inspections if i.archived_at is None]
    archived = [i.pk for i in inspections if i.archived_at is not None]
    page = _slice_page(_my_work_order(user, current, archived), request.GET.get("page"), size=MY_WORK_PAGE_SIZE)
    ranks = dict(page.items)
    rows = {m.pk: m for m in Measure.objects.filter(pk__in=ranks).select_related("problem__inspection", "lead_unit")
            .prefetch_related(Prefetch("sign_offs", to_attr="send_backs",
                                       queryset=SignOffRequest.objects.filter(state=SignOffState.SENT_BACK)
                                       .order_by("-id")))}
    by_inspection: dict[int, list] = {}
    for pk in ranks:
        m = rows[pk]
        m.light_rank = ranks[pk]
        m.light = light_of(m.light_rank)
        by_inspection.setdefault(m.problem.inspection_id, []).append(m)
    # What was sent back, counted over all pages (the page holds only part of it).
    led, co = (half.filter(state=MeasureState.RETURNED, problem__inspection__in=list(by_inspection)).order_by()
               .values_list("problem__inspection_id", flat=True) for half in _my_measures(user))
    returned = Counter(led.union(co, all=True))
    order = {i.pk: k for k, i in enumerate(sorted(current, key=lambda i: (i.feedback_date, i.pk), reverse=True))}
    sections = [{"inspection": rows[ms[0].pk].problem.inspection, "measures": ms, "returned": returned.get(pk, 0)}
                for pk, ms in sorted(by_inspection.items(), key=lambda kv: order.get(kv[0], 0))]
    from zhenggai.petitions.work import my_work_context

    return render(request, "ledger/my_work.html", {"sections": sections, "page": page, "query": "",
                                                   "nav": "my_work", **my_work_context(request)})


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    user = request.user
    require_role(user, Role.OFFICE, Role.LEADER)
    from zhenggai.petitions.work import review_context

    state = MeasureState.REQUESTED if user.role == Role.OFFICE else MeasureState.REVIEWED
    inspections = inspections_for_user(user)
    # The queue is the open requests, oldest first, read through the (state, requested_at) index a page at a
    # time; not counted (a count would visit every open request of the province on each view).
    request_state = SignOffState.PENDING_REVIEW if state == MeasureState.REQUESTED else SignOffState.PENDING_APPROVAL
    requests = (SignOffRequest.objects.filter(state=request_state, measure__state=state,
                                              measure__problem__inspection__in=inspections)
                .select_related("measure__problem__inspection", "measure__lead_unit", "requested_by")
                .order_by("requested_at", "id"))
    extensions = (ExtensionRequest.objects.filter(measure__problem__inspection__in=inspections,
                                                  state=ExtensionState.PENDING)
                  .select_related("measure__problem__inspection", "requested_by").order_by("requested_at", "id"))
    page = _slice_page(requests, request.GET.get("page"))
    ext_page = _slice_page(extensions, request.GET.get("ext_page"))
    return render(request, "ledger/review_queue.html", {
        "page": page, "requests": page.items, "ext_page": ext_page, "extensions": ext_page.items,
        "state": state, "nav": "review",
        "query": f"ext_page={ext_page.number}" if ext_page.number > 1 else "",
        "ext_query": f"page={page.number}" if page.number > 1 else "", **review_context(request)})


def _slice_page(qs, raw: str | None, size: int = PAGE_SIZE) -> SlicePage:
    return slice_page(qs, raw, size)


def _report_batch(request, results, done: str) -> None:
    """One message for what went through, one per item that did not, with its reason."""
    ok = [r.label for r in results if r.ok]
    if ok:
        messages.success(request, f"{done}{len(ok)}项：{'、'.join(ok)}。")
    for r in results:
        if not r.ok:
            messages.error(request, f"{r.label}未处理：{r.message}")
    if not results:
        messages.info(request, "请先勾选要处理的事项。")


def _selected_measures(request, state: str) -> list[Measure]:
    ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
    return list(Measure.objects.filter(pk__in=ids, problem__inspection__in=inspections_for_user(request.user), state=state)
                .select_related("problem").order_by("problem__inspection", "problem__seq", "seq")) if ids else []


@login_required
@require_POST
def review_batch(request: HttpRequest) -> HttpResponse:
    """批量审核/审批 from the queue: one opinion for every ticked request; refusals reported per item."""
    user = request.user
    require_role(user, Role.OFFICE, Role.LEADER)
    passed = request.POST.get("decision") == "pass"
    note = request.POST.get("note", "").strip()
    state = MeasureState.REQUESTED if user.role == Role.OFFICE else MeasureState.REVIEWED
    selected = _selected_measures(request, state)
    ticked = len([i for i in request.POST.getlist("ids") if i.isdigit()])
    if not passed and not note:
        messages.error(request, "批量退回时必须写明理由，未处理任何事项。")
        return redirect("review_queue")
    if user.role == Role.OFFICE:
        results = services.measures_batch_review(user=user, measures=selected, passed=passed, note=note)
    else:
        results = services.measures_batch_approve(user=user, measures=selected, approved=passed, note=note)
    _report_batch(request, results, ("审核通过" if user.role == Role.OFFICE else "审批销号") if passed else "退回")
    if ticked > len(selected):
        messages.error(request, f"有{ticked - len(selected)}项已被他人处理或不在您的管辖范围内，未处理。")
    return redirect("review_queue")


@login_required
@require_POST
def problem_batch_reassign(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    unit = _units_for(request.user).filter(pk=request.POST.get("lead_unit") or 0).first()
    back = reverse("problem_list", args=[inspection.pk]) + (f"?{request.POST['query']}" if request.POST.get("query") else "")
    if unit is None:
        messages.error(request, "请选择新的牵头单位。")
        return redirect(back)
    ids = [int(i) for i in request.POST.getlist("ids") if i.isdigit()]
    problems = list(inspection.problems.filter(pk__in=ids).order_by("seq"))
    results = services.problems_batch_reassign(user=request.user, problems=problems, lead_unit=unit)
    _report_batch(request, results, f"已改由{unit.name}牵头")
    return redirect(back)


# --- rules ---------------------------------------------------------------------------------------------------------

@login_required
def rule_list(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    rules = inspection.rules.select_related("issuing_unit").prefetch_related("measures__problem")
    return render(request, "ledger/rule_list.html", {"inspection": inspection, "rules": rules,
                                                     "can_add": request.user.role in (Role.OFFICE, Role.UNIT),
                                                     "crumbs": _crumbs(inspection), "nav": "inspections"})


@login_required
def rule_create(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE, Role.UNIT)
    form = forms.RuleForm(request.POST or None, inspection=inspection, units=_units_for(request.user))
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        measures = data.pop("measures")
        return _act_once(request, lambda: services.rule_create(user=request.user, inspection=inspection,
                                                                fields=data, measures=measures),
                         success="已登记制度机制。", then=lambda _: ("rule_list", inspection.pk),
                         already=("rule_list", inspection.pk))
    return _form_page(request, form=form, title="登记制度机制", crumbs=_crumbs(inspection))

