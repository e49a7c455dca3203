"""Reads of 督办: a round's reports, its figures, and unit performance (考核). Aggregated in the database;
the query count of each function does not grow with the number of measures or units."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Avg, Count, DurationField, ExpressionWrapper, F, Q, QuerySet
from django.utils import timezone

from zhenggai.accounts.models import Unit
from zhenggai.ledger.models import FollowUp, FollowUpOutcome, Inspection, Measure, ProgressUpdate, SignOffRequest, SignOffState
from zhenggai.ledger.selectors import inspection_headlines
from zhenggai.ledger.workflow import MeasureState
from zhenggai.supervision.ladder import LADDER_DEADLINE_KINDS
from zhenggai.supervision.models import ProgressRound, RoundEntry, RoundState, ScoringWeights, SupervisionRecord


def _day_start(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


# --- rounds ------------------------------------------------------------------------------------------------------

def round_reports(rnd: ProgressRound) -> dict[int, tuple[int, bool]]:
    """measure id → (the update that answers the round, was it late). An update made (not dated: a unit may
    backdate a report) from the day the round opened counts; made after the due date, it is late."""
    rows = (ProgressUpdate.objects.filter(measure__round_entries__round=rnd, created_at__gte=_day_start(rnd.opened_on))
            .order_by("measure_id", "created_at", "id").values_list("measure_id", "pk", "created_at"))
    cutoff = _day_start(rnd.due_date + dt.timedelta(days=1))
    found: dict[int, tuple[int, bool]] = {}
    for measure_id, pk, created_at in rows:  # oldest first: on-time updates come before late ones
        if created_at < cutoff:
            found[measure_id] = (pk, False)  # the latest on-time update
        elif measure_id not in found:
            found[measure_id] = (pk, True)  # the first late one
    return found


@dataclass
class UnitReport:
    unit_id: int | None
    unit_name: str
    owed: int = 0
    on_time: int = 0
    late: int = 0
    progressed: int = 0
    signed_off: int = 0

    @property
    def missing(self) -> int:
        return self.owed - self.on_time - self.late

    @property
    def complete(self) -> bool:
        return self.owed > 0 and self.on_time == self.owed


@dataclass
class RoundStatus:
    round: ProgressRound
    units: list[UnitReport]
    owed: int
    on_time: int
    late: int
    previous: ProgressRound | None
    changes: Counter = field(default_factory=Counter)

    @property
    def missing(self) -> int:
        return self.owed - self.on_time - self.late

    @property
    def reported_units(self) -> list[UnitReport]:
        return [u for u in self.units if u.missing == 0 and u.late == 0]

    @property
    def laggard_units(self) -> list[UnitReport]:
        """未按时报送: a unit with any measure reported late or not at all."""
        return [u for u in self.units if u.missing or u.late]


def round_entries(rnd: ProgressRound) -> QuerySet[RoundEntry]:
    """The round's measures with what each stood at in the previous round of the same body (what changed)."""
    from django.db.models import OuterRef, Subquery

    previous = (RoundEntry.objects.filter(measure=OuterRef("measure"), round__body=rnd.body_id,
                                          round__number__lt=rnd.number, round__state=RoundState.CLOSED)
                .order_by("-round__number").values("progress_after")[:1])
    return (rnd.entries.select_related("measure__problem", "unit", "update")
            .annotate(previous_progress=Subquery(previous)).order_by("unit__path", "measure__problem__seq", "measure__seq"))


def round_status(rnd: ProgressRound) -> RoundStatus:
    """Who reported, who did not, what changed: live while the round is open, frozen once it is closed."""
    rows = rnd.entries.values_list("measure_id", "unit_id", "unit__name", "update_id", "reported_late",
                                   "progress_before", "progress_after", "state_after", "measure__progress",
                                   "measure__state")
    live = rnd.state == RoundState.OPEN
    reports = round_reports(rnd) if live else {}
    units: dict[int | None, UnitReport] = {}
    changes: Counter = Counter()
    for measure_id, unit_id, unit_name, update_id, late, before, after, state_after, now, state_now in rows:
        if live:
            update_id, late = reports.get(measure_id, (None, False))
            after, state_after = now, state_now
        row = units.setdefault(unit_id, UnitReport(unit_id, unit_name or "未明确责任单位"))
        row.owed += 1
        if update_id:
            row.late += late
            row.on_time += not late
        if after is not None and after > before:
            row.progressed += 1
            changes["progressed"] += 1
        if state_after == MeasureState.SIGNED_OFF:
            row.signed_off += 1
            changes["signed_off"] += 1
    previous = (ProgressRound.objects.filter(body=rnd.body_id, number__lt=rnd.number).order_by("-number").first())
    ordered = sorted(units.values(), key=lambda u: (-(u.missing + u.late), u.unit_name))
    return RoundStatus(round=rnd, units=ordered, owed=sum(u.owed for u in ordered),
                       on_time=sum(u.on_time for u in ordered), late=sum(u.late for u in ordered),
                       previous=previous, changes=changes)


