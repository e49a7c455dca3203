"""The three MLPS admin roles keep to their own pages: a walk of every URL pattern × admin role.

The accounts are made as strong as the demo's system admin: superuser, staff, office role, a unit at the
top of the tree. Holding an admin role still keeps each of them away from business data.
"""
from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.security.test_url_permissions import ALL, _kwargs
from zhenggai.accounts.duties import admin_role_may_use
from zhenggai.accounts.models import AdminRole, Role, Unit, User
from zhenggai.accounts.scope import inspections_for_user
from zhenggai.audit.models import AuditEvent
from zhenggai.permissions import PERMISSIONS

pytestmark = pytest.mark.django_db

LANDING = {AdminRole.SYSTEM: "unit_list", AdminRole.SECURITY: "security_overview",
           AdminRole.AUDIT: "audit:event_list"}


def admin_account(world, admin_role: str) -> User:
    return User.objects.create_user(f"adm_{admin_role}", password=PASSWORD, admin_role=admin_role,
                                    role=Role.OFFICE, unit=world.bureau, is_staff=True, is_superuser=True,
                                    full_name=f"{admin_role}管理员")


@pytest.fixture
def with_evidence(world):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.conftest import PDF_BYTES
    from zhenggai.ledger import services

    services.measure_report_progress(user=world.unit, measure=world.measure, text="进展", progress=10,
                                     files=[SimpleUploadedFile("a.pdf", PDF_BYTES)])
    return world


@pytest.mark.parametrize("admin_role", list(AdminRole))
@pytest.mark.parametrize(("name", "route", "pattern"), ALL, ids=[n or r for n, r, _ in ALL])
def test_an_admin_role_reaches_only_the_urls_the_table_grants_it(client, with_evidence, admin_role, name, route,
                                                                 pattern):
    world = with_evidence
    client.force_login(admin_account(world, admin_role))
    url = reverse(name, kwargs=_kwargs(world, route, pattern))
    response = client.get(url)
    if response.status_code == 405:
        response = client.post(url)
    if name == "home":
        assert response.status_code == 302 and response["Location"] == reverse(LANDING[admin_role])
    elif admin_role_may_use(admin_role, PERMISSIONS[name]):
        assert response.status_code != 403, (url, response.status_code)
    else:
        assert response.status_code == 403, (url, response.status_code)


def test_the_table_gives_each_admin_role_its_own_pages_and_no_business_page():
    granted = {role: sorted(n for n, access in PERMISSIONS.items()
                            if isinstance(access, tuple) and f"admin_role:{role}" in access) for role in AdminRole}
    assert granted[AdminRole.AUDIT] == ["audit:event_export", "audit:event_list"]
    assert granted[AdminRole.SECURITY] == ["security_overview", "security_reset_two_factor", "security_unlock"]
    # The outbox (发送记录) shows channel, account, status and error only: no business content.
    assert granted[AdminRole.SYSTEM] == ["notify:outbox", "notify:outbox_retry", "ops:status", "unit_create", "unit_edit",
                                         "unit_list", "user_create", "user_edit"]
    business = ("inspection", "problem", "measure", "evidence", "reports:", "battlemap:", "api:list", "importer:")
    for role in AdminRole:
        reachable = [n for n, access in PERMISSIONS.items() if admin_role_may_use(role, access)]
        assert not [n for n in reachable if n.startswith(business) and PERMISSIONS[n] != "public"]


def test_an_admin_role_sees_no_inspection_even_as_a_superuser(world):
    for admin_role in AdminRole:
        assert not inspections_for_user(admin_account(world, admin_role)).exists()
    assert inspections_for_user(world.admin).exists()  # the bootstrap superuser without an admin role


def test_the_api_answers_an_admin_role_with_a_json_403(client, world):
    client.force_login(admin_account(world, AdminRole.SYSTEM))
    response = client.get(reverse("api:list_inspections"))
    assert response.status_code == 403 and response["Content-Type"].startswith("application/json")


# --- the Django admin site ----------------------------------------------------------------------------------

