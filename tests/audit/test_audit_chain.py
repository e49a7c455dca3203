"""The append-only, hash-chained audit log: written by every service, refused by the ORM and the
database alike, and verified link by link."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from contextlib import contextmanager
from decimal import Decimal

import pytest
from django.db import DatabaseError, connection, transaction

from tests.conftest import pdf_upload
from tests.ledger.conftest import drive_to
from zhenggai.audit.middleware import current_ip
from zhenggai.audit.models import GENESIS_HASH, AuditEvent
from zhenggai.audit.services import ACTION_LABELS, audit_record, audit_verify_chain
from zhenggai.ledger import services
from zhenggai.ledger.models import ExtensionRequest
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)

POSTGRES = connection.vendor == "postgresql"


def _extension(world) -> ExtensionRequest:
    return services.extension_request(user=world.unit, measure=world.measure, new_date=dt.date(2027, 3, 31),
                                      reason="等待省厅批复")


# (action it must log, how to bring the world to the step, the one service call)
CALLS: list[tuple[str, Callable, Callable]] = [
    ("inspection.create", lambda w: None, lambda w, _: services.inspection_create(user=w.office, fields={
        "name": "省委巡视反馈意见整改", "inspector": "省委第三巡视组", "inspected_unit": w.bureau,
        "feedback_date": dt.date(2026, 10, 9)})),
    ("inspection.update", lambda w: None,
     lambda w, _: services.inspection_update(user=w.office, inspection=w.inspection, fields={"warning_days": 20},
                                             version=1)),
    ("category.create", lambda w: None,
     lambda w, _: services.category_create(user=w.office, inspection=w.inspection, name="（二）作风方面")),
    ("category.update", lambda w: None,
     lambda w, _: services.category_update(user=w.office, category=w.category, name="（一）责任落实方面", seq=1)),
    ("problem.create", lambda w: None,
     lambda w, _: services.problem_create(user=w.office, inspection=w.inspection, fields={"statement": "新问题"})),
    ("problem.update", lambda w: None,
     lambda w, _: services.problem_update(user=w.office, problem=w.problem, fields={"target": "全覆盖"},
                                          co_units=[], version=1)),
    ("measure.create", lambda w: None,
     lambda w, _: services.measure_create(user=w.office, problem=w.problem, fields={"text": "三是加强培训"})),
    ("measure.update", lambda w: None,
     lambda w, _: services.measure_update(user=w.office, measure=w.measure, fields={"text": "修订规程"},
                                          co_units=[], version=1)),
    ("rule.create", lambda w: None,
     lambda w, _: services.rule_create(user=w.unit, inspection=w.inspection, fields={"title": "执法检查工作规程"})),
    ("measure.progress", lambda w: None,
     lambda w, _: services.measure_report_progress(user=w.unit, measure=w.measure, text="进展", progress=50,
                                                   files=[pdf_upload()])),
    ("measure.request_sign_off", lambda w: None,
     lambda w, _: services.measure_request_sign_off(user=w.unit, measure=w.measure, completion_note="已完成",
                                                    files=[pdf_upload()])),
    ("measure.withdraw", lambda w: drive_to(w, MeasureState.REQUESTED),
     lambda w, _: services.measure_withdraw_sign_off(user=w.unit, measure=w.measure)),
    ("measure.review_pass", lambda w: drive_to(w, MeasureState.REQUESTED),
     lambda w, _: services.measure_review(user=w.office, measure=w.measure, passed=True)),
    ("measure.review_send_back", lambda w: drive_to(w, MeasureState.REQUESTED),
     lambda w, _: services.measure_review(user=w.office, measure=w.measure, passed=False, note="材料不全")),
    ("measure.approve", lambda w: drive_to(w, MeasureState.REVIEWED),
     lambda w, _: services.measure_approve(user=w.leader, measure=w.measure, approved=True)),
    ("measure.approve_send_back", lambda w: drive_to(w, MeasureState.REVIEWED),
     lambda w, _: services.measure_approve(user=w.leader, measure=w.measure, approved=False, note="不到位")),
    ("extension.request", lambda w: None, lambda w, _: _extension(w)),
    ("extension.approve", _extension,
     lambda w, ext: services.extension_decide(user=w.leader, extension=ext, approved=True)),
    ("extension.refuse", _extension,
     lambda w, ext: services.extension_decide(user=w.leader, extension=ext, approved=False, note="按期完成")),
    ("follow_up.record", lambda w: [drive_to(w, MeasureState.SIGNED_OFF, m) for m in (w.measure, w.measure2)],
     lambda w, _: services.follow_up_record(user=w.office, problem=w.problem, outcome="holds", note="未反弹")),
]


@pytest.mark.parametrize(("action", "prepare", "call"), CALLS, ids=[c[0] for c in CALLS])
def test_every_service_call_appends_exactly_one_linked_event(world, action, prepare, call):
    prepared = prepare(world)
    head = AuditEvent.objects.order_by("-id").first()
    call(world, prepared)
    new = list(AuditEvent.objects.filter(id__gt=head.id if head else 0))
    assert [e.action for e in new] == [action]
    assert action in ACTION_LABELS
    assert new[0].prev_hash == (head.hash if head else GENESIS_HASH)
    assert audit_verify_chain().ok


def test_an_event_names_the_actor_their_role_and_the_request_ip(world):
    token = current_ip.set("10.12.0.7")
    try:
        services.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=10)
    finally:
        current_ip.reset(token)
    event = AuditEvent.objects.order_by("-id").first()
    assert (event.actor, event.actor_name, event.actor_role, event.ip) == (world.unit, "张填报", "unit", "10.12.0.7")
    assert event.action_label == "报送进展"
    assert event.created_at == dt.datetime(2026, 11, 23, 2, 0, tzinfo=dt.UTC)


def test_an_event_keeps_its_hash_through_a_round_trip_of_awkward_values(db):
    audit_record(actor=None, action="export", before={"金额": Decimal("12.50"), "when": dt.datetime(
        2026, 11, 23, 10, 0, 0, 123456, tzinfo=dt.UTC)}, after={"date": dt.date(2026, 2, 28), "ratio": 0.1,
                                                             "big": 2**40, "nested": [1, "二", None, {"b": 1, "a": 2}]},
                 note="引号\"与换行\n")
    stored = AuditEvent.objects.get()
    assert (stored.actor, stored.actor_name) == (None, "")
    assert stored.compute_hash() == stored.hash
    assert audit_verify_chain().ok


# --- the ORM refuses ------------------------------------------------------------------------------------------

@pytest.fixture
def chain(world) -> list[AuditEvent]:
    """A few events written by real services."""
    services.measure_report_progress(user=world.unit, measure=world.measure2, text="评查案卷30卷", progress=30)
    services.measure_report_progress(user=world.unit, measure=world.measure, text="规程已起草", progress=80)
    drive_to(world, MeasureState.SIGNED_OFF)
    events = list(AuditEvent.objects.order_by("id"))
    assert len(events) == 5
    return events


def test_the_orm_refuses_to_save_a_changed_event(chain):
    event = chain[1]
    event.note = "改写"
    with pytest.raises(PermissionError):
        event.save()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).update(note="改写")
    with pytest.raises(PermissionError), transaction.atomic():  # bulk_update's own atomic block is no savepoint
        AuditEvent.objects.bulk_update([event], ["note"])
    assert AuditEvent.objects.get(pk=event.pk).note == ""


def test_the_orm_refuses_to_delete_an_event(chain):
    with pytest.raises(PermissionError):
        chain[1].delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=chain[1].pk).delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()
    assert AuditEvent.objects.count() == len(chain)


# --- the verifier ---------------------------------------------------------------------------------------------

@contextmanager
def triggers_lifted():
    """What an attacker with database access would do first. The test's transaction restores them."""
    with connection.cursor() as cursor:
        if POSTGRES:
            # The test's own inserts leave deferred foreign-key checks pending, and PostgreSQL will not
            # ALTER a table with pending trigger events: run those checks now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("ALTER TABLE audit_auditevent DISABLE TRIGGER audit_event_no_change")
        else:
            cursor.execute("DROP TRIGGER audit_event_no_update")
            cursor.execute("DROP TRIGGER audit_event_no_delete")
    yield
    if POSTGRES:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE audit_auditevent ENABLE TRIGGER audit_event_no_change")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def raw(sql: str, params: list) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_the_verifier_passes_a_clean_chain(chain):
    report = audit_verify_chain()
    assert (report.ok, report.checked, report.broken_event_id) == (True, len(chain), None)


