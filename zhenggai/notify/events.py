"""The kinds of event a notification (消息提醒) can be about, as data.

Each kind has a code (stored on the row), a label for the inbox and the messages, and a short
neutral phrase that external channels carry instead of the object's content (see `channels`).
A new kind is one line here; `notify()` refuses a code that is not in the table.

Terms: 消息 = notification; 站内消息 = in-app inbox; 提醒 = reminder; 汇总 / 每日汇总 = digest;
免打扰时段 = quiet hours; 发送队列 / 发件箱 = outbox; 渠道 = channel.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EventKind:
    code: str
    label: str
    # Who usually hears of it, for the docs and the preferences page; recipients are always passed in.
    audience: str


EVENTS: dict[str, EventKind] = {e.code: e for e in [
    EventKind("sent_back", "销号申请被退回（回炉返工）", "责任单位"),
    EventKind("review_requested", "销号申请待审核", "整改办"),
    EventKind("passed", "销号申请审核通过", "责任单位、领导"),
    EventKind("approved", "整改措施已销号", "责任单位"),
    EventKind("assigned", "新下达整改任务", "责任单位"),
    EventKind("report_due", "进展报送提醒", "责任单位"),
    EventKind("deadline_near", "整改期限临近", "责任单位"),
    EventKind("overdue", "整改措施已逾期", "责任单位、整改办"),
    EventKind("extension_decided", "延期申请已审批", "责任单位"),
    EventKind("follow_up_due", "回头看到期提醒", "整改办"),
    EventKind("feedback_received", "收到群众意见建议", "整改办"),
    EventKind("round_opened", "调度通知（进展报送）", "责任单位"),
    EventKind("escalation", "督办通知", "责任单位、领导、整改办"),
    EventKind("petition_assigned", "新交办信访件", "责任单位"),
    EventKind("petition_review_requested", "信访件办理情况待审核", "整改办"),
    EventKind("petition_sent_back", "信访件被退回重办", "责任单位"),
    EventKind("petition_concluded", "信访件已办结（待核实销号）", "责任单位、领导"),
    EventKind("petition_phased", "信访件阶段性办结", "责任单位"),
    EventKind("petition_signed_off", "信访件已销号", "责任单位"),
    EventKind("petition_reopened", "信访件重复举报，重新办理", "责任单位"),
    EventKind("petition_deadline_near", "信访件办结时限临近", "责任单位"),
    EventKind("petition_overdue", "信访件已超过办结时限", "责任单位、整改办"),
]}


def event(code: str) -> EventKind:
    try:
        return EVENTS[code]
    except KeyError:
        raise ValueError(f"unknown notification event {code!r}; add it to zhenggai.notify.events.EVENTS") from None


def event_label(code: str) -> str:
    kind = EVENTS.get(code)
    return kind.label if kind else code
