"""The hot paths at N: lists come a page at a time, each page costs the same queries however long the
list, and the headline cache follows every write through the ledger token."""
from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from zhenggai.ledger.models import ExtensionRequest, Inspection, Measure, Problem
from zhenggai.ledger.selectors import inspection_headline, inspection_headlines
from zhenggai.ledger.views import MY_WORK_PAGE_SIZE, PAGE_SIZE
from zhenggai.ledger.workflow import MeasureState

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


def add_measures(world, n: int, *, state: str = MeasureState.IN_PROGRESS, unit=None) -> None:
    problem = Problem.objects.create(inspection=world.inspection, seq=900 + Problem.objects.count(),
                                     statement="批量问题", lead_unit=unit or world.enforcement)
    Measure.objects.bulk_create([
        Measure(problem=problem, seq=k + 1, text=f"批量措施{k}", lead_unit=unit or world.enforcement, state=state,
                deadline_kind="date", deadline_date=dt.date(2026, 12, 1) + dt.timedelta(days=k),
                created_on=dt.date(2026, 6, 1), completion_note="已完成" if state != MeasureState.IN_PROGRESS else "")
        for k in range(n)])
    if state in (MeasureState.REQUESTED, MeasureState.REVIEWED):
        from django.utils import timezone

        from zhenggai.ledger.models import SignOffRequest, SignOffState

        SignOffRequest.objects.bulk_create([
            SignOffRequest(measure=m, requested_by=world.unit, requested_at=timezone.now(),
                           completion_date=dt.date(2026, 11, 1), completion_note="已完成",
                           state=SignOffState.PENDING_REVIEW) for m in problem.measures.all()])


def queries_for(client, url: str) -> int:
    client.get(url)  # the session's first save
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_review_queue_comes_a_page_at_a_time_at_the_same_cost(client, world):
    client.force_login(world.office)
    url = reverse("review_queue")
    add_measures(world, 3, state=MeasureState.REQUESTED)
    small = queries_for(client, url)
    add_measures(world, PAGE_SIZE * 2, state=MeasureState.REQUESTED)
    assert queries_for(client, url) == small
    first = client.get(url)
    assert len(first.context["requests"]) == PAGE_SIZE
    last = client.get(url, {"page": 3})
    assert len(last.context["requests"]) == 3
    seen = [r.pk for n in (1, 2, 3) for r in client.get(url, {"page": n}).context["requests"]]
    assert len(set(seen)) == PAGE_SIZE * 2 + 3
    assert "下一页" in first.content.decode() and "下一页" not in last.content.decode()


def test_the_review_queue_pages_extension_requests_apart_from_sign_offs(client, world):
    client.force_login(world.leader)
    from django.utils import timezone

    ExtensionRequest.objects.bulk_create([
        ExtensionRequest(measure=world.measure, requested_by=world.unit, requested_at=timezone.now(),
                         old_deadline_kind="date", old_deadline_date=dt.date(2026, 12, 31),
                         new_date=dt.date(2027, 3, 31), reason=f"理由{k}") for k in range(PAGE_SIZE + 1)])
    response = client.get(reverse("review_queue"), {"ext_page": 2})
    assert len(response.context["extensions"]) == 1
    assert response.context["ext_page"].has_previous and not response.context["ext_page"].has_next


def test_my_work_comes_a_page_at_a_time_at_the_same_cost(client, world):
    client.force_login(world.unit)
    url = reverse("my_work")
    small = queries_for(client, url)
    add_measures(world, MY_WORK_PAGE_SIZE + 5)
    assert queries_for(client, url) == small
    first = client.get(url)
    shown = [m.pk for s in first.context["sections"] for m in s["measures"]]
    assert len(shown) == MY_WORK_PAGE_SIZE
    second = client.get(url, {"page": 2})
    rest = [m.pk for s in second.context["sections"] for m in s["measures"]]
    open_ = Measure.objects.filter(lead_unit=world.enforcement).exclude(state=MeasureState.SIGNED_OFF).count()
    assert len(shown) + len(rest) == open_ and not set(shown) & set(rest)


def test_my_works_order_is_cached_under_the_tokens_and_follows_a_write_at_once(client, world):
    client.force_login(world.unit)
    url = reverse("my_work")
    cache.clear()
    client.get(url)
    with CaptureQueriesContext(connection) as cold:
        client.get(url)  # the order from the cache: the query that lights and sorts the unit's measures is gone
    assert not any("UNION" in q["sql"] and "CASE" in q["sql"] for q in cold.captured_queries)
    cached = len(cold)
    add_measures(world, MY_WORK_PAGE_SIZE + 5)  # rotates the inspection's token
    first = client.get(url)
    shown = [m.pk for s in first.context["sections"] for m in s["measures"]]
    assert len(shown) == MY_WORK_PAGE_SIZE  # the new measures are there at once
    with CaptureQueriesContext(connection) as warm:
        client.get(url)
    assert len(warm) == cached  # and a cached visit costs the same with many more measures
    measure = Measure.objects.get(pk=shown[0])
    measure.state = MeasureState.SIGNED_OFF
    measure.save()
    assert measure.pk not in [m.pk for s in client.get(url).context["sections"] for m in s["measures"]]


