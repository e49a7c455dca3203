"""May this user be told about this object? The same answer the object's own page gives.

Every check goes through `zhenggai.accounts.scope`: a notification never reveals an object that the
recipient's scope would answer 404 for. Other apps register their own models (督办 records, 调度 rounds)
with `register_scope_check`; an object of an unregistered model is refused loudly.
"""
from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import ImproperlyConfigured, PermissionDenied
from django.http import Http404

from zhenggai.accounts.models import Role, User
from zhenggai.accounts import scope

ScopeCheck = Callable[[User, object], bool]
_CHECKS: dict[str, ScopeCheck] = {}


def register_scope_check(model, check: ScopeCheck) -> None:
    """`check(user, obj) -> bool`: True when the object's page would open for the user."""
    _CHECKS[model._meta.label_lower] = check


def _found(lookup, user: User, pk: int) -> bool:
    try:
        lookup(user, pk)
    except (Http404, PermissionDenied):
        return False
    return True


def _measure(user, obj) -> bool:
    return _found(scope.get_measure_for_user, user, obj.pk)


def _problem(user, obj) -> bool:
    return _found(scope.get_problem_for_user, user, obj.pk)


def _inspection(user, obj) -> bool:
    return _found(scope.get_inspection_for_user, user, obj.pk)


def _via_measure(user, obj) -> bool:
    return _found(scope.get_measure_for_user, user, obj.measure_id)


def _via_problem(user, obj) -> bool:
    return _found(scope.get_problem_for_user, user, obj.problem_id)


def _feedback(user, obj) -> bool:
    # The feedback inbox is the office's (portal:feedback_list), within its own inspections.
    if scope.holds_admin_role(user) or not (scope.is_admin(user) or user.role == Role.OFFICE):
        return False
    return scope.inspections_for_user(user).filter(pk=obj.inspection_id).exists()


def _register_defaults() -> None:
    from zhenggai.ledger.models import ExtensionRequest, FollowUp, Inspection, Measure, Problem, SignOffRequest
    from zhenggai.portal.models import Feedback

    for model, check in [(Measure, _measure), (Problem, _problem), (Inspection, _inspection),
                         (SignOffRequest, _via_measure), (ExtensionRequest, _via_measure),
                         (FollowUp, _via_problem), (Feedback, _feedback)]:
        _CHECKS.setdefault(model._meta.label_lower, check)


def can_be_told(user: User, obj) -> bool:
    """False for inactive accounts, the MLPS admin roles (no business data) and anyone outside the scope."""
    if not user.is_active or scope.holds_admin_role(user):
        return False
    if obj is None:
        return True
    _register_defaults()
    check = _CHECKS.get(obj._meta.label_lower)
    if check is None:
        raise ImproperlyConfigured(f"no scope check for {obj._meta.label}: call register_scope_check first")
    return check(user, obj)
