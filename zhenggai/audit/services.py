"""Writing and verifying the audit log."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from zhenggai.audit.middleware import current_ip
from zhenggai.audit.models import GENESIS_HASH, AuditEvent

ACTION_LABELS = {
    # 督办 (supervision): assignments, the warning ladder, 督办单, rounds of 调度, scoring
    "assignment.create": "下达交办",
    "assignment.acknowledge": "签收交办",
    "assignment.reject": "退回交办",
    "assignment.reassign": "重新交办",
    "ladder.update": "修改预警督办规则",
    "supervision.issue": "发出督办",
    "round.open": "开启调度轮次",
    "round.close": "结束调度轮次",
    "scoring.update": "修改考核计分规则",
    "notify.reminder_settings": "修改提醒设置",
    "notify.delivery_retry": "重新发送提醒",
    "petition.import_cancel": "取消导入信访件",
    "quality.dismiss": "排除整改质量提示",
    "login": "登录",
    "logout": "退出",
    "login_failed": "登录失败",
    "account.lock": "账号锁定",
    "account.unlock": "账号解锁",
    "password.change": "修改密码",
    "session.expire": "会话超时",
    "login.second_factor": "两步验证通过",
    "two_factor.enable": "启用两步验证",
    "two_factor.disable": "停用两步验证",
    "two_factor.reset": "重置两步验证",
    "inspection.create": "创建巡察",
    "inspection.update": "修改巡察",
    "category.create": "新增类别",
    "category.update": "修改类别",
    "problem.create": "新增问题",
    "problem.update": "修改问题",
    "measure.create": "新增整改措施",
    "measure.update": "修改整改措施",
    "measure.progress": "报送进展",
    "measure.request_sign_off": "申请销号",
    "measure.withdraw": "撤回销号申请",
    "measure.review_pass": "整改办审核通过",
    "measure.review_send_back": "整改办退回（回炉返工）",
    "measure.approve": "领导审批销号",
    "measure.approve_send_back": "领导退回（回炉返工）",
    "measure.reopen": "重新打开",
    "measure.delete": "删除误建的措施",
    "problem.delete": "删除误建的问题",
    "inspection.archive": "归档巡察（撤回导入）",
    "inspection.restore": "恢复归档的巡察",
    "extension.request": "申请延期",
    "extension.approve": "同意延期",
    "extension.refuse": "不同意延期",
    "extension.lapse": "延期申请失效（措施已销号）",
    "follow_up.record": "回头看",
    "rule.create": "登记制度机制",
    "rule.update": "修改制度机制",
    "unit.create": "新增单位",
    "unit.update": "修改单位",
    "user.create": "新增用户",
    "user.update": "修改用户",
    "import.commit": "导入文档",
    "import.sign_off": "据导入文档销号",
    "import.update": "据导入文档更新完成情况",
    "bulletin.save": "保存通报草稿",
    "feedback.answer": "答复意见建议",
    "account.lock": "账号锁定",
    "account.unlock": "账号解锁",
    "password.change": "修改密码",
    "session.expire": "会话过期",
    "export": "导出",
    "bulletin.publish": "发布通报",
    "petition.import": "导入交办信访件",
    "petition.import_update": "据交办清单更新信访件",
    "petition.assign": "分办信访件",
    "petition.investigate": "信访件调查核实",
    "petition.report": "报送信访件办理情况",
    "petition.withdraw": "撤回信访件办理报送",
    "petition.conclude": "信访件审核办结",
    "petition.phase": "信访件阶段性办结",
    "petition.send_back": "信访件退回重办",
    "petition.sign_off": "信访件核实销号",
    "petition.verify_send_back": "信访件核实退回",
    "petition.reopen": "信访件重复举报重新办理",
    "petition.link_repeat": "关联重复举报",
    "petition.publish": "公开信访件批次",
    "petition.unmask": "公开时不遮挡的词",
}

# One chain, one head: serialise writers so two events never share a predecessor.
_PG_LOCK_KEY = 7_314_001


def _lock_chain_head() -> None:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_LOCK_KEY])
    # SQLite serialises writers itself: a write transaction holds the database lock.


def audit_record(
    *,
    actor,
    action: str,
    obj=None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    inspection_id: int | None = None,
    measure_id: int | None = None,
    outcome: str = "success",
    note: str = "",
    ip: str | None = None,
) -> AuditEvent:
    """Append one event to the chain, inside the caller's transaction."""
    with transaction.atomic():
        _lock_chain_head()
        last = AuditEvent.objects.order_by("-id").only("hash").first()
        actor_obj = actor if getattr(actor, "is_authenticated", False) else None
        event = AuditEvent(
            created_at=timezone.now(),
            actor=actor_obj,
            actor_name=(actor_obj.display_name if actor_obj else ""),
            actor_role=(actor_obj.role if actor_obj else ""),
            ip=ip if ip is not None else current_ip.get(),
            action=action,
            object_type=(obj._meta.model_name if obj is not None else ""),
            object_id=(str(obj.pk) if obj is not None else ""),
            inspection_id=inspection_id,
            measure_id=measure_id,
            before=before,
            after=after,
            outcome=outcome,
            note=note,
            prev_hash=last.hash if last else GENESIS_HASH,
        )
        event.hash = event.compute_hash()
        event.save()
        return event


