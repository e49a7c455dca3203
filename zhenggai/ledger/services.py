"""Every write to the ledger goes through a function here: in a transaction, audited,
raising WorkflowError (a message for the user) when the rules say no."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import transaction
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Q
from django.forms.models import model_to_dict
from django.utils import timezone

from zhenggai.accounts.models import Role, User
from zhenggai.accounts.scope import can_report_on, inspections_for_user, require_role, user_answers_for
from zhenggai.audit.services import audit_record
from zhenggai.ledger import evidence as evidence_store
from zhenggai.ledger.deadlines import DeadlineKind
from zhenggai.ledger.models import (
    Category,
    EvidenceFile,
    ExtensionRequest,
    ExtensionState,
    FollowUp,
    FollowUpOutcome,
    Inspection,
    Measure,
    Problem,
    ProgressUpdate,
    Rule,
    SignOffRequest,
    SignOffState,
)
from zhenggai.ledger.workflow import (
    NEEDS_REASON,
    NOT_BY_REQUESTER,
    SETS_PERCENTAGE,
    Action,
    MeasureState,
    WorkflowError,
    next_state,
)
from zhenggai.notify import hooks as notify_hooks


class StaleEditError(WorkflowError):
    """Someone saved the same record after this form was opened."""


def snapshot(obj) -> dict[str, Any]:
    data = model_to_dict(obj)
    for key, value in list(data.items()):
        if isinstance(value, list):
            data[key] = [getattr(v, "pk", v) for v in value]
        elif hasattr(value, "pk"):
            data[key] = value.pk
    return data


def _inspection_id(obj) -> int | None:
    if isinstance(obj, Inspection):
        return obj.pk
    if isinstance(obj, (Category, Problem, Rule)):
        return obj.inspection_id
    if isinstance(obj, Measure):
        return obj.problem.inspection_id
    return None


def _require_in_scope(user: User, inspection_id: int) -> None:
    """Refuse to act on a ledger outside the user's scope.

    Views resolve scope at the edge, but a role alone is not enough: the office of another
    bureau holds the same role. Services are also called from the API, jobs and the shell.
    """
    if not inspections_for_user(user).filter(pk=inspection_id).exists():
        raise WorkflowError("该事项不在您的管辖范围内")


def _save_versioned(*, obj, user: User, fields: dict[str, Any], m2m: dict[str, Iterable] | None, version: int | None, action: str):
    """Apply an edit if nobody saved the record since `version` was read; audit before/after."""
    model = type(obj)
    with transaction.atomic():
        current = model.objects.select_for_update().get(pk=obj.pk)
        if version is not None and current.version != version:
            raise StaleEditError("保存失败：在您编辑期间，其他人已修改了这条记录。请查看最新内容后重新修改（您填写的内容已保留在表单中）。")
        before = snapshot(current)
        for name, value in fields.items():
            setattr(current, name, value)
        current.version = current.version + 1
        current.full_clean()
        current.save()
        for name, values in (m2m or {}).items():
            getattr(current, name).set(values)
        measure_id = current.pk if isinstance(current, Measure) else None
        audit_record(actor=user, action=action, obj=current, before=before, after=snapshot(current),
                     inspection_id=_inspection_id(current), measure_id=measure_id)
    return current


def _create(*, model, user: User, fields: dict[str, Any], m2m: dict[str, Iterable] | None, action: str):
    with transaction.atomic():
        obj = model(**fields)
        obj.full_clean()
        obj.save()
        for name, values in (m2m or {}).items():
            getattr(obj, name).set(values)
        measure_id = obj.pk if isinstance(obj, Measure) else None
        audit_record(actor=user, action=action, obj=obj, after=snapshot(obj),
                     inspection_id=_inspection_id(obj), measure_id=measure_id)
    return obj


# --- inspections, categories, problems, measures, rules -------------------------------------------

def inspection_create(*, user: User, fields: dict[str, Any]) -> Inspection:
    require_role(user, Role.OFFICE)
    return _create(model=Inspection, user=user, fields=fields, m2m=None, action="inspection.create")


def inspection_update(*, user: User, inspection: Inspection, fields: dict[str, Any], version: int | None) -> Inspection:
    require_role(user, Role.OFFICE)
    _require_in_scope(user, inspection.pk)
    return _save_versioned(obj=inspection, user=user, fields=fields, m2m=None, version=version, action="inspection.update")


def category_create(*, user: User, inspection: Inspection, name: str, seq: int | None = None) -> Category:
    require_role(user, Role.OFFICE)
    _require_in_scope(user, inspection.pk)
    if seq is None:
        seq = (inspection.categories.aggregate(m=Max("seq"))["m"] or 0) + 1
    return _create(model=Category, user=user, fields={"inspection": inspection, "name": name, "seq": seq}, m2m=None,
                   action="category.create")


def category_update(*, user: User, category: Category, name: str, seq: int) -> Category:
    require_role(user, Role.OFFICE)
    _require_in_scope(user, category.inspection_id)
    with transaction.atomic():
        before = snapshot(category)
        category.name, category.seq = name, seq
        category.full_clean()
        category.save()
        audit_record(actor=user, action="category.update", obj=category, before=before, after=snapshot(category),
                     inspection_id=category.inspection_id)
    return category


def problem_create(*, user: User, inspection: Inspection, fields: dict[str, Any], co_units: Sequence = ()) -> Problem:
    require_role(user, Role.OFFICE)
    _require_in_scope(user, inspection.pk)
    if fields.get("seq") is None:
        fields["seq"] = (inspection.problems.aggregate(m=Max("seq"))["m"] or 0) + 1
    return _create(model=Problem, user=user, fields={**fields, "inspection": inspection}, m2m={"co_units": co_units},
                   action="problem.create")


def problem_update(*, user: User, problem: Problem, fields: dict[str, Any], co_units: Sequence, version: int | None) -> Problem:
    require_role(user, Role.OFFICE)
    _require_in_scope(user, problem.inspection_id)
    return _save_versioned(obj=problem, user=user, fields=fields, m2m={"co_units": co_units}, version=version,
                           action="problem.update")


def measure_create(*, user: User, problem: Problem, fields: dict[str, Any], co_units: Sequence = ()) -> Measure:
    require_role(user, Role.OFFICE)
    _require_in_scope(user, problem.inspection_id)
    if fields.get("seq") is None:
        fields["seq"] = (problem.measures.aggregate(m=Max("seq"))["m"] or 0) + 1
    fields.setdefault("created_on", timezone.localdate())
    with transaction.atomic():
        measure = _create(model=Measure, user=user, fields={**fields, "problem": problem}, m2m={"co_units": co_units},
                          action="measure.create")
        notify_hooks.measure_assigned(measure=measure, actor=user)
    return measure


# Owned by the sign-off workflow and progress reports: an edit form must not set them.
WORKFLOW_FIELDS = frozenset({"state", "signed_off_at", "progress", "last_reported_on"})


def measure_update(*, user: User, measure: Measure, fields: dict[str, Any], co_units: Sequence, version: int | None) -> Measure:
    require_role(user, Role.OFFICE)
    if WORKFLOW_FIELDS & fields.keys():
        raise WorkflowError("状态和进度只能通过报送进展和销号流程改变")
    _require_in_scope(user, measure.problem.inspection_id)
    return _save_versioned(obj=measure, user=user, fields=fields, m2m={"co_units": co_units}, version=version,
                           action="measure.update")


def rule_create(*, user: User, inspection: Inspection, fields: dict[str, Any], measures: Sequence = ()) -> Rule:
    require_role(user, Role.OFFICE, Role.UNIT)
    _require_in_scope(user, inspection.pk)
    return _create(model=Rule, user=user, fields={**fields, "inspection": inspection}, m2m={"measures": measures},
                   action="rule.create")


# --- batches: many items, one transaction, each item audited on its own ---------------------------

@dataclass
class BatchResult:
    label: str
    ok: bool
    message: str


def _batch(items: Sequence, act, label) -> list[BatchResult]:
    """Run `act(item)` for each item in one transaction; an item refused is rolled back alone (a savepoint)
    and reported with its reason, the others go through."""
    results: list[BatchResult] = []
    with transaction.atomic():
        for item in items:
            try:
                with transaction.atomic():
                    act(item)
            except (WorkflowError, PermissionDenied) as exc:
                results.append(BatchResult(label(item), False, str(exc) or "无权执行此操作"))
            else:
                results.append(BatchResult(label(item), True, ""))
    return results


def _measure_label(measure: Measure) -> str:
    return f"措施{measure.problem.seq}.{measure.seq}"


def measures_batch_review(*, user: User, measures: Sequence[Measure], passed: bool, note: str = "") -> list[BatchResult]:
    """整改办 reviews several sign-off requests with one opinion."""
    return _batch(measures, lambda m: measure_review(user=user, measure=m, passed=passed, note=note), _measure_label)


def measures_batch_approve(*, user: User, measures: Sequence[Measure], approved: bool, note: str = "") -> list[BatchResult]:
    return _batch(measures, lambda m: measure_approve(user=user, measure=m, approved=approved, note=note),
                  _measure_label)


def problems_batch_reassign(*, user: User, problems: Sequence[Problem], lead_unit) -> list[BatchResult]:
    """Give several problems a new lead unit (牵头单位). Their measures led by the old lead unit (or by none)
    follow; measures given to another unit on purpose keep it."""
    require_role(user, Role.OFFICE)

    def reassign(problem: Problem) -> None:
        current = Problem.objects.get(pk=problem.pk)
        old = current.lead_unit_id
        problem_update(user=user, problem=current, fields={"lead_unit": lead_unit},
                       co_units=[u for u in current.co_units.all() if u.pk != lead_unit.pk], version=None)
        for measure in current.measures.filter(Q(lead_unit_id=old) | Q(lead_unit__isnull=True)).select_related("problem"):
            measure_update(user=user, measure=measure, fields={"lead_unit": lead_unit},
                           co_units=[u for u in measure.co_units.all() if u.pk != lead_unit.pk], version=None)

    return _batch(problems, reassign, lambda p: f"问题{p.seq}")


# --- undoing mistakes: archive an inspection, delete what was created by mistake ---------------------

def archived_inspections_for_user(user: User):
    """Archived inspections the user's office could restore (those it would see if they were current)."""
    from zhenggai.accounts.scope import is_admin

    qs = Inspection.all_objects.filter(archived_at__isnull=False).select_related("inspected_unit", "archived_by")
    if is_admin(user):
        return qs
    if user.role != Role.OFFICE or user.unit_id is None:
        return qs.none()
    return qs.filter(inspected_unit__path__startswith=user.unit.path)