def test_the_verifier_passes_an_empty_log(db):
    assert audit_verify_chain().ok


def test_the_verifier_names_the_first_tampered_event(chain):
    victim = chain[2]
    with triggers_lifted():
        raw("UPDATE audit_auditevent SET note = %s WHERE id = %s", ["审核通过（补记）", victim.pk])
    report = audit_verify_chain()
    assert (report.ok, report.broken_event_id, report.checked) == (False, victim.pk, 2)
    assert "篡改" in report.reason


def test_the_verifier_names_the_event_after_one_rewritten_with_a_fresh_hash(chain):
    victim = chain[1]
    victim.actor_name = "他人"
    with triggers_lifted():
        raw("UPDATE audit_auditevent SET actor_name = %s, hash = %s WHERE id = %s",
            ["他人", victim.compute_hash(), victim.pk])
    report = audit_verify_chain()
    assert (report.ok, report.broken_event_id) == (False, chain[2].pk)


@pytest.mark.parametrize("index", [0, 2])
def test_the_verifier_names_the_event_after_a_deleted_one(chain, index):
    with triggers_lifted():
        raw("DELETE FROM audit_auditevent WHERE id = %s", [chain[index].pk])
    report = audit_verify_chain()
    assert (report.ok, report.broken_event_id) == (False, chain[index + 1].pk)
    assert "删除" in report.reason


