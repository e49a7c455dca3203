"""The ledger's one filter (zhenggai.ledger.filters): what each parameter selects, and that the problem list page,
its four downloads and the API list the same problems and measures for the same query string.

The ledger (tests/reports/conftest.py, 23 Nov 2026): problem 1 (执法支队) has measure 1 (green, due 31 Dec) and
measure 2 (long-term, red); problem 2 (审批处) is done, measure 3 signed off (grey); problem 3 (办公室) is
long-term, measure 4 red.
"""
from __future__ import annotations

import io
from urllib.parse import urlencode

import pytest
import time_machine
from django.urls import reverse
from openpyxl import load_workbook

from tests.conftest import login
from tests.reports.conftest import FROZEN, fill_ledger
from zhenggai.ledger.filters import FilterError, LedgerFilter
from zhenggai.ledger.models import Measure, Problem


@pytest.fixture
def ledger(world):
    with time_machine.travel(FROZEN, tick=False):
        fill_ledger(world)
        yield world


def problem_seqs(world, params, user=None) -> list[int]:
    f = LedgerFilter.from_params(params)
    return list(f.problems(world.inspection, user=user).order_by(*f.ordering).values_list("seq", flat=True))


def measure_texts(world, params, user=None) -> list[str]:
    return sorted(LedgerFilter.from_params(params).measures(world.inspection, user=user).values_list("text", flat=True))


def page(client, world, params) -> tuple[list[int], int, str]:
    response = client.get(reverse("problem_list", args=[world.inspection.pk]), params)
    assert response.status_code == 200
    return [p.seq for p in response.context["page"]], response.context["measure_count"], response.content.decode()


def download(client, world, kind: str, params) -> list[list]:
    response = client.get(reverse("reports:export", kwargs={"pk": world.inspection.pk, "kind": kind}), params)
    assert response.status_code == 200, response.content
    ws = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    return [list(r) for r in ws.iter_rows(min_row=2, values_only=True)]


# --- what each parameter selects ---------------------------------------------------------------------------

def test_a_light_lists_the_problems_with_a_measure_of_that_light_and_only_those_measures(ledger):
    assert problem_seqs(ledger, {"light": "green"}) == [1]  # problem 1 is red at worst, but has a green measure
    assert measure_texts(ledger, {"light": "green"}) == [ledger.measure.text]
    assert problem_seqs(ledger, {"light": "red"}) == [1, 3]
    assert measure_texts(ledger, {"light": "red"}) == sorted([ledger.measure2.text, ledger.measure4.text])
    assert problem_seqs(ledger, {"light": "yellow"}) == []


def test_the_measure_filters_must_hold_for_one_and_the_same_measure(ledger):
    # Problem 1 has a green measure and a measure without a date; neither is green and due within 40 days.
    assert problem_seqs(ledger, {"light": "red", "due": "40"}) == []
    assert problem_seqs(ledger, {"light": "green", "due": "40"}) == [1]
    assert problem_seqs(ledger, {"light": "grey", "unit": str(ledger.approvals.pk)}) == [2]
    assert problem_seqs(ledger, {"light": "red", "unit": str(ledger.approvals.pk)}) == []


def test_a_unit_answers_for_the_measures_it_leads_or_joins_and_for_all_measures_of_its_problems(ledger):
    ledger.measure.co_units.add(ledger.office_unit)
    office = str(ledger.office_unit.pk)
    assert problem_seqs(ledger, {"unit": office}) == [1, 3]
    # On problem 1 only the measure the office joins; on problem 3, which the office leads, all.
    assert measure_texts(ledger, {"unit": office}) == sorted([ledger.measure.text, ledger.measure4.text])
    ledger.problem2.co_units.add(ledger.office_unit)
    assert problem_seqs(ledger, {"unit": office}) == [1, 2, 3]
    assert ledger.measure3.text in measure_texts(ledger, {"unit": office})


def test_a_unit_takes_in_the_units_under_it(ledger):
    assert problem_seqs(ledger, {"unit": str(ledger.bureau.pk)}) == [1, 2, 3]
    assert len(measure_texts(ledger, {"unit": str(ledger.bureau.pk)})) == 4
    assert problem_seqs(ledger, {"unit": str(ledger.water.pk)}) == []


