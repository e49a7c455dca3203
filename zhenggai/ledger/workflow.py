"""The state machine of every item kind (measures, petition cases), as data.

One table, `WORKFLOW`, lists every allowed (item kind, state, action, role) → new state. Services look
steps up here and nowhere else; a step not in the table raises `WorkflowError` and changes nothing.
`TRANSITIONS` is the measures' rows of it, keyed (state, action, role) as before.
"""
from __future__ import annotations

from django.db import models

from zhenggai.accounts.models import Role


class ItemKind(models.TextChoices):
    MEASURE = "measure", "整改措施"
    PETITION = "petition", "信访件"


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


class PetitionState(models.TextChoices):
    """A petition case (交办信访件) from hand-over to 销号."""

    NEW = "new", "待分办"
    ASSIGNED = "assigned", "待调查核实"
    HANDLING = "handling", "正在办理"
    PHASED = "phased", "阶段性办结"
    REPORTED = "reported", "待整改办审核"
    RETURNED = "returned", "退回重办"
    CONCLUDED = "concluded", "已办结"
    SIGNED_OFF = "signed_off", "已销号"


class PetitionAction(models.TextChoices):
    ASSIGN = "assign", "分办"
    INVESTIGATE = "investigate", "调查核实"
    REPORT = "report", "报送办理情况"
    WITHDRAW = "withdraw", "撤回报送"
    CONCLUDE = "conclude", "审核办结"
    PHASE = "phase", "阶段性办结"
    SEND_BACK = "send_back", "审核退回"
    SIGN_OFF = "sign_off", "核实销号"
    VERIFY_SEND_BACK = "verify_send_back", "核实退回"
    REOPEN = "reopen", "重新办理（重复举报）"


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

P, PA = PetitionState, PetitionAction

# A petition case: the office assigns it (分办) to a lead unit; the unit investigates (调查核实, with 是否属实), handles
# it and reports with evidence; the office reviews (审核): 办结, 阶段性办结 (still open, with a next deadline) or
# sent back; a leader verifies the 整改 and signs it off (销号), as a measure's sign-off is reviewed then approved.
# A repeat complaint (重复举报) reopens a concluded or signed-off case.
PETITION_TRANSITIONS: dict[tuple[str, str, str], str] = {
    (P.NEW, PA.ASSIGN, R.OFFICE): P.ASSIGNED,
    (P.ASSIGNED, PA.ASSIGN, R.OFFICE): P.ASSIGNED,
    (P.ASSIGNED, PA.INVESTIGATE, R.UNIT): P.HANDLING,
    (P.ASSIGNED, PA.INVESTIGATE, R.OFFICE): P.HANDLING,
    (P.HANDLING, PA.INVESTIGATE, R.UNIT): P.HANDLING,
    (P.HANDLING, PA.INVESTIGATE, R.OFFICE): P.HANDLING,
    (P.HANDLING, PA.REPORT, R.UNIT): P.REPORTED,
    (P.RETURNED, PA.REPORT, R.UNIT): P.REPORTED,
    (P.PHASED, PA.REPORT, R.UNIT): P.REPORTED,
    (P.REPORTED, PA.WITHDRAW, R.UNIT): P.HANDLING,
    (P.REPORTED, PA.CONCLUDE, R.OFFICE): P.CONCLUDED,
    (P.REPORTED, PA.PHASE, R.OFFICE): P.PHASED,
    (P.REPORTED, PA.SEND_BACK, R.OFFICE): P.RETURNED,
    (P.CONCLUDED, PA.SIGN_OFF, R.LEADER): P.SIGNED_OFF,
    (P.CONCLUDED, PA.VERIFY_SEND_BACK, R.LEADER): P.RETURNED,
    (P.CONCLUDED, PA.REOPEN, R.OFFICE): P.ASSIGNED,
    (P.SIGNED_OFF, PA.REOPEN, R.OFFICE): P.ASSIGNED,
}

# The one table: every item kind's rows.
WORKFLOW: dict[tuple[str, str, str, str], str] = {
    **{(ItemKind.MEASURE, *key): target for key, target in TRANSITIONS.items()},
    **{(ItemKind.PETITION, *key): target for key, target in PETITION_TRANSITIONS.items()},
}
STATES = {ItemKind.MEASURE: MeasureState, ItemKind.PETITION: PetitionState}
ACTIONS = {ItemKind.MEASURE: Action, ItemKind.PETITION: PetitionAction}

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

# The same duties for petition cases: whoever reported the handling does not review or verify it.
PETITION_NOT_BY_REPORTER = {PA.CONCLUDE, PA.PHASE, PA.SEND_BACK, PA.SIGN_OFF, PA.VERIFY_SEND_BACK}
PETITION_NEEDS_REASON = {PA.SEND_BACK, PA.VERIFY_SEND_BACK, PA.REOPEN}
# 办结 and 销号 both count as done for the case's deadline (办结时限): its light is grey.
PETITION_CLOSED_STATES = {P.CONCLUDED, P.SIGNED_OFF}


class WorkflowError(Exception):
    """A step the state machine or the rules do not allow; the message is for the user."""


def next_state(state: str, action: str, role: str, *, kind: str = ItemKind.MEASURE) -> str:
    try:
        return WORKFLOW[(kind, state, action, role)]
    except KeyError:
        if kind == ItemKind.MEASURE and (state, action) in REFUSALS and role in (R.UNIT, R.OFFICE):
            raise WorkflowError(REFUSALS[(state, action)]) from None
        raise WorkflowError(
            f"当前状态“{_label(STATES[kind], state)}”下，{_label(Role, role)}不能执行“{_label(ACTIONS[kind], action)}”"
        ) from None


def _label(choices, value: str) -> str:
    try:
        return choices(value).label
    except ValueError:  # an unknown value is refused all the same; say what it was
        return str(value)


def actions_for(state: str, role: str, *, kind: str = ItemKind.MEASURE) -> list[str]:
    return [action for (k, s, action, r) in WORKFLOW if k == kind and s == state and r == role]
