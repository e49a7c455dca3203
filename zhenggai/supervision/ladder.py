"""The escalation ladder (督办阶梯): defaults, who is told, and the daily walk over open measures.

Defaults, as the rectification documents describe them (亮黄灯 three days before a deadline with the reminder
sent to the person, the unit's head and the leader in charge; 函告、通报、约谈 for laggards):

    −10  remind the responsible person (责任人)
     −3  remind the responsible person and the unit head (单位负责人, `Unit.head`)
     +1  overdue: tell the leader in charge (责任领导) and the office (整改办), the unit again
    +15  prompt the office to issue a 督办单
    +30  prompt the office to 函告 / 通报 / 约谈

Each step fires once per measure and deadline (EscalationNotice's unique constraint). When the job first
sees a measure several steps late (a deadline entered in the past, a new ladder), only the latest due step
fires; a day the job did not run is caught up within CATCH_UP_DAYS. Measures waiting for the office's
or a leader's sign-off decision are skipped: the ball is not in the unit's court.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse

from zhenggai.accounts.models import Role, User
from zhenggai.ledger.models import Inspection, Measure
from zhenggai.ledger.workflow import MeasureState
from zhenggai.supervision.models import Audience, EscalationNotice, LadderAction, LadderStep, insert_rows
from zhenggai.supervision.notifying import Reminder, tell_many

A, L = Audience, LadderAction


@dataclass(frozen=True)
class Step:
    day_offset: int
    audiences: tuple[str, ...]
    action: str = L.REMIND

    @property
    def when(self) -> str:
        if self.day_offset < 0:
            return f"期限前{-self.day_offset}天"
        return "到期当天" if self.day_offset == 0 else f"逾期{self.day_offset}天"

    @property
    def audience_labels(self) -> str:
        return "、".join(Audience(a).label for a in self.audiences)

    @property
    def action_label(self) -> str:
        return LadderAction(self.action).label


DEFAULT_STEPS: tuple[Step, ...] = (
    Step(-10, (A.PERSON,)),
    Step(-3, (A.PERSON, A.UNIT_HEAD)),
    Step(1, (A.PERSON, A.UNIT_HEAD, A.LEADER, A.OFFICE)),
    Step(15, (A.OFFICE,), L.PROMPT_ORDER),
    Step(30, (A.OFFICE, A.LEADER), L.PROMPT_ESCALATION),
)
DEFAULT_ACK_REMINDER_DAYS = 3
# Dated deadlines only: a long-term measure has no end date and is pushed by its report cadence instead.
LADDER_DEADLINE_KINDS = ("date", "immediate")
# Waiting for the office's review or a leader's approval: nobody reminds the unit.
SKIPPED_STATES = (MeasureState.SIGNED_OFF, MeasureState.REQUESTED, MeasureState.REVIEWED)


def steps_for(inspection: Inspection) -> list[Step]:
    """The inspection's own ladder when the office has set one (possibly empty), else the defaults."""
    return ladders_for([inspection])[inspection.pk]


def ack_reminder_days(inspection: Inspection) -> int:
    from zhenggai.supervision.models import Ladder

    days = Ladder.objects.filter(inspection=inspection).values_list("ack_reminder_days", flat=True).first()
    return DEFAULT_ACK_REMINDER_DAYS if days is None else days


def ladders_for(inspections: list[Inspection]) -> dict[int, list[Step]]:
    """Steps of many inspections in two queries."""
    from zhenggai.supervision.models import Ladder

    own: dict[int, list[Step]] = {l.inspection_id: [] for l in Ladder.objects.filter(inspection__in=inspections)}
    for s in LadderStep.objects.filter(ladder__inspection__in=inspections).select_related("ladder").order_by("day_offset"):
        own[s.ladder.inspection_id].append(Step(s.day_offset, tuple(s.audiences), s.action))
    return {i.pk: own.get(i.pk, list(DEFAULT_STEPS)) for i in inspections}


# --- who is told ---------------------------------------------------------------------------------------------

