"""The signed-in inspection pages cached whole (zhenggai.ledger.page_cache): never another user's page, never a
stale one, a CSRF token that works, messages and badges that show."""
from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.conftest import make_unit
from zhenggai.accounts.models import Unit
from zhenggai.ledger import services
from zhenggai.ledger.models import Inspection, Measure, Problem
from zhenggai.notify.models import Notification

pytestmark = pytest.mark.django_db

PAGES = ("inspection_detail", "problem_list")


def _client(user, **kwargs) -> Client:
    client = Client(**kwargs)
    client.force_login(user)
    return client


def _get(client, name: str, inspection, query: str = ""):
    return client.get(reverse(name, args=[inspection.pk]) + query)


def _warm(world, *personas: str) -> None:
    """Every persona's pages rendered once, so the next requests can come from the cache."""
    for persona in personas:
        client = _client(world.persona(persona))
        for name in PAGES:
            _get(client, name, world.inspection)


def _without_tokens(html: bytes) -> bytes:
    return re.sub(rb"[A-Za-z0-9]{64}", b"TOKEN", html)


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("persona,status", [("office", 200), ("leader", 200), ("unit", 200), ("other_unit", 200),
                                            ("observer", 200), ("outsider", 404)])
def test_a_user_never_gets_another_users_cached_page(world, name, persona, status):
    _warm(world, "office", "leader", "unit", "other_unit", "observer")
    user = world.persona(persona)
    client = _client(user)
    first = _get(client, name, world.inspection)
    second = _get(client, name, world.inspection)  # from the cache when the first was stored
    assert first.status_code == second.status_code == status
    if status == 200:
        assert _without_tokens(first.content) == _without_tokens(second.content)
        assert user.full_name in second.content.decode()
        for other in ("王整改", "李局长", "张填报", "赵审批", "纪检组刘"):
            if other != user.full_name:
                assert f"{other}（" not in second.content.decode()


def test_a_unit_user_sees_only_its_own_problems_from_the_cache(world):
    _warm(world, "office", "unit", "other_unit")
    unit_page = _get(_client(world.unit), "problem_list", world.inspection).content.decode()
    other_page = _get(_client(world.other_unit), "problem_list", world.inspection).content.decode()
    office_page = _get(_client(world.office), "problem_list", world.inspection).content.decode()
    assert world.problem.statement in unit_page and world.problem2.statement not in unit_page
    assert world.problem2.statement in other_page and world.problem.statement not in other_page
    assert world.problem.statement in office_page and world.problem2.statement in office_page


def test_the_cache_answers_a_second_request_with_few_queries_whatever_the_ledger_size(world):
    client = _client(world.office)
    counts = []
    for size in (0, 40):
        for k in range(size):
            problem = Problem.objects.create(inspection=world.inspection, category=world.category, seq=10 + k,
                                             statement=f"问题{k}", lead_unit=world.enforcement,
                                             deadline_kind="date", deadline_date=dt.date(2026, 12, 31))
            Measure.objects.create(problem=problem, seq=1, text=f"措施{k}", lead_unit=world.enforcement,
                                   deadline_kind="date", deadline_date=dt.date(2026, 12, 31),
                                   created_on=dt.date(2026, 6, 1))
        for name in PAGES:
            _get(client, name, world.inspection)
            with CaptureQueriesContext(connection) as queries:
                assert _get(client, name, world.inspection).status_code == 200
            counts.append(len(queries))
    assert counts[:2] == counts[2:]
    assert max(counts) <= 7  # session, user and unit, second factor, the inspection, the tokens, unread messages


@pytest.mark.parametrize("name", PAGES)
def test_a_progress_update_shows_on_the_next_view(world, name):
    client = _client(world.office)
    assert _get(client, name, world.inspection).context is not None
    assert _get(client, name, world.inspection).context is None  # answered from the cache, nothing rendered
    services.measure_report_progress(user=world.unit, measure=world.measure, text="已完成初稿", progress=60)
    assert _get(client, name, world.inspection).context is not None  # the token turned: rendered afresh


