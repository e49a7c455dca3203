"""The measure state machine, as data.

One table lists every allowed (state, action, role) → new state. Services look steps up
here and nowhere else; a step not in the table raises `WorkflowError` and changes nothing.
"""
from __future__ import annotations

from django.db import models

from zhenggai.accounts.models import Role


class MeasureState(models.TextChoices):
    IN_PROGRESS = "in_progress", "整改中"
    REQUESTED = "requested", "待整改办审核"
    REVIEWED = "reviewed", "待领导审批"
    RETURNED = "returned", "回炉返工"
    SIGNED_OFF = "signed_off", "已销号"


class Action(models.TextChoices):
    REQUEST_SIGN_OFF = "request_sign_off", "申请销号"
    WITHDRAW = "withdraw", "撤回申请"
    REVIEW_PASS = "review_pass", "审核通过"
    REVIEW_SEND_BACK = "review_send_back", "审核退回"
    APPROVE = "approve", "审批销号"
    APPROVE_SEND_BACK = "approve_send_back", "审批退回"


S, A, R = MeasureState, Action, Role

TRANSITIONS: dict[tuple[str, str, str], str] = {
    (S.IN_PROGRESS, A.REQUEST_SIGN_OFF, R.UNIT): S.REQUESTED,
    (S.RETURNED, A.REQUEST_SIGN_OFF, R.UNIT): S.REQUESTED,
    (S.REQUESTED, A.WITHDRAW, R.UNIT): S.IN_PROGRESS,
    (S.REQUESTED, A.REVIEW_PASS, R.OFFICE): S.REVIEWED,
    (S.REQUESTED, A.REVIEW_SEND_BACK, R.OFFICE): S.RETURNED,
    (S.REVIEWED, A.APPROVE, R.LEADER): S.SIGNED_OFF,
    (S.REVIEWED, A.APPROVE_SEND_BACK, R.LEADER): S.RETURNED,
}

# Steps whose actor must not be the person who requested the sign-off (separation of duties).
NOT_BY_REQUESTER = {A.REVIEW_PASS, A.REVIEW_SEND_BACK, A.APPROVE, A.APPROVE_SEND_BACK}
# Steps that need a written reason.
NEEDS_REASON = {A.REVIEW_SEND_BACK, A.APPROVE_SEND_BACK}
OPEN_STATES = {S.IN_PROGRESS, S.REQUESTED, S.REVIEWED, S.RETURNED}


class WorkflowError(Exception):
    """A step the state machine or the rules do not allow; the message is for the user."""


def next_state(state: str, action: str, role: str) -> str:
    try:
        return TRANSITIONS[(state, action, role)]
    except KeyError:
        raise WorkflowError(
            f"当前状态“{MeasureState(state).label}”下，{Role(role).label}不能执行“{Action(action).label}”"
        ) from None


def actions_for(state: str, role: str) -> list[str]:
    return [action for (s, action, r) in TRANSITIONS if s == state and r == role]
