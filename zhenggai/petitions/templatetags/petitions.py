"""The petition figures panel, shown on the inspection page and the battle map from the one selector."""
from __future__ import annotations

from django import template

from zhenggai.ledger.models import InspectionKind

register = template.Library()


@register.inclusion_tag("petitions/_panel.html")
def petition_panel(inspection, user, compact: bool = False):
    """Nothing for an inspection without cases, unless it is a 督察 (where cases are expected: the import link)."""
    from zhenggai.petitions.figures import has_petitions, petition_figures

    has = has_petitions(inspection)
    if not has and inspection.kind != InspectionKind.DUCHA:
        return {"show": False}
    return {"show": True, "inspection": inspection, "has": has, "compact": compact,
            "figures": petition_figures(inspection, user=user, breakdowns=()) if has else None,  # total, batches
            "can_import": getattr(user, "role", "") == "office"}
