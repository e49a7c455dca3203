"""A bulletin imported into an existing inspection updates matching problems instead of duplicating them."""
from __future__ import annotations

import datetime as dt

from django.urls import reverse

from tests.importer_app.conftest import BULLETIN, last_job, upload
from tests.ledger.conftest import drive_to
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.models import Measure, Problem
from zhenggai.ledger.workflow import MeasureState
from zhenggai.importer.drafts import draft_problems


def _upload_update(client, world):
    response = upload(client, "进展通报.txt", BULLETIN.encode("utf-8"), mode="update", inspection=world.inspection)
    assert response.status_code == 302
    job = last_job()
    assert job.status == "parsed", job.error_message
    return job


def test_the_preview_shows_which_ledger_problem_each_document_problem_updates(office_client, world):
    job = _upload_update(office_client, world)
    page = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "更新的巡察" in page and world.inspection.name in page
    assert page.count("自动对应，相似度") == 2
    assert "台账中没有对应的问题：将作为新问题导入" in page


def test_matching_problems_get_statuses_and_completion_notes_and_the_result_shows_the_diff(office_client, world):
    job = _upload_update(office_client, world)
    problems_before = Problem.objects.filter(inspection=world.inspection).count()
    response = office_client.post(reverse("importer:confirm", args=[job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == "committed" and job.inspection == world.inspection
    # Problems 1 and 2 updated in place; problem 3 (no match) added as a new one.
    assert Problem.objects.filter(inspection=world.inspection).count() == problems_before + 1
    world.measure.refresh_from_db()
    world.measure2.refresh_from_db()
    world.measure3.refresh_from_db()
    for m in (world.measure, world.measure2, world.measure3):
        assert m.state == MeasureState.SIGNED_OFF and m.progress == 100
    assert world.measure.completion_note.startswith("修订《执法检查工作规程》")
    assert world.measure.completion_date == dt.date(2026, 9, 20)
    # The third 一是…三是 item under problem 1 had no ledger counterpart: added.
    assert world.problem.measures.count() == 3
    assert world.problem2.measures.count() == 2
    statuses = dict(Problem.objects.filter(inspection=world.inspection).with_status().values_list("pk", "status"))
    assert statuses[world.problem.pk] == "done" and statuses[world.problem2.pk] == "done"
    new = Problem.objects.get(inspection=world.inspection, statement__startswith="固体废物")
    assert statuses[new.pk] == "in_progress" and new.measures.count() == 2

    changes = {c["problem_id"]: c for c in job.summary["changes"]}
    assert (changes[world.problem.pk]["old_status"], changes[world.problem.pk]["new_status"]) == ("in_progress", "done")
    assert changes[world.problem.pk]["added"] == 1 and changes[world.problem.pk]["signed_off"] == 3
    assert changes[new.pk]["kind"] == "new"

    page = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "变化情况" in page
    row = page[page.index(f'href="{reverse("problem_detail", args=[world.problem.pk])}"'):]
    row = row[:row.index("</tr>")]
    assert "正在推进" in row and "已完成" in row and "→" in row
    assert AuditEvent.objects.filter(action="import.sign_off", measure_id=world.measure.pk).exists()


def test_a_measure_under_sign_off_review_is_left_to_the_reviewers(office_client, world, pdf_file):
    drive_to(world, MeasureState.REQUESTED)
    job = _upload_update(office_client, world)
    office_client.post(reverse("importer:confirm", args=[job.pk]))
    job.refresh_from_db()
    world.measure.refresh_from_db()
    assert world.measure.state == MeasureState.REQUESTED
    row = next(c for c in job.summary["changes"] if c["problem_id"] == world.problem.pk)
    assert row["blocked"] == 1
    assert "有待审核的销号申请，未改动" in office_client.get(reverse("importer:job", args=[job.pk])).content.decode()


def test_an_in_progress_problem_gets_its_completion_notes_updated_without_a_sign_off(office_client, world):
    text = BULLETIN.replace("（一）已整改完成的问题", "（一）正在推进整改的问题")
    upload(office_client, "通报.txt", text.encode("utf-8"), mode="update", inspection=world.inspection)
    job = last_job()
    office_client.post(reverse("importer:confirm", args=[job.pk]))
    world.measure.refresh_from_db()
    assert world.measure.state == MeasureState.IN_PROGRESS
    assert world.measure.completion_note.startswith("修订《执法检查工作规程》")
    assert AuditEvent.objects.filter(action="import.update", measure_id=world.measure.pk).exists()


def test_unmatched_problems_can_be_skipped_or_matched_by_hand(office_client, world):
    job = _upload_update(office_client, world)
    third = draft_problems(job)[2]["key"]
    second = draft_problems(job)[1]["key"]
    office_client.post(reverse("importer:edit", args=[job.pk]), {"op": "match", "key": third, "match": "skip"})
    office_client.post(reverse("importer:edit", args=[job.pk]), {"op": "match", "key": second, "match": "new"})
    before = Problem.objects.count()
    office_client.post(reverse("importer:confirm", args=[job.pk]))
    job.refresh_from_db()
    assert Problem.objects.count() == before + 1  # problem 2 added as new; problem 3 skipped
    assert job.summary["problems_skipped"] == 1 and job.summary["problems_created"] == 1
    world.measure3.refresh_from_db()
    assert world.measure3.state == MeasureState.IN_PROGRESS


def test_a_double_confirm_of_an_update_changes_things_once(office_client, world):
    job = _upload_update(office_client, world)
    office_client.post(reverse("importer:confirm", args=[job.pk]))
    office_client.post(reverse("importer:confirm", args=[job.pk]))
    assert world.problem.measures.count() == 3
    assert Measure.objects.filter(problem__inspection=world.inspection).count() == 3 + 2 + 2
