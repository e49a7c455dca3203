from __future__ import annotations

import time_machine

from tests.conftest import pdf_upload
from zhenggai.audit.services import audit_verify_chain
from zhenggai.ledger import services
from zhenggai.ledger.selectors import inspection_headline
from zhenggai.ledger.workflow import MeasureState


@time_machine.travel("2026-11-23 10:00 +0800")
def test_a_measure_travels_from_report_to_sign_off_and_the_headline_follows(world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="已起草规程", progress=60,
                                     files=[pdf_upload()])
    services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="印发规程")
    services.measure_review(user=world.office, measure=world.measure, passed=True, note="材料齐全")
    services.measure_approve(user=world.leader, measure=world.measure, approved=True)
    world.measure.refresh_from_db()
    assert world.measure.state == MeasureState.SIGNED_OFF
    headline = inspection_headline(world.inspection)
    assert (headline.measures_total, headline.measures_done) == (3, 1)
    assert audit_verify_chain().ok
