"""Under concurrency a transition happens exactly once, and the audit chain stays one valid chain.

PostgreSQL only: SQLite serialises every writer on one file lock, so threads would prove nothing.
"""
from __future__ import annotations

import threading

import pytest
from django.db import connection, connections

from tests.ledger.conftest import drive_to
from zhenggai.audit.models import AuditEvent
from zhenggai.audit.services import audit_record, audit_verify_chain
from zhenggai.ledger import services
from zhenggai.ledger.workflow import MeasureState, WorkflowError

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="needs PostgreSQL: SQLite serialises writers, so threads cannot race"),
]
THREADS = 8


def _set_truncate_trigger(enabled: bool) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE audit_auditevent {'ENABLE' if enabled else 'DISABLE'} TRIGGER audit_event_no_truncate")


@pytest.fixture(scope="module", autouse=True)
def _truncate_trigger_back_on_at_the_end(django_db_setup, django_db_blocker):
    yield
    with django_db_blocker.unblock():
        _set_truncate_trigger(True)


@pytest.fixture(autouse=True)
def _truncate_allowed_for_teardown(_truncate_trigger_back_on_at_the_end):
    """transaction=True tests end with a flush (TRUNCATE), which the append-only triggers refuse.

    Pausing the TRUNCATE trigger here is deliberate and scoped: this module tests races, not the
    triggers (tests/security/test_audit_tools.py does), and the module turns it back on when done.
    The UPDATE/DELETE trigger stays on throughout.
    """
    _set_truncate_trigger(False)
    yield


def _race(work) -> list:
    """Run `work(i)` in THREADS threads, each on its own connection, released together."""
    barrier = threading.Barrier(THREADS)
    results: list = [None] * THREADS

    def run(i: int) -> None:
        try:
            barrier.wait()
            results[i] = ("ok", work(i))
        except Exception as exc:  # noqa: BLE001 - the result is what we assert on
            results[i] = ("error", exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


def test_concurrent_approvals_of_one_measure_succeed_exactly_once(world):
    measure = drive_to(world, MeasureState.REVIEWED)
    before = AuditEvent.objects.filter(action="measure.approve").count()
    results = _race(lambda i: services.measure_approve(user=world.leader, measure=measure, approved=True,
                                                        note=f"同意{i}"))
    outcomes = [kind for kind, _ in results]
    assert outcomes.count("ok") == 1, results
    assert all(isinstance(value, WorkflowError) for kind, value in results if kind == "error"), results
    measure.refresh_from_db()
    assert measure.state == MeasureState.SIGNED_OFF
    assert AuditEvent.objects.filter(action="measure.approve").count() == before + 1
    assert audit_verify_chain().ok


def test_concurrent_audit_records_keep_one_valid_chain(world):
    before = AuditEvent.objects.count()
    results = _race(lambda i: [audit_record(actor=world.office, action="measure.update", obj=world.measure,
                                            after={"thread": i, "n": n}) for n in range(5)])
    assert all(kind == "ok" for kind, _ in results), results
    assert AuditEvent.objects.count() == before + THREADS * 5
    report = audit_verify_chain()
    assert report.ok, report
    assert AuditEvent.objects.values("prev_hash").distinct().count() == AuditEvent.objects.count()
