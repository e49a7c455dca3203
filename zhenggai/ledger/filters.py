"""The ledger's one filter: the problem list page, its Excel downloads and the API read the same query string.

Parameters (all optional; an empty value means "all"):

- `unit` (id), `light` (red / yellow / green / blue / grey), `due` (0–3650 days) select **measures**:
  - `unit`: the unit, or a unit under it, answers for the measure: it is the measure's lead unit or a co-unit,
    or the lead unit or a co-unit of the measure's problem (a problem's units answer for all its measures).
  - `light`: the measure's own light.
  - `due`: the measure is open (not signed off) and its date is at most that many days away (overdue included).
- `category` (id), `status` (done / in_progress / long_term: the problem's status) and `q` (text in the
  problem's statement or in any of its measures) select **problems**; a measure passes them when its problem does.
- `sort` (seq / deadline / light / unit) orders the problem list page; the Excel lists keep the ledger order.

A problem is listed when it passes the problem filters and at least one of its measures passes every measure
filter together (`measures()` then holds exactly those measures). So `light=green` lists the problems that
have a green measure — the page still shows each problem's worst light, which may be red — and 任务清单,
责任清单 and 台账 list only the green measures. A problem without measures cannot match a light or a date;
it matches a unit filter when the unit answers for the problem itself.

A bad value raises `FilterError` listing every bad parameter in Chinese; nothing is silently ignored.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet, Value
from django.db.models.functions import StrIndex, Upper

from zhenggai.accounts.models import Unit
from zhenggai.accounts.scope import problems_for_user
from zhenggai.ledger.models import LIGHT_RANK, Inspection, Light, Measure, Problem, ProblemStatus
from zhenggai.ledger.selectors import measures_with_light, problems_with_light, today
from zhenggai.ledger.workflow import MeasureState

MAX_DUE_DAYS = 3650
MAX_QUERY_LENGTH = 100

# The problem list's orders; the first is the ledger's own order, which the Excel lists always use.
SORTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "seq": ("按序号", ("category__seq", "seq", "id")),
    "light": ("按亮灯", ("-light_rank", "category__seq", "seq", "id")),
    "deadline": ("按整改时限", ("deadline_date", "category__seq", "seq", "id")),
    "unit": ("按责任单位", ("lead_unit__name", "category__seq", "seq", "id")),
}
DEFAULT_SORT = "seq"


class FilterError(ValueError):
    """One or more filter parameters are not valid; `messages` are for the user, one per parameter."""

    def __init__(self, messages: list[str] | str) -> None:
        self.messages = [messages] if isinstance(messages, str) else list(messages)
        super().__init__("；".join(self.messages))


def _unit_answers_for_problem(path: str, problem: str = "pk") -> Q:
    """The unit at `path` (or one under it) is the problem's lead unit or a co-unit. `problem` names the
    problem's id in the query this Q goes into ("pk" on problems, "problem" on measures).

    On measures, an EXISTS on the problem's row rather than a join with every problem: the join made the
    database hash the whole problem table to count one inspection's measures."""
    co = Problem.co_units.through.objects.filter(problem=OuterRef(problem), unit__in=_subtree(path))
    if problem == "pk":
        return Q(lead_unit__in=_subtree(path)) | Q(Exists(co))
    lead = Problem.objects.filter(pk=OuterRef(problem), lead_unit__in=_subtree(path))
    return Q(Exists(lead)) | Q(Exists(co))


def _subtree(path: str) -> QuerySet:
    """The ids of the units at or under `path`: compared by foreign key, not by joining every row's unit."""
    return Unit.objects.filter(path__startswith=path).values("pk")


def _unit_answers_for_measure(path: str) -> Q:
    co = Measure.co_units.through.objects.filter(measure=OuterRef("pk"), unit__in=_subtree(path))
    return Q(lead_unit__in=_subtree(path)) | Q(Exists(co)) | _unit_answers_for_problem(path, "problem")


