"""Reads of petition cases: scope (the same rules as measures), lists and lights."""
from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from zhenggai.accounts.models import Role, User
from zhenggai.accounts.scope import holds_admin_role, inspections_for_user, is_admin, unit_paths_q
from zhenggai.ledger.models import Inspection, light_rank_expression
from zhenggai.ledger.workflow import PETITION_CLOSED_STATES
from zhenggai.petitions.models import PetitionBatch, PetitionCase


def _answers_q(user: User) -> Q:
    """The user's unit (or one under it) leads the case or is a co-unit: one IN over two index lookups."""
    led = PetitionCase.objects.filter(unit_paths_q(user, "lead_unit")).order_by().values("pk")
    co = PetitionCase.co_units.through.objects.filter(unit_paths_q(user, "unit")).order_by().values("petitioncase_id")
    return Q(pk__in=led.union(co))


def cases_for_user(user: User, inspection: Inspection | None = None) -> QuerySet[PetitionCase]:
    """Every case the user may open: the inspections in scope; for a unit user, the cases their unit answers for."""
    qs = PetitionCase.objects.all()
    if not user.is_authenticated or holds_admin_role(user):
        return qs.none()
    if inspection is not None:
        qs = qs.filter(inspection=inspection)
    else:
        qs = qs.filter(inspection__in=inspections_for_user(user).values("pk"))
    if is_admin(user) or user.role != Role.UNIT:
        return qs
    return qs.filter(_answers_q(user))


def get_case_for_user(user: User, pk: int, *, roles: tuple[str, ...] | None = None) -> PetitionCase:
    """The case, or 404 outside the user's scope; 403 when `roles` is given and the user holds none of them."""
    try:
        case = PetitionCase.objects.select_related("inspection__inspected_unit", "batch", "lead_unit",
                                                   "problem", "repeat_of").get(pk=pk)
    except (PetitionCase.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("没有找到该信访件") from exc
    if not inspections_for_user(user).filter(pk=case.inspection_id).exists():
        raise Http404("没有找到该信访件")
    if not is_admin(user) and user.role == Role.UNIT and not cases_for_user(user, case.inspection).filter(pk=pk).exists():
        raise Http404("没有找到该信访件")
    if roles is not None and not is_admin(user) and user.role not in roles:
        raise PermissionDenied("您的角色无权执行此操作")
    return case


def get_batch_for_user(user: User, pk: int) -> PetitionBatch:
    try:
        batch = PetitionBatch.objects.select_related("inspection").get(pk=pk)
    except (PetitionBatch.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404("没有找到该批次") from exc
    if not inspections_for_user(user).filter(pk=batch.inspection_id).exists():
        raise Http404("没有找到该批次")
    return batch


def can_see_case(user: User, case: PetitionCase) -> bool:
    try:
        get_case_for_user(user, case.pk)
    except (Http404, PermissionDenied):
        return False
    return True


def user_answers_for_case(user: User, case: PetitionCase, *, lead_only: bool = False) -> bool:
    """Is the user's unit (or a unit above it) responsible for this case?"""
    if user.unit_id is None:
        return False
    units = [case.lead_unit] if case.lead_unit_id else []
    if not lead_only:
        units += list(case.co_units.all())
    return any(unit.path.startswith(user.unit.path) for unit in units)


def case_light_expression(inspection: Inspection, on: dt.date):
    """The one light rule (`light_rank_expression`), for cases: dated deadlines only; 办结 or 销号 is grey."""
    return light_rank_expression(today=on, warning_days=petition_warning_days(inspection), report_period_start=None,
                                 closed=Q(state__in=list(PETITION_CLOSED_STATES)))


def case_light_q(light: str, inspection: Inspection, on: dt.date) -> Q:
    """The cases of one light, as plain conditions on state and deadline that the (inspection, state,
    deadline_date) index answers; the same partition as `case_light_expression` (a test checks every light).
    Filtering on the CASE expression instead makes the database compute it for every case of the inspection."""
    from zhenggai.ledger.models import Light
    from zhenggai.ledger.workflow import PetitionState

    open_states = [s for s in PetitionState.values if s not in PETITION_CLOSED_STATES]
    soon = on + dt.timedelta(days=petition_warning_days(inspection))
    light = Light(light)
    if light == Light.GREY:
        return Q(state__in=list(PETITION_CLOSED_STATES))
    if light == Light.RED:
        return Q(state__in=open_states, deadline_date__lt=on)
    if light == Light.YELLOW:
        return Q(state__in=open_states, deadline_date__gte=on, deadline_date__lte=soon)
    if light == Light.GREEN:
        return Q(state__in=open_states) & (Q(deadline_date__gt=soon) | Q(deadline_date__isnull=True))
    return Q(pk__in=[])  # blue is a long-term item's light: a case's deadline is always dated


def petition_warning_days(inspection: Inspection) -> int:
    """A case is due in days, not months: its yellow light starts at the inspection's window or 3 days, the
    shorter, so a 15-day case is not yellow from the day it arrives."""
    return min(inspection.warning_days, 3)


def cases_with_light(inspection: Inspection, qs: QuerySet | None = None, *, on: dt.date | None = None) -> QuerySet:
    on = on or timezone.localdate()
    qs = PetitionCase.objects.filter(inspection=inspection) if qs is None else qs
    return qs.annotate(light_rank=case_light_expression(inspection, on))


def case_areas(inspection: Inspection) -> list[str]:
    """The 行政区域 the inspection's cases name, in order: one index probe per area (a skip scan over the
    (inspection, area) index), not a DISTINCT over every case; a province's 回头看 has ~10,000 cases, ~100 areas."""
    from django.db import connection

    table = connection.ops.quote_name(PetitionCase._meta.db_table)
    sql = f"""WITH RECURSIVE a(area) AS (
                SELECT MIN(area) FROM {table} WHERE inspection_id = %s AND area > ''
                UNION ALL
                SELECT (SELECT MIN(area) FROM {table} WHERE inspection_id = %s AND area > a.area)
                FROM a WHERE a.area IS NOT NULL)
              SELECT area FROM a WHERE area IS NOT NULL"""
    with connection.cursor() as cursor:
        cursor.execute(sql, [inspection.pk, inspection.pk])
        return [row[0] for row in cursor.fetchall()]
