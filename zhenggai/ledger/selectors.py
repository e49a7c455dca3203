"""Reads of the ledger. Headline figures are computed here, once, for every page and export."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from collections.abc import Iterable

from django.core.cache import cache
from django.db.models import Case, Count, IntegerField, QuerySet, Value, When
from django.utils import timezone

from zhenggai.ledger.models import (
    RANK_LIGHT,
    Inspection,
    Light,
    Measure,
    Problem,
    ProblemStatus,
    Rule,
    light_rank_expression,
    overdue_days,
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


def measures_with_lights(inspections: Iterable[Inspection], qs: QuerySet | None = None, *,
                         on: dt.date | None = None) -> QuerySet:
    """Measures of several inspections in one query, each lit by its own inspection's warning window and
    reporting period (as `measures_with_light` lights one inspection's)."""
    on = on or today()
    inspections = list(inspections)
    groups: dict[tuple[int, dt.date], list[int]] = defaultdict(list)
    for inspection in inspections:
        groups[(inspection.warning_days, inspection.report_period_start(on))].append(inspection.pk)
    qs = Measure.objects.filter(problem__inspection__in=[i.pk for i in inspections]) if qs is None else qs
    cases = [(ids, light_rank_expression(today=on, warning_days=days, report_period_start=start))
             for (days, start), ids in groups.items()]
    if len(cases) <= 1:  # the usual case: one set of settings, no CASE around the CASE
        rank = cases[0][1] if cases else Value(None, output_field=IntegerField())
    else:
        rank = Case(*[When(problem__inspection_id__in=ids, then=case) for ids, case in cases],
                    output_field=IntegerField())
    return qs.annotate(light_rank=rank)


class _HeadlineTally:
    """One inspection's figures, added up measure by measure and problem by problem."""

    def __init__(self, on: dt.date) -> None:
        self.on = on
        self.lights: Counter = Counter()
        self.units: dict[int | None, UnitRow] = {}
        self.categories: dict[str, dict] = {}
        self.measures_total = self.measures_done = self.overdue = self.behind = 0
        self.problems_total = self.problems_done = self.long_term = 0
        self._probe = Measure()

    def _category(self, name: str | None, seq: int | None) -> dict:
        return self.categories.setdefault(name or "未分类", {"name": name or "未分类", "seq": seq,
                                                             "problems": set(), "done": set()})

    def add_measure(self, state, rank, kind, date, created_on, progress, unit_id, unit_name, p_unit_id, p_unit_name,
                    cat_name, cat_seq, problem_id) -> None:
        on = self.on
        light = light_of(rank).value  # plain str keys: templates look them up by name
        self.measures_total += 1
        done = state == MeasureState.SIGNED_OFF
        self.measures_done += done
        self.lights[light] += 1
        if overdue_days(state=state, deadline_kind=kind, deadline_date=date, on=on) is not None:
            self.overdue += 1
        probe = self._probe
        probe.deadline_kind, probe.deadline_date, probe.created_on, probe.progress, probe.state = (
            kind, date, created_on, progress, state)
        is_behind = probe.is_behind_schedule(on)
        self.behind += is_behind
        uid, uname = (unit_id, unit_name) if unit_id else (p_unit_id, p_unit_name or "未明确责任单位")
        row = self.units.setdefault(uid, UnitRow(uid, uname))
        row.measures_total += 1
        row.measures_done += done
        row.lights[light] += 1
        row.behind += is_behind
        self._category(cat_name, cat_seq)["problems"].add(problem_id)

    def add_problem(self, pk: int, status: str, cat_name: str | None, cat_seq: int | None) -> None:
        self.problems_total += 1
        self.problems_done += status == ProblemStatus.DONE
        self.long_term += status == ProblemStatus.LONG_TERM
        cat = self._category(cat_name, cat_seq)
        cat["problems"].add(pk)
        if status == ProblemStatus.DONE:
            cat["done"].add(pk)

    def headline(self, rules_made: int) -> Headline:
        by_category = [
            {"name": c["name"], "problems": len(c["problems"]), "done": len(c["done"])}
            # In the categories' own order; problems without a category (seq None) last.
            for c in sorted(self.categories.values(), key=lambda c: (c["seq"] is None, c["seq"] or 0))
        ]
        return Headline(
            as_of=self.on,
            problems_total=self.problems_total,
            problems_done=self.problems_done,
            problems_long_term=self.long_term,
            measures_total=self.measures_total,
            measures_done=self.measures_done,
            rules_made=rules_made,
            overdue=self.overdue,
            behind_schedule=self.behind,
            lights={light.value: self.lights.get(light.value, 0) for light in Light},
            by_unit=sorted(self.units.values(), key=lambda r: (-r.lights["red"], -r.measures_total, r.unit_name)),
            by_category=by_category,
        )


HEADLINE_CACHE_SECONDS = 24 * 3600


def _headline_key(pk: int, token: int, on: dt.date) -> str:
    return f"zg:headline:{pk}:{token}:{on.isoformat()}"


def inspection_headlines(inspections: Iterable[Inspection], *, on: dt.date | None = None,
                         cached: bool = False) -> dict[int, Headline]:
    """The headline of each inspection, by id: three queries however many inspections and measures.

    For lists of inspections (the inspection list, the battle-map overview); each headline equals
    `inspection_headline` of that inspection.

    `cached=True` (the pages) first reads each inspection's `ledger_token` (one query) and takes the
    headlines computed before under the same token and day from the cache; only the others are computed.
    The token changes with every write the figures depend on (triggers, see zhenggai.ledger.hot_path), so a
    cached headline is never stale; a page that lists hundreds of inspections scans the measures only of
    those that changed since the last request.
    """
    on = on or today()
    inspections = list(inspections)
    if not inspections:
        return {}
    found: dict[int, Headline] = {}
    keys: dict[int, str] = {}
    if cached:
        tokens = dict(Inspection.objects.filter(pk__in=[i.pk for i in inspections]).order_by()
                      .values_list("pk", "ledger_token"))
        keys = {pk: _headline_key(pk, token, on) for pk, token in tokens.items()}
        hits = cache.get_many(list(keys.values()))
        found = {pk: hits[key] for pk, key in keys.items() if key in hits}
        inspections = [i for i in inspections if i.pk not in found]
    computed = _compute_headlines(inspections, on=on)
    if cached and computed:
        cache.set_many({keys[pk]: h for pk, h in computed.items() if pk in keys}, HEADLINE_CACHE_SECONDS)
    return {**found, **computed}


def _compute_headlines(inspections: list[Inspection], *, on: dt.date) -> dict[int, Headline]:
    ids = [i.pk for i in inspections]
    tallies = {pk: _HeadlineTally(on) for pk in ids}
    if not ids:
        return {}
    rows = (
        measures_with_lights(inspections, on=on)
        .order_by()  # no sort: the tally does not depend on the order, and sorting every measure costs
        .values_list("problem__inspection_id", "state", "light_rank", "deadline_kind", "deadline_date", "created_on",
                     "progress", "lead_unit_id", "lead_unit__name", "problem__lead_unit_id",
                     "problem__lead_unit__name", "problem__category__name", "problem__category__seq", "problem_id")
    )
    for inspection_id, *row in rows.iterator(chunk_size=5000):
        tallies[inspection_id].add_measure(*row)
    problems = Problem.objects.filter(inspection__in=ids).with_status().order_by().values_list(
        "inspection_id", "pk", "status", "category__name", "category__seq")
    for inspection_id, *row in problems.iterator(chunk_size=5000):
        tallies[inspection_id].add_problem(*row)
    rules = dict(Rule.objects.filter(inspection__in=ids).order_by().values("inspection_id")
                 .annotate(n=Count("id")).values_list("inspection_id", "n"))
    return {pk: tally.headline(rules.get(pk, 0)) for pk, tally in tallies.items()}


def inspection_headline(inspection: Inspection, *, on: dt.date | None = None, cached: bool = False) -> Headline:
    """Three queries (measures, problems, rules), however large the ledger; see `inspection_headlines`."""
    return inspection_headlines([inspection], on=on, cached=cached)[inspection.pk]


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


# --- the import event that created a measure -----------------------------------------------------------------

def id_ranges(ids) -> list[list[int]]:
    """[3, 4, 5, 9, 10] → [[3, 5], [9, 10]]: the measures an import created, as inclusive ranges."""
    ranges: list[list[int]] = []
    for pk in sorted(ids):
        if ranges and pk == ranges[-1][1] + 1:
            ranges[-1][1] = pk
        else:
            ranges.append([pk, pk])
    return ranges


def created_by_import(event_after: dict, measure_id: int) -> bool:
    """Did this import.commit event create the measure? Ranges now; a plain id list in events written before."""
    if any(first <= measure_id <= last for first, last in event_after.get("measure_id_ranges", ())):
        return True
    return measure_id in event_after.get("measures_created", ())
