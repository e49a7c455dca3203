"""The TOTP second factor (django-otp): enrolment, the login's second step, disabling, resetting.

Any user may enrol an authenticator app. With ZHENGGAI_OTP_REQUIRED_FOR_ADMINS on, the three MLPS admin
roles (and the bootstrap superuser) must enrol and verify before they reach any other page; the login
policy middleware sends them to the enrolment or the code page. A wrong code counts toward the account
lockout like a wrong password, and every change to a user's devices is audited (the secret never is).
"""
from __future__ import annotations

import base64
from typing import Literal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.safestring import SafeString, mark_safe
from django_otp import verify_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from zhenggai.accounts import security
from zhenggai.accounts.models import AdminRole, User
from zhenggai.accounts.scope import require_admin_role
from zhenggai.audit.services import audit_record

DEVICE_NAME = "验证器"


# --- reads ------------------------------------------------------------------------------------------------

def confirmed_device(user: User) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).order_by("pk").first()


def pending_device(user: User) -> TOTPDevice | None:
    """The device being enrolled: created, shown as a QR code, not yet confirmed with a code."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=False).order_by("-pk").first()


def required_for(user: User) -> bool:
    """Must this account use a second factor? The admin roles and the superuser, when the setting is on."""
    return bool(settings.ZHENGGAI_OTP_REQUIRED_FOR_ADMINS) and (bool(user.admin_role) or user.is_superuser)


def pending_step(user: User) -> Literal["verify", "enrol"] | None:
    """What the signed-in user still owes before reaching other pages: a code, an enrolment, or nothing."""
    if user.is_verified():  # set by django_otp's middleware once this session has passed a code
        return None
    if user.has_second_factor:  # kept with the devices by sync_second_factor: no device query per request
        return "verify"
    if required_for(user):
        return "enrol"
    return None


def sync_second_factor(sender, instance: TOTPDevice, **kwargs) -> None:
    """post_save / post_delete of a TOTP device (services, the admin, django_otp's own saves): the user's flag
    follows whether a confirmed device exists, in the same transaction as the change."""
    has = TOTPDevice.objects.filter(user_id=instance.user_id, confirmed=True).exists()
    User.objects.filter(pk=instance.user_id).exclude(has_second_factor=has).update(has_second_factor=has)


def secret_base32(device: TOTPDevice) -> str:
    """The shared secret as authenticator apps want it typed in, in groups of four."""
    raw = base64.b32encode(device.bin_key).decode("ascii").rstrip("=")
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def qr_svg(uri: str) -> SafeString:
    """An inline SVG QR code of the otpauth:// URI (qrcode's pure-Python SVG writer, no image library)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(uri, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    # The markup is written by the library from our own URI (the username is escaped as XML data in it).
    return mark_safe(image.to_string(encoding="unicode"))


# --- changes ----------------------------------------------------------------------------------------------

def totp_device_start(*, user: User) -> TOTPDevice:
    """Begin an enrolment: a fresh secret (replacing an unfinished one). Inert until confirmed with a code."""
    with transaction.atomic():
        if TOTPDevice.objects.devices_for_user(user, confirmed=True).exists():
            raise ValidationError("已启用两步验证；如需更换验证器，请先停用")
        TOTPDevice.objects.devices_for_user(user, confirmed=False).delete()
        return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def totp_device_confirm(*, user: User, token: str) -> TOTPDevice:
    """Finish an enrolment: the code from the app proves it holds the secret; the device becomes active."""
    with transaction.atomic():
        device = TOTPDevice.objects.devices_for_user(user, confirmed=False).select_for_update().order_by("-pk").first()
        if device is None:
            raise ValidationError("请先开始设置两步验证")
        if not device.verify_token(token):
            raise ValidationError("验证码不正确，请输入验证器上当前显示的6位数字")
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit_record(actor=user, action="two_factor.enable", obj=user,
                     after={"username": user.username, "device": device.persistent_id})
    return device


def second_factor_verify(*, request, user: User, token: str) -> TOTPDevice | None:
    """The login's second step. A wrong code counts toward the lockout and is audited, like a wrong password."""
    device = confirmed_device(user)
    verified = verify_token(user, device.persistent_id, token) if device is not None else None
    if verified is None:
        security.login_failed(request=request, username=user.username, user=user, reason="bad_otp")
        return None
    security.second_factor_succeeded(request=request, user=user, device=verified)
    return verified


def totp_device_disable(*, request, user: User, token: str) -> None:
    """The user turns the second factor off; it takes a current code, so a borrowed session cannot."""
    if required_for(user):
        raise ValidationError("管理员账号必须启用两步验证，不能停用")
    device = confirmed_device(user)
    if device is None:
        raise ValidationError("尚未启用两步验证")
    if verify_token(user, device.persistent_id, token) is None:
        security.login_failed(request=request, username=user.username, user=user, reason="bad_otp")
        raise ValidationError("验证码不正确，两步验证未停用")
    with transaction.atomic():
        removed = _delete_devices(user)
        audit_record(actor=user, action="two_factor.disable", obj=user,
                     before={"devices": removed}, after={"username": user.username, "devices": 0})


def totp_devices_reset(*, actor: User, user: User) -> int:
    """A security admin removes a user's devices (a lost phone); the user's sessions end with them."""
    require_admin_role(actor, AdminRole.SECURITY)
    with transaction.atomic():
        removed = _delete_devices(user)
        User.objects.filter(pk=user.pk).update(session_epoch=F("session_epoch") + 1)
        audit_record(actor=actor, action="two_factor.reset", obj=user,
                     before={"devices": removed}, after={"username": user.username, "devices": 0})
    return removed


def _delete_devices(user: User) -> int:
    removed, _ = TOTPDevice.objects.filter(user=user).delete()
    return removed
