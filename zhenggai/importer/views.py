"""Import pages: upload → (progress) → preview with edits → confirm or cancel → result.

Only the rectification office (整改办) imports: other roles get 403; another body's jobs and
inspections get 404.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from zhenggai.ops.heartbeat import worker_alive
from zhenggai.accounts.models import Role
from zhenggai.accounts.scope import get_inspection_for_user, inspections_for_user, require_role
from zhenggai.importer import forms, matching, services
from zhenggai.importer.drafts import DraftRowMissing, DraftStore
from zhenggai.importer.models import ImportJob, ImportMode, ImportStatus
from zhenggai.ledger.models import InspectionKind

# A job still pending after this long probably has no worker running.
STALLED_SECONDS = 60


class _SizeLimitHandler(FileUploadHandler):
    """Stops storing an upload the moment it passes the limit, so a 200 MB file never lands on disk."""

    def __init__(self, request=None, limit: int = 0) -> None:
        super().__init__(request)
        self.limit = limit
        self.received = 0
        self.too_large = False

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        if content_length and content_length > self.limit + 64 * 1024:
            self.too_large = True

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        if self.too_large:
            raise SkipFile()

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.too_large = True
            raise SkipFile()
        return raw_data

    def file_complete(self, file_size):
        return None


def _crumbs(*extra: tuple[str, str]) -> list[tuple[str, str]]:
    return [("巡察整改", reverse("inspection_list")), ("导入文档", reverse("importer:upload")), *extra]


def _get_job(request: HttpRequest, pk: int) -> ImportJob:
    require_role(request.user, Role.OFFICE)
    try:
        return services.jobs_for_user(request.user).get(pk=pk)
    except ImportJob.DoesNotExist as exc:
        raise Http404("没有找到该导入") from exc


# --- upload -----------------------------------------------------------------------------------------------

@csrf_exempt
@login_required
def upload(request: HttpRequest) -> HttpResponse:
    """The size limit is enforced while the body streams in: the handler must be installed before
    anything reads request.POST, which is why CSRF is checked by the inner view."""
    require_role(request.user, Role.OFFICE)
    handler = None
    if request.method == "POST":
        handler = _SizeLimitHandler(request, services.max_upload_bytes())
        request.upload_handlers.insert(0, handler)
    return _upload(request, handler)


@csrf_protect
def _upload(request: HttpRequest, handler: _SizeLimitHandler | None) -> HttpResponse:
    inspections = inspections_for_user(request.user)
    target = None
    if request.GET.get("inspection"):
        target = get_inspection_for_user(request.user, request.GET["inspection"])
    initial = {"mode": ImportMode.UPDATE, "inspection": target} if target else None
    form = forms.UploadForm(request.POST or None, request.FILES or None, inspections=inspections, initial=initial)
    if request.method == "POST":
        if handler is not None and handler.too_large:
            form.is_valid()
            form.errors.pop("file", None)
            form.add_error("file", services.too_large_message())
        elif form.is_valid():
            try:
                job = services.import_job_create(user=request.user, uploaded=form.cleaned_data["file"],
                                                 mode=form.cleaned_data["mode"],
                                                 inspection=form.cleaned_data["inspection"])
            except services.ImportServiceError as exc:
                form.add_error("file", str(exc))
            else:
                services.import_parse_start(job)
                return redirect("importer:job", job.pk)
    recent = services.jobs_for_user(request.user).filter(owner=request.user)[:10]
    return render(request, "importer/upload.html", {
        "form": form, "recent": recent, "crumbs": _crumbs()[:1], "nav": "import", "target": target,
        "max_mb": services.max_upload_bytes() // (1024 * 1024),
    }, status=400 if request.method == "POST" else 200)


# --- the job page: progress, failure, preview, result ------------------------------------------------------

@login_required
def job(request: HttpRequest, pk: int) -> HttpResponse:
    job = _get_job(request, pk)
    if job.status in (ImportStatus.PENDING, ImportStatus.COMMITTING):
        return render(request, "importer/progress.html", _progress_context(job))
    if job.status == ImportStatus.PARSED:
        return render(request, "importer/preview.html", _preview_context(request, job))
    if job.status == ImportStatus.COMMITTED:
        return render(request, "importer/result.html", _result_context(job))
    return render(request, "importer/closed.html", {"job": job, "crumbs": _crumbs((job.file_name, "")),
                                                    "nav": "import"})


def _progress_context(job: ImportJob) -> dict:
    """The parse, or the commit (``committing``: since the confirm, which set ``updated_at``) under way."""
    committing = job.status == ImportStatus.COMMITTING
    waited = (timezone.now() - (job.updated_at if committing else job.created_at)).total_seconds()
    context = {"job": job, "crumbs": _crumbs((job.file_name, "")), "nav": "import", "waited": int(waited),
               "stalled": waited > STALLED_SECONDS and job.stage != "正在写入台账", "worker_alive": worker_alive(),
               "inline_kb": services.inline_parse_max_bytes() // 1024, "committing": committing}
    if committing:
        totals = DraftStore(job).totals()
        context.update(problem_count=totals["problems"], measure_total=totals["measures"])
    return context


@login_required
def job_status(request: HttpRequest, pk: int) -> HttpResponse:
    """The fragment the progress page polls; once the parse is over it sends the browser on."""
    job = _get_job(request, pk)
    if job.status not in (ImportStatus.PENDING, ImportStatus.COMMITTING):
        response = HttpResponse("")
        response["HX-Redirect"] = reverse("importer:job", args=[job.pk])
        return response
    return render(request, "importer/_status.html", _progress_context(job))


def _unit_row_id(name: str) -> str:
    """A stable element id for a unit name's row (names hold any characters)."""
    return "u-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def _problem_rows(job: ImportJob, problems: list[dict], first_index: int, ctx: services.ReviewContext,
                  repeated: set[int], indexes: list[int] | None = None) -> list[dict]:
    """These problems as the page shows them; ``first_index`` is the first one's place in the draft (or
    ``indexes`` gives each one's)."""
    draft = job.draft
    anomalies_by_key: dict[str, list] = {}
    for anomaly in draft["doc"]["anomalies"]:
        if anomaly.get("problem_key"):
            anomalies_by_key.setdefault(anomaly["problem_key"], []).append(anomaly)
    matches = services.resolved_matches(list(DraftStore(job).iter()), ctx) if ctx.mode == ImportMode.UPDATE else {}
    rows = []
    for n, p in enumerate(problems):
        index = indexes[n] if indexes is not None else first_index + n
        own = [services.Issue(i["where"], i["message"], i["key"], i["field"], index) for i in p.get("_issues", [])]
        issues_by_key: dict[str, list] = {}
        for issue in own:
            issues_by_key.setdefault(issue.key or "", []).append(issue)
        rows.append({
            **p, "label": services.problem_label(p, index, repeated), "index": index,
            "status_label": services.STATUS_LABELS.get(p["status"], p["status"]),
            "issues": issues_by_key.get(p["key"], []),
            "anomalies": anomalies_by_key.get(p["key"], []),
            "units_text": "、".join(p["units"]),
            "measures": [{**m, "issues": issues_by_key.get(m["key"], []), "units_text": "、".join(m["units"]),
                          "status_label": services.STATUS_LABELS.get(m.get("status") or "", ""),
                          "progress": m.get("progress"), "completion_note": m.get("completion_note") or "",
                          "filled": services.system_filled(draft, p, m, ctx)}
                         for m in p["measures"]],
            "match_obj": matches.get(p["key"]),
        })
    return rows


