"""The commit writes the ledger in bulk (plain rows, checked column by column, COPY/executemany): every value as
the draft says, co-units, the sign-offs the document states each logged on the one audit chain, the ledger
token turned once, and a value the ledger refuses stops the whole write with the problem named."""
from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection

from tests.importer_app.conftest import ready_to_confirm
from zhenggai.audit.models import AuditEvent
from zhenggai.audit.services import audit_verify_chain
from zhenggai.importer import services
from zhenggai.importer.models import DraftProblem, ImportStatus
from zhenggai.ledger.hot_path import BULK_TABLES
from zhenggai.ledger.models import Inspection, Measure, Problem
from zhenggai.ledger.workflow import MeasureState

CSV = (
    "序号,反馈问题,整改措施,整改目标,整改时限,责任领导,责任单位,责任人,完成情况,进度,状态\n"
    "1,会议记录不规范,统一会议记录模板,记录规范完整,2026年12月31日,李局长,局办公室、行政审批处,王五,已印发模板并培训,100%,已完成\n"
    "1,会议记录不规范,开展会议记录抽查,记录规范完整,2026年12月31日,李局长,局办公室,王五,抽查两次,60%,正在推进\n"
    "2,档案管理混乱,建立档案台账,档案可查,长期坚持,张副局长,行政审批处,赵六,,30%,整改中\n"
)


def _ready(office_client, world, data: bytes = CSV.encode("utf-8")):
    return ready_to_confirm(office_client, world, data, "批量写入")


def _token_triggers() -> set[str]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        return {name for (name,) in cursor.fetchall() if name.startswith(BULK_TABLES)}


@pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)
def test_each_value_of_the_draft_reaches_the_ledger_with_its_co_units(office_client, world):
    job = _ready(office_client, world)
    services.import_commit(job=job, user=world.office)
    job.refresh_from_db()
    first, second = Problem.objects.filter(inspection=job.inspection).order_by("seq")
    assert (first.statement, first.target, first.lead_leader, first.lead_unit, first.deadline_date) == (
        "会议记录不规范", "记录规范完整", "李局长", world.office_unit, dt.date(2026, 12, 31))
    assert set(first.co_units.all()) == {world.approvals}
    assert (second.deadline_kind, second.lead_unit, list(second.co_units.all())) == ("long_term", world.approvals, [])
    done, open_ = first.measures.order_by("seq")
    assert (done.state, done.progress, done.completion_note, done.responsible_person) == (
        MeasureState.SIGNED_OFF, 100, "已印发模板并培训", "王五")
    assert done.signed_off_at is not None and list(done.co_units.all()) == [world.approvals]
    assert (open_.state, open_.progress, open_.completion_note, list(open_.co_units.all())) == (
        MeasureState.IN_PROGRESS, 60, "抽查两次", [])
    assert (open_.created_on, open_.entered_on) == (dt.date(2026, 1, 10), dt.date(2026, 11, 23))
    third = second.measures.get()
    assert (third.progress, third.deadline_kind, third.lead_unit) == (30, "long_term", world.approvals)


def test_each_sign_off_the_document_states_is_one_event_on_an_unbroken_chain(office_client, world):
    job = _ready(office_client, world)
    services.import_commit(job=job, user=world.office)
    done = Measure.objects.get(problem__inspection__name="批量写入", state=MeasureState.SIGNED_OFF)
    event = AuditEvent.objects.get(action="import.sign_off")
    assert (event.object_type, event.object_id, event.measure_id, event.actor) == (
        "measure", str(done.pk), done.pk, world.office)
    assert event.after["completion_note"] == "已印发模板并培训" and "台账.csv" in event.note
    commit = AuditEvent.objects.get(action="import.commit")
    created = sorted(Measure.objects.filter(problem__inspection__name="批量写入").values_list("pk", flat=True))
    assert event.pk < commit.pk and [pk for first, last in commit.after["measure_id_ranges"]
                                     for pk in range(first, last + 1)] == created
    assert audit_verify_chain().ok


def test_the_ledger_token_turns_and_the_token_triggers_are_in_place_after_the_commit(office_client, world):
    triggers = _token_triggers()
    assert {"ledger_problem_token_insert", "ledger_measure_token_insert",
            "ledger_measure_co_units_token_insert"} <= triggers
    job = _ready(office_client, world)
    services.import_commit(job=job, user=world.office)
    assert _token_triggers() == triggers
    inspection = Inspection.objects.get(name="批量写入")
    before = inspection.ledger_token
    Measure.objects.create(problem=inspection.problems.first(), seq=9, text="新增措施")
    assert Inspection.objects.get(pk=inspection.pk).ledger_token != before  # the triggers fire again


def test_a_value_the_ledger_refuses_stops_the_whole_write_and_names_the_problem(office_client, world):
    job = _ready(office_client, world)
    row = DraftProblem.objects.filter(job=job).order_by("order").last()
    row.data["lead_leader"] = "长" * 101  # past the draft's own checks (an older draft, a bug): the ledger refuses
    DraftProblem.objects.filter(pk=row.pk).update(data=row.data)
    before = (Inspection.objects.count(), Problem.objects.count(), Measure.objects.count())
    services.import_commit_request(job=job, user=world.office)  # tests run the worker's task inline
    job.refresh_from_db()
    assert job.status == ImportStatus.PARSED
    assert job.error_message == "写入台账失败，有内容不符合台账要求：问题2：责任领导不能超过100字"
    assert (Inspection.objects.count(), Problem.objects.count(), Measure.objects.count()) == before
    assert _token_triggers() >= {"ledger_problem_token_insert"}
