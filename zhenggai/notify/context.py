"""Unread counts for the navigation badges (待审事项 n, 我的任务 n, 意见建议 n, 消息 n).

Two short queries per page that renders the navigation (the user's unread messages, and the inspections'
ledger tokens under which every other count is kept), computed only when the template reads a badge, and kept
on the request so a second read costs nothing.

Each count stops at `BADGE_CAP` + 1 rows (the badge then reads "99+"): a badge is read on every page, and
counting every requested measure of a province (tens of thousands at a million measures) on every page
view costs time that grows with the ledger. With the cap, each count reads at most 100 index entries.
"""
from __future__ import annotations

import hashlib
from typing import Callable

from django.db import connection
from django.db.models import QuerySet
from django.utils.functional import SimpleLazyObject

from zhenggai.accounts.models import Role, Unit
from zhenggai.accounts.scope import holds_admin_role

BADGE_CAP = 99


def _capped_counts(parts: dict[str, list[QuerySet]]) -> dict[str, int]:
    """{name: rows of the querysets together, capped}, in one query.

    Each name's querysets must be disjoint (the caller sees to it, so no row counts twice); each is limited
    before it is counted, `(SELECT COUNT(*) FROM (… LIMIT 100))`, so the database stops after the cap on an
    index scan instead of visiting every row. Counted apart rather than in one UNION, which the planner
    would first collect in full.
    """
    selects, params = [], []
    for name, querysets in parts.items():
        counts = []
        for k, qs in enumerate(querysets):
            sql, sql_params = qs.order_by().values_list("pk", flat=True).query.sql_with_params()
            counts.append(f"(SELECT COUNT(*) FROM ({sql} LIMIT {BADGE_CAP + 1}) AS {name}_{k})")
            params.extend(sql_params)
        selects.append(" + ".join(counts))
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(selects), params)
        row = cursor.fetchone()
    return {name: min(int(n or 0), BADGE_CAP + 1) for name, n in zip(parts, row)}


def badge_counts(user) -> dict[str, int]:
    """{'messages', 'review', 'my_work', 'feedback'}: the user's counts (each at most BADGE_CAP + 1). The user's
    unread messages are counted on every call; the rest, which only ledger-side rows decide, are kept under every
    inspection's ledger token (see `_ledger_counts_cached`): two short queries while nothing changed."""
    from zhenggai.notify.models import Notification

    if not getattr(user, "is_authenticated", False) or holds_admin_role(user):
        return {}
    counts = _ledger_counts_cached(user, lambda: _ledger_parts(user))
    with connection.cursor() as cursor:  # the index notify_unread (recipient, read_at) answers it
        cursor.execute(f"SELECT (SELECT COUNT(*) FROM (SELECT 1 FROM {Notification._meta.db_table} WHERE "
                       f"recipient_id = %s AND read_at IS NULL LIMIT {BADGE_CAP + 1}) AS unread)", [user.pk])
        counts["messages"] = cursor.fetchone()[0]
    return counts


