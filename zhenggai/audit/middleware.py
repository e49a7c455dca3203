"""Request context: the IP (every audit event records it) and a request id (logs and error pages show it)."""
from __future__ import annotations

import contextvars
import uuid

current_ip: contextvars.ContextVar[str | None] = contextvars.ContextVar("current_ip", default=None)
current_request_id: contextvars.ContextVar[str] = contextvars.ContextVar("current_request_id", default="-")


def client_ip(request) -> str | None:
    # Behind a reverse proxy set ZHENGGAI_TRUST_X_FORWARDED_FOR; otherwise REMOTE_ADDR is the truth.
    from django.conf import settings

    if getattr(settings, "TRUST_X_FORWARDED_FOR", False):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR") or None


class RequestContextMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = current_ip.set(client_ip(request))
        try:
            return self.get_response(request)
        finally:
            current_ip.reset(token)


class RequestIdMiddleware:
    """Outermost middleware: `request.id` (uuid4 hex), an X-Request-ID response header, and the id in logs.

    The error pages show the id, so a user can quote it and an operator can find the traceback in the log.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.id = uuid.uuid4().hex
        token = current_request_id.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            current_request_id.reset(token)
        response["X-Request-ID"] = request.id
        return response
