"""Units and users, managed by the system admin (all of them) or the rectification office (its own org tree)."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from zhenggai.accounts.models import AdminRole, Unit, User
from zhenggai.accounts.scope import inspections_for_user, is_admin, require_account_manager
from zhenggai.accounts.services import unit_save, user_save
from zhenggai.ledger.forms import UnitForm, UserForm


def _manages_every_unit(user) -> bool:
    return is_admin(user) or user.admin_role == AdminRole.SYSTEM


def _my_units(user):
    if _manages_every_unit(user):
        return Unit.objects.all()
    if user.unit_id is None:
        return Unit.objects.none()
    return user.unit.subtree()


def _my_users(user):
    """Business accounts the user manages: all of them for the system admin (observers have no unit).

    Superusers and admin-role accounts are managed only by the bootstrap superuser: otherwise whoever
    can set a password here could take over an account with more power, or a second admin role.
    """
    if is_admin(user):
        return User.objects.all()
    accounts = User.objects.filter(is_superuser=False, admin_role="")
    if user.admin_role == AdminRole.SYSTEM:
        return accounts
    return accounts.filter(unit__in=_my_units(user))


def _crumbs():
    return [("单位与用户", reverse("unit_list"))]


@login_required
def unit_list(request: HttpRequest) -> HttpResponse:
    """Both lists paged on their own (`units_page`, `users_page`); `q` narrows both by name."""
    require_account_manager(request.user)
    q = request.GET.get("q", "").strip()[:50]
    units = _my_units(request.user).select_related("parent", "head").order_by("path", "sort", "pk")
    users = _my_users(request.user).select_related("unit").order_by("unit__path", "username", "pk")
    if q:
        units = units.filter(name__icontains=q)
        users = users.filter(Q(username__icontains=q) | Q(full_name__icontains=q) | Q(unit__name__icontains=q))
    unit_page = Paginator(units, UNIT_PAGE_SIZE).get_page(request.GET.get("units_page"))
    user_page = Paginator(users, UNIT_PAGE_SIZE).get_page(request.GET.get("users_page"))
    return render(request, "accounts/unit_list.html", {
        "unit_page": unit_page, "user_page": user_page, "q": q, "nav": "units",
        "unit_query": _keep(request, "units_page"), "user_query": _keep(request, "users_page")})


UNIT_PAGE_SIZE = 50


def _keep(request: HttpRequest, drop: str) -> str:
    """The list's query string without one pager's page number, for that pager's links."""
    query = request.GET.copy()
    query.pop(drop, None)
    return query.urlencode()


def _get_unit(request, pk):
    try:
        return _my_units(request.user).get(pk=pk)
    except Unit.DoesNotExist as exc:
        raise Http404("没有找到该单位") from exc


@login_required
def unit_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    require_account_manager(request.user)
    unit = _get_unit(request, pk) if pk else Unit(parent=request.user.unit)
    form = UnitForm(request.POST or None, instance=unit, units=_my_units(request.user))
    if request.method == "POST" and form.is_valid():
        if form.instance.parent is None and not _manages_every_unit(request.user):
            form.add_error("parent", "请选择上级单位")
        else:
            unit_save(actor=request.user, unit=form.instance)
            messages.success(request, "已保存单位。")
            return redirect("unit_list")
    return render(request, "ledger/form.html", {"form": form, "title": "修改单位" if pk else "新增单位",
                                                "crumbs": _crumbs(), "submit": "保存", "nav": "units"})


@login_required
def user_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    require_account_manager(request.user)
    units = _my_units(request.user)
    if pk:
        try:
            account = _my_users(request.user).get(pk=pk)
        except User.DoesNotExist as exc:
            raise Http404("没有找到该用户") from exc
    else:
        account = User(unit=request.user.unit)
    visible = inspections_for_user(request.user)
    form = UserForm(request.POST or None, instance=account, units=units, inspections=visible)
    if request.method == "POST" and form.is_valid():
        observed = form.cleaned_data.pop("observed_inspections", None)
        if observed is not None and account.pk:
            # The form offers only the inspections the editor can see (none, for the system admin): keep the
            # ones outside that view instead of silently removing them.
            observed = list(observed) + list(account.observed_inspections.exclude(pk__in=visible.values("pk")))
        user_save(actor=request.user, user=form.instance, password=form.cleaned_data.get("password"),
                  observed_inspections=observed)
        messages.success(request, "已保存用户。")
        return redirect("unit_list")
    return render(request, "ledger/form.html", {"form": form, "title": "修改用户" if pk else "新增用户",
                                                "crumbs": _crumbs(), "submit": "保存", "nav": "units"})
