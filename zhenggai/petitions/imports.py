"""Importing a batch (交办清单): store the upload, read it in the sandbox, check everything, write it in one go.

Small files are read in the request, large ones by the worker (django-q), as the document importer does.
The whole file is checked before anything is written; an error anywhere writes nothing and is reported with
its line and column. Warnings (a 受理编号 missing, a unit not found, a cell that could not be read) are kept
with the result and the row is imported without the value: nothing is guessed, no row is dropped.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from zhenggai.accounts.models import Role, Unit, User
from zhenggai.accounts.scope import require_role
from zhenggai.audit.services import audit_record
from zhenggai.ledger.models import Inspection
from zhenggai.ledger.workflow import PetitionState, WorkflowError
from zhenggai.petitions import interpret
from zhenggai.petitions.batches import batch_numbers, batch_sort_key
from zhenggai.petitions.models import ImportStatus, PetitionBatch, PetitionCase, PetitionImport
from zhenggai.petitions.numbers import parse_number
from zhenggai.petitions.reader import LABELS, Row, Sheet

ALLOWED = (".xlsx", ".csv", ".docx", ".html", ".htm")
# Fields an update (the same 受理编号 again) may overwrite when the new cell is not empty.
UPDATABLE = ("complaint", "area", "pollution_type", "investigation", "verdict", "goal", "handling", "accountability",
             "fines_wan", "cases_filed", "rectification_orders", "people_held_accountable")


def imports_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "imports"
    path.mkdir(parents=True, exist_ok=True)
    return path


def petition_import_create(*, user: User, inspection: Inspection, uploaded, batch_number: str = "",
                           handed_over_on: dt.date | None = None, time_limit_days: int | None = None) -> PetitionImport:
    """Store the file and start reading it: now when small, in the worker when large."""
    from zhenggai.importer.services import inline_parse_max_bytes, max_upload_bytes
    from zhenggai.petitions.services import _require_in_scope_of_inspection

    require_role(user, Role.OFFICE)
    _require_in_scope_of_inspection(user, inspection)
    name = Path(uploaded.name or "").name
    if not name.lower().endswith(ALLOWED):
        raise WorkflowError("交办清单请上传 .xlsx、.csv、.docx（含表格）或网页（HTML）格式的文件")
    if uploaded.size > max_upload_bytes():
        raise WorkflowError(f"文件超过{max_upload_bytes() // 2**20}MB，无法导入")
    stored = secrets.token_hex(16) + Path(name).suffix.lower()
    digest = hashlib.sha256()
    with open(imports_dir() / stored, "wb") as out:
        for chunk in uploaded.chunks():
            digest.update(chunk)
            out.write(chunk)
    job = PetitionImport.objects.create(inspection=inspection, owner=user, file_name=name[:255], stored_name=stored,
                                        size=uploaded.size, sha256=digest.hexdigest(), batch_number=(batch_number or "").strip()[:40],
                                        handed_over_on=handed_over_on, time_limit_days=time_limit_days)
    if uploaded.size <= inline_parse_max_bytes():
        petition_import_run(job.pk)
    else:
        from django_q.tasks import async_task

        async_task("zhenggai.petitions.imports.petition_import_run", job.pk, task_name=f"petitions-{job.pk}",
                   sync=bool(settings.Q_CLUSTER.get("sync", False)))
    job.refresh_from_db()
    return job


def petition_import_run(job_id: int) -> None:
    """Read the stored file in the sandbox child, then check and commit (the worker's entry point)."""
    from zhenggai.importer.extract import ExtractError
    from zhenggai.importer.sandbox import parse_in_sandbox

    job = PetitionImport.objects.select_related("inspection__inspected_unit", "owner").get(pk=job_id)
    try:
        outcome = parse_in_sandbox(imports_dir() / job.stored_name, job.file_name, limits=settings.PARSE_LIMITS,
                                   reader="petitions")
    except ExtractError as exc:
        _finish(job, errors=[{"line": None, "message": exc.message_zh}])
        return
    sheet = Sheet.from_dict(outcome.result)
    plan = plan_import(job=job, sheet=sheet)
    if plan.errors:
        _finish(job, errors=plan.errors)
        return
    # Kept for the confirmation: neither the reading nor the checking is repeated, and what is written is
    # what the preview showed.
    _sheet_path(job).write_text(_plan_dumps(plan), encoding="utf-8")
    job.status, job.summary = ImportStatus.PREVIEW, preview_summary(plan, job=job)
    job.save(update_fields=["status", "summary"])


def _finish(job: PetitionImport, *, errors: list | None = None, summary: dict | None = None) -> None:
    job.status = ImportStatus.FAILED if errors else ImportStatus.DONE
    job.errors, job.summary, job.finished_at = errors or [], summary or {}, timezone.now()
    job.save(update_fields=["status", "errors", "summary", "finished_at"])
    _sheet_path(job).unlink(missing_ok=True)


def _sheet_path(job: PetitionImport) -> Path:
    return imports_dir() / f"{job.stored_name}.plan.json"


def _plan_default(value):
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    if isinstance(value, Decimal):
        return {"__decimal__": str(value)}
    raise TypeError(f"{type(value).__name__} is not kept in a preview")


def _plan_hook(obj: dict):
    if "__date__" in obj:
        return dt.date.fromisoformat(obj["__date__"])
    if "__decimal__" in obj:
        return Decimal(obj["__decimal__"])
    return obj


def _plan_dumps(plan: Plan) -> str:
    """The checked plan as JSON (dates and amounts kept exactly); an existing case is kept by its 受理编号."""
    cases = [{"line": p.line, "fields": p.fields, "batch_key": p.batch_key, "lead_unit_id": p.lead_unit_id,
              "co_unit_ids": p.co_unit_ids, "repeat_number": p.repeat_number,
              "existing": p.existing.number if p.existing is not None else None} for p in plan.cases]
    return json.dumps({"batches": plan.batches, "cases": cases, "warnings": plan.warnings,
                       "unknown_columns": plan.unknown_columns}, ensure_ascii=False, default=_plan_default)


def _plan_loads(text: str, inspection: Inspection) -> Plan:
    data = json.loads(text, object_hook=_plan_hook)
    numbers = [c["existing"] for c in data["cases"] if c["existing"]]
    existing = {c.number: c for c in PetitionCase.objects.filter(inspection=inspection, number__in=numbers)}
    plan = Plan(batches=data["batches"], warnings=data["warnings"],
                unknown_columns=[tuple(x) for x in data["unknown_columns"]])
    for c in data["cases"]:
        if c["existing"] and c["existing"] not in existing:
            raise ImportStale("预览之后，受理编号为" + c["existing"] + "的信访件已被删除或改号，本次预览已过期，没有导入。请重新上传")
        plan.cases.append(PlannedCase(line=c["line"], fields=c["fields"], batch_key=c["batch_key"],
                                      lead_unit_id=c["lead_unit_id"], co_unit_ids=c["co_unit_ids"],
                                      repeat_number=c["repeat_number"],
                                      existing=existing[c["existing"]] if c["existing"] else None))
    return plan


# --- the preview ----------------------------------------------------------------------------------------------

PREVIEW_ROWS = 500  # rows listed one by one on the preview page; the counts cover all of them


def preview_summary(plan: Plan, *, job: PetitionImport) -> dict:
    """What the confirmation will do, as the preview page shows it, and the fingerprint it is checked against."""
    states: dict[str, int] = {}
    rows = []
    existing_batches = set(job.inspection.petition_batches.values_list("sort_key", flat=True))
    for p in plan.cases:
        states[p.fields["state"]] = states.get(p.fields["state"], 0) + 1
        if len(rows) < PREVIEW_ROWS:
            rows.append({"line": p.line, "number": p.fields["number"], "batch": plan.batches[p.batch_key]["number"],
                         "complaint": p.fields["complaint"][:80], "area": p.fields["area"],
                         "state": p.fields["state"], "update": p.existing is not None,
                         "repeat": p.repeat_number or ""})
    return {
        "preview": True, "file": job.file_name, "rows_total": len(plan.cases),
        "created": sum(1 for p in plan.cases if p.existing is None),
        "updated": sum(1 for p in plan.cases if p.existing is not None),
        "updated_numbers": [p.existing.number for p in plan.cases if p.existing is not None][:PREVIEW_ROWS],
        "missing_number": [p.line for p in plan.cases if not p.fields["number"]],
        "unknown_columns": [heading for _col, heading in plan.unknown_columns],
        "repeats": [{"line": p.line, "number": p.fields["number"], "repeat_of": p.repeat_number}
                    for p in plan.cases if p.repeat_number],
        "states": states, "batches": [b["number"] for b in plan.batches.values()],
        "new_batches": [b["number"] for key, b in plan.batches.items() if key not in existing_batches],
        "rows": rows, "warnings": plan.warnings, "fingerprint": plan_fingerprint(plan, job.inspection),
        "same_file": _same_file_imported(job),
    }


def _same_file_imported(job: PetitionImport) -> dict | None:
    """The same file (by its SHA-256) already imported into this inspection: confirming again would add its
    cases without 受理编号 a second time (those with one are updates), so the preview says so."""
    if not job.sha256:
        return None
    earlier = (PetitionImport.objects.filter(inspection=job.inspection_id, sha256=job.sha256, status=ImportStatus.DONE)
               .exclude(pk=job.pk).order_by("-finished_at").first())
    if earlier is None:
        return None
    return {"at": timezone.localtime(earlier.finished_at).strftime("%Y-%m-%d %H:%M"), "file": earlier.file_name,
            "created": earlier.summary.get("created", 0), "id": earlier.pk}


def plan_fingerprint(plan: Plan, inspection: Inspection) -> str:
    """What the plan was made against: the cases of the batches it names, and those its 受理编号 and repeat
    references name (how many, the newest id, the sum of their versions, which every change raises), and the
    batches that exist. One query; a different answer at confirmation means the preview is stale."""
    from django.db.models import Count, Sum

    names = [b["number"] for b in plan.batches.values()]
    numbers = {p.fields["number"] for p in plan.cases if p.fields["number"]} | {
        p.repeat_number for p in plan.cases if p.repeat_number}
    from django.db.models import Q

    found = PetitionCase.objects.filter(Q(batch__number__in=names) | Q(number__in=numbers),
                                        inspection=inspection).aggregate(n=Count("id"), last=Max("id"), v=Sum("version"))
    batches = sorted(PetitionBatch.objects.filter(inspection=inspection, number__in=names).values_list("pk", flat=True))
    return f"{found['n']}:{found['last']}:{found['v']}:{batches}"


class ImportStale(WorkflowError):
    """The batch changed between the preview and the confirmation."""


def petition_import_confirm(*, job: PetitionImport, user: User) -> PetitionImport:
    """确认导入 and write at once, in one transaction (the demo, the bench, scripts). The confirm page asks the
    worker instead (``petition_import_confirm_request``)."""
    require_role(user, Role.OFFICE)
    with transaction.atomic():
        job = _locked(job.pk)
        if job.status != ImportStatus.PREVIEW:
            raise WorkflowError(f"该交办清单导入{job.get_status_display()}，未重复导入")
        _write(job, user)
    return job


def petition_import_confirm_request(*, job: PetitionImport, user: User) -> PetitionImport:
    """确认导入 from the preview page: checked, marked 正在写入 under the job row's lock, and handed to the
    worker (a 10,000-row list took 3 s to write, too long for a web request). A second click finds the job
    writing or written and writes nothing; a stale preview is refused by the worker, which puts the job back
    to 待确认导入 with the reason (``petition_import_commit_job``)."""
    require_role(user, Role.OFFICE)
    with transaction.atomic():
        job = _locked(job.pk)
        if job.status != ImportStatus.PREVIEW:
            raise WorkflowError(f"该交办清单导入{job.get_status_display()}，未重复导入")
        from zhenggai.petitions.services import _require_in_scope_of_inspection

        _require_in_scope_of_inspection(user, job.inspection)
        job.status, job.errors = ImportStatus.COMMITTING, []
        job.save(update_fields=["status", "errors"])
    from django_q.tasks import async_task

    async_task("zhenggai.petitions.imports.petition_import_commit_job", job.pk, user.pk,
               task_name=f"petitions-commit-{job.pk}", sync=bool(settings.Q_CLUSTER.get("sync", False)))
    job.refresh_from_db()
    return job


def petition_import_commit_job(job_id: int, user_id: int) -> None:
    """The worker's half of ``petition_import_confirm_request``: the write in one transaction under the job row's
    lock. Never raises: on any failure (a stale preview, a bug, a lost database) nothing is written, the job is
    back to 待确认导入 with the reason shown on its preview. A job no longer 正在写入 (a repeated task) is left alone."""
    user = User.objects.get(pk=user_id)
    try:
        with transaction.atomic():
            job = _locked(job_id)
            if job.status != ImportStatus.COMMITTING:
                return
            _write(job, user)
        return
    except WorkflowError as exc:
        message = str(exc)
    except Exception as exc:  # noqa: BLE001 - the job must not stay 正在写入 for ever
        import logging

        logging.getLogger(__name__).exception("petition import %s: commit failed", job_id)
        message = f"写入时发生内部错误（{type(exc).__name__}），没有写入任何信访件。请稍后重试，或联系系统管理员"
    PetitionImport.objects.filter(pk=job_id, status=ImportStatus.COMMITTING).update(
        status=ImportStatus.PREVIEW, errors=[{"line": None, "message": message}])


def _locked(pk: int) -> PetitionImport:
    return PetitionImport.objects.select_for_update(of=("self",)).select_related(
        "inspection__inspected_unit", "owner").get(pk=pk)


def _write(job: PetitionImport, user: User) -> None:
    """Write what the preview showed (the job row locked by the caller, in its transaction). The plan is made
    again from the kept reading and refused when the cases it touches changed since the preview."""
    from zhenggai.petitions.services import _require_in_scope_of_inspection

    _require_in_scope_of_inspection(user, job.inspection)
    try:
        plan = _plan_loads(_sheet_path(job).read_text(encoding="utf-8"), job.inspection)
    except FileNotFoundError:
        raise WorkflowError("预览的读取结果已不存在，请重新上传") from None
    if plan_fingerprint(plan, job.inspection) != job.summary.get("fingerprint"):
        raise ImportStale(f"预览之后，批次“{'、'.join(job.summary.get('batches', []))}”的信访件已有变动"
                          "（有人导入、分办或办理了其中的信访件），本次预览已过期，没有导入。请重新上传交办清单，核对新的预览后再导入")
    summary = petition_import_commit(job=job, sheet=None, plan=plan, user=user)
    _finish(job, summary=summary)


def petition_import_cancel(*, job: PetitionImport, user: User) -> PetitionImport:
    """放弃: the preview is discarded; nothing was written."""
    require_role(user, Role.OFFICE)
    with transaction.atomic():
        job = PetitionImport.objects.select_for_update().get(pk=job.pk)
        if job.status != ImportStatus.PREVIEW:
            raise WorkflowError(f"该交办清单导入{job.get_status_display()}，不能放弃")
        job.status, job.finished_at = ImportStatus.CANCELLED, timezone.now()
        job.save(update_fields=["status", "finished_at"])
        audit_record(actor=user, action="petition.import_cancel", obj=job, after={"file": job.file_name},
                     note=f"放弃导入交办清单“{job.file_name}”", inspection_id=job.inspection_id)
    _sheet_path(job).unlink(missing_ok=True)
    return job


class ImportRefused(Exception):
    """The file cannot be imported as it is; `errors` say where and why. Nothing was written."""

    def __init__(self, errors: list[dict]) -> None:
        super().__init__("；".join(e["message"] for e in errors))
        self.errors = errors


# --- checking -------------------------------------------------------------------------------------------------

# Words ending in 市/省 that name no place.
_NOT_PLACES = {"城市", "市场", "超市", "都市", "省市", "全市", "全省", "本市", "本省", "我市", "我省", "各市", "各省", "该市",
               "该省", "市区", "市级", "省级", "夜市", "上市", "门市", "城区"}


def _places(text: str, suffixes: str) -> list[list[str]]:
    """Each place the text names with one of `suffixes` (长沙市; 湖南省, 黑龙江省), as the 2-, 3- and 4-character
    spellings ending there."""
    out = []
    for m in re.finditer(f"[{suffixes}]", text or ""):
        if text[max(0, m.start() - 1):m.end()] in _NOT_PLACES or text[m.start():m.start() + 2] in _NOT_PLACES:
            continue
        spellings = [text[m.start() - w:m.end()] for w in (2, 3, 4) if m.start() - w >= 0]
        spellings = [p for p in spellings if re.fullmatch(r"[\u4e00-\u9fff]+", p)]
        if spellings:
            out.append(spellings)
    return out


def foreign_body(inspection: Inspection, texts: list[str]) -> str | None:
    """The body a 交办清单 names in its title when it is not this inspection's (岳阳市 for 长沙市), else None.

    The cities the title names (…市) must include one the inspection names: its name, its 督察组, the inspected
    unit, the units above or under it; a title naming no city is judged by its provinces (…省) the same way; a
    title naming neither passes. A phrase is not taken for a place by its position alone ("贯彻落实省第二督察组"
    names a city, 江川市, before it; the 省 of 省第二督察组 is then never reached).
    """
    unit = inspection.inspected_unit
    known = " ".join([inspection.name, inspection.inspector, unit.name]
                     + list(Unit.objects.filter(pk__in=unit.ancestor_ids()).values_list("name", flat=True))
                     + list(unit.subtree().values_list("name", flat=True)[:500]))
    for text in texts:
        for suffixes in ("市州", "省"):
            places = _places(text, suffixes)
            if places:
                if any(p in known for spellings in places for p in spellings):
                    return None
                return places[0][0]
    return None


@dataclass
class PlannedCase:
    line: int
    fields: dict
    batch_key: str
    lead_unit_id: int | None
    co_unit_ids: list[int]
    repeat_number: str | None
    existing: PetitionCase | None = None


@dataclass
class Plan:
    batches: dict[str, dict] = field(default_factory=dict)  # sort key → {"number", "handed_over_on", "time_limit_days"}
    cases: list[PlannedCase] = field(default_factory=list)
    unknown_columns: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def warn(self, line: int | None, message: str) -> None:
        self.warnings.append({"line": line, "message": message})

    def error(self, line: int | None, message: str) -> None:
        self.errors.append({"line": line, "message": message})


def _unit_lookup(inspection: Inspection) -> dict[str, int]:
    lookup: dict[str, int] = {}
    for pk, name, short in inspection.inspected_unit.subtree().values_list("pk", "name", "short_name"):
        lookup.setdefault(name, pk)
        if short:
            lookup.setdefault(short, pk)
    return lookup


def _split_units(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[、,，;；/／\n]+", text or "") if p.strip()]


def plan_import(*, job: PetitionImport, sheet: Sheet) -> Plan:
    """Check every row and decide what each becomes. Reads the database; writes nothing."""
    inspection = job.inspection
    plan = Plan()
    body = foreign_body(inspection, [sheet.title] + sheet.paragraphs[:5])
    if body:
        plan.error(None, f"该交办清单是“{body}”的（标题：{sheet.title[:60]}），不属于本督察“{inspection.name}”，已拒绝导入")
        return plan
    plan.unknown_columns = list(sheet.unknown_columns)
    for col, heading in sheet.unknown_columns:
        plan.warn(None, f"第{col}列“{heading}”无法识别，未导入该列（如是重复举报说明，仍会据此关联原案件）")
    for line, note in sheet.notes:
        plan.warn(line, note)
    if not sheet.rows:
        plan.error(None, "交办清单中没有信访件")
        return plan
    title_batch = job.batch_number or next((m.group(0) for text in (sheet.title, job.file_name) for m in [re.search(
        r"第\s*[0-9一二三四五六七八九十百零〇两]+(?:\s*[-－—]\s*\d+)?\s*批", text or "")] if m), "")
    if not title_batch and "batch" not in sheet.columns:
        plan.error(None, "无法确定批次：文件标题和文件名中没有批次，也没有“批次”列。请在导入时填写批次（如“第二十五批”）")
        return plan
    default_date = job.handed_over_on or interpret.handed_over(sheet.title)
    units = _unit_lookup(inspection)
    existing = {c.number: c for c in PetitionCase.objects.filter(inspection=inspection).exclude(number="")}
    seen: dict[str, PlannedCase] = {}
    for row in sheet.rows:
        _plan_row(plan, row, job=job, title_batch=title_batch, default_date=default_date, units=units,
                  existing=existing, seen=seen)
    known_numbers = set(existing) | set(seen)
    for case in plan.cases:
        if case.repeat_number and case.repeat_number not in known_numbers:
            plan.warn(case.line, f"所称重复的受理编号{case.repeat_number}在本督察中没有找到，未关联")
            case.repeat_number = None
    return plan


def _plan_row(plan: Plan, row: Row, *, job, title_batch: str, default_date, units, existing, seen) -> None:
    c = row.cells
    line = row.line
    complaint = c.get("complaint", "")
    if not complaint:
        plan.error(line, f"第{line}行缺少“交办问题基本情况”")
        return
    batch_text = c.get("batch", "") or title_batch
    if not batch_text or not batch_numbers(batch_text):
        plan.error(line, f"第{line}行无法确定批次：请在导入时填写批次（如“第二十五批”）")
        return
    key = batch_sort_key(batch_text)
    date = interpret.handed_over(c.get("handed_over_on", "")) or default_date
    if date is None:
        plan.error(line, f"第{line}行无法确定交办日期：请在导入时填写交办日期")
        return
    batch = plan.batches.setdefault(key, {"number": re.sub(r"\s+", "", batch_text), "handed_over_on": date,
                                          "time_limit_days": job.time_limit_days})
    fields: dict = {"complaint": complaint, "area": c.get("area", "")[:60], "handed_over_on": date,
                    "investigation": c.get("investigation", ""), "goal": c.get("goal", ""),
                    "handling": c.get("handling", ""), "accountability": c.get("accountability", "")}
    number = parse_number(c.get("number", ""))
    fields.update(number=number.text[:40], source=number.source, received_on=number.received_on)
    if not number.text:
        plan.warn(line, f"第{line}行缺少受理编号：已导入并标记“缺少受理编号”，请核对后补录")
    seq_text = c.get("seq", "")
    fields["seq"] = int(seq_text) if seq_text.isdigit() else None
    for name, reader in (("pollution_type", interpret.pollution_type), ("verdict", interpret.verdict)):
        text = c.get(name, "")
        value = reader(text) if text else None
        if text and value is None:
            plan.warn(line, f"第{line}行“{LABELS[name]}”为“{text[:20]}”，无法识别，已留空")
        fields[name] = value or ""
    state_text = c.get("conclusion", "")
    state = interpret.conclusion(state_text) if state_text else None
    if state_text and state is None:
        plan.warn(line, f"第{line}行“是否办结”为“{state_text[:20]}”，无法识别，按未办结导入")
    lead_ids = []
    for name in _split_units(c.get("lead_unit", "")):
        if name in units:
            lead_ids.append(units[name])
        else:
            plan.warn(line, f"第{line}行责任单位“{name}”不在单位列表中，未分办给该单位")
    co_ids = [units[n] for n in _split_units(c.get("co_units", "")) if n in units]
    for name in _split_units(c.get("co_units", "")):
        if name not in units:
            plan.warn(line, f"第{line}行配合单位“{name}”不在单位列表中，未关联")
    lead = lead_ids[0] if lead_ids else None
    co_ids = list(dict.fromkeys(lead_ids[1:] + co_ids))
    if state is None or state == PetitionState.NEW:
        state = PetitionState.HANDLING if fields["verdict"] else (PetitionState.ASSIGNED if lead else PetitionState.NEW)
    fields["state"] = state
    limit_text = c.get("time_limit", "")
    days, due = None, None
    if limit_text:
        read = interpret.time_limit(limit_text, handed_over_on=date)
        if read is None:
            plan.warn(line, f"第{line}行办结时限“{limit_text[:20]}”无法识别，已留空")
        else:
            days, due = read
    elif batch["time_limit_days"]:
        days = None
        due = date + dt.timedelta(days=batch["time_limit_days"])
    fields.update(time_limit_days=days, deadline_kind="date" if due else "none", deadline_date=due)
    for name, reader in (("fines", interpret.amount_wan), ("cases_filed", interpret.count),
                         ("rectification_orders", interpret.count), ("people_held_accountable", interpret.count)):
        text = c.get(name, "")
        value = reader(text)
        if value is None:
            plan.warn(line, f"第{line}行“{LABELS[name]}”为“{text[:20]}”，无法识别，按0导入")
            value = reader("")
        fields["fines_wan" if name == "fines" else name] = value
    repeat = interpret.repeat_reference(complaint, fields["investigation"], fields["handling"], *row.extra)
    if repeat == fields["number"]:
        repeat = None
    planned = PlannedCase(line=line, fields=fields, batch_key=key, lead_unit_id=lead, co_unit_ids=co_ids,
                          repeat_number=repeat, existing=existing.get(fields["number"]) if fields["number"] else None)
    if fields["number"] and fields["number"] in seen:
        first = seen[fields["number"]]
        plan.warn(line, f"第{line}行与第{first.line}行受理编号相同（{fields['number']}），按更新处理：以第{line}行为准")
        first.fields.update({k: v for k, v in fields.items() if v not in ("", None) and k not in ("seq", "state")})
        first.lead_unit_id = lead or first.lead_unit_id
        return
    if fields["number"]:
        seen[fields["number"]] = planned
    plan.cases.append(planned)


# --- writing --------------------------------------------------------------------------------------------------

def petition_import_commit(*, job: PetitionImport, sheet: Sheet | None, plan: Plan | None = None,
                           user: User | None = None) -> dict:
    """Check the whole sheet, then write it in one transaction; ImportRefused (nothing written) on any error."""
    plan = plan or plan_import(job=job, sheet=sheet)
    if plan.errors:
        raise ImportRefused(plan.errors)
    user, inspection = user or job.owner, job.inspection
    with transaction.atomic():
        batches: dict[str, PetitionBatch] = {b.sort_key: b for b in inspection.petition_batches.all()}
        new_batches = []
        for key, spec in plan.batches.items():
            if key not in batches:
                batches[key] = PetitionBatch.objects.create(inspection=inspection, **spec)
                new_batches.append(batches[key].number)
        next_seq: dict[int, int] = {}
        created: list[PetitionCase] = []
        co_links: list[tuple[PetitionCase, list[int]]] = []
        updated: list[str] = []
        for planned in plan.cases:
            batch = batches[planned.batch_key]
            if planned.existing is not None:
                if _apply_update(planned, user=user):
                    updated.append(planned.existing.number)
                continue
            fields = dict(planned.fields)
            if fields["seq"] is None:
                if batch.pk not in next_seq:
                    next_seq[batch.pk] = (batch.cases.aggregate(m=Max("seq"))["m"] or 0)
                next_seq[batch.pk] += 1
                fields["seq"] = next_seq[batch.pk]
            else:
                next_seq[batch.pk] = max(next_seq.get(batch.pk, 0), fields["seq"])
            now = timezone.now()
            if fields["state"] in (PetitionState.CONCLUDED, PetitionState.SIGNED_OFF):
                fields["concluded_at"] = now
            if fields["state"] == PetitionState.SIGNED_OFF:
                fields["signed_off_at"] = now
            case = PetitionCase(inspection=inspection, batch=batch, lead_unit_id=planned.lead_unit_id, **fields)
            created.append(case)
            if planned.co_unit_ids:
                co_links.append((case, planned.co_unit_ids))
        PetitionCase.objects.bulk_create(created, batch_size=1000)
        through = PetitionCase.co_units.through
        through.objects.bulk_create([through(petitioncase_id=case.pk, unit_id=u) for case, ids in co_links for u in ids],
                                    batch_size=2000)
        repeats = _link_repeats(plan, inspection)
        from zhenggai.petitions.services import published_figures_changed

        published_figures_changed(inspection.pk)
        summary = {"created": len(created), "updated": len(updated), "unchanged": sum(
            1 for p in plan.cases if p.existing is not None) - len(updated), "batches": [b["number"] for b in plan.batches.values()],
            "new_batches": new_batches, "repeats": repeats, "missing_number": sum(1 for c in created if not c.number),
            "warnings": plan.warnings, "file": job.file_name}
        audit_record(actor=user, action="petition.import", obj=job, after={
            k: v for k, v in summary.items() if k != "warnings"} | {"warnings": len(plan.warnings),
                                                                    "case_ids": [c.pk for c in created]},
            note=f"导入交办清单“{job.file_name}”：新增{len(created)}件，更新{len(updated)}件", inspection_id=inspection.pk)
    return summary


def _apply_update(planned: PlannedCase, *, user: User) -> bool:
    """The same 受理编号 again: overwrite the fields the new file fills; the workflow state stays the office's."""
    case = PetitionCase.objects.select_for_update().get(pk=planned.existing.pk)
    changes = {}
    for name in UPDATABLE:
        value = planned.fields.get(name)
        if value in ("", None) or value == getattr(case, name):
            continue
        if name in ("fines_wan", "cases_filed", "rectification_orders", "people_held_accountable") and not value:
            continue
        changes[name] = (getattr(case, name), value)
    if planned.lead_unit_id and case.lead_unit_id is None:
        changes["lead_unit_id"] = (None, planned.lead_unit_id)
    if not changes:
        return False
    for name, (_old, new) in changes.items():
        setattr(case, name, new)
    case.version += 1
    case.save()
    audit_record(actor=user, action="petition.import_update", obj=case,
                 before={k: v[0] for k, v in changes.items()}, after={k: v[1] for k, v in changes.items()},
                 note=f"据交办清单第{planned.line}行更新", inspection_id=case.inspection_id)
    return True


def _link_repeats(plan: Plan, inspection: Inspection) -> list[dict]:
    wanted = {p.repeat_number for p in plan.cases if p.repeat_number}
    if not wanted:
        return []
    by_number = dict(PetitionCase.objects.filter(inspection=inspection, number__in=wanted).values_list("number", "pk"))
    states = dict(PetitionCase.objects.filter(pk__in=by_number.values()).values_list("pk", "state"))
    linked = []
    for p in plan.cases:
        if not p.repeat_number or p.repeat_number not in by_number:
            continue
        number = p.fields["number"] or (p.existing.number if p.existing else "")
        target = PetitionCase.objects.filter(inspection=inspection, number=number).first() if number else None
        if target is None:
            # A case without 受理编号 is found by its batch and 序号.
            target = PetitionCase.objects.filter(inspection=inspection, complaint=p.fields["complaint"],
                                                 repeat_of__isnull=True).order_by("-id").first()
        if target is None or target.pk == by_number[p.repeat_number]:
            continue
        PetitionCase.objects.filter(pk=target.pk).update(repeat_of_id=by_number[p.repeat_number])
        earlier_state = states[by_number[p.repeat_number]]
        linked.append({"line": p.line, "case": target.pk, "repeat_of": by_number[p.repeat_number],
                       "number": p.repeat_number,
                       "reopen": earlier_state in (PetitionState.CONCLUDED, PetitionState.SIGNED_OFF)})
    return linked
