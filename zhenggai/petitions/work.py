"""Petition cases on the shared work surfaces: 待审事项, 我的任务, the nav badges and the search page.

Each surface asks the question the case pages ask (`zhenggai.petitions.selectors.cases_for_user`), narrowed
to the states that wait on the user, read a page at a time through an index and never counted in full. The
ledger's views call these functions and include one template each, so the measure code stays as it was.
"""
from __future__ import annotations

import datetime as dt

from django.db.models import Case, F, IntegerField, Q, QuerySet, When
from django.utils import timezone

from zhenggai.accounts.models import Role, Unit, User
from zhenggai.accounts.scope import holds_admin_role, inspections_for_user
from zhenggai.ledger.models import Inspection
from zhenggai.ledger.paging import SlicePage, page_number
from zhenggai.ledger.selectors import light_of
from zhenggai.ledger.workflow import PetitionState as PS
from zhenggai.petitions.models import PetitionCase
from zhenggai.petitions.numbers import normalize_number
from zhenggai.petitions.selectors import case_light_expression, cases_for_user

PAGE_SIZE = 20
# What a lead unit still has to do on a case: investigate (待调查核实), handle and report (正在办理, 退回重办),
# or report the next stage (阶段性办结). A reported case waits on the office, a concluded one on a leader.
UNIT_OWES = (PS.ASSIGNED, PS.HANDLING, PS.RETURNED, PS.PHASED)


def review_state_for(user: User) -> str | None:
    """The case state that waits on this user's review: 待整改办审核 for the office, 待核实销号 for a leader."""
    if not getattr(user, "is_authenticated", False) or holds_admin_role(user):
        return None
    return {Role.OFFICE: PS.REPORTED, Role.LEADER: PS.CONCLUDED}.get(user.role)


def _with_lights(cases: list[PetitionCase], on: dt.date) -> list[PetitionCase]:
    """Each case's light by the one rule, for the page's rows: one query whatever the inspections (their light
    settings differ, so each inspection's expression applies to its own cases)."""
    by_inspection: dict[int, Inspection] = {c.inspection_id: c.inspection for c in cases}
    expression = Case(*[When(inspection_id=pk, then=case_light_expression(inspection, on))
                        for pk, inspection in by_inspection.items()], output_field=IntegerField())
    ranks = dict(PetitionCase.objects.filter(pk__in=[c.pk for c in cases]).annotate(light_rank=expression)
                 .values_list("pk", "light_rank"))
    for case in cases:
        case.light = light_of(ranks.get(case.pk))
        case.overdue = case.overdue_days(on)
    return cases


def _page(ids_qs: QuerySet, raw: str | None) -> SlicePage:
    """One page of ids in the queryset's order (one more read to know whether a next page follows), then those
    rows with their inspection, batch and unit, and their lights: three queries whatever the page."""
    number = page_number(raw)
    ids = list(ids_qs.values_list("pk", flat=True)[(number - 1) * PAGE_SIZE:number * PAGE_SIZE + 1])
    has_next = len(ids) > PAGE_SIZE
    ids = ids[:PAGE_SIZE]
    rows = {c.pk: c for c in PetitionCase.objects.filter(pk__in=ids)
            .select_related("inspection", "batch", "lead_unit")}
    cases = [rows[pk] for pk in ids if pk in rows]
    return SlicePage(items=_with_lights(cases, timezone.localdate()) if cases else [], number=number, has_next=has_next)


# --- 待审事项 -------------------------------------------------------------------------------------------------

def review_cases(user: User) -> QuerySet[PetitionCase]:
    """The cases waiting on this user's review, in the user's scope, the earliest deadline first."""
    state = review_state_for(user)
    if state is None:
        return PetitionCase.objects.none()
    return (cases_for_user(user).filter(state=state)
            .order_by(F("deadline_date").asc(nulls_last=True), "id"))


def review_context(request) -> dict:
    """What the review queue's petition section shows (`petitions/_review_cases.html`)."""
    state = review_state_for(request.user)
    if state is None:
        return {"petition_review": None}
    return {"petition_review": {"state": state, "state_label": PS(state).label,
                                "page": _page(review_cases(request.user), request.GET.get("case_page"))}}


# --- 我的任务 -------------------------------------------------------------------------------------------------

def unit_cases(user: User) -> QuerySet[PetitionCase]:
    """The cases the user's unit (or one under it) leads and still has to investigate, handle or report, in
    current inspections in scope: the (lead_unit, state, deadline_date) index, the earliest deadline first."""
    if user.role != Role.UNIT or user.unit_id is None or holds_admin_role(user):
        return PetitionCase.objects.none()
    units = Unit.objects.filter(path__startswith=user.unit.path).values("pk")
    return (PetitionCase.objects.filter(lead_unit__in=units, state__in=UNIT_OWES,
                                        inspection__in=inspections_for_user(user).values("pk"))
            .order_by(F("deadline_date").asc(nulls_last=True), "id"))


def my_work_context(request) -> dict:
    """What 我的任务's petition section shows (`petitions/_my_cases.html`)."""
    if request.user.role != Role.UNIT or request.user.unit_id is None:
        return {"petition_work": None}
    return {"petition_work": {"page": _page(unit_cases(request.user), request.GET.get("case_page"))}}


# --- the nav badges -------------------------------------------------------------------------------------------

def badge_parts(user: User, *, subtree: QuerySet | None, tree: QuerySet | None, on: dt.date) -> dict[str, list]:
    """The badges' petition parts, disjoint from the measures' (`zhenggai.notify.context.badge_counts`):
    待审事项 counts the cases waiting on the office or a leader in the org tree's inspections; 我的任务 counts a
    lead unit's cases sent back (退回重办) and those it still owes past their deadline."""
    state = review_state_for(user)
    if state is not None and tree is not None:
        return {"review": [PetitionCase.objects.filter(state=state, inspection__in=tree)]}
    if user.role == Role.UNIT and subtree is not None:
        led = PetitionCase.objects.filter(lead_unit__in=subtree)
        owed = [s for s in UNIT_OWES if s != PS.RETURNED]
        return {"my_work": [led.filter(state=PS.RETURNED),
                            led.filter(state__in=owed, deadline_date__lt=on)]}
    return {}


# --- the search page ------------------------------------------------------------------------------------------

def search_cases(user: User, q: str) -> QuerySet[PetitionCase]:
    """Cases in scope whose 受理编号 is the words (as typed, spaces and case ignored) or whose complaint holds
    them; newest inspection first, then in batch and 序号 order."""
    number = normalize_number(q)
    match = Q(complaint__icontains=q)
    if number.isascii() and number.isalnum():
        match |= Q(number=number)
    return cases_for_user(user).filter(match).order_by("-inspection_id", "batch_id", "seq", "id")


def search_context(request, q: str) -> dict:
    if not q:
        return {"petition_hits": None}
    return {"petition_hits": {"page": _page(search_cases(request.user, q), request.GET.get("case_page")), "q": q}}
