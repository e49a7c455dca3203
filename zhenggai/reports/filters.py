"""The problem list's filters as one value, shared by the list page and its Excel exports.

Parameters (the query string of the problem list): `unit` (id: the unit or any unit under it answers
for it), `category` (id), `status` (problem status: done / in_progress / long_term), `light`
(red / yellow / green / blue / grey), `due` (days: open measures due within N days), `q` (text).
A bad value raises `FilterError` naming the parameter; nothing is silently ignored.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Q, QuerySet

from zhenggai.accounts.models import Unit
from zhenggai.accounts.scope import problems_for_user
from zhenggai.ledger.models import LIGHT_RANK, Inspection, Light, Measure, Problem, ProblemStatus
from zhenggai.ledger.selectors import measures_with_light, problems_with_light, today
from zhenggai.ledger.workflow import MeasureState

MAX_DUE_DAYS = 3650


class FilterError(ValueError):
    """A filter parameter that is not valid; the message is for the user."""


@dataclass(frozen=True)
class LedgerFilter:
    unit: Unit | None = None
    category_id: int | None = None
    status: str | None = None
    light: str | None = None
    due_within: int | None = None
    q: str = ""

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> LedgerFilter:
        def number(name: str, label: str) -> int | None:
            raw = (params.get(name) or "").strip()
            if not raw:
                return None
            if not raw.isdigit():
                raise FilterError(f"{label}参数不正确：{raw}")
            return int(raw)

        unit_id = number("unit", "责任单位")
        unit = None
        if unit_id is not None:
            unit = Unit.objects.filter(pk=unit_id).first()
            if unit is None:
                raise FilterError(f"没有找到责任单位：{unit_id}")
        status = (params.get("status") or "").strip() or None
        if status is not None and status not in ProblemStatus.values:
            raise FilterError(f"状态参数不正确：{status}")
        light = (params.get("light") or "").strip() or None
        if light is not None and light not in Light.values:
            raise FilterError(f"亮灯参数不正确：{light}")
        due = number("due", "到期天数")
        if due is not None and due > MAX_DUE_DAYS:
            raise FilterError(f"到期天数应为0–{MAX_DUE_DAYS}的整数")
        return cls(unit=unit, category_id=number("category", "类别"), status=status, light=light, due_within=due,
                   q=(params.get("q") or "").strip())

    def as_params(self) -> dict[str, str]:
        """The non-empty filters, as they would appear in the query string (for audit notes and links)."""
        values = {"unit": self.unit.pk if self.unit else None, "category": self.category_id, "status": self.status,
                  "light": self.light, "due": self.due_within, "q": self.q}
        return {k: str(v) for k, v in values.items() if v not in (None, "")}

    # --- measures ------------------------------------------------------------------------------------------

    def _measure_q(self, on: dt.date) -> Q:
        q = Q()
        if self.unit is not None:
            path = self.unit.path
            q &= (Q(lead_unit__path__startswith=path) | Q(problem__lead_unit__path__startswith=path)
                  | Exists(Measure.co_units.through.objects.filter(measure=OuterRef("pk"),
                                                                   unit__path__startswith=path)))
        if self.due_within is not None:
            q &= Q(deadline_date__lte=on + dt.timedelta(days=self.due_within)) & ~Q(state=MeasureState.SIGNED_OFF)
        if self.light is not None:
            q &= Q(light_rank=LIGHT_RANK[Light(self.light)])
        return q

    def _problem_q(self) -> Q:
        q = Q()
        if self.category_id is not None:
            q &= Q(category_id=self.category_id)
        if self.q:
            q &= Q(statement__icontains=self.q) | Exists(
                Measure.objects.filter(problem=OuterRef("pk"), text__icontains=self.q))
        return q

    def _scoped_problems(self, inspection: Inspection, user) -> QuerySet[Problem]:
        qs = Problem.objects.filter(inspection=inspection) if user is None else problems_for_user(user, inspection)
        qs = qs.filter(self._problem_q())
        if self.status is not None:
            # A subquery, so the caller may annotate the status again (problems_with_light does).
            with_status = Problem.objects.filter(inspection=inspection).with_status().filter(status=self.status)
            qs = qs.filter(pk__in=with_status.values("pk"))
        return qs

    def measures(self, inspection: Inspection, *, user=None, on: dt.date | None = None) -> QuerySet[Measure]:
        """Measures that pass every filter, annotated with `light_rank`."""
        on = on or today()
        problems = self._scoped_problems(inspection, user)
        qs = measures_with_light(inspection, Measure.objects.filter(problem__in=problems.values("pk")), on=on)
        return qs.filter(self._measure_q(on))

    @property
    def has_measure_filters(self) -> bool:
        return self.unit is not None or self.due_within is not None or self.light is not None

    def problems(self, inspection: Inspection, *, user=None, on: dt.date | None = None) -> QuerySet[Problem]:
        """Problems as the problem list shows them: annotated with status and worst light (`light_rank`);
        `light` filters on that worst light, `unit` and `due` keep problems with a matching measure."""
        on = on or today()
        qs = problems_with_light(inspection, self._scoped_problems(inspection, user), on=on)
        if self.light is not None:
            qs = qs.filter(light_rank=LIGHT_RANK[Light(self.light)])
        if self.unit is not None or self.due_within is not None:
            plain = LedgerFilter(unit=self.unit, due_within=self.due_within)
            matching = measures_with_light(inspection, Measure.objects.filter(problem=OuterRef("pk")), on=on)
            qs = qs.filter(Exists(matching.filter(plain._measure_q(on))))
        return qs

    def problems_for_measures(self, inspection: Inspection, *, user=None,
                              on: dt.date | None = None) -> QuerySet[Problem]:
        """The problems of `measures()`: with a measure-level filter, those with a matching measure;
        without one, every problem that passes the problem-level filters (measureless ones too)."""
        on = on or today()
        qs = problems_with_light(inspection, self._scoped_problems(inspection, user), on=on)
        if self.has_measure_filters:
            qs = qs.filter(Exists(self.measures(inspection, user=user, on=on).filter(problem=OuterRef("pk"))))
        return qs


def filter_measures(inspection: Inspection, params: Mapping[str, str], *, user=None,
                    on: dt.date | None = None) -> QuerySet[Measure]:
    """The measures a problem-list query string selects (see the module docstring)."""
    return LedgerFilter.from_params(params).measures(inspection, user=user, on=on)


def filter_problems(inspection: Inspection, params: Mapping[str, str], *, user=None,
                    on: dt.date | None = None) -> QuerySet[Problem]:
    return LedgerFilter.from_params(params).problems(inspection, user=user, on=on)
