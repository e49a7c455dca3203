"""Cases where users already look: 待审事项, 我的任务, the nav badges, the search page and the JSON API."""
from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD
from zhenggai.notify.context import badge_counts
from zhenggai.petitions.work import PAGE_SIZE


def _login(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def waiting(world, petitions):
    """One case reported (waits on the office), one concluded (waits on a leader), one the unit must handle."""
    p = petitions
    p.reported = p.make_case(3, "D3HN202605280101", lead_unit=world.enforcement, state="reported",
                             complaint="某砂场昼夜开采，噪声扰民，运砂车辆抛洒严重。", pollution_type="noise")
    p.concluded = p.make_case(4, "D3HN202605280102", lead_unit=world.enforcement, state="concluded")
    p.returned = p.make_case(5, "D3HN202605280103", lead_unit=world.enforcement, state="returned",
                             deadline_date=dt.date.today() + dt.timedelta(days=30))
    return p


# --- who sees what: one matrix per surface ---------------------------------------------------------------

REVIEW_MATRIX = [
    # (persona, status, the cases listed)
    ("office", 200, {"reported"}), ("leader", 200, {"concluded"}), ("unit", 403, None),
    ("observer", 403, None), ("outsider", 200, set()),
]


@pytest.mark.parametrize("persona,status,listed", REVIEW_MATRIX)
def test_the_review_queue_lists_the_cases_waiting_on_each_role_as_the_matrix_says(client, world, waiting, persona,
                                                                                  status, listed):
    response = _login(client, world.persona(persona)).get(reverse("review_queue"))
    assert response.status_code == status
    if listed is not None:
        page = response.context["petition_review"]["page"]
        assert {c.pk for c in page.items} == {getattr(waiting, name).pk for name in listed}


MY_WORK_MATRIX = [
    ("unit", {"case", "returned"}), ("other_unit", {"case2"}), ("office", None), ("leader", None), ("outsider", None),
]


@pytest.mark.parametrize("persona,listed", MY_WORK_MATRIX)
def test_my_work_lists_a_units_cases_to_handle_as_the_matrix_says(client, world, waiting, persona, listed):
    response = _login(client, world.persona(persona)).get(reverse("my_work"))
    assert response.status_code == 200
    section = response.context.get("petition_work")
    if listed is None:
        assert not section
    else:
        assert {c.pk for c in section["page"].items} == {getattr(waiting, name).pk for name in listed}


def test_my_work_shows_the_deadline_and_light_of_each_case_earliest_first(client, world, waiting):
    response = _login(client, world.unit).get(reverse("my_work"))
    items = response.context["petition_work"]["page"].items
    assert [c.pk for c in items] == [waiting.case.pk, waiting.returned.pk]  # past deadline first
    assert items[0].light.value == "red" and items[0].overdue > 0
    assert items[1].light.value == "green"
    page = response.content.decode()
    assert "交办信访件" in page and waiting.returned.number in page and "逾期" in page


def test_a_case_of_an_archived_inspection_is_on_no_ones_work_list(client, world, waiting):
    from django.utils import timezone

    waiting.inspection.archived_at = timezone.now()
    waiting.inspection.save()
    assert not _login(client, world.unit).get(reverse("my_work")).context["petition_work"]["page"].items
    client.logout()
    assert not _login(client, world.office).get(reverse("review_queue")).context["petition_review"]["page"].items


def test_the_review_queue_pages_its_cases_without_counting_them(client, world, petitions):
    for k in range(PAGE_SIZE + 3):
        petitions.make_case(100 + k, f"D3HN2026052801{k:02d}", lead_unit=world.enforcement, state="reported")
    c = _login(client, world.office)
    first = c.get(reverse("review_queue")).context["petition_review"]["page"]
    second = c.get(reverse("review_queue"), {"case_page": "2"}).context["petition_review"]["page"]
    assert len(first.items) == PAGE_SIZE and first.has_next and not first.has_previous
    assert len(second.items) == 3 and not second.has_next
    assert not {x.pk for x in first.items} & {x.pk for x in second.items}


@pytest.mark.parametrize("persona,url", [("office", "review_queue"), ("leader", "review_queue"),
                                         ("unit", "my_work")])
def test_the_case_sections_cost_the_same_queries_for_two_cases_or_forty(client, world, petitions, persona, url,
                                                                         django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    state = {"office": "reported", "leader": "concluded", "unit": "handling"}[persona]
    petitions.make_case(50, "D3HN202605289001", lead_unit=world.enforcement, state=state)
    c = _login(client, world.persona(persona))
    with CaptureQueriesContext(connection) as few:
        c.get(reverse(url))
    for k in range(40):
        petitions.make_case(200 + k, f"D3HN2026052892{k:02d}", lead_unit=world.enforcement, state=state)
    with django_assert_max_num_queries(len(few.captured_queries)):
        c.get(reverse(url))


# --- badges ----------------------------------------------------------------------------------------------

def test_the_badges_count_the_cases_waiting_on_each_role(world, waiting):
    before = {name: badge_counts(world.persona(name)) for name in ("office", "leader", "unit", "outsider")}
    assert before["office"]["review"] == 1 and before["leader"]["review"] == 1
    # The unit owes the overdue assigned case and the one sent back; the other unit's overdue case is not its own.
    assert before["unit"]["my_work"] == 2
    assert before["outsider"].get("review", 0) == 0
    waiting.make_case(9, "D3HN202605280109", lead_unit=world.enforcement, state="reported")
    assert badge_counts(world.office)["review"] == 2


def test_the_badges_are_kept_under_the_tokens_and_follow_a_write_at_once(world, waiting, django_assert_num_queries):
    from django.core.cache import cache

    cache.clear()
    for persona in ("office", "leader", "unit"):
        user = world.persona(persona)
        user.unit  # the user's unit is read once with the user, not by the badge
        with django_assert_num_queries(3):  # the inspections' tokens, the ledger counts (then cached), unread messages
            first = badge_counts(user)
        with django_assert_num_queries(2):
            assert badge_counts(user) == first
    first = badge_counts(world.unit)
    world.measure.state = "returned"  # a write to a measure rotates its inspection's token: counted at once
    world.measure.save(update_fields=["state"])
    assert badge_counts(world.unit)["my_work"] == first["my_work"] + 1


# --- search ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("q", ["D3HN202605280101", "d3hn 202605280101", "运砂车辆"])
def test_the_search_finds_a_case_by_its_number_or_its_complaint(client, world, waiting, q):
    response = _login(client, world.office).get(reverse("search"), {"q": q})
    hits = response.context["petition_hits"]["page"].items
    assert [c.pk for c in hits] == [waiting.reported.pk]
    assert waiting.reported.get_absolute_url() in response.content.decode()


@pytest.mark.parametrize("persona,found", [("office", True), ("unit", True), ("other_unit", False),
                                           ("outsider", False), ("observer", True)])
def test_the_search_finds_only_cases_the_user_may_open(client, world, waiting, persona, found):
    response = _login(client, world.persona(persona)).get(reverse("search"), {"q": "运砂车辆"})
    assert bool(response.context["petition_hits"]["page"].items) is found


# --- the JSON API ----------------------------------------------------------------------------------------

API_MATRIX = [
    ("office", "list", 200), ("leader", "list", 200), ("unit", "list", 200), ("observer", "list", 200),
    ("outsider", "list", 404),
    ("office", "detail", 200), ("unit", "detail", 200), ("other_unit", "detail", 404), ("outsider", "detail", 404),
]


@pytest.mark.parametrize("persona,which,status", API_MATRIX)
def test_the_case_api_answers_each_role_as_the_matrix_says(client, world, waiting, persona, which, status):
    url = (f"/api/inspections/{waiting.inspection.pk}/petitions" if which == "list"
           else f"/api/petitions/{waiting.reported.pk}")
    assert _login(client, world.persona(persona)).get(url).status_code == status


def test_an_anonymous_api_caller_is_refused(client, waiting):
    assert client.get(f"/api/inspections/{waiting.inspection.pk}/petitions").status_code == 401


def test_the_case_api_filters_like_the_page_and_a_unit_lists_only_its_own(client, world, waiting):
    url = f"/api/inspections/{waiting.inspection.pk}/petitions"
    office = _login(client, world.office)
    assert len(office.get(url).json()["results"]) == 5
    noise = office.get(url, {"type": "noise"}).json()["results"]
    assert [r["number"] for r in noise] == ["D3HN202605280101"]
    assert noise[0]["state_label"] == "待整改办审核" and noise[0]["light"] in ("green", "yellow", "red", "grey")
    bad = office.get(url, {"state": "nonsense"})
    assert bad.status_code == 400 and "办理状态" in bad.json()["detail"]
    client.logout()
    own = _login(client, world.other_unit).get(url).json()["results"]
    assert [r["number"] for r in own] == [waiting.case2.number]


def test_the_case_api_pages_with_next_links(client, world, petitions):
    for k in range(4):  # six cases in all: two pages of three
        petitions.make_case(10 + k, f"D3HN20260528070{k}", lead_unit=world.enforcement)
    c = _login(client, world.office)
    first = c.get(f"/api/inspections/{petitions.inspection.pk}/petitions", {"page_size": 3}).json()
    assert len(first["results"]) == 3 and first["next"] and first["previous"] is None
    second = c.get(first["next"]).json()
    assert len(second["results"]) == 3 and second["next"] is None
    assert not {r["id"] for r in first["results"]} & {r["id"] for r in second["results"]}


def test_the_case_api_list_costs_the_same_queries_for_few_or_many(client, world, petitions,
                                                                   django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    c = _login(client, world.office)
    url = f"/api/inspections/{petitions.inspection.pk}/petitions"
    with CaptureQueriesContext(connection) as few:
        c.get(url)
    for k in range(30):
        petitions.make_case(300 + k, f"D3HN2026052893{k:02d}", lead_unit=world.enforcement)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(c.get(url).json()["results"]) == 32


def test_the_case_api_detail_carries_the_handling_and_figures(client, world, waiting):
    body = _login(client, world.unit).get(f"/api/petitions/{waiting.reported.pk}").json()
    assert body["number"] == "D3HN202605280101" and body["lead_unit"] == world.enforcement.name
    assert body["fines_wan"] in ("0.00", 0, "0") and body["co_units"] == []


def test_the_search_costs_the_same_queries_for_one_matching_case_or_thirty(client, world, petitions,
                                                                            django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    petitions.make_case(60, "D3HN202605289499", lead_unit=world.enforcement, complaint="某砂场夜间开采噪声扰民。")
    c = _login(client, world.office)
    with CaptureQueriesContext(connection) as few:
        c.get(reverse("search"), {"q": "砂场"})
    for k in range(30):
        petitions.make_case(400 + k, f"D3HN2026052894{k:02d}", lead_unit=world.approvals, complaint="某砂场堆料扬尘。")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = c.get(reverse("search"), {"q": "砂场"})
    assert len(response.context["petition_hits"]["page"].items) == PAGE_SIZE
