"""The public inspection page for anonymous visitors, straight from the cache, before sessions and auth.

A public page is the same for every visitor (no session, user, CSRF token or nonce in it: see
`zhenggai.portal.views`), and it is cached whole under its inspection's `ledger_token`, which database triggers
rotate on every write the page reads (`zhenggai.ledger.hot_path`), plus the portal's publication version and the
day. This middleware, placed right after the security headers and before the session, answers a GET of
`/public/<id>/` (optionally `?page=N`) from a request with no session cookie with one indexed read of the token
(remembered for a second, see `token`) and two cache reads: the stored page and its ETag / Last-Modified, or a
304 when the visitor already has it.

Anything else, a cache miss, or the first request a process sees (whose response headers it copies, so a cached
answer carries exactly the headers of a rendered one) goes through the whole stack and the view, which stores
the page for the next visitor.
"""
from __future__ import annotations

import re
import time

from django.conf import settings
from django.db import connection
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import get_conditional_response

from zhenggai.portal import selectors

# Headers that belong to one response, not to the page.
_OWN_HEADERS = {"content-length", "etag", "last-modified", "set-cookie", "x-request-id"}


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.path: re.Pattern | None = None
        self.headers: list[tuple[str, str]] | None = None  # copied from the first rendered public page
        self.tokens: dict[int, tuple[int, float]] = {}  # inspection id -> (ledger token, good until)

    def __call__(self, request):
        if self.path is None:
            prefix = reverse("portal:inspection", args=[0])[:-2]  # "/public/"
            self.path = re.compile(rf"^{re.escape(prefix)}([0-9]{{1,12}})/$")
        match = self.path.match(request.path_info) if request.method in ("GET", "HEAD") else None
        if match is None or settings.SESSION_COOKIE_NAME in request.COOKIES:
            return self.get_response(request)
        page = _page_number(request.META.get("QUERY_STRING", ""))
        if page is not None and self.headers is not None:
            response = self.cached(request, int(match.group(1)), page)
            if response is not None:
                return response
        response = self.get_response(request)
        if self.headers is None and response.status_code == 200 and getattr(request, "public_page_cached", False):
            self.headers = [(k, v) for k, v in response.items() if k.lower() not in _OWN_HEADERS]
        return response

    def token(self, inspection_id: int) -> int | None:
        """The inspection's ledger token, None when it is not (or no longer) public. Remembered for
        ZHENGGAI_PUBLIC_TOKEN_SECONDS in this process: under load the database round trip is most of a cached
        answer's cost, and a page browsers and proxies may keep for PUBLIC_MAX_AGE (300 s) can be a second
        behind the ledger for a visitor who has not seen it yet."""
        memo_seconds = settings.ZHENGGAI_PUBLIC_TOKEN_SECONDS
        now = time.monotonic()
        if memo_seconds > 0:
            known = self.tokens.get(inspection_id)
            if known is not None and known[1] > now:
                return known[0]
        with connection.cursor() as cursor:
            cursor.execute("SELECT ledger_token FROM ledger_inspection WHERE id = %s AND is_public AND "
                           "archived_at IS NULL", [inspection_id])
            row = cursor.fetchone()
        if row is None:
            self.tokens.pop(inspection_id, None)
            return None
        if memo_seconds > 0:
            self.tokens[inspection_id] = (row[0], now + memo_seconds)
        return row[0]

    def cached(self, request, inspection_id: int, page: int) -> HttpResponse | None:
        token = self.token(inspection_id)
        if token is None:
            return None  # the view answers 404
        entry = selectors.public_page_get(inspection_id, token, page)
        if entry is None:
            return None
        response = HttpResponse(entry.html)
        for key, value in self.headers:
            response[key] = value
        response["ETag"] = entry.etag
        response["Last-Modified"] = entry.last_modified
        response["Content-Length"] = str(len(entry.html))
        return get_conditional_response(request, etag=entry.etag, last_modified=entry.modified_at,
                                        response=response)


def _page_number(query: str) -> int | None:
    """1 for no query, N for exactly `page=N` (as the view reads it); None for anything else."""
    if not query:
        return 1
    if query.startswith("page=") and query[5:].isascii() and query[5:].isdigit() and 0 < int(query[5:]) < 100_000:
        return int(query[5:])
    return None
