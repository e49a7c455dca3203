"""The login policy (MLPS level 3): lockout, per-IP limit, password rules, expiry, session limits.

Credentials are checked in one place, `zhenggai.accounts.backends.LockoutBackend`, which calls
`login_failed` / `login_succeeded` here; every outcome leaves an audit event with the username
tried, never the password.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from zhenggai.accounts.models import User
from zhenggai.audit.middleware import client_ip
from zhenggai.audit.services import audit_record

LOCKED_MESSAGE = "账号已锁定，请{minutes}分钟后再试或联系安全管理员"
IP_LIMITED_MESSAGE = "该地址登录失败次数过多，请{minutes}分钟后再试"
EXPIRED_MESSAGE = "密码已超过{days}天未修改，请修改密码后继续使用"
MUST_CHANGE_MESSAGE = "管理员为您设置了密码，请先修改密码"
ABSOLUTE_TIMEOUT_MESSAGE = "登录已超过{hours}小时，请重新登录"

SESSION_LOGIN_AT = "zg_login_at"


def _setting(name: str) -> int:
    return int(getattr(settings, name))


# --- failures and successes -------------------------------------------------------------------------------

def _ip_key(ip: str | None) -> str:
    return f"zg:login-failures:ip:{ip or 'unknown'}"


def ip_is_limited(ip: str | None) -> bool:
    return cache.get(_ip_key(ip), 0) >= _setting("ZHENGGAI_LOGIN_IP_LIMIT")


def _count_ip_failure(ip: str | None) -> None:
    key = _ip_key(ip)
    # A fixed window that starts at the first failure; add() is atomic where the cache backend is.
    if not cache.add(key, 1, timeout=_setting("ZHENGGAI_LOGIN_IP_WINDOW_MINUTES") * 60):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=_setting("ZHENGGAI_LOGIN_IP_WINDOW_MINUTES") * 60)


def login_failed(*, request, username: str, user: User | None, reason: str) -> None:
    """Count a failed attempt against the IP and the account (locking it at the limit); audit it.

    `reason` is one of: bad_password, bad_otp (a wrong second-factor code), unknown_user, inactive, locked,
    ip_limited. Wrong passwords and wrong codes count toward the account's lock.
    """
    ip = client_ip(request) if request is not None else None
    _count_ip_failure(ip)
    detail: dict[str, Any] = {"username": (username or "")[:150], "reason": reason}
    with transaction.atomic():
        if user is not None and reason in ("bad_password", "bad_otp"):
            now = timezone.now()
            if user.locked_until is not None and user.locked_until <= now:
                # An expired lock: start counting afresh.
                User.objects.filter(pk=user.pk).update(failed_logins=0, locked_until=None)
            User.objects.filter(pk=user.pk).update(failed_logins=F("failed_logins") + 1)
            failures = User.objects.filter(pk=user.pk).values_list("failed_logins", flat=True).get()
            detail["failed_logins"] = failures
            if failures >= _setting("ZHENGGAI_LOCKOUT_ATTEMPTS"):
                until = now + dt.timedelta(minutes=_setting("ZHENGGAI_LOCKOUT_MINUTES"))
                User.objects.filter(pk=user.pk).update(locked_until=until, failed_logins=0)
                detail["locked_until"] = until
        audit_record(actor=None, action="login_failed", obj=user, after=detail, outcome="failure", ip=ip)
        if "locked_until" in detail:
            audit_record(actor=None, action="account.lock", obj=user, after={"username": user.username,
                         "locked_until": detail["locked_until"]}, ip=ip, note="连续登录失败达到上限，自动锁定")


def login_succeeded(*, request, user: User) -> None:
    """The password was right. With a second factor enrolled the failure count stands until the code is
    right too: otherwise signing in again with the password would reset the count between guessed codes."""
    from zhenggai.accounts.two_factor import confirmed_device

    ip = client_ip(request) if request is not None else None
    with transaction.atomic():
        if confirmed_device(user) is not None:
            audit_record(actor=user, action="login", obj=user, ip=ip,
                         after={"username": user.username, "second_factor": "pending"})
            return
        _reset_failures(user)
        audit_record(actor=user, action="login", obj=user, after={"username": user.username}, ip=ip)


def second_factor_succeeded(*, request, user: User, device) -> None:
    ip = client_ip(request) if request is not None else None
    with transaction.atomic():
        _reset_failures(user)
        audit_record(actor=user, action="login.second_factor", obj=user, ip=ip,
                     after={"username": user.username, "device": device.persistent_id})


def _reset_failures(user: User) -> None:
    if user.failed_logins or user.locked_until:
        User.objects.filter(pk=user.pk).update(failed_logins=0, locked_until=None)
        user.failed_logins, user.locked_until = 0, None


def refusal_message(reason: str | None) -> str | None:
    if reason == "locked":
        return LOCKED_MESSAGE.format(minutes=_setting("ZHENGGAI_LOCKOUT_MINUTES"))
    if reason == "ip_limited":
        return IP_LIMITED_MESSAGE.format(minutes=_setting("ZHENGGAI_LOGIN_IP_WINDOW_MINUTES"))
    return None


# --- passwords --------------------------------------------------------------------------------------------

class ComplexityValidator:
    """At least `min_classes` of: lower case, upper case, digits, other characters (MLPS default 3)."""

    CLASSES = (re.compile(r"[a-z]"), re.compile(r"[A-Z]"), re.compile(r"[0-9]"), re.compile(r"[^a-zA-Z0-9]"))

    def __init__(self, min_classes: int = 3) -> None:
        self.min_classes = min_classes

    def validate(self, password: str, user=None) -> None:
        found = sum(1 for pattern in self.CLASSES if pattern.search(password))
        if found < self.min_classes:
            raise ValidationError(
                f"密码须包含大写字母、小写字母、数字、符号中的至少{self.min_classes}类",
                code="password_too_simple",
            )

    def get_help_text(self) -> str:
        return f"密码须包含大写字母、小写字母、数字、符号中的至少{self.min_classes}类。"


class ZhCommonPasswordValidator(CommonPasswordValidator):
    """Django's list of 20,000 common passwords, plus the ones Chinese users pick most."""

    EXTRA = {"a123456", "qwe123!@#", "p@ssw0rd", "admin@123", "admin123!", "abc@123", "zhenggai@123", "1qaz@wsx",
             "1qaz2wsx#", "qwer1234!", "aa123456!", "passw0rd!", "woaini1314!"}

    def validate(self, password: str, user=None) -> None:
        if password.lower().strip() in self.EXTRA:
            raise ValidationError("密码过于常见", code="password_too_common")
        super().validate(password, user)


