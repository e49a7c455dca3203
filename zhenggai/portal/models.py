"""Public feedback (意见建议) on a published inspection, and the office's answer."""
from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone

TEXT_MAX = 1000
NAME_MAX = 50


class Feedback(models.Model):
    """One submission from the public. Plain text only; always rendered escaped.

    `name` and `contact` are never shown publicly; `text` and `answer` are, once answered and
    the office leaves `show_publicly` on.
    """

    inspection = models.ForeignKey("ledger.Inspection", verbose_name="巡察", on_delete=models.CASCADE,
                                   related_name="public_feedback")
    name = models.CharField("姓名", max_length=NAME_MAX, blank=True)
    contact = models.CharField("联系方式", max_length=NAME_MAX, blank=True)
    text = models.TextField("意见建议", max_length=TEXT_MAX, validators=[MaxLengthValidator(TEXT_MAX)])
    created_at = models.DateTimeField("提交时间", default=timezone.now, db_index=True)
    ip = models.GenericIPAddressField("IP", null=True, blank=True)
    answered_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="答复人", null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    answer = models.TextField("答复", blank=True, validators=[MaxLengthValidator(2000)])
    answered_at = models.DateTimeField("答复时间", null=True, blank=True)
    show_publicly = models.BooleanField("在公开页面展示意见及答复", default=True)

    class Meta:
        verbose_name = "意见建议"
        verbose_name_plural = "意见建议"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["inspection", "answered_at"])]

    def __str__(self) -> str:
        return self.text[:30]

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None
