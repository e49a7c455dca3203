"""Is the job worker alive? Its heartbeat, the queue's length and the failed jobs, for the status page and /healthz.

`zhenggai worker` writes its row's `seen_at` every ZHENGGAI_WORKER_HEARTBEAT_SECONDS (the process lives) and
sends a tiny task through the queue that sets `beat_at` (the cluster really takes jobs). A worker is alive
while `seen_at` is younger than three intervals.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from zhenggai.ops.models import WorkerHeartbeat

log = logging.getLogger(__name__)

KEEP_STOPPED_DAYS = 7


def interval_seconds() -> int:
    return max(1, int(getattr(settings, "ZHENGGAI_WORKER_HEARTBEAT_SECONDS", 5)))


def stale_after() -> dt.timedelta:
    return dt.timedelta(seconds=3 * interval_seconds() + 2)


# --- written by the worker process -------------------------------------------------------------------------

def worker_register(*, host: str, pid: int, workers: int) -> WorkerHeartbeat:
    now = timezone.now()
    WorkerHeartbeat.objects.filter(seen_at__lt=now - dt.timedelta(days=KEEP_STOPPED_DAYS)).delete()
    row, _ = WorkerHeartbeat.objects.update_or_create(
        name=f"{host}:{pid}",
        defaults={"host": host[:150], "pid": pid, "workers": workers, "started_at": now, "seen_at": now,
                  "beat_at": None, "stopped_at": None})
    return row


def worker_seen(name: str) -> None:
    WorkerHeartbeat.objects.filter(name=name).update(seen_at=timezone.now(), stopped_at=None)


def worker_stopped(name: str) -> None:
    now = timezone.now()
    WorkerHeartbeat.objects.filter(name=name).update(seen_at=now, stopped_at=now)


def queue_beat(name: str) -> None:
    """Send the heartbeat task through the queue (not saved as a result: it would crowd out real jobs)."""
    from django_q.tasks import async_task

    async_task("zhenggai.ops.heartbeat.beat_task", name, save=False, group="heartbeat")


def beat_task(name: str) -> None:
    """Runs in a cluster worker: the queue delivered a job."""
    WorkerHeartbeat.objects.filter(name=name).update(beat_at=timezone.now())


# --- read by the pages ----------------------------------------------------------------------------------------

def alive_workers(now: dt.datetime | None = None):
    now = now or timezone.now()
    return WorkerHeartbeat.objects.filter(stopped_at__isnull=True, seen_at__gte=now - stale_after())


def worker_alive() -> bool:
    """True when a worker process beat recently, or when jobs run inline (Q_CLUSTER sync: the tests)."""
    if settings.Q_CLUSTER.get("sync"):
        return True
    try:
        return alive_workers().exists()
    except Exception:  # the table is missing before `migrate`: no worker has ever run
        log.warning("worker heartbeat unreadable", exc_info=True)
        return False


@dataclass
class QueueStatus:
    queued: int | None  # None: the broker did not answer
    broker: str
    broker_error: str = ""
    failed_total: int = 0
    failed_recent: list = field(default_factory=list)
    last_success: object | None = None


def queue_status(*, failures: int = 10) -> QueueStatus:
    from django_q.brokers import get_broker
    from django_q.models import Failure, Success

    broker_name = "Redis" if settings.Q_CLUSTER.get("redis") else "数据库（Django ORM）"
    try:
        queued = int(get_broker().queue_size())
        error = ""
    except Exception as exc:
        queued, error = None, type(exc).__name__
    return QueueStatus(
        queued=queued, broker=broker_name, broker_error=error,
        failed_total=Failure.objects.count(),
        failed_recent=list(Failure.objects.order_by("-stopped")[:failures]),
        last_success=Success.objects.exclude(group="heartbeat").order_by("-stopped").first(),
    )