def inspection_archive(*, user: User, inspection: Inspection, reason: str) -> Inspection:
    """Put an inspection away (an import withdrawn, a duplicate): out of every list and figure, restorable."""
    require_role(user, Role.OFFICE)
    _require_in_scope(user, inspection.pk)
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError("请写明归档（撤回）的原因")
    with transaction.atomic():
        locked = Inspection.all_objects.select_for_update().get(pk=inspection.pk)
        if locked.archived_at is not None:
            raise WorkflowError("该巡察已归档")
        locked.archived_at, locked.archived_by, locked.archive_reason = timezone.now(), user, reason[:300]
        locked.version += 1
        locked.save(update_fields=["archived_at", "archived_by", "archive_reason", "version"])
        audit_record(actor=user, action="inspection.archive", obj=locked, before={"archived": False},
                     after={"archived": True, "reason": locked.archive_reason}, note=locked.archive_reason,
                     inspection_id=locked.pk)
    return locked


def inspection_restore(*, user: User, inspection: Inspection) -> Inspection:
    require_role(user, Role.OFFICE)
    with transaction.atomic():
        try:
            locked = archived_inspections_for_user(user).select_for_update(of=("self",)).get(pk=inspection.pk)
        except Inspection.DoesNotExist:
            raise WorkflowError("没有找到该归档的巡察，或不在您的管辖范围内") from None
        before = {"archived": True, "reason": locked.archive_reason}
        locked.archived_at, locked.archived_by, locked.archive_reason = None, None, ""
        locked.version += 1
        locked.save(update_fields=["archived_at", "archived_by", "archive_reason", "version"])
        audit_record(actor=user, action="inspection.restore", obj=locked, before=before, after={"archived": False},
                     inspection_id=locked.pk)
    return locked


