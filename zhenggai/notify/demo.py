"""The demo's notifications: the ledger's story was replayed through the real services, so every inbox
already holds what those events told. What a real user would have done since is done here: messages
about things settled long ago are read; what still waits (a sign-off to review or approve, a measure
sent back) stays unread; the unit fillers chose e-mail and 企业微信 (sent only when the channels are
configured); and this morning's reminder run has happened.
"""
from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from zhenggai.accounts.models import Role, User
from zhenggai.ledger.models import Measure
from zhenggai.ledger.workflow import MeasureState
from zhenggai.notify.models import Notification, Preference
from zhenggai.notify.reminders import morning_run

# An event stays unread while its measure is still in this state.
STILL_WAITING = {"review_requested": MeasureState.REQUESTED, "sent_back": MeasureState.RETURNED}


def settle_inbox() -> None:
    now = timezone.now()
    with transaction.atomic():
        fillers = list(User.objects.filter(role=Role.UNIT, admin_role=""))
        for user in fillers:
            if not user.email:
                user.email = f"{user.username}@demo.example"
                user.save(update_fields=["email"])
        Preference.objects.bulk_create([Preference(user=u, channels=["email", "wecom"]) for u in fillers],
                                       ignore_conflicts=True)
        states = dict(Measure.objects.values_list("pk", "state"))
        unread = []
        for pk, event, obj_type, obj_id, role in Notification.objects.values_list(
                "pk", "event", "obj_type", "obj_id", "recipient__role"):
            state = states.get(obj_id) if obj_type == "ledger.measure" else None
            waiting = STILL_WAITING.get(event) == state or (
                event == "passed" and role == Role.LEADER and state == MeasureState.REVIEWED)
            if not waiting:
                unread.append(pk)
        Notification.objects.filter(pk__in=unread).update(read_at=now)
        # The latest two settled messages of each filler stay unread: what came in since they last looked.
        for user in fillers:
            latest = list(Notification.objects.filter(recipient=user).order_by("-created_at", "-id")
                          .values_list("pk", flat=True)[:2])
            Notification.objects.filter(pk__in=latest).update(read_at=None)
    morning_run(timezone.localdate())
