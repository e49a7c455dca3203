"""Content-Security-Policy with a per-request nonce for the few inline <script> blocks we have.

Templates mark an inline script `<script nonce="{{ csp_nonce }}">`; anything else inline (an injected
script, an onclick= attribute, a javascript: link) does not run.
"""
from __future__ import annotations

import secrets

from django.conf import settings


def build_policy(nonce: str) -> str:
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' 'nonce-{nonce}'",
        # Templates use style="" attributes, which nonces cannot cover; styles cannot run code.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = secrets.token_urlsafe(16)
        response = self.get_response(request)
        # A view may set a stricter policy of its own (the evidence download: sandbox; default-src 'none').
        if "Content-Security-Policy" not in response and "Content-Security-Policy-Report-Only" not in response:
            header = "Content-Security-Policy-Report-Only" if settings.ZHENGGAI_CSP_REPORT_ONLY else "Content-Security-Policy"
            response[header] = build_policy(request.csp_nonce)
        return response


def csp_nonce(request) -> dict[str, str]:
    """Context processor: `{{ csp_nonce }}` for inline scripts."""
    return {"csp_nonce": getattr(request, "csp_nonce", "")}