# --- the database refuses too -----------------------------------------------------------------------------------

@pytest.mark.parametrize("sql", [
    "UPDATE audit_auditevent SET note = 'rewritten' WHERE id = %s",
    "DELETE FROM audit_auditevent WHERE id = %s",
])
def test_the_database_refuses_raw_updates_and_deletes(chain, sql):
    with pytest.raises(DatabaseError, match="append-only"):
        with transaction.atomic():
            raw(sql, [chain[1].pk])
    assert AuditEvent.objects.filter(pk=chain[1].pk, note=chain[1].note).exists()
    assert audit_verify_chain().ok


@pytest.mark.skipif(not POSTGRES, reason="SQLite has no TRUNCATE")
def test_postgres_refuses_to_truncate_the_log(chain):
    raw("SET CONSTRAINTS ALL IMMEDIATE", [])  # see triggers_lifted()
    with pytest.raises(DatabaseError, match="append-only"):
        with transaction.atomic():
            raw("TRUNCATE audit_auditevent", [])
    assert AuditEvent.objects.count() == len(chain)


def test_every_action_the_code_records_has_a_chinese_label():
    """The audit log and each measure's 办理过程 show ACTION_LABELS; an action missing there shows as its code
    ("assignment.acknowledge"). Literal actions are read from the source; the assignments' f-string from its choices."""
    import re
    from pathlib import Path

    from zhenggai.supervision.workflow import AssignmentAction

    root = Path(__file__).resolve().parents[2] / "zhenggai"
    literal = {m.group(1) for path in root.rglob("*.py")
               for m in re.finditer(r'action="([a-z_]+\.[a-z_.]+)"', path.read_text(encoding="utf-8"))}
    dynamic = {f"assignment.{a}" for a in AssignmentAction.values}  # services.assignment_act records assignment.{action}
    assert len(literal) > 40
    assert sorted(a for a in literal | dynamic if a not in ACTION_LABELS) == []