def measure_work_recorded(measure: Measure) -> str:
    """Why the measure can no longer be deleted (work is recorded on it), or "" when it can."""
    if measure.state != MeasureState.IN_PROGRESS:
        return f"该措施状态为“{measure.get_state_display()}”"
    checks = [
        (measure.updates.exists(), "已有进展报送"), (measure.sign_offs.exists(), "已有销号申请"),
        (measure.extensions.exists(), "已有延期申请"), (measure.evidence.exists(), "已上传佐证材料"),
        (measure.rules.exists(), "已关联制度机制"),
        (FollowUp.objects.filter(new_measure=measure).exists(), "由回头看生成"),
    ]
    return "、".join(why for found, why in checks if found)


def measure_delete(*, user: User, measure: Measure) -> None:
    """Delete a measure created by mistake, before any work is recorded on it; the audit log keeps its content."""
    require_role(user, Role.OFFICE)
    _require_in_scope(user, measure.problem.inspection_id)
    with transaction.atomic():
        locked = Measure.objects.select_for_update(of=("self",)).select_related("problem").get(pk=measure.pk)
        if why := measure_work_recorded(locked):
            raise WorkflowError(f"不能删除：{why}。已经开展工作的措施请修改，不要删除")
        before = snapshot(locked)
        audit_record(actor=user, action="measure.delete", obj=locked, before=before,
                     note=f"删除误建的措施{locked.problem.seq}.{locked.seq}：{locked.text[:60]}",
                     inspection_id=locked.problem.inspection_id, measure_id=locked.pk)
        locked.delete()


