"""The ledger's and the portal's events, told through `notify()`: one small call per service.

Each hook runs inside the calling service's transaction, so a rolled-back step tells nobody.
"""
from __future__ import annotations

from zhenggai.notify import recipients
from zhenggai.notify.services import notify


def _ref(measure) -> str:
    text = measure.text if len(measure.text) <= 30 else measure.text[:30] + "…"
    return f"问题{measure.problem.seq}措施{measure.seq}“{text}”"


def _requester(measure) -> list:
    request = measure.sign_offs.select_related("requested_by").order_by("-id").first()
    return [request.requested_by] if request is not None else []


def sign_off_requested(*, measure, actor) -> None:
    unit = measure.lead_unit.label if measure.lead_unit_id else "责任单位"
    notify(event="review_requested", recipients=recipients.office_users(measure.problem.inspection), obj=measure,
           text=f"{unit}申请销号：{_ref(measure)}，请审核。", actor=actor)


def sign_off_step(*, measure, action: str, actor, note: str = "") -> None:
    """After 审核 or 审批: tell the unit (and, on a pass, the leaders who approve next)."""
    from zhenggai.ledger.workflow import Action

    unit_side = recipients.measure_unit_users(measure) + _requester(measure)
    if action in (Action.REVIEW_SEND_BACK, Action.APPROVE_SEND_BACK):
        who = "整改办" if action == Action.REVIEW_SEND_BACK else "领导"
        notify(event="sent_back", recipients=unit_side, obj=measure, actor=actor,
               text=f"{_ref(measure)}的销号申请被{who}退回（回炉返工），理由：{note.strip()}")
    elif action == Action.REVIEW_PASS:
        notify(event="passed", recipients=unit_side, obj=measure, actor=actor,
               text=f"{_ref(measure)}的销号申请已通过整改办审核，待领导审批。")
        notify(event="passed", recipients=recipients.leaders(measure.problem.inspection), obj=measure, actor=actor,
               text=f"{_ref(measure)}已通过整改办审核，请审批销号。")
    elif action == Action.APPROVE:
        notify(event="approved", recipients=unit_side, obj=measure, actor=actor, text=f"{_ref(measure)}已审批销号。")


def measure_assigned(*, measure, actor) -> None:
    deadline = measure.deadline_display
    notify(event="assigned", recipients=recipients.measure_unit_users(measure, with_co_units=True), obj=measure,
           actor=actor, text=f"新下达整改任务：{_ref(measure)}，整改时限：{deadline}。")


def extension_decided(*, extension, actor) -> None:
    measure = extension.measure
    approved = extension.state == "approved"
    outcome = f"同意延期至{extension.new_date:%Y年%m月%d日}" if approved else \
        f"不同意延期，理由：{extension.decision_note.strip()}"
    notify(event="extension_decided", recipients=[extension.requested_by] + recipients.measure_unit_users(measure),
           obj=measure, actor=actor, text=f"{_ref(measure)}的延期申请已审批：{outcome}。")


def feedback_received(*, feedback) -> None:
    inspection = feedback.inspection
    text = feedback.text if len(feedback.text) <= 40 else feedback.text[:40] + "…"
    notify(event="feedback_received", recipients=recipients.office_users(inspection), obj=feedback,
           text=f"“{inspection.name}”收到群众意见建议：{text}")
