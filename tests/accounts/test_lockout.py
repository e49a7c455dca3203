"""Five wrong passwords lock an account for 30 minutes; an IP is limited too; every attempt is audited."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from tests.accounts.conftest import post_login
from tests.conftest import PASSWORD
from zhenggai.accounts import security
from zhenggai.accounts.models import AdminRole, User
from zhenggai.audit.models import AuditEvent
from zhenggai.audit.services import audit_verify_chain

pytestmark = pytest.mark.django_db


def _fail(client, username="unit", times=1):
    for _ in range(times):
        response = post_login(client, username, "wrong-Password-1")
    return response


def test_a_right_password_logs_in_and_lands_on_the_home_page(client, world):
    response = post_login(client, "unit", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


def test_five_wrong_passwords_lock_the_account_even_against_the_right_one(client, world):
    _fail(client, times=5)
    world.unit.refresh_from_db()
    assert world.unit.is_locked()
    response = post_login(client, "unit", PASSWORD)
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "账号已锁定，请30分钟后再试或联系安全管理员" in response.content.decode()


def test_four_wrong_passwords_do_not_lock_and_a_right_one_resets_the_count(client, world):
    _fail(client, times=4)
    assert post_login(client, "unit", PASSWORD).status_code == 302
    world.unit.refresh_from_db()
    assert world.unit.failed_logins == 0
    client.logout()
    _fail(client, times=4)
    world.unit.refresh_from_db()
    assert not world.unit.is_locked()


def test_the_lock_lifts_after_thirty_minutes(client, world):
    _fail(client, times=5)
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=31)):
        assert post_login(client, "unit", PASSWORD).status_code == 302


def test_the_lock_holds_at_twenty_nine_minutes(client, world):
    _fail(client, times=5)
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=29)):
        assert post_login(client, "unit", PASSWORD).status_code == 200


def test_lockout_attempts_and_minutes_come_from_settings(client, world, settings):
    settings.ZHENGGAI_LOCKOUT_ATTEMPTS = 2
    settings.ZHENGGAI_LOCKOUT_MINUTES = 5
    _fail(client, times=2)
    response = post_login(client, "unit", PASSWORD)
    assert "请5分钟后再试" in response.content.decode()
    with time_machine.travel(timezone.now() + dt.timedelta(minutes=6)):
        assert post_login(client, "unit", PASSWORD).status_code == 302


def test_every_failure_is_audited_with_the_username_but_never_the_password(client, world):
    secret = "Very-Secret-Guess-42"
    post_login(client, "unit", secret)
    post_login(client, "nobody-here", secret)
    events = list(AuditEvent.objects.filter(action="login_failed").order_by("id"))
    assert [e.after["username"] for e in events] == ["unit", "nobody-here"]
    assert [e.after["reason"] for e in events] == ["bad_password", "unknown_user"]
    assert all(e.outcome == "failure" and e.ip == "127.0.0.1" for e in events)
    for event in AuditEvent.objects.all():
        assert secret not in event.canonical()
    assert audit_verify_chain().ok


def test_the_lock_itself_is_audited(client, world):
    _fail(client, times=5)
    lock = AuditEvent.objects.get(action="account.lock")
    assert lock.object_id == str(world.unit.pk)


def test_a_refused_right_password_on_a_locked_account_is_audited_as_locked(client, world):
    _fail(client, times=5)
    post_login(client, "unit", PASSWORD)
    assert AuditEvent.objects.filter(action="login_failed").last().after["reason"] == "locked"


def test_login_and_logout_are_audited(client, world):
    post_login(client, "leader", PASSWORD)
    client.post(reverse("logout"))
    actions = list(AuditEvent.objects.filter(actor=world.leader).values_list("action", flat=True))
    assert actions == ["login", "logout"]


def test_an_ip_is_refused_after_twenty_failures_across_many_accounts(client, world):
    for i in range(20):
        post_login(client, f"guess{i}", "Wrong-password-1")
    response = post_login(client, "office", PASSWORD)
    assert response.status_code == 200
    assert "该地址登录失败次数过多" in response.content.decode()
    assert AuditEvent.objects.filter(action="login_failed").last().after["reason"] == "ip_limited"


def test_another_ip_is_not_limited_by_the_first(client, world):
    for i in range(20):
        post_login(client, f"guess{i}", "Wrong-password-1")
    response = client.post(reverse("login"), {"username": "office", "password": PASSWORD}, REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 302


def test_the_admin_login_page_is_locked_too(client, world):
    _fail(client, username="admin", times=5)
    response = client.post("/admin/login/", {"username": "admin", "password": PASSWORD})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_a_security_admin_can_unlock_an_account(client, world):
    _fail(client, times=5)
    security_admin = User.objects.create_user("sec", password=PASSWORD, admin_role=AdminRole.SECURITY)
    security.user_unlock(actor=security_admin, user=User.objects.get(pk=world.unit.pk))
    assert post_login(client, "unit", PASSWORD).status_code == 302
    assert AuditEvent.objects.filter(action="account.unlock", actor=security_admin).exists()


def test_an_audit_admin_cannot_unlock_an_account(world):
    from django.core.exceptions import PermissionDenied

    auditor = User.objects.create_user("aud", password=PASSWORD, admin_role=AdminRole.AUDIT)
    with pytest.raises(PermissionDenied):
        security.user_unlock(actor=auditor, user=world.unit)


def test_a_new_session_key_is_issued_at_login(client, world):
    session = client.session
    session["probe"] = 1
    session.save()
    before = session.session_key
    assert before
    post_login(client, "unit", PASSWORD)
    assert client.session.session_key != before