def test_my_work_counts_what_was_sent_back_over_every_page(client, world):
    add_measures(world, MY_WORK_PAGE_SIZE + 5)
    add_measures(world, 2, state=MeasureState.RETURNED)
    client.force_login(world.unit)
    sections = client.get(reverse("my_work")).context["sections"]
    assert {s["inspection"].pk: s["returned"] for s in sections}[world.inspection.pk] == 2


def test_the_inspection_list_comes_a_page_at_a_time(client, world):
    from tests.ledger.inspections import add_inspections

    add_inspections(world, PAGE_SIZE)  # one more than a page with the world's own
    client.force_login(world.office)
    first = client.get(reverse("inspection_list"))
    assert len(first.context["rows"]) == PAGE_SIZE
    second = client.get(reverse("inspection_list"), {"page": 2})
    assert len(second.context["rows"]) == 1


def test_a_cached_headline_changes_with_every_write_the_figures_read(world):
    cache.clear()
    before = inspection_headline(world.inspection, cached=True)
    assert inspection_headline(world.inspection, cached=True) == before
    Measure.objects.filter(pk=world.measure.pk).update(state=MeasureState.SIGNED_OFF)  # not even through save()
    after = inspection_headline(world.inspection, cached=True)
    assert after.measures_done == before.measures_done + 1
    assert after == inspection_headline(world.inspection)  # as computed without the cache
    world.enforcement.name = "市生态环境执法总队"
    world.enforcement.save()
    assert "市生态环境执法总队" in {r.unit_name for r in inspection_headline(world.inspection, cached=True).by_unit}
    Inspection.objects.filter(pk=world.inspection.pk).update(warning_days=60)
    assert inspection_headline(world.inspection, cached=True) == inspection_headline(world.inspection)


def test_a_cached_headline_costs_one_query(world, django_assert_num_queries):
    inspection_headlines([world.inspection], cached=True)
    with django_assert_num_queries(1):  # the token
        inspection_headlines([world.inspection], cached=True)


def test_a_ledger_token_changes_on_insert_update_and_delete_of_each_table_it_covers(world):
    from zhenggai.ledger.models import Category, Rule

    def token() -> int:
        return Inspection.objects.values_list("ledger_token", flat=True).get(pk=world.inspection.pk)

    steps = [
        lambda: Category.objects.create(inspection=world.inspection, seq=9, name="新类别"),
        lambda: Category.objects.filter(inspection=world.inspection, seq=9).update(name="改名"),
        lambda: Category.objects.filter(inspection=world.inspection, seq=9).delete(),
        lambda: Rule.objects.create(inspection=world.inspection, title="新制度"),
        lambda: Problem.objects.filter(pk=world.problem2.pk).update(statement="改写"),
        lambda: Measure.objects.create(problem=world.problem2, seq=9, text="新措施"),
        lambda: Measure.objects.filter(problem=world.problem2, seq=9).delete(),
    ]
    for step in steps:
        old = token()
        step()
        assert token() != old


def test_a_ledger_token_changes_with_each_row_the_battle_map_ranking_reads(world):
    from zhenggai.ledger.models import FollowUp
    from zhenggai.supervision.models import ProgressRound, RoundEntry, SupervisionRecord

    def token() -> int:
        return Inspection.objects.values_list("ledger_token", flat=True).get(pk=world.inspection.pk)

    holder: dict = {}

    def open_round():
        holder["round"] = ProgressRound.objects.create(body=world.bureau, number=1, opened_on=dt.date(2026, 11, 1),
                                                       due_date=dt.date(2026, 11, 20), opened_by=world.office)

    steps = [
        lambda: SupervisionRecord.objects.create(kind=SupervisionRecord._meta.get_field("kind").choices[0][0],
                                                 measure=world.measure, unit=world.enforcement, text="请抓紧",
                                                 issued_on=dt.date(2026, 11, 20), issued_by=world.office),
        lambda: FollowUp.objects.create(problem=world.problem, checked_on=dt.date(2026, 11, 20), outcome="holds",
                                        note="巩固", checked_by=world.office),
        lambda: (open_round(), holder["round"].inspections.add(world.inspection)),
        lambda: RoundEntry.objects.create(round=holder["round"], measure=world.measure, unit=world.enforcement,
                                          progress_before=0, state_before="in_progress"),
        lambda: ProgressRound.objects.filter(pk=holder["round"].pk).update(state="closed"),
    ]
    for step in steps:
        old = token()
        step()
        assert token() != old