def problem_delete(*, user: User, problem: Problem) -> None:
    """Delete a problem created by mistake, with its measures, while none of them has work recorded."""
    require_role(user, Role.OFFICE)
    _require_in_scope(user, problem.inspection_id)
    with transaction.atomic():
        locked = Problem.objects.select_for_update().get(pk=problem.pk)
        if locked.follow_ups.exists():
            raise WorkflowError("不能删除：该问题已有回头看记录")
        measures = list(locked.measures.select_related("problem"))
        for measure in measures:
            if why := measure_work_recorded(measure):
                raise WorkflowError(f"不能删除：措施{locked.seq}.{measure.seq}{why}。已经开展工作的问题请修改，不要删除")
        audit_record(actor=user, action="problem.delete", obj=locked,
                     before={**snapshot(locked), "measures": [snapshot(m) for m in measures]},
                     note=f"删除误建的问题{locked.seq}：{locked.statement[:60]}（含措施{len(measures)}条）",
                     inspection_id=locked.inspection_id)
        locked.delete()


# --- evidence ---------------------------------------------------------------------------------------

def _attach(metas: list[dict], *, user: User, measure: Measure, update=None, sign_off=None) -> None:
    EvidenceFile.objects.bulk_create(
        [EvidenceFile(measure=measure, update=update, sign_off=sign_off, uploaded_by=user, **meta) for meta in metas]
    )


# --- progress ---------------------------------------------------------------------------------------

