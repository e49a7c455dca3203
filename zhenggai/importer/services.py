"""Import services: store an upload, parse it, edit the draft, commit it to the ledger in one transaction.

The draft is the parse result as the ledger will hold it. Its problems are rows of their own
(``DraftProblem``, read and written through ``drafts.DraftStore``: a 200,000-row ledger is paged
through and committed a slice at a time); the rest is one small JSON value (``ImportJob.draft``):

    {"doc": {title, issuer, report_date, kind, inspection, headline, headline_extra, anomalies, preamble,
             closing, unplaced, source_name, reading, alternative: {name, label, detail}},
     "facts": {name, kind, inspector, inspected_unit, period_start, period_end, feedback_date},
     "units": {document unit name: {"action": "map" | "create" | "none", "unit": id, "parent": id}},
     "next_key": int}

A problem (``DraftProblem.data``):

    {key, seq, category, title, status, deadline, target, lead_leader, responsible_person, units, position,
     notes, match, measures: [{key, seq, text, deadline, units, status, completion_date, completion_note,
     progress, responsible_person, position}]}

Problems and measures carry stable keys ("p3", "m17") so an edit posted from a page that is one
edit behind still addresses the right item, or fails with a clear message.
"""
from __future__ import annotations

from itertools import groupby

import copy
import datetime as dt
import functools
import hashlib
import logging
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone

from zhenggai.accounts.models import Role, Unit, User
from zhenggai.accounts.scope import inspections_for_user, is_admin, require_role
from zhenggai.audit.services import audit_record, audit_record_many
from zhenggai.ledger.selectors import id_ranges
from zhenggai.importer import bulk, matching
from zhenggai.importer.parse.readings import READING_LABELS
from zhenggai.importer.drafts import DraftRowMissing, DraftStore
from zhenggai.importer.models import DraftProblem, ImportJob, ImportMode, ImportStatus
from zhenggai.ledger.deadlines import Deadline, DeadlineError, parse_date_phrase
from zhenggai.ledger.hot_path import row_triggers_deferred
from zhenggai.ledger.models import Category, Inspection, InspectionKind, Measure, Problem, ProblemStatus
from zhenggai.ledger.workflow import MeasureState
from zhenggai.quality import jobs as quality_jobs

log = logging.getLogger(__name__)

ALLOWED_EXTENSIONS = (".docx", ".pdf", ".html", ".htm", ".txt", ".xlsx", ".csv", ".doc", ".wps", ".ofd")
STATUS_CHOICES = [("done", "已完成"), ("in_progress", "正在推进"), ("long_term", "长期坚持"), ("", "未标明")]
STATUS_LABELS = dict(STATUS_CHOICES)
UNIT_AUTO_MAP = 0.9  # a suggestion this good is pre-selected (the user still sees and can change it)


class ImportServiceError(Exception):
    """Base of the importer's errors; the message is for the user, in Chinese."""


class ImportEditError(ImportServiceError):
    pass


class ImportStateError(ImportServiceError):
    """The job is not in a state that allows this (already committed, cancelled, still parsing)."""


class ImportAlreadyCommitted(ImportStateError):
    pass


class ImportCommitRunning(ImportStateError):
    """The worker is writing this draft already."""


@dataclass(frozen=True)
class Issue:
    """One thing that blocks the commit: where (problem / measure / field) and what."""

    where: str
    message: str
    key: str | None = None  # the problem or measure key, to highlight it on the page
    field: str = ""
    index: int | None = None  # the problem's place in the draft (from 0): its page in the preview

    def __str__(self) -> str:
        return f"{self.where}{'（' + self.field + '）' if self.field else ''}：{self.message}"


class ImportValidationError(ImportServiceError):
    def __init__(self, issues: list[Issue]) -> None:
        super().__init__(f"有{len(issues)}处需要修改后才能导入")
        self.issues = issues


# --- scope ----------------------------------------------------------------------------------------------

def mapping_units_for(user: User) -> QuerySet[Unit]:
    """Units a document's unit names may be mapped to: the user's whole org tree."""
    if is_admin(user):
        return Unit.objects.all()
    if user.unit_id is None:
        return Unit.objects.none()
    root = "/" + user.unit.path.strip("/").split("/")[0] + "/"
    return Unit.objects.filter(path__startswith=root)


def inspected_units_for(user: User) -> QuerySet[Unit]:
    """Units an imported inspection may name as inspected: it must stay inside the user's own scope."""
    if is_admin(user):
        return Unit.objects.all()
    if user.unit_id is None:
        return Unit.objects.none()
    return Unit.objects.filter(path__startswith=user.unit.path)


def jobs_for_user(user: User) -> QuerySet[ImportJob]:
    qs = ImportJob.objects.select_related("owner", "inspection", "body")
    if is_admin(user):
        return qs
    if user.unit_id is None or user.role != Role.OFFICE:
        return qs.none()
    return qs.filter(body__path__startswith=user.unit.path)


# --- upload and parse -----------------------------------------------------------------------------------

def max_upload_bytes() -> int:
    return int(getattr(settings, "MAX_UPLOAD_MB", 20)) * 1024 * 1024


def inline_parse_max_bytes() -> int:
    """Files up to this size are parsed in the request; larger ones in a background job."""
    return int(getattr(settings, "IMPORT_INLINE_MAX_KB", 256)) * 1024


def imports_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def check_file_name(name: str) -> None:
    if name.lower().endswith(".ofd"):
        raise ImportEditError("OFD版式文件只能作为佐证材料上传，不能导入。请导入该文件的Word（.docx）或PDF版本")
    if not name.lower().endswith(ALLOWED_EXTENSIONS):
        raise ImportEditError("不支持该文件类型。可导入的文件：.docx .pdf .html .txt .xlsx .csv（旧版.doc/.wps会先转换为.docx）")


def _check_concurrent_imports(user: User) -> None:
    """One user may have only a few files parsing at once: more would queue up the worker for everyone."""
    limit = int(getattr(settings, "IMPORT_CONCURRENT_PER_USER", 2))
    recent = timezone.now() - dt.timedelta(minutes=30)  # older pending jobs are stuck, not running
    busy = ImportJob.objects.filter(owner=user, status=ImportStatus.PENDING, created_at__gte=recent).count()
    if busy >= limit:
        raise ImportEditError(f"您已有{busy}个文件正在解析，请等其中一个完成后再上传")


def import_job_create(*, user: User, uploaded, mode: str, inspection: Inspection | None) -> ImportJob:
    """Store the upload under a generated name, hash it, and open a pending job."""
    require_role(user, Role.OFFICE)
    check_file_name(uploaded.name)
    if mode == ImportMode.UPDATE:
        if inspection is None:
            raise ImportEditError("更新已有巡察整改时，请选择要更新的巡察")
        if not inspections_for_user(user).filter(pk=inspection.pk).exists():
            raise ImportEditError("该巡察不在您的管辖范围内")
    else:
        inspection = None
    _check_concurrent_imports(user)
    from zhenggai.importer.extract import ExtractError, detect_type
    from zhenggai.importer.guards import clean_display_name

    display_name = clean_display_name(uploaded.name, max_length=200)
    limit = max_upload_bytes()
    staging = imports_dir() / (secrets.token_hex(16) + ".upload")
    digest = hashlib.sha256()
    size = 0
    try:
        with open(staging, "wb") as out:
            for chunk in uploaded.chunks():
                size += len(chunk)
                if size > limit:
                    raise ImportEditError(too_large_message())
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            raise ImportEditError("文件是空的，请选择有内容的文件")
        try:
            kind = detect_type(staging, display_name)
        except ExtractError as exc:
            raise ImportEditError(exc.message_zh) from None
        # Named by what it is, not by what it was called: "evil.html" holding a PDF is stored as ….pdf.
        stored_name = staging.stem + "." + kind
        target = imports_dir() / stored_name
        staging.rename(target)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    try:
        return ImportJob.objects.create(
            owner=user, body=user.unit, mode=mode, inspection=inspection, file_name=display_name,
            stored_name=stored_name, size=size, sha256=digest.hexdigest(), status=ImportStatus.PENDING,
            stage="等待解析",
        )
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def too_large_message() -> str:
    return f"文件超过{getattr(settings, 'MAX_UPLOAD_MB', 20)}MB的上限，无法导入。请拆分文件或删去图片后再试"