def _unit_rows(draft: dict, units: list, *, names: set[str] | None = None) -> list[dict]:
    return [{"name": name, "id": _unit_row_id(name), "decision": decision,
             "suggestions": matching.suggest_units(name, units, limit=3)}
            for name, decision in draft["units"].items() if names is None or name in names]


PREVIEW_PAGE_SIZE = 100  # problems per preview page: a 200,000-row ledger is paged through, not rendered at once


def _page_of(index: int) -> int:
    return index // PREVIEW_PAGE_SIZE + 1


def _page_context(request: HttpRequest, job: ImportJob) -> dict:
    """What every part of the preview needs: the counters and the list of what must be fixed (which
    depend on the whole draft, read from the problem rows' derived columns) and the page-wide settings."""
    draft = job.draft
    store = DraftStore(job)
    ctx = services.ReviewContext.for_job(job, request.user)
    repeated = store.repeated_seqs()
    issues = services.draft_issues(job, ctx, repeated=repeated)
    totals = store.totals()
    own_issues = [i for i in issues if i.index is None]  # the facts' and the units'
    problem_issues = [i for i in issues if i.index is not None]
    units = sorted(ctx.units.values(), key=lambda u: u.path)
    return {
        "job": job, "draft": draft, "doc": draft["doc"], "facts": draft["facts"], "review": ctx,
        "issues": issues, "issue_count": len(own_issues) + totals["issues"],
        "unit_issues": [i for i in own_issues if i.field == "单位对应"],
        "listed_issues": [i for i in own_issues if i.field != "单位对应"] + problem_issues,
        # the list shows the facts' issues and the first problems' (ISSUES_LISTED): the counter says how many more
        "more_issues": totals["issues"] - len(problem_issues),
        "units": units, "repeated": repeated,
        "inspected_units": [u for u in units if u.pk in ctx.inspected_unit_ids], "kinds": InspectionKind.choices,
        "statuses": services.STATUS_CHOICES, "headline": draft["doc"].get("headline") or {},
        "problem_count": totals["problems"], "measure_total": totals["measures"],
        "alternative_count": DraftStore(job, alternative=True).count() if draft["doc"].get("alternative") else 0,
        "existing": ctx.existing, "is_update": job.mode == ImportMode.UPDATE,
        "duplicates": list(job.duplicates()[:3]) if not job.duplicate_acknowledged else [],
        "similar": services.similar_inspections(job, request.user) if not job.duplicate_acknowledged else [],
        **store.flags(totals),
    }


