"""A large ledger's draft is written, shown and committed a slice at a time (issue 14: memory flat with size).

The figures for 20,000 and 200,000 rows come from scripts/import_memory.py; these tests check the
mechanism with small slices, so they stay fast."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.importer_app.conftest import last_job, set_facts as _set_facts, upload
from zhenggai.importer import drafts, services, views
from zhenggai.importer.drafts import DraftStore, draft_problems
from zhenggai.importer.models import DraftProblem

CARD = re.compile(r'<section class="imp-card[^"]*" id="(p\d+)"')


def _ledger(rows: int, *, bad_deadline_at: int | None = None) -> bytes:
    lines = ["序号,反馈问题,整改措施,责任单位,整改时限"]
    for i in range(1, rows + 1):
        deadline = "下辈子" if i == bad_deadline_at else "2026年12月31日"
        lines.append(f"{i},问题{i}：制度执行不严格,修订完善制度{i},局办公室,{deadline}")
    return "\n".join(lines).encode("utf-8")


def test_the_draft_is_written_in_batches_of_rows_not_as_one_value(office_client, monkeypatch):
    monkeypatch.setattr(drafts, "BATCH", 7)
    with CaptureQueriesContext(connection) as queries:
        upload(office_client, "台账.csv", _ledger(30))
    job = last_job()
    assert job.status == "parsed", job.error_message
    # one INSERT (executemany) a batch: Django records it as "N times: INSERT …"
    inserts = [q["sql"] for q in queries if 'INSERT INTO "importer_draftproblem"' in q["sql"]]
    assert len(inserts) == 5  # 30 rows, 7 a batch
    assert "problems" not in job.draft
    assert DraftProblem.objects.filter(job=job).count() == 30
    assert [p["title"] for p in draft_problems(job)][:2] == ["问题1：制度执行不严格", "问题2：制度执行不严格"]


def test_a_preview_page_reads_its_own_problems_and_never_the_whole_draft(office_client, monkeypatch):
    upload(office_client, "台账.csv", _ledger(250))
    job = last_job()

    def read_all(self, *args, **kwargs):
        raise AssertionError("the preview of a new inspection read every problem")

    monkeypatch.setattr(DraftStore, "iter", read_all)
    page = office_client.get(reverse("importer:job", args=[job.pk]) + "?page=2").content.decode()
    assert "第101–200项问题（共250项，第2/3页）" in page
    keys = CARD.findall(page)
    assert len(keys) == views.PREVIEW_PAGE_SIZE
    assert keys[0] == DraftStore(job).nth(100)["key"] and keys[-1] == DraftStore(job).nth(199)["key"]


def test_an_issue_on_a_problem_of_another_page_links_to_that_page(office_client, world):
    upload(office_client, "台账.csv", _ledger(250, bad_deadline_at=180))
    job = last_job()
    _set_facts(job, world)
    bad = DraftStore(job).nth(179)
    first = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert f'href="?page=2#{bad["key"]}">问题180（整改时限）' in first
    second = office_client.get(reverse("importer:job", args=[job.pk]) + "?page=2").content.decode()
    assert f'href="#{bad["key"]}">问题180（整改时限）' in second and f'id="{bad["key"]}"' in second


def test_the_issue_counter_counts_every_problem_while_the_list_shows_the_first(office_client, world):
    upload(office_client, "台账.csv", _ledger(60))
    job = last_job()
    _set_facts(job, world)
    for p in draft_problems(job)[:40]:
        DraftStore(job).save({**p, "title": ""})
    page = office_client.get(reverse("importer:job", args=[job.pk])).content.decode()
    assert "导入前必须修改（40处）" in page
    assert page.count("（标题）：请填写问题标题") == services.ISSUES_LISTED
    assert f"……另有{40 - services.ISSUES_LISTED}处" in page


@pytest.mark.parametrize("batch", [7, 1000])
def test_a_ledger_committed_in_slices_is_the_same_ledger(office_client, world, monkeypatch, batch):
    monkeypatch.setattr(services, "COMMIT_BATCH", batch)
    upload(office_client, "台账.csv", _ledger(30))
    job = last_job()
    _set_facts(job, world)
    office_client.post(reverse("importer:edit", args=[job.pk]), {"op": "units_rest_none"})
    office_client.post(reverse("importer:confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == "committed"
    problems = list(job.inspection.problems.order_by("seq"))
    assert [p.seq for p in problems] == list(range(1, 31))
    assert [p.measures.get().text for p in problems[:2]] == ["修订完善制度1", "修订完善制度2"]


def test_a_slice_of_the_draft_is_read_in_index_order_not_sorted_whole(office_client):
    """Every slice of a 200,000-row draft (the commit's, the feedback-date recheck's) is one index range: a
    filter the index cannot match made SQLite sort the whole draft for each slice."""
    upload(office_client, "台账.csv", _ledger(3))
    store = DraftStore(last_job())
    slice_ = store.rows.filter(order__gt=0, has_deadline=True).order_by("order").values_list("order", "data")[:2000]
    sql, params = slice_.query.sql_with_params()
    if connection.vendor == "sqlite":  # PostgreSQL matches "NOT alternative" to the index; its plans depend on size
        with connection.cursor() as cursor:
            plan = " ".join(str(row) for row in cursor.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall())
        assert "TEMP B-TREE" not in plan and "job_id=? AND alternative=? AND order>?" in plan
    assert [p["key"] for p in store.iter(batch=2)] == [p["key"] for p in store.page(0, 3)]


def test_the_recheck_after_a_feedback_date_change_rewrites_the_rows_whose_issues_changed(office_client, monkeypatch):
    monkeypatch.setattr(drafts, "BATCH", 2)
    upload(office_client, "台账.csv", _ledger(5, bad_deadline_at=4))
    job = last_job()
    store = DraftStore(job)
    DraftProblem.objects.filter(job=job).update(issues=[], issue_count=0)  # as if checked against another date
    with CaptureQueriesContext(connection) as queries:
        store.recheck_all()
    updates = [q["sql"] for q in queries if 'UPDATE "importer_draftproblem"' in q["sql"]]
    assert len(updates) == 1  # only the slice holding the changed row writes, and only that row
    rows = {r.seq: r for r in DraftProblem.objects.filter(job=job)}
    assert rows[4].issue_count == 2 and {i["field"] for i in rows[4].issues} == {"整改时限"}  # problem's, measure's
    assert all(rows[n].issue_count == 0 for n in (1, 2, 3, 5))
    assert store.totals()["issues"] == 2


def test_changing_the_feedback_date_reads_and_writes_no_problem_row_and_the_issues_stay_right(office_client, world):
    """A deadline text is readable or not whatever the feedback date: the facts edit leaves the draft's rows alone
    (on a 200,000-row draft it rechecked every row in the request, 4.5–15 s, to change nothing)."""
    upload(office_client, "台账.csv", _ledger(6, bad_deadline_at=4))
    job = last_job()
    _set_facts(job, world)
    with CaptureQueriesContext(connection) as queries:
        services.import_draft_edit(job=job, user=world.office, op="facts", values={
            "name": "大台账", "kind": "xuncha", "inspector": "市委第一巡察组", "inspected_unit": world.bureau.pk,
            "period_start": None, "period_end": None, "feedback_date": dt.date(2026, 3, 1)})
    assert not [q for q in queries if "importer_draftproblem" in q["sql"]]
    job.refresh_from_db()
    assert job.draft["facts"]["feedback_date"] == "2026-03-01"
    rows = {r.seq: r for r in DraftProblem.objects.filter(job=job)}
    assert rows[4].issue_count == 2 and all(rows[n].issue_count == 0 for n in (1, 2, 3, 5, 6))
    for text in ("立行立改", "立行立改，长期坚持", "长期坚持", "2026年底", "下辈子", "2026年13月", "2026年2月30日"):
        try:
            services.Deadline.parse(text, feedback_date=dt.date(2026, 3, 1))
            readable_with_a_date = True
        except services.DeadlineError:
            readable_with_a_date = False
        assert readable_with_a_date == (services._check_deadline(text) is None), text
