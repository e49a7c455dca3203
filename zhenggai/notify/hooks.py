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
               text=f"{_ref(measure)}的销号申请被{who}退回（回炉返工），理由：{note.strip()}")  # the reason as written
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
        f"不同意延期，理由：{extension.decision_note.strip().rstrip('。')}"
    notify(event="extension_decided", recipients=[extension.requested_by] + recipients.measure_unit_users(measure),
           obj=measure, actor=actor, text=f"{_ref(measure)}的延期申请已审批：{outcome}。")


def feedback_received(*, feedback) -> None:
    inspection = feedback.inspection
    text = feedback.text if len(feedback.text) <= 40 else feedback.text[:40] + "…"
    notify(event="feedback_received", recipients=recipients.office_users(inspection), obj=feedback,
           text=f"“{inspection.name}”收到群众意见建议：{text}")


# --- petition cases (信访件) ----------------------------------------------------------------------------------

def _case_ref(case) -> str:
    text = case.complaint if len(case.complaint) <= 30 else case.complaint[:30] + "…"
    return f"信访件{case.label}“{text}”"


def _case_reporter(case) -> list:
    report = case.reports.select_related("reported_by").order_by("-id").first()
    return [report.reported_by] if report is not None else []


def petition_assigned(*, case, actor) -> None:
    due = f"，办结时限：{case.deadline_date:%Y年%m月%d日}前" if case.deadline_date else ""
    notify(event="petition_assigned", recipients=recipients.case_unit_users(case, with_co_units=True), obj=case,
           actor=actor, text=f"新交办{_case_ref(case)}{due}，请调查核实并办理。")


def petition_step(*, case, action: str, actor, note: str = "") -> None:
    """After a petition case's step: tell whoever acts next, and the unit of the outcome."""
    from zhenggai.ledger.workflow import PetitionAction as PA

    unit_side = recipients.case_unit_users(case) + _case_reporter(case)
    if action == PA.REPORT:
        notify(event="petition_review_requested", recipients=recipients.office_users(case.inspection), obj=case,
               actor=actor, text=f"{case.lead_unit.label if case.lead_unit_id else '责任单位'}报送了{_case_ref(case)}的办理情况，请审核。")
    elif action in (PA.SEND_BACK, PA.VERIFY_SEND_BACK):
        who = "整改办" if action == PA.SEND_BACK else "领导"
        notify(event="petition_sent_back", recipients=unit_side, obj=case, actor=actor,
               text=f"{_case_ref(case)}被{who}退回重办，理由：{note.strip()}")
    elif action == PA.CONCLUDE:
        notify(event="petition_concluded", recipients=unit_side, obj=case, actor=actor,
               text=f"{_case_ref(case)}已审核办结，待核实销号。")
        notify(event="petition_concluded", recipients=recipients.leaders(case.inspection), obj=case, actor=actor,
               text=f"{_case_ref(case)}已办结，请核实整改情况后销号。")
    elif action == PA.PHASE:
        notify(event="petition_phased", recipients=unit_side, obj=case, actor=actor,
               text=f"{_case_ref(case)}阶段性办结，下一办结时限：{case.deadline_date:%Y年%m月%d日}。")
    elif action == PA.SIGN_OFF:
        notify(event="petition_signed_off", recipients=unit_side, obj=case, actor=actor, text=f"{_case_ref(case)}已销号。")
    elif action == PA.REOPEN:
        notify(event="petition_reopened", recipients=recipients.case_unit_users(case, with_co_units=True), obj=case,
               actor=actor, text=f"{_case_ref(case)}收到重复举报，重新办理：{note.strip()}")