def sets_percentage(user: User, measure: Measure) -> bool:
    """May this user's report set the measure's percentage? (workflow.SETS_PERCENTAGE)"""
    if user.role == Role.OFFICE or user.is_superuser:
        return "office" in SETS_PERCENTAGE
    return "lead_unit" in SETS_PERCENTAGE and user_answers_for(user, measure, lead_only=True)


def measure_report_progress(*, user: User, measure: Measure, text: str, progress: int | None,
                            reported_on: dt.date | None = None, files: Sequence = ()) -> ProgressUpdate:
    """A dated report on a measure. The state machine says when (not while a sign-off is pending);
    `SETS_PERCENTAGE` says who moves the figure: a co-unit's report is a note (progress None)."""
    if not can_report_on(user, measure):
        raise WorkflowError("只有该措施的责任单位或整改办可以报送进展")
    _require_in_scope(user, measure.problem.inspection_id)
    text = (text or "").strip()
    if not text:
        raise WorkflowError("请填写进展情况")
    sets = sets_percentage(user, measure)
    if sets and progress is None:
        raise WorkflowError("请填写完成进度")
    if progress is not None and not 0 <= progress <= 100:
        raise WorkflowError("进度应在0到100之间")
    reported_on = reported_on or timezone.localdate()
    if reported_on > timezone.localdate():
        raise WorkflowError("报送日期不能晚于今天")
    with evidence_store.staged(files) as metas, transaction.atomic():
        locked = Measure.objects.select_for_update().get(pk=measure.pk)
        # The state is read under the lock: a sign-off request sent meanwhile wins.
        next_state(locked.state, Action.REPORT_PROGRESS, user.role)
        if not sets:
            if progress is not None and progress != locked.progress:
                raise WorkflowError("配合单位报送配合工作情况，进度由牵头单位报送：请不要填写进度")
            progress = None
        update = ProgressUpdate.objects.create(measure=locked, author=user, unit=user.unit, reported_on=reported_on,
                                               text=text, progress=progress)
        before = {"progress": locked.progress, "last_reported_on": locked.last_reported_on}
        # A backdated report (补报) is history: the measure keeps the figure of its latest report.
        if locked.last_reported_on is None or reported_on >= locked.last_reported_on:
            if progress is not None:
                locked.progress = progress
            locked.last_reported_on = reported_on
        locked.save(update_fields=["progress", "last_reported_on"])
        _attach(metas, user=user, measure=locked, update=update)
        audit_record(actor=user, action="measure.progress", obj=update, before=before,
                     after={"progress": locked.progress, "last_reported_on": locked.last_reported_on, "text": text,
                            "files": len(files), **({} if progress is not None else {"co_unit_note": True})},
                     inspection_id=measure.problem.inspection_id, measure_id=measure.pk)
        _quality_recheck(measure.problem.inspection_id)
    return update


# --- the sign-off workflow ------------------------------------------------------------------------------

def _transition(*, user: User, measure: Measure, action: str, note: str = "") -> tuple[Measure, str]:
    """Lock the measure, check the step against the table and the duty rules, move it.

    The caller holds the transaction; nothing is saved here.
    """
    # of=("self",): PostgreSQL cannot lock the nullable side of the outer join to lead_unit.
    locked = Measure.objects.select_for_update(of=("self",)).select_related("problem", "lead_unit").get(pk=measure.pk)
    new_state = next_state(locked.state, action, user.role)
    _require_in_scope(user, locked.problem.inspection_id)
    if action in NEEDS_REASON and not note.strip():
        raise WorkflowError("退回时必须写明理由")
    if action in NOT_BY_REQUESTER and _open_sign_off(locked).requested_by_id == user.pk:
        raise WorkflowError("销号申请人不能审核或审批自己的申请")
    old_state = locked.state
    locked.state = new_state
    locked.version += 1
    return locked, old_state


def _open_sign_off(measure: Measure) -> SignOffRequest:
    request = measure.sign_offs.select_for_update().filter(
        state__in=[SignOffState.PENDING_REVIEW, SignOffState.PENDING_APPROVAL]
    ).order_by("-id").first()
    if request is None:
        raise WorkflowError("没有待处理的销号申请")
    return request