def import_parse_job(job_id: int) -> None:
    """Parse a stored upload into the job's draft, in a child process under ``settings.PARSE_LIMITS``
    (see ``sandbox``). Runs in the worker; in the request only for small plain-text files.

    Never raises: a file that cannot be read, or that passes a limit, marks the job failed with a
    message in Chinese; nothing else is written.
    """
    from zhenggai.importer.extract import ExtractError
    from zhenggai.importer.sandbox import parse_in_sandbox, read_problems

    job = ImportJob.objects.select_related("owner__unit", "inspection").get(pk=job_id)
    if job.status != ImportStatus.PENDING:
        return
    ImportJob.objects.filter(pk=job.pk).update(stage="正在读取文件、识别问题和措施")
    problems_file = job.path.with_name(job.path.name + ".problems.jsonl")
    try:
        if not job.path.exists():
            raise FileNotFoundError(job.path)
        outcome = parse_in_sandbox(job.path, job.file_name, limits=settings.PARSE_LIMITS, problems_file=problems_file)
        log.info("import %s: parsed %s in %.2fs, child peak %.0f MB", job.pk, job.stored_name, outcome.seconds,
                 outcome.child_peak_mb)
        ImportJob.objects.filter(pk=job.pk).update(stage="正在整理预览")
        written = draft_write(job, outcome.result, read_problems(problems_file))
        del outcome
    except ExtractError as exc:
        log.info("import %s: refused (%s): %s; child peak %.0f MB", job.pk, exc.code, exc.message_zh,
                 getattr(exc, "child_peak_mb", None) or 0)
        _fail(job, exc.message_zh)
        return
    except FileNotFoundError:
        _fail(job, "上传的文件已不在服务器上，请重新上传")
        return
    except Exception as exc:  # a bug must not leave the job spinning forever
        log.exception("import %s: parse failed", job.pk)
        _fail(job, f"解析时发生内部错误（{type(exc).__name__}），请将该文件发给系统管理员")
        return
    finally:
        problems_file.unlink(missing_ok=True)
    if not written:
        _fail(job, "文档中没有识别出任何问题。请确认这是整改方案、整改进展通报或整改台账；"
                   "台账表格需要有“问题”“整改措施”等列名")
        return
    ImportJob.objects.filter(pk=job.pk, status=ImportStatus.PENDING).update(
        status=ImportStatus.PARSED, draft=job.draft, stage="", updated_at=timezone.now())


def _fail(job: ImportJob, message: str) -> None:
    DraftProblem.objects.filter(job_id=job.pk).delete()  # nothing half-written stays
    ImportJob.objects.filter(pk=job.pk).update(status=ImportStatus.FAILED, error_message=message, stage="",
                                               updated_at=timezone.now())


def parses_inline(job: ImportJob) -> bool:
    """Only plain text, below the inline limit, is parsed during the request: its cost is bounded by its
    size. Every other format (a 5 KB .xlsx can declare millions of cells) goes to the worker."""
    return job.stored_name.endswith(".txt") and job.size <= inline_parse_max_bytes()


def import_parse_start(job: ImportJob) -> None:
    """Parse now when the file is small plain text; otherwise hand it to the job queue."""
    if parses_inline(job):
        import_parse_job(job.pk)
        return
    from django_q.tasks import async_task

    # django-q reads Q_CLUSTER once at import; pass `sync` per call so settings (and tests) can switch it.
    async_task("zhenggai.importer.services.import_parse_job", job.pk, task_name=f"import-{job.pk}",
               sync=bool(settings.Q_CLUSTER.get("sync", False)))


# --- the draft --------------------------------------------------------------------------------------------

_KIND_WORDS = [("巡视", InspectionKind.XUNSHI), ("巡察", InspectionKind.XUNCHA), ("督察", InspectionKind.DUCHA),
               ("审计", InspectionKind.AUDIT)]


def guess_kind(*texts: str | None) -> str:
    for text in texts:
        for word, kind in _KIND_WORDS:
            if text and word in text:
                return kind.value
    return InspectionKind.OTHER.value


def _iso(text: str | None) -> str:
    if not text:
        return ""
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        return ""


def _draft_problem(p: dict, seq: int, key) -> dict[str, Any]:
    """A parsed problem (a ParseResult dict) as the draft's editable problem, with fresh keys."""
    return {
        "key": key("p"), "seq": seq, "category": p.get("category") or "", "title": p.get("title") or "",
        "status": p.get("status") or "", "deadline": p.get("deadline") or "", "target": p.get("target") or "",
        "lead_leader": p.get("lead_leader") or "", "responsible_person": p.get("responsible_person") or "",
        "units": list(p.get("responsible_units") or []), "position": p.get("position"),
        "notes": list(p.get("notes") or []), "match": "auto",
        "measures": [{
            "key": key("m"), "seq": m.get("seq"), "text": m.get("text") or "", "deadline": m.get("deadline") or "",
            "units": list(m.get("responsible_units") or []), "status": m.get("status") or "",
            "completion_date": m.get("completion_date") or "", "responsible_person": m.get("responsible_person") or "",
            "completion_note": m.get("completion_note") or "", "progress": m.get("progress"),
            "position": m.get("position"),
        } for m in p.get("measures") or []],
    }


def _draft_problems(parsed: Iterable[dict], key, names: dict[str, None]) -> Iterable[dict[str, Any]]:
    """Parsed problems as draft problems, one at a time; the unit names they use are noted in ``names``."""
    previous_seq = 0
    for p in parsed:
        seq = p.get("seq") if isinstance(p.get("seq"), int) and p.get("seq") > 0 else previous_seq + 1
        previous_seq = seq
        problem = _draft_problem(p, seq, key)
        names.update(dict.fromkeys(problem["units"]))
        for m in problem["measures"]:
            names.update(dict.fromkeys(m["units"]))
        yield problem


def draft_write(job: ImportJob, result: dict[str, Any], problems: Iterable[dict]) -> int:
    """Turn a parse result (its problems streamed one at a time) into the job's editable draft: problem rows
    with keys, the inspection facts, the unit decisions. Sets ``job.draft`` (the caller saves it with the
    status); returns how many problems were written."""
    counter = 0

    def key(prefix: str) -> str:
        nonlocal counter
        counter += 1
        return f"{prefix}{counter}"

    user = job.owner
    doc = {k: result.get(k) for k in ("kind", "layout", "title", "issuer", "report_date", "inspection", "headline",
                                       "headline_extra", "preamble", "closing", "source_name")}
    doc["anomalies"] = [dict(a) for a in result.get("anomalies") or []]
    doc["unplaced"] = [dict(u) for u in result.get("unplaced") or []]
    job.draft = {"doc": doc, "facts": _draft_facts(result, user=user, file_name=job.file_name), "units": {}}
    names: dict[str, None] = {}
    DraftProblem.objects.filter(job_id=job.pk).delete()
    written = DraftStore(job).append(_draft_problems(problems, key, names))
    # the reading the parser chose and the runner-up, which the preview offers in one click
    reading = result.get("reading") or {}
    alternative = result.get("alternative")
    doc["reading"] = {"name": reading.get("name") or "list", "detail": reading.get("detail") or "",
                      "label": READING_LABELS.get(reading.get("name") or "list", "")}
    if alternative:
        doc["alternative"] = {"name": alternative["name"], "label": alternative["label"],
                              "detail": alternative.get("detail") or ""}
        DraftStore(job, alternative=True).append(_draft_problems(alternative.get("problems") or [], key, names))
    _attach_anomalies(doc["anomalies"], DraftStore(job))
    job.draft["next_key"] = counter + 1
    _refresh_unit_decisions(job.draft, names, list(mapping_units_for(user)))
    return written


def _draft_facts(result: dict[str, Any], *, user: User, file_name: str) -> dict[str, Any]:
    """The inspection as the document names it, matched to the user's units where it can be."""
    parsed_inspection = result.get("inspection") or {}
    inspector = (parsed_inspection.get("inspector") or "")[:100]
    kind = guess_kind(inspector, result.get("title"), " ".join(result.get("preamble") or [])[:500])
    kind_label = InspectionKind(kind).label if kind != InspectionKind.OTHER else ""
    if inspector:
        name = f"{inspector}{kind_label}反馈意见整改"
    else:
        name = result.get("title") or Path(file_name).stem
    inspected_choices = list(inspected_units_for(user))
    inspected = None
    named_matched = False
    if parsed_inspection.get("inspected"):
        top = matching.suggest_units(parsed_inspection["inspected"], inspected_choices, limit=1)
        if top and top[0].score >= matching.INSPECTED_MATCH_FLOOR:
            inspected = top[0].unit.pk
            named_matched = True
    if inspected is None and user.unit_id:
        inspected = user.unit_id
    return {
        "name": name[:200], "kind": kind, "inspector": inspector, "inspected_unit": inspected,
        "period_start": _iso(parsed_inspection.get("start")), "period_end": _iso(parsed_inspection.get("end")),
        "feedback_date": _iso(parsed_inspection.get("feedback_date")),
        # the inspected body as the document names it, and whether it was matched to a unit (issue 9: say so when not)
        "inspected_named": (parsed_inspection.get("inspected") or "")[:200], "inspected_matched": named_matched,
    }


