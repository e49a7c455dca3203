"""Reads for the security admin's page: locks, failures, second factors, the policy in force."""
from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Exists, OuterRef, QuerySet
from django_otp.plugins.otp_totp.models import TOTPDevice

from zhenggai.accounts.models import User


def locked_accounts(now: dt.datetime) -> QuerySet[User]:
    return User.objects.filter(locked_until__gt=now).select_related("unit").order_by("locked_until")


def accounts_with_failures(now: dt.datetime) -> QuerySet[User]:
    """Accounts with failed attempts since their last success that are not (or no longer) locked."""
    return (User.objects.filter(failed_logins__gt=0).exclude(locked_until__gt=now)
            .select_related("unit").order_by("-failed_logins", "username"))


def accounts_with_two_factor() -> QuerySet[User]:
    confirmed = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
    return (User.objects.annotate(has_two_factor=Exists(confirmed)).filter(has_two_factor=True)
            .select_related("unit").order_by("username"))


def login_policy() -> list[tuple[str, str]]:
    """The policy in force, as the security admin reads it (set through environment variables)."""
    minimum = next((v["OPTIONS"]["min_length"] for v in settings.AUTH_PASSWORD_VALIDATORS
                    if v["NAME"].endswith("MinimumLengthValidator")), None)
    classes = next((v["OPTIONS"]["min_classes"] for v in settings.AUTH_PASSWORD_VALIDATORS
                    if v["NAME"].endswith("ComplexityValidator")), None)
    max_age = settings.ZHENGGAI_PASSWORD_MAX_AGE_DAYS
    return [
        ("连续登录失败锁定", f"{settings.ZHENGGAI_LOCKOUT_ATTEMPTS}次失败后锁定{settings.ZHENGGAI_LOCKOUT_MINUTES}分钟"),
        ("同一地址登录失败限制",
         f"{settings.ZHENGGAI_LOGIN_IP_WINDOW_MINUTES}分钟内{settings.ZHENGGAI_LOGIN_IP_LIMIT}次"),
        ("密码长度与复杂度", f"至少{minimum}位，至少{classes}类字符"),
        ("密码有效期", f"{max_age}天" if max_age > 0 else "不限"),
        ("会话空闲超时", f"{settings.SESSION_COOKIE_AGE // 60}分钟"),
        ("会话绝对时限", f"{settings.ZHENGGAI_SESSION_ABSOLUTE_HOURS}小时"),
        ("管理员两步验证", "必须启用" if settings.ZHENGGAI_OTP_REQUIRED_FOR_ADMINS else "可选"),
    ]