def _audit_step(user: User, measure: Measure, action: str, old_state: str, extra: dict | None = None, note: str = "") -> None:
    audit_record(actor=user, action=f"measure.{action}", obj=measure, before={"state": old_state},
                 after={"state": measure.state, **(extra or {})}, note=note,
                 inspection_id=measure.problem.inspection_id, measure_id=measure.pk)
    _quality_recheck(measure.problem.inspection_id)


def _quality_recheck(inspection_id: int) -> None:
    """Queue the inspection's quality signals (copied notes, missing evidence…) for when this write commits."""
    from zhenggai.quality.jobs import schedule_scan  # the quality app reads the ledger: import at call time

    schedule_scan(inspection_id)


def measure_request_sign_off(*, user: User, measure: Measure, completion_note: str,
                             completion_date: dt.date | None = None, files: Sequence = ()) -> SignOffRequest:
    completion_note = (completion_note or "").strip()
    if not completion_note:
        raise WorkflowError("申请销号须填写完成情况")
    if user.role == Role.UNIT and not user_answers_for(user, measure, lead_only=True):
        raise WorkflowError("只有该措施的牵头责任单位可以申请销号")
    completion_date = completion_date or timezone.localdate()
    with evidence_store.staged(files) as metas, transaction.atomic():
        locked, old_state = _transition(user=user, measure=measure, action=Action.REQUEST_SIGN_OFF)
        has_evidence = bool(files) or locked.evidence.exists()
        if not has_evidence:
            raise WorkflowError("申请销号须上传佐证材料")
        locked.completion_note = completion_note
        locked.completion_date = completion_date
        locked.save()
        request = SignOffRequest.objects.create(measure=locked, requested_by=user, requested_at=timezone.now(),
                                                completion_date=completion_date, completion_note=completion_note)
        _attach(metas, user=user, measure=locked, sign_off=request)
        _audit_step(user, locked, Action.REQUEST_SIGN_OFF, old_state, {"completion_note": completion_note})
        notify_hooks.sign_off_requested(measure=locked, actor=user)
    return request


def measure_withdraw_sign_off(*, user: User, measure: Measure) -> Measure:
    with transaction.atomic():
        locked, old_state = _transition(user=user, measure=measure, action=Action.WITHDRAW)
        request = _open_sign_off(locked)
        if request.requested_by_id != user.pk:
            raise WorkflowError("只有申请人可以撤回销号申请")
        request.state = SignOffState.WITHDRAWN
        request.save(update_fields=["state"])
        locked.save()
        _audit_step(user, locked, Action.WITHDRAW, old_state)
    return locked


def measure_review(*, user: User, measure: Measure, passed: bool, note: str = "") -> Measure:
    """整改办 review: pass it on to a leader, or send it back (回炉返工) with a reason."""
    action = Action.REVIEW_PASS if passed else Action.REVIEW_SEND_BACK
    with transaction.atomic():
        locked, old_state = _transition(user=user, measure=measure, action=action, note=note)
        request = _open_sign_off(locked)
        request.reviewed_by, request.reviewed_at, request.review_note = user, timezone.now(), note
        request.state = SignOffState.PENDING_APPROVAL if passed else SignOffState.SENT_BACK
        if not passed:
            request.send_back_reason = note
        request.save()
        locked.save()
        _audit_step(user, locked, action, old_state, note=note)
        notify_hooks.sign_off_step(measure=locked, action=action, actor=user, note=note)
    return locked


