"""The battle map's pages: scope, the full-screen board, the list a bar click loads, a constant query count."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import login, make_unit
from zhenggai.ledger.models import Measure, Problem


def chart_data(response) -> dict:
    html = response.content.decode()
    start = html.index('<script id="bm-data" type="application/json">') + len('<script id="bm-data" type="application/json">')
    return json.loads(html[start:html.index("</script>", start)])


def test_it_sends_anonymous_users_to_log_in(client, world):
    response = client.get(reverse("battlemap:inspection", args=[world.inspection.pk]))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("url_name", ["battlemap:inspection", "battlemap:measures"])
def test_it_returns_404_for_an_outsider(client, world, url_name):
    login(client, world.outsider)
    assert client.get(reverse(url_name, args=[world.inspection.pk])).status_code == 404


@pytest.mark.parametrize("persona", ["observer", "office", "leader", "unit"])
def test_it_shows_the_inspection_to_everyone_in_scope(client, world, persona):
    login(client, world.persona(persona))
    response = client.get(reverse("battlemap:inspection", args=[world.inspection.pk]))
    assert response.status_code == 200
    assert "挂图作战" in response.content.decode()
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_overview_holds_only_inspections_in_scope(client, world):
    login(client, world.outsider)
    response = client.get(reverse("battlemap:overview"))
    assert response.status_code == 200
    assert world.inspection.name not in response.content.decode()
    login(client, world.observer)
    response = client.get(reverse("battlemap:overview"))
    assert world.inspection.name in response.content.decode()
    assert chart_data(response)["links"] == [reverse("battlemap:inspection", args=[world.inspection.pk])]


def test_the_page_shows_the_headline_figures(client, world):
    login(client, world.office)
    response = client.get(reverse("battlemap:inspection", args=[world.inspection.pk]))
    figures = response.context["h"]
    assert (figures.problems_total, figures.measures_total) == (2, 3)
    assert chart_data(response)["units"]["names"] == [r.unit_name for r in figures.by_unit]


def test_screen_mode_has_no_navigation_and_refreshes_the_board_every_60_seconds(client, world):
    login(client, world.office)
    response = client.get(reverse("battlemap:inspection", args=[world.inspection.pk]) + "?screen=1&static=1")
    html = response.content.decode()
    assert 'class="bm-screen"' in html
    assert "<nav>" not in html and "退出</button>" not in html
    assert 'hx-trigger="every 60s"' in html
    assert 'data-static="1"' in html and 'data-screen="1"' in html


def test_the_screen_refresh_returns_the_board_alone(client, world):
    login(client, world.office)
    url = reverse("battlemap:inspection", args=[world.inspection.pk]) + "?screen=1"
    html = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in html and 'id="bm-data"' in html and "反馈问题" in html


def test_clicking_a_unit_bar_lists_that_units_measures(client, world):
    login(client, world.office)
    url = reverse("battlemap:measures", args=[world.inspection.pk])
    response = client.get(url, {"unit": world.approvals.pk})
    html = response.content.decode()
    assert response.status_code == 200
    assert "压缩环评审批时限" in html and "修订执法检查工作规程" not in html
    assert "行政审批处" in html
    assert f"{reverse('problem_list', args=[world.inspection.pk])}?unit={world.approvals.pk}" in html


def test_the_list_refuses_bad_parameters(client, world):
    login(client, world.office)
    response = client.get(reverse("battlemap:measures", args=[world.inspection.pk]), {"light": "<b>"})
    assert response.status_code == 400


def test_a_unit_user_lists_only_the_measures_of_their_problems(client, world):
    login(client, world.unit)
    html = client.get(reverse("battlemap:measures", args=[world.inspection.pk])).content.decode()
    assert "修订执法检查工作规程" in html and "压缩环评审批时限" not in html


def grow(world, problems: int) -> None:
    units = [make_unit(f"派出局{i}", world.bureau) for i in range(5)]
    for i in range(problems):
        problem = Problem.objects.create(inspection=world.inspection, category=world.category, seq=10 + i,
                                         statement=f"问题{i}", lead_unit=units[i % 5], deadline_kind="date",
                                         deadline_date=dt.date(2026, 7, 1))
        Measure.objects.bulk_create([
            Measure(problem=problem, seq=j, text=f"措施{i}-{j}", lead_unit=units[(i + j) % 5], deadline_kind="date",
                    deadline_date=dt.date(2026, 7, 1) + dt.timedelta(days=30 * j), created_on=dt.date(2026, 6, 1),
                    progress=10 * j)
            for j in range(1, 4)])


@pytest.mark.parametrize("url_name, query", [
    ("battlemap:inspection", ""), ("battlemap:inspection", "?screen=1"), ("battlemap:measures", "?light=red"),
])
def test_a_page_runs_the_same_number_of_queries_for_a_large_ledger(client, world, url_name, query):
    login(client, world.office)
    url = reverse(url_name, args=[world.inspection.pk]) + query
    client.get(url)  # warm the session
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    grow(world, 40)
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).status_code == 200
    assert len(large) == len(small)


def test_the_overview_runs_a_fixed_number_of_queries_per_inspection(client, world):
    login(client, world.office)
    url = reverse("battlemap:overview")
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    grow(world, 20)
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(large) == len(small)


@pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)
@pytest.mark.parametrize("query", ["", "?screen=1"])
@pytest.mark.parametrize("total", [2, 12])
def test_the_overview_costs_the_same_queries_for_2_or_12_inspections(client, world, total, query,
                                                                     django_assert_max_num_queries):
    from tests.ledger.inspections import add_inspections

    add_inspections(world, total - 1)
    login(client, world.observer)
    url = reverse("battlemap:overview") + query
    client.get(url)  # the session's first save
    # Session, user and devices (3), the inspections, their headlines (3), weekly sign-offs, overdue measures,
    # the quality risks per inspection (1), the session save (3).
    with django_assert_max_num_queries(13):
        response = client.get(url)
    bm = response.context["bm"]
    assert len(bm.rows) == total
    assert bm.totals.measures_total == 3 + 8 * (total - 1)
    assert len(bm.overdue) == min(10, 1 + 2 * (total - 1))
    assert chart_data(response)["inspections"]["names"] == [r.inspection.name for r in bm.rows]