def test_a_problem_without_measures_matches_its_unit_but_no_light_or_date(ledger):
    Problem.objects.create(inspection=ledger.inspection, category=ledger.category, seq=4, statement="尚未制定措施的问题",
                           lead_unit=ledger.approvals)
    assert problem_seqs(ledger, {"unit": str(ledger.approvals.pk)}) == [2, 4]
    assert measure_texts(ledger, {"unit": str(ledger.approvals.pk)}) == [ledger.measure3.text]
    assert 4 not in problem_seqs(ledger, {"light": "grey"}) + problem_seqs(ledger, {"due": "3650"})


def test_status_category_and_text_select_problems_with_all_their_measures(ledger):
    assert problem_seqs(ledger, {"status": "done"}) == [2]
    assert problem_seqs(ledger, {"status": "in_progress"}) == [1]
    assert measure_texts(ledger, {"status": "in_progress"}) == sorted([ledger.measure.text, ledger.measure2.text])
    assert problem_seqs(ledger, {"q": "案卷"}) == [1]  # in the text of measure 2 only
    assert measure_texts(ledger, {"q": "案卷"}) == sorted([ledger.measure.text, ledger.measure2.text])
    assert problem_seqs(ledger, {"category": str(ledger.category.pk), "status": "long_term"}) == [3]


def test_text_search_in_measures_ignores_latin_case_and_takes_wildcards_literally(ledger):
    ledger.measure2.text = "上线OA系统，执法案卷100%_电子化"
    ledger.measure2.save()
    assert problem_seqs(ledger, {"q": "oa系统"}) == [1]
    assert problem_seqs(ledger, {"q": "100%_电子"}) == [1]
    assert problem_seqs(ledger, {"q": "100__电子"}) == []  # `_` is a character, not any character


def test_due_takes_open_measures_up_to_that_many_days_away_overdue_ones_included(ledger):
    Measure.objects.filter(pk=ledger.measure4.pk).update(deadline_kind="date", deadline_date="2026-11-01")
    assert measure_texts(ledger, {"due": "0"}) == [ledger.measure4.text]
    assert measure_texts(ledger, {"due": "38"}) == sorted([ledger.measure.text, ledger.measure4.text])
    assert 2 not in problem_seqs(ledger, {"due": "3650"})  # signed off: nothing is due


def test_a_unit_users_filter_stays_inside_their_scope(ledger):
    assert problem_seqs(ledger, {"light": "red"}, user=ledger.unit) == [1]
    assert measure_texts(ledger, {"unit": str(ledger.bureau.pk)}, user=ledger.unit) == sorted(
        [ledger.measure.text, ledger.measure2.text])


def test_every_bad_parameter_is_named_in_one_error(ledger):
    with pytest.raises(FilterError) as caught:
        LedgerFilter.from_params({"unit": "x", "category": "一", "status": "finished", "light": "purple",
                                  "due": "99999", "sort": "random", "q": "字" * 101})
    assert caught.value.messages == [
        "责任单位参数不正确：x", "类别参数不正确：一", "状态参数不正确：finished（可选：已完成、正在推进、长期坚持）",
        "亮灯参数不正确：purple（可选：红灯、黄灯、绿灯、蓝灯、已销号）", "到期天数应为0–3650的整数：99999",
        "关键词不能超过100个字", "排序参数不正确：random"]
    with pytest.raises(FilterError, match="没有找到责任单位：999999"):
        LedgerFilter.from_params({"unit": "999999"})


def test_empty_values_mean_all_and_the_sort_is_not_a_filter(ledger):
    f = LedgerFilter.from_params({"unit": "", "light": " ", "status": "", "sort": "light", "page": "2"})
    assert f.as_params() == {} and not f.has_measure_filters
    assert problem_seqs(ledger, {"sort": "light"}) == [1, 3, 2]  # red, red, grey


# --- the page and its downloads agree ---------------------------------------------------------------------

FILTERS = [
    {},
    {"light": "red"},
    {"light": "green"},
    {"light": "grey"},
    {"status": "in_progress"},
    {"due": "40"},
    {"q": "制度"},
    {"unit": "approvals"},
    {"unit": "enforcement", "light": "red"},
    {"unit": "bureau", "due": "3650", "sort": "deadline"},
]


def _params(world, params: dict) -> dict:
    return {k: (str(getattr(world, v).pk) if k == "unit" else v) for k, v in params.items()}