@dataclass(frozen=True)
class LedgerFilter:
    unit: Unit | None = None
    category_id: int | None = None
    status: str | None = None
    light: str | None = None
    due_within: int | None = None
    q: str = ""
    sort: str = DEFAULT_SORT

    # --- reading the query string -----------------------------------------------------------------------

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> LedgerFilter:
        """Validate every parameter; raise one `FilterError` naming all the bad ones."""
        errors: list[str] = []

        def text(name: str) -> str:
            return (params.get(name) or "").strip()

        def number(name: str, label: str) -> int | None:
            raw = text(name)
            if not raw:
                return None
            if not raw.isascii() or not raw.isdigit():
                errors.append(f"{label}参数不正确：{raw}")
                return None
            return int(raw)

        unit = None
        if (unit_id := number("unit", "责任单位")) is not None:
            unit = Unit.objects.filter(pk=unit_id).first()
            if unit is None:
                errors.append(f"没有找到责任单位：{unit_id}")
        category_id = number("category", "类别")
        status = text("status") or None
        if status is not None and status not in ProblemStatus.values:
            errors.append(f"状态参数不正确：{status}（可选：{'、'.join(ProblemStatus.labels)}）")
            status = None
        light = text("light") or None
        if light is not None and light not in Light.values:
            errors.append(f"亮灯参数不正确：{light}（可选：{'、'.join(Light.labels)}）")
            light = None
        due = text("due")
        due_within = None
        if due:
            if due.isascii() and due.isdigit() and int(due) <= MAX_DUE_DAYS:
                due_within = int(due)
            else:
                errors.append(f"到期天数应为0–{MAX_DUE_DAYS}的整数：{due}")
        q = text("q")
        if len(q) > MAX_QUERY_LENGTH:
            errors.append(f"关键词不能超过{MAX_QUERY_LENGTH}个字")
        sort = text("sort") or DEFAULT_SORT
        if sort not in SORTS:
            errors.append(f"排序参数不正确：{sort}")
        if errors:
            raise FilterError(errors)
        return cls(unit=unit, category_id=category_id, status=status, light=light, due_within=due_within, q=q,
                   sort=sort)

    def as_params(self) -> dict[str, str]:
        """The non-empty filters, as they appear in the query string (for audit notes and links); not the sort,
        which only orders the page."""
        values = {"unit": self.unit.pk if self.unit else None, "category": self.category_id, "status": self.status,
                  "light": self.light, "due": self.due_within, "q": self.q}
        return {k: str(v) for k, v in values.items() if v not in (None, "")}

    @property
    def has_measure_filters(self) -> bool:
        return self.unit is not None or self.light is not None or self.due_within is not None

    @property
    def ordering(self) -> tuple[str, ...]:
        return SORTS[self.sort][1]

    # --- the querysets ------------------------------------------------------------------------------------

    def _problem_q(self, inspection: Inspection) -> Q:
        q = Q()
        if self.category_id is not None:
            q &= Q(category_id=self.category_id)
        if self.status is not None:
            # A subquery, so the caller may annotate the status again (problems_with_light does).
            with_status = Problem.objects.filter(inspection=inspection).with_status().filter(status=self.status)
            q &= Q(pk__in=with_status.values("pk"))
        if self.q:
            # The measures' side as a position test on each problem's own measures (an index lookup by problem
            # and 3-5 texts each), not `icontains`: PostgreSQL's estimate for a Chinese substring through the
            # trigram index is far too low (100 rows for 42,000 at 1M measures), so it collected every matching
            # measure of every inspection into a hash first — 300 ms a search at 1M instead of 5.
            in_text = StrIndex(Upper("text"), Value(self.q.upper()))
            q &= Q(statement__icontains=self.q) | Q(Exists(
                Measure.objects.filter(problem=OuterRef("pk")).annotate(q_at=in_text).filter(q_at__gt=0)))
        return q

    def _measure_q(self, on: dt.date) -> Q:
        """On measures annotated with `light_rank`."""
        q = Q()
        if self.unit is not None:
            q &= _unit_answers_for_measure(self.unit.path)
        if self.light is not None:
            q &= Q(light_rank=LIGHT_RANK[Light(self.light)])
        if self.due_within is not None:
            q &= Q(deadline_date__lte=on + dt.timedelta(days=self.due_within)) & ~Q(state=MeasureState.SIGNED_OFF)
        return q

    def _base_problems(self, inspection: Inspection, user) -> QuerySet[Problem]:
        qs = Problem.objects.filter(inspection=inspection) if user is None else problems_for_user(user, inspection)
        return qs.filter(self._problem_q(inspection))

    def matching_problems(self, inspection: Inspection, *, user=None, on: dt.date | None = None) -> QuerySet[Problem]:
        """The problems the filter lists, without annotations: what the list counts (a count of the annotated
        query would group and light every problem first)."""
        on = on or today()
        qs = self._base_problems(inspection, user)
        if self.has_measure_filters:
            matching = measures_with_light(inspection, Measure.objects.filter(problem=OuterRef("pk")), on=on)
            condition = Q(Exists(matching.filter(self._measure_q(on))))
            if self.light is None and self.due_within is None:
                condition |= _unit_answers_for_problem(self.unit.path)  # a problem without measures, too
            qs = qs.filter(condition)
        return qs

    def problems(self, inspection: Inspection, *, user=None, on: dt.date | None = None) -> QuerySet[Problem]:
        """The problems the filter lists, annotated with status, measure counts and worst light (`light_rank`).

        `user` limits them to the user's scope; None (the command line) means the whole inspection."""
        on = on or today()
        return problems_with_light(inspection, self.matching_problems(inspection, user=user, on=on), on=on)

    def measures(self, inspection: Inspection, *, user=None, on: dt.date | None = None) -> QuerySet[Measure]:
        """The measures the filter lists (all of them belong to `problems()`), annotated with `light_rank`."""
        on = on or today()
        problems = self._base_problems(inspection, user)
        qs = measures_with_light(inspection, Measure.objects.filter(problem__in=problems.values("pk")), on=on)
        return qs.filter(self._measure_q(on))


def filter_measures(inspection: Inspection, params: Mapping[str, str], *, user=None,
                    on: dt.date | None = None) -> QuerySet[Measure]:
    """The measures a problem-list query string selects (see the module docstring)."""
    return LedgerFilter.from_params(params).measures(inspection, user=user, on=on)


def filter_problems(inspection: Inspection, params: Mapping[str, str], *, user=None,
                    on: dt.date | None = None) -> QuerySet[Problem]:
    """The problems a problem-list query string selects, in the order it asks for."""
    ledger_filter = LedgerFilter.from_params(params)
    return ledger_filter.problems(inspection, user=user, on=on).order_by(*ledger_filter.ordering)