def test_a_state_change_shows_on_the_next_view(world, drive):
    client = _client(world.office)
    def done_list() -> str:
        return _get(client, "problem_list", world.inspection, "?status=done").content.decode()

    done_list()
    assert world.problem2.statement not in done_list()
    drive(world, "signed_off", world.measure3)  # the only measure of problem 2: the problem is done
    assert world.problem2.statement in done_list()


@pytest.mark.parametrize("name", PAGES)
def test_a_unit_rename_shows_on_the_next_view(world, name):
    client = _client(world.office)
    _get(client, name, world.inspection)
    assert "综合执法队" not in _get(client, name, world.inspection).content.decode()
    Unit.objects.filter(pk=world.enforcement.pk).update(name="综合执法队")
    assert "综合执法队" in _get(client, name, world.inspection).content.decode()


def test_a_new_unit_shows_in_the_problem_lists_unit_filter(world):
    client = _client(world.office)
    _get(client, "problem_list", world.inspection)
    make_unit("新设的督查室", world.bureau)
    assert "新设的督查室" in _get(client, "problem_list", world.inspection).content.decode()


def test_a_co_unit_change_shows_in_the_unit_users_list(world):
    client = _client(world.unit)
    _get(client, "problem_list", world.inspection)
    assert world.problem2.statement not in _get(client, "problem_list", world.inspection).content.decode()
    world.measure3.co_units.add(world.enforcement)  # straight into the link table: no service, no signal
    assert world.problem2.statement in _get(client, "problem_list", world.inspection).content.decode()


