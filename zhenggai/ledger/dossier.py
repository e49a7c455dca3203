"""What a decision needs beside its buttons: the reads behind the review, approval and extension pages.

A reviewer decides on what the unit wrote (completion note), what it reported (progress), what it proved
(evidence, with a preview) and what was refused before (earlier send-backs); an extension is decided on the
applicant's reason against the current deadline.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.utils import timezone

from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.models import (
    EvidenceFile,
    ExtensionRequest,
    ExtensionState,
    Measure,
    ProgressUpdate,
    SignOffRequest,
    SignOffState,
)
from zhenggai.ledger.selectors import light_of, measures_with_light, today
from zhenggai.ledger.workflow import Action, MeasureState

# Shown in the page itself; anything else is offered as a download.
IMAGE_TYPES = {"image/png", "image/jpeg"}
PDF_TYPES = {"application/pdf"}
RECENT_UPDATES = 5


def evidence_preview_kind(evidence: EvidenceFile) -> str:
    """"image" (shown inline), "pdf" (opened in the browser's viewer) or "download"."""
    if evidence.content_type in IMAGE_TYPES:
        return "image"
    if evidence.content_type in PDF_TYPES:
        return "pdf"
    return "download"


@dataclass
class Dossier:
    measure: Measure
    open_request: SignOffRequest | None
    send_backs: list[SignOffRequest]
    updates: list[ProgressUpdate]
    update_count: int
    evidence: list[EvidenceFile]
    expected: int | None
    behind: bool
    extensions: list[ExtensionRequest] = field(default_factory=list)


def measure_dossier(measure: Measure, *, on: dt.date | None = None) -> Dossier:
    """The measure as the decision sees it: six queries, whatever its history."""
    on = on or today()
    inspection = measure.problem.inspection
    lit = measures_with_light(inspection, Measure.objects.filter(pk=measure.pk).select_related(
        "problem__inspection", "problem__category", "lead_unit"), on=on).get()
    lit.light = light_of(lit.light_rank)
    requests = list(lit.sign_offs.select_related("requested_by", "reviewed_by", "approved_by").order_by("-id"))
    open_request = next((r for r in requests if r.state in (SignOffState.PENDING_REVIEW,
                                                             SignOffState.PENDING_APPROVAL)), None)
    updates = list(lit.updates.select_related("author", "unit")[:RECENT_UPDATES])
    evidence = list(lit.evidence.select_related("uploaded_by", "update", "sign_off"))
    for item in evidence:
        item.preview = evidence_preview_kind(item)
    return Dossier(
        measure=lit, open_request=open_request,
        send_backs=[r for r in requests if r.state == SignOffState.SENT_BACK],
        updates=updates, update_count=lit.updates.count(), evidence=evidence,
        expected=lit.expected_progress(on), behind=lit.is_behind_schedule(on),
        extensions=list(lit.extensions.select_related("requested_by", "decided_by")),
    )


@dataclass
class Decided:
    """A decision already taken: who, when, what (for a form opened, or sent, after the fact)."""

    who: str
    when: dt.datetime | None
    what: str

    def __str__(self) -> str:
        when = f"于{timezone.localtime(self.when):%Y年%m月%d日 %H:%M}" if self.when else ""
        return f"{self.who}已{when}{self.what}" if self.who else f"已{when}{self.what}"


_STEP_WORDS = {
    "measure.review_pass": "审核通过该销号申请",
    "measure.review_send_back": "退回该销号申请（回炉返工）",
    "measure.approve": "审批销号",
    "measure.approve_send_back": "退回该销号申请（回炉返工）",
    "measure.withdraw": "撤回该销号申请",
    "measure.request_sign_off": "提交销号申请",
}


def already_decided(measure: Measure, action: str) -> Decided | None:
    """None while the measure waits for this step; else what happened to the request instead.

    `action` is Action.REVIEW_PASS (the office's review page) or Action.APPROVE (the leader's).
    """
    waiting = MeasureState.REQUESTED if action == Action.REVIEW_PASS else MeasureState.REVIEWED
    if measure.state == waiting:
        return None
    steps = ("measure.review_pass", "measure.review_send_back", "measure.withdraw") if action == Action.REVIEW_PASS \
        else ("measure.approve", "measure.approve_send_back", "measure.withdraw")
    event = AuditEvent.objects.filter(measure_id=measure.pk, action__in=steps).order_by("-id").first()
    if event is not None:
        return Decided(event.actor_name, event.created_at, _STEP_WORDS[event.action])
    return Decided("", None, f"处理（当前状态：{measure.get_state_display()}），没有待{'审核' if action == Action.REVIEW_PASS else '审批'}的销号申请")


def extension_decided(extension: ExtensionRequest) -> Decided | None:
    if extension.state == ExtensionState.PENDING:
        return None
    if extension.state == ExtensionState.LAPSED:
        return Decided("", extension.decided_at, "失效（措施已销号）")
    who = extension.decided_by.display_name if extension.decided_by else ""
    what = "同意该延期申请" if extension.state == ExtensionState.APPROVED else "不同意该延期申请"
    return Decided(who, extension.decided_at, what)


def what_was_done(*, measure_id: int, user) -> str:
    """For a form sent twice: the latest step this user took on the measure, in words."""
    event = AuditEvent.objects.filter(measure_id=measure_id, actor=user).order_by("-id").first()
    if event is None:
        return "这张表单已经提交过，未重复处理。"
    return (f"这张表单已经提交过：您已于{timezone.localtime(event.created_at):%H:%M}{event.action_label}，"
            "没有重复处理。")
