"""The TOTP second factor: enrolment with a real code, the login's second step, lockout, disable, reset."""
from __future__ import annotations

import base64
import re

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accounts.conftest import post_login
from tests.conftest import PASSWORD
from zhenggai.accounts.models import AdminRole, User
from zhenggai.audit.models import AuditEvent
from zhenggai.audit.services import audit_verify_chain

pytestmark = pytest.mark.django_db


@pytest.fixture
def clock():
    """Frozen time; `clock.shift(30)` moves to the next 30-second code."""
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        yield traveller


def code(device: TOTPDevice) -> str:
    """What the user's authenticator app shows now: RFC 6238 from the shared secret."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def wrong(device: TOTPDevice) -> str:
    return f"{(int(code(device)) + 500_000) % 1_000_000:06d}"


def enrolled(user: User) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="验证器", confirmed=True)


def sign_in(client, user: User, device: TOTPDevice):
    """Password, then the code: a fully signed-in session."""
    assert post_login(client, user.username, PASSWORD).status_code == 302
    response = client.post(reverse("two_factor_verify"), {"token": code(device)})
    assert response.status_code == 302
    return response


# --- enrolment ----------------------------------------------------------------------------------------------

def test_enrolment_shows_a_qr_code_and_the_secret_and_a_real_code_confirms_it(client, world, clock):
    client.force_login(world.unit)
    assert "启用两步验证" in client.get(reverse("two_factor")).content.decode()

    client.post(reverse("two_factor_start"))
    device = TOTPDevice.objects.get(user=world.unit)
    assert not device.confirmed
    page = client.get(reverse("two_factor")).content.decode()
    assert "<svg" in page and "otpauth://totp/" in page
    shown = re.search(r'<code class="secret">([A-Z2-7 ]+)</code>', page).group(1).replace(" ", "")
    assert base64.b32decode(shown + "=" * (-len(shown) % 8)) == device.bin_key

    response = client.post(reverse("two_factor_confirm"), {"token": wrong(device)})
    assert response.status_code == 200 and "验证码不正确" in response.content.decode()
    device.refresh_from_db()
    assert not device.confirmed

    clock.shift(30)  # past the throttle the wrong code set off
    response = client.post(reverse("two_factor_confirm"), {"token": code(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    event = AuditEvent.objects.get(action="two_factor.enable")
    assert event.actor == world.unit and device.key not in str(event.after)
    assert "已启用" in client.get(reverse("two_factor")).content.decode()


def test_starting_again_replaces_an_unfinished_secret_but_not_an_active_one(client, world):
    client.force_login(world.unit)
    client.post(reverse("two_factor_start"))
    first = TOTPDevice.objects.get(user=world.unit).key
    client.post(reverse("two_factor_start"))
    assert TOTPDevice.objects.get(user=world.unit).key != first
    TOTPDevice.objects.filter(user=world.unit).update(confirmed=True)
    client.post(reverse("two_factor_start"))
    assert TOTPDevice.objects.filter(user=world.unit).count() == 1


# --- the login's second step --------------------------------------------------------------------------------

def test_a_user_with_a_device_is_asked_for_the_code_after_the_password(client, world, clock):
    device = enrolled(world.unit)
    response = post_login(client, "unit", PASSWORD)
    assert response.status_code == 302
    response = client.get(reverse("inspection_list"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("two_factor_verify"))
    assert client.get(reverse("two_factor_verify")).status_code == 200

    response = client.post(reverse("two_factor_verify") + "?next=" + reverse("inspection_list"),
                           {"token": code(device), "next": reverse("inspection_list")})
    assert response.status_code == 302 and response["Location"] == reverse("inspection_list")
    assert client.get(reverse("inspection_list")).status_code == 200
    login = AuditEvent.objects.filter(action="login").last()
    assert login.after["second_factor"] == "pending"
    assert AuditEvent.objects.filter(action="login.second_factor", actor=world.unit).count() == 1


def test_a_user_without_a_device_goes_straight_in(client, world):
    post_login(client, "unit", PASSWORD)
    assert client.get(reverse("inspection_list")).status_code == 200
    assert client.get(reverse("two_factor_verify")).status_code == 302


def test_a_used_code_cannot_be_used_again(client, world, clock):
    device = enrolled(world.unit)
    sign_in(client, world.unit, device)
    client.post(reverse("logout"))
    post_login(client, "unit", PASSWORD)
    response = client.post(reverse("two_factor_verify"), {"token": code(device)})
    assert response.status_code == 200 and "验证码不正确或已使用过" in response.content.decode()
    clock.shift(30)
    assert client.post(reverse("two_factor_verify"), {"token": code(device)}).status_code == 302


def test_wrong_codes_count_toward_the_lockout_and_are_audited(client, world, clock):
    device = enrolled(world.unit)
    post_login(client, "unit", PASSWORD)
    for _ in range(4):
        assert client.post(reverse("two_factor_verify"), {"token": wrong(device)}).status_code == 200
        clock.shift(30)
    response = client.post(reverse("two_factor_verify"), {"token": wrong(device)})
    assert response.status_code == 302 and response["Location"] == reverse("login")
    world.unit.refresh_from_db()
    assert world.unit.is_locked()
    assert "_auth_user_id" not in client.session
    failures = AuditEvent.objects.filter(action="login_failed", after__reason="bad_otp")
    assert failures.count() == 5 and all(e.outcome == "failure" for e in failures)
    assert AuditEvent.objects.filter(action="account.lock").count() == 1
    # Locked: even the password and a right code do not get in.
    clock.shift(30)
    assert post_login(client, "unit", PASSWORD).status_code == 200
    assert audit_verify_chain().ok


def test_signing_in_again_with_the_password_does_not_reset_the_count_of_wrong_codes(client, world, clock):
    device = enrolled(world.unit)
    post_login(client, "unit", PASSWORD)
    for _ in range(3):
        client.post(reverse("two_factor_verify"), {"token": wrong(device)})
        clock.shift(30)
    client.post(reverse("logout"))
    post_login(client, "unit", PASSWORD)
    world.unit.refresh_from_db()
    assert world.unit.failed_logins == 3
    for _ in range(2):
        client.post(reverse("two_factor_verify"), {"token": wrong(device)})
        clock.shift(30)
    world.unit.refresh_from_db()
    assert world.unit.is_locked()


def test_a_right_code_resets_the_count(client, world, clock):
    device = enrolled(world.unit)
    post_login(client, "unit", PASSWORD)
    client.post(reverse("two_factor_verify"), {"token": wrong(device)})
    clock.shift(30)
    client.post(reverse("two_factor_verify"), {"token": code(device)})
    world.unit.refresh_from_db()
    assert world.unit.failed_logins == 0


def test_the_django_admin_login_cannot_skip_the_second_factor(client, world, clock):
    enrolled(world.admin)
    response = client.post("/admin/login/", {"username": "admin", "password": PASSWORD})
    assert response.status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith(reverse("two_factor_verify"))


def test_the_code_page_does_not_send_anyone_to_another_site(client, world, clock):
    device = enrolled(world.unit)
    post_login(client, "unit", PASSWORD)
    response = client.post(reverse("two_factor_verify"), {"token": code(device), "next": "https://evil.example/"})
    assert response["Location"] == reverse("home")


# --- required for the admin roles ---------------------------------------------------------------------------

@pytest.fixture
def security_admin(db):
    return User.objects.create_user("sec", password=PASSWORD, admin_role=AdminRole.SECURITY, full_name="安全员")


def test_with_the_setting_on_an_admin_must_enrol_before_any_other_page(client, world, settings, security_admin,
                                                                       clock):
    settings.ZHENGGAI_OTP_REQUIRED_FOR_ADMINS = True
    post_login(client, "sec", PASSWORD)
    response = client.get(reverse("security_overview"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("two_factor"))
    assert "管理员账号须先启用两步验证" in client.get(reverse("two_factor")).content.decode()
    assert client.get(reverse("password_change")).status_code == 302

    client.post(reverse("two_factor_start"), {"next": reverse("security_overview")})
    device = TOTPDevice.objects.get(user=security_admin)
    response = client.post(reverse("two_factor_confirm"), {"token": code(device), "next": reverse("security_overview")})
    assert response.status_code == 302 and response["Location"] == reverse("security_overview")
    assert client.get(reverse("security_overview")).status_code == 200


def test_with_the_setting_on_an_admin_cannot_disable_the_second_factor(client, settings, security_admin, clock):
    settings.ZHENGGAI_OTP_REQUIRED_FOR_ADMINS = True
    device = enrolled(security_admin)
    sign_in(client, security_admin, device)
    clock.shift(30)
    response = client.post(reverse("two_factor_disable"), {"token": code(device)})
    assert "不能停用" in response.content.decode()
    assert TOTPDevice.objects.filter(user=security_admin).exists()


def test_with_the_setting_off_an_admin_without_a_device_goes_straight_in(client, security_admin):
    post_login(client, "sec", PASSWORD)
    assert client.get(reverse("security_overview")).status_code == 200


def test_with_the_setting_on_business_users_are_not_forced(client, world, settings):
    settings.ZHENGGAI_OTP_REQUIRED_FOR_ADMINS = True
    post_login(client, "office", PASSWORD)
    assert client.get(reverse("inspection_list")).status_code == 200


# --- disabling and resetting --------------------------------------------------------------------------------

def test_disabling_takes_a_current_code(client, world, clock):
    device = enrolled(world.unit)
    sign_in(client, world.unit, device)
    clock.shift(30)
    response = client.post(reverse("two_factor_disable"), {"token": wrong(device)})
    assert "两步验证未停用" in response.content.decode()
    assert TOTPDevice.objects.filter(user=world.unit).exists()
    world.unit.refresh_from_db()
    assert world.unit.failed_logins == 1

    clock.shift(30)
    response = client.post(reverse("two_factor_disable"), {"token": code(device)})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=world.unit).exists()
    assert AuditEvent.objects.get(action="two_factor.disable").actor == world.unit


def test_a_security_admin_resets_a_users_device_and_ends_their_sessions(client, world, security_admin, clock):
    from django.test import Client

    device = enrolled(world.unit)
    user_client = Client()
    sign_in(user_client, world.unit, device)
    assert user_client.get(reverse("inspection_list")).status_code == 200

    client.force_login(security_admin)
    page = client.get(reverse("security_overview")).content.decode()
    assert "unit" in page and "重置两步验证" in page
    response = client.post(reverse("security_reset_two_factor", args=[world.unit.pk]))
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=world.unit).exists()
    event = AuditEvent.objects.get(action="two_factor.reset")
    assert event.actor == security_admin and event.object_id == str(world.unit.pk) and event.before == {"devices": 1}

    response = user_client.get(reverse("inspection_list"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


@pytest.mark.parametrize("who", ["office", "unit", "admin_system", "admin_audit"])
def test_only_the_security_admin_resets_devices(client, world, who):
    enrolled(world.other_unit)
    if who.startswith("admin_"):
        actor = User.objects.create_user("adm", password=PASSWORD, admin_role=who.removeprefix("admin_"))
    else:
        actor = world.persona(who)
    client.force_login(actor)
    assert client.post(reverse("security_reset_two_factor", args=[world.other_unit.pk])).status_code == 403
    assert TOTPDevice.objects.filter(user=world.other_unit).exists()
    assert not AuditEvent.objects.filter(action="two_factor.reset").exists()


def test_every_second_factor_event_has_a_label_in_the_audit_log(client, world, security_admin, clock):
    from zhenggai.audit.services import ACTION_LABELS

    client.force_login(world.unit)
    client.post(reverse("two_factor_start"))
    device = TOTPDevice.objects.get(user=world.unit)
    client.post(reverse("two_factor_confirm"), {"token": code(device)})
    client.post(reverse("logout"))
    post_login(client, "unit", PASSWORD)
    clock.shift(30)
    client.post(reverse("two_factor_verify"), {"token": code(device)})
    clock.shift(30)
    client.post(reverse("two_factor_disable"), {"token": code(device)})
    enrolled(world.unit)
    client.force_login(security_admin)
    client.post(reverse("security_reset_two_factor", args=[world.unit.pk]))
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"two_factor.enable", "login.second_factor", "two_factor.disable", "two_factor.reset"} <= actions
    assert actions <= set(ACTION_LABELS)


# --- the flag the login policy reads on every request -----------------------------------------------------

def flag(user: User) -> bool:
    return User.objects.values_list("has_second_factor", flat=True).get(pk=user.pk)


def test_the_users_flag_follows_enrolment_confirmation_and_removal_of_the_device(client, world, clock):
    client.force_login(world.unit)
    client.post(reverse("two_factor_start"))
    assert flag(world.unit) is False  # a device being enrolled is not yet a second factor
    device = TOTPDevice.objects.get(user=world.unit)
    client.post(reverse("two_factor_confirm"), {"token": code(device)})
    assert flag(world.unit) is True
    clock.shift(30)
    client.post(reverse("two_factor_disable"), {"token": code(device)})
    assert not TOTPDevice.objects.filter(user=world.unit).exists()
    assert flag(world.unit) is False


def test_a_device_added_or_removed_outside_the_services_still_sets_the_flag(world):
    device = enrolled(world.office)  # e.g. through the Django admin
    assert flag(world.office) is True
    device.confirmed = False
    device.save()
    assert flag(world.office) is False
    device.confirmed = True
    device.save()
    TOTPDevice.objects.filter(user=world.office).delete()
    assert flag(world.office) is False


def test_a_signed_in_page_without_a_second_factor_reads_no_device(client, world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    post_login(client, "unit", PASSWORD)
    client.get(reverse("inspection_list"))
    with CaptureQueriesContext(connection) as queries:
        assert client.get(reverse("inspection_list")).status_code == 200
    assert not [q for q in queries.captured_queries if "otp_totp" in q["sql"]]


def test_a_second_factor_enrolled_in_another_session_is_owed_by_this_one_on_its_next_page(world, clock):
    from django.test import Client

    here, there = Client(), Client()
    post_login(here, "unit", PASSWORD)
    assert here.get(reverse("inspection_list")).status_code == 200
    post_login(there, "unit", PASSWORD)
    there.post(reverse("two_factor_start"))
    there.post(reverse("two_factor_confirm"), {"token": code(TOTPDevice.objects.get(user=world.unit))})
    response = here.get(reverse("inspection_list"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("two_factor_verify"))
