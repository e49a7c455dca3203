"""The job worker's heartbeat: one row per running `zhenggai worker` process."""
from __future__ import annotations

from django.db import models


class WorkerHeartbeat(models.Model):
    """Written by the worker process itself (`seen_at`, every few seconds) and by a task that went through
    the queue (`beat_at`): a fresh `seen_at` means the process lives, a fresh `beat_at` that it takes jobs."""

    name = models.CharField("进程", max_length=200, unique=True)  # host:pid
    host = models.CharField("主机", max_length=150)
    pid = models.PositiveIntegerField("进程号")
    workers = models.PositiveSmallIntegerField("工作进程数", default=0)
    started_at = models.DateTimeField("启动时间")
    seen_at = models.DateTimeField("最近心跳", db_index=True)
    beat_at = models.DateTimeField("最近一次经队列执行", null=True, blank=True)
    stopped_at = models.DateTimeField("停止时间", null=True, blank=True)

    class Meta:
        verbose_name = "后台任务进程"
        verbose_name_plural = "后台任务进程"
        ordering = ["-seen_at"]

    def __str__(self) -> str:
        return self.name
