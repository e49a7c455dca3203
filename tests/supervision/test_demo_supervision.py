"""督办 in the demo: rounds reported into by two units and closed into a 调度通报, 督办 records, the ladder's
notices, a rejected assignment, the ranking — all replayed through the services, the audit chain intact."""
from __future__ import annotations

import pytest
from django.utils import timezone

from zhenggai.audit.services import audit_verify_chain
from zhenggai.ledger.models import Inspection
from zhenggai.supervision.documents import round_bulletin
from zhenggai.supervision.models import Assignment, EscalationNotice, ProgressRound, SupervisionRecord
from zhenggai.supervision.selectors import DEFAULT_WEIGHTS, round_status, unit_scores


def test_the_fifth_round_was_reported_into_by_two_units_and_closed_into_a_bulletin(demo):
    rnd = ProgressRound.objects.get(number=5)
    assert rnd.state == "closed" and rnd.figures["measures_total"] > 0
    status = round_status(rnd)
    complete = {u.unit_name for u in status.units if u.on_time}
    assert {"江川市生态环境保护综合行政执法支队", "法规与行政审批处"} <= complete
    assert status.laggard_units  # the units that did not report are named
    text = "\n".join(b.lead + b.text for b in round_bulletin(status, rnd.body.name).blocks())
    assert "三、未按时报送单位" in text and status.laggard_units[0].unit_name in text
    assert ProgressRound.objects.get(number=6).state == "open"


def test_the_demo_has_supervision_records_with_scans_and_ladder_notices(demo):
    records = SupervisionRecord.objects.all()
    assert records.count() == 3
    assert records.filter(evidence__isnull=False).count() == 2
    assert EscalationNotice.objects.filter(recipients__isnull=False).exists()
    assert Assignment.objects.filter(state="rejected").count() == 1


def test_the_demo_ranks_its_units_and_its_audit_chain_holds(demo):
    today = timezone.localdate()
    scores = unit_scores(Inspection.objects.all(), start=today.replace(month=1, day=1) if today.month > 2 else
                         today.replace(year=today.year - 1), end=today, weights=dict(DEFAULT_WEIGHTS))
    assert len(scores) >= 5 and scores[0].score >= scores[-1].score
    assert audit_verify_chain().ok
