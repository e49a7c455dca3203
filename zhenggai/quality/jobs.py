"""Signals are computed in background jobs after a write, so pages stay as fast as a plain read.

Many writes in a row (an import, a morning of reports) queue one scan: `requested_at` is set on each write
and the job skips itself when a later request is already queued behind it.
"""
from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from zhenggai.quality.models import ScanState


def schedule_scan(inspection_id: int) -> None:
    """Call inside the writer's transaction: the scan is queued when (and only if) the write commits."""
    now = timezone.now()
    ScanState.objects.update_or_create(inspection_id=inspection_id, defaults={"requested_at": now})
    transaction.on_commit(lambda: _enqueue(inspection_id, now))


def _enqueue(inspection_id: int, requested_at) -> None:
    from django_q.tasks import async_task

    async_task("zhenggai.quality.jobs.scan_job", inspection_id, requested_at.isoformat(),
               task_name=f"quality-scan-{inspection_id}", sync=bool(settings.Q_CLUSTER.get("sync", False)))


def scan_job(inspection_id: int, requested_at: str | None = None) -> int | None:
    from zhenggai.quality.scan import quality_scan_inspection

    state = ScanState.objects.filter(inspection_id=inspection_id).first()
    if state is None:
        return None  # the inspection was deleted meanwhile
    if requested_at and state.requested_at and state.requested_at.isoformat() > requested_at:
        return None  # a later write queued its own scan: let that one run
    return quality_scan_inspection(inspection_id).flags