def round_figures(inspections: list[Inspection]) -> dict:
    """The headline figures of the round's inspections, added up (from `inspection_headlines`, as every page)."""
    headlines = inspection_headlines(inspections)
    total = done = overdue = behind = 0
    lights: Counter = Counter()
    by_unit: dict[str, dict] = {}
    for h in headlines.values():
        total += h.measures_total
        done += h.measures_done
        overdue += h.overdue
        behind += h.behind_schedule
        lights.update(h.lights)
        for r in h.by_unit:
            row = by_unit.setdefault(r.unit_name, {"unit": r.unit_name, "total": 0, "done": 0, "red": 0, "behind": 0})
            row["total"] += r.measures_total
            row["done"] += r.measures_done
            row["red"] += r.lights.get("red", 0)
            row["behind"] += r.behind
    laggards = _laggards(by_unit.values(), behind, total)
    return {"measures_total": total, "measures_done": done, "overdue": overdue, "behind_schedule": behind,
            "percent_done": round(100 * done / total, 1) if total else 0.0, "lights": dict(lights),
            "problems_total": sum(h.problems_total for h in headlines.values()),
            "problems_done": sum(h.problems_done for h in headlines.values()),
            "laggards": laggards[:10], "as_of": timezone.localdate().isoformat()}


# --- 考核 -----------------------------------------------------------------------------------------------------------

DEFAULT_WEIGHTS = {"late_report": Decimal(30), "overdue": Decimal(5), "send_back": Decimal(15),
                   "sign_off_days": Decimal("0.2"), "rebound": Decimal(5), "supervision": Decimal(3)}


def weights_for(body: Unit | None) -> dict[str, Decimal]:
    row = ScoringWeights.objects.filter(body=body).first() if body is not None else None
    if row is None:
        return dict(DEFAULT_WEIGHTS)
    return {name: getattr(row, name) for name in DEFAULT_WEIGHTS}


@dataclass
class UnitScore:
    """One unit's 考核 figures for a period, and the score they give.

    score = 100 − late_report × (1 − on-time rate) − overdue × measures overdue − send_back × send-backs per
    sign-off request − sign_off_days × average days from request to sign-off − rebound × 回头看 rebounds
    − supervision × 督办 records received; never below 0. A unit owing no report loses nothing for reports.
    """

    unit_id: int
    unit_name: str
    owed: int = 0
    on_time: int = 0
    overdue: int = 0
    sign_offs: int = 0
    send_backs: int = 0
    sign_off_days: float | None = None
    rebounds: int = 0
    supervised: int = 0
    score: float = 100.0
    rank: int = 0

    @property
    def on_time_rate(self) -> float | None:
        return round(100 * self.on_time / self.owed, 1) if self.owed else None

    @property
    def send_back_ratio(self) -> float | None:
        return round(self.send_backs / self.sign_offs, 2) if self.sign_offs else None

    def compute(self, w: dict[str, Decimal]) -> None:
        penalty = Decimal(0)
        if self.owed:
            penalty += w["late_report"] * (1 - Decimal(self.on_time) / Decimal(self.owed))
        penalty += w["overdue"] * self.overdue
        if self.sign_offs:
            penalty += w["send_back"] * Decimal(self.send_backs) / Decimal(self.sign_offs)
        if self.sign_off_days is not None:
            penalty += w["sign_off_days"] * Decimal(str(self.sign_off_days))
        penalty += w["rebound"] * self.rebounds + w["supervision"] * self.supervised
        self.score = float(max(Decimal(0), Decimal(100) - penalty).quantize(Decimal("0.1")))


def _days(value) -> float | None:
    if value is None:
        return None
    if isinstance(value, dt.timedelta):
        return round(value.total_seconds() / 86400, 1)
    return round(float(value) / 86_400_000_000, 1)  # microseconds, as some backends return an average duration


