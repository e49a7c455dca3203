"""Every write of 督办 goes through a function here: in a transaction, audited, raising WorkflowError
(a message for the user) when the rules say no. Scope: `_require_in_scope` as the ledger services do."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from django.db import transaction
from django.db.models import Max
from django.db.models.functions import Substr
from django.urls import reverse
from django.utils import timezone

from zhenggai.accounts.models import Role, Unit, User
from zhenggai.accounts.scope import inspections_for_user, require_role
from zhenggai.audit.services import audit_record
from zhenggai.ledger import evidence as evidence_store
from zhenggai.ledger import services as ledger_services
from zhenggai.ledger.models import EvidenceFile, Inspection, Measure
from zhenggai.ledger.workflow import MeasureState, WorkflowError
from zhenggai.supervision import ladder as ladder_mod
from zhenggai.supervision.models import (
    insert_rows,
    Assignment,
    AssignmentState,
    Audience,
    Ladder,
    LadderAction,
    LadderStep,
    ProgressRound,
    RoundEntry,
    RoundState,
    ScoringWeights,
    SupervisionKind,
    SupervisionRecord,
)
from zhenggai.supervision.notifying import Reminder, tell, tell_many
from zhenggai.supervision.workflow import AssignmentAction, next_assignment_state


def _require_in_scope(user: User, inspection_id: int) -> None:
    if not inspections_for_user(user).filter(pk=inspection_id).exists():
        raise WorkflowError("该事项不在您的管辖范围内")


def body_of(user: User) -> Unit:
    """The body whose office the user works for: the root of their org tree (rounds are numbered per body)."""
    if user.unit_id is None:
        raise WorkflowError("您的账号未设所属单位")
    return Unit.objects.get(pk=user.unit.ancestor_ids()[0])


# --- the ladder ------------------------------------------------------------------------------------------------

def ladder_save(*, user: User, inspection: Inspection, steps: Sequence[dict], ack_reminder_days: int) -> Ladder:
    """Replace the inspection's ladder. `steps`: dicts with day_offset, audiences, action."""
    require_role(user, Role.OFFICE)
    _require_in_scope(user, inspection.pk)
    offsets = [s["day_offset"] for s in steps]
    if len(offsets) != len(set(offsets)):
        raise WorkflowError("同一天只能设一个阶梯步骤")
    for s in steps:
        if not -365 <= s["day_offset"] <= 365:
            raise WorkflowError("阶梯天数应在−365到365之间")
        if not s["audiences"] or set(s["audiences"]) - set(Audience.values):
            raise WorkflowError(f"{s['day_offset']}天的步骤请至少选择一个告知对象")
        if s["action"] not in LadderAction.values:
            raise WorkflowError("未知的阶梯措施")
        if s["action"] != LadderAction.REMIND and s["day_offset"] <= 0:
            raise WorkflowError("督办单、函告、通报、约谈只能设在逾期之后")
    if not 1 <= ack_reminder_days <= 60:
        raise WorkflowError("签收提醒天数应在1到60之间")
    with transaction.atomic():
        before = [s.__dict__ for s in ladder_mod.steps_for(inspection)]
        ladder, _ = Ladder.objects.select_for_update().get_or_create(inspection=inspection)
        ladder.ack_reminder_days = ack_reminder_days
        ladder.save()
        ladder.steps.all().delete()
        LadderStep.objects.bulk_create([LadderStep(ladder=ladder, day_offset=s["day_offset"],
                                                   audiences=list(s["audiences"]), action=s["action"]) for s in steps])
        audit_record(actor=user, action="ladder.update", obj=ladder, inspection_id=inspection.pk,
                     before={"steps": [dict(s, audiences=list(s["audiences"])) for s in before]},
                     after={"steps": [dict(s, audiences=list(s["audiences"])) for s in steps],
                            "ack_reminder_days": ack_reminder_days})
    return ladder


# --- 督办 records ---------------------------------------------------------------------------------------------

