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
    REPORT_PROGRESS = "report_progress", "报送进展"


S, A, R = MeasureState, Action, Role

TRANSITIONS: dict[tuple[str, str, str], str] = {
    (S.IN_PROGRESS, A.REQUEST_SIGN_OFF, R.UNIT): S.REQUESTED,
    (S.RETURNED, A.REQUEST_SIGN_OFF, R.UNIT): S.REQUESTED,
    (S.REQUESTED, A.WITHDRAW, R.UNIT): S.IN_PROGRESS,
    (S.REQUESTED, A.REVIEW_PASS, R.OFFICE): S.REVIEWED,
    (S.REQUESTED, A.REVIEW_SEND_BACK, R.OFFICE): S.RETURNED,
    (S.REVIEWED, A.APPROVE, R.LEADER): S.SIGNED_OFF,
    (S.REVIEWED, A.APPROVE_SEND_BACK, R.LEADER): S.RETURNED,
    # Progress reports keep the state. None while a sign-off request is pending (待审核/待审批): the
    # reviewers judge what was requested, so a figure or note cannot change under them. To add something,
    # the requester withdraws the request, reports, and requests again.
    (S.IN_PROGRESS, A.REPORT_PROGRESS, R.UNIT): S.IN_PROGRESS,
    (S.IN_PROGRESS, A.REPORT_PROGRESS, R.OFFICE): S.IN_PROGRESS,
    (S.RETURNED, A.REPORT_PROGRESS, R.UNIT): S.RETURNED,
    (S.RETURNED, A.REPORT_PROGRESS, R.OFFICE): S.RETURNED,
}

# Why a step is refused in a state, where the generic message would not tell the user what to do.
REFUSALS: dict[tuple[str, str], str] = {
    (S.REQUESTED, A.REPORT_PROGRESS): "该措施的销号申请正在等待整改办审核，审核期间不能报送进展。"
                                      "如需补充情况或材料，请由申请人先撤回销号申请，报送后再重新申请。",
    (S.REVIEWED, A.REPORT_PROGRESS): "该措施的销号申请正在等待领导审批，审批期间不能报送进展。"
                                     "如需补充情况或材料，请等待审批结果（退回后可再报送）。",
    (S.SIGNED_OFF, A.REPORT_PROGRESS): "该措施已销号，不能再报送进展",
}

# Who may set a measure's percentage (进度) with a progress report: the lead unit (牵头单位) and the
# office. A co-unit (配合单位) reports what it did, with evidence, but the lead unit answers for the figure.
SETS_PERCENTAGE = {"lead_unit", "office"}

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
        if (state, action) in REFUSALS and role in (R.UNIT, R.OFFICE):
            raise WorkflowError(REFUSALS[(state, action)]) from None
        raise WorkflowError(
            f"当前状态“{MeasureState(state).label}”下，{Role(role).label}不能执行“{Action(action).label}”"
        ) from None


def actions_for(state: str, role: str) -> list[str]:
    return [action for (s, action, r) in TRANSITIONS if s == state and r == role]