def audit_record_many(*, actor, events: Iterable[dict[str, Any]]) -> int:
    """Append several events by one actor at once, inside the caller's transaction: the same chain as one
    ``audit_record`` each (one head, each event linked to the one before), read once and written in bulk — an
    import that marks 200,000 measures done must not cost 200,000 round trips. Each event is a dict of
    ``action``, ``object_type``, ``object_id`` and optionally ``before``, ``after``, ``note``, ``inspection_id``,
    ``measure_id``, ``outcome``. Returns how many were written."""
    actor_obj = actor if getattr(actor, "is_authenticated", False) else None
    ip = current_ip.get()
    written = 0
    with transaction.atomic():
        _lock_chain_head()
        last = AuditEvent.objects.order_by("-id").only("hash").first()
        previous = last.hash if last else GENESIS_HASH
        batch: list[AuditEvent] = []
        for values in events:
            event = AuditEvent(created_at=timezone.now(), actor=actor_obj,
                               actor_name=(actor_obj.display_name if actor_obj else ""),
                               actor_role=(actor_obj.role if actor_obj else ""), ip=ip,
                               action=values["action"], object_type=values["object_type"],
                               object_id=str(values["object_id"]), inspection_id=values.get("inspection_id"),
                               measure_id=values.get("measure_id"), before=values.get("before"),
                               after=values.get("after"), outcome=values.get("outcome", "success"),
                               note=values.get("note", ""), prev_hash=previous)
            event.hash = previous = event.compute_hash()
            batch.append(event)
            if len(batch) >= 2000:
                AuditEvent.objects.bulk_create(batch)
                written += len(batch)
                batch = []
        AuditEvent.objects.bulk_create(batch)
        return written + len(batch)


@dataclass
class ChainReport:
    checked: int
    broken_event_id: int | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_event_id is None


def audit_verify_chain() -> ChainReport:
    """Walk the chain in id order; name the first event whose link or content does not hold."""
    previous = GENESIS_HASH
    checked = 0
    for event in AuditEvent.objects.order_by("id").iterator(chunk_size=2000):
        if event.prev_hash != previous:
            return ChainReport(checked, event.id, "前一事件的哈希不匹配（事件被删除或插入）")
        if event.compute_hash() != event.hash:
            return ChainReport(checked, event.id, "事件内容与哈希不符（事件被篡改）")
        previous = event.hash
        checked += 1
    return ChainReport(checked, None)


# --- keeping the log outside the database ------------------------------------------------------------------
# Retention: the application never deletes audit events (the triggers refuse DELETE), so every event stays in
# the database for as long as the database lives — well beyond MLPS level 3's 180 days. For keeping a copy
# elsewhere (a write-once archive, an external auditor) `zhenggai audit export` writes JSON Lines that carry
# each event's content with its links, and `zhenggai audit verify --file` re-checks such a file on its own.

def audit_export_lines(*, since=None, until=None):
    """Yield one JSON line per event (id order), with the canonical content and the chain links."""
    import json

    events = AuditEvent.objects.order_by("id")
    if since is not None:
        events = events.filter(created_at__date__gte=since)
    if until is not None:
        events = events.filter(created_at__date__lte=until)
    for event in events.iterator(chunk_size=2000):
        yield json.dumps({"id": event.id, "prev_hash": event.prev_hash, "hash": event.hash,
                          "event": json.loads(event.canonical())}, ensure_ascii=False, sort_keys=True) + "\n"


def audit_verify_lines(lines) -> ChainReport:
    """Check an exported file: each line's hash covers its content and links to the line before it.

    The first line's predecessor is taken as given (an export may start mid-chain); compare it, or the last
    line's hash, with a digest kept outside the database to tie the file to the live chain.
    """
    import hashlib
    import json

    previous = None
    checked = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            event_id, prev_hash, digest, content = record["id"], record["prev_hash"], record["hash"], record["event"]
        except (ValueError, KeyError, TypeError):
            return ChainReport(checked, number, f"第{number}行不是审计导出记录")
        if previous is not None and prev_hash != previous:
            return ChainReport(checked, event_id, "前一事件的哈希不匹配（事件被删除或插入）")
        canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        if hashlib.sha256((prev_hash + canonical).encode("utf-8")).hexdigest() != digest:
            return ChainReport(checked, event_id, "事件内容与哈希不符（事件被篡改）")
        previous = digest
        checked += 1
    return ChainReport(checked, None)