def supervision_record_create(*, user: User, measure: Measure, kind: str, text: str, issued_on: dt.date,
                              doc_number: str = "", addressee: str = "", reply_by: dt.date | None = None,
                              file=None) -> SupervisionRecord:
    """The office issues a 督办单 / 函告 / 通报 / 约谈 to the measure's responsible unit."""
    require_role(user, Role.OFFICE)
    _require_in_scope(user, measure.problem.inspection_id)
    if kind not in SupervisionKind.values:
        raise WorkflowError("请选择督办方式")
    text = (text or "").strip()
    if not text:
        raise WorkflowError("请填写督办内容")
    unit = measure.lead_unit or measure.problem.lead_unit
    if unit is None:
        raise WorkflowError("该措施未明确责任单位，不能督办")
    if issued_on > timezone.localdate():
        raise WorkflowError("督办日期不能晚于今天")
    if reply_by and reply_by < issued_on:
        raise WorkflowError("限期回复日期不能早于督办日期")
    with evidence_store.staged([file] if file else []) as metas, transaction.atomic():
        evidence = EvidenceFile.objects.create(measure=measure, uploaded_by=user, **metas[0]) if metas else None
        record = SupervisionRecord.objects.create(kind=kind, measure=measure, unit=unit, addressee=addressee.strip(),
                                                  issued_on=issued_on, doc_number=doc_number.strip(), text=text,
                                                  reply_by=reply_by, evidence=evidence, issued_by=user)
        audit_record(actor=user, action="supervision.issue", obj=record, inspection_id=measure.problem.inspection_id,
                     measure_id=measure.pk, after={"kind": kind, "unit": unit.pk, "doc_number": record.doc_number,
                                                   "text": text, "file": evidence.original_name if evidence else ""})
        directory = ladder_mod.Directory()
        inspection = measure.problem.inspection
        users = {u.pk: u for a in (Audience.PERSON, Audience.UNIT_HEAD, Audience.LEADER)
                 for u in directory.recipients(a, measure, inspection)}
        tell(event="escalation", recipients=list(users.values()), actor=user,
             text=f"【{record.get_kind_display()}】{unit.label}：{text[:120]}",
             url=reverse("supervision:record_detail", args=[record.pk]), obj=record)
    return record


# --- 签收 ----------------------------------------------------------------------------------------------------

def assignments_sync(*, today: dt.date, inspection: Inspection | None = None, collect: list | None = None) -> int:
    """Hand every open measure whose lead unit holds no live assignment to that unit, to be signed for.

    A measure created, or moved to another unit, since the last run gets a pending assignment. Run by the daily
    job (and by the office's 交办 button for one inspection); idempotent.
    """
    qs = Measure.objects.exclude(state=MeasureState.SIGNED_OFF).filter(lead_unit__isnull=False).order_by()
    if inspection is not None:
        qs = qs.filter(problem__inspection=inspection)
    live = Assignment.objects.filter(state__in=[AssignmentState.PENDING, AssignmentState.ACKNOWLEDGED]).order_by()
    covered = set(live.filter(measure__in=qs).values_list("measure_id", "unit_id"))
    current = dict(qs.values_list("pk", "lead_unit_id"))
    with transaction.atomic():
        moved = [mid for mid, uid in covered if current.get(mid) != uid]
        for i in range(0, len(moved), 5000):  # a bounded number of variables per statement (SQLite)
            live.filter(measure__in=moved[i:i + 5000]).update(state=AssignmentState.REASSIGNED)
        have = {mid for mid, uid in covered if current.get(mid) == uid}
        # A rejected assignment waits for the office: no new one for the same unit until it re-assigns.
        rejected = set(Assignment.objects.filter(measure__in=qs, state=AssignmentState.REJECTED)
                       .values_list("measure_id", "unit_id"))
        new = [(mid, uid, AssignmentState.PENDING.value, today, "") for mid, uid in current.items()
               if mid not in have and (mid, uid) not in rejected]
        insert_rows(Assignment, ["measure", "unit", "state", "assigned_on", "reason"], new)
        if new:
            _tell_new_assignments(today, inspection, collect=collect)
    return len(new)


