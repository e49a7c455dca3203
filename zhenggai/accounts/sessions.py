"""The session's idle expiry, moved forward without writing the session row on every request.

Django's `SESSION_SAVE_EVERY_REQUEST` rewrites `django_session` (an UPDATE and a COMMIT) on every request so
that the cookie and the row expire `SESSION_COOKIE_AGE` (30 minutes) after the last one. Under load that write
was the largest part of a signed-in request that is otherwise answered from the cache. Here the session is
saved (which moves its expiry to now + 30 minutes, row and cookie alike) only when the last save is more than
`ZHENGGAI_SESSION_REFRESH_SECONDS` (60) old: a session left idle ends between 29 and 30 minutes after its last
request, never later. The absolute 12-hour limit is the login policy's (`zhenggai.accounts.security`), on the
login time kept in the session, and does not depend on saves.
"""
from __future__ import annotations

import time

from django.conf import settings

SESSION_SAVED_AT = "zg_saved_at"


class SessionIdleMiddleware:
    """Right after SessionMiddleware: mark an existing session modified when its expiry is due to move."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        # No cookie, no session: nothing to keep alive (and no session made for an anonymous visitor).
        if session is not None and session.session_key is not None:
            saved_at = session.get(SESSION_SAVED_AT)
            # The cookie named a session that has ended (or never was): the load left it without a key.
            if session.session_key is not None:
                now = time.time()
                if saved_at is None or now - float(saved_at) >= settings.ZHENGGAI_SESSION_REFRESH_SECONDS:
                    session[SESSION_SAVED_AT] = now
        return self.get_response(request)
