"""Every write to a petition case goes through a function here: in a transaction, audited, raising
WorkflowError (a message for the user) when the state machine or the duty rules say no.

The steps are the rows of kind "petition" in the one table, `zhenggai.ledger.workflow.WORKFLOW`.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone

from zhenggai.accounts.models import Role, Unit, User
from zhenggai.accounts.scope import inspections_for_user
from zhenggai.audit.services import audit_record
from zhenggai.ledger import evidence as evidence_store
from zhenggai.ledger.models import EvidenceFile
from zhenggai.ledger.workflow import (
    PETITION_NEEDS_REASON,
    PETITION_NOT_BY_REPORTER,
    ItemKind,
    PetitionAction as PA,
    PetitionState as PS,
    WORKFLOW,
    WorkflowError,
    next_state,
)
from zhenggai.notify import hooks as notify_hooks
from zhenggai.petitions.models import PetitionCase, PetitionReport, PetitionReportState, Verdict
from zhenggai.petitions.selectors import cases_for_user, user_answers_for_case

OPEN_REPORT = (PetitionReportState.PENDING_REVIEW, PetitionReportState.CONCLUDED)


def _require_in_scope(user: User, case: PetitionCase) -> None:
    """Views resolve scope at the edge; services check again (the API, jobs and the shell call them too)."""
    if not inspections_for_user(user).filter(pk=case.inspection_id).exists() or \
            not cases_for_user(user, case.inspection).filter(pk=case.pk).exists():
        raise WorkflowError("该信访件不在您的管辖范围内")


def _require_in_scope_of_inspection(user: User, inspection) -> None:
    if not inspections_for_user(user).filter(pk=inspection.pk).exists():
        raise WorkflowError("该督察不在您的管辖范围内")


def _open_report(case: PetitionCase, *, states=OPEN_REPORT) -> PetitionReport:
    report = case.reports.select_for_update().filter(state__in=states).order_by("-id").first()
    if report is None:
        raise WorkflowError("没有待处理的办理情况报送")
    return report


def _transition(*, user: User, case: PetitionCase, action: str, note: str = "") -> tuple[PetitionCase, str]:
    """Lock the case, check the step against the table and the duty rules, move it. The caller saves."""
    locked = PetitionCase.objects.select_for_update(of=("self",)).select_related(
        "inspection__inspected_unit", "batch", "lead_unit").get(pk=case.pk)
    new_state = next_state(locked.state, action, user.role, kind=ItemKind.PETITION)
    _require_in_scope(user, locked)
    if action in PETITION_NEEDS_REASON and not (note or "").strip():
        raise WorkflowError("退回或重新办理时必须写明理由")
    if action in PETITION_NOT_BY_REPORTER and _open_report(locked).reported_by_id == user.pk:
        raise WorkflowError("办理情况的报送人不能审核或核实自己报送的信访件")
    old_state = locked.state
    locked.state = new_state
    locked.version += 1
    return locked, old_state


def _audit(user: User, case: PetitionCase, action: str, old_state: str, extra: dict | None = None, note: str = "") -> None:
    published_figures_changed(case.inspection_id)
    audit_record(actor=user, action=f"petition.{action}", obj=case, before={"state": old_state},
                 after={"state": case.state, **(extra or {})}, note=note, inspection_id=case.inspection_id)


def published_figures_changed(inspection_id: int) -> None:
    """The public page quotes the petition figures: drop its cached pages once this write commits."""
    from zhenggai.portal.selectors import public_page_changed

    transaction.on_commit(lambda: public_page_changed(inspection_id))


def case_deadline(case: PetitionCase, *, days: int | None) -> dt.date | None:
    """办结时限 N days from the hand-over; None when no limit is known (nothing is guessed)."""
    days = days if days is not None else (case.time_limit_days or case.batch.time_limit_days)
    return case.handed_over_on + dt.timedelta(days=days) if days else None


def case_assign(*, user: User, case: PetitionCase, lead_unit: Unit, co_units: Sequence[Unit] = (),
                time_limit_days: int | None = None, deadline: dt.date | None = None) -> PetitionCase:
    """分办: give the case to a lead unit (and co-units) with its 办结时限."""
    if lead_unit is None:
        raise WorkflowError("请选择牵头单位")
    with transaction.atomic():
        locked, old_state = _transition(user=user, case=case, action=PA.ASSIGN)
        if not lead_unit.path.startswith(locked.inspection.inspected_unit.path):
            raise WorkflowError(f"“{lead_unit.name}”不属于被督察单位，不能分办")
        before = {"lead_unit": locked.lead_unit_id, "deadline_date": locked.deadline_date}
        locked.lead_unit = lead_unit
        if time_limit_days is not None:
            locked.time_limit_days = time_limit_days
        due = deadline or case_deadline(locked, days=time_limit_days)
        if due is not None:
            locked.deadline_kind, locked.deadline_date = "date", due
        locked.save()
        locked.co_units.set([u for u in co_units if u.pk != lead_unit.pk])
        _audit(user, locked, PA.ASSIGN, old_state, {"lead_unit": lead_unit.pk, "co_units": [u.pk for u in co_units],
                                                    "deadline_date": locked.deadline_date, "before": before})
        notify_hooks.petition_assigned(case=locked, actor=user)
    return locked


def case_investigate(*, user: User, case: PetitionCase, investigation: str, verdict: str) -> PetitionCase:
    """调查核实: what the unit found, and whether the complaint is founded (是否属实)."""
    investigation = (investigation or "").strip()
    if not investigation:
        raise WorkflowError("请填写调查核实情况")
    if verdict not in Verdict.values:
        raise WorkflowError("请选择是否属实")
    with transaction.atomic():
        locked, old_state = _transition(user=user, case=case, action=PA.INVESTIGATE)
        if user.role == Role.UNIT and not user_answers_for_case(user, locked, lead_only=True):
            raise WorkflowError("只有该信访件的牵头单位可以填报调查核实情况")
        before = {"investigation": locked.investigation, "verdict": locked.verdict}
        locked.investigation, locked.verdict = investigation, verdict
        locked.save()
        _audit(user, locked, PA.INVESTIGATE, old_state, {"verdict": verdict, "investigation": investigation,
                                                         "before": before})
    return locked


def _count(value, label: str) -> int:
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        raise WorkflowError(f"{label}应填写整数") from None
    if number < 0:
        raise WorkflowError(f"{label}不能为负数")
    return number


def _wan(value) -> Decimal:
    try:
        amount = Decimal(str(value or 0)).quantize(Decimal("0.01"))
    except InvalidOperation:
        raise WorkflowError("罚款金额应填写数字（万元）") from None
    if amount < 0:
        raise WorkflowError("罚款金额不能为负数")
    return amount


def case_report(*, user: User, case: PetitionCase, handling: str, accountability: str = "", fines_wan=0,
                cases_filed=0, rectification_orders=0, people_held_accountable=0, files: Sequence = ()) -> PetitionReport:
    """The lead unit reports how the case was handled (处理和整改情况), with evidence, for the office to review."""
    handling = (handling or "").strip()
    if not handling:
        raise WorkflowError("请填写处理和整改情况")
    figures = {"fines_wan": _wan(fines_wan), "cases_filed": _count(cases_filed, "立案数"),
               "rectification_orders": _count(rectification_orders, "责令整改数"),
               "people_held_accountable": _count(people_held_accountable, "问责人数")}
    with evidence_store.staged(files) as metas, transaction.atomic():
        locked, old_state = _transition(user=user, case=case, action=PA.REPORT)
        if user.role == Role.UNIT and not user_answers_for_case(user, locked, lead_only=True):
            raise WorkflowError("只有该信访件的牵头单位可以报送办理情况")
        if not locked.verdict:
            raise WorkflowError("请先填报调查核实情况和是否属实")
        if not metas and not locked.evidence.exists():
            raise WorkflowError("报送办理情况须上传佐证材料")
        before = {"handling": locked.handling, **{k: getattr(locked, k) for k in figures}}
        locked.handling = handling
        locked.accountability = (accountability or "").strip() or locked.accountability
        for name, value in figures.items():
            setattr(locked, name, value)
        locked.save()
        report = PetitionReport.objects.create(case=locked, reported_by=user, reported_at=timezone.now(),
                                               handling=handling)
        EvidenceFile.objects.bulk_create([EvidenceFile(petition_case=locked, petition_report=report, uploaded_by=user,
                                                       **meta) for meta in metas])
        if metas:  # the quality scan compares the new files with the other cases' and the measures' evidence
            from zhenggai.quality.jobs import schedule_scan

            schedule_scan(locked.inspection_id)
        _audit(user, locked, PA.REPORT, old_state, {"handling": handling, "files": len(metas), **figures,
                                                    "before": before})
        notify_hooks.petition_step(case=locked, action=PA.REPORT, actor=user)
    return report


def case_withdraw(*, user: User, case: PetitionCase) -> PetitionCase:
    with transaction.atomic():
        locked, old_state = _transition(user=user, case=case, action=PA.WITHDRAW)
        report = _open_report(locked, states=(PetitionReportState.PENDING_REVIEW,))
        if report.reported_by_id != user.pk:
            raise WorkflowError("只有报送人可以撤回办理情况报送")
        report.state = PetitionReportState.WITHDRAWN
        report.save(update_fields=["state"])
        locked.save()
        _audit(user, locked, PA.WITHDRAW, old_state)
    return locked


def case_review(*, user: User, case: PetitionCase, decision: str, note: str = "",
                next_deadline: dt.date | None = None) -> PetitionCase:
    """整改办 review of the handling: 办结 (conclude), 阶段性办结 (phase: open, with a next deadline) or send back."""
    if decision not in (PA.CONCLUDE, PA.PHASE, PA.SEND_BACK):
        raise WorkflowError("请选择审核结论")
    if decision == PA.PHASE:
        if next_deadline is None:
            raise WorkflowError("阶段性办结须规定下一办结时限")
        if next_deadline <= timezone.localdate():
            raise WorkflowError("下一办结时限应晚于今天")
    with transaction.atomic():
        locked, old_state = _transition(user=user, case=case, action=decision, note=note)
        report = _open_report(locked, states=(PetitionReportState.PENDING_REVIEW,))
        report.reviewed_by, report.reviewed_at, report.review_note = user, timezone.now(), note
        extra: dict = {}
        if decision == PA.CONCLUDE:
            report.state = PetitionReportState.CONCLUDED
            locked.concluded_at = timezone.now()
        elif decision == PA.PHASE:
            report.state = PetitionReportState.PHASED
            extra = {"deadline_before": locked.deadline_date, "deadline_date": next_deadline}
            locked.deadline_kind, locked.deadline_date = "date", next_deadline
        else:
            report.state = PetitionReportState.SENT_BACK
        report.save()
        locked.save()
        _audit(user, locked, decision, old_state, extra, note=note)
        notify_hooks.petition_step(case=locked, action=decision, actor=user, note=note)
    return locked


def case_verify(*, user: User, case: PetitionCase, signed_off: bool, note: str = "") -> PetitionCase:
    """A leader verifies the 整改 of a concluded case: 销号, or back to the unit with the reason."""
    action = PA.SIGN_OFF if signed_off else PA.VERIFY_SEND_BACK
    with transaction.atomic():
        locked, old_state = _transition(user=user, case=case, action=action, note=note)
        report = _open_report(locked, states=(PetitionReportState.CONCLUDED,))
        report.verified_by, report.verified_at, report.verify_note = user, timezone.now(), note
        if signed_off:
            report.state = PetitionReportState.SIGNED_OFF
            locked.signed_off_at = timezone.now()
        else:
            report.state = PetitionReportState.SENT_BACK
            locked.concluded_at = None
        report.save()
        locked.save()
        _audit(user, locked, action, old_state, note=note)
        notify_hooks.petition_step(case=locked, action=action, actor=user, note=note)
    return locked


def case_reopen(*, user: User, case: PetitionCase, note: str, repeat: PetitionCase | None = None) -> PetitionCase:
    """A repeat complaint (重复举报) about a concluded or signed-off case: back to the unit, with a new 办结时限."""
    with transaction.atomic():
        locked, old_state = _transition(user=user, case=case, action=PA.REOPEN, note=note)
        before = {"concluded_at": locked.concluded_at, "signed_off_at": locked.signed_off_at,
                  "deadline_date": locked.deadline_date}
        locked.concluded_at = locked.signed_off_at = None
        days = locked.time_limit_days or locked.batch.time_limit_days
        if days:
            locked.deadline_kind, locked.deadline_date = "date", timezone.localdate() + dt.timedelta(days=days)
        locked.save()
        _audit(user, locked, PA.REOPEN, old_state, {"repeat": repeat.pk if repeat else None, "before": before,
                                                    "deadline_date": locked.deadline_date}, note=note)
        notify_hooks.petition_step(case=locked, action=PA.REOPEN, actor=user, note=note)
    return locked


def case_unmask(*, user: User, case: PetitionCase, words: Sequence[str]) -> PetitionCase:
    """The office publishes words the masking would hide (a place read as a name), on purpose and audited."""
    from zhenggai.accounts.scope import require_role

    require_role(user, Role.OFFICE)
    _require_in_scope(user, case)
    words = sorted({w.strip() for w in words if w and w.strip()})
    with transaction.atomic():
        locked = PetitionCase.objects.select_for_update().get(pk=case.pk)
        before = list(locked.unmasked_words)
        locked.unmasked_words = words
        locked.version += 1
        locked.save(update_fields=["unmasked_words", "version"])
        audit_record(actor=user, action="petition.unmask", obj=locked, before={"words": before},
                     after={"words": words}, inspection_id=locked.inspection_id)
    return locked


def can_act_on_case(user: User, case: PetitionCase, action: str) -> bool:
    """Would the table, the scope and the duty rules allow this step? Used to show buttons."""
    if (ItemKind.PETITION, case.state, action, user.role) not in WORKFLOW:
        return False
    if action in (PA.INVESTIGATE, PA.REPORT) and user.role == Role.UNIT:
        return user_answers_for_case(user, case, lead_only=True)
    if action == PA.WITHDRAW:
        report = case.reports.filter(state=PetitionReportState.PENDING_REVIEW).order_by("-id").first()
        return report is not None and report.reported_by_id == user.pk
    if action in PETITION_NOT_BY_REPORTER:
        report = case.reports.filter(state__in=OPEN_REPORT).order_by("-id").first()
        return report is not None and report.reported_by_id != user.pk
    return True
