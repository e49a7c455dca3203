"""The battle map's data (挂图作战), built from the ledger's selectors.

Headline figures, lights by unit, status by category and the behind-schedule count come from
`inspection_headline` and nowhere else; this module only adds what the headline does not hold:
sign-offs per week (from the audit log), the average 序时进度 gap and the list of overdue measures.
Every builder runs a fixed number of queries, however large the ledger.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from django.core.cache import cache
from django.db.models import Count, QuerySet
from django.db.models.functions import TruncWeek

from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.deadlines import DeadlineKind
from zhenggai.ledger.models import LIGHT_RANK, OVERDUE_KINDS, Inspection, Light, Measure
from zhenggai.ledger.selectors import (
    Headline,
    inspection_headline,
    inspection_headlines,
    light_of,
    measures_with_light,
    measures_with_lights,
    today,
)
from zhenggai.ledger.workflow import MeasureState

LIGHT_ORDER = [Light.RED, Light.YELLOW, Light.GREEN, Light.BLUE, Light.GREY]
NO_UNIT = "none"  # the URL value for measures with no responsible unit
MAX_WEEKS = 52


@dataclass
class Totals:
    """Headline figures summed over several inspections (percentages recomputed from the sums)."""

    problems_total: int = 0
    problems_done: int = 0
    problems_long_term: int = 0
    measures_total: int = 0
    measures_done: int = 0
    rules_made: int = 0
    overdue: int = 0
    behind_schedule: int = 0
    lights: dict[str, int] = field(default_factory=lambda: {light.value: 0 for light in Light})

    @property
    def problems_in_progress(self) -> int:
        return self.problems_total - self.problems_done

    @property
    def percent_done(self) -> float:
        return round(100 * self.measures_done / self.measures_total, 1) if self.measures_total else 0.0

    def add(self, h: Headline) -> None:
        for name in ("problems_total", "problems_done", "problems_long_term", "measures_total", "measures_done",
                     "rules_made", "overdue", "behind_schedule"):
            setattr(self, name, getattr(self, name) + getattr(h, name))
        for light, n in h.lights.items():
            self.lights[light] = self.lights.get(light, 0) + n


@dataclass
class InspectionMap:
    inspection: Inspection
    headline: Headline
    charts: dict[str, Any]
    overdue: list[Measure]
    due_soon: list[Measure] = field(default_factory=list)


@dataclass
class InspectionRef:
    """What the overview shows of an inspection: plain data, cheap to keep in the cache (a model instance costs
    a model lookup and a field-by-field rebuild each time it is unpickled)."""

    pk: int
    name: str


@dataclass
class OverviewRow:
    inspection: InspectionRef
    headline: Headline


@dataclass
class OverviewMap:
    totals: Totals
    rows: list[OverviewRow]
    charts: dict[str, Any]
    as_of: dt.date
    overdue: list[Measure] = field(default_factory=list)


# --- pieces ----------------------------------------------------------------------------------------------

def lights_chart(rows: Iterable, *, name_of, id_of, lights_of) -> dict[str, Any]:
    """Stacked-bar data: one bar per row, one series per light."""
    rows = list(rows)
    chart: dict[str, Any] = {"names": [name_of(r) for r in rows], "ids": [id_of(r) for r in rows]}
    for light in LIGHT_ORDER:
        chart[light.value] = [lights_of(r).get(light.value, 0) for r in rows]
    return chart


def unit_key(unit_id: int | None) -> str:
    return str(unit_id) if unit_id else NO_UNIT


def category_chart(inspection: Inspection, headline: Headline) -> dict[str, Any]:
    """Problems done / not yet done per category. One query, for the category ids the bars link to."""
    ids_by_name: dict[str, int] = {}
    for pk, name in inspection.categories.order_by("seq", "id").values_list("pk", "name"):
        ids_by_name.setdefault(name, pk)
    rows = headline.by_category
    return {
        "names": [c["name"] for c in rows],
        "ids": [str(ids_by_name[c["name"]]) if c["name"] in ids_by_name else NO_UNIT for c in rows],
        "done": [c["done"] for c in rows],
        "open": [c["problems"] - c["done"] for c in rows],
    }


def schedule_gaps(inspection: Inspection, *, on: dt.date) -> dict[str | None, list[int]]:
    """序时进度 gap (expected − reported, in points) of every behind-schedule measure, by unit. One query.

    The unit is the measure's lead unit, else its problem's, exactly as the headline attributes them,
    so len(gaps[unit]) equals the headline's `behind` for that unit.
    """
    rows = (
        Measure.objects.filter(problem__inspection=inspection).exclude(state=MeasureState.SIGNED_OFF)
        .exclude(deadline_date__isnull=True)
        .values_list("deadline_kind", "deadline_date", "created_on", "progress", "state", "lead_unit_id",
                     "problem__lead_unit_id")
    )
    gaps: dict[str | None, list[int]] = defaultdict(list)
    probe = Measure()
    for kind, date, created_on, progress, state, unit_id, p_unit_id in rows:
        probe.deadline_kind, probe.deadline_date, probe.created_on, probe.progress, probe.state = (
            kind, date, created_on, progress, state)
        if probe.is_behind_schedule(on):
            gaps[unit_key(unit_id or p_unit_id)].append(probe.expected_progress(on) - progress)
    return gaps


def lag_chart(headline: Headline, gaps: dict[str | None, list[int]]) -> dict[str, Any]:
    """Units with measures behind schedule: how many (from the headline) and the average gap."""
    rows = sorted((r for r in headline.by_unit if r.behind), key=lambda r: (-r.behind, r.unit_name))
    avg = []
    for r in rows:
        unit_gaps = gaps.get(unit_key(r.unit_id), [])
        avg.append(round(sum(unit_gaps) / len(unit_gaps), 1) if unit_gaps else 0)
    return {"names": [r.unit_name for r in rows], "ids": [unit_key(r.unit_id) for r in rows],
            "behind": [r.behind for r in rows], "gap": avg}


def signed_off_events(inspection_ids: Iterable[int] | None = None) -> QuerySet:
    qs = AuditEvent.objects.filter(action="measure.approve", after__state=MeasureState.SIGNED_OFF.value)
    if inspection_ids is not None:
        qs = qs.filter(inspection_id__in=list(inspection_ids))
    return qs


def _weekly_counts(inspection_ids: list[int], *, cached: bool) -> list[dict]:
    """The grouped query behind `signed_off_per_week`, cached under the inspections' ledger tokens: a sign-off
    changes its measure, so it rotates its inspection's token (zhenggai.ledger.hot_path) and a cached series
    never misses one."""
    grouped = (signed_off_events(inspection_ids).annotate(week=TruncWeek("created_at")).values("week")
               .annotate(n=Count("id")).order_by("week"))
    if not cached:
        return list(grouped)
    tokens = sorted(Inspection.objects.filter(pk__in=inspection_ids).order_by().values_list("pk", "ledger_token"))
    key = "zg:weekly:" + hashlib.sha256(repr(tokens).encode()).hexdigest()
    rows = cache.get(key)
    if rows is None:
        rows = list(grouped)
        cache.set(key, rows, 24 * 3600)
    return rows


def signed_off_per_week(inspection_ids: Iterable[int], *, on: dt.date,
                        cached: bool = False) -> list[tuple[dt.date, int]]:
    """Measures signed off per ISO week (Monday, count), from the audit log, in one grouped query (two
    short ones when cached).

    Weeks with none are filled in, from the first sign-off (at most a year back) to the current week.
    """
    grouped = _weekly_counts(list(inspection_ids), cached=cached)
    counts: dict[dt.date, int] = {}
    for row in grouped:
        week = row["week"]
        week = week.date() if isinstance(week, dt.datetime) else week
        counts[week] = counts.get(week, 0) + row["n"]
    this_week = on - dt.timedelta(days=on.weekday())
    if not counts:
        return []
    first = max(min(counts), this_week - dt.timedelta(weeks=MAX_WEEKS - 1))
    last = max(max(counts), this_week)
    weeks = []
    week = first
    while week <= last:
        weeks.append((week, counts.get(week, 0)))
        week += dt.timedelta(weeks=1)
    return weeks


def weekly_chart(weeks: list[tuple[dt.date, int]], *, before: int = 0) -> dict[str, Any]:
    cumulative, total = [], before
    for _, n in weeks:
        total += n
        cumulative.append(total)
    labels, titles = [], []
    for monday, _ in weeks:
        year, number, _ = monday.isocalendar()
        labels.append(f"第{number}周")
        titles.append(f"{year}年第{number}周（{monday.month}月{monday.day}日起）")
    return {"labels": labels, "titles": titles, "counts": [n for _, n in weeks], "cumulative": cumulative,
            "mondays": [m.isoformat() for m, _ in weeks]}


def overdue_measures(inspection: Inspection, *, on: dt.date, limit: int = 10) -> list[Measure]:
    """The red measures past their date, most overdue first: the ones the headline counts as `overdue`."""
    return overdue_measures_across([inspection], on=on, limit=limit)


def overdue_measures_across(inspections: Iterable[Inspection], *, on: dt.date, limit: int = 10) -> list[Measure]:
    """The most overdue measures of several inspections, each lit by its own inspection's settings. One query."""
    # Red, past its date, of a dated kind = open and past its date (the light's CASE, written on the columns, so
    # the (state, deadline_date) index answers it instead of a light computed for every measure).
    qs = (
        measures_with_lights(inspections, on=on)
        .exclude(state=MeasureState.SIGNED_OFF).filter(deadline_date__lt=on, deadline_kind__in=OVERDUE_KINDS)
        .select_related("problem__inspection", "lead_unit", "problem__lead_unit")
        .order_by("deadline_date", "problem__seq", "seq", "id")[:limit]
    )
    measures = list(qs)
    for m in measures:
        m.days_overdue = m.overdue_days(on)
        m.light = light_of(m.light_rank)
        m.unit_label = (m.lead_unit or m.problem.lead_unit or "未明确责任单位")
    return measures