class Directory:
    """Every business account once, grouped the way audiences are resolved (accounts are few; measures many)."""

    def __init__(self) -> None:
        self.by_unit: dict[int, list[User]] = defaultdict(list)
        self.leaders_by_unit: dict[int, list[User]] = defaultdict(list)
        self.office: list[User] = []
        self.leaders: list[User] = []
        self.head_of: dict[int, User] = {}  # unit id -> its 单位负责人 (Unit.head)
        for user in User.objects.filter(is_active=True, admin_role="").select_related("unit"):
            if user.unit_id is None:
                continue
            if user.unit.head_id == user.pk:
                self.head_of[user.unit_id] = user
            if user.role == Role.UNIT:
                self.by_unit[user.unit_id].append(user)
            elif user.role == Role.LEADER:
                self.leaders.append(user)
                self.leaders_by_unit[user.unit_id].append(user)
            elif user.role == Role.OFFICE:
                self.office.append(user)

    @staticmethod
    def _over(users: list[User], inspection: Inspection) -> list[User]:
        """Office and leader accounts whose scope takes in the inspection (the scope rule of
        `inspections_for_user`): nobody hears of a measure they could not open."""
        path = inspection.inspected_unit.path
        return [u for u in users if path.startswith(u.unit.path)]

    def recipients(self, audience: str, measure: Measure, inspection: Inspection) -> list[User]:
        unit_id = measure.lead_unit_id or measure.problem.lead_unit_id
        unit_users = self.by_unit.get(unit_id, []) if unit_id else []
        head = self.head_of.get(unit_id) if unit_id else None
        if audience == A.PERSON:
            # The account named as the measure's 责任人; else the unit's fillers (its head hears at the head's steps).
            named = [u for u in unit_users if measure.responsible_person and u.full_name == measure.responsible_person]
            return named or [u for u in unit_users if u is not head] or unit_users
        if audience == A.UNIT_HEAD:
            if head is not None and (head.role == Role.UNIT or self._over([head], inspection)):
                return [head]
            # No 单位负责人 set (or one whose account cannot see this inspection): a 领导 account of the unit
            # whose scope reaches the inspection, else the unit's own accounts carry it to the head.
            heads = self._over(self.leaders_by_unit.get(unit_id, []), inspection) if unit_id else []
            return heads or unit_users
        if audience == A.LEADER:
            leaders = self._over(self.leaders, inspection)
            named = [u for u in leaders if measure.problem.lead_leader and u.full_name == measure.problem.lead_leader]
            return named or [u for u in leaders if u.unit_id == inspection.inspected_unit_id]
        if audience == A.OFFICE:
            return [u for u in self._over(self.office, inspection) if u.unit_id == inspection.inspected_unit_id] or \
                self._over(self.office, inspection)
        raise ValueError(f"unknown audience {audience!r}")


def notice_text(step: Step, measure: Measure) -> str:
    deadline = f"{measure.deadline_date.year}年{measure.deadline_date.month}月{measure.deadline_date.day}日"
    what = f"问题{measure.problem.seq}措施{measure.seq}“{measure.text[:40]}”"
    unit = measure.lead_unit.label if measure.lead_unit_id else "责任单位"
    if step.day_offset < 0:
        state = f"整改期限为{deadline}，还有{-step.day_offset}天到期，请{unit}抓紧推进、按期完成。"
    elif step.day_offset == 0:
        state = f"整改期限为今天（{deadline}），请{unit}按期完成并申请销号。"
    else:
        state = f"整改期限为{deadline}，已逾期{step.day_offset}天，请{unit}加快整改。"
    if step.action == L.PROMPT_ORDER:
        state += "请整改办下发督办单。"
    elif step.action == L.PROMPT_ESCALATION:
        state += "请整改办视情况函告、通报或约谈。"
    return f"【督办提醒】{what}{state}"


def _event(day_offset: int, action: str) -> str:
    """The notification event of a step: the notify app's deadline_near / overdue for plain reminders (so the
    inbox holds one line per measure and day when both apps remind), escalation for the office's steps."""
    if action != L.REMIND:
        return "escalation"
    return "deadline_near" if day_offset <= 0 else "overdue"


# --- the daily walk --------------------------------------------------------------------------------------------

@dataclass
class LadderRun:
    fired: int = 0
    told: int = 0


# A step missed because the job did not run (server down over a weekend) still fires this many days late.
CATCH_UP_DAYS = 7


def _candidates(ladders: dict[int, list[Step]], today: dt.date):
    """Open dated measures that may owe a step today, found by the database: their deadline sits a step's
    offset (give or take the catch-up days) before today, or the ladder has never fired for their current
    deadline (a measure first seen, or given a new deadline, whose latest due step then fires alone)."""
    offsets = {s.day_offset for steps in ladders.values() for s in steps}
    dates = {today - dt.timedelta(days=o + k) for o in offsets for k in range(CATCH_UP_DAYS)}
    never = ~Exists(EscalationNotice.objects.filter(measure=OuterRef("pk"), deadline_date=OuterRef("deadline_date")))
    return (Measure.objects.filter(deadline_kind__in=LADDER_DEADLINE_KINDS, deadline_date__isnull=False,
                                   deadline_date__lte=today - dt.timedelta(days=min(offsets)),
                                   problem__inspection__in=[i for i, steps in ladders.items() if steps])
            .exclude(state__in=SKIPPED_STATES).filter(Q(deadline_date__in=dates) | never)
            # No ORDER BY: the measure's default ordering joins inspection and category, and with them PostgreSQL
            # misjudged this filter's rows and nested 22,000 problems over the measures (90 s at 100K; 0.7 s without).
            .order_by())


