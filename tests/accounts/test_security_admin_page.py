"""The security admin's page: locked accounts and failures, unlocking through `user_unlock`, audited."""
from __future__ import annotations

import pytest
from django.urls import reverse

from tests.accounts.conftest import post_login
from tests.conftest import PASSWORD
from zhenggai.accounts.models import AdminRole, User
from zhenggai.audit.models import AuditEvent

pytestmark = pytest.mark.django_db


@pytest.fixture
def security_admin(db) -> User:
    return User.objects.create_user("sec", password=PASSWORD, admin_role=AdminRole.SECURITY, full_name="安全员")


def _fail(client, username: str, times: int) -> None:
    for _ in range(times):
        post_login(client, username, "wrong-Password-1")


def test_it_lists_locked_accounts_and_recent_failures(client, world, security_admin):
    _fail(client, "unit", 5)
    _fail(client, "other_unit", 2)
    client.force_login(security_admin)
    response = client.get(reverse("security_overview"))
    assert response.status_code == 200
    assert list(response.context["locked"]) == [world.unit]
    assert list(response.context["failing"]) == [world.other_unit]
    page = response.content.decode()
    assert reverse("security_unlock", args=[world.unit.pk]) in page
    assert "5次失败后锁定30分钟" in page


def test_it_unlocks_an_account_and_audits_it(client, world, security_admin):
    _fail(client, "unit", 5)
    client.force_login(security_admin)
    response = client.post(reverse("security_unlock", args=[world.unit.pk]))
    assert response.status_code == 302 and response["Location"] == reverse("security_overview")
    world.unit.refresh_from_db()
    assert not world.unit.is_locked() and world.unit.failed_logins == 0
    event = AuditEvent.objects.get(action="account.unlock")
    assert event.actor == security_admin and event.object_id == str(world.unit.pk)
    client.logout()
    assert post_login(client, "unit", PASSWORD).status_code == 302


def test_unlocking_is_a_post(client, world, security_admin):
    client.force_login(security_admin)
    assert client.get(reverse("security_unlock", args=[world.unit.pk])).status_code == 405


def test_it_returns_404_for_an_account_that_does_not_exist(client, security_admin):
    client.force_login(security_admin)
    assert client.post(reverse("security_unlock", args=[987654])).status_code == 404


@pytest.mark.parametrize("who", ["office", "leader", "unit", "observer", "admin_system", "admin_audit"])
def test_everyone_else_gets_403(client, world, who):
    _fail(client, "other_unit", 5)
    if who.startswith("admin_"):
        actor = User.objects.create_user("adm", password=PASSWORD, admin_role=who.removeprefix("admin_"))
    else:
        actor = world.persona(who)
    client.force_login(actor)
    assert client.get(reverse("security_overview")).status_code == 403
    assert client.post(reverse("security_unlock", args=[world.other_unit.pk])).status_code == 403
    world.other_unit.refresh_from_db()
    assert world.other_unit.is_locked()
