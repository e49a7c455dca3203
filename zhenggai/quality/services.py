"""Writes of the quality app: a reviewer dismisses a flag with a reason (audited); it stays dismissed."""
from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from zhenggai.accounts.models import Role, User
from zhenggai.accounts.scope import inspections_for_user, require_role
from zhenggai.audit.services import audit_record
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.quality.models import QualityFlag


def quality_flag_dismiss(*, user: User, flag: QualityFlag, reason: str) -> QualityFlag:
    require_role(user, Role.OFFICE, Role.LEADER)
    reason = (reason or "").strip()
    if len(reason) < 4:
        raise WorkflowError("排除提示须写明理由（至少4个字）")
    with transaction.atomic():
        if not inspections_for_user(user).filter(pk=flag.inspection_id).exists():
            raise WorkflowError("该事项不在您的管辖范围内")
        locked = QualityFlag.objects.select_for_update().get(pk=flag.pk)
        if locked.is_dismissed:
            raise WorkflowError(f"这条提示已于{timezone.localtime(locked.dismissed_at):%Y-%m-%d %H:%M}被排除，无需再次操作")
        locked.dismissed_at = timezone.now()
        locked.dismissed_by = user
        locked.dismiss_reason = reason
        locked.save(update_fields=["dismissed_at", "dismissed_by", "dismiss_reason"])
        audit_record(actor=user, action="quality.dismiss", obj=locked, inspection_id=locked.inspection_id,
                     measure_id=locked.measure_id, after={"kind": locked.kind, "reason": reason},
                     note=locked.explanation[:200])
    return locked
