"""The daily job is scheduled by a migration (once, however often it runs); every 督办 page refuses
outsiders with 404 and too-low roles with 403; the daily walk asks a bounded number of queries."""
from __future__ import annotations

import datetime as dt
import importlib

import pytest
from django.apps import apps
from django.urls import reverse
from django_q.models import Schedule

from tests.conftest import login
from zhenggai.ledger.models import Measure
from zhenggai.supervision import jobs, services
from zhenggai.supervision.models import Assignment

pytestmark = pytest.mark.django_db
one_morning = importlib.import_module("zhenggai.supervision.migrations.0003_duban_one_morning_run")


def test_the_daily_work_runs_in_the_notify_morning_schedule_and_has_no_schedule_of_its_own():
    from zhenggai.notify import reminders

    assert not Schedule.objects.filter(name=one_morning.NAME).exists()
    assert Schedule.objects.filter(name="zhenggai.notify.morning", func="zhenggai.notify.jobs.morning_run").count() == 1
    assert reminders._SOURCES["supervision"] is jobs.morning_items
    one_morning.restore_schedule(apps, None)
    one_morning.drop_schedule(apps, None)
    assert not Schedule.objects.filter(name=one_morning.NAME).exists()


def test_the_scheduled_function_is_importable_and_runs_the_ladder(world, walk):
    from django.utils.module_loading import import_string

    from zhenggai.supervision.models import EscalationNotice

    walk(dt.date(2026, 12, 21))
    assert import_string("zhenggai.notify.jobs.morning_run")()["notifications"] > 0
    # measure: −10; measure3: +30 (first seen)
    assert sorted(EscalationNotice.objects.values_list("day_offset", flat=True)) == [-10, 30]


@pytest.fixture
def objects(world, walk):
    walk(dt.date(2026, 12, 15), 9)
    services.assignments_sync(today=dt.date(2026, 12, 15))
    rnd = services.round_open(user=world.office, inspections=[world.inspection], due_date=dt.date(2026, 12, 25))
    record = services.supervision_record_create(user=world.office, measure=world.measure, kind="talk",
                                                issued_on=dt.date(2026, 12, 15), text="约谈执法支队负责人")
    assignment = Assignment.objects.get(measure=world.measure)
    return world, {"round": rnd.pk, "record": record.pk, "assignment": assignment.pk}


# (url name, which object's pk, persona, expected status)
MATRIX = [
    ("supervision:ladder", "inspection", "unit", 403),
    ("supervision:ladder", "inspection", "observer", 403),
    ("supervision:ladder", "inspection", "outsider", 404),
    ("supervision:ladder", "inspection", "leader", 200),
    ("supervision:assignment_sync", "inspection", "leader", 403),
    ("supervision:assignment_sync", "inspection", "outsider", 404),
    ("supervision:record_create", "measure", "unit", 403),
    ("supervision:record_create", "measure", "leader", 403),
    ("supervision:record_create", "measure", "outsider", 404),
    ("supervision:record_create", "measure", "office", 200),
    ("supervision:record_detail", "record", "other_unit", 404),
    ("supervision:record_detail", "record", "outsider", 404),
    ("supervision:record_detail", "record", "unit", 200),
    ("supervision:record_detail", "record", "observer", 200),
    ("supervision:record_docx", "record", "outsider", 404),
    ("supervision:assignments", None, "leader", 403),
    ("supervision:assignments", None, "observer", 403),
    ("supervision:assignments", None, "unit", 200),
    ("supervision:assignment_acknowledge", "assignment", "office", 403),
    ("supervision:assignment_acknowledge", "assignment", "other_unit", 404),
    ("supervision:assignment_acknowledge", "assignment", "outsider", 404),
    ("supervision:assignment_reject", "assignment", "office", 403),
    ("supervision:assignment_reject", "assignment", "other_unit", 404),
    ("supervision:assignment_reassign", "assignment", "unit", 403),
    ("supervision:assignment_reassign", "assignment", "outsider", 404),
    ("supervision:round_list", None, "unit", 403),
    ("supervision:round_list", None, "observer", 403),
    ("supervision:round_create", None, "leader", 403),
    ("supervision:round_create", None, "unit", 403),
    ("supervision:round_detail", "round", "unit", 403),
    ("supervision:round_detail", "round", "outsider", 404),
    ("supervision:round_detail", "round", "leader", 200),
    ("supervision:round_close", "round", "leader", 403),
    ("supervision:round_close", "round", "outsider", 404),
    ("supervision:round_bulletin", "round", "outsider", 404),
    ("supervision:round_bulletin_docx", "round", "unit", 403),
    ("supervision:ranking", None, "unit", 403),
    ("supervision:ranking", None, "observer", 403),
    ("supervision:ranking", None, "leader", 200),
    ("supervision:ranking_export", None, "unit", 403),
    ("supervision:weights", None, "leader", 403),
    ("supervision:weights", None, "office", 200),
]


@pytest.mark.parametrize(("name", "kind", "persona", "expected"), MATRIX,
                         ids=[f"{n}-{p}" for n, _, p, _ in MATRIX])
def test_each_page_answers_each_persona_as_the_matrix_says(client, objects, name, kind, persona, expected):
    world, pks = objects
    pk = {"inspection": world.inspection.pk, "measure": world.measure.pk}.get(kind) or pks.get(kind)
    url = reverse(name, args=[pk] if kind else [])
    login(client, world.persona(persona))
    method = client.post if name.endswith(("_sync", "_acknowledge", "_close")) else client.get
    response = method(url)
    assert response.status_code == expected


def test_the_outsiders_lists_show_nothing_of_another_bureau(client, objects):
    world, _ = objects
    login(client, world.outsider)
    for name in ("supervision:round_list", "supervision:ranking", "supervision:record_list", "supervision:assignments"):
        page = client.get(reverse(name)).content.decode()
        assert world.enforcement.name not in page and "第1次调度" not in page, name


def test_the_daily_walk_asks_the_same_number_of_queries_for_many_measures(world, walk):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def run(day) -> int:
        walk(day)
        with CaptureQueriesContext(connection) as ctx:
            from zhenggai.supervision.ladder import ladder_run

            ladder_run(today=day)
        return len(ctx.captured_queries)

    few = run(dt.date(2026, 12, 21))
    Measure.objects.bulk_create([Measure(problem=world.problem, seq=100 + i, text=f"措施{i}", lead_unit=world.enforcement,
                                         deadline_kind="date", deadline_date=dt.date(2027, 1, 1),
                                         created_on=dt.date(2026, 6, 1)) for i in range(40)])
    many = run(dt.date(2026, 12, 22))
    assert many <= few + 2  # bulk inserts may split into batches; never one query per measure