def _with_issues(store: DraftStore, problems: list[dict]) -> list[dict]:
    """The problems with their own issues (kept on their rows) under ``_issues``."""
    found = dict(store.rows.filter(key__in=[p["key"] for p in problems]).values_list("key", "issues"))
    return [{**p, "_issues": found.get(p["key"], [])} for p in problems]


def _page_problems(store: DraftStore, start: int) -> list[dict]:
    return [{**p, "_issues": issues} for p, issues in store.page_with_issues(start, start + PREVIEW_PAGE_SIZE)]


def _preview_pager(request: HttpRequest, count: int) -> dict:
    """Which problems this page of the preview shows (``?page=N``), and the links to the others."""
    pages = max(1, -(-count // PREVIEW_PAGE_SIZE))
    raw = request.GET.get("page") or request.POST.get("page") or "1"
    number = min(max(int(raw), 1), pages) if raw.isdigit() else 1
    start = (number - 1) * PREVIEW_PAGE_SIZE
    last = min(start + PREVIEW_PAGE_SIZE, count)
    return {"number": number, "pages": pages, "first": start + 1, "last": last, "count": count, "start": start,
            "previous": number - 1 if number > 1 else None, "next": number + 1 if number < pages else None}


def _issue_links(issues: list, page_number: int) -> list[dict]:
    """The issues as the list shows them: a link to a problem on another page of the preview goes to that page."""
    out = []
    for issue in issues:
        href = ""
        if issue.key:
            other = _page_of(issue.index) if issue.index is not None else page_number
            href = (f"?page={other}" if other != page_number else "") + f"#{issue.key}"
        out.append({"text": str(issue), "href": href})
    return out


def _preview_context(request: HttpRequest, job: ImportJob, *, edit_error: str = "", edit_key: str = "",
                     commit_issues: list | None = None) -> dict:
    page = _page_context(request, job)
    draft = job.draft
    store = DraftStore(job)
    pager = _preview_pager(request, page["problem_count"])
    shown = _page_problems(store, pager["start"])
    return {
        **page, "pager": pager, "listed_issues": _issue_links(page["listed_issues"], pager["number"]),
        "problems": _problem_rows(job, shown, pager["start"], page["review"], page["repeated"]),
        "unit_rows": _unit_rows(draft, page["units"]),
        "unplaced": [(n, u) for n, u in enumerate(draft["doc"]["unplaced"]) if not u.get("dropped")],
        "commit_issues": _issue_links(commit_issues, pager["number"]) if commit_issues else commit_issues,
        "edit_error": edit_error, "edit_key": edit_key,
        "crumbs": _crumbs((job.file_name, "")), "nav": "import",
    }


def _result_context(job: ImportJob) -> dict:
    summary = job.summary or {}
    changes = []
    for row in summary.get("changes", []):
        changes.append({**row, "old_label": services.status_label(row.get("old_status")),
                        "new_label": services.status_label(row.get("new_status")),
                        "doc_label": services.STATUS_LABELS.get(row.get("doc_status") or "", "")})
    return {"job": job, "summary": summary, "changes": changes, "crumbs": _crumbs((job.file_name, "")),
            "nav": "import"}


# --- edits, confirm, cancel ------------------------------------------------------------------------------------

def _form_error(form) -> str:
    return "；".join(str(e) for errors in form.errors.values() for e in errors)


def _problem_key(job: ImportJob, value: str) -> str:
    """The move/place forms name the target problem by its item number on the page (第N项)."""
    value = (value or "").strip()
    if not value:
        raise services.ImportEditError("请填写目标问题是第几项")
    if value.isdigit():
        n = int(value)
        found = DraftStore(job).nth(n - 1) if n >= 1 else None
        if found is None:
            raise services.ImportEditError(f"没有第{n}项问题（共{DraftStore(job).count()}项）")
        return found["key"]
    return value


def _edit_values(request: HttpRequest, job: ImportJob, op: str) -> dict:
    """Check one edit's input; raise ImportEditError with the reason in Chinese."""
    post = request.POST
    key = post.get("key", "")
    if op == "facts":
        form = forms.FactsForm(post, units=services.inspected_units_for(request.user))
        if not form.is_valid():
            raise services.ImportEditError(_form_error(form))
        return form.values()
    if op == "problem":
        form = forms.ProblemEditForm(post)
        if not form.is_valid():
            raise services.ImportEditError(_form_error(form))
        return form.values(key)
    if op in ("measure", "add_measure"):
        form = forms.MeasureEditForm(post)
        if not form.is_valid():
            raise services.ImportEditError(_form_error(form))
        return form.values(key)
    if op in ("merge", "split", "delete_measure", "delete_problem"):
        return {"key": key}
    if op == "move":
        return {"key": key, "to": _problem_key(job, post.get("to", ""))}
    if op == "match":
        value = post.get("match", "auto")
        if value not in ("auto", "new", "skip") and not value.isdigit():
            raise services.ImportEditError("请选择对应的问题")
        return {"key": key, "match": value}
    if op == "unit":
        unit_ids = set(services.mapping_units_for(request.user).values_list("pk", flat=True))
        form = forms.UnitMapForm(post, unit_ids=unit_ids)
        if not form.is_valid():
            raise services.ImportEditError(_form_error(form))
        return form.values()
    if op in ("units_rest_none", "reading"):
        return {}
    if op in ("place", "drop_unplaced"):
        try:
            index = int(post.get("index", ""))
        except ValueError:
            raise services.ImportEditError("找不到该段落，请刷新页面后再试") from None
        if op == "place":
            return {"index": index, "to": _problem_key(job, post.get("to", ""))}
        return {"index": index}
    raise services.ImportEditError("不支持的修改操作")


def _preview_response(request: HttpRequest, job: ImportJob, **extra) -> HttpResponse:
    if not request.headers.get("HX-Request"):
        return render(request, "importer/preview.html", _preview_context(request, job, **extra))
    response = render(request, "importer/_preview_body.html", _preview_context(request, job, **extra))
    # The server decides what an answer replaces: whatever form asked, a whole preview replaces the preview.
    response["HX-Retarget"] = "#preview"
    response["HX-Reswap"] = "outerHTML"
    return response


@dataclass
class _Parts:
    """The parts of the preview page one edit changed. The summary (counters, what must be fixed) and the
    bar at the bottom always go along, as out-of-band swaps."""

    problems: list[str] = field(default_factory=list)  # problem keys, in page order
    unit_names: set[str] = field(default_factory=set)
    units: bool = False  # the whole 责任单位对应 panel (names came or went)
    facts: bool = False
    unplaced: bool = False


def _owner_key(store: DraftStore, measure_key: str) -> str | None:
    try:
        return store.owner_of(measure_key)["key"]
    except DraftRowMissing:
        return None


def _category_of(store: DraftStore, key: str) -> str | None:
    try:
        return store.get(key)["category"]
    except DraftRowMissing:
        return None


def _before_edit(job: ImportJob, op: str, values: dict) -> dict:
    """What `_changed_parts` compares after the edit: the columns shown, the unit names, the problem a
    measure was under, a problem's category."""
    store = DraftStore(job)
    before = {"flags": store.flags(), "units": list(job.draft["units"])}
    if op in ("measure", "delete_measure", "move"):
        before["owner"] = _owner_key(store, values["key"])
    if op == "problem":
        before["category"] = _category_of(store, values["key"])
    return before


def _changed_parts(op: str, values: dict, before: dict, job: ImportJob, *, is_update: bool) -> _Parts | None:
    """What an edit changed on the page; None when the whole preview must be drawn again: merging,
    splitting or deleting problems renumbers the items below, a new category heading moves cards, a
    column appearing changes every table, and in an update the automatic matching looks at every problem."""
    store = DraftStore(job)
    if before["flags"] != store.flags():
        return None
    parts = _Parts()
    if op == "facts":
        parts.facts = True
    elif op == "problem":
        old, new = before.get("category"), _category_of(store, values["key"])
        if is_update or old is None or new is None or old != new:
            return None
        parts.problems = [values["key"]]
    elif op in ("measure", "delete_measure"):
        if before.get("owner") is None:
            return None
        parts.problems = [before["owner"]]
    elif op == "add_measure":
        parts.problems = [values["key"]]
    elif op == "move":
        parts.problems = [k for k in (before.get("owner"), values["to"]) if k]
    elif op == "unit":
        parts.unit_names = {values["name"]}
    elif op == "units_rest_none":
        parts.units = True
    elif op == "place":
        parts.problems, parts.unplaced = [values["to"]], True
    elif op == "drop_unplaced":
        parts.unplaced = True
    else:  # merge, split, delete_problem, match
        return None
    if list(job.draft["units"]) != before["units"]:
        parts.units = True
    return parts


def _fragments_response(request: HttpRequest, job: ImportJob, parts: _Parts, *, edit_error: str = "",
                        edit_key: str = "") -> HttpResponse:
    """Only the changed parts, each swapped into the page by its id (hx-swap-oob)."""
    page = _page_context(request, job)
    draft = job.draft
    store = DraftStore(job)
    shown, indexes = [], []
    for key in dict.fromkeys(parts.problems):
        try:
            shown.append(store.get(key))
            indexes.append(store.index_of(key))
        except DraftRowMissing:
            continue
    order = sorted(range(len(shown)), key=lambda n: indexes[n])
    shown, indexes = [shown[n] for n in order], [indexes[n] for n in order]
    context = {
        **page, "oob": True, "edit_error": edit_error, "edit_key": edit_key, "parts": parts,
        "listed_issues": _issue_links(page["listed_issues"], _page_of(indexes[0]) if indexes else 1),
        "problems": _problem_rows(job, _with_issues(store, shown), 0, page["review"], page["repeated"],
                                  indexes=indexes),
        "unit_rows": _unit_rows(draft, page["units"], names=None if parts.units else parts.unit_names),
        "unplaced": [(n, u) for n, u in enumerate(draft["doc"]["unplaced"]) if not u.get("dropped")],
    }
    response = render(request, "importer/_fragments.html", context)
    response["HX-Reswap"] = "none"  # everything in the answer is out of band
    return response


def _error_parts(job: ImportJob, op: str, key: str, name: str) -> tuple[_Parts, str] | None:
    """Where to show an edit that was refused: on the problem, the measure's problem, the facts or the unit."""
    draft = job.draft
    store = DraftStore(job)
    if op == "facts":
        return _Parts(facts=True), "facts"
    if op == "unit" and name in draft["units"]:
        return _Parts(unit_names={name}), _unit_row_id(name)
    if key and _category_of(store, key) is not None:
        return _Parts(problems=[key]), key
    if key and (owner := _owner_key(store, key)) is not None:
        return _Parts(problems=[owner]), key
    return None


@require_POST
@login_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    """One small edit of the draft. Without JavaScript: redirect to the preview. With htmx: the changed
    parts of the preview only (one problem's card, a unit's row, the counters), or the whole preview
    after an edit that changes its structure."""
    job = _get_job(request, pk)
    op = request.POST.get("op", "")
    htmx = bool(request.headers.get("HX-Request"))
    try:
        values = _edit_values(request, job, op)
        before = _before_edit(job, op, values) if htmx else {}
        job = services.import_draft_edit(job=job, user=request.user, op=op, values=values)
    except services.ImportStateError as exc:
        messages.error(request, str(exc))
        if htmx:
            response = HttpResponse("")
            response["HX-Redirect"] = reverse("importer:job", args=[job.pk])
            return response
        return redirect("importer:job", job.pk)
    except services.ImportEditError as exc:
        job.refresh_from_db()
        where = _error_parts(job, op, request.POST.get("key", ""), request.POST.get("name", "")) if htmx else None
        if where is None:
            return _preview_response(request, job, edit_error=str(exc))
        parts, edit_key = where
        return _fragments_response(request, job, parts, edit_error=str(exc), edit_key=edit_key)
    if not htmx:
        return redirect("importer:job", job.pk)
    parts = _changed_parts(op, values, before, job, is_update=job.mode == ImportMode.UPDATE)
    if parts is None:
        return _preview_response(request, job)
    return _fragments_response(request, job, parts)


@require_POST
@login_required
def confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """Checks the draft and hands the write to the worker; the job page then shows its progress, and the
    result once it is written (or the preview again, with the reason, if it could not be)."""
    job = _get_job(request, pk)
    try:
        job = services.import_commit_request(job=job, user=request.user)
    except (services.ImportAlreadyCommitted, services.ImportCommitRunning) as exc:
        messages.info(request, str(exc))
        return redirect("importer:job", job.pk)
    except services.ImportValidationError as exc:
        return render(request, "importer/preview.html",
                      _preview_context(request, job, commit_issues=exc.issues), status=400)
    except services.ImportStateError as exc:
        messages.error(request, str(exc))
        return redirect("importer:job", job.pk)
    if job.status == ImportStatus.COMMITTED:  # the worker runs inline (tests, ZHENGGAI_Q_SYNC)
        messages.success(request, "已导入台账。")
    return redirect("importer:job", job.pk)


@require_POST
@login_required
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    job = _get_job(request, pk)
    try:
        services.import_cancel(job=job, user=request.user)
    except services.ImportStateError as exc:
        messages.error(request, str(exc))
        return redirect("importer:job", job.pk)
    messages.success(request, f"已取消导入《{job.file_name}》，台账没有任何改动。")
    return redirect("importer:upload")


@require_POST
@login_required
def acknowledge_duplicate(request: HttpRequest, pk: int) -> HttpResponse:
    job = _get_job(request, pk)
    services.import_acknowledge_duplicate(job=job, user=request.user)
    return redirect("importer:job", job.pk)
