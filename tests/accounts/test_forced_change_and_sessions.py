"""Forced and expired password changes, the absolute session limit, ending other sessions."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.accounts.conftest import post_login
from tests.conftest import PASSWORD
from zhenggai.accounts.models import User
from zhenggai.audit.models import AuditEvent

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "Brand-new-2026"


def _change_password(client, old=PASSWORD, new=NEW_PASSWORD):
    return client.post(reverse("password_change"), {"old_password": old, "new_password1": new, "new_password2": new})


def test_a_user_who_must_change_the_password_is_sent_to_the_change_page(client, world):
    User.objects.filter(pk=world.unit.pk).update(must_change_password=True)
    post_login(client, "unit", PASSWORD)
    response = client.get(reverse("inspection_list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("password_change")
    assert client.get(reverse("password_change")).status_code == 200


def test_after_the_change_the_user_works_normally(client, world):
    User.objects.filter(pk=world.unit.pk).update(must_change_password=True)
    post_login(client, "unit", PASSWORD)
    response = _change_password(client)
    assert response.status_code == 302
    assert client.get(reverse("inspection_list")).status_code == 200
    world.unit.refresh_from_db()
    assert not world.unit.must_change_password
    assert AuditEvent.objects.filter(action="password.change", actor=world.unit).exists()


def test_the_change_page_refuses_a_weak_new_password(client, world):
    post_login(client, "unit", PASSWORD)
    response = _change_password(client, new="abcdefgh")
    assert response.status_code == 200
    world.unit.refresh_from_db()
    assert world.unit.check_password(PASSWORD)


def test_the_change_page_refuses_the_same_password_again(client, world):
    post_login(client, "unit", PASSWORD)
    assert _change_password(client, new=PASSWORD).status_code == 200


def test_a_password_change_ends_the_other_sessions_but_not_this_one(client, world):
    other = Client()
    post_login(other, "unit", PASSWORD)
    assert other.get(reverse("inspection_list")).status_code == 200
    post_login(client, "unit", PASSWORD)
    _change_password(client)
    assert client.get(reverse("inspection_list")).status_code == 200
    assert other.get(reverse("inspection_list")).status_code == 302


def test_logout_ends_the_other_sessions_too(client, world):
    other = Client()
    post_login(other, "unit", PASSWORD)
    post_login(client, "unit", PASSWORD)
    client.post(reverse("logout"))
    response = other.get(reverse("inspection_list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_password_older_than_ninety_days_must_be_changed(client, world):
    User.objects.filter(pk=world.unit.pk).update(password_changed_at=timezone.now() - dt.timedelta(days=91))
    post_login(client, "unit", PASSWORD)
    response = client.get(reverse("inspection_list"))
    assert response["Location"] == reverse("password_change")


def test_password_expiry_can_be_turned_off(client, world, settings):
    settings.ZHENGGAI_PASSWORD_MAX_AGE_DAYS = 0
    User.objects.filter(pk=world.unit.pk).update(password_changed_at=timezone.now() - dt.timedelta(days=900))
    post_login(client, "unit", PASSWORD)
    assert client.get(reverse("inspection_list")).status_code == 200


def test_a_session_ends_after_twelve_hours_even_when_busy(client, world):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        post_login(client, "unit", PASSWORD)
        for _ in range(12 * 3 - 1):  # a request every 20 minutes: never idle
            traveller.shift(dt.timedelta(minutes=20))
            assert client.get(reverse("inspection_list")).status_code == 200
        traveller.shift(dt.timedelta(minutes=21))
        response = client.get(reverse("inspection_list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    assert AuditEvent.objects.filter(action="session.expire", actor=world.unit).exists()


def test_a_session_idle_for_more_than_thirty_minutes_ends(client, world, settings):
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    post_login(client, "unit", PASSWORD)
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=31)):
        response = client.get(reverse("inspection_list"))
    assert response.status_code == 302


def test_a_session_idle_for_thirty_minutes_after_requests_within_the_minute_still_ends(client, world):
    """Requests less than a minute after the last save do not move the expiry, so idle time is counted from at
    most a minute before the last request: never more than thirty minutes."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        post_login(client, "unit", PASSWORD)
        for _ in range(5):
            traveller.shift(dt.timedelta(seconds=50))
            assert client.get(reverse("inspection_list")).status_code == 200
        traveller.shift(dt.timedelta(minutes=30))
        response = client.get(reverse("inspection_list"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_busy_session_is_kept_alive_past_thirty_minutes(client, world):
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        post_login(client, "unit", PASSWORD)
        for _ in range(8):  # a request every 5 minutes for 40 minutes
            traveller.shift(dt.timedelta(minutes=5))
            assert client.get(reverse("inspection_list")).status_code == 200


def test_the_session_row_is_written_only_when_its_expiry_moves_by_a_minute_or_more(client, world):
    from django.contrib.sessions.models import Session

    with time_machine.travel(timezone.now(), tick=False) as traveller:
        post_login(client, "unit", PASSWORD)
        key = client.cookies["sessionid"].value
        first = Session.objects.get(session_key=key).expire_date
        traveller.shift(dt.timedelta(seconds=30))
        client.get(reverse("inspection_list"))
        assert Session.objects.get(session_key=key).expire_date == first
        traveller.shift(dt.timedelta(seconds=31))
        client.get(reverse("inspection_list"))
        assert Session.objects.get(session_key=key).expire_date == first + dt.timedelta(seconds=61)


def test_an_ended_session_cookie_does_not_make_a_new_session(client, world):
    from django.contrib.sessions.models import Session

    post_login(client, "unit", PASSWORD)
    Session.objects.all().delete()
    response = client.get(reverse("inspection_list"))
    assert response.status_code == 302
    assert not Session.objects.exists()


def test_a_force_logged_in_user_is_left_alone(client, world):
    client.force_login(world.unit)
    assert client.get(reverse("inspection_list")).status_code == 200
