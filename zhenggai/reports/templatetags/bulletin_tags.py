"""The browser preview keeps phone numbers and hyphenated tokens on one line, as the .docx does."""
from __future__ import annotations

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

# A phone number, postcode or hyphenated code: 0799-8612369, 330006, GB/T 9704-2012, zg@jc-example.org
_TOKEN = re.compile(r"[0-9A-Za-z][0-9A-Za-z@._/-]*-[0-9A-Za-z@._/-]*[0-9A-Za-z]|\d{6,}")


@register.filter
def keep_whole(text: str) -> SafeString:
    """Escape `text` and wrap each unbreakable token in <span class="nowrap">."""
    out, last = [], 0
    for m in _TOKEN.finditer(text or ""):
        out.append(escape(text[last:m.start()]))
        out.append(f'<span class="nowrap">{escape(m.group(0))}</span>')
        last = m.end()
    out.append(escape((text or "")[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above