def test_the_battle_map_ranking_is_cached_until_a_row_it_reads_changes(client, world):
    from zhenggai.supervision.models import SupervisionRecord

    cache.clear()
    client.force_login(world.office)
    url = reverse("battlemap:overview")
    client.get(url)
    with CaptureQueriesContext(connection) as cached:
        client.get(url)
    assert not [q for q in cached.captured_queries if "ledger_signoffrequest" in q["sql"]]  # the scores come cached
    SupervisionRecord.objects.create(kind=SupervisionRecord._meta.get_field("kind").choices[0][0],
                                     measure=world.measure, unit=world.enforcement, text="请抓紧",
                                     issued_on=dt.date(2026, 11, 20), issued_by=world.office)
    page = client.get(url)
    row = next(s for s in page.context["scores"] if s.unit_id == world.enforcement.pk)
    assert row.supervised == 1


@pytest.mark.parametrize("query", ["", "?q=批量", "?unit={unit}"])
def test_a_unit_users_problem_list_costs_the_same_queries_for_a_few_or_many_problems(client, world, query, settings):
    settings.ZHENGGAI_PAGE_CACHE_SECONDS = 0  # the rendering's queries (a cached answer: tests/ledger/test_page_cache.py)
    url = reverse("problem_list", args=[world.inspection.pk]) + query.format(unit=world.enforcement.pk)
    client.force_login(world.unit)
    add_measures(world, 3)
    small = queries_for(client, url)
    for _ in range(PAGE_SIZE + 3):  # more problems than a page, each with its measures
        add_measures(world, 4)
    assert queries_for(client, url) == small
    page = client.get(url).context["page"]
    assert len(page.object_list) == PAGE_SIZE and page.paginator.count > PAGE_SIZE


def test_the_badges_stop_counting_at_99(world):
    from zhenggai.notify.context import BADGE_CAP, badge_counts, badge_label

    add_measures(world, BADGE_CAP + 5, state=MeasureState.RETURNED)
    counts = badge_counts(world.unit)
    assert counts["my_work"] == BADGE_CAP + 1 and badge_label(counts["my_work"]) == "99+"
    assert badge_label(3) == 3


def test_the_problem_lists_counts_are_kept_under_the_token_and_follow_a_write_at_once(client, world, settings):
    from tests.conftest import login

    settings.ZHENGGAI_PAGE_CACHE_SECONDS = 0  # the page rendered each time, its counts from the cache
    cache.clear()
    login(client, world.unit)
    url = reverse("problem_list", args=[world.inspection.pk])
    first = client.get(url)
    assert first.context["page"].paginator.count == 1 and first.context["measure_count"] == 2
    with CaptureQueriesContext(connection) as again:
        assert client.get(url).context["page"].paginator.count == 1
    assert not [q for q in again.captured_queries if q["sql"].startswith("SELECT COUNT(*)")]  # from the cache
    add_measures(world, 3)  # a new problem led by the unit: the triggers rotate the token
    after = client.get(url)
    assert after.context["page"].paginator.count == 2 and after.context["measure_count"] == 5
    filtered = client.get(url, {"q": "批量措施1"})  # another filter, another entry
    assert filtered.context["page"].paginator.count == 1 and filtered.context["measure_count"] == 3


def test_a_ledger_token_changes_when_a_co_unit_is_added_to_or_removed_from_a_measure_or_a_problem(world):
    def token() -> int:
        return Inspection.objects.values_list("ledger_token", flat=True).get(pk=world.inspection.pk)

    steps = [
        lambda: world.measure3.co_units.add(world.enforcement),
        lambda: world.measure3.co_units.remove(world.enforcement),
        lambda: world.problem2.co_units.add(world.enforcement),
        lambda: world.problem2.co_units.clear(),
    ]
    for step in steps:
        old = token()
        step()
        assert token() != old


def test_a_co_unit_added_or_removed_shows_on_the_units_next_view_of_my_work(client, world):
    client.force_login(world.unit)
    url = reverse("my_work")
    cache.clear()

    def shown() -> list[int]:
        return [m.pk for s in client.get(url).context["sections"] for m in s["measures"]]

    assert world.measure3.pk not in shown()  # led by 行政审批处; the order is now cached
    world.measure3.co_units.add(world.enforcement)  # only the co-unit row is written
    assert world.measure3.pk in shown()
    world.measure3.co_units.remove(world.enforcement)
    assert world.measure3.pk not in shown()
