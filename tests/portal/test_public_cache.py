"""The public page for anonymous visitors comes whole from the cache, before sessions and auth
(zhenggai.portal.middleware): one indexed read of the ledger token, the rendered page's own headers, 304s."""
from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.portal.test_public_pages import grow
from zhenggai.ledger.models import Problem
from zhenggai.portal.selectors import PUBLIC_PAGE_SIZE

PER_REQUEST = {"date", "x-request-id", "content-security-policy", "content-security-policy-report-only"}


def _headers(response) -> dict[str, str]:
    return {k.lower(): v for k, v in response.items() if k.lower() not in PER_REQUEST}


@pytest.fixture
def url(published):
    cache.clear()
    return reverse("portal:inspection", args=[published.inspection.pk])


def test_a_repeat_visit_is_one_query_with_the_same_body_and_headers(client, url):
    rendered = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        cached = client.get(url)
    assert len(queries) == 1 and "ledger_token" in queries[0]["sql"]
    assert cached.content == rendered.content
    assert _headers(cached) == _headers(rendered)
    assert cached["Cache-Control"] == "public, max-age=300" and cached["ETag"] and cached["Last-Modified"]
    assert not cached.cookies


@pytest.mark.parametrize("n_problems", [0, 3 * PUBLIC_PAGE_SIZE])
def test_a_cached_visit_costs_one_query_however_big_the_inspection(client, published, url, n_problems):
    grow(published, n_problems)
    for page in ("", "?page=2"):
        client.get(url + page)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url + page).status_code == 200
        assert len(queries) == 1


def test_a_visitor_with_the_page_gets_304_by_etag_or_date(client, url):
    first = client.get(url)
    client.get(url)  # the middleware has the headers now
    with CaptureQueriesContext(connection) as queries:
        by_tag = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert by_tag.status_code == 304 and by_tag["ETag"] == first["ETag"] and not by_tag.content
    assert len(queries) == 1
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_a_change_to_the_ledger_is_on_the_next_cached_visit(client, published, url):
    client.get(url)
    old = client.get(url)
    problem = Problem.objects.filter(inspection=published.inspection).order_by("seq").first()
    problem.statement = "公开页面上的新表述"
    problem.save()
    new = client.get(url)
    assert "公开页面上的新表述" in new.content.decode()
    assert new["ETag"] != old["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=old["ETag"]).status_code == 200


def test_an_unpublished_or_archived_inspection_is_404_even_when_its_page_was_cached(client, published, url):
    client.get(url)
    client.get(url)
    published.inspection.is_public = False
    published.inspection.save()
    assert client.get(url).status_code == 404


def test_a_logged_in_user_goes_through_sessions_and_gets_the_same_page(client, published, url):
    anonymous = client.get(url).content
    client.force_login(published.office)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.content == anonymous
    assert any("django_session" in q["sql"] for q in queries)  # the session was read: the whole stack ran


def test_other_queries_and_methods_go_to_the_view(client, url):
    client.get(url)
    assert client.get(url + "?page=abc").status_code == 200  # the view reads a bad page as the first
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url + "?page=1&x=1").status_code == 200
    assert not any(q["sql"].startswith("SELECT ledger_token") for q in queries)  # the view's own reads


def test_a_process_reuses_the_token_for_a_second_and_then_reads_it_again(client, url, settings):
    settings.ZHENGGAI_PUBLIC_TOKEN_SECONDS = 60
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) == 0
    settings.ZHENGGAI_PUBLIC_TOKEN_SECONDS = 0
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert len(queries) == 1
