"""Who hears of what: recipients resolved from the units that answer for an object.

Every function returns users whose scope (zhenggai.accounts.scope) includes the object by construction:
unit users of the responsible unit, the office and leaders of a body the inspection's unit lies under.
`notify()` checks each one again before writing.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import F, QuerySet

from zhenggai.accounts.models import Role, Unit, User


def _active() -> QuerySet[User]:
    return User.objects.filter(is_active=True, admin_role="")


def unit_users_by_unit(unit_ids: Iterable[int]) -> dict[int, list[int]]:
    """{unit id: [user ids]} of the fillers (unit-role users) of exactly those units, in one query. A unit's
    head (单位负责人, `Unit.head`) is left out: the 督办 ladder decides when the head hears of a deadline."""
    out: dict[int, list[int]] = defaultdict(list)
    fillers = _active().filter(role=Role.UNIT, unit_id__in=set(unit_ids)).exclude(unit__head=F("pk"))
    for uid, unit_id in fillers.values_list("pk", "unit_id"):
        out[unit_id].append(uid)
    return out


def measure_unit_users(measure, *, with_co_units: bool = False) -> list[User]:
    """The filler(s) of the measure's lead unit (the problem's lead unit when the measure has none)."""
    unit_ids = [measure.lead_unit_id or measure.problem.lead_unit_id]
    if with_co_units:
        unit_ids += list(measure.co_units.values_list("pk", flat=True))
    return list(_active().filter(role=Role.UNIT, unit_id__in=[u for u in unit_ids if u]))


def case_unit_users(case, *, with_co_units: bool = False) -> list[User]:
    """The filler(s) of a petition case's lead unit (and co-units)."""
    unit_ids = [case.lead_unit_id]
    if with_co_units:
        unit_ids += list(case.co_units.values_list("pk", flat=True))
    return list(_active().filter(role=Role.UNIT, unit_id__in=[u for u in unit_ids if u]))


def _above(unit: Unit | None) -> list[int]:
    return unit.ancestor_ids() if unit is not None else []


def office_users(inspection) -> list[User]:
    """整改办 staff whose org tree holds the inspected unit (the people whose inspection list shows it)."""
    return list(_active().filter(role=Role.OFFICE, unit_id__in=_above(inspection.inspected_unit)))


def leaders(inspection) -> list[User]:
    return list(_active().filter(role=Role.LEADER, unit_id__in=_above(inspection.inspected_unit)))


def staff_by_inspection(inspections, role: str) -> dict[int, list[int]]:
    """{inspection id: [user ids]} of the office (or leader) role above each inspected unit, in one query."""
    wanted: dict[int, set[int]] = defaultdict(set)  # unit id -> inspections whose inspected unit lies under it
    for inspection in inspections:
        for unit_id in _above(inspection.inspected_unit):
            wanted[unit_id].add(inspection.pk)
    out: dict[int, list[int]] = defaultdict(list)
    for uid, unit_id in _active().filter(role=role, unit_id__in=list(wanted)).values_list("pk", "unit_id"):
        for inspection_id in wanted[unit_id]:
            out[inspection_id].append(uid)
    return out
