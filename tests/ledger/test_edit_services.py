"""Create and update services: validated, audited with before/after, guarded by optimistic locking."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.models import Category, Inspection, Measure, Problem, Rule
from zhenggai.ledger.services import StaleEditError
from zhenggai.ledger.workflow import MeasureState, WorkflowError

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


def last_event() -> AuditEvent:
    return AuditEvent.objects.order_by("-id").first()


def measure_row(measure: Measure) -> tuple:
    measure.refresh_from_db()
    return (measure.text, measure.version, measure.deadline_date, measure.state, list(measure.co_units.all()),
            AuditEvent.objects.count())


def test_creating_an_inspection_writes_one_event_with_its_fields(world):
    count = AuditEvent.objects.count()
    inspection = services.inspection_create(user=world.office, fields={
        "name": "省委第三巡视组反馈意见整改", "inspector": "省委第三巡视组", "inspected_unit": world.bureau,
        "kind": "xunshi", "feedback_date": dt.date(2026, 10, 9)})
    assert AuditEvent.objects.count() == count + 1
    event = last_event()
    assert (event.action, event.object_type, event.object_id, event.inspection_id, event.before) == (
        "inspection.create", "inspection", str(inspection.pk), inspection.pk, None)
    assert event.after["name"] == "省委第三巡视组反馈意见整改"
    assert event.after["inspected_unit"] == world.bureau.pk
    assert event.after["feedback_date"] == "2026-10-09"


def test_an_invalid_inspection_is_refused_and_nothing_is_written(world):
    count = (Inspection.objects.count(), AuditEvent.objects.count())
    with pytest.raises(ValidationError):
        services.inspection_create(user=world.office, fields={"name": "", "inspector": "市委巡察组",
                                                              "inspected_unit": world.bureau, "feedback_date": None})
    assert (Inspection.objects.count(), AuditEvent.objects.count()) == count


@pytest.mark.parametrize("persona", ["unit", "leader", "observer"])
def test_only_the_office_creates_inspections(world, persona):
    with pytest.raises(PermissionDenied):
        services.inspection_create(user=world.persona(persona), fields={
            "name": "越权", "inspector": "x", "inspected_unit": world.bureau, "feedback_date": dt.date(2026, 1, 1)})


def test_a_new_problem_and_measure_get_the_next_number_and_todays_date(world):
    problem = services.problem_create(user=world.office, inspection=world.inspection,
                                      fields={"statement": "信访件办理不及时", "lead_unit": world.approvals},
                                      co_units=[world.enforcement])
    measure = services.measure_create(user=world.office, problem=problem, fields={"text": "建立信访件台账"})
    assert (problem.seq, measure.seq, measure.created_on) == (3, 1, dt.date(2026, 11, 23))
    assert last_event().measure_id == measure.pk
    assert Problem.objects.get(pk=problem.pk).co_units.get() == world.enforcement
    problem_event = AuditEvent.objects.get(action="problem.create", object_id=str(problem.pk))
    assert problem_event.after["co_units"] == [world.enforcement.pk]


def test_a_category_gets_the_next_number_and_its_rename_is_audited(world):
    category = services.category_create(user=world.office, inspection=world.inspection, name="（二）作风建设方面")
    assert category.seq == 2
    services.category_update(user=world.office, category=category, name="（二）作风纪律方面", seq=2)
    event = last_event()
    assert (event.action, event.before["name"], event.after["name"]) == (
        "category.update", "（二）作风建设方面", "（二）作风纪律方面")
    assert Category.objects.get(pk=category.pk).name == "（二）作风纪律方面"


def test_a_unit_may_register_a_rule_it_made(world):
    rule = services.rule_create(user=world.unit, inspection=world.inspection, measures=[world.measure],
                                fields={"title": "执法检查工作规程", "doc_number": "环执〔2026〕12号"})
    assert list(Rule.objects.get(pk=rule.pk).measures.all()) == [world.measure]
    assert (last_event().action, last_event().after["measures"]) == ("rule.create", [world.measure.pk])


def test_an_update_with_the_current_version_saves_bumps_the_version_and_records_before_and_after(world):
    count = AuditEvent.objects.count()
    services.measure_update(user=world.office, measure=world.measure, version=1, co_units=[world.approvals],
                            fields={"text": "一是修订执法检查工作规程。", "deadline_date": dt.date(2027, 1, 31)})
    text, version, deadline, _state, co_units, events = measure_row(world.measure)
    assert (text, version, deadline, co_units, events) == (
        "一是修订执法检查工作规程。", 2, dt.date(2027, 1, 31), [world.approvals], count + 1)
    event = last_event()
    assert event.action == "measure.update"
    assert (event.before["text"], event.after["text"]) == (
        "一是修订执法检查工作规程，明确检查频次和处罚裁量标准。", "一是修订执法检查工作规程。")
    assert (event.before["deadline_date"], event.after["deadline_date"]) == ("2026-12-31", "2027-01-31")
    assert (event.before["version"], event.after["version"]) == (1, 2)
    assert (event.before["co_units"], event.after["co_units"]) == ([], [world.approvals.pk])


def test_a_stale_version_raises_and_changes_nothing(world):
    # Two people open the same form at version 1; the first one saves.
    services.measure_update(user=world.office, measure=world.measure, version=1, co_units=[],
                            fields={"text": "王整改的修改"})
    before = measure_row(world.measure)
    with pytest.raises(StaleEditError, match="其他人已修改"):
        services.measure_update(user=world.office2, measure=world.measure, version=1, co_units=[world.approvals],
                                fields={"text": "陈复核的修改"})
    assert measure_row(world.measure) == before


def test_a_stale_problem_edit_is_refused_too(world):
    services.problem_update(user=world.office, problem=world.problem, version=1, co_units=[],
                            fields={"target": "执法检查实现全覆盖"})
    count = AuditEvent.objects.count()
    with pytest.raises(StaleEditError):
        services.problem_update(user=world.office2, problem=world.problem, version=1, co_units=[],
                                fields={"target": "另一个目标"})
    world.problem.refresh_from_db()
    assert (world.problem.target, world.problem.version, AuditEvent.objects.count()) == ("执法检查实现全覆盖", 2, count)


def test_a_stale_inspection_edit_is_refused_too(world):
    services.inspection_update(user=world.office, inspection=world.inspection, version=1, fields={"warning_days": 20})
    with pytest.raises(StaleEditError):
        services.inspection_update(user=world.office2, inspection=world.inspection, version=1,
                                   fields={"warning_days": 5})
    world.inspection.refresh_from_db()
    assert (world.inspection.warning_days, world.inspection.version) == (20, 2)


def test_an_invalid_edit_is_refused_and_changes_nothing(world):
    before = measure_row(world.measure)
    with pytest.raises(ValidationError):
        services.measure_update(user=world.office, measure=world.measure, version=1, co_units=[],
                                fields={"text": ""})
    assert measure_row(world.measure) == before


def test_an_edit_cannot_move_a_measure_around_the_sign_off_workflow(world):
    before = measure_row(world.measure)
    with pytest.raises(WorkflowError):
        services.measure_update(user=world.office, measure=world.measure, version=1, co_units=[],
                                fields={"state": MeasureState.SIGNED_OFF})
    assert measure_row(world.measure) == before


@pytest.mark.parametrize("persona", ["unit", "leader", "observer"])
def test_only_the_office_edits_measures(world, persona):
    before = measure_row(world.measure)
    with pytest.raises(PermissionDenied):
        services.measure_update(user=world.persona(persona), measure=world.measure, version=1, co_units=[],
                                fields={"text": "越权修改"})
    assert measure_row(world.measure) == before


def test_the_office_of_another_bureau_cannot_edit_this_ledger(world):
    before = measure_row(world.measure)
    with pytest.raises(WorkflowError, match="管辖范围"):
        services.measure_update(user=world.outsider, measure=world.measure, version=1, co_units=[],
                                fields={"text": "越权修改"})
    with pytest.raises(WorkflowError, match="管辖范围"):
        services.problem_create(user=world.outsider, inspection=world.inspection, fields={"statement": "越权新增"})
    assert measure_row(world.measure) == before
    assert Problem.objects.filter(statement="越权新增").count() == 0
