"""Reads of the ledger. Headline figures are computed here, once, for every page and export."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone

from zhenggai.ledger.models import (

    RANK_LIGHT,
    Inspection,
    Light,
    Measure,
    Problem,
    ProblemStatus,
)
from zhenggai.ledger.workflow import MeasureState


def today() -> dt.date:
    return timezone.localdate()


def measures_with_light(inspection: Inspection, qs: QuerySet | None = None, *, on: dt.date | None = None) -> QuerySet:
    on = on or today()
    qs = Measure.objects.filter(problem__inspection=inspection) if qs is None else qs
    return qs.with_light(today=on, warning_days=inspection.warning_days,
                         report_period_start=inspection.report_period_start(on))


def light_of(rank: int | None) -> Light:
    return RANK_LIGHT.get(rank if rank is not None else 0, Light.GREY)


@dataclass
class UnitRow:
    unit_id: int | None
    unit_name: str
    measures_total: int = 0
    measures_done: int = 0
    lights: Counter = field(default_factory=Counter)
    behind: int = 0

    @property
    def percent_done(self) -> float:
        return round(100 * self.measures_done / self.measures_total, 1) if self.measures_total else 0.0


@dataclass
class Headline:
    """The figures every page, bulletin and export quotes. Computed in one place."""

    as_of: dt.date
    problems_total: int
    problems_done: int
    problems_long_term: int
    measures_total: int
    measures_done: int
    rules_made: int
    overdue: int
    behind_schedule: int
    lights: dict[str, int]
    by_unit: list[UnitRow]
    by_category: list[dict]

    @property
    def problems_in_progress(self) -> int:
        return self.problems_total - self.problems_done

    @property
    def percent_done(self) -> float:
        """总进度: share of measures signed off, one decimal place."""
        return round(100 * self.measures_done / self.measures_total, 1) if self.measures_total else 0.0


def inspection_headline(inspection: Inspection, *, on: dt.date | None = None) -> Headline:
    """Two queries for measures and problems, however large the ledger."""
    on = on or today()
    rows = (
        measures_with_light(inspection, on=on)
        .values_list("pk", "state", "light_rank", "deadline_kind", "deadline_date", "created_on", "progress",
                     "lead_unit_id", "lead_unit__name", "problem__lead_unit_id", "problem__lead_unit__name",
                     "problem__category__name", "problem__category__seq", "problem_id")
    )
    lights: Counter = Counter()
    units: dict[int | None, UnitRow] = {}
    categories: dict[str, dict] = {}
    measures_total = measures_done = overdue = behind = 0
    problem_open: dict[int, bool] = defaultdict(bool)
    probe = Measure()
    for (_pk, state, rank, kind, date, created_on, progress, unit_id, unit_name, p_unit_id, p_unit_name,
         cat_name, cat_seq, problem_id) in rows:
        light = light_of(rank).value  # plain str keys: templates look them up by name
        measures_total += 1
        done = state == MeasureState.SIGNED_OFF
        measures_done += done
        problem_open[problem_id] |= not done
        lights[light] += 1
        if light == Light.RED and date is not None and date < on and kind in ("date", "immediate"):
            overdue += 1
        probe.deadline_kind, probe.deadline_date, probe.created_on, probe.progress, probe.state = (
            kind, date, created_on, progress, state)
        is_behind = probe.is_behind_schedule(on)
        behind += is_behind
        uid, uname = (unit_id, unit_name) if unit_id else (p_unit_id, p_unit_name or "未明确责任单位")
        row = units.setdefault(uid, UnitRow(uid, uname))
        row.measures_total += 1
        row.measures_done += done
        row.lights[light] += 1
        row.behind += is_behind
        cat = categories.setdefault(cat_name or "未分类", {"name": cat_name or "未分类", "seq": cat_seq,
                                                          "problems": set(), "done": set()})
        cat["problems"].add(problem_id)
    problems = Problem.objects.filter(inspection=inspection).with_status().values_list(
        "pk", "status", "category__name", "category__seq")
    problems_total = problems_done = long_term = 0
    for pk, status, cat_name, cat_seq in problems:
        problems_total += 1
        problems_done += status == ProblemStatus.DONE
        long_term += status == ProblemStatus.LONG_TERM
        cat = categories.setdefault(cat_name or "未分类", {"name": cat_name or "未分类", "seq": cat_seq,
                                                          "problems": set(), "done": set()})
        cat["problems"].add(pk)
        if status == ProblemStatus.DONE:
            cat["done"].add(pk)
    by_category = [
        {"name": c["name"], "problems": len(c["problems"]), "done": len(c["done"])}
        # In the categories' own order; problems without a category (seq None) last.
        for c in sorted(categories.values(), key=lambda c: (c["seq"] is None, c["seq"] or 0))
    ]
    return Headline(
        as_of=on,
        problems_total=problems_total,
        problems_done=problems_done,
        problems_long_term=long_term,
        measures_total=measures_total,
        measures_done=measures_done,
        rules_made=inspection.rules.count(),
        overdue=overdue,
        behind_schedule=behind,
        lights={light.value: lights.get(light.value, 0) for light in Light},
        by_unit=sorted(units.values(), key=lambda r: (-r.lights["red"], -r.measures_total, r.unit_name)),
        by_category=by_category,
    )


def problems_with_light(inspection: Inspection, qs: QuerySet, *, on: dt.date | None = None) -> QuerySet:
    """Problems annotated with status and the worst light of their measures (`light_rank`)."""
    from django.db.models import Max, OuterRef, Subquery

    on = on or today()
    worst = (
        measures_with_light(inspection, Measure.objects.filter(problem=OuterRef("pk")), on=on)
        .order_by("-light_rank")
        .values("light_rank")[:1]
    )
    return qs.with_status().annotate(light_rank=Subquery(worst), next_deadline=Max("measures__deadline_date"))


LIGHT_CHOICES = [(light.value, light.label) for light in Light]
