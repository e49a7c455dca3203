"""The system admin's status page (job worker, queue, failed jobs) and /healthz for the load balancer."""
from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from zhenggai.accounts.models import AdminRole
from zhenggai.accounts.scope import require_admin_role
from zhenggai.ops import heartbeat
from zhenggai.ops.models import WorkerHeartbeat


@login_required
def status(request: HttpRequest) -> HttpResponse:
    require_admin_role(request.user, AdminRole.SYSTEM)
    now = timezone.now()
    alive = set(heartbeat.alive_workers(now).values_list("pk", flat=True))
    workers = [{"row": row, "alive": row.pk in alive, "ago": int((now - row.seen_at).total_seconds()),
                "beat_ago": int((now - row.beat_at).total_seconds()) if row.beat_at else None}
               for row in WorkerHeartbeat.objects.order_by("-seen_at")[:10]]
    return render(request, "ops/status.html", {
        "workers": workers, "any_alive": bool(alive), "queue": heartbeat.queue_status(),
        "interval": heartbeat.interval_seconds(), "nav": "ops",
    })


def _check(fn) -> dict:
    started = time.perf_counter()
    try:
        fn()
    except Exception as exc:  # the class only: a message may hold a host name or a password
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True, "ms": round((time.perf_counter() - started) * 1000, 1)}


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache() -> None:
    key = "zhenggai:healthz"
    cache.set(key, "1", 30)
    if cache.get(key) != "1":
        raise RuntimeError("cache read back nothing")


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when every check passes, else 503. `?web=1` leaves the worker out (for a web machine's check)."""
    checks = {"database": _check(_database), "cache": _check(_cache)}
    if request.GET.get("web") == "1":
        pass
    elif settings.Q_CLUSTER.get("sync"):
        checks["worker"] = {"ok": True, "sync": True}  # jobs run inline: no worker to wait for
    else:
        worker: dict = {"ok": False}
        try:
            row = heartbeat.alive_workers().order_by("-seen_at").values("seen_at").first()
            if row is not None:
                worker = {"ok": True, "last_seen_seconds": round((timezone.now() - row["seen_at"]).total_seconds(), 1)}
        except Exception as exc:
            worker = {"ok": False, "error": type(exc).__name__}
        checks["worker"] = worker
    ok = all(c["ok"] for c in checks.values())
    return JsonResponse({"status": "ok" if ok else "fail", **checks}, status=200 if ok else 503)