@pytest.mark.parametrize("name", PAGES)
def test_the_csrf_token_of_a_cached_page_lets_the_same_session_post(world, name):
    client = _client(world.office, enforce_csrf_checks=True)
    _get(client, name, world.inspection)
    page = _get(client, name, world.inspection).content.decode()
    token = re.search(r'"X-CSRFToken": "([A-Za-z0-9]{64})"', page).group(1)
    assert re.search(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"', page).group(1) == token
    response = client.post(reverse("logout"), {"csrfmiddlewaretoken": token})
    assert response.status_code == 302


def test_a_cached_page_does_not_carry_another_sessions_csrf_token(world):
    first, second = _client(world.office), _client(world.office)
    _get(first, "problem_list", world.inspection)
    page = _get(second, "problem_list", world.inspection)  # the page the first session stored
    token = re.search(rb'"X-CSRFToken": "([A-Za-z0-9]{64})"', page.content).group(1).decode()
    from django.middleware.csrf import _unmask_cipher_token

    assert _unmask_cipher_token(token) == page.wsgi_request.META["CSRF_COOKIE"]
    assert second.cookies["csrftoken"].value == page.wsgi_request.META["CSRF_COOKIE"]


def test_each_cached_answer_has_its_own_csp_nonce(world):
    client = _client(world.office)
    nonces = {re.search(r"'nonce-([^']+)'", _get(client, "inspection_detail", world.inspection)
                        ["Content-Security-Policy"]).group(1) for _ in range(3)}
    assert len(nonces) == 3


def test_a_cut_out_nonce_is_filled_in_with_the_responses_own(rf):
    from zhenggai.ledger.page_cache import _join, _split

    stored = rf.get("/")
    stored.csp_nonce, stored.META["CSRF_COOKIE"] = "abc_nonce-1", "x" * 32
    pieces = _split(stored, b'<script nonce="abc_nonce-1">go()</script>')
    served = rf.get("/")
    served.csp_nonce = "fresh-nonce"
    assert _join(served, pieces) == b'<script nonce="fresh-nonce">go()</script>'


def test_a_message_after_a_redirect_shows_instead_of_the_cached_page(world):
    client = _client(world.office)
    _get(client, "problem_list", world.inspection)
    _get(client, "problem_list", world.inspection)
    response = client.post(reverse("problem_batch_reassign", args=[world.inspection.pk]), {"lead_unit": ""},
                           follow=True)
    assert "请选择新的牵头单位" in response.content.decode()
    assert "请选择新的牵头单位" not in _get(client, "problem_list", world.inspection).content.decode()


def test_a_badge_change_shows_on_the_next_view(world, drive):
    client = _client(world.office)
    _get(client, "inspection_detail", world.inspection)
    page = _get(client, "inspection_detail", world.inspection).content.decode()
    assert 'class="nav-count"' not in page
    Notification.objects.create(recipient=world.office, event="reminder", text="请审核", key="page-cache-test",
                                created_at=timezone.now())
    assert re.search(r'消息<span class="nav-count">1</span>', _get(client, "inspection_detail",
                                                                    world.inspection).content.decode())
    drive(world, "requested")
    assert re.search(r'待审事项<span class="nav-count">1</span>', _get(client, "inspection_detail",
                                                                      world.inspection).content.decode())


def test_the_next_days_lights_show(world):
    client = _client(world.office)
    with time_machine.travel(timezone.make_aware(dt.datetime(2026, 9, 30, 23, 58)), tick=False) as traveller:
        client.force_login(world.office)
        _get(client, "inspection_detail", world.inspection)
        assert world.measure3.text not in _get(client, "inspection_detail", world.inspection).content.decode()
        traveller.shift(dt.timedelta(minutes=3))  # past midnight, past measure 3's deadline: a red light
        assert world.measure3.text in _get(client, "inspection_detail", world.inspection).content.decode()


def test_an_archived_inspection_is_not_served_from_the_cache(world):
    client = _client(world.office)
    _get(client, "inspection_detail", world.inspection)
    services.inspection_archive(user=world.office, inspection=Inspection.objects.get(pk=world.inspection.pk),
                                reason="导入错误")
    assert _get(client, "inspection_detail", world.inspection).status_code == 404


def test_a_role_change_is_not_answered_from_the_old_roles_page(world):
    client = _client(world.office)
    _get(client, "inspection_detail", world.inspection)
    assert "修改巡察信息" in _get(client, "inspection_detail", world.inspection).content.decode()
    world.office.role = "leader"
    world.office.save()
    assert "修改巡察信息" not in _get(client, "inspection_detail", world.inspection).content.decode()


def test_a_unit_user_taken_off_every_problem_gets_a_404_after_a_cached_page(world):
    client = _client(world.unit)
    for _ in range(2):
        assert _get(client, "inspection_detail", world.inspection).status_code == 200
    Measure.objects.filter(lead_unit=world.enforcement).update(lead_unit=world.approvals)
    Problem.objects.filter(lead_unit=world.enforcement).update(lead_unit=world.approvals)
    assert _get(client, "inspection_detail", world.inspection).status_code == 404
    assert _get(client, "problem_list", world.inspection).status_code == 404


def test_an_observer_taken_off_the_inspection_gets_a_404_after_a_cached_page(world):
    client = _client(world.observer)
    for _ in range(2):
        assert _get(client, "problem_list", world.inspection).status_code == 200
    world.observer.observed_inspections.remove(world.inspection)
    assert _get(client, "problem_list", world.inspection).status_code == 404


def test_an_inspection_moved_to_another_body_changes_hands_at_once(world):
    office, outsider = _client(world.office), _client(world.outsider)
    for _ in range(2):
        assert _get(office, "problem_list", world.inspection).status_code == 200
        assert _get(outsider, "problem_list", world.inspection).status_code == 404
    Inspection.objects.filter(pk=world.inspection.pk).update(inspected_unit=world.water)
    assert _get(office, "problem_list", world.inspection).status_code == 404
    assert _get(outsider, "problem_list", world.inspection).status_code == 200


def test_an_htmx_request_gets_its_own_entry_and_a_head_request_is_rendered(world):
    client = _client(world.office)
    _get(client, "problem_list", world.inspection)
    assert _get(client, "problem_list", world.inspection).context is None  # cached
    url = reverse("problem_list", args=[world.inspection.pk])
    assert client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="problems").context is not None
    assert client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="problems").context is None
    assert client.head(url).context is not None
