"""The public page: open without login, only published inspections, cacheable, a constant number of queries."""
from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from zhenggai.ledger.models import Inspection, Measure, Problem


def test_the_index_works_logged_out_and_lists_only_published_inspections(client, published):
    hidden = Inspection.objects.create(name="未公开的审计整改", inspector="审计组", inspected_unit=published.bureau,
                                       feedback_date=dt.date(2026, 5, 1))
    html = client.get(reverse("portal:index")).content.decode()
    assert published.inspection.name in html
    assert hidden.name not in html


@pytest.mark.parametrize("url_name", ["portal:inspection", "portal:feedback"])
def test_an_unpublished_inspection_is_404(client, world, url_name):
    assert client.get(reverse(url_name, args=[world.inspection.pk])).status_code == 404
    assert client.post(reverse("portal:feedback", args=[world.inspection.pk]), {}).status_code == 404


def test_the_inspection_page_lists_problems_with_status_and_measure_count(client, published):
    Measure.objects.filter(problem=published.problem2).update(state="signed_off", completion_date=dt.date(2026, 9, 1))
    html = client.get(reverse("portal:inspection", args=[published.inspection.pk])).content.decode()
    assert "执法检查“宽松软”" in html and "审批事项办理时限偏长" in html
    assert "正在推进" in html and "已完成" in html and "2026年9月1日" in html
    assert "2条" in html and "1条" in html
    assert "落实全面从严治党责任方面" in html


def test_public_pages_are_cacheable_and_set_no_cookie(client, published):
    for url in (reverse("portal:index"), reverse("portal:inspection", args=[published.inspection.pk])):
        response = client.get(url)
        assert response["Cache-Control"] == "public, max-age=300"
        assert not response.cookies  # no session, no CSRF cookie: one cached copy serves every visitor
        assert "csrfmiddlewaretoken" not in response.content.decode()
        again = client.get(url, HTTP_IF_NONE_MATCH=response["ETag"])
        assert again.status_code == 304


def test_the_feedback_form_is_never_cached(client, published):
    response = client.get(reverse("portal:feedback", args=[published.inspection.pk]))
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert "等于？" in response.content.decode()


def grow(world, problems: int) -> None:
    other = Inspection.objects.create(name="另一公开巡察", inspector="省巡视组", inspected_unit=world.bureau,
                                      feedback_date=dt.date(2026, 4, 1), is_public=True, public_names=True)
    for inspection in (world.inspection, other):
        for i in range(problems):
            problem = Problem.objects.create(inspection=inspection, seq=10 + i, statement=f"问题{i}",
                                             lead_leader=f"领导{i}", lead_unit=world.enforcement)
            Measure.objects.bulk_create([Measure(problem=problem, seq=j, text=f"措施{j}", responsible_person=f"人{j}",
                                                 state="signed_off" if j % 2 else "in_progress",
                                                 completion_date=dt.date(2026, 8, j)) for j in range(1, 4)])


@pytest.mark.parametrize("public_names", [False, True])
def test_each_public_page_runs_a_constant_number_of_queries(client, published, public_names):
    published.inspection.public_names = public_names
    published.inspection.save()
    from django.core.cache import cache

    urls = [reverse("portal:index"), reverse("portal:inspection", args=[published.inspection.pk]),
            reverse("portal:feedback", args=[published.inspection.pk])]
    for url in urls:
        client.get(url)  # the process has served a page (the cache middleware has its headers)
    small = {}
    for url in urls:
        cache.clear()  # rendered, not served from the cache
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        small[url] = len(queries)
    grow(published, 30)
    for url in urls:
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) == small[url], url
    # Rendered (cache cold): the middleware's token read, then the inspection, its ledger token, headline (3),
    # the problem count and page, bulletins, answers, the petition figures (one grouped query).
    assert small[urls[1]] <= 11 + public_names  # and the responsible people, when shown


def test_the_public_page_is_served_from_the_cache_until_the_ledger_or_a_publication_changes_it(client, published):
    from django.core.cache import cache

    from zhenggai.portal.selectors import public_page_changed

    cache.clear()
    url = reverse("portal:inspection", args=[published.inspection.pk])
    first = client.get(url).content
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).content == first
    assert len(queries) == 1  # the inspection (with its token); the page comes from the cache
    problem = published.inspection.problems.order_by("seq").first()
    problem.statement = "公开页面应当显示的新表述"
    problem.save()
    assert "公开页面应当显示的新表述" in client.get(url).content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert len(queries) == 1
    public_page_changed(published.inspection.pk)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    assert len(queries) > 1  # rendered again after a publication


def test_the_public_problem_list_comes_a_hundred_problems_a_page(client, published):
    from zhenggai.portal.selectors import PUBLIC_PAGE_SIZE

    grow(published, PUBLIC_PAGE_SIZE)
    url = reverse("portal:inspection", args=[published.inspection.pk])
    total = published.inspection.problems.count()
    first = client.get(url)
    assert len(first.context["problems"]) == PUBLIC_PAGE_SIZE
    assert "下一页" in first.content.decode()
    second = client.get(url, {"page": 2})
    assert len(second.context["problems"]) == total - PUBLIC_PAGE_SIZE
    assert {p.seq for p in first.context["problems"]}.isdisjoint({p.seq for p in second.context["problems"]})
