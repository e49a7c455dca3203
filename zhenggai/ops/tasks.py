"""Each kind of background job gets its own time limit, and a job whose worker died is handed out again soon
after that limit rather than after the longest job's.

django-q2 has one ``timeout`` and one ``retry`` for the whole cluster. One ``retry`` longer than the longest job
(an import's commit: 22 minutes) meant that a parse or a notification whose worker died waited 22 minutes to
be retried. Here:

- ``set_task_timeout`` (connected to django-q's ``pre_enqueue`` signal) gives a task the limit of its kind from
  ``settings.ZHENGGAI_TASK_TIMEOUTS`` unless the caller set one; the worker kills it past that limit.
- ``TaskTimeoutORM`` (the ORM broker, ``Q_CLUSTER["broker_class"]``) locks a task it hands out for its own limit
  plus ``RETRY_MARGIN_SECONDS``, so a task still running is never handed out twice, and one whose worker died
  is handed out again that soon. With Redis as the broker django-q hands a task out once only (no retry).
"""
from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django_q.brokers.orm import ORM
from django_q.conf import Conf
from django_q.signing import BadSignature, SignedPackage

RETRY_MARGIN_SECONDS = 60


def timeout_for(func: str) -> int | None:
    """The time limit of a task of this function (dotted path), or None for the cluster's default."""
    return getattr(settings, "ZHENGGAI_TASK_TIMEOUTS", {}).get(func)


def set_task_timeout(sender, task: dict, **kwargs) -> None:
    """django-q's ``pre_enqueue``: the task's own limit, unless the caller gave one."""
    if task.get("timeout") is None and isinstance(task.get("func"), str):
        found = timeout_for(task["func"])
        if found is not None:
            task["timeout"] = found


class TaskTimeoutORM(ORM):
    """The database broker, each task locked for its own limit (plus a margin) instead of the cluster's ``retry``."""

    def timeout(self, task):
        seconds = Conf.RETRY
        try:
            limit = SignedPackage.loads(task.payload).get("timeout")
        except (BadSignature, AttributeError, TypeError, ValueError):
            limit = None
        if limit:
            seconds = int(limit) + RETRY_MARGIN_SECONDS
        return timezone.now() + timedelta(seconds=seconds)