def _op_reading(draft: dict, store: DraftStore) -> None:
    """Swap the problems for the runner-up reading (按附件中的问题读取 / 整篇作为一个问题 …); again to swap back."""
    alternative = draft["doc"].get("alternative")
    if not alternative:
        raise ImportEditError("这份文档没有另一种读法")
    current = draft["doc"]["reading"]
    draft["doc"]["alternative"] = {k: current[k] for k in ("name", "label", "detail")}
    draft["doc"]["reading"] = {k: alternative[k] for k in ("name", "label", "detail")}
    store.swap_readings()
    _attach_anomalies(draft["doc"]["anomalies"], store)


def _attach_anomalies(anomalies: list[dict], store: DraftStore) -> None:
    """Give each anomaly the key of the problem whose stretch of the document holds its position
    (one pass over the problems' positions, in order, beside the anomalies in order). Several problems read from one
    paragraph share its position: an anomaly about one of them (``problem_title``) goes to the one whose title opens
    so, not to the last of them."""
    waiting = sorted((a for a in anomalies if isinstance(a.get("position"), int)), key=lambda a: a["position"])
    for anomaly in anomalies:
        anomaly["problem_key"] = None
    if not waiting:
        return
    i = 0
    current = None
    for start, group in groupby(store.positions(), key=lambda row: row[0]):
        keys = [key for _start, key in group]
        while i < len(waiting) and waiting[i]["position"] < start:
            waiting[i]["problem_key"] = waiting[i].get("_titled") or current
            i += 1
        if i == len(waiting):
            return
        current = keys[-1]
        if len(keys) > 1:
            _attach_to_titles([a for a in waiting[i:] if a["position"] == start], keys, store)
    for anomaly in waiting[i:]:
        anomaly["problem_key"] = anomaly.get("_titled") or current
    for anomaly in waiting:
        anomaly.pop("_titled", None)


def _attach_to_titles(here: list[dict], keys: list[str], store: DraftStore) -> None:
    """Among problems sharing one position, mark each anomaly about one problem with that problem's key."""
    titled = [a for a in here if a.get("problem_title")]
    if not titled:
        return
    titles = dict(store.rows.filter(key__in=keys).values_list("key", "data__title"))
    for anomaly in titled:
        anomaly["_titled"] = next((k for k in keys if (titles.get(k) or "").startswith(anomaly["problem_title"])), None)


def problem_unit_names(p: dict) -> list[str]:
    return list(dict.fromkeys([*p["units"], *(n for m in p["measures"] for n in m["units"])]))


def _refresh_unit_decisions(draft: dict[str, Any], names: Iterable[str], units: list[Unit]) -> None:
    """Every unit name in the draft gets a decision slot; a near-certain match is pre-selected."""
    decisions = draft.setdefault("units", {})
    for name in names:
        if name in decisions:
            continue
        top = matching.suggest_units(name, units, limit=1)
        if top and top[0].score >= UNIT_AUTO_MAP:
            decisions[name] = {"action": "map", "unit": top[0].unit.pk, "parent": None}
        else:
            decisions[name] = {"action": "", "unit": None, "parent": None}


# --- editing the draft -------------------------------------------------------------------------------------
# Each operation changes the small draft (``draft``, saved by the caller) and the problem rows it touches
# (through ``store``, at once, inside the caller's transaction). It returns the problems it wrote, whose
# unit names then get decision slots.

def _find_problem(store: DraftStore, key: str) -> dict:
    try:
        return store.get(key)
    except DraftRowMissing:
        raise ImportEditError("找不到该问题（页面可能已过期），请刷新页面后再试") from None


def _find_measure(store: DraftStore, key: str) -> tuple[dict, int, dict]:
    try:
        problem = store.owner_of(key)
    except DraftRowMissing:
        raise ImportEditError("找不到该措施（页面可能已过期），请刷新页面后再试") from None
    for j, m in enumerate(problem["measures"]):
        if m["key"] == key:
            return problem, j, m
    raise ImportEditError("找不到该措施（页面可能已过期），请刷新页面后再试")


def _new_key(draft: dict, prefix: str) -> str:
    n = draft.get("next_key", 1)
    draft["next_key"] = n + 1
    return f"{prefix}{n}"


def _blank_measure(draft: dict, *, text: str, position: int | None = None, **fields: Any) -> dict:
    """A measure added on the preview page (or made from a title or paragraph): only its text is known."""
    return {"key": _new_key(draft, "m"), "seq": None, "text": text, "deadline": "", "units": [], "status": "",
            "completion_date": "", "completion_note": "", "progress": None, "responsible_person": "",
            "position": position, **fields}


def _renumber(problem: dict) -> None:
    for j, m in enumerate(problem["measures"], 1):
        m["seq"] = j


def _op_facts(draft: dict, store: DraftStore, *, name: str, kind: str, inspector: str, inspected_unit: int | None,
              period_start: dt.date | None, period_end: dt.date | None, feedback_date: dt.date | None) -> None:
    draft["facts"].update({
        "name": name, "kind": kind, "inspector": inspector, "inspected_unit": inspected_unit,
        "period_start": period_start.isoformat() if period_start else "",
        "period_end": period_end.isoformat() if period_end else "",
        "feedback_date": feedback_date.isoformat() if feedback_date else "",
    })
    # The problems' own issues do not depend on the feedback date (a deadline text is readable or not whatever the
    # date; the date only fills in 立行立改's day, at the commit): no row is read or rewritten here. Rechecking
    # every row of a 200,000-row draft took 4.5–15 s inside the request, to change nothing.


def _op_problem(draft: dict, store: DraftStore, *, key: str, seq: int, title: str, status: str, deadline: str,
                category: str, units: list[str] | None = None, target: str | None = None,
                lead_leader: str | None = None) -> list[dict]:
    """Fields a form leaves out (None) keep their value: an older page may post fewer fields."""
    p = _find_problem(store, key)
    p.update({"seq": seq, "title": title, "status": status, "deadline": deadline, "category": category})
    for name, value in (("units", units), ("target", target), ("lead_leader", lead_leader)):
        if value is not None:
            p[name] = value
    store.save(p)
    return [p]


MEASURE_OPTIONAL_FIELDS = ("status", "completion_note", "progress", "responsible_person")


def _measure_optional(fields: dict[str, Any]) -> dict[str, Any]:
    """The measure fields a form posted besides text, deadline, units and completion date."""
    unknown = set(fields) - set(MEASURE_OPTIONAL_FIELDS)
    if unknown:
        raise TypeError(f"unknown measure fields: {sorted(unknown)}")
    return fields


def _op_measure(draft: dict, store: DraftStore, *, key: str, text: str, deadline: str, units: list[str],
                completion_date: str, **optional: Any) -> list[dict]:
    p, _, m = _find_measure(store, key)
    m.update({"text": text, "deadline": deadline, "units": units, "completion_date": completion_date,
              **_measure_optional(optional)})
    store.save(p)
    return [p]


def _op_add_measure(draft: dict, store: DraftStore, *, key: str, text: str, deadline: str, units: list[str],
                    completion_date: str, **optional: Any) -> list[dict]:
    p = _find_problem(store, key)
    p["measures"].append(_blank_measure(draft, text=text, seq=len(p["measures"]) + 1, deadline=deadline, units=units,
                                        completion_date=completion_date, **_measure_optional(optional)))
    store.save(p)
    return [p]


def _op_merge(draft: dict, store: DraftStore, *, key: str) -> list[dict]:
    """Merge a problem into the one before it: its title becomes a measure there, then its measures follow."""
    p = _find_problem(store, key)
    target = store.before(key)
    if target is None:
        raise ImportEditError("第一个问题前面没有问题，无法合并")
    if p["title"].strip():
        target["measures"].append(_blank_measure(draft, text=p["title"], position=p.get("position")))
    target["measures"].extend(p["measures"])
    for name in p["units"]:
        if name not in target["units"]:
            target["units"].append(name)
    target["notes"].extend(p.get("notes") or [])
    _renumber(target)
    store.delete(key)
    store.save(target)
    for anomaly in draft["doc"]["anomalies"]:
        if anomaly.get("problem_key") == key:
            anomaly["problem_key"] = target["key"]
    return [target]


