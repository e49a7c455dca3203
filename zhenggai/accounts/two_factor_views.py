"""Pages of the second factor: enrol (QR code, confirm with a code), disable, and the login's code step."""
from __future__ import annotations

import django_otp
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_POST

from zhenggai.accounts import security, two_factor
from zhenggai.accounts.forms import TokenForm


def _next_url(request: HttpRequest) -> str:
    """Where to go once the second factor is settled: a local `next`, else the home page."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return reverse("home")


def _back_to_page(request: HttpRequest) -> HttpResponse:
    nxt = request.POST.get("next") or request.GET.get("next")
    return redirect(reverse("two_factor") + (f"?{urlencode({'next': nxt})}" if nxt else ""))


def _mark_verified(request: HttpRequest, device) -> None:
    # A step up in trust: a new session key, then the session remembers the device that passed.
    request.session.cycle_key()
    django_otp.login(request, device)


@login_required
def two_factor_page(request: HttpRequest, form: TokenForm | None = None) -> HttpResponse:
    user = request.user
    device = two_factor.confirmed_device(user)
    pending = None if device else two_factor.pending_device(user)
    context = {
        "device": device,
        "pending": pending,
        "required": two_factor.required_for(user),
        "form": form or TokenForm(),
        "next": request.POST.get("next") or request.GET.get("next") or "",
        "nav": "two_factor",
    }
    if pending is not None:
        context.update(uri=pending.config_url, secret=two_factor.secret_base32(pending),
                       qr=two_factor.qr_svg(pending.config_url))
    return render(request, "accounts/two_factor.html", context)


@login_required
@require_POST
def two_factor_start(request: HttpRequest) -> HttpResponse:
    try:
        two_factor.totp_device_start(user=request.user)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    return _back_to_page(request)


@login_required
@require_POST
def two_factor_confirm(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST)
    if form.is_valid():
        try:
            device = two_factor.totp_device_confirm(user=request.user, token=form.cleaned_data["token"])
        except ValidationError as exc:
            form.add_error("token", exc.messages[0])
        else:
            _mark_verified(request, device)
            messages.success(request, "两步验证已启用。以后登录时，输入密码后还需输入验证器上的验证码。")
            return redirect(_next_url(request) if request.POST.get("next") else reverse("two_factor"))
    return two_factor_page(request, form=form)


@login_required
@require_POST
def two_factor_disable(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST)
    if form.is_valid():
        try:
            two_factor.totp_device_disable(request=request, user=request.user, token=form.cleaned_data["token"])
        except ValidationError as exc:
            form.add_error("token", exc.messages[0])
        else:
            messages.success(request, "两步验证已停用。")
            return redirect("two_factor")
    return two_factor_page(request, form=form)


@login_required
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    """The login's second step: the password was right, now the code from the authenticator app."""
    user = request.user
    if two_factor.pending_step(user) != "verify":
        return redirect(_next_url(request))
    if user.is_locked():
        return _locked_out(request)
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = two_factor.second_factor_verify(request=request, user=user, token=form.cleaned_data["token"])
        if device is not None:
            _mark_verified(request, device)
            return redirect(_next_url(request))
        user.refresh_from_db(fields=["locked_until", "failed_logins"])
        if user.is_locked():
            return _locked_out(request)
        form.add_error("token", "验证码不正确或已使用过，请输入验证器上新显示的验证码")
    return render(request, "accounts/two_factor_verify.html",
                  {"form": form, "next": request.POST.get("next") or request.GET.get("next") or ""})


def _locked_out(request: HttpRequest) -> HttpResponse:
    logout(request)
    messages.error(request, security.refusal_message("locked"))
    return redirect("login")
