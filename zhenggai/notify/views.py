"""Pages: the inbox (站内消息), its read marks, a user's channel preferences, the office's reminder
settings per inspection, and the system admin's outbox (发送记录, without any business content)."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from zhenggai.accounts.models import AdminRole, Role
from zhenggai.accounts.scope import (
    get_inspection_for_user,
    holds_admin_role,
    inspections_for_user,
    require_admin_role,
    require_role,
)
from zhenggai.notify import channels, services
from zhenggai.notify.forms import PreferenceForm, ReminderSettingsForm
from zhenggai.notify.models import Delivery, DeliveryStatus, Notification, ReminderSettings

PAGE_SIZE = 30


def _business_user(request: HttpRequest) -> None:
    if holds_admin_role(request.user):
        raise PermissionDenied("管理员账号没有业务消息")


def _visible(user):
    """The user's notifications whose inspection is still in their scope (a moved account loses the old ones)."""
    return Notification.objects.filter(recipient=user).filter(
        Q(inspection__isnull=True) | Q(inspection__in=inspections_for_user(user).values("pk")))


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    _business_user(request)
    qs = _visible(request.user)
    unread_only = request.GET.get("unread") == "1"
    if unread_only:
        qs = qs.filter(read_at__isnull=True)
    page = Paginator(qs.order_by("-created_at", "-id"), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "notify/inbox.html", {"page": page, "unread_only": unread_only, "nav": "messages"})


@login_required
@require_POST
def open_notification(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark read and go to the object; the object's own page checks scope again (404 outside it)."""
    _business_user(request)
    if not _visible(request.user).filter(pk=pk).exists():
        raise Http404("没有找到该消息")  # someone else's, or out of the reader's scope now: no leak
    row = services.notification_mark_read(user=request.user, notification_id=pk)
    return redirect(row.url if row.url.startswith("/") and not row.url.startswith("//") else "notify:inbox")


@login_required
@require_POST
def mark_read(request: HttpRequest, pk: int) -> HttpResponse:
    _business_user(request)
    if services.notification_mark_read(user=request.user, notification_id=pk) is None:
        raise Http404("没有找到该消息")
    page = request.POST.get("page", "")
    return redirect(reverse("notify:inbox") + (f"?page={page}" if page.isdigit() else ""))


@login_required
@require_POST
def mark_all_read(request: HttpRequest) -> HttpResponse:
    _business_user(request)
    count = services.notification_mark_all_read(user=request.user)
    messages.success(request, f"已将{count}条消息标为已读。" if count else "没有未读消息。")
    return redirect("notify:inbox")


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    _business_user(request)
    pref = services.preference_for(request.user)
    initial = {"channels": pref.channels, "quiet_start": pref.quiet_start, "quiet_end": pref.quiet_end,
               "digest": pref.digest}
    form = PreferenceForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            data = form.cleaned_data
            services.preference_save(user=request.user, channels=data.get("channels", []),
                                     quiet_start=data["quiet_start"], quiet_end=data["quiet_end"], digest=data["digest"])
        except services.NotifyError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "已保存消息接收设置。")
            return redirect("notify:preferences")
    offered = channels.available()
    missing = [label for label, address in (("电子邮箱", request.user.email), ("手机号", request.user.phone)) if not address]
    return render(request, "notify/preferences.html", {"form": form, "offered": offered, "missing": missing,
                                                       "nav": "messages"})


@login_required
def reminder_settings(request: HttpRequest, pk: int) -> HttpResponse:
    inspection = get_inspection_for_user(request.user, pk)
    require_role(request.user, Role.OFFICE)
    current = ReminderSettings.objects.filter(inspection=inspection).first() or ReminderSettings(inspection=inspection)
    form = ReminderSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        services.reminder_settings_save(user=request.user, inspection=inspection, fields=form.cleaned_data)
        messages.success(request, "已保存提醒设置。")
        return redirect("notify:reminder_settings", pk=inspection.pk)
    crumbs = [("巡察整改", reverse("inspection_list")), (inspection.name, reverse("inspection_detail", args=[pk]))]
    return render(request, "notify/reminder_settings.html", {"form": form, "inspection": inspection, "crumbs": crumbs,
                                                             "nav": "inspections"})


@login_required
def outbox(request: HttpRequest) -> HttpResponse:
    """The system admin's view of delivery: channel, recipient account, status, error; never the message."""
    require_admin_role(request.user, AdminRole.SYSTEM)
    status = request.GET.get("status", "")
    qs = Delivery.objects.select_related("recipient").only(
        "channel", "status", "attempts", "last_error", "created_at", "sent_at", "next_attempt_at",
        "recipient__username", "recipient__full_name")
    if status in DeliveryStatus.values:
        qs = qs.filter(status=status)
    page = Paginator(qs.order_by("-created_at", "-id"), PAGE_SIZE).get_page(request.GET.get("page"))
    for row in page:
        row.channel_label = channels.CHANNELS[row.channel].label if row.channel in channels.CHANNELS else row.channel
    configured = [(c.label, c.configured()) for c in channels.CHANNELS.values()]
    return render(request, "notify/outbox.html", {"page": page, "status": status, "statuses": DeliveryStatus.choices,
                                                  "configured": configured, "nav": "outbox"})


@login_required
@require_POST
def outbox_retry(request: HttpRequest, pk: int) -> HttpResponse:
    require_admin_role(request.user, AdminRole.SYSTEM)
    if services.delivery_retry(user=request.user, delivery_id=pk):
        messages.success(request, "已重新排队发送。")
    return redirect("notify:outbox")
