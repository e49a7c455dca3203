"""`zhenggai loadgen`: a small ledger of the realistic shape, on a valid audit chain; on PostgreSQL the bulk
load puts back every index it set aside and leaves the triggers on."""
from __future__ import annotations

from django.db import connection

from zhenggai.audit.models import AuditEvent
from zhenggai.audit.services import audit_verify_chain
from zhenggai.ledger.loadgen import generate
from zhenggai.ledger.models import Inspection, Measure, Problem


def _indexes() -> set[str]:
    if connection.vendor != "postgresql":
        return set()
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename IN "
                       "('ledger_measure', 'ledger_problem', 'audit_auditevent', 'ledger_progressupdate')")
        return {row[0] for row in cursor.fetchall()}


def test_loadgen_writes_the_ledger_on_a_chain_the_verifier_accepts(db):
    before = _indexes()
    counts = generate(measures=1200, inspections=3, progress=lambda line: None)
    assert Measure.objects.count() == counts["measure"] == 1200
    assert Inspection.objects.count() == 3 and Problem.objects.count() == counts["problem"]
    assert AuditEvent.objects.count() == counts["audit"] > 1200
    report = audit_verify_chain()
    assert report.ok and report.checked == counts["audit"]
    assert _indexes() == before  # every index dropped for the load is back


def test_a_second_load_appends_with_fresh_ids_and_the_chain_still_holds(db):
    generate(measures=300, inspections=1, progress=lambda line: None)
    generate(measures=300, inspections=1, progress=lambda line: None)
    assert Measure.objects.count() == 600
    assert audit_verify_chain().ok
    # Triggers still on after the load: a write rotates the inspection's token.
    inspection = Inspection.objects.order_by("id").first()
    token = inspection.ledger_token
    measure = Measure.objects.filter(problem__inspection=inspection).first()
    measure.progress = 55
    measure.save()
    inspection.refresh_from_db()
    assert inspection.ledger_token != token
