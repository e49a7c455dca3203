"""Notifications (站内消息), the outbox (发送队列) and each user's channel preferences (接收设置)."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.validators import validate_comma_separated_integer_list
from django.db import models

from zhenggai.notify.events import event_label


class Notification(models.Model):
    """One message in one user's inbox.

    `key` makes a reminder at most once: scheduled runs fill it with (recipient, event, object, day),
    and a unique index turns a second run into no-ops. Event-driven notifications may leave it empty.
    `digest_pending` marks rows still owed to a digest-mode user's daily message (每日汇总).
    """

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="接收人", on_delete=models.CASCADE,
                                  related_name="notifications")
    event = models.CharField("事项", max_length=32)
    text = models.CharField("内容", max_length=500)
    url = models.CharField("链接", max_length=300, blank=True)
    obj_type = models.CharField(max_length=60, blank=True)  # app_label.model of the object it is about
    obj_id = models.BigIntegerField(null=True, blank=True)
    # The inspection the object belongs to: the inbox re-checks scope through it on every read.
    inspection = models.ForeignKey("ledger.Inspection", null=True, blank=True, on_delete=models.CASCADE,
                                   related_name="+")
    key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    created_at = models.DateTimeField("时间", db_index=True)
    read_at = models.DateTimeField("已读时间", null=True, blank=True)
    digest_pending = models.BooleanField(default=False)

    class Meta:
        verbose_name = "站内消息"
        verbose_name_plural = "站内消息"
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notify_unread"),
            models.Index(fields=["recipient", "-created_at"], name="notify_inbox"),
            models.Index(fields=["digest_pending", "recipient"], name="notify_digest"),
        ]

    def __str__(self) -> str:
        return self.text[:40]

    @property
    def event_label(self) -> str:
        return event_label(self.event)

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "待发送"
    RETRYING = "retrying", "重试中"
    SENT = "sent", "已发送"
    FAILED = "failed", "发送失败"


class Delivery(models.Model):
    """One message to one recipient over one channel: the outbox row (发送记录).

    Written in the caller's transaction, sent by a background job; a channel that is down leaves the
    row pending/retrying with its error, and the sweep job tries again with backoff. `body` holds the
    message, which the system admin's outbox page never shows (the admin role sees no business data).
    """

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="接收人", on_delete=models.CASCADE,
                                  related_name="+")
    channel = models.CharField("渠道", max_length=16)
    subject = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    status = models.CharField("状态", max_length=16, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveSmallIntegerField("尝试次数", default=0)
    last_error = models.CharField("最近错误", max_length=300, blank=True)
    next_attempt_at = models.DateTimeField("下次发送时间")
    created_at = models.DateTimeField("创建时间")
    sent_at = models.DateTimeField("发送时间", null=True, blank=True)
    # One message per (recipient, channel, notification) or per (recipient, channel, run, day) for digests.
    key = models.CharField(max_length=200, unique=True)
    notifications = models.PositiveIntegerField("包含消息数", default=1)

    class Meta:
        verbose_name = "发送记录"
        verbose_name_plural = "发送记录"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="delivery_due")]

    def __str__(self) -> str:
        return f"{self.channel} → {self.recipient_id} ({self.status})"


class Preference(models.Model):
    """What a user wants: which channels, quiet hours (免打扰时段), and one message a day (每日汇总)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notify_preference")
    channels = models.JSONField("接收渠道", default=list, blank=True)
    quiet_start = models.TimeField("免打扰开始", null=True, blank=True)
    quiet_end = models.TimeField("免打扰结束", null=True, blank=True)
    digest = models.BooleanField("每日汇总", default=False,
                                 help_text="每天只发一条汇总消息，不逐条发送（站内消息照常显示）")

    class Meta:
        verbose_name = "消息接收设置"
        verbose_name_plural = "消息接收设置"

    def in_quiet_hours(self, moment: dt.time) -> bool:
        if self.quiet_start is None or self.quiet_end is None or self.quiet_start == self.quiet_end:
            return False
        if self.quiet_start < self.quiet_end:
            return self.quiet_start <= moment < self.quiet_end
        return moment >= self.quiet_start or moment < self.quiet_end  # over midnight, e.g. 22:00–07:00


DEFAULT_DEADLINE_DAYS = "10,3"
DEFAULT_REPORT_DAYS = "3"


class ReminderSettings(models.Model):
    """Per inspection: how many days ahead to remind (提醒天数) of deadlines and of report dates.

    Without a row the defaults apply: 10 and 3 days before a deadline, 3 days before a report is due,
    an overdue notice on the first overdue day and every 7 days after, 回头看 7 days ahead.
    """

    inspection = models.OneToOneField("ledger.Inspection", on_delete=models.CASCADE, related_name="reminder_settings")
    deadline_days = models.CharField("整改期限前提醒（天）", max_length=50, default=DEFAULT_DEADLINE_DAYS,
                                     validators=[validate_comma_separated_integer_list],
                                     help_text="用逗号分隔，如“20,10,3”")
    report_days = models.CharField("报送截止前提醒（天）", max_length=50, default=DEFAULT_REPORT_DAYS,
                                   validators=[validate_comma_separated_integer_list])
    overdue_every_days = models.PositiveSmallIntegerField("逾期后每隔几天再提醒", default=7)
    follow_up_days_before = models.PositiveSmallIntegerField("回头看到期前提醒（天）", default=7)

    class Meta:
        verbose_name = "提醒设置"
        verbose_name_plural = "提醒设置"

    @staticmethod
    def parse_days(raw: str) -> tuple[int, ...]:
        return tuple(sorted({int(x) for x in raw.split(",") if x.strip()}, reverse=True))

    @property
    def deadline_day_list(self) -> tuple[int, ...]:
        return self.parse_days(self.deadline_days)

    @property
    def report_day_list(self) -> tuple[int, ...]:
        return self.parse_days(self.report_days)
