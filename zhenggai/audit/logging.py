"""Logging filters: every line carries the request id; passwords, tokens and session ids never reach a log."""
from __future__ import annotations

import logging
import re

from zhenggai.audit.middleware import current_request_id

REDACTED = "[已隐去]"
_SECRET_NAMES = r"(?:password\d?|passwd|pwd|old_password|new_password[12]|secret|token|access_token|refresh_token|" \
                r"api[_-]?key|csrfmiddlewaretoken|csrftoken|csrf_token|x-csrftoken|sessionid|session_key)"
_PATTERNS = [
    # an Authorization header, whatever its scheme
    re.compile(r"(?i)(\bauthorization[\"']?\s*[=:]\s*)[^\r\n,}]+"),
    # key=value and key: value, in query strings, cookies, form dumps and headers
    re.compile(rf"(?i)(\b{_SECRET_NAMES}\b[\"']?\s*[=:]\s*)(?:\"[^\"]*\"|'[^']*'|[^\s&;,'\"}}\]]+)"),
    # "Bearer abc…" / "Token abc…"
    re.compile(r"(?i)(\b(?:bearer|token)\s+)[A-Za-z0-9\-._~+/]+=*"),
]


def redact(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id.get()
        return True


class RedactSecretsFilter(logging.Filter):
    """Rewrites the message (and any traceback text) with secrets replaced; never drops a record."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: log it as it is
            return True
        record.msg, record.args = redact(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