def due_soon_measures(inspection: Inspection, *, on: dt.date, limit: int = 8) -> list[Measure]:
    """Yellow measures (due within the warning window), soonest first."""
    qs = (
        measures_with_light(inspection, on=on).filter(light_rank=LIGHT_RANK[Light.YELLOW])
        .select_related("problem", "lead_unit", "problem__lead_unit")
        .order_by("deadline_date", "problem__seq", "seq")[:limit]
    )
    measures = list(qs)
    for m in measures:
        m.days_left = (m.deadline_date - on).days if m.deadline_date else None
        m.unit_label = (m.lead_unit or m.problem.lead_unit or "未明确责任单位")
    return measures


# --- the two maps ----------------------------------------------------------------------------------------

def inspection_map(inspection: Inspection, *, on: dt.date | None = None) -> InspectionMap:
    """Everything the battle map of one inspection shows. Nine queries."""
    on = on or today()
    headline = inspection_headline(inspection, on=on, cached=True)
    charts = {
        "units": lights_chart(headline.by_unit, name_of=lambda r: r.unit_name, id_of=lambda r: unit_key(r.unit_id),
                              lights_of=lambda r: r.lights),
        "categories": category_chart(inspection, headline),
        "weekly": weekly_chart(signed_off_per_week([inspection.pk], on=on, cached=True)),
        "lag": lag_chart(headline, schedule_gaps(inspection, on=on)),
    }
    return InspectionMap(inspection=inspection, headline=headline, charts=charts,
                         overdue=overdue_measures(inspection, on=on), due_soon=due_soon_measures(inspection, on=on))