def _tell_unit(assignment: Assignment, text: str, *, day: dt.date, directory=None) -> None:
    users = (directory or ladder_mod.Directory()).by_unit.get(assignment.unit_id, [])
    tell(event="assigned", recipients=users, text=text, url=reverse("supervision:assignments"), obj=assignment.measure,
         day=day)


def _tell_new_assignments(today: dt.date, inspection: Inspection | None, *, collect: list | None = None) -> None:
    """The assignments handed out today (in one inspection, or all): one reminder per unit account and measure,
    folded by notify_bulk; one told earlier today (the office's 交办 button) is not told again (the day keys)."""
    directory = ladder_mod.Directory()
    labels = {u.pk: u.label for u in Unit.objects.all()}
    url = reverse("supervision:assignments")
    pending = Assignment.objects.filter(state=AssignmentState.PENDING, assigned_on=today)
    if inspection is not None:
        pending = pending.filter(measure__problem__inspection=inspection)
    # Plain values, not model instances: the first run over a new ledger assigns every open measure at once.
    rows = (pending.annotate(short=Substr("measure__text", 1, 30))
            .values_list("measure_id", "unit_id", "measure__seq", "measure__problem__seq", "short",
                         "measure__problem__inspection_id"))
    tell_many([Reminder(event="assigned", user_id=u.pk, url=url,
                        text=f"【新交办】问题{p_seq}措施{seq}“{short}”已交办{labels.get(unit_id, '')}，请及时签收。",
                        obj_type="ledger.measure", obj_id=measure_id, inspection_id=inspection_id)
               for measure_id, unit_id, seq, p_seq, short, inspection_id in rows.iterator(chunk_size=5000)
               for u in directory.by_unit.get(unit_id, [])], run="supervision.assign", day=today, collect=collect)


def _assignment_step(*, user: User, assignment: Assignment, action: str, reason: str = "") -> Assignment:
    with transaction.atomic():
        locked = Assignment.objects.select_for_update(of=("self",)).select_related("measure__problem", "unit").get(
            pk=assignment.pk)
        new_state = next_assignment_state(locked.state, action, user.role)
        _require_in_scope(user, locked.measure.problem.inspection_id)
        if user.role == Role.UNIT and not (user.unit_id and locked.unit.path.startswith(user.unit.path)):
            raise WorkflowError("只有被交办的责任单位可以签收或退回")
        if action == AssignmentAction.REJECT and not reason.strip():
            raise WorkflowError("退回交办时必须写明理由")
        old = locked.state
        locked.state, locked.acted_by, locked.acted_at = new_state, user, timezone.now()
        locked.reason = reason.strip()
        locked.save()
        audit_record(actor=user, action=f"assignment.{action}", obj=locked, before={"state": old},
                     after={"state": new_state, "unit": locked.unit_id}, note=locked.reason,
                     inspection_id=locked.measure.problem.inspection_id, measure_id=locked.measure_id)
    return locked


def assignment_acknowledge(*, user: User, assignment: Assignment) -> Assignment:
    return _assignment_step(user=user, assignment=assignment, action=AssignmentAction.ACKNOWLEDGE)


def assignment_reject(*, user: User, assignment: Assignment, reason: str) -> Assignment:
    """The unit says the measure is not theirs: back to the office, with the reason, to re-assign."""
    result = _assignment_step(user=user, assignment=assignment, action=AssignmentAction.REJECT, reason=reason)
    directory = ladder_mod.Directory()
    inspection = result.measure.problem.inspection
    tell(event="assigned", recipients=directory.recipients(Audience.OFFICE, result.measure, inspection), actor=user,
         text=f"【交办退回】{result.unit.label}退回问题{result.measure.problem.seq}措施{result.measure.seq}，"
              f"请重新交办：{reason[:100]}", url=reverse("supervision:assignments"), obj=result.measure)
    return result