def _op_split(draft: dict, store: DraftStore, *, key: str) -> None:
    """Split at a measure: it and the measures after it become a new problem right after this one."""
    problem, j, _ = _find_measure(store, key)
    if j == 0:
        raise ImportEditError("不能从第一条措施处拆分（拆分后原问题将没有措施）；如需把整个问题改名，请直接修改标题")
    moved = problem["measures"][j:]
    del problem["measures"][j:]
    new = {
        "key": _new_key(draft, "p"), "seq": problem["seq"] + 1, "category": problem["category"], "title": "",
        "status": problem["status"], "deadline": "", "target": "", "lead_leader": "", "responsible_person": "",
        "units": [], "position": moved[0].get("position"), "notes": [], "match": "auto", "measures": moved,
    }
    _renumber(problem)
    _renumber(new)
    store.save(problem)
    store.insert_after(problem["key"], new)


def _op_move(draft: dict, store: DraftStore, *, key: str, to: str) -> None:
    source, j, m = _find_measure(store, key)
    target = _find_problem(store, to)
    if target["key"] == source["key"]:
        raise ImportEditError("该措施已在这个问题下")
    del source["measures"][j]
    target["measures"].append(m)
    _renumber(source)
    _renumber(target)
    store.save(source)
    store.save(target)


def _op_delete_measure(draft: dict, store: DraftStore, *, key: str) -> None:
    problem, j, _ = _find_measure(store, key)
    del problem["measures"][j]
    _renumber(problem)
    store.save(problem)


def _op_delete_problem(draft: dict, store: DraftStore, *, key: str) -> None:
    _find_problem(store, key)
    if store.count() == 1:
        raise ImportEditError("这是最后一个问题，不能删除；如文档不对，请取消本次导入")
    store.delete(key)
    for anomaly in draft["doc"]["anomalies"]:
        if anomaly.get("problem_key") == key:
            anomaly["problem_key"] = None


def _op_match(draft: dict, store: DraftStore, *, key: str, match: str) -> None:
    p = _find_problem(store, key)
    p["match"] = match
    store.save(p)


def _op_unit(draft: dict, store: DraftStore, *, name: str, action: str, unit: int | None, parent: int | None) -> None:
    if name not in draft["units"]:
        raise ImportEditError("找不到该单位名称（页面可能已过期），请刷新页面后再试")
    draft["units"][name] = {"action": action, "unit": unit, "parent": parent}


def _op_units_rest_none(draft: dict, store: DraftStore) -> None:
    """Every unit name not yet decided: leave it out (the measure keeps its text, without a unit)."""
    for decision in draft["units"].values():
        if not decision.get("action"):
            decision.update(action="none", unit=None, parent=None)


def _op_place(draft: dict, store: DraftStore, *, index: int, to: str) -> None:
    """Put an unplaced paragraph under a problem, as its last measure."""
    unplaced = draft["doc"]["unplaced"]
    if not 0 <= index < len(unplaced):
        raise ImportEditError("找不到该段落（页面可能已过期），请刷新页面后再试")
    target = _find_problem(store, to)
    item = unplaced.pop(index)
    target["measures"].append(_blank_measure(draft, text=item.get("text") or "", position=item.get("position")))
    _renumber(target)
    store.save(target)


def _op_drop_unplaced(draft: dict, store: DraftStore, *, index: int) -> None:
    unplaced = draft["doc"]["unplaced"]
    if not 0 <= index < len(unplaced):
        raise ImportEditError("找不到该段落（页面可能已过期），请刷新页面后再试")
    unplaced[index]["dropped"] = True


EDIT_OPS = {
    "facts": _op_facts, "problem": _op_problem, "measure": _op_measure, "add_measure": _op_add_measure,
    "merge": _op_merge, "split": _op_split, "move": _op_move, "delete_measure": _op_delete_measure,
    "delete_problem": _op_delete_problem, "match": _op_match, "unit": _op_unit, "units_rest_none": _op_units_rest_none, "place": _op_place,
    "drop_unplaced": _op_drop_unplaced,
    "reading": _op_reading,
}


def import_draft_edit(*, job: ImportJob, user: User, op: str, values: dict[str, Any]) -> ImportJob:
    """Apply one edit to the draft. The job row is locked so two quick edits never overwrite each other."""
    require_role(user, Role.OFFICE)
    if op not in EDIT_OPS:
        raise ImportEditError("不支持的修改操作")
    with transaction.atomic():
        locked = ImportJob.objects.select_for_update(of=("self",)).select_related("inspection").get(pk=job.pk)
        if locked.status != ImportStatus.PARSED:
            raise ImportStateError(f"该导入{locked.get_status_display()}，不能再修改")
        draft = copy.deepcopy(locked.draft)
        store = DraftStore(locked)
        written = EDIT_OPS[op](draft, store, **values)
        if op == "reading":
            written = store.iter()
        if written is not None:
            names = (n for p in written for n in problem_unit_names(p))
            _refresh_unit_decisions(draft, names, list(mapping_units_for(user)))
        locked.draft = draft
        locked.save(update_fields=["draft", "updated_at"])
    job.draft = locked.draft
    return locked


def import_acknowledge_duplicate(*, job: ImportJob, user: User) -> ImportJob:
    require_role(user, Role.OFFICE)
    ImportJob.objects.filter(pk=job.pk).update(duplicate_acknowledged=True)
    job.duplicate_acknowledged = True
    return job


def import_cancel(*, job: ImportJob, user: User) -> ImportJob:
    """Cancel: nothing was written to the ledger, and nothing will be. The stored file is removed."""
    require_role(user, Role.OFFICE)
    with transaction.atomic():
        locked = ImportJob.objects.select_for_update().get(pk=job.pk)
        if locked.status == ImportStatus.COMMITTED:
            raise ImportStateError("该文档已导入台账，不能取消；如需修改，请在台账中修改")
        if locked.status == ImportStatus.COMMITTING:
            raise ImportStateError("该文档正在写入台账，不能取消；写入完成后如需修改，请在台账中修改")
        locked.status = ImportStatus.CANCELLED
        locked.stage = ""
        locked.save(update_fields=["status", "stage", "updated_at"])
        DraftProblem.objects.filter(job_id=locked.pk).delete()
    locked.path.unlink(missing_ok=True)
    return locked


# --- review: what blocks the commit -------------------------------------------------------------------------

@dataclass
class ReviewContext:
    mode: str
    units: dict[int, Unit]  # mapping targets
    inspected_unit_ids: set[int]
    inspection: Inspection | None = None
    existing: list[Problem] = field(default_factory=list)

    @classmethod
    def for_job(cls, job: ImportJob, user: User) -> ReviewContext:
        units = {u.pk: u for u in mapping_units_for(user)}
        inspected = set(inspected_units_for(user).values_list("pk", flat=True))
        existing: list[Problem] = []
        if job.mode == ImportMode.UPDATE and job.inspection_id:
            existing = list(Problem.objects.filter(inspection_id=job.inspection_id).order_by("seq", "id"))
        return cls(job.mode, units, inspected, job.inspection, existing)


def problem_label(p: dict, index: int, repeated: set[int]) -> str:
    """"问题3", or "问题3（第5项）" when another problem carries the same number (``repeated``)."""
    return f"问题{p['seq']}" + (f"（第{index + 1}项）" if p["seq"] in repeated else "")


@functools.lru_cache(maxsize=4096)  # a ledger writes the same few deadlines on thousands of rows
def _check_deadline(text: str) -> str | None:
    """Why a deadline text cannot be read, or None. Not against the feedback date: whether a text reads as a
    deadline never depends on it (``_op_facts`` relies on this to leave the rows alone when that date changes)."""
    try:
        Deadline.parse(text)
    except DeadlineError as exc:
        return str(exc)
    return None


