"""The security admin's page: locked accounts and recent failures, unlocks, second-factor resets."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from zhenggai.accounts import selectors, two_factor
from zhenggai.accounts.models import AdminRole, User
from zhenggai.accounts.scope import require_admin_role
from zhenggai.accounts.security import user_unlock


def _account(pk: int) -> User:
    try:
        return User.objects.get(pk=pk)
    except User.DoesNotExist as exc:
        raise Http404("没有找到该账号") from exc


@login_required
def security_overview(request: HttpRequest) -> HttpResponse:
    require_admin_role(request.user, AdminRole.SECURITY)
    now = timezone.now()
    return render(request, "accounts/security_overview.html", {
        "locked": selectors.locked_accounts(now),
        "failing": selectors.accounts_with_failures(now),
        "two_factor_users": selectors.accounts_with_two_factor(),
        "policy": selectors.login_policy(),
        "nav": "security",
    })


@login_required
@require_POST
def security_unlock(request: HttpRequest, pk: int) -> HttpResponse:
    require_admin_role(request.user, AdminRole.SECURITY)
    account = _account(pk)
    user_unlock(actor=request.user, user=account)
    messages.success(request, f"已解锁账号 {account.username}。")
    return redirect("security_overview")


@login_required
@require_POST
def security_reset_two_factor(request: HttpRequest, pk: int) -> HttpResponse:
    require_admin_role(request.user, AdminRole.SECURITY)
    account = _account(pk)
    removed = two_factor.totp_devices_reset(actor=request.user, user=account)
    if removed:
        messages.success(request, f"已重置 {account.username} 的两步验证，该账号的登录已全部退出，下次登录时须重新设置。")
    else:
        messages.info(request, f"{account.username} 没有两步验证设备。")
    return redirect("security_overview")
