"""The case list: each filter, a bad value's message, pagination, a unit user's own cases only."""
from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD


def _get(client, user, petitions, **params):
    client.login(username=user.username, password=PASSWORD)
    return client.get(reverse("petitions:case_list", args=[petitions.inspection.pk]), params)


def _numbers(response) -> set[str]:
    return {c.number for c in response.context["page"].object_list}


@pytest.fixture
def more(world, petitions):
    petitions.make_case(3, "D3HN202605280099", lead_unit=world.enforcement, area="岳麓区", pollution_type="water",
                        state="signed_off")
    return petitions


@pytest.mark.parametrize("params,expected", [
    ({}, {"D3HN202605280040", "X3HN202605290011", "D3HN202605280099"}),
    ({"area": "岳麓区"}, {"D3HN202605280099"}),
    ({"type": "water"}, {"D3HN202605280099"}),
    ({"state": "signed_off"}, {"D3HN202605280099"}),
    ({"state": "open"}, {"D3HN202605280040", "X3HN202605290011"}),
    ({"light": "grey"}, {"D3HN202605280099"}),
    ({"number": "x3hn202605290011"}, {"X3HN202605290011"}),
])
def test_each_filter_lists_the_cases_it_names(client, world, more, params, expected):
    assert _numbers(_get(client, world.office, more, **params)) == expected


def test_the_unit_filter_and_the_batch_filter(client, world, more):
    assert _numbers(_get(client, world.office, more, unit=world.approvals.pk)) == {"X3HN202605290011"}
    assert len(_numbers(_get(client, world.office, more, batch=more.batch.pk))) == 3


def test_a_unit_user_lists_only_the_cases_its_unit_answers_for(client, world, more):
    assert _numbers(_get(client, world.other_unit, more)) == {"X3HN202605290011"}


def test_a_bad_filter_value_says_so_and_lists_nothing(client, world, more):
    response = _get(client, world.office, more, state="whatever", batch="abc")
    page = response.content.decode()
    assert response.status_code == 200 and "办理状态“whatever”不正确" in page and "批次“abc”不正确" in page
    assert _numbers(response) == set()


def test_the_list_pages_fifty_at_a_time(client, world, petitions):
    for i in range(3, 56):
        petitions.make_case(i, f"D3HN2026052900{i:02d}", lead_unit=world.enforcement)
    first = _get(client, world.office, petitions)
    second = _get(client, world.office, petitions, page=2)
    assert len(first.context["page"].object_list) == 50 and len(second.context["page"].object_list) == 5
    assert first.context["page"].object_list[0].seq == 1


def test_an_overdue_case_lights_red_in_the_list(client, world, petitions):
    from django.utils import timezone

    petitions.case.deadline_date = dt.date(2020, 1, 1)
    petitions.case.save()
    petitions.case2.deadline_date = timezone.localdate() + dt.timedelta(days=30)
    petitions.case2.save()
    response = _get(client, world.office, petitions, state="overdue")
    assert _numbers(response) == {"D3HN202605280040"}
    assert response.context["page"].object_list[0].light.value == "red"