def _check_date(text: str) -> dt.date | None | str:
    """A completion date as written (ISO or Chinese); an error message when unreadable."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        date = parse_date_phrase(text)
    except DeadlineError as exc:
        return str(exc)
    return date if date is not None else f"无法识别的日期：“{text}”"


def resolved_matches(problems: list[dict], ctx: ReviewContext) -> dict[str, matching.ProblemMatch | None]:
    """For an update: the ledger problem each document problem updates (None: new or skipped)."""
    if ctx.mode != ImportMode.UPDATE:
        return {}
    by_id = {p.pk: p for p in ctx.existing}
    forced = {}
    for p in problems:
        if p["match"] not in ("auto", "new", "skip") and str(p["match"]).isdigit() and int(p["match"]) in by_id:
            forced[p["key"]] = matching.ProblemMatch(-1, by_id[int(p["match"])], 1.0)
    auto_items = [(i, p) for i, p in enumerate(problems) if p["match"] == "auto"]
    taken = {m.problem.pk for m in forced.values()}
    pool = [p for p in ctx.existing if p.pk not in taken]
    found = matching.match_problems([p for _, p in auto_items], pool)
    out: dict[str, matching.ProblemMatch | None] = {p["key"]: None for p in problems}
    out.update(forced)
    for n, (_, p) in enumerate(auto_items):
        if n in found:
            out[p["key"]] = found[n]
    return out


def problem_issues(p: dict, mode: str, feedback: dt.date | None) -> list[dict[str, str]]:
    """What must be fixed in one problem and its measures before the commit (kept on its row, see
    ``drafts``): each a dict of where within the problem ("" or "措施2"), message, key and field.
    ``feedback`` is not read (see ``_check_deadline``); the draft store and migration 0003 pass it."""
    if mode == ImportMode.UPDATE and p["match"] == "skip":
        return []  # left out of the update: nothing in it is written
    out: list[dict[str, str]] = []

    def add(where: str, message: str, key: str, field: str) -> None:
        out.append({"where": where, "message": message, "key": key, "field": field})

    key = p["key"]
    if not p["title"].strip():
        add("", "请填写问题标题", key, "标题")
    if not isinstance(p["seq"], int) or p["seq"] < 1:
        add("", "序号应为正整数", key, "序号")
    if p["status"] not in STATUS_LABELS:
        add("", "状态不正确", key, "状态")
    if len(p["category"]) > 300:
        add("", "类别不能超过300字", key, "类别")
    if len(p.get("lead_leader") or "") > 100:
        add("", "责任领导不能超过100字", key, "责任领导")
    if p["deadline"] and (error := _check_deadline(p["deadline"])):
        add("", error, key, "整改时限")
    if p["status"] == "done" and not p["measures"]:
        add("", "标为已完成，但没有整改措施：请添加措施，或把状态改为正在推进", key, "状态")
    for j, m in enumerate(p["measures"], 1):
        where = f"措施{j}"
        if not m["text"].strip():
            add(where, "措施内容为空，请填写或删除", m["key"], "内容")
        if m["deadline"] and (error := _check_deadline(m["deadline"])):
            add(where, error, m["key"], "整改时限")
        if isinstance(found := _check_date(m["completion_date"]), str):
            add(where, found, m["key"], "完成时间")
        if (m.get("status") or "") not in STATUS_LABELS:
            add(where, "状态不正确", m["key"], "状态")
        progress = m.get("progress")
        if progress is not None and (not isinstance(progress, int) or not 0 <= progress <= 100):
            add(where, "进度应为0到100之间的整数", m["key"], "进度")
        if len(m.get("responsible_person") or "") > 100:
            add(where, "责任人不能超过100字", m["key"], "责任人")
    return out


ISSUES_LISTED = 30  # the preview lists this many of the problems' issues (the counter gives them all)


def draft_issues(job: ImportJob, ctx: ReviewContext, *, limit: int = ISSUES_LISTED,
                 repeated: set[int] | None = None) -> list[Issue]:
    """What must be fixed before the commit, each with where it is: the inspection facts, the unit
    decisions, and the problems' own (those of the first ``limit`` problems that have any; their total is
    ``DraftStore.totals()["issues"]``). Each problem issue carries ``index``, the problem's place.
    ``repeated``: the seq numbers more than one problem carries, when the caller has them already."""
    draft, store = job.draft, DraftStore(job)
    issues: list[Issue] = []
    facts = draft["facts"]
    if ctx.mode == ImportMode.NEW:
        where = "巡察信息"
        if not facts.get("name", "").strip():
            issues.append(Issue(where, "请填写名称", field="名称"))
        elif len(facts["name"]) > 200:
            issues.append(Issue(where, "名称不能超过200字", field="名称"))
        if not facts.get("inspector", "").strip():
            issues.append(Issue(where, "文档中没有找到巡察（督察）组，请填写", field="巡察组"))
        elif len(facts["inspector"]) > 100:
            issues.append(Issue(where, "不能超过100字", field="巡察组"))
        if facts.get("inspected_unit") not in ctx.inspected_unit_ids:
            issues.append(Issue(where, "请选择被巡察单位（须在您的管辖范围内）", field="被巡察单位"))
        if not facts.get("feedback_date"):
            issues.append(Issue(where, "文档中没有找到反馈日期，请填写", field="反馈日期"))
        if facts.get("period_start") and facts.get("period_end") and facts["period_start"] > facts["period_end"]:
            issues.append(Issue(where, "巡察开始日期晚于结束日期", field="巡察期间"))
        if facts.get("kind") not in InspectionKind.values:
            issues.append(Issue(where, "请选择类型", field="类型"))

    rows = store.issue_rows(limit) if limit else []
    if repeated is None:
        repeated = store.repeated_seqs() if rows else set()
    for index, p, found in rows:
        label = problem_label(p, index, repeated)
        for i in found:
            issues.append(Issue(label + ("·" + i["where"] if i["where"] else ""), i["message"], i["key"], i["field"],
                                index=index))

    for name, decision in draft["units"].items():
        where = f"单位“{name}”"
        action = decision.get("action")
        problem = None
        if action == "map":
            if decision.get("unit") not in ctx.units:
                problem = "请选择对应的单位"
        elif action == "create":
            parent = decision.get("parent")
            if parent not in ctx.units:
                problem = "新建单位须选择上级单位"
            elif any(u.parent_id == parent and u.name == name for u in ctx.units.values()):
                problem = f"“{ctx.units[parent].name}”下已有同名单位，请直接选择它"
            elif len(name) > 100:
                problem = "单位名称不能超过100字"
        elif action != "none":
            problem = "请选择对应的已有单位，或新建，或不指定单位"
        if problem and store.unit_used(name):  # a name no problem uses any more needs no decision
            issues.append(Issue(where, problem, field="单位对应"))
    return issues


# --- commit ---------------------------------------------------------------------------------------------------

SIMILAR_NAME_RATIO = 0.8


def _name_key(name: str) -> str:
    """A name as compared for similarity: no spaces or punctuation (a re-saved copy, a PDF of the .docx)."""
    return "".join(ch for ch in name if ch.isalnum())


def similar_inspections(job: ImportJob, user: User) -> list[Inspection]:
    """For a new inspection: those in scope with the same inspector and feedback date and a similar name.

    A re-saved copy or the PDF of the same .docx has other bytes (the file check misses it) but the same facts.
    Only inspections an earlier import wrote count (an inspection typed in by hand and then imported on
    purpose is the usual way to start); archived ones do not: they are out of the ledger.
    """
    import difflib

    if job.mode != ImportMode.NEW or not job.draft:
        return []
    facts = job.draft["facts"]
    inspector, feedback = (facts.get("inspector") or "").strip(), facts.get("feedback_date")
    if not inspector or not feedback:
        return []
    name = _name_key(facts.get("name") or "")
    found = []
    imported = ImportJob.objects.filter(status=ImportStatus.COMMITTED, mode=ImportMode.NEW).exclude(pk=job.pk)
    candidates = inspections_for_user(user).filter(inspector=inspector, feedback_date=feedback,
                                                   pk__in=imported.values("inspection_id"))
    for inspection in candidates:
        other = _name_key(inspection.name)
        if not name or not other or difflib.SequenceMatcher(None, name, other).ratio() >= SIMILAR_NAME_RATIO:
            found.append(inspection)
    return found


def similar_message(similar: list[Inspection]) -> str:
    names = "、".join(f"《{i.name}》" for i in similar[:3])
    return f"巡察组、反馈日期相同且名称相近的巡察{names}"


def system_filled(draft: dict, p: dict, m: dict, ctx: ReviewContext) -> list[str]:
    """What the commit will fill in for this measure that the document did not say, in words for the preview.

    Mirrors `_LedgerWriter._new_measure`: a deadline inherited or completed, units inherited, a completion
    date or note supplied.
    """
    out: list[str] = []
    if ctx.mode == ImportMode.NEW:
        feedback_text = draft["facts"].get("feedback_date")
        feedback = dt.date.fromisoformat(feedback_text) if feedback_text else None
        immediate_days = Inspection._meta.get_field("immediate_days").default
    else:
        feedback = ctx.inspection.feedback_date if ctx.inspection else None
        immediate_days = ctx.inspection.immediate_days if ctx.inspection else 15
    status = m.get("status") or p["status"]
    text = m["deadline"] or p["deadline"]
    if not m["deadline"] and p["deadline"]:
        out.append(f"整改时限沿用问题的“{p['deadline']}”")
    if not text and status == "long_term":
        out.append("整改时限：文档未写，按状态记为“长期坚持”")
    elif text and feedback is not None and ("立行立改" in text or "立即整改" in text):
        try:
            as_written, filled = Deadline.parse(text), Deadline.parse(text, feedback_date=feedback,
                                                                      immediate_days=immediate_days)
        except DeadlineError:
            filled = as_written = None
        if filled is not None and as_written.date is None and filled.date is not None:
            out.append(f"立行立改的期限：文档未写日期，按反馈日期后{immediate_days}天计为"
                       f"{filled.date.year}年{filled.date.month}月{filled.date.day}日前（台账记为“{filled}”）")
    if not m["units"] and p["units"]:
        out.append(f"责任单位沿用问题的“{'、'.join(p['units'])}”")
    if status == "done":
        if not m.get("completion_date"):
            report = _iso(draft["doc"].get("report_date"))
            out.append(f"完成时间：文档未写，记为{'通报日期' + report if report else '导入当天'}")
        if not (m.get("completion_note") or "").strip() and draft["doc"].get("layout") != "ledger":
            out.append("完成情况：文档未写，取措施内容")
    return out

def _check_committable(locked: ImportJob, user: User, *, status: str = ImportStatus.PARSED) -> ReviewContext:
    """Everything that must hold before the draft is written (the job row locked by the caller): its state,
    no earlier import of the same file or inspection unacknowledged, the target in scope, nothing to fix."""
    if locked.status == ImportStatus.COMMITTED:
        raise ImportAlreadyCommitted("该文档已经导入台账，没有重复写入")
    if locked.status == ImportStatus.COMMITTING and status != ImportStatus.COMMITTING:
        raise ImportCommitRunning("该文档正在写入台账，请稍候；没有重复提交")
    if locked.status != status:
        raise ImportStateError(f"该导入{locked.get_status_display()}，不能确认导入")
    if not locked.duplicate_acknowledged and locked.duplicates().exists():
        raise ImportStateError("同一文件此前已经导入过，请先确认是否继续导入")
    if not locked.duplicate_acknowledged and (similar := similar_inspections(locked, user)):
        raise ImportStateError(f"台账中已有{similar_message(similar)}，可能是同一份文件的另一个版本。"
                               "请先确认是否继续导入")
    if locked.mode == ImportMode.UPDATE:
        if locked.inspection_id is None or not inspections_for_user(user).filter(pk=locked.inspection_id).exists():
            raise ImportStateError("要更新的巡察已不存在或不在您的管辖范围内")
    ctx = ReviewContext.for_job(locked, user)
    issues = draft_issues(locked, ctx)
    if issues:
        raise ImportValidationError(issues)
    return ctx


def import_commit(*, job: ImportJob, user: User) -> ImportJob:
    """Write the draft to the ledger now: validate everything, then one transaction, then one audit event.

    Locking the job row makes a double submit harmless: the second request waits, then finds the
    job committed and writes nothing. The confirm page does not call this: it asks the worker
    (``import_commit_request``), which calls ``import_commit_job``."""
    require_role(user, Role.OFFICE)
    with transaction.atomic():
        locked = ImportJob.objects.select_for_update().get(pk=job.pk)
        ctx = _check_committable(locked, user)
        return _write(locked, user, ctx)


def import_commit_request(*, job: ImportJob, user: User) -> ImportJob:
    """Confirm the import: check it as ``import_commit`` would, mark it committing, and hand the write to the
    job worker (a 200,000-row ledger takes minutes to write, far longer than a web request should run).

    A second confirm while the job is committing or committed writes nothing and starts nothing
    (``ImportCommitRunning`` / ``ImportAlreadyCommitted``): the state changes under the job row's lock."""
    require_role(user, Role.OFFICE)
    with transaction.atomic():
        locked = ImportJob.objects.select_for_update().get(pk=job.pk)
        _check_committable(locked, user)
        locked.status = ImportStatus.COMMITTING
        locked.stage = "等待写入台账"
        locked.error_message = ""
        locked.save(update_fields=["status", "stage", "error_message", "updated_at"])
    from django_q.tasks import async_task

    async_task("zhenggai.importer.services.import_commit_job", locked.pk, user.pk, task_name=f"import-commit-{locked.pk}",
               sync=bool(settings.Q_CLUSTER.get("sync", False)), timeout=commit_timeout_seconds())
    locked.refresh_from_db()
    return locked