def measure_approve(*, user: User, measure: Measure, approved: bool, note: str = "") -> Measure:
    """Leader decision: sign the measure off, or send it back with a reason."""
    action = Action.APPROVE if approved else Action.APPROVE_SEND_BACK
    with transaction.atomic():
        locked, old_state = _transition(user=user, measure=measure, action=action, note=note)
        request = _open_sign_off(locked)
        request.approved_by, request.approved_at, request.approval_note = user, timezone.now(), note
        if approved:
            request.state = SignOffState.APPROVED
            locked.signed_off_at = timezone.now()
            locked.progress = 100
            _lapse_pending_extensions(user, locked)
        else:
            request.state = SignOffState.SENT_BACK
            request.send_back_reason = note
        request.save()
        locked.save()
        _audit_step(user, locked, action, old_state, note=note)
        notify_hooks.sign_off_step(measure=locked, action=action, actor=user, note=note)
    return locked


# --- extensions -------------------------------------------------------------------------------------------

def _lapse_pending_extensions(user: User, measure: Measure) -> None:
    """A signed-off measure needs no more time: its pending extension requests lapse (recorded, not deleted)."""
    for ext in measure.extensions.select_for_update().filter(state=ExtensionState.PENDING):
        ext.state = ExtensionState.LAPSED
        ext.decided_at = timezone.now()
        ext.decision_note = "措施已销号，延期申请自动失效"
        ext.save(update_fields=["state", "decided_at", "decision_note"])
        audit_record(actor=user, action="extension.lapse", obj=ext, before={"state": ExtensionState.PENDING},
                     after={"state": ExtensionState.LAPSED}, inspection_id=measure.problem.inspection_id,
                     measure_id=measure.pk)


def extension_request(*, user: User, measure: Measure, new_date: dt.date, reason: str) -> ExtensionRequest:
    if user.role != Role.UNIT or not user_answers_for(user, measure, lead_only=True):
        raise WorkflowError("只有该措施的牵头责任单位可以申请延期")
    if measure.is_signed_off:
        raise WorkflowError("该措施已销号，无需延期")
    if measure.deadline_kind == DeadlineKind.LONG_TERM.value:
        raise WorkflowError("长期坚持的措施没有整改期限，无需延期")
    reason = (reason or "").strip()
    if not reason:
        raise WorkflowError("请写明延期理由")
    if new_date <= timezone.localdate():
        raise WorkflowError("申请延至的日期应晚于今天")
    if measure.deadline_date and new_date <= measure.deadline_date:
        raise WorkflowError("申请延至的日期应晚于原整改期限")
    with transaction.atomic():
        locked = Measure.objects.select_for_update().get(pk=measure.pk)
        if locked.extensions.filter(state=ExtensionState.PENDING).exists():
            raise WorkflowError("该措施已有待审批的延期申请")
        ext = ExtensionRequest.objects.create(measure=locked, requested_by=user, requested_at=timezone.now(),
                                              old_deadline_kind=locked.deadline_kind, old_deadline_date=locked.deadline_date,
                                              new_date=new_date, reason=reason)
        audit_record(actor=user, action="extension.request", obj=ext, after={"new_date": new_date, "reason": reason},
                     inspection_id=measure.problem.inspection_id, measure_id=measure.pk)
    return ext


def extension_decide(*, user: User, extension: ExtensionRequest, approved: bool, note: str = "") -> ExtensionRequest:
    require_role(user, Role.LEADER, Role.OFFICE)
    with transaction.atomic():
        ext = ExtensionRequest.objects.select_for_update(of=("self",)).select_related("measure__problem").get(pk=extension.pk)
        if ext.state != ExtensionState.PENDING:
            raise WorkflowError("该延期申请已处理")
        _require_in_scope(user, ext.measure.problem.inspection_id)
        if ext.requested_by_id == user.pk:
            raise WorkflowError("申请人不能审批自己的延期申请")
        if not approved and not note.strip():
            raise WorkflowError("不同意延期时请写明理由")
        if ext.measure.is_signed_off:
            raise WorkflowError("该措施已销号，延期申请无需审批")
        ext.state = ExtensionState.APPROVED if approved else ExtensionState.REFUSED
        ext.decided_by, ext.decided_at, ext.decision_note = user, timezone.now(), note
        ext.save()
        measure = Measure.objects.select_for_update().get(pk=ext.measure_id)
        before = {"deadline_kind": measure.deadline_kind, "deadline_date": measure.deadline_date}
        if approved:
            # The old deadline stays on the extension row: that is the history.
            measure.deadline_kind = "date" if measure.deadline_kind in ("none", "date", "immediate") else measure.deadline_kind
            measure.deadline_date = ext.new_date
            measure.version += 1
            measure.save()
        audit_record(actor=user, action="extension.approve" if approved else "extension.refuse", obj=ext, before=before,
                     after={"deadline_kind": measure.deadline_kind, "deadline_date": measure.deadline_date}, note=note,
                     inspection_id=ext.measure.problem.inspection_id, measure_id=measure.pk)
        notify_hooks.extension_decided(extension=ext, actor=user)
    return ext