def test_the_django_admin_shows_the_system_admin_units_and_users_but_no_ledger(client, world):
    client.force_login(admin_account(world, AdminRole.SYSTEM))
    index = client.get("/admin/")
    assert index.status_code == 200
    apps = {app["app_label"]: {m["object_name"] for m in app["models"]} for app in index.context["app_list"]}
    assert {"Unit", "User"} <= apps["accounts"]
    assert "ledger" not in apps and "importer" not in apps and "audit" not in apps and "otp_totp" not in apps
    for path in ("/admin/ledger/inspection/", "/admin/ledger/measure/", "/admin/ledger/signoffrequest/",
                 f"/admin/ledger/problem/{world.problem.pk}/change/", "/admin/importer/importjob/",
                 "/admin/audit/auditevent/"):
        assert client.get(path).status_code == 403, path
    assert client.get("/admin/accounts/unit/").status_code == 200


@pytest.mark.parametrize("admin_role", [AdminRole.SECURITY, AdminRole.AUDIT])
def test_the_django_admin_keeps_the_other_admin_roles_off_accounts_and_ledger(client, world, admin_role):
    client.force_login(admin_account(world, admin_role))
    for path in ("/admin/accounts/user/", "/admin/accounts/unit/", "/admin/ledger/inspection/"):
        assert client.get(path).status_code == 403, path
    expected = 200 if admin_role == AdminRole.AUDIT else 403
    assert client.get("/admin/audit/auditevent/").status_code == expected


def test_the_bootstrap_superuser_keeps_the_whole_django_admin(client, world):
    world.admin.is_staff = True
    world.admin.save()
    client.force_login(world.admin)
    assert client.get("/admin/ledger/inspection/").status_code == 200


# --- what the system admin does -----------------------------------------------------------------------------

def test_the_system_admin_creates_a_top_level_unit_and_an_account_audited(client, world):
    system = User.objects.create_user("sys", password=PASSWORD, admin_role=AdminRole.SYSTEM)
    client.force_login(system)
    assert client.get(reverse("home"))["Location"] == reverse("unit_list")
    page = client.get(reverse("unit_list"))
    assert world.water in page.context["unit_page"].object_list and world.bureau in page.context["unit_page"].object_list

    response = client.post(reverse("unit_create"), {"name": "市自然资源局", "sort": 3})
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    unit = Unit.objects.get(name="市自然资源局")
    assert unit.parent is None
    response = client.post(reverse("user_create"), {"username": "zrzy", "full_name": "钱新", "unit": unit.pk,
                                                     "role": Role.UNIT, "is_active": "on", "password": "Zrzy-2026!x"})
    assert response.status_code == 302
    account = User.objects.get(username="zrzy")
    assert account.must_change_password and account.unit == unit
    assert AuditEvent.objects.filter(action="unit.create", actor=system).count() == 1
    assert AuditEvent.objects.filter(action="user.create", actor=system).count() == 1


def test_the_system_admin_editing_an_observer_keeps_the_inspections_it_cannot_see(client, world):
    system = User.objects.create_user("sys", password=PASSWORD, admin_role=AdminRole.SYSTEM)
    client.force_login(system)
    response = client.post(reverse("user_edit", args=[world.observer.pk]), {
        "username": "observer", "full_name": "纪检组刘（改）", "role": Role.OBSERVER, "is_active": "on"})
    assert response.status_code == 302
    world.observer.refresh_from_db()
    assert world.observer.full_name == "纪检组刘（改）"
    assert list(world.observer.observed_inspections.all()) == [world.inspection]


def test_an_office_user_without_a_unit_manages_no_units(client, world):
    world.office.unit = None
    world.office.save()
    client.force_login(world.office)
    assert not client.get(reverse("unit_list")).context["unit_page"].object_list


@pytest.mark.parametrize("editor", ["office", "system"])
def test_nobody_below_the_bootstrap_superuser_edits_an_admin_or_superuser_account(client, world, editor):
    security = User.objects.create_user("sec", password=PASSWORD, admin_role=AdminRole.SECURITY, unit=world.bureau)
    actor = world.office if editor == "office" else User.objects.create_user(
        "sys", password=PASSWORD, admin_role=AdminRole.SYSTEM)
    client.force_login(actor)
    for account in (security, world.admin):
        response = client.post(reverse("user_edit", args=[account.pk]), {
            "username": account.username, "role": Role.OFFICE, "is_active": "on", "password": "Taken-0ver!2026"})
        assert response.status_code == 404
        account.refresh_from_db()
        assert account.check_password(PASSWORD)
    assert security not in client.get(reverse("unit_list")).context["user_page"].object_list