def commit_timeout_seconds() -> int:
    """How long the worker may spend writing one draft (``ZHENGGAI_IMPORT_COMMIT_TIMEOUT_SECONDS``)."""
    return int(getattr(settings, "IMPORT_COMMIT_TIMEOUT_SECONDS", 1200))


def import_commit_job(job_id: int, user_id: int) -> None:
    """The worker's half of ``import_commit_request``: the draft written in one transaction, under the job
    row's lock. Never raises: on any failure nothing of the draft is in the ledger (the transaction rolled
    back), the job is back to 待确认 with the reason shown on its preview, the draft kept to fix and retry,
    and the audit log records the failure. A job no longer committing (a repeated task) is left alone."""
    user = User.objects.get(pk=user_id)
    # Seen by the page polling the job; everything after it is one transaction, seen only when it commits.
    ImportJob.objects.filter(pk=job_id, status=ImportStatus.COMMITTING).update(stage="正在写入台账")
    try:
        with transaction.atomic():
            locked = ImportJob.objects.select_for_update().get(pk=job_id)
            if locked.status != ImportStatus.COMMITTING:
                return
            ctx = _check_committable(locked, user, status=ImportStatus.COMMITTING)
            _write(locked, user, ctx)
        return
    except ImportValidationError as exc:
        message = f"写入台账前检查发现{len(exc.issues)}处需要修改：" + "；".join(str(i) for i in exc.issues[:3])
    except ImportServiceError as exc:
        message = str(exc)
    except ValidationError as exc:
        message = "写入台账失败，有内容不符合台账要求：" + "；".join(exc.messages[:3])
    except Exception as exc:  # a bug or a lost database must not leave the job committing forever
        log.exception("import %s: commit failed", job_id)
        message = f"写入台账时发生内部错误（{type(exc).__name__}），台账没有任何改动。请稍后重试，或联系系统管理员"
    _commit_failed(job_id, user, message)


def _commit_failed(job_id: int, user: User, message: str) -> None:
    with transaction.atomic():
        changed = ImportJob.objects.filter(pk=job_id, status=ImportStatus.COMMITTING).update(
            status=ImportStatus.PARSED, stage="", error_message=message, updated_at=timezone.now())
        if changed:
            job = ImportJob.objects.get(pk=job_id)
            audit_record(actor=user, action="import.commit", obj=job, outcome="failure",
                         after={"job": job.pk, "file": job.file_name, "error": message},
                         inspection_id=job.inspection_id, note=f"导入文档《{job.file_name}》写入台账失败，未写入任何内容")


def _write(locked: ImportJob, user: User, ctx: ReviewContext) -> ImportJob:
    """Write the checked draft (inside the caller's transaction, the job row locked) and record it."""
    if locked.mode == ImportMode.UPDATE:
        locked.inspection = ctx.inspection = Inspection.objects.select_for_update().get(pk=locked.inspection_id)
    writer = _LedgerWriter(user=user, job=locked, ctx=ctx)
    if locked.mode == ImportMode.NEW:
        summary = writer.commit_new()
    else:
        summary = writer.commit_update()
    writer.audit_sign_offs()
    locked.status = ImportStatus.COMMITTED
    locked.committed_at = timezone.now()
    locked.inspection = writer.inspection
    locked.summary = summary
    locked.stage = ""
    locked.error_message = ""
    locked.save(update_fields=["status", "committed_at", "inspection", "summary", "stage", "error_message",
                               "updated_at"])
    audit_record(actor=user, action="import.commit", obj=writer.inspection,
                 after={"job": locked.pk, "file": locked.file_name, "sha256": locked.sha256, "mode": locked.mode,
                        **{k: v for k, v in summary.items() if k != "changes"},
                        # One event for the whole import; each new measure's history finds itself here. Ids come
                        # in blocks (bulk.take_ids), so ranges keep the event small at 200K measures.
                        "measure_id_ranges": id_ranges(writer.created_measure_ids)},
                 inspection_id=writer.inspection.pk, note=f"导入文档《{locked.file_name}》")
    quality_jobs.schedule_scan(writer.inspection.pk)  # copied passages, vague measures: checked after commit
    return locked


COMMIT_BATCH = 2000  # draft problems written per bulk insert

# The columns the commit writes (``bulk.Rows``), in the order its rows give them.
PROBLEM_COLUMNS = ("id", "inspection_id", "category_id", "seq", "statement", "target", "lead_leader", "lead_unit_id",
                   "deadline_kind", "deadline_date", "created_at", "version")
