"""Background jobs (django-q2): delivering the outbox, the morning run, the daily digest, the audit digest.

The schedules that call them are rows created by migration 0002 (see `schedules.py`); each job is
idempotent, so a schedule that fires twice, or a worker restarted mid-run, sends nothing twice.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import logging
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from zhenggai.notify import channels
from zhenggai.notify.models import Delivery, DeliveryStatus

log = logging.getLogger(__name__)

LEASE = dt.timedelta(minutes=10)  # a claimed row not finished within this (a crashed worker) is retried


def max_attempts() -> int:
    return int(getattr(settings, "ZHENGGAI_NOTIFY_MAX_ATTEMPTS", 6))


def backoff(attempts: int) -> dt.timedelta:
    """2, 4, 8, 16, 32 … minutes after the 1st, 2nd, 3rd … failure, at most 6 hours."""
    return dt.timedelta(minutes=min(2 ** attempts, 360))


def deliver_one(pk: int, *, now: dt.datetime | None = None) -> str:
    """Send one outbox row if it is due and nobody else holds it; record the outcome. Never raises."""
    now = now or timezone.now()
    open_states = [DeliveryStatus.PENDING, DeliveryStatus.RETRYING]
    claimed = Delivery.objects.filter(pk=pk, status__in=open_states, next_attempt_at__lte=now).update(
        next_attempt_at=now + LEASE)
    if not claimed:
        return "skipped"
    delivery = Delivery.objects.select_related("recipient").get(pk=pk)
    delivery.attempts += 1
    try:
        channel = channels.get(delivery.channel)
        if not channel.configured():
            raise channels.ChannelError("渠道未配置")
        channel.send(delivery)
    except Exception as exc:  # noqa: BLE001 - any failure is recorded on the row and retried
        delivery.last_error = channels.safe_error(exc)
        if delivery.attempts >= max_attempts():
            delivery.status = DeliveryStatus.FAILED
        else:
            delivery.status = DeliveryStatus.RETRYING
            delivery.next_attempt_at = now + backoff(delivery.attempts)
        log.warning("notify: delivery %s over %s failed (attempt %s): %s", delivery.pk, delivery.channel,
                    delivery.attempts, delivery.last_error)
    else:
        delivery.status, delivery.sent_at, delivery.last_error = DeliveryStatus.SENT, timezone.now(), ""
    delivery.save(update_fields=["status", "attempts", "last_error", "next_attempt_at", "sent_at"])
    return delivery.status


def deliver_due(limit: int = 500) -> dict[str, int]:
    """Send every outbox row that is due (new, or waiting for its retry); the sweep schedule calls it too."""
    now = timezone.now()
    ids = list(Delivery.objects.filter(status__in=[DeliveryStatus.PENDING, DeliveryStatus.RETRYING],
                                       next_attempt_at__lte=now).order_by("next_attempt_at", "pk")
               .values_list("pk", flat=True)[:limit])
    outcome: dict[str, int] = {}
    for pk in ids:
        result = deliver_one(pk, now=now)
        outcome[result] = outcome.get(result, 0) + 1
    return outcome


def morning_run() -> dict[str, int]:
    from zhenggai.notify.reminders import morning_run as run

    result = run(timezone.localdate())
    deliver_due()
    return result


def digest_run() -> int:
    from zhenggai.notify.services import digest_send

    count = digest_send(day=timezone.localdate())
    deliver_due()
    return count


def audit_digest_path() -> Path:
    return Path(getattr(settings, "ZHENGGAI_AUDIT_DIGEST_FILE", "") or settings.VAR_DIR / "audit-digest.jsonl")


def audit_digest() -> bool:
    """Append today's audit chain head (`zhenggai audit digest`) once a day; False when already written."""
    from django.core.management import call_command

    path = audit_digest_path()
    today = timezone.localdate().isoformat()
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines and json.loads(lines[-1]).get("date") == today:
            return False
    path.parent.mkdir(parents=True, exist_ok=True)
    call_command("audit", "digest", "-o", str(path), stdout=io.StringIO())
    return True
