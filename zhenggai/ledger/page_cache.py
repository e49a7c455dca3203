"""Signed-in inspection pages (the overview, the problem list) cached whole, per user and ledger token.

A page is the same HTML for as long as nothing it reads changes. What it reads, and what the key holds for it:

- the inspection's ledger rows, its units' names and tree, co-units, quality flags, petition cases and 签收
  assignments: `Inspection.ledger_token`, which database triggers rotate on every write to any of them
  (`zhenggai.ledger.hot_path`), whichever path wrote the rows;
- the user: id, name, roles, unit (the header, the scope, what the page offers), read fresh on every request;
- the day (lights and "overdue" move with the date), the language, the full path with its query string, the
  htmx headers, and the navigation badges' values (two short queries a request: zhenggai.notify.context).

Before the cache is read, the view's own access check runs (`get_inspection_for_user`: a 404 for outsiders;
its yes kept under the token, see `inspection_token`), which also reads the token; the admin roles never get
here (`SeparationOfDutiesMiddleware`). Nothing is cached or served from the cache for a request with messages
waiting (the page must show them), for anything but a GET that answers 200 without setting cookies, or when the
view added a message itself.

Per-response values are not part of the stored page: the CSRF token (the logout form, `hx-headers`, any form)
and the CSP nonce are cut out when the page is stored and filled in on every hit with this request's token
(`get_token`, which also sets the CSRF cookie as a rendering would) and this response's nonce. The response
then goes back out through the same middleware as a rendered one (session, CSRF cookie, CSP and security headers).
"""
from __future__ import annotations

import hashlib
import re
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache, caches
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token

from zhenggai.accounts.models import Role
from zhenggai.accounts.scope import get_inspection_for_user
from zhenggai.ledger.models import Inspection
from zhenggai.ledger.selectors import today

# A masked CSRF token as templates print it (Django: 64 characters of [a-zA-Z0-9]).
_TOKEN = re.compile(rb"(?<![A-Za-z0-9])[A-Za-z0-9]{64}(?![A-Za-z0-9])")
_CSRF, _NONCE = 1, 2
# The view's own headers to keep; everything else is added on the way out by the middleware, per response.
_SKIP_HEADERS = {"content-length", "set-cookie"}


def _pages():
    return caches["pages"]


def _user_part(user) -> tuple:
    unit = user.unit if user.unit_id is not None else None
    return (user.pk, user.username, user.full_name, user.role, user.admin_role, user.is_staff, user.is_superuser,
            user.unit_id, unit.path if unit else "", unit.name if unit else "", unit.short_name if unit else "")


def _badges(request) -> tuple:
    """The badge values the navigation will show, kept on the request for the context processor
    (zhenggai.notify.context.badges reads `request._zg_badges`), so a miss does not count them twice."""
    from zhenggai.notify.context import badge_counts, badge_label

    if not hasattr(request, "_zg_badges"):
        request._zg_badges = {k: badge_label(n) for k, n in badge_counts(request.user).items()}
    return tuple(sorted(request._zg_badges.items()))


ACCESS_CACHE_SECONDS = 300


def inspection_token(user, pk: int) -> int:
    """The inspection's ledger token, once the user may open it (`get_inspection_for_user`'s 404 otherwise).

    The answer of the check is kept under the token for the office, leaders and unit users: what it reads (the
    inspected unit, a unit user's problems, measures, their co-units, petition cases and theirs, the unit tree)
    rotates the token (zhenggai.ledger.hot_path), and the key holds the user's role, unit and its place in the
    tree, so a yes stays right until one of them changes. A unit user's check is five EXISTS whose planning
    alone took 4 ms of PostgreSQL a request; on a hit the token is one primary-key read. An observer's check
    rests on its observed inspections, which the token does not cover, and runs every time (so do the
    superuser's and an account without a unit)."""
    if user.role == Role.OBSERVER or user.is_superuser or user.admin_role or user.unit_id is None:
        return get_inspection_for_user(user, pk).ledger_token
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ledger_token FROM {Inspection._meta.db_table} WHERE id = %s AND archived_at IS NULL",
                       [pk])
        row = cursor.fetchone()
    if row is None:
        raise Http404("没有找到该巡察")
    key = f"zg:page-access:{user.pk}:{user.role}:{user.unit_id}:{user.unit.path}:{pk}:{row[0]}"
    if cache.get(key) is None:
        get_inspection_for_user(user, pk)  # raises Http404 outside the user's scope
        cache.set(key, True, ACCESS_CACHE_SECONDS)
    return row[0]


def page_key(request: HttpRequest, view_name: str, inspection_id: int, token: int) -> str:
    htmx = tuple(sorted((k, v) for k, v in request.META.items() if k.startswith("HTTP_HX_")))
    parts = (view_name, request.get_full_path(), _user_part(request.user), inspection_id, token,
             today().isoformat(), getattr(request, "LANGUAGE_CODE", ""), _badges(request), htmx)
    return "zg:page:" + hashlib.blake2b(repr(parts).encode(), digest_size=20).hexdigest()


def _has_messages(request) -> bool:
    return len(get_messages(request)) > 0


def _split(request, content: bytes) -> list[bytes | int] | None:
    """The page as literal pieces with _CSRF / _NONCE where this request's CSRF token and nonce stood."""
    secret = request.META.get("CSRF_COOKIE")
    nonce = getattr(request, "csp_nonce", "").encode()
    pattern = _TOKEN if not nonce else re.compile(_TOKEN.pattern + b"|" + re.escape(nonce))
    pieces: list[bytes | int] = []
    start = 0
    for match in pattern.finditer(content):
        found = match.group(0)
        if nonce and found == nonce:
            marker = _NONCE
        elif secret and _unmask_cipher_token(found.decode()) == secret:
            marker = _CSRF
        else:
            continue  # 64 letters and digits that are not our token (a hash, say): part of the page
        pieces += [content[start:match.start()], marker]
        start = match.end()
    pieces.append(content[start:])
    return pieces


def _join(request, pieces: list[bytes | int]) -> bytes:
    token = nonce = b""
    if _CSRF in pieces:
        token = get_token(request).encode()
    if _NONCE in pieces:
        nonce = getattr(request, "csp_nonce", "").encode()
    return b"".join(token if p == _CSRF else nonce if p == _NONCE else p for p in pieces)


def cached_inspection_page(view):
    """For a view `view(request, pk)` of one inspection that reads only what `Inspection.ledger_token` covers
    (see the module docstring), under `login_required`."""
    view_name = f"{view.__module__}.{view.__qualname__}"

    @wraps(view)
    def wrapper(request: HttpRequest, pk: int, *args, **kwargs) -> HttpResponse:
        seconds = settings.ZHENGGAI_PAGE_CACHE_SECONDS
        if (seconds <= 0 or request.method != "GET" or not request.user.is_authenticated
                or _has_messages(request)):
            return view(request, pk, *args, **kwargs)
        token = inspection_token(request.user, pk)  # outsiders: 404 here, before any cache read
        key = page_key(request, view_name, pk, token)
        entry = _pages().get(key)
        if entry is not None:
            pieces, headers = entry
            response = HttpResponse(_join(request, pieces))
            for name, value in headers:
                response[name] = value
            return response
        response = view(request, pk, *args, **kwargs)
        if (response.status_code == 200 and not response.streaming and not response.cookies
                and not _has_messages(request)):
            headers = [(k, v) for k, v in response.items() if k.lower() not in _SKIP_HEADERS]
            _pages().set(key, (_split(request, response.content), headers), seconds)
        return response

    return wrapper
