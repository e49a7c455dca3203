"""Search from the navigation: problems and measures across every inspection in the user's scope."""
from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import login, make_unit
from zhenggai.ledger.models import Inspection, Measure, Problem
from zhenggai.ledger.search import search_hits, snippet


@pytest.fixture
def second(world):
    """A second inspection of the bureau, and one of another body the bureau's users may not see."""
    inspection = Inspection.objects.create(
        name="市委第七巡察组巡察反馈意见整改", inspector="市委第七巡察组", inspected_unit=world.bureau, kind="xuncha",
        feedback_date=dt.date(2026, 7, 1))
    problem = Problem.objects.create(inspection=inspection, seq=3, statement="执法记录仪使用率不高",
                                     lead_unit=world.approvals)
    Measure.objects.create(problem=problem, seq=1, text="配齐执法记录仪并每月抽查。", lead_unit=world.approvals,
                           created_on=dt.date(2026, 7, 1))
    other_body = make_unit("市交通局")
    foreign = Inspection.objects.create(name="交通局巡察整改", inspector="市委第八巡察组", inspected_unit=other_body,
                                        kind="xuncha", feedback_date=dt.date(2026, 7, 1))
    Problem.objects.create(inspection=foreign, seq=1, statement="执法程序不规范", lead_unit=other_body)
    return inspection


def labels(user, q: str) -> list[tuple[str, str]]:
    return [(row["hit_inspection"], row["hit_kind"] + str(row["hit_problem_seq"]) + "." + str(row["hit_measure_seq"]))
            for row in search_hits(user, q)]


def test_it_finds_problems_and_measures_in_every_inspection_of_the_office(world, second):
    assert labels(world.office, "执法") == [
        ("市委第七巡察组巡察反馈意见整改", "problem3.0"),
        ("市委第七巡察组巡察反馈意见整改", "measure3.1"),
        ("市委第六巡察组巡察反馈意见整改", "problem1.0"),
        ("市委第六巡察组巡察反馈意见整改", "measure1.1"),
        ("市委第六巡察组巡察反馈意见整改", "measure1.2"),
    ]


def test_it_never_shows_an_inspection_outside_the_users_scope(world, second):
    assert "交通局巡察整改" not in {name for name, _ in labels(world.office, "执法")}
    assert labels(world.outsider, "执法") == []
    # The observer watches only the first inspection.
    assert {name for name, _ in labels(world.observer, "执法")} == {"市委第六巡察组巡察反馈意见整改"}


def test_a_unit_user_finds_only_the_problems_their_unit_answers_for(world, second):
    assert labels(world.unit, "执法") == [
        ("市委第六巡察组巡察反馈意见整改", "problem1.0"),
        ("市委第六巡察组巡察反馈意见整改", "measure1.1"),
        ("市委第六巡察组巡察反馈意见整改", "measure1.2"),
    ]
    assert labels(world.other_unit, "执法") == [
        ("市委第七巡察组巡察反馈意见整改", "problem3.0"),
        ("市委第七巡察组巡察反馈意见整改", "measure3.1"),
    ]


def test_the_page_names_the_inspection_on_each_hit_and_marks_the_words(client, world, second):
    login(client, world.office)
    response = client.get(reverse("search"), {"q": "记录仪"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "找到 2 条" in html
    assert html.count("市委第七巡察组巡察反馈意见整改") >= 2
    assert "<mark>记录仪</mark>" in html
    assert f'href="/measures/{Measure.objects.get(text__startswith="配齐").pk}/"' in html


def test_the_page_reads_one_page_in_two_queries_whatever_the_number_of_inspections(client, world, second):
    login(client, world.office)
    client.get(reverse("search"), {"q": "执法"})  # warm the session and the user
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("search"), {"q": "执法"})
    searches = [q["sql"] for q in queries.captured_queries if "UNION" in q["sql"].upper()]
    assert len(searches) == 2  # the count and the page


def test_it_pages_twenty_hits_at_a_time(client, world):
    Measure.objects.bulk_create([Measure(problem=world.problem2, seq=10 + i, text=f"公开办理第{i}项", created_on=world.inspection.feedback_date)
                                 for i in range(25)])
    login(client, world.office)
    first = client.get(reverse("search"), {"q": "公开办理"}).content.decode()
    assert "找到 26 条" in first and "第 1 / 2 页" in first and "page=2" in first
    second_page = client.get(reverse("search"), {"q": "公开办理", "page": 2}).content.decode()
    assert second_page.count('class="hit-head"') == 6


def test_words_too_long_are_refused_with_a_chinese_message(client, world):
    login(client, world.office)
    response = client.get(reverse("search"), {"q": "执" * 101})
    assert response.status_code == 200
    assert "搜索词不能超过100个字" in response.content.decode()


def test_the_search_box_is_in_the_navigation_of_business_users_only(client, world):
    login(client, world.unit)
    assert 'action="/search/"' in client.get(reverse("my_work")).content.decode()


def test_a_snippet_is_escaped_and_centred_on_the_match():
    text = "<b>" + "甲" * 100 + "执法记录仪" + "乙" * 100
    out = str(snippet(text, "执法记录仪", width=30))
    assert out.startswith("…") and out.endswith("…")
    assert "<mark>执法记录仪</mark>" in out and "<b>" not in out
    assert str(snippet("&lt;无匹配", "执法")) == "&amp;lt;无匹配"
