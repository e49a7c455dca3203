"""Who may see and do what: resolved once, at the edge.

Outside a user's scope a lookup raises Http404 (no information leaks); inside it but with
too low a role, PermissionDenied (403).
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from zhenggai.accounts.models import Role, Unit, User

MANAGE_ROLES = {Role.OFFICE}
REVIEW_ROLES = {Role.OFFICE, Role.LEADER}


def holds_admin_role(user: User) -> bool:
    """One of the three MLPS admin roles: such an account is kept to its role's pages, away from business data."""
    return bool(getattr(user, "admin_role", ""))


def is_admin(user: User) -> bool:
    """The bootstrap superuser opens every door; a superuser that holds an admin role keeps to that role."""
    return user.is_superuser and not holds_admin_role(user)


def require_role(user: User, *roles: str) -> None:
    if is_admin(user):
        return
    if holds_admin_role(user) or user.role not in roles:
        raise PermissionDenied("您的角色无权执行此操作")


def require_admin_role(user: User, admin_role: str) -> None:
    """The MLPS admin roles (system/security/audit) each open one door; the bootstrap superuser opens all."""
    if not user.is_authenticated or not (is_admin(user) or user.admin_role == admin_role):
        raise PermissionDenied("您无权访问此功能")


def require_account_manager(user: User) -> None:
    """Units and accounts: the system admin, or the rectification office within its own org tree."""
    from zhenggai.accounts.models import AdminRole

    if user.is_authenticated and (is_admin(user) or user.admin_role == AdminRole.SYSTEM):
        return
    require_role(user, Role.OFFICE)


def unit_paths_q(user: User, field: str) -> Q:
    """Q for rows whose `field` (a Unit FK) lies in the user's unit subtree.

    As `field IN (ids of the subtree)`, not a join on the unit's path: the database then reads the rows of
    those few units through the foreign key's index instead of matching every row's unit path."""
    if user.unit_id is None:
        return Q(pk__in=[])
    return Q(**{f"{field}__in": Unit.objects.filter(path__startswith=user.unit.path).values("pk")})


def inspections_for_user(user: User) -> QuerySet:
    from zhenggai.ledger.models import Inspection

    qs = Inspection.objects.select_related("inspected_unit")
    if not user.is_authenticated or holds_admin_role(user):
        return qs.none()
    if is_admin(user):
        return qs
    if user.role == Role.OBSERVER:
        return qs.filter(pk__in=user.observed_inspections.values("pk"))
    if user.unit_id is None:
        return qs.none()
    if user.role in (Role.OFFICE, Role.LEADER):
        return qs.filter(inspected_unit__path__startswith=user.unit.path)
    # Unit users see the inspections in which their unit (or a unit under it) answers for something.
    # Or a petition case (信访件) the unit leads or helps with: the second kind of item in an inspection.
    from zhenggai.petitions.models import PetitionCase

    units = _subtree_ids(user)
    outer = OuterRef("pk")
    return qs.filter(
        _unit_involved_q(user, "inspection", "problem__inspection")
        | Q(Exists(PetitionCase.objects.filter(inspection=outer, lead_unit__in=units)))
        | Q(Exists(PetitionCase.co_units.through.objects.filter(petitioncase__inspection=outer, unit__in=units)))
    )


def get_inspection_for_user(user: User, pk: int):
    try:
        return inspections_for_user(user).get(pk=pk)
    except Exception as exc:  # DoesNotExist or a malformed id: same answer, no leak
        raise Http404("没有找到该巡察") from exc


def _unit_involved_q(user: User, problem_ref: str, measure_ref: str) -> Q:
    """The unit user's unit (or one under it) leads or co-handles a problem, or a measure, that `problem_ref`
    (on problems) and `measure_ref` (on measures) tie to the outer row's id.

    Four EXISTS, each one index lookup (lead unit; co-unit row), not one EXISTS over an OR of a join with
    the co-units: the database answers that OR only by hashing every co-unit row (and, for measures, every
    measure) of the whole ledger on each request.
    """
    from zhenggai.ledger.models import Measure, Problem

    if user.unit_id is None:
        return Q(pk__in=[])
    outer = OuterRef("pk")
    units = _subtree_ids(user)
    # On problems themselves ("pk"), the lead unit is a column of the row.
    led_problem = (Q(lead_unit__in=units) if problem_ref == "pk"
                   else Q(Exists(Problem.objects.filter(**{problem_ref: outer}, lead_unit__in=units))))
    return (led_problem
            | Q(Exists(Measure.objects.filter(**{measure_ref: outer}, lead_unit__in=units)))
            | Q(Exists(Problem.co_units.through.objects.filter(**{f"problem__{problem_ref}": outer}, unit__in=units)))
            | Q(Exists(Measure.co_units.through.objects.filter(**{f"measure__{measure_ref}": outer}, unit__in=units))))


def _subtree_ids(user: User) -> QuerySet:
    return Unit.objects.filter(path__startswith=user.unit.path).values("pk")


def _unit_involved_in_problem_q(user: User) -> Q:
    """On problems: the unit user's unit (or one under it) answers for the problem or one of its measures."""
    return _unit_involved_q(user, "pk", "problem")


def problems_for_user(user: User, inspection) -> QuerySet:
    from zhenggai.ledger.models import Problem

    qs = Problem.objects.filter(inspection=inspection)
    if holds_admin_role(user):
        return qs.none()
    if is_admin(user) or user.role != Role.UNIT:
        return qs
    return qs.filter(_unit_involved_in_problem_q(user))


def problems_in_scope(user: User) -> QuerySet:
    """Every problem the user may open, across all the inspections in scope (what search looks through)."""
    from zhenggai.ledger.models import Problem

    qs = Problem.objects.filter(inspection__in=inspections_for_user(user).values("pk"))
    if holds_admin_role(user) or not user.is_authenticated:
        return qs.none()
    if is_admin(user) or user.role != Role.UNIT:
        return qs
    return qs.filter(_unit_involved_in_problem_q(user))


def get_problem_for_user(user: User, pk: int):
    from zhenggai.ledger.models import Problem

    try:
        problem = Problem.objects.select_related("inspection", "category", "lead_unit").get(pk=pk)
    except (Problem.DoesNotExist, ValueError) as exc:
        raise Http404("没有找到该问题") from exc
    get_inspection_for_user(user, problem.inspection_id)
    if not problems_for_user(user, problem.inspection).filter(pk=problem.pk).exists():
        raise Http404("没有找到该问题")
    return problem


def get_measure_for_user(user: User, pk: int):
    from zhenggai.ledger.models import Measure

    try:
        measure = Measure.objects.select_related("problem__inspection", "lead_unit").get(pk=pk)
    except (Measure.DoesNotExist, ValueError) as exc:
        raise Http404("没有找到该整改措施") from exc
    get_problem_for_user(user, measure.problem_id)
    return measure


def user_answers_for(user: User, measure, *, lead_only: bool = False) -> bool:
    """Is the user's unit (or a unit above it) responsible for this measure?"""
    if user.unit_id is None:
        return False
    units: list[Unit] = [measure.lead_unit] if measure.lead_unit_id else []
    if not lead_only:
        units += list(measure.co_units.all())
    if not units and measure.problem.lead_unit_id:
        units = [measure.problem.lead_unit]
    return any(unit.path.startswith(user.unit.path) for unit in units)


def can_report_on(user: User, measure) -> bool:
    if holds_admin_role(user):
        return False
    if is_admin(user) or user.role == Role.OFFICE:
        return True
    return user.role == Role.UNIT and user_answers_for(user, measure)
