"""Units and users, managed by the rectification office within its own org tree."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from zhenggai.accounts.models import Role, Unit, User
from zhenggai.accounts.scope import inspections_for_user, require_role
from zhenggai.accounts.services import unit_save, user_save
from zhenggai.ledger.forms import UnitForm, UserForm


def _my_units(user):
    if user.is_superuser or user.unit_id is None:
        return Unit.objects.all()
    return user.unit.subtree()


def _crumbs():
    return [("单位与用户", reverse("unit_list"))]


@login_required
def unit_list(request: HttpRequest) -> HttpResponse:
    require_role(request.user, Role.OFFICE)
    units = _my_units(request.user).select_related("parent")
    users = User.objects.filter(unit__in=units).select_related("unit").order_by("unit__path", "username")
    return render(request, "accounts/unit_list.html", {"units": units, "users": users, "nav": "units"})


def _get_unit(request, pk):
    try:
        return _my_units(request.user).get(pk=pk)
    except Unit.DoesNotExist as exc:
        raise Http404("没有找到该单位") from exc


@login_required
def unit_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    require_role(request.user, Role.OFFICE)
    unit = _get_unit(request, pk) if pk else Unit(parent=request.user.unit)
    form = UnitForm(request.POST or None, instance=unit, units=_my_units(request.user))
    if request.method == "POST" and form.is_valid():
        if form.instance.parent is None and not request.user.is_superuser:
            form.add_error("parent", "请选择上级单位")
        else:
            unit_save(actor=request.user, unit=form.instance)
            messages.success(request, "已保存单位。")
            return redirect("unit_list")
    return render(request, "ledger/form.html", {"form": form, "title": "修改单位" if pk else "新增单位",
                                                "crumbs": _crumbs(), "submit": "保存", "nav": "units"})


@login_required
def user_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    require_role(request.user, Role.OFFICE)
    units = _my_units(request.user)
    if pk:
        try:
            account = User.objects.get(pk=pk, unit__in=units)
        except User.DoesNotExist as exc:
            raise Http404("没有找到该用户") from exc
    else:
        account = User(unit=request.user.unit)
    form = UserForm(request.POST or None, instance=account, units=units, inspections=inspections_for_user(request.user))
    if request.method == "POST" and form.is_valid():
        observed = form.cleaned_data.pop("observed_inspections", None)
        user_save(actor=request.user, user=form.instance, password=form.cleaned_data.get("password"),
                  observed_inspections=observed)
        messages.success(request, "已保存用户。")
        return redirect("unit_list")
    return render(request, "ledger/form.html", {"form": form, "title": "修改用户" if pk else "新增用户",
                                                "crumbs": _crumbs(), "submit": "保存", "nav": "units"})