def assignment_reassign(*, user: User, assignment: Assignment, unit: Unit) -> Assignment:
    """The office gives a rejected measure to another unit (or back to the same one, after talking to it)."""
    with transaction.atomic():
        old = _assignment_step(user=user, assignment=assignment, action=AssignmentAction.REASSIGN)
        measure = old.measure
        if unit.pk != measure.lead_unit_id:
            ledger_services.measure_update(user=user, measure=measure, fields={"lead_unit": unit},
                                           co_units=list(measure.co_units.all()), version=None)
        new = Assignment.objects.create(measure=measure, unit=unit, assigned_on=timezone.localdate())
        audit_record(actor=user, action="assignment.create", obj=new, after={"unit": unit.pk},
                     inspection_id=measure.problem.inspection_id, measure_id=measure.pk)
        _tell_unit(new, f"【新交办】问题{measure.problem.seq}措施{measure.seq}“{measure.text[:40]}”"
                        f"已交办{unit.label}，请及时签收。", day=new.assigned_on)
    return new


def assignment_reminders(*, today: dt.date, collect: list | None = None) -> int:
    """Pending assignments older than the inspection's 签收提醒天数: remind the unit, once."""
    from zhenggai.supervision.models import Ladder

    days = dict(Ladder.objects.values_list("inspection_id", "ack_reminder_days"))
    longest_wait = min([ladder_mod.DEFAULT_ACK_REMINDER_DAYS, *days.values()])
    pending = (Assignment.objects.filter(state=AssignmentState.PENDING, reminded_on__isnull=True,
                                         assigned_on__lte=today - dt.timedelta(days=longest_wait))
               .select_related("measure__problem", "unit"))
    due = [a for a in pending if a.assigned_on <= today - dt.timedelta(
        days=days.get(a.measure.problem.inspection_id, ladder_mod.DEFAULT_ACK_REMINDER_DAYS))]
    with transaction.atomic():
        ids = [a.pk for a in due]
        for i in range(0, len(ids), 5000):  # a bounded number of variables per statement (SQLite)
            Assignment.objects.filter(pk__in=ids[i:i + 5000]).update(reminded_on=today)
        directory = ladder_mod.Directory()
        url = reverse("supervision:assignments")
        tell_many([Reminder(event="assigned", user_id=u.pk, url=url,
                            text=f"【催签收】问题{a.measure.problem.seq}措施{a.measure.seq}“{a.measure.text[:30]}”交办"
                                 f"{(today - a.assigned_on).days}天仍未签收，请{a.unit.label}及时签收或说明理由退回。",
                            obj_type="ledger.measure", obj_id=a.measure_id, inspection_id=a.measure.problem.inspection_id)
                   for a in due for u in directory.by_unit.get(a.unit_id, [])], run="supervision.ack", day=today,
                  collect=collect)
    return len(due)


# --- 调度 rounds ------------------------------------------------------------------------------------------------

def _round_measures(inspections) -> "QuerySet[Measure]":  # noqa: F821
    return Measure.objects.filter(problem__inspection__in=inspections).exclude(state=MeasureState.SIGNED_OFF)


def round_open(*, user: User, inspections: Sequence[Inspection], due_date: dt.date, note: str = "",
               number: int | None = None) -> ProgressRound:
    """Open 第N次调度: every open measure of the inspections owes an update by `due_date`."""
    require_role(user, Role.OFFICE)
    inspections = list(inspections)
    if not inspections:
        raise WorkflowError("请至少选择一个巡察")
    for inspection in inspections:
        _require_in_scope(user, inspection.pk)
    today = timezone.localdate()
    if due_date < today:
        raise WorkflowError("报送截止日期不能早于今天")
    body = body_of(user)
    with transaction.atomic():
        last = ProgressRound.objects.select_for_update().filter(body=body).aggregate(n=Max("number"))["n"] or 0
        number = number or last + 1
        if ProgressRound.objects.filter(body=body, number=number).exists():
            raise WorkflowError(f"第{number}次调度已存在")
        rnd = ProgressRound.objects.create(body=body, number=number, opened_on=today, due_date=due_date,
                                           note=(note or "").strip(), opened_by=user)
        rnd.inspections.set(inspections)
        rows = _round_measures(inspections).values_list("pk", "lead_unit_id", "problem__lead_unit_id", "progress", "state")
        RoundEntry.objects.bulk_create([
            RoundEntry(round=rnd, measure_id=pk, unit_id=unit or p_unit, progress_before=progress, state_before=state)
            for pk, unit, p_unit, progress, state in rows.iterator(chunk_size=2000)])
        audit_record(actor=user, action="round.open", obj=rnd, after={"number": number, "due_date": due_date,
                                                                       "inspections": [i.pk for i in inspections]})
        unit_ids = set(rnd.entries.values_list("unit_id", flat=True))
        directory = ladder_mod.Directory()
        users = [u for uid in unit_ids if uid for u in directory.by_unit.get(uid, [])]
        tell(event="round_opened", recipients=users, actor=user,
             text=f"【调度通知】{rnd.title}。请于截止日前报送本单位所有未销号整改措施的最新进展。{rnd.note[:100]}",
             url=reverse("my_work"), obj=rnd)
    return rnd