MEASURE_COLUMNS = ("id", "problem_id", "seq", "text", "lead_unit_id", "responsible_person", "state", "progress",
                   "completion_note", "completion_date", "last_reported_on", "created_on", "entered_on",
                   "signed_off_at", "deadline_kind", "deadline_date", "version")
# What the document gives (the rest the commit computes): checked as ``clean_fields`` would.
PROBLEM_CHECKED = ("seq", "statement", "target", "lead_leader")
MEASURE_CHECKED = ("seq", "text", "responsible_person", "progress", "completion_note")
_IN_PROGRESS, _SIGNED_OFF = str(MeasureState.IN_PROGRESS.value), str(MeasureState.SIGNED_OFF.value)


@dataclass(frozen=True)
class CreatedProblem:
    """A problem the commit made: what its summary shows."""

    pk: int
    seq: int
    statement: str


class _LedgerWriter:
    """Creates ledger rows for a validated draft, inside the caller's transaction."""

    def __init__(self, *, user: User, job: ImportJob, ctx: ReviewContext) -> None:
        self.user, self.job, self.ctx = user, job, ctx
        self.draft = job.draft
        self.now = timezone.now()
        self.today = timezone.localdate()
        self.inspection: Inspection = ctx.inspection  # type: ignore[assignment]
        self.unit_ids: dict[str, int | None] = {}
        self.units_created: list[str] = []
        self.signed_off = 0
        self.created_measure_ids: list[int] = []  # each new measure's history shows the import
        self._deadlines: dict[str, Deadline] = {}
        self.signed_off_ids: list[int] = []  # new measures the document marks done (logged at the end)
        report = _iso(self.draft["doc"].get("report_date"))
        self.report_date = dt.date.fromisoformat(report) if report else self.today

    # units
    def resolve_units(self) -> None:
        from zhenggai.accounts.services import unit_save

        for name, decision in self.draft["units"].items():
            if decision.get("action") == "map":
                self.unit_ids[name] = decision["unit"]
            elif decision.get("action") == "create":
                unit = unit_save(actor=self.user, unit=Unit(name=name, parent_id=decision["parent"]))
                self.unit_ids[name] = unit.pk
                self.units_created.append(name)
            else:
                self.unit_ids[name] = None

    def _unit_list(self, names: Iterable[str]) -> list[int]:
        out: list[int] = []
        for name in names:
            pk = self.unit_ids.get(name)
            if pk and pk not in out:
                out.append(pk)
        return out

    def _deadline(self, text: str, status: str) -> Deadline:
        if not text and status == "long_term":
            text = "长期坚持"
        # A ledger repeats a few deadline texts over thousands of rows: each is read once.
        found = self._deadlines.get(text)
        if found is None:
            found = self._deadlines[text] = self.inspection.parse_deadline(text)
        return found

    def _completion_date(self, m: dict) -> dt.date:
        found = _check_date(m.get("completion_date") or "")
        return found if isinstance(found, dt.date) else self.report_date

    def _completion_note(self, m: dict) -> str:
        """What was done: a ledger's 完成情况; a bulletin's measure text says what was done in itself."""
        note = (m.get("completion_note") or "").strip()
        if note or self.draft["doc"].get("layout") == "ledger":
            return note
        return m["text"].strip()

    # new inspection
    def commit_new(self) -> dict[str, Any]:
        facts = self.draft["facts"]
        self.inspection = Inspection(
            kind=facts["kind"], name=facts["name"].strip(), inspector=facts["inspector"].strip(),
            inspected_unit_id=facts["inspected_unit"],
            period_start=dt.date.fromisoformat(facts["period_start"]) if facts.get("period_start") else None,
            period_end=dt.date.fromisoformat(facts["period_end"]) if facts.get("period_end") else None,
            feedback_date=dt.date.fromisoformat(facts["feedback_date"]),
        )
        self.inspection.full_clean()
        self.inspection.save()
        self.resolve_units()
        # A slice at a time: a 200,000-row ledger is never held as model instances all at once.
        categories = self.categories(DraftStore(self.job).categories())
        problems = measures = 0
        with row_triggers_deferred(connection, self.inspection.pk):
            for chunk in DraftStore(self.job).chunks(COMMIT_BATCH):
                created, measure_count = self.create_problems(chunk, categories)
                problems += len(created)
                measures += measure_count
        return self._summary(problems=problems, measures=measures)

    def _summary(self, **extra: Any) -> dict[str, Any]:
        headline = self.draft["doc"].get("headline") or {}
        return {"mode": self.job.mode, "inspection_id": self.inspection.pk,
                "categories": self.inspection.categories.count(), "signed_off": self.signed_off,
                "units_created": self.units_created, "rules_stated": headline.get("rules_made"),
                "headline": headline, **extra}

    def categories(self, names: Iterable[str]) -> dict[str, Category]:
        """The inspection's categories by name, with those of ``names`` it lacks created (in that order)."""
        categories = {c.name: c for c in self.inspection.categories.all()}
        next_cat = max((c.seq for c in categories.values()), default=0) + 1
        for name in names:
            name = name.strip()
            if name and name not in categories:
                categories[name] = Category(inspection=self.inspection, seq=next_cat, name=name)
                next_cat += 1
        Category.objects.bulk_create([c for c in categories.values() if c.pk is None])
        return categories

    def create_problems(self, items: list[dict], categories: dict[str, Category] | None = None
                        ) -> tuple[list[CreatedProblem], int]:
        """Problems and measures for these draft problems, under their categories (reused by name), written in
        bulk (``bulk``: plain rows, checked, COPY/executemany), with the sign-offs the document states logged in
        one go. Returns the problems made, in order, and how many measures."""
        if categories is None:
            categories = self.categories(p["category"] for p in items)
        created_on = min(self.inspection.feedback_date, self.today)
        problem_ids = bulk.take_ids(Problem, len(items))
        problems = bulk.Rows(Problem, PROBLEM_COLUMNS, checked=PROBLEM_CHECKED)
        problem_units = bulk.Rows(Problem.co_units.through, ("problem_id", "unit_id"))
        measures = bulk.Rows(Measure, MEASURE_COLUMNS, checked=MEASURE_CHECKED)
        measure_units = bulk.Rows(Measure.co_units.through, ("measure_id", "unit_id"))
        measure_ids = iter(bulk.take_ids(Measure, sum(len(p["measures"]) for p in items)))
        created: list[CreatedProblem] = []
        inspection_id, now = self.inspection.pk, self.now
        for pk, p in zip(problem_ids, items):
            where = f"问题{p['seq']}"
            units = self._unit_list(p["units"]) or self._unit_list(n for m in p["measures"] for n in m["units"])
            deadline = self._deadline(p["deadline"], p["status"])
            category = categories.get(p["category"].strip())
            statement = p["title"].strip()
            problems.add((pk, inspection_id, category.pk if category else None, p["seq"], statement,
                          p.get("target") or "", p.get("lead_leader") or "", units[0] if units else None,
                          deadline.kind.value, deadline.date, now, 1), where)
            for u in units[1:]:
                problem_units.rows.append((pk, u))
            created.append(CreatedProblem(pk, p["seq"], statement))
            for j, m in enumerate(p["measures"], 1):
                values, m_units = self._measure_values(p, m, j, units, created_on)
                measure_id = next(measure_ids)
                measures.add((measure_id, pk, *(values[c] for c in MEASURE_COLUMNS[2:])), f"{where}·措施{j}")
                for u in m_units[1:]:
                    measure_units.rows.append((measure_id, u))
                if values["state"] == _SIGNED_OFF:
                    self.signed_off_ids.append(measure_id)
        written_measures = measures.rows
        problems.write()
        problem_units.write()
        count = measures.write()
        measure_units.write()
        self.created_measure_ids.extend(row[0] for row in written_measures)
        return created, count

    def _measure_values(self, p: dict, m: dict, seq: int, problem_units: list[int], created_on: dt.date
                        ) -> tuple[dict[str, Any], list[int]]:
        """A new measure's columns (without id and problem) from the draft, and its units (lead first)."""
        units = self._unit_list(m["units"]) or problem_units
        status = m.get("status") or p["status"]
        completion = _check_date(m.get("completion_date") or "")
        deadline = self._deadline(m["deadline"] or p["deadline"], status)
        values: dict[str, Any] = {
            "seq": seq, "text": m["text"].strip(), "lead_unit_id": units[0] if units else None,
            "responsible_person": m.get("responsible_person") or "", "state": _IN_PROGRESS,
            "progress": m.get("progress") or 0, "completion_note": (m.get("completion_note") or "").strip(),
            "completion_date": completion if isinstance(completion, dt.date) else None,
            "last_reported_on": None, "created_on": created_on,
            "entered_on": self.today if created_on < self.today else None, "signed_off_at": None,
            "deadline_kind": deadline.kind.value, "deadline_date": deadline.date, "version": 1,
        }
        if status == "done":
            values.update(self._sign_off_values(self._completion_note(m) or m["text"].strip(),
                                                self._completion_date(m)))
        return values, units

    def _new_measure(self, problem: Problem, p: dict, m: dict, seq: int, problem_units: list[int],
                     created_on: dt.date) -> tuple[Measure, list[int]]:
        """One new measure under an existing problem (an update's added measure), validated as a model."""
        values, units = self._measure_values(p, m, seq, problem_units, created_on)
        measure = Measure(problem=problem, **values)
        measure.clean_fields(exclude=["problem", "lead_unit"])
        return measure, units

    def _sign_off_values(self, note: str, completion_date: dt.date) -> dict[str, Any]:
        """The document says this is done: recorded as signed off, with the document's words as the note."""
        self.signed_off += 1
        return {"state": _SIGNED_OFF, "progress": 100, "completion_note": note,
                "completion_date": completion_date, "signed_off_at": self.now}

    def _sign_off_fields(self, measure: Measure, note: str, completion_date: dt.date) -> None:
        for name, value in self._sign_off_values(note, completion_date).items():
            setattr(measure, name, value)

    def _sign_off_event(self, measure_id: int, values: dict[str, Any], before: dict[str, Any]) -> dict[str, Any]:
        return {"action": "import.sign_off", "object_type": "measure", "object_id": measure_id, "before": before,
                "after": {"state": values["state"], "progress": values["progress"],
                          "completion_date": values["completion_date"].isoformat(),
                          "completion_note": values["completion_note"]},
                "note": f"据导入文档《{self.job.file_name}》标为已完成（未经销号审核流程）",
                "inspection_id": self.inspection.pk, "measure_id": measure_id}

    def _audit_sign_off(self, measure: Measure, before: dict[str, Any]) -> None:
        event = self._sign_off_event(measure.pk, {name: getattr(measure, name) for name in
                                                  ("state", "progress", "completion_date", "completion_note")}, before)
        del event["object_type"], event["object_id"]
        audit_record(actor=self.user, obj=measure, **event)

    def audit_sign_offs(self) -> None:
        """One event per new measure the document marks done, appended to the chain in one go at the end of the
        write (on PostgreSQL the chain's lock is then held for the last moments of the commit, not all of it).
        The measures are read back a slice at a time."""
        def events() -> Iterable[dict[str, Any]]:
            fields = ("id", "state", "progress", "completion_date", "completion_note")
            for start in range(0, len(self.signed_off_ids), COMMIT_BATCH):
                ids = self.signed_off_ids[start:start + COMMIT_BATCH]
                for row in Measure.objects.filter(pk__in=ids).order_by("pk").values(*fields):
                    yield self._sign_off_event(row["id"], row, {"state": None})

        if self.signed_off_ids:
            audit_record_many(actor=self.user, events=events())

    # bulletin into an existing inspection
    def commit_update(self) -> dict[str, Any]:
        self.resolve_units()
        # A bulletin updating a ledger is matched as a whole: its problems are read at once.
        problems = list(DraftStore(self.job).iter())
        matches = resolved_matches(problems, self.ctx)
        before = self._statuses()
        changes: list[dict[str, Any]] = []
        new_items: list[dict] = []
        skipped = 0
        for p in problems:
            match = matches.get(p["key"])
            if match is not None:
                changes.append(self._update_problem(match.problem, p, match.score))
            elif p["match"] == "skip":
                skipped += 1
            else:
                new_items.append(p)
        with row_triggers_deferred(connection, self.inspection.pk):
            created, measures_created = self.create_problems(new_items) if new_items else ([], 0)
        after = self._statuses()
        for row in changes:
            row["old_status"] = before.get(row["problem_id"], "")
            row["new_status"] = after.get(row["problem_id"], "")
        for problem, p in zip(created, new_items):
            changes.append({"problem_id": problem.pk, "seq": problem.seq, "title": problem.statement, "kind": "new",
                            "doc_status": p["status"], "old_status": "", "new_status": after.get(problem.pk, ""),
                            "added": len(p["measures"]), "signed_off": 0, "noted": 0, "blocked": 0, "score": None})
        return self._summary(problems_updated=sum(1 for c in changes if c["kind"] == "matched"),
                             problems_created=len(created), problems_skipped=skipped,
                             measures=measures_created + sum(c["added"] for c in changes if c["kind"] == "matched"),
                             changes=changes)

    def _statuses(self) -> dict[int, str]:
        return dict(Problem.objects.filter(inspection=self.inspection).with_status().values_list("pk", "status"))

    def _update_problem(self, problem: Problem, p: dict, score: float) -> dict[str, Any]:
        measures = list(Measure.objects.select_for_update().filter(problem=problem).order_by("seq", "id"))
        by_seq = {m.seq: m for m in measures}
        row = {"problem_id": problem.pk, "seq": problem.seq, "title": problem.statement, "kind": "matched",
               "doc_seq": p["seq"], "doc_status": p["status"], "added": 0, "signed_off": 0, "noted": 0,
               "blocked": 0, "score": score}
        used: set[int] = set()
        next_seq = max((m.seq for m in measures), default=0) + 1
        created_on = min(self.inspection.feedback_date, self.today)
        problem_units = [problem.lead_unit_id] if problem.lead_unit_id else []
        for j, m in enumerate(p["measures"], 1):
            seq = m["seq"] if isinstance(m.get("seq"), int) else j
            done = m.get("status") == "done" or (not m.get("status") and p["status"] == "done")
            existing = by_seq.get(seq) if seq not in used else None
            if existing is None:
                measure, units = self._new_measure(problem, p, m, next_seq, problem_units, created_on)
                measure.save()
                self.created_measure_ids.append(measure.pk)
                if units[1:]:
                    measure.co_units.set(units[1:])
                if measure.state == MeasureState.SIGNED_OFF:
                    self._audit_sign_off(measure, before={"state": None})
                    row["signed_off"] += 1
                next_seq += 1
                row["added"] += 1
                continue
            used.add(seq)
            note = self._completion_note(m)
            self._apply(existing, (note or m["text"].strip()) if done else note, done, self._completion_date(m), row,
                        progress=m.get("progress"))
        if p["status"] == "done":
            # The document says the whole problem is done: its other open measures are done too.
            text = "；".join(self._completion_note(m) or m["text"].strip() for m in p["measures"]) or (
                f"据《{self.job.file_name}》，该问题已整改完成")
            for existing in measures:
                if existing.seq not in used:
                    self._apply(existing, text, True, self.report_date, row)
        return row

    def _apply(self, measure: Measure, text: str, done: bool, completion_date: dt.date, row: dict,
               progress: int | None = None) -> None:
        if measure.state == MeasureState.SIGNED_OFF:
            return
        if done and measure.state in (MeasureState.REQUESTED, MeasureState.REVIEWED):
            # A sign-off request is under review: the reviewers decide, not the import.
            row["blocked"] += 1
            return
        before = {"state": measure.state, "progress": measure.progress, "completion_note": measure.completion_note}
        if done:
            self._sign_off_fields(measure, text, completion_date)
            measure.version += 1
            measure.save()
            self._audit_sign_off(measure, before=before)
            row["signed_off"] += 1
        else:
            after: dict[str, Any] = {}
            if text and text != measure.completion_note:
                after["completion_note"] = measure.completion_note = text
            if progress is not None and progress != measure.progress:
                after["progress"] = measure.progress = progress
            if not after:
                return
            measure.version += 1
            measure.save(update_fields=[*after, "version"])
            audit_record(actor=self.user, action="import.update", obj=measure, before=before, after=after,
                         note=f"据导入文档《{self.job.file_name}》更新完成情况", inspection_id=self.inspection.pk,
                         measure_id=measure.pk)
            row["noted"] += 1


def status_label(value: str | None) -> str:
    if not value:
        return "—"
    try:
        return ProblemStatus(value).label
    except ValueError:
        return STATUS_LABELS.get(value, value)


__all__ = [
    "ImportEditError", "ImportStateError", "ImportAlreadyCommitted", "ImportCommitRunning", "ImportValidationError",
    "Issue", "import_job_create", "import_parse_job", "import_parse_start", "import_draft_edit", "import_commit",
    "import_commit_request", "import_commit_job",
    "import_cancel", "import_acknowledge_duplicate", "draft_issues", "ReviewContext", "resolved_matches",
    "similar_inspections", "system_filled",
]
