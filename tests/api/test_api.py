"""The JSON API answers with the same figures and the same scope rules as the pages."""
from __future__ import annotations

import pytest
import time_machine

from zhenggai.ledger.selectors import inspection_headline


@time_machine.travel("2026-11-23 10:00 +0800")
def test_the_inspection_list_quotes_the_same_headline_as_the_pages(client, world):
    client.force_login(world.office)
    data = client.get("/api/inspections").json()["results"]
    assert [i["id"] for i in data] == [world.inspection.pk]
    headline = inspection_headline(world.inspection)
    assert data[0]["headline"]["measures_total"] == headline.measures_total == 3
    assert data[0]["headline"]["percent_done"] == headline.percent_done


def test_an_anonymous_caller_is_refused(client, world):
    assert client.get("/api/inspections").status_code == 401


def test_an_outsider_gets_404_for_another_bodys_problems(client, world):
    client.force_login(world.outsider)
    assert client.get("/api/inspections").json() == {"count": 0, "next": None, "previous": None, "results": []}
    assert client.get(f"/api/inspections/{world.inspection.pk}/problems").status_code == 404


@time_machine.travel("2026-11-23 10:00 +0800")
def test_a_unit_user_sees_only_the_problems_its_unit_answers_for(client, world):
    client.force_login(world.unit)
    problems = client.get(f"/api/inspections/{world.inspection.pk}/problems").json()["results"]
    assert [p["seq"] for p in problems] == [1]
    assert {m["light"] for m in problems[0]["measures"]} <= {"red", "yellow", "green", "blue", "grey"}


@time_machine.travel("2026-11-23 10:00 +0800")
def test_a_unit_user_reports_progress_and_a_refused_step_is_a_409_with_a_chinese_reason(client, world):
    client.force_login(world.unit)
    ok = client.post(f"/api/measures/{world.measure.pk}/progress", {"text": "已完成初稿", "progress": 40},
                     content_type="application/json")
    assert ok.status_code == 201
    world.measure.refresh_from_db()
    assert world.measure.progress == 40
    bad = client.post(f"/api/measures/{world.measure.pk}/progress", {"text": "", "progress": 40},
                      content_type="application/json")
    assert bad.status_code == 409
    assert "进展" in bad.json()["detail"]


def test_a_unit_user_cannot_report_on_another_units_measure(client, world):
    client.force_login(world.other_unit)
    response = client.post(f"/api/measures/{world.measure.pk}/progress", {"text": "x", "progress": 1},
                           content_type="application/json")
    assert response.status_code == 404


def test_the_openapi_schema_is_served(client, world):
    client.force_login(world.office)
    schema = client.get("/api/openapi.json").json()
    assert "/api/inspections" in schema["paths"]


def test_a_measure_outside_scope_is_a_404_even_when_the_body_is_malformed(client, world):
    client.force_login(world.other_unit)
    response = client.post(f"/api/measures/{world.measure.pk}/progress", "not json", content_type="application/json")
    assert response.status_code == 404


def test_a_malformed_body_on_a_measure_in_scope_is_explained_and_changes_nothing(client, world):
    client.force_login(world.unit)
    response = client.post(f"/api/measures/{world.measure.pk}/progress", {"text": "已完成", "progress": "很多"},
                           content_type="application/json")
    assert response.status_code == 422
    assert "progress" in response.json()["detail"]
    assert world.measure.updates.count() == 0


def test_the_schema_still_describes_the_progress_body(client, world):
    client.force_login(world.office)
    schema = client.get("/api/openapi.json").json()
    body = schema["paths"]["/api/measures/{measure_id}/progress"]["post"]["requestBody"]
    assert set(body["content"]["application/json"]["schema"]["properties"]) == {"text", "progress", "reported_on"}


def test_the_schema_and_docs_are_for_signed_in_users_only(client, world):
    for url in ("/api/openapi.json", "/api/docs"):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response["Location"]


def test_the_docs_page_loads_swagger_from_our_own_static_files(client, world):
    client.force_login(world.unit)
    html = client.get("/api/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn." not in html


@time_machine.travel("2026-11-23 10:00 +0800")
@pytest.mark.parametrize("total", [2, 12])
def test_the_inspection_list_costs_the_same_queries_for_2_or_12_inspections(client, world, total,
                                                                           django_assert_max_num_queries):
    from tests.ledger.inspections import add_inspections

    add_inspections(world, total - 1)
    client.force_login(world.office)
    client.get("/api/inspections")  # the session's first save
    # Session, user, devices and unit, the page count and the inspections, the tokens and headlines (3 when
    # not cached), the session save.
    with django_assert_max_num_queries(13):
        data = client.get("/api/inspections").json()["results"]
    assert len(data) == total
    assert {d["id"]: d["headline"]["measures_total"] for d in data}[world.inspection.pk] == 3


@time_machine.travel("2026-11-23 10:00 +0800")
def test_the_problem_list_comes_a_page_at_a_time_with_next_links(client, world):
    client.force_login(world.office)
    first = client.get(f"/api/inspections/{world.inspection.pk}/problems?page_size=1").json()
    assert first["count"] == 2 and len(first["results"]) == 1 and first["previous"] is None
    assert first["next"].endswith(f"/api/inspections/{world.inspection.pk}/problems?page_size=1&page=2")
    second = client.get(first["next"]).json()
    assert second["next"] is None and second["previous"] is not None
    seqs = [first["results"][0]["seq"], second["results"][0]["seq"]]
    assert seqs == [1, 2]
    # Each problem carries its own measures, whichever page it is on.
    everything = client.get(f"/api/inspections/{world.inspection.pk}/problems").json()["results"]
    assert [p["measures"] for p in everything] == [first["results"][0]["measures"], second["results"][0]["measures"]]
