from __future__ import annotations

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

from zhenggai.accounts.models import Role
from zhenggai.quality import selectors
from zhenggai.quality.signals.text import locate

register = template.Library()


@register.filter
def highlight(text: str, passage: str):
    """The text, escaped, with the shared passage marked (found whatever punctuation either side used)."""
    text = text or ""
    where = locate(text, passage)
    if where is None:
        return escape(text)
    start, end = where
    return mark_safe(f"{escape(text[:start])}<mark>{escape(text[start:end])}</mark>{escape(text[end:])}")


def _reviewer(context):
    """The request's user when it may see the quality panels (office, leader, observer), else None."""
    user = getattr(context.get("request"), "user", None)
    return user if getattr(user, "role", None) in (Role.OFFICE, Role.LEADER, Role.OBSERVER) else None


def _panel(context, user, flags, **extra) -> dict:
    return {"flags": [f for f in flags if not f.is_dismissed], "dismissed": [f for f in flags if f.is_dismissed],
            "can_dismiss": user.role in (Role.OFFICE, Role.LEADER), "next": context["request"].get_full_path(),
            "csrf_token": context.get("csrf_token"), **extra}


@register.inclusion_tag("quality/panel.html", takes_context=True)
def quality_panel(context, measure):
    """The risk panel beside a decision: which signals fired on this measure, with the other texts side by side."""
    user = _reviewer(context)
    if user is None:
        return {"show": False}
    flags = selectors.flags_for_measure(measure)
    return _panel(context, user, flags, show=True, measure=measure, others=selectors.other_texts(flags))


@register.inclusion_tag("quality/case_panel.html", takes_context=True)
def quality_case_panel(context, case):
    """On a petition case (信访件) page, above its review steps: its evidence used again elsewhere."""
    user = _reviewer(context)
    if user is None:
        return {"show": False}
    flags = selectors.flags_for_case(case)
    return _panel(context, user, flags, show=bool(flags), others={})


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.inclusion_tag("quality/problem_panel.html", takes_context=True)
def problem_quality(context, problem):
    """On the problem page: 问题反复 flags with the earlier round's sign-off, and 举一反三 (similar problems elsewhere)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or getattr(user, "role", None) not in (Role.OFFICE, Role.LEADER, Role.OBSERVER):
        return {"show": False}
    flags = [f for f in selectors.flags_for_problem(problem) if f.measure_id is None]
    return {"show": True, "flags": [f for f in flags if not f.is_dismissed], "dismissed": [f for f in flags if f.is_dismissed],
            "similar": selectors.similar_problems(problem, user), "others": {},
            "can_dismiss": user.role in (Role.OFFICE, Role.LEADER), "next": request.get_full_path(),
            "csrf_token": context.get("csrf_token")}


@register.simple_tag
def quality_risks(rows):
    """Open risk flags per inspection of a battle-map table, in one grouped query: {inspection_id: n}."""
    return selectors.open_risk_counts(row.inspection.pk for row in rows)


@register.simple_tag
def quality_risks_of(inspections):
    """Open risk flags of a page of inspections (the 巡察整改 list), in one grouped query: {inspection_id: n}."""
    return selectors.open_risk_counts(i.pk for i in inspections)


@register.simple_tag
def quality_open_count(inspection) -> int:
    return sum(selectors.counts_by_kind(inspection).values())
