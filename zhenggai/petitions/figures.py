"""The petition figures every page, the battle map, the bulletin and the public page quote: computed here, once.

交办 (handed over), 属实 (founded), 办结 (concluded, 已办结 whether or not signed off yet), 销号, 销号率, overdue,
by batch, unit, area and type; and what the handling produced: fines (万元), cases filed, 责令整改, people held
accountable. One grouped query a breakdown (batch, unit, area, type), however many cases.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, Sum

from zhenggai.ledger.models import Inspection
from zhenggai.ledger.selectors import today
from zhenggai.ledger.workflow import PETITION_CLOSED_STATES, PetitionState
from zhenggai.petitions.models import FOUNDED, PetitionBatch, PetitionCase, PollutionType


def percent(part: int, whole: int) -> int:
    """A whole percentage, rounded half up (65.5 → 66) as documents write it: "销号率65%"."""
    if not whole:
        return 0
    return int((Decimal(100 * part) / Decimal(whole)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


@dataclass
class Tally:
    label: str
    handed_over: int = 0
    investigated: int = 0
    founded: int = 0
    concluded: int = 0
    phased: int = 0
    signed_off: int = 0
    overdue: int = 0
    fines_wan: Decimal = Decimal("0")
    cases_filed: int = 0
    rectification_orders: int = 0
    people_held_accountable: int = 0

    @property
    def founded_rate(self) -> int:
        """属实率: founded (属实, 基本属实, 部分属实) among the cases investigated so far."""
        return percent(self.founded, self.investigated)

    @property
    def sign_off_rate(self) -> int:
        return percent(self.signed_off, self.handed_over)

    @property
    def conclude_rate(self) -> int:
        return percent(self.concluded, self.handed_over)

    @property
    def open(self) -> int:
        return self.handed_over - self.concluded

    def add_counts(self, r: dict) -> None:
        """Add a row of counts grouped by the database (petition_figures' `tallies`)."""
        self.handed_over += r["n"]
        self.investigated += r["investigated"]
        self.founded += r["founded"]
        self.concluded += r["concluded"]
        self.phased += r["phased"]
        self.signed_off += r["signed_off"]
        self.overdue += r["overdue"]
        # SQLite sums a decimal column as a float: back to 万元 with two places.
        self.fines_wan = (self.fines_wan + Decimal(str(r["fines"] or 0))).quantize(Decimal("0.01"))
        self.cases_filed += r["filed"] or 0
        self.rectification_orders += r["orders"] or 0
        self.people_held_accountable += r["people"] or 0


@dataclass
class PetitionFigures:
    as_of: dt.date
    total: Tally
    by_batch: list[Tally] = field(default_factory=list)
    by_unit: list[Tally] = field(default_factory=list)
    by_area: list[Tally] = field(default_factory=list)
    by_type: list[Tally] = field(default_factory=list)

    @property
    def sentence(self) -> str:
        """The bulletin's sentence, from the same figures as every page."""
        t = self.total
        return f"交办信访件{t.handed_over}件，已办结{t.concluded}件，销号率{t.sign_off_rate}%"


BREAKDOWNS = ("unit", "area", "type")


def petition_figures(inspection: Inspection, *, user=None, batch: PetitionBatch | None = None,
                     on: dt.date | None = None, breakdowns: tuple[str, ...] = BREAKDOWNS) -> PetitionFigures:
    """The figures of an inspection's cases (one batch's with `batch`; the cases a user may see with `user`).

    The total and the batches always; of the other breakdowns, those named (the panel on the inspection page and
    the battle map, and the bulletin's sentence, ask for none: one query)."""
    from zhenggai.petitions.selectors import cases_for_user

    on = on or today()
    qs = cases_for_user(user, inspection) if user is not None else PetitionCase.objects.filter(inspection=inspection)
    if batch is not None:
        qs = qs.filter(batch=batch)
    closed = list(PETITION_CLOSED_STATES)
    # Each breakdown is counted by the database, one grouped query a dimension (a few dozen rows each). Grouping
    # once by every dimension together returned about a row a case on a large 督察 (50,000 cases: ~50,000 rows,
    # ~0.6 s of Python adding them up on every uncached inspection page; docs/perf/PAGES_SESSION25.txt).
    tallies = dict(
        n=Count("id"), investigated=Count("id", filter=~Q(verdict="")),
        founded=Count("id", filter=Q(verdict__in=FOUNDED)),
        concluded=Count("id", filter=Q(state__in=closed)), phased=Count("id", filter=Q(state=PetitionState.PHASED)),
        signed_off=Count("id", filter=Q(state=PetitionState.SIGNED_OFF)),
        overdue=Count("id", filter=Q(deadline_date__lt=on) & ~Q(state__in=closed)),
        fines=Sum("fines_wan"), filed=Sum("cases_filed"), orders=Sum("rectification_orders"),
        people=Sum("people_held_accountable"))

    def grouped(*keys):
        return qs.order_by().values(*keys).annotate(**tallies)

    total = Tally("合计")
    batches: dict[int, Tally] = {}
    batch_order: dict[int, str] = {}
    for r in grouped("batch_id", "batch__number", "batch__sort_key"):
        total.add_counts(r)  # every case has its batch
        batches.setdefault(r["batch_id"], Tally(r["batch__number"])).add_counts(r)
        batch_order[r["batch_id"]] = r["batch__sort_key"]
    units: dict[int | None, Tally] = {}
    for r in grouped("lead_unit_id", "lead_unit__name") if "unit" in breakdowns else ():
        units.setdefault(r["lead_unit_id"], Tally(r["lead_unit__name"] or "未分办")).add_counts(r)
    areas: dict[str, Tally] = {}
    for r in grouped("area") if "area" in breakdowns else ():
        areas.setdefault(r["area"] or "未注明", Tally(r["area"] or "未注明")).add_counts(r)
    types: dict[str, Tally] = {}
    type_labels = dict(PollutionType.choices)
    for r in grouped("pollution_type") if "type" in breakdowns else ():
        t = r["pollution_type"]
        types.setdefault(t or "", Tally(type_labels.get(t, "未分类"))).add_counts(r)
    return PetitionFigures(
        as_of=on, total=total,
        by_batch=[batches[k] for k in sorted(batches, key=lambda k: (batch_order[k], k))],
        by_unit=sorted(units.values(), key=lambda t: (-t.overdue, -t.open, t.label)),
        by_area=sorted(areas.values(), key=lambda t: (-t.handed_over, t.label)),
        by_type=sorted(types.values(), key=lambda t: (-t.handed_over, t.label)),
    )


def has_petitions(inspection: Inspection) -> bool:
    return PetitionCase.objects.filter(inspection=inspection).exists()
