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


@register.simple_tag
def light_summary(measure) -> str:
    """"红灯：已超过整改期限3天"; a closed measure says "已销号" once, not "已销号：已销号"."""
    light = getattr(measure, "light", None)
    if light is None:
        return ""
    reason = measure.light_reason(light, timezone.localdate())
    return light.label if not reason or reason == light.label else f"{light.label}：{reason}"