def overview_map(inspections: Iterable[Inspection], *, on: dt.date | None = None) -> OverviewMap:
    """All the inspections a user may see: their headlines summed, side by side, and sign-offs per week.

    Five queries however many inspections: the headlines (three), the most overdue measures, the weekly sign-offs.
    """
    on = on or today()
    inspections = list(inspections)
    # The whole map is cached under the inspections' ledger tokens and the day: unchanged, it is one query
    # (the tokens) and one cache read, instead of merging hundreds of headlines on every view.
    tokens = sorted(Inspection.objects.filter(pk__in=[i.pk for i in inspections]).order_by()
                    .values_list("pk", "ledger_token"))
    key = "zg:overview:" + hashlib.sha256(repr((tokens, on.isoformat())).encode()).hexdigest()
    if (cached := cache.get(key)) is not None:
        return cached
    result = _overview_map(inspections, on=on)
    cache.set(key, result, 24 * 3600)
    return result


def _overview_map(inspections: list[Inspection], *, on: dt.date) -> OverviewMap:
    headlines = inspection_headlines(inspections, on=on, cached=True)
    totals = Totals()
    units: dict[str, dict[str, Any]] = {}
    for h in headlines.values():
        totals.add(h)
        for u in h.by_unit:
            merged = units.setdefault(unit_key(u.unit_id), {"name": u.unit_name, "lights": defaultdict(int)})
            for light, n in u.lights.items():
                merged["lights"][light] += n
    # The rows keep only each inspection's own figures: its units and categories are merged above, and the map
    # is cached whole, so every unit row of every inspection would be unpickled on every view (most of a
    # second at 200 inspections).
    rows = [OverviewRow(InspectionRef(inspection.pk, inspection.name), dataclasses.replace(headlines[inspection.pk], by_unit=[], by_category=[]))
            for inspection in inspections]
    unit_rows = sorted(units.items(), key=lambda kv: (-kv[1]["lights"]["red"], -sum(kv[1]["lights"].values()),
                                                      kv[1]["name"]))
    charts = {
        "inspections": lights_chart(rows, name_of=lambda r: r.inspection.name, id_of=lambda r: r.inspection.pk,
                                    lights_of=lambda r: r.headline.lights),
        "units": lights_chart(unit_rows, name_of=lambda kv: kv[1]["name"], id_of=lambda kv: kv[0],
                              lights_of=lambda kv: kv[1]["lights"]),
        "weekly": weekly_chart(signed_off_per_week([r.inspection.pk for r in rows], on=on, cached=True)),
    }
    overdue = overdue_measures_across(inspections, on=on) if inspections else []
    for m in overdue:
        m.inspection_name = m.problem.inspection.name
    return OverviewMap(totals=totals, rows=rows, charts=charts, as_of=on, overdue=overdue)