def ladder_run(*, today: dt.date, collect: list | None = None) -> LadderRun:
    """Fire, for each open dated measure, the latest ladder step that has come due, if it has not fired for
    this deadline; idempotent (run twice, nothing twice). Earlier steps a measure was first seen past are not
    fired after the event: a reminder ten days before a deadline that passed last month helps nobody.
With `collect`, the reminders are added to it for the morning run's one `notify_bulk` instead of sent.

    Reads: inspections, ladders (2), the candidate measures, their notices, the accounts — however many
    measures there are; the inserts go 500 rows a statement (`insert_rows`).
    """
    result = LadderRun()
    inspections = list(Inspection.objects.select_related("inspected_unit"))
    ladders = ladders_for(inspections)
    by_id = {i.pk: i for i in inspections}
    if not any(ladders.values()):
        return result
    candidates = _candidates(ladders, today)
    measures = list(candidates.select_related("problem", "lead_unit").only(
        "pk", "seq", "text", "deadline_date", "responsible_person", "lead_unit_id", "problem_id",
        "problem__seq", "problem__inspection_id", "problem__lead_unit_id", "problem__lead_leader",
        "lead_unit__name", "lead_unit__short_name"))  # the first run over a new ledger loads every open measure
    if not measures:
        return result
    # The notices fired for the measures' current deadlines, as one join on the ladder's inspections, not the
    # candidates' query again as an IN subquery: PostgreSQL planned that IN (… NOT EXISTS …) per candidate
    # (minutes for a new 100K ledger). Only a notice for a measure's current deadline can match below.
    fired = set(EscalationNotice.objects.filter(
        measure__problem__inspection__in=[i for i, steps in ladders.items() if steps],
        deadline_date=F("measure__deadline_date")).exclude(measure__state__in=SKIPPED_STATES).order_by()
        .values_list("measure_id", "deadline_date", "day_offset"))
    directory = Directory()
    told: list[tuple[EscalationNotice, list[User], Measure]] = []
    for m in measures:
        inspection = by_id[m.problem.inspection_id]
        due = [s for s in ladders[inspection.pk] if m.deadline_date + dt.timedelta(days=s.day_offset) <= today]
        if not due:
            continue
        step = max(due, key=lambda s: s.day_offset)
        if (m.pk, m.deadline_date, step.day_offset) in fired:
            continue
        notice = EscalationNotice(measure=m, deadline_date=m.deadline_date, day_offset=step.day_offset,
                                  action=step.action, audiences=list(step.audiences), fired_on=today,
                                  text=notice_text(step, m))
        users: dict[int, User] = {}
        for audience in step.audiences:
            for user in directory.recipients(audience, m, inspection):
                users.setdefault(user.pk, user)
        told.append((notice, list(users.values()), m))
    with transaction.atomic():
        insert_rows(EscalationNotice,
                    ["measure", "deadline_date", "day_offset", "action", "audiences", "fired_on", "text"],
                    ((n.measure_id, n.deadline_date, n.day_offset, n.action, n.audiences, n.fired_on, n.text)
                     for n, _, _ in told))
        ids = {(measure_id, deadline, offset): pk for pk, measure_id, deadline, offset in
               EscalationNotice.objects.filter(fired_on=today).values_list("pk", "measure_id", "deadline_date",
                                                                          "day_offset")}
        for notice, _, _ in told:
            notice.pk = ids[(notice.measure_id, notice.deadline_date, notice.day_offset)]
        insert_rows(EscalationNotice.recipients.through, ["escalationnotice", "user"],
                    ((n.pk, u.pk) for n, users, _ in told for u in users))
        url = reverse("measure_detail", args=[987654321]).replace("987654321", "{}")  # reverse() is slow ×100K
        reminders = [Reminder(event=_event(notice.day_offset, notice.action), user_id=u.pk, text=notice.text,
                              url=url.format(m.pk), obj_type="ledger.measure", obj_id=m.pk,
                              inspection_id=m.problem.inspection_id)
                     for notice, users, m in told for u in users]
        tell_many(reminders, run="supervision.ladder", day=today, collect=collect)
        result.told = len(reminders)
    result.fired = len(told)
    return result
