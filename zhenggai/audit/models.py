"""The one append-only audit log.

Every service writes here through `zhenggai.audit.services.audit_record`; nothing updates
or deletes a row (the model refuses, and database triggers refuse too). Each event carries
hash = SHA-256(previous hash ‖ canonical JSON of the event), so a rewrite anywhere in the
chain is detected by `zhenggai audit verify`.
"""
from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

GENESIS_HASH = "0" * 64


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):  # noqa: D102 - the log is append-only
        raise PermissionError("审计日志只能追加，不能修改")

    def delete(self):  # noqa: D102
        raise PermissionError("审计日志只能追加，不能删除")


class AuditEvent(models.Model):
    created_at = models.DateTimeField("时间", db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="操作人", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    actor_name = models.CharField("操作人姓名", max_length=150, blank=True)
    actor_role = models.CharField("角色", max_length=16, blank=True)
    ip = models.GenericIPAddressField("IP", null=True, blank=True)
    action = models.CharField("操作", max_length=64, db_index=True)
    object_type = models.CharField("对象类型", max_length=32, blank=True)
    object_id = models.CharField("对象", max_length=32, blank=True)
    inspection_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    measure_id = models.BigIntegerField(null=True, blank=True, db_index=True)
    before = models.JSONField("变更前", null=True, blank=True, encoder=DjangoJSONEncoder)
    after = models.JSONField("变更后", null=True, blank=True, encoder=DjangoJSONEncoder)
    outcome = models.CharField("结果", max_length=16, default="success")
    note = models.TextField("说明", blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = "审计事件"
        verbose_name_plural = "审计事件"
        ordering = ["id"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name} {self.action}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise PermissionError("审计日志只能追加，不能修改")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("审计日志只能追加，不能删除")

    def canonical(self) -> str:
        """The event's content as canonical JSON: what the hash covers."""
        payload = {
            "created_at": self.created_at.isoformat(),
            "actor": self.actor_id,
            "actor_name": self.actor_name,
            "actor_role": self.actor_role,
            "ip": self.ip,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "inspection_id": self.inspection_id,
            "measure_id": self.measure_id,
            "before": self.before,
            "after": self.after,
            "outcome": self.outcome,
            "note": self.note,
        }
        return json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def compute_hash(self) -> str:
        return hashlib.sha256((self.prev_hash + self.canonical()).encode("utf-8")).hexdigest()

    @property
    def who(self) -> str:
        """The actor, or for a failed login the username that was tried."""
        if self.actor_name:
            return self.actor_name
        return str(self.after.get("username", "")) if isinstance(self.after, dict) else ""

    @property
    def action_label(self) -> str:
        from zhenggai.audit.services import ACTION_LABELS

        return ACTION_LABELS.get(self.action, self.action)