def round_close(*, user: User, round: ProgressRound) -> ProgressRound:
    """Close the round: freeze who reported, what changed and the headline figures for the 调度通报."""
    from zhenggai.supervision.selectors import round_figures, round_reports

    require_role(user, Role.OFFICE)
    with transaction.atomic():
        rnd = ProgressRound.objects.select_for_update().get(pk=round.pk)
        if rnd.state != RoundState.OPEN:
            raise WorkflowError("该调度已结束")
        inspections = list(rnd.inspections.select_related("inspected_unit"))
        for inspection in inspections:
            _require_in_scope(user, inspection.pk)
        reports = round_reports(rnd)  # measure id → (update id, late)
        entries = list(rnd.entries.select_related("measure"))
        for e in entries:
            e.update_id, e.reported_late = reports.get(e.measure_id, (None, False))
            e.progress_after, e.state_after = e.measure.progress, e.measure.state
        RoundEntry.objects.bulk_update(entries, ["update", "reported_late", "progress_after", "state_after"],
                                       batch_size=2000)
        rnd.state, rnd.closed_on, rnd.closed_by = RoundState.CLOSED, timezone.localdate(), user
        rnd.figures = round_figures(inspections)
        rnd.save()
        audit_record(actor=user, action="round.close", obj=rnd, after={"number": rnd.number, "figures": rnd.figures})
    return rnd


# --- 考核 weights ----------------------------------------------------------------------------------------------

WEIGHT_FIELDS = ("late_report", "overdue", "send_back", "sign_off_days", "rebound", "supervision")


def scoring_weights_save(*, user: User, values: dict[str, Decimal]) -> ScoringWeights:
    require_role(user, Role.OFFICE)
    body = body_of(user)
    for name in WEIGHT_FIELDS:
        if not 0 <= values[name] <= 100:
            raise WorkflowError("权重应在0到100之间")
    with transaction.atomic():
        weights, _ = ScoringWeights.objects.select_for_update().get_or_create(body=body)
        before = {n: str(getattr(weights, n)) for n in WEIGHT_FIELDS}
        for name in WEIGHT_FIELDS:
            setattr(weights, name, values[name])
        weights.save()
        audit_record(actor=user, action="scoring.update", obj=weights, before=before,
                     after={n: str(values[n]) for n in WEIGHT_FIELDS})
    return weights


def unit_may_sign_for(user: User, assignment: Assignment) -> bool:
    return user.role == Role.UNIT and user.unit_id is not None and assignment.unit.path.startswith(user.unit.path)



def ranking_export_write(*, user: User, body: Unit, start: dt.date, end: dt.date, out) -> "RankingExporter":  # noqa: F821
    """The 考核 ranking of every inspection in the user's scope as Excel, audited like every export."""
    from zhenggai.supervision.exporters import RankingExporter, Scope
    from zhenggai.supervision.selectors import weights_for

    require_role(user, Role.OFFICE, Role.LEADER)
    exporter = RankingExporter(Scope(body.name), user=user, inspections=inspections_for_user(user), start=start,
                               end=end, weights=weights_for(body))
    rows = exporter.write(out)
    audit_record(actor=user, action="export", after={"kind": "ranking", "start": start, "end": end, "rows": rows})
    return exporter
