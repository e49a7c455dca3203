"""While a sign-off request is pending, the measure holds still; co-units report notes, the lead unit the figure."""
from __future__ import annotations

import pytest

from tests.conftest import pdf_upload
from tests.ledger.conftest import footprint
from zhenggai.ledger import services
from zhenggai.ledger.models import ProgressUpdate
from zhenggai.ledger.workflow import MeasureState, WorkflowError

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


@pytest.fixture
def co_unit_measure(world):
    """world.measure with 行政审批处 (world.other_unit's unit) as a co-unit."""
    world.measure.co_units.add(world.approvals)
    return world.measure


@pytest.mark.parametrize("state", [MeasureState.REQUESTED, MeasureState.REVIEWED])
@pytest.mark.parametrize("persona", ["unit", "other_unit", "office"])
def test_nobody_can_report_progress_while_a_sign_off_request_is_pending(world, drive, co_unit_measure, state, persona):
    measure = drive(world, state)
    before = footprint(measure)
    with pytest.raises(WorkflowError, match="期间不能报送进展"):
        services.measure_report_progress(user=world.persona(persona), measure=measure, text="补充情况", progress=90,
                                         files=[pdf_upload()])
    assert footprint(measure) == before
    assert not ProgressUpdate.objects.filter(measure=measure).exists()


def test_the_refusal_during_review_tells_the_requester_to_withdraw_first(world, drive):
    measure = drive(world, MeasureState.REQUESTED)
    with pytest.raises(WorkflowError, match="先撤回销号申请"):
        services.measure_report_progress(user=world.unit, measure=measure, text="补充情况", progress=90)


def test_after_withdrawing_the_requester_can_report_and_request_again(world, drive):
    measure = drive(world, MeasureState.REQUESTED)
    services.measure_withdraw_sign_off(user=world.unit, measure=measure)
    services.measure_report_progress(user=world.unit, measure=measure, text="补充了培训记录", progress=100)
    services.measure_request_sign_off(user=world.unit, measure=measure, completion_note="规程已印发并培训")
    measure.refresh_from_db()
    assert (measure.state, measure.progress) == (MeasureState.REQUESTED, 100)


def test_a_sent_back_measure_takes_progress_reports_again(world, drive):
    measure = drive(world, MeasureState.RETURNED)
    services.measure_report_progress(user=world.unit, measure=measure, text="按退回意见补充材料", progress=95)
    measure.refresh_from_db()
    assert (measure.state, measure.progress) == (MeasureState.RETURNED, 95)


def test_a_co_unit_report_is_a_note_that_leaves_the_lead_units_percentage(world, co_unit_measure):
    services.measure_report_progress(user=world.unit, measure=co_unit_measure, text="规程已起草", progress=60)
    update = services.measure_report_progress(user=world.other_unit, measure=co_unit_measure,
                                              text="配合提供审批环节意见", progress=None)
    co_unit_measure.refresh_from_db()
    assert co_unit_measure.progress == 60
    assert update.progress is None
    assert co_unit_measure.last_reported_on is not None


def test_a_co_unit_cannot_set_a_different_percentage(world, co_unit_measure):
    before = footprint(co_unit_measure)
    with pytest.raises(WorkflowError, match="进度由牵头单位报送"):
        services.measure_report_progress(user=world.other_unit, measure=co_unit_measure, text="已完成", progress=90)
    assert footprint(co_unit_measure) == before


def test_the_lead_unit_must_give_a_percentage(world):
    with pytest.raises(WorkflowError, match="请填写完成进度"):
        services.measure_report_progress(user=world.unit, measure=world.measure, text="规程已起草", progress=None)


def test_the_office_sets_the_percentage_too(world):
    services.measure_report_progress(user=world.office, measure=world.measure, text="整改办核实", progress=40)
    world.measure.refresh_from_db()
    assert world.measure.progress == 40


def test_a_co_units_progress_page_has_no_percentage_field(client, world, co_unit_measure):
    client.force_login(world.other_unit)
    page = client.get(f"/measures/{co_unit_measure.pk}/progress/")
    assert page.status_code == 200
    assert 'name="progress"' not in page.content.decode()
    assert "配合工作情况" in page.content.decode()
    client.post(f"/measures/{co_unit_measure.pk}/progress/", {"text": "提供了审批数据", "reported_on": "2026-11-23"})
    assert ProgressUpdate.objects.get(measure=co_unit_measure).progress is None


def test_the_progress_page_of_a_measure_under_review_explains_instead_of_offering_a_form(client, world, drive):
    measure = drive(world, MeasureState.REQUESTED)
    client.force_login(world.unit)
    page = client.get(f"/measures/{measure.pk}/progress/", follow=True)
    assert "审核期间不能报送进展" in page.content.decode()
    assert 'name="text"' not in page.content.decode()
