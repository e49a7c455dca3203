"""Page benchmark: p50/p95 over ≥ 50 requests, queries and bytes for each hot page, as each role sees it.

Runs against the configured database, which must hold a ledger from `zhenggai loadgen` (the accounts
`loadgen_office`, `loadgen_leader` and `loadgen_unit`):

    DATABASE_URL=postgres://…/zg_perf .venv/bin/python manage.py loadgen --measures 100000
    DATABASE_URL=postgres://…/zg_perf .venv/bin/python -m zhenggai.bench --pages [--requests 50] [--only 'review']

Requests go through Django's test Client (the whole middleware stack, no network), one at a time, after
two warm-up requests per page; the query count is taken on one more request. Caches are whatever the
settings configure (locmem by default, Redis with ZHENGGAI_REDIS_URL), warmed by the warm-up requests as
a running server's would be.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from dataclasses import dataclass


@dataclass
class PageResult:
    name: str
    role: str
    url: str
    p50: float
    p95: float
    queries: int
    size: int
    status: int


def _percentile(values: list[float], pct: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(pct / 100 * (len(values) - 1))))
    return values[k]


def _pages() -> list[tuple[str, str, str]]:
    """(name, role, url) for every page the table reports; the ids come from the loadgen ledger."""
    from django.db.models import Count
    from django.urls import reverse

    from zhenggai.accounts.models import User
    from zhenggai.accounts.scope import problems_for_user
    from zhenggai.ledger.models import Inspection, Measure

    office = User.objects.get(username="loadgen_office")
    unit_user = User.objects.get(username="loadgen_unit")
    body = Inspection.objects.filter(inspected_unit__path__startswith=office.unit.path)
    biggest = body.annotate(n=Count("problems")).order_by("-n", "id").first()
    public = body.filter(is_public=True).annotate(n=Count("problems")).order_by("-n", "id").first()
    mine = Measure.objects.filter(problem__inspection=biggest, lead_unit=unit_user.unit).order_by("id").first()
    problem = problems_for_user(unit_user, biggest).order_by("id").first() if mine is None else mine.problem
    measure = mine or Measure.objects.filter(problem=problem).order_by("id").first()
    problems_url = reverse("problem_list", args=[biggest.pk])
    keyword = "公务用车"
    return [
        ("review queue", "office", reverse("review_queue")),
        ("review queue", "leader", reverse("review_queue")),
        ("battle map (all inspections)", "office", reverse("battlemap:overview")),
        ("battle map (one inspection)", "office", reverse("battlemap:inspection", args=[biggest.pk])),
        ("inspection list", "office", reverse("inspection_list")),
        ("inspection overview", "office", reverse("inspection_detail", args=[biggest.pk])),
        ("API problem list", "office", reverse("api:list_problems", args=[biggest.pk])),
        ("my work", "unit", reverse("my_work")),
        ("problem list, keyword search", "unit", f"{problems_url}?q={keyword}"),
        ("problem list, filtered by unit", "unit", f"{problems_url}?unit={unit_user.unit_id}"),
        ("problem list, first page", "office", problems_url),
        ("problem list, first page", "unit", problems_url),
        ("problem list, keyword search", "office", f"{problems_url}?q={keyword}"),
        ("public inspection page", "public", reverse("portal:inspection", args=[public.pk]) if public else ""),
        ("measure page", "unit", reverse("measure_detail", args=[measure.pk])),
        ("problem page", "unit", reverse("problem_detail", args=[problem.pk])),
    ]


def run(*, requests: int = 50, only: str | None = None) -> list[PageResult]:
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from zhenggai.accounts.models import User

    if "testserver" not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    clients: dict[str, Client] = {"public": Client()}
    for role in ("office", "leader", "unit"):
        client = Client()
        client.force_login(User.objects.get(username=f"loadgen_{role}"))
        clients[role] = client
    results = []
    for name, role, url in _pages():
        if not url or (only and only not in name):
            continue
        client = clients[role]
        for _ in range(2):
            response = client.get(url)
        times = []
        for _ in range(requests):
            start = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - start)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        body = response.getvalue() if response.streaming else response.content
        results.append(PageResult(name=name, role=role, url=url, p50=_percentile(times, 50),
                                  p95=_percentile(times, 95), queries=len(queries), size=len(body),
                                  status=response.status_code))
        print(_row(results[-1]), flush=True)
    return results


HEADER = f"{'page':<34} {'as':<7} {'p50 ms':>8} {'p95 ms':>8} {'queries':>7} {'KB':>8} {'status':>6}"


def _row(r: PageResult) -> str:
    return (f"{r.name:<34} {r.role:<7} {r.p50 * 1000:>8.1f} {r.p95 * 1000:>8.1f} {r.queries:>7} "
            f"{r.size / 1024:>8.1f} {r.status:>6}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=50, help="timed requests per page (default 50)")
    parser.add_argument("--only", help="only pages whose name contains this text")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    import django

    django.setup()
    from django.db import connection

    import zhenggai.ops.wsgi  # noqa: F401 - loaded and its heap frozen as gunicorn's master does before forking
    from zhenggai.ledger.models import Measure

    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']}); "
          f"{Measure.objects.count()} measures; {args.requests} requests a page")
    print(HEADER)
    run(requests=args.requests, only=args.only)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