def _ledger_parts(user) -> dict[str, list[QuerySet]]:
    """The querysets of every badge but messages, by badge (built only when the counts are not cached)."""
    from zhenggai.ledger.models import ExtensionRequest, ExtensionState, Inspection, Measure
    from zhenggai.ledger.selectors import today
    from zhenggai.ledger.workflow import MeasureState
    from zhenggai.portal.models import Feedback

    parts: dict[str, list[QuerySet]] = {}
    if user.unit_id is not None:
        subtree = Unit.objects.filter(path__startswith=user.unit.path).values("pk")
    if user.unit_id is not None and user.role in (Role.OFFICE, Role.LEADER):
        # The inspections of the user's org tree: the scope of inspections_for_user for these roles.
        tree = Inspection.all_objects.filter(inspected_unit__in=subtree).values("pk")
        state = MeasureState.REQUESTED if user.role == Role.OFFICE else MeasureState.REVIEWED
        parts["review"] = [
            Measure.objects.filter(state=state, problem__inspection__in=tree),
            ExtensionRequest.objects.filter(state=ExtensionState.PENDING, measure__problem__inspection__in=tree),
        ]
        if user.role == Role.OFFICE:
            parts["feedback"] = [Feedback.objects.filter(answered_at__isnull=True, inspection__in=tree)]
    elif user.role == Role.UNIT and user.unit_id is not None:
        # What the unit owes now: measures sent back (回炉返工) and open measures past their deadline. The
        # measures it leads and those it is only a co-unit of are index lookups, appended; not an OR over a join
        # with the co-units, which the database can only answer by hashing every co-unit row.
        # Four disjoint sets: led or only co-unit, sent back or (another open state and) overdue.
        owed_states = [s for s in MeasureState.values if s not in (MeasureState.SIGNED_OFF, MeasureState.RETURNED)]
        overdue = dict(deadline_kind__in=("date", "immediate"), deadline_date__lt=today())
        led = Measure.objects.filter(lead_unit__in=subtree)
        co = Measure.objects.filter(pk__in=Measure.co_units.through.objects.filter(unit__in=subtree)
                                    .values("measure_id")).exclude(lead_unit__in=subtree)
        parts["my_work"] = [led.filter(state=MeasureState.RETURNED), led.filter(state__in=owed_states, **overdue),
                            co.filter(state=MeasureState.RETURNED), co.filter(state__in=owed_states, **overdue)]
    from zhenggai.petitions.work import badge_parts

    for name, querysets in badge_parts(user, subtree=subtree if user.unit_id is not None else None,
                                       tree=tree if "review" in parts else None, on=today()).items():
        parts.setdefault(name, []).extend(querysets)
    return parts


LEDGER_BADGES_CACHE_SECONDS = 300


def _ledger_counts_cached(user, parts: Callable[[], dict[str, list[QuerySet]]]) -> dict[str, int]:
    """The badges but messages, kept under every inspection's ledger token, the user's role and unit (its place in
    the tree) and the day (overdue moves with the date), for at most LEDGER_BADGES_CACHE_SECONDS. The triggers
    rotate an inspection's token on any write to what these counts read (measures, extension requests, petition
    cases, public feedback, co-units, units: zhenggai.ledger.hot_path), and a new inspection adds a token. At a
    million measures the co-unit half of a unit's count was the largest query of its every page, and the office's
    counts a few milliseconds of planning and reading on every page. Reading the tokens is one short query
    (inspections are few)."""
    from django.core.cache import cache

    from zhenggai.ledger.models import Inspection
    from zhenggai.ledger.selectors import today

    tokens = repr(sorted(Inspection.all_objects.order_by().values_list("pk", "ledger_token"))).encode()
    unit_path = user.unit.path if user.unit_id is not None else ""
    key = (f"zg:badges:{user.role}:{user.unit_id}:{unit_path}:{today().isoformat()}:"
           f"{hashlib.blake2b(tokens, digest_size=12).hexdigest()}")
    counts = cache.get(key)
    if counts is None:
        querysets = parts()
        counts = _capped_counts(querysets) if querysets else {}
        cache.set(key, counts, LEDGER_BADGES_CACHE_SECONDS)
    return dict(counts)


def badge_label(n: int) -> int | str:
    """What the badge shows: the count, or "99+" past the cap."""
    return f"{BADGE_CAP}+" if n > BADGE_CAP else n


def badges(request) -> dict:
    """Context processor: `badges.messages`, `badges.review`, … (lazy; cached on the request)."""
    def load() -> dict[str, int | str]:
        if not hasattr(request, "_zg_badges"):
            counts = badge_counts(getattr(request, "user", None))
            request._zg_badges = {k: badge_label(n) for k, n in counts.items()}
        return request._zg_badges

    return {"badges": SimpleLazyObject(load)}