def password_expired(user: User, now=None) -> bool:
    days = _setting("ZHENGGAI_PASSWORD_MAX_AGE_DAYS")
    if days <= 0 or user.password_changed_at is None:
        return False
    return (now or timezone.now()) - user.password_changed_at > dt.timedelta(days=days)


def user_change_own_password(*, request, user: User, form) -> None:
    """Save a password change form; the current session survives, every other one ends."""
    from django.contrib.auth import update_session_auth_hash

    with transaction.atomic():
        form.save()  # set_password stamps password_changed_at; the new hash ends other sessions
        User.objects.filter(pk=user.pk).update(must_change_password=False)
        user.must_change_password = False
        audit_record(actor=user, action="password.change", obj=user, after={"username": user.username})
    update_session_auth_hash(request, user)


def user_unlock(*, actor: User, user: User) -> User:
    """A security admin (or the bootstrap superuser) lifts a lock before it expires."""
    from zhenggai.accounts.models import AdminRole
    from zhenggai.accounts.scope import require_admin_role

    require_admin_role(actor, AdminRole.SECURITY)
    with transaction.atomic():
        before = {"locked_until": user.locked_until, "failed_logins": user.failed_logins}
        User.objects.filter(pk=user.pk).update(locked_until=None, failed_logins=0)
        user.locked_until, user.failed_logins = None, 0
        audit_record(actor=actor, action="account.unlock", obj=user, before=before, after={"locked_until": None})
    return user


# --- the middleware ---------------------------------------------------------------------------------------

class LoginPolicyMiddleware:
    """After AuthenticationMiddleware and django_otp's: absolute session age, the second factor (a code
    owed, or an enrolment the admin roles owe), then forced and expired password changes.

    A session without a login time (e.g. `client.force_login` in tests) counts from now.
    """

    EXEMPT_URL_NAMES = ("password_change", "logout", "login")
    SECOND_FACTOR_URL_NAMES = ("two_factor", "two_factor_start", "two_factor_confirm", "two_factor_verify",
                               "logout", "login")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            response = self._check(request, user)
            if response is not None:
                return response
        return self.get_response(request)

    def _check(self, request, user: User):
        from django.contrib import messages

        now = timezone.now()
        login_at = request.session.get(SESSION_LOGIN_AT)
        if login_at is None:
            request.session[SESSION_LOGIN_AT] = now.timestamp()
        elif now.timestamp() - float(login_at) > _setting("ZHENGGAI_SESSION_ABSOLUTE_HOURS") * 3600:
            # Only this session ends (not `logout()`, which would end the account's other sessions too).
            audit_record(actor=user, action="session.expire", obj=user, after={"username": user.username},
                         ip=client_ip(request), note="超过会话绝对时限")
            request.session.flush()
            request.user = AnonymousUser()
            messages.info(request, ABSOLUTE_TIMEOUT_MESSAGE.format(hours=_setting("ZHENGGAI_SESSION_ABSOLUTE_HOURS")))
            return redirect(f"{reverse('login')}?next={request.path}")
        if request.path.startswith(settings.STATIC_URL):
            return None
        from zhenggai.accounts.two_factor import pending_step

        two_factor_pages = [reverse(name) for name in self.SECOND_FACTOR_URL_NAMES]
        step = pending_step(user)
        if step is not None and request.path not in two_factor_pages:
            target = reverse("two_factor_verify" if step == "verify" else "two_factor")
            return redirect(f"{target}?{urlencode({'next': request.get_full_path()})}")
        exempt = [reverse(name) for name in self.EXEMPT_URL_NAMES]
        if request.path in exempt or request.path in two_factor_pages:
            return None
        if user.must_change_password:
            messages.warning(request, MUST_CHANGE_MESSAGE)
            return redirect("password_change")
        if password_expired(user, now):
            messages.warning(request, EXPIRED_MESSAGE.format(days=_setting("ZHENGGAI_PASSWORD_MAX_AGE_DAYS")))
            return redirect("password_change")
        return None


def stamp_login_time(sender, request, user, **kwargs) -> None:
    """user_logged_in receiver: the start of the absolute session limit."""
    if request is not None and hasattr(request, "session"):
        from zhenggai.accounts.sessions import SESSION_SAVED_AT

        now = timezone.now().timestamp()
        request.session[SESSION_LOGIN_AT] = now
        request.session[SESSION_SAVED_AT] = now  # the login saves the session: its idle expiry starts here


def audit_logout(sender, request, user, **kwargs) -> None:
    """user_logged_out receiver: audit, and end the account's other sessions too."""
    if user is None:
        return
    with transaction.atomic():
        User.objects.filter(pk=user.pk).update(session_epoch=F("session_epoch") + 1)
        audit_record(actor=user, action="logout", obj=user, after={"username": user.username},
                     ip=client_ip(request) if request is not None else None)
