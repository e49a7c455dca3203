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


def test_each_light_filter_selects_exactly_the_cases_the_light_rule_colours_so(world, petitions):
    """The filter's index-friendly conditions and the one light expression partition the cases the same way."""
    from zhenggai.ledger.models import LIGHT_RANK, Light
    from zhenggai.petitions.models import PetitionCase
    from zhenggai.petitions.selectors import case_light_q, cases_with_light

    on = dt.date(2026, 6, 10)
    for k, (state, due) in enumerate([("assigned", on - dt.timedelta(days=1)), ("handling", on), ("phased", on + dt.timedelta(days=3)),
                                      ("reported", on + dt.timedelta(days=4)), ("returned", None), ("concluded", on - dt.timedelta(days=9)),
                                      ("signed_off", on + dt.timedelta(days=30)), ("new", on + dt.timedelta(days=40))]):
        petitions.make_case(10 + k, f"D3HN2026052870{k:02d}", state=state, deadline_date=due)
    inspection = petitions.inspection
    annotated = dict(cases_with_light(inspection, on=on).values_list("pk", "light_rank"))
    seen = set()
    for light in Light:
        chosen = set(PetitionCase.objects.filter(case_light_q(light, inspection, on), inspection=inspection)
                     .values_list("pk", flat=True))
        assert chosen == {pk for pk, rank in annotated.items() if rank == LIGHT_RANK[light]}, light
        seen |= chosen
    assert seen == set(annotated) and len(seen) == 10


def test_past_the_count_cap_the_list_says_so_and_still_pages_on(client, world, petitions, monkeypatch):
    from zhenggai.ledger import paging
    from zhenggai.petitions import views

    monkeypatch.setattr(paging, "COUNT_CAP", 3)
    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    for k in range(4):
        petitions.make_case(10 + k, f"D3HN2026052871{k:02d}", lead_unit=world.enforcement)
    first = _get(client, world.office, petitions)
    assert "共 3 件以上" in first.content.decode() and first.context["page"].has_next
    third = _get(client, world.office, petitions, page=3)
    assert len(third.context["page"].object_list) == 2 and not third.context["page"].has_next
    assert "第 3 页" in third.content.decode()
    client.logout()
    few = _get(client, world.other_unit, petitions)  # one case of its own: an exact count, one page
    assert "共 1 件" in few.content.decode() and few.context["page"].num_pages == 1