# --- follow-up reviews -----------------------------------------------------------------------------------

def follow_up_record(*, user: User, problem: Problem, outcome: str, note: str, checked_on: dt.date | None = None,
                     new_measure_text: str = "", new_measure_deadline: dt.date | None = None) -> FollowUp:
    """回头看. A rebound reopens the problem by giving it a new measure."""
    require_role(user, Role.OFFICE)
    _require_in_scope(user, problem.inspection_id)
    note = (note or "").strip()
    if not note:
        raise WorkflowError("请填写回头看检查情况")
    if outcome not in FollowUpOutcome.values:
        raise WorkflowError("请选择回头看结论")
    with transaction.atomic():
        locked = Problem.objects.select_for_update().get(pk=problem.pk)
        open_measures = locked.measures.exclude(state=MeasureState.SIGNED_OFF).exists()
        if open_measures or not locked.measures.exists():
            raise WorkflowError("只有全部措施已销号的问题才能开展回头看")
        new_measure = None
        if outcome == FollowUpOutcome.REBOUNDED:
            if not new_measure_text.strip():
                raise WorkflowError("问题反弹时请填写新的整改措施")
            # The rebound goes back to whoever answered for the problem: its lead unit (else the lead unit
            # of its last measure), that measure's responsible person, and the problem's co-units.
            last = locked.measures.select_related("lead_unit").order_by("-seq", "-id").first()
            lead_unit = locked.lead_unit or (last.lead_unit if last else None)
            person = last.responsible_person if last and last.lead_unit_id == getattr(lead_unit, "pk", None) else ""
            new_measure = measure_create(user=user, problem=locked, fields={
                "text": new_measure_text.strip(), "lead_unit": lead_unit, "responsible_person": person,
                "deadline_kind": "date" if new_measure_deadline else "none", "deadline_date": new_measure_deadline,
            }, co_units=list(locked.co_units.all()))
        follow_up = FollowUp.objects.create(problem=locked, checked_on=checked_on or timezone.localdate(), outcome=outcome,
                                            note=note, checked_by=user, new_measure=new_measure)
        audit_record(actor=user, action="follow_up.record", obj=follow_up, after={"outcome": outcome, "note": note},
                     inspection_id=locked.inspection_id)
    return follow_up


def can_act(user: User, measure: Measure, action: str) -> bool:
    """Would the state machine and the scope rules allow this step? Used to show buttons."""
    from zhenggai.ledger.workflow import TRANSITIONS

    if (measure.state, action, user.role) not in TRANSITIONS:
        return False
    if action in (Action.REQUEST_SIGN_OFF, Action.WITHDRAW):
        return user_answers_for(user, measure, lead_only=True)
    if action == Action.REPORT_PROGRESS:
        return can_report_on(user, measure)
    if action in NOT_BY_REQUESTER:
        pending = measure.sign_offs.filter(
            state__in=[SignOffState.PENDING_REVIEW, SignOffState.PENDING_APPROVAL]).order_by("-id").first()
        return pending is not None and pending.requested_by_id != user.pk
    return True