@pytest.mark.parametrize("params", FILTERS, ids=lambda p: urlencode(p) or "all")
@pytest.mark.parametrize("persona", ["office", "unit"])
def test_the_downloads_list_what_the_page_shows(client, ledger, params, persona):
    ledger.measure.co_units.add(ledger.office_unit)
    Problem.objects.create(inspection=ledger.inspection, category=ledger.category, seq=4, statement="尚未制定措施的问题",
                           lead_unit=ledger.approvals)
    params = _params(ledger, params)
    login(client, ledger.persona(persona))
    shown, measure_count, _ = page(client, ledger, params)
    expected_measures = measure_texts(ledger, params, user=ledger.persona(persona))
    assert measure_count == len(expected_measures)

    problems = download(client, ledger, "problems", params)
    assert sorted(r[0] for r in problems) == sorted(shown)
    tasks = download(client, ledger, "tasks", params)
    assert sorted(r[3] for r in tasks) == expected_measures
    assert {r[0] for r in tasks if r[0] is not None} <= set(shown)
    responsibility = download(client, ledger, "responsibility", params)
    assert sorted(r[4] for r in responsibility) == expected_measures
    ledger_rows = download(client, ledger, "ledger", params)
    assert sorted(r[0] for r in ledger_rows if r[0] is not None) == sorted(shown)
    assert sorted(r[7] for r in ledger_rows if r[7]) == expected_measures
    if light := params.get("light"):
        label = {"red": "红灯", "green": "绿灯", "grey": "已销号"}[light]
        assert {r[9] for r in tasks} <= {label} and {r[14] for r in ledger_rows} <= {label}


def test_the_download_links_carry_the_current_filter(client, ledger):
    login(client, ledger.office)
    params = {"light": "red", "unit": str(ledger.enforcement.pk), "q": "执法 检查", "page": "1"}
    _, _, html = page(client, ledger, params)
    query = "light=red&amp;unit={}&amp;q=%E6%89%A7%E6%B3%95+%E6%A3%80%E6%9F%A5".format(ledger.enforcement.pk)
    for kind in ("problems", "tasks", "responsibility", "ledger"):
        assert f'{reverse("reports:export", kwargs={"pk": ledger.inspection.pk, "kind": kind})}?{query}"' in html
    assert "page=" not in html.split("下载")[1].split("</p>")[0]
    assert "按当前筛选" in html


def test_a_bad_filter_shows_its_error_lists_nothing_and_the_download_refuses_it_alike(client, ledger):
    login(client, ledger.office)
    shown, _, html = page(client, ledger, {"light": "purple", "due": "abc"})
    assert shown == []
    assert "亮灯参数不正确：purple" in html and "到期天数应为0–3650的整数：abc" in html
    assert "/export/" not in html.split("</form>")[1]  # no download links for a query the download would refuse
    response = client.get(reverse("reports:export", kwargs={"pk": ledger.inspection.pk, "kind": "tasks"}),
                          {"light": "purple", "due": "abc"})
    assert response.status_code == 400
    assert "亮灯参数不正确：purple" in response.content.decode()


@pytest.mark.parametrize("params", FILTERS, ids=lambda p: urlencode(p) or "all")
def test_the_api_lists_what_the_page_shows(client, ledger, params):
    params = _params(ledger, params)
    login(client, ledger.unit)
    shown, _, _ = page(client, ledger, params)
    response = client.get(f"/api/inspections/{ledger.inspection.pk}/problems", params)
    assert response.status_code == 200
    problems = response.json()["results"]
    assert [p["seq"] for p in problems] == shown  # in the page's order
    assert sorted(m["text"] for p in problems for m in p["measures"]) == measure_texts(ledger, params, user=ledger.unit)
    if light := params.get("light"):
        assert {m["light"] for p in problems for m in p["measures"]} <= {light}


def test_the_api_refuses_a_bad_filter_with_the_pages_words(client, ledger):
    login(client, ledger.office)
    response = client.get(f"/api/inspections/{ledger.inspection.pk}/problems", {"light": "purple", "due": "-1"})
    assert response.status_code == 400
    assert response.json()["detail"] == "亮灯参数不正确：purple（可选：红灯、黄灯、绿灯、蓝灯、已销号）；到期天数应为0–3650的整数：-1"


def test_a_light_count_on_the_overview_leads_to_a_list_of_as_many_measures(client, ledger):
    login(client, ledger.office)
    headline = client.get(reverse("inspection_detail", args=[ledger.inspection.pk])).context["h"]
    for light, n in headline.lights.items():
        _, measure_count, html = page(client, ledger, {"light": light})
        assert measure_count == n, light
        assert f"{n} 项符合条件的整改措施" in html
