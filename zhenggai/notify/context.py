"""Unread counts for the navigation badges (待审事项 n, 我的任务 n, 意见建议 n, 消息 n).

One query per page that renders the navigation, computed only when the template reads a badge, and
kept on the request so a second read costs nothing. Each count is a subquery an index answers.
"""
from __future__ import annotations

from django.db.models import F, Func, IntegerField, OuterRef, Q, Subquery
from django.utils.functional import SimpleLazyObject

from zhenggai.accounts.models import Role, User
from zhenggai.accounts.scope import holds_admin_role, unit_paths_q


class _Count(Func):
    function = "COUNT"
    output_field = IntegerField()


class _CountDistinct(_Count):
    template = "COUNT(DISTINCT %(expressions)s)"


def _count(qs, distinct: bool = False) -> Subquery:
    agg = _CountDistinct(F("pk")) if distinct else _Count(F("pk"))
    return Subquery(qs.order_by().annotate(_n=agg).values("_n")[:1], output_field=IntegerField())


def badge_counts(user) -> dict[str, int]:
    """{'messages', 'review', 'my_work', 'feedback'}: the user's counts, in one query."""
    from zhenggai.ledger.models import ExtensionRequest, ExtensionState, Measure
    from zhenggai.ledger.selectors import today
    from zhenggai.ledger.workflow import MeasureState
    from zhenggai.notify.models import Notification
    from zhenggai.portal.models import Feedback

    if not getattr(user, "is_authenticated", False) or holds_admin_role(user):
        return {}
    counts = {"messages": _count(Notification.objects.filter(recipient=OuterRef("pk"), read_at__isnull=True))}
    if user.unit_id is not None and user.role in (Role.OFFICE, Role.LEADER):
        # The inspections of the user's org tree: the scope of inspections_for_user for these roles.
        in_tree = Q(problem__inspection__inspected_unit__path__startswith=user.unit.path)
        state = MeasureState.REQUESTED if user.role == Role.OFFICE else MeasureState.REVIEWED
        pending = _count(Measure.objects.filter(in_tree, state=state))
        extensions = _count(ExtensionRequest.objects.filter(
            state=ExtensionState.PENDING, measure__problem__inspection__inspected_unit__path__startswith=user.unit.path))
        counts["review"] = pending
        counts["review_ext"] = extensions
        if user.role == Role.OFFICE:
            counts["feedback"] = _count(Feedback.objects.filter(
                answered_at__isnull=True, inspection__inspected_unit__path__startswith=user.unit.path))
    elif user.role == Role.UNIT and user.unit_id is not None:
        # What the unit owes now: measures sent back (回炉返工) and open measures past their deadline.
        mine = Measure.objects.filter(unit_paths_q(user, "lead_unit") | unit_paths_q(user, "co_units"))
        owed = Q(state=MeasureState.RETURNED) | Q(deadline_kind__in=("date", "immediate"), deadline_date__lt=today(),
                                                  state__in=[s for s in MeasureState.values
                                                             if s != MeasureState.SIGNED_OFF])
        counts["my_work"] = _count(mine.filter(owed), distinct=True)
    row = User.objects.filter(pk=user.pk).annotate(**counts).values(*counts).first() or {}
    result = {k: int(row.get(k) or 0) for k in counts}
    if "review_ext" in result:
        result["review"] += result.pop("review_ext")
    return result


def badges(request) -> dict:
    """Context processor: `badges.messages`, `badges.review`, … (lazy; cached on the request)."""
    def load() -> dict[str, int]:
        if not hasattr(request, "_zg_badges"):
            request._zg_badges = badge_counts(getattr(request, "user", None))
        return request._zg_badges

    return {"badges": SimpleLazyObject(load)}
