"""The morning run (每日提醒): deadlines near, overdue measures, reports due, 回头看 coming due — and the
reminders other apps plan for the same morning (the 督办 ladder and 签收 reminders register a source).

All of it goes through one `notify_bulk` call, in one transaction: each person hears of each measure once
a day whichever part planned it, a unit with many items gets one line with the count, and everyone gets
at most one message per channel for the whole morning.

Designed for a million rows: one query finds exactly the measures that owe a reminder today (their
deadline falls on one of a handful of dates), so the queries asked depend on the number of people and
inspections, never on the number of measures.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Max, Q
from django.db.models.functions import Substr
from django.urls import reverse

from zhenggai.accounts.models import Role
from zhenggai.ledger.cadence import last_due_date
from zhenggai.ledger.models import Inspection, Measure, Problem
from zhenggai.ledger.workflow import MeasureState
from zhenggai.notify.models import DEFAULT_DEADLINE_DAYS, DEFAULT_REPORT_DAYS, ReminderSettings
from zhenggai.notify.recipients import staff_by_inspection, unit_users_by_unit
from zhenggai.notify.services import Item, notify_bulk

# Overdue notices repeat every N days; this many years back bounds the list of dates asked for.
OVERDUE_YEARS_BACK = 5
DATED_KINDS = ("date", "immediate")


@dataclass(frozen=True)
class _Plan:
    deadline_days: tuple[int, ...]
    report_days: tuple[int, ...]
    overdue_every: int
    follow_up_before: int


def _plan(inspection: Inspection) -> _Plan:
    try:
        s = inspection.reminder_settings
    except ReminderSettings.DoesNotExist:
        s = ReminderSettings(deadline_days=DEFAULT_DEADLINE_DAYS, report_days=DEFAULT_REPORT_DAYS)
    return _Plan(s.deadline_day_list, s.report_day_list, max(1, s.overdue_every_days), s.follow_up_days_before)


def _overdue_dates(today: dt.date, every: int) -> list[dt.date]:
    """Deadlines whose measure is told today: 1 day overdue, then every `every` days after."""
    out, days = [], 1
    while days <= 366 * OVERDUE_YEARS_BACK:
        out.append(today - dt.timedelta(days=days))
        days += every
    return out


def _md(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


def morning_items(today: dt.date) -> list[Item]:
    inspections = list(Inspection.objects.select_related("inspected_unit", "reminder_settings"))
    if not inspections:
        return []
    plans = {i.pk: _plan(i) for i in inspections}
    by_pk = {i.pk: i for i in inspections}

    # 1. Measures whose deadline falls on a reminder date: one query over all inspections.
    groups: dict[tuple, list[int]] = defaultdict(list)
    for pk, plan in plans.items():
        groups[(plan.deadline_days, plan.overdue_every)].append(pk)
    wanted = Q(pk__in=[])
    for (days, every), ids in groups.items():
        dates = [today + dt.timedelta(days=d) for d in days] + _overdue_dates(today, every)
        wanted |= Q(problem__inspection_id__in=ids, deadline_date__in=dates)
    rows = (Measure.objects.filter(wanted, deadline_kind__in=DATED_KINDS)
            .exclude(state=MeasureState.SIGNED_OFF)
            .annotate(short=Substr("text", 1, 30)).order_by()  # no joins for the default ordering
            .values_list("pk", "seq", "short", "problem__seq", "problem__inspection_id", "lead_unit_id",
                         "problem__lead_unit_id", "deadline_date"))
    # (inspection, event, unit) -> [(measure id, label, deadline)]
    found: dict[tuple[int, str, int], list[tuple[int, str, dt.date]]] = defaultdict(list)
    for pk, seq, short, p_seq, insp_id, unit_id, p_unit_id, deadline in rows.iterator(chunk_size=5000):
        unit_id = unit_id or p_unit_id
        kind = "overdue" if deadline < today else "deadline_near"
        if unit_id:
            found[(insp_id, kind, unit_id)].append((pk, f"问题{p_seq}措施{seq}“{short}”", deadline))

    # 2. Reports due in N days (the inspection's cadence): the units with open measures there.
    report_due: dict[int, tuple[dt.date, int]] = {}
    for pk, plan in plans.items():
        inspection = by_pk[pk]
        for d in plan.report_days:
            due = today + dt.timedelta(days=d)
            if last_due_date(inspection.cadence, inspection.cadence_day, due) == due:
                report_due[pk] = (due, d)
                break
    report_units: dict[int, set[int]] = defaultdict(set)
    if report_due:
        for insp_id, unit_id, p_unit_id in (Measure.objects.exclude(state=MeasureState.SIGNED_OFF)
                                            .filter(problem__inspection_id__in=list(report_due))
                                            .values_list("problem__inspection_id", "lead_unit_id",
                                                         "problem__lead_unit_id").order_by().distinct()):
            if unit_id or p_unit_id:
                report_units[insp_id].add(unit_id or p_unit_id)

    # 3. 回头看 coming due: problems all signed off, no follow-up since, due in N days or today.
    follow_ups = _follow_ups_due(today, plans, by_pk)

    unit_ids = {u for (_, _, u) in found} | {u for us in report_units.values() for u in us}
    fillers = unit_users_by_unit(unit_ids)
    office = staff_by_inspection(inspections, Role.OFFICE)

    items: list[Item] = []
    my_work = reverse("my_work")
    measure_url = reverse("measure_detail", args=[987654321]).replace("987654321", "{}")  # 100K reverse() is slow
    for (insp_id, kind, unit_id), measures in found.items():
        for pk, label, deadline in measures:
            if kind == "overdue":
                text = f"{label}已超过整改期限{(today - deadline).days}天（{_md(deadline)}），请抓紧整改并报送进展。"
            else:
                text = f"{label}距整改期限还有{(deadline - today).days}天（{_md(deadline)}），请按期完成。"
            url = measure_url.format(pk)
            for uid in fillers.get(unit_id, ()):
                items.append(Item(kind, uid, text, url, "ledger.measure", pk, insp_id))
            if kind == "overdue":  # the office hears of every overdue measure of its inspections
                office_text = f"{label}已逾期{(today - deadline).days}天（{_md(deadline)}），尚未销号。"
                for uid in office.get(insp_id, ()):
                    items.append(Item(kind, uid, office_text, url, "ledger.measure", pk, insp_id))
    for insp_id, (due, d) in report_due.items():
        for unit_id in report_units.get(insp_id, ()):
            for uid in fillers.get(unit_id, ()):
                items.append(Item("report_due", uid,
                                  f"“{by_pk[insp_id].name}”本期整改进展报送截止{_md(due)}（还有{d}天），请按时报送。",
                                  my_work, "ledger.inspection", insp_id, insp_id))
    for insp_id, problem_id, p_seq, due in follow_ups:
        for uid in office.get(insp_id, ()):
            when = "今日到期" if due == today else f"将于{_md(due)}到期"
            items.append(Item("follow_up_due", uid, f"“{by_pk[insp_id].name}”问题{p_seq}的回头看{when}，请组织开展。",
                              reverse("problem_detail", args=[problem_id]), "ledger.problem", problem_id, insp_id))
    items += _petition_items(today, plans, by_pk, office)
    return items


# A petition case is due in days (办结时限 15天), not months: told 3 days and 1 day before, and when overdue.
PETITION_NEAR_DAYS = (3, 1)


def _petition_items(today: dt.date, plans: dict[int, _Plan], by_pk: dict[int, Inspection],
                    office: dict[int, list[int]]) -> list[Item]:
    """Petition cases whose 办结时限 falls on a reminder date: one query, folded per (recipient, inspection)."""
    from zhenggai.ledger.workflow import PETITION_CLOSED_STATES
    from zhenggai.petitions.models import PetitionCase

    wanted = Q(pk__in=[])
    groups: dict[int, list[int]] = defaultdict(list)
    for pk, plan in plans.items():
        groups[plan.overdue_every].append(pk)
    for every, ids in groups.items():
        dates = [today + dt.timedelta(days=d) for d in PETITION_NEAR_DAYS] + _overdue_dates(today, every)
        wanted |= Q(inspection_id__in=ids, deadline_date__in=dates)
    rows = (PetitionCase.objects.filter(wanted).exclude(state__in=list(PETITION_CLOSED_STATES))
            .exclude(lead_unit__isnull=True)
            .values_list("pk", "seq", "number", "batch__number", "inspection_id", "lead_unit_id", "deadline_date"))
    found: dict[tuple[int, str, int], list[tuple[int, str, dt.date]]] = defaultdict(list)
    overdue: dict[int, int] = defaultdict(int)
    for pk, seq, number, batch, insp_id, unit_id, deadline in rows.iterator(chunk_size=5000):
        kind = "petition_overdue" if deadline < today else "petition_deadline_near"
        overdue[insp_id] += kind == "petition_overdue"
        found[(insp_id, kind, unit_id)].append((pk, f"信访件{batch}第{seq}号" + (f"（{number}）" if number else ""), deadline))
    fillers = unit_users_by_unit({u for (_, _, u) in found})
    items: list[Item] = []
    case_url = reverse("petitions:case_detail", args=[987654321]).replace("987654321", "{}")
    for (insp_id, kind, unit_id), cases in found.items():
        for uid in fillers.get(unit_id, ()):
            # One item per case: notify_bulk folds more than FOLD_OVER of one event and inspection into one line.
            for pk, label, deadline in cases:
                text = (f"{label}已超过办结时限{(today - deadline).days}天（{_md(deadline)}），请抓紧办理并报送。"
                        if kind == "petition_overdue" else
                        f"{label}距办结时限还有{(deadline - today).days}天（{_md(deadline)}），请按期办结。")
                items.append(Item(kind, uid, text, case_url.format(pk), "petitions.petitioncase", pk, insp_id))
    for insp_id, count in overdue.items():
        if count:
            for uid in office.get(insp_id, ()):
                items.append(Item("petition_overdue", uid, f"“{by_pk[insp_id].name}”今日有{count}件交办信访件超过办结时限。",
                                  reverse("petitions:case_list", args=[insp_id]) + "?state=overdue",
                                  "ledger.inspection", insp_id, insp_id))
    return items


def _follow_ups_due(today: dt.date, plans: dict[int, _Plan],
                    inspections: dict[int, Inspection]) -> list[tuple[int, int, int, dt.date]]:
    """(inspection, problem, seq, due date) of problems whose 回头看 falls due today or in N days."""
    from django.utils import timezone

    rows = (Problem.objects.filter(inspection_id__in=list(plans))
            .annotate(open_n=Count("measures", filter=~Q(measures__state=MeasureState.SIGNED_OFF), distinct=True),
                      last_signed=Max("measures__signed_off_at"), last_check=Max("follow_ups__checked_on"))
            .filter(open_n=0, last_signed__isnull=False)
            .values_list("pk", "seq", "inspection_id", "last_signed", "last_check"))
    out = []
    for pk, seq, insp_id, last_signed, last_check in rows.iterator(chunk_size=5000):
        signed_on = timezone.localtime(last_signed).date()
        if last_check is not None and last_check >= signed_on:
            continue
        due = signed_on + dt.timedelta(days=inspections[insp_id].follow_up_days)
        if due == today or due - dt.timedelta(days=plans[insp_id].follow_up_before) == today:
            out.append((insp_id, pk, seq, due))
    return out


# Other apps' parts of the morning run: name -> fn(today) returning their reminders. A source may write its
# own marks (e.g. the ladder's EscalationNotice rows); it runs inside the morning run's transaction.
MorningSource = Callable[[dt.date], list[Item]]
_SOURCES: dict[str, MorningSource] = {}


def register_morning_source(name: str, source: MorningSource) -> None:
    """Called from an app's ready(); registering the same name again replaces it."""
    _SOURCES[name] = source


def morning_run(today: dt.date) -> dict[str, int]:
    """Write today's reminders, all parts in one go (idempotent: a second run the same day writes nothing new).
    The registered sources come first, so their wording (e.g. the ladder's 【督办提醒】) wins for a measure
    both plan to mention."""
    with transaction.atomic():
        items: list[Item] = []
        for source in _SOURCES.values():
            items += source(today)
        items += morning_items(today)
        return notify_bulk(items, run="morning", day=today)
