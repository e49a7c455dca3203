"""Writes of the public page: a submission from the public, an answer from the office."""
from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from zhenggai.accounts.models import Role, User
from zhenggai.accounts.scope import inspections_for_user, require_role
from zhenggai.audit.services import audit_record
from zhenggai.ledger.models import Inspection
from zhenggai.notify import hooks as notify_hooks
from zhenggai.portal.models import Feedback


class FeedbackRefused(Exception):
    """A submission the rules refuse; the message is for the person who sent it."""


def feedback_rate() -> tuple[int, int]:
    """(submissions allowed, window in seconds) per IP: PORTAL_FEEDBACK_LIMIT, PORTAL_FEEDBACK_WINDOW_SECONDS."""
    return (int(getattr(settings, "PORTAL_FEEDBACK_LIMIT", 3)),
            int(getattr(settings, "PORTAL_FEEDBACK_WINDOW_SECONDS", 600)))


def _take_rate_slot(ip: str | None) -> None:
    """A sliding window of submission times per IP, kept in Django's cache."""
    limit, window = feedback_rate()
    key = f"zhenggai:portal:feedback:{ip or 'unknown'}"
    now = time.time()
    recent = [t for t in cache.get(key, []) if now - t < window]
    if len(recent) >= limit:
        minutes = max(1, window // 60)
        raise FeedbackRefused(f"提交过于频繁：同一网络{minutes}分钟内最多提交{limit}条意见建议，请稍后再试。")
    recent.append(now)
    cache.set(key, recent, window)


def feedback_submit(*, inspection: Inspection, text: str, name: str = "", contact: str = "",
                    ip: str | None = None) -> Feedback:
    """Store a submission from the public. The form has already refused markup and bots."""
    if not inspection.is_public:
        raise FeedbackRefused("该巡察未公开，不能提交意见建议")
    _take_rate_slot(ip)
    feedback = Feedback(inspection=inspection, text=text, name=name, contact=contact, ip=ip)
    feedback.full_clean()
    with transaction.atomic():
        feedback.save()
        notify_hooks.feedback_received(feedback=feedback)
    return feedback


def feedback_answer(*, user: User, feedback: Feedback, answer: str, show_publicly: bool = True) -> Feedback:
    """The office answers (or corrects its answer to) a submission; the audit log keeps both."""
    require_role(user, Role.OFFICE)
    if not inspections_for_user(user).filter(pk=feedback.inspection_id).exists():
        raise PermissionDenied("该意见建议不在您的管理范围内")
    with transaction.atomic():
        locked = Feedback.objects.select_for_update().get(pk=feedback.pk)
        before = {"answer": locked.answer, "show_publicly": locked.show_publicly,
                  "answered_at": locked.answered_at} if locked.is_answered else None
        locked.answer, locked.show_publicly = answer, show_publicly
        locked.answered_by, locked.answered_at = user, timezone.now()
        locked.full_clean()
        locked.save()
        audit_record(actor=user, action="feedback.answer", obj=locked, before=before,
                     after={"answer": answer, "show_publicly": show_publicly},
                     inspection_id=locked.inspection_id)
    return locked