def unit_scores(inspections: QuerySet[Inspection], *, start: dt.date, end: dt.date,
                weights: dict[str, Decimal]) -> list[UnitScore]:
    """Every unit answering for a measure of `inspections`, scored over [start, end]: seven grouped queries."""
    scoped = Measure.objects.filter(problem__inspection__in=inspections)
    rows: dict[int, UnitScore] = {}

    def row(unit_id):
        if unit_id not in rows:
            rows[unit_id] = UnitScore(unit_id, "")
        return rows[unit_id]

    rounds = ProgressRound.objects.filter(state=RoundState.CLOSED, due_date__range=(start, end),
                                          inspections__in=inspections).values("pk")
    for unit_id, owed, on_time in (RoundEntry.objects.filter(round__in=rounds, unit__isnull=False).order_by()
                                   .values("unit").annotate(owed=Count("id"),
                                                            ok=Count("id", filter=Q(update__isnull=False, reported_late=False)))
                                   .values_list("unit", "owed", "ok")):
        r = row(unit_id)
        r.owed, r.on_time = owed, on_time
    as_of = min(end, timezone.localdate())
    for unit_id, n in (scoped.filter(deadline_kind__in=LADDER_DEADLINE_KINDS, deadline_date__lt=as_of,
                                     lead_unit__isnull=False)
                       .filter(Q(signed_off_at__isnull=True) | Q(signed_off_at__gte=_day_start(as_of + dt.timedelta(days=1))))
                       .order_by().values("lead_unit").annotate(n=Count("id")).values_list("lead_unit", "n")):
        row(unit_id).overdue = n
    period = (_day_start(start), _day_start(end + dt.timedelta(days=1)))
    requests = SignOffRequest.objects.filter(measure__in=scoped, measure__lead_unit__isnull=False)
    for unit_id, total, back in (requests.filter(requested_at__gte=period[0], requested_at__lt=period[1]).order_by()
                                 .values("measure__lead_unit")
                                 .annotate(n=Count("id"), back=Count("id", filter=Q(state=SignOffState.SENT_BACK)))
                                 .values_list("measure__lead_unit", "n", "back")):
        r = row(unit_id)
        r.sign_offs, r.send_backs = total, back
    took = ExpressionWrapper(F("approved_at") - F("requested_at"), output_field=DurationField())
    for unit_id, avg in (requests.filter(state=SignOffState.APPROVED, approved_at__gte=period[0], approved_at__lt=period[1])
                         .order_by().values("measure__lead_unit").annotate(avg=Avg(took))
                         .values_list("measure__lead_unit", "avg")):
        row(unit_id).sign_off_days = _days(avg)
    for unit_id, n in (FollowUp.objects.filter(problem__inspection__in=inspections, outcome=FollowUpOutcome.REBOUNDED,
                                               checked_on__range=(start, end), problem__lead_unit__isnull=False)
                       .order_by().values("problem__lead_unit").annotate(n=Count("id"))
                       .values_list("problem__lead_unit", "n")):
        row(unit_id).rebounds = n
    for unit_id, n in (SupervisionRecord.objects.filter(measure__in=scoped, issued_on__range=(start, end)).order_by()
                       .values("unit").annotate(n=Count("id")).values_list("unit", "n")):
        row(unit_id).supervised = n
    # Units that answer for measures but had nothing happen still rank (at 100).
    for unit_id in scoped.filter(lead_unit__isnull=False).order_by().values_list("lead_unit", flat=True).distinct():
        row(unit_id)
    names = dict(Unit.objects.filter(pk__in=rows).values_list("pk", "name"))
    result = list(rows.values())
    for r in result:
        r.unit_name = names.get(r.unit_id, "")
        r.compute(weights)
    result.sort(key=lambda r: (-r.score, r.unit_name))
    rank = 0
    for i, r in enumerate(result):
        if i == 0 or r.score != result[i - 1].score:
            rank = i + 1
        r.rank = rank
    return result


def supervision_records(*, measure=None, problem=None, unit=None) -> QuerySet[SupervisionRecord]:
    qs = SupervisionRecord.objects.select_related("measure__problem", "unit", "issued_by", "evidence")
    if measure is not None:
        qs = qs.filter(measure=measure)
    if problem is not None:
        qs = qs.filter(measure__problem=problem)
    if unit is not None:
        qs = qs.filter(unit__path__startswith=unit.path)
    return qs



def _laggards(rows, behind: int, total: int) -> list[dict]:
    """进展滞后单位: a unit with a red light (overdue), or whose share of measures behind schedule is above the
    whole's — not every unit with one measure a few days behind. Worst first: red lights, then that share."""
    average = behind / total if total else 0.0
    lagging = [r for r in rows if r["red"] or (r["total"] and r["behind"] / r["total"] > average)]
    return sorted(lagging, key=lambda r: (-r["red"], -(r["behind"] / r["total"] if r["total"] else 0), r["unit"]))
