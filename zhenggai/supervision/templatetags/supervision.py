"""Small pieces other apps' pages include: a measure's or problem's 督办 records, 签收 counts, the ranking."""
from __future__ import annotations

import hashlib

from django import template
from django.core.cache import cache
from django.db.models import Count, Q
from django.utils import timezone

from zhenggai.accounts.models import Role
from zhenggai.supervision.models import Assignment, AssignmentState

register = template.Library()


@register.inclusion_tag("supervision/_records.html")
def supervision_records(measure=None, problem=None):
    from zhenggai.supervision.selectors import supervision_records as records

    return {"records": list(records(measure=measure, problem=problem)[:50])}


@register.simple_tag
def assignment_counts(inspection) -> dict[str, int]:
    """签收 counts of one inspection, one query: 待签收, 已签收, 退回待重新交办."""
    return Assignment.objects.filter(measure__problem__inspection=inspection).aggregate(
        pending=Count("id", filter=Q(state=AssignmentState.PENDING)),
        acknowledged=Count("id", filter=Q(state=AssignmentState.ACKNOWLEDGED)),
        rejected=Count("id", filter=Q(state=AssignmentState.REJECTED)),
    )


@register.inclusion_tag("supervision/_ranking_panel.html", takes_context=True)
def ranking_panel(context, inspections, limit: int = 10):
    """The top of the 考核 ranking for the battle map (this year so far), for office and leader accounts."""
    from zhenggai.accounts.models import Unit
    from zhenggai.supervision.selectors import unit_scores, weights_for

    user = context["user"]
    if user.role not in (Role.OFFICE, Role.LEADER) or user.unit_id is None:
        return {"scores": []}
    today = timezone.localdate()
    start = today.replace(month=1, day=1)
    body = Unit.objects.filter(pk=user.unit.ancestor_ids()[0]).first()
    ids = [getattr(i, "inspection", i).pk for i in inspections]  # inspections, or battle-map rows
    from zhenggai.ledger.models import Inspection

    weights = weights_for(body)
    # Cached under the inspections' ledger tokens, which every row the scores read turns (zhenggai.ledger.hot_path,
    # parts 1 and 3), with the day and the weights: the scores group every sign-off request of the year, which at
    # a million measures is seconds of work on each view of an unchanged ledger.
    tokens = sorted(Inspection.objects.filter(pk__in=ids).order_by().values_list("pk", "ledger_token"))
    key = "zg:ranking:" + hashlib.sha256(repr((tokens, today.isoformat(), sorted(weights.items()))).encode()).hexdigest()
    scores = cache.get(key)
    if scores is None:
        scores = unit_scores(Inspection.objects.filter(pk__in=ids), start=start, end=today, weights=weights)[:limit]
        cache.set(key, scores, 24 * 3600)
    return {"scores": scores, "start": start, "end": today, "link": True}
