"""Small template helpers for ledger pages."""
from __future__ import annotations

from django import template
from django.utils import timezone

register = template.Library()


@register.simple_tag
def light_reason(measure) -> str:
    """Why a measure (annotated with `light`) shows its light: 已超过整改期限3天, 长期坚持…未报送进展, …"""
    light = getattr(measure, "light", None)
    return measure.light_reason(light, timezone.localdate()) if light is not None else ""
