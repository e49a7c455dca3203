"""The preview page answers with a bounded number of queries, however long the document."""
from __future__ import annotations

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.importer_app.conftest import last_job, long_bulletin, upload
from zhenggai.importer.drafts import draft_problems

# session, user, unit, job, units, scope, duplicates (+ problems for an update), nav badges, session save; the draft's
# problem rows: repeated numbers, the counters, the first problems with issues, this page
MAX_QUERIES = 18


def _preview_queries(client, text, *, mode="new", inspection=None) -> int:
    upload(client, "通报.txt", text.encode("utf-8"), mode=mode, inspection=inspection)
    job = last_job()
    assert job.status == "parsed", job.error_message
    cache.clear()  # the navigation badges counted afresh each time (they are kept under the ledger tokens)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("importer:job", args=[job.pk]))
    assert response.status_code == 200
    return len(queries)


def test_the_preview_page_uses_the_same_few_queries_for_3_or_60_problems(office_client, world):
    small = _preview_queries(office_client, long_bulletin(3))
    large = _preview_queries(office_client, long_bulletin(60))
    assert small == large <= MAX_QUERIES


def test_the_update_preview_uses_the_same_few_queries_for_3_or_40_problems(office_client, world):
    small = _preview_queries(office_client, long_bulletin(3), mode="update", inspection=world.inspection)
    large = _preview_queries(office_client, long_bulletin(40), mode="update", inspection=world.inspection)
    assert small == large <= MAX_QUERIES + 1  # the draft's problems, read at once to match them to the ledger's


def test_a_long_draft_is_paged_through_not_rendered_at_once(office_client):
    upload(office_client, "长.txt", long_bulletin(150).encode())
    job = last_job()
    url = reverse("importer:job", args=[job.pk])
    n = len(draft_problems(job))
    assert n > 100
    first = office_client.get(url).content.decode()
    last = office_client.get(url + "?page=2").content.decode()
    assert f"第1–100项问题（共{n}项，第1/2页）" in first and f"第101–{n}项问题（共{n}项，第2/2页）" in last
    assert first.count('<section class="imp-card') == 100 and last.count('<section class="imp-card') == n - 100