# --- the list under the charts ---------------------------------------------------------------------------

def filtered_measures(inspection: Inspection, qs: QuerySet, params, *, on: dt.date | None = None,
                      limit: int = 50) -> tuple[list[Measure], dict[str, str], int]:
    """The measures behind one bar: by unit (as the charts attribute them), category, light, behind schedule.

    Not the ledger's filter (zhenggai.ledger.filters) on purpose: a bar counts each measure once, under its lead
    unit or else its problem's, with no units below it, and the list must hold exactly the bar's count. The
    link to the problem list carries the ledger filter's nearest equivalent (the unit there takes in co-units
    and the units below it, so it may list more).

    Returns (measures, the filters applied as labels, total count). Unknown values raise ValueError.
    """
    from django.db.models import Q

    on = on or today()
    qs = measures_with_light(inspection, qs, on=on)
    applied: dict[str, str] = {}
    if unit := params.get("unit"):
        if unit == NO_UNIT:
            qs = qs.filter(lead_unit__isnull=True, problem__lead_unit__isnull=True)
        elif unit.isdigit():
            qs = qs.filter(Q(lead_unit_id=int(unit)) | Q(lead_unit__isnull=True, problem__lead_unit_id=int(unit)))
        else:
            raise ValueError("责任单位参数不正确")
        applied["unit"] = unit
    if category := params.get("category"):
        if category == NO_UNIT:
            qs = qs.filter(problem__category__isnull=True)
        elif category.isdigit():
            qs = qs.filter(problem__category_id=int(category))
        else:
            raise ValueError("类别参数不正确")
        applied["category"] = category
    if light := params.get("light"):
        if light not in Light.values:
            raise ValueError("亮灯参数不正确")
        qs = qs.filter(light_rank=LIGHT_RANK[Light(light)])
        applied["light"] = light
    status = params.get("status")
    if status == "done":
        qs = qs.filter(state=MeasureState.SIGNED_OFF)
        applied["status"] = status
    elif status == "open":
        qs = qs.exclude(state=MeasureState.SIGNED_OFF)
        applied["status"] = status
    elif status:
        raise ValueError("状态参数不正确")
    behind = params.get("behind") == "1"
    if behind:
        # 序时进度 needs a date and an open measure; the exact test runs below, on at most `limit` rows' worth.
        qs = qs.exclude(state=MeasureState.SIGNED_OFF).exclude(deadline_date__isnull=True).filter(
            created_on__lt=on, progress__lt=100)
        applied["behind"] = "1"
    qs = qs.select_related("problem", "problem__category", "lead_unit", "problem__lead_unit").order_by(
        "-light_rank", "deadline_date", "problem__seq", "seq")
    if behind:
        rows = [m for m in qs if m.is_behind_schedule(on)]
        total = len(rows)
    else:
        total = qs.count()
        rows = list(qs[:limit])
    for m in rows:
        m.light = light_of(m.light_rank)
        m.unit_label = m.lead_unit or m.problem.lead_unit or "未明确责任单位"
        m.days_overdue = m.overdue_days(on)  # the one definition of overdue (zhenggai.ledger.models)
        m.expected = m.expected_progress(on)
    return rows[:limit], applied, total
