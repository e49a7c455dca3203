"""The 签收 (assignment) state machine, as data, in the style of `zhenggai.ledger.workflow`.

It is its own table, not rows in the measure's: a measure is signed for (or sent back) while its sign-off
state stays 整改中, so the two are independent, and the measure table's parametrised test walks only
measure actions.
"""
from __future__ import annotations

from django.db import models

from zhenggai.accounts.models import Role
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.supervision.models import AssignmentState


class AssignmentAction(models.TextChoices):
    ACKNOWLEDGE = "acknowledge", "签收"
    REJECT = "reject", "退回交办"
    REASSIGN = "reassign", "重新交办"


S, A, R = AssignmentState, AssignmentAction, Role

TRANSITIONS: dict[tuple[str, str, str], str] = {
    (S.PENDING, A.ACKNOWLEDGE, R.UNIT): S.ACKNOWLEDGED,
    (S.PENDING, A.REJECT, R.UNIT): S.REJECTED,
    (S.REJECTED, A.REASSIGN, R.OFFICE): S.REASSIGNED,
}


def next_assignment_state(state: str, action: str, role: str) -> str:
    try:
        return TRANSITIONS[(state, action, role)]
    except KeyError:
        raise WorkflowError(
            f"当前状态“{AssignmentState(state).label}”下，{Role(role).label}不能执行“{AssignmentAction(action).label}”"
        ) from None
