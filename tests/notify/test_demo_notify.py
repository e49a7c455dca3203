"""The demo's notifications: a unit user sees badges and an inbox of real messages, and a send-back in the
demo reaches a real local SMTP inbox and a local 企业微信 webhook receiver."""
from __future__ import annotations

import pytest
from django.urls import reverse

from zhenggai.accounts.models import User
from zhenggai.ledger.models import Measure
from zhenggai.notify.models import Delivery, DeliveryStatus, Notification


def test_the_demo_unit_user_sees_badges_and_an_inbox_of_real_messages(demo, client):
    zhifa = User.objects.get(username="zhifa")
    unread = Notification.objects.filter(recipient=zhifa, read_at__isnull=True).count()
    assert 1 <= unread < Notification.objects.filter(recipient=zhifa).count()
    client.force_login(zhifa)
    page = client.get(reverse("notify:inbox")).content.decode()
    assert f'消息<span class="nav-count">{unread}</span>' in page
    assert '我的任务<span class="nav-count">' in page
    # The inbox pages (30 a page): the demo's measures and its 信访件 both write to this unit.
    pages = [page] + [client.get(reverse("notify:inbox"), {"page": n}).content.decode() for n in range(2, 6)]
    inbox = "".join(pages)
    assert "回炉返工" in inbox and "已审批销号" in inbox and "新下达整改任务" in inbox and "信访件" in inbox


def test_the_demo_office_has_unread_reviews_matching_its_queue(demo):
    office = User.objects.get(username="office")
    waiting = Measure.objects.filter(state="requested").count()
    assert Notification.objects.filter(recipient=office, event="review_requested", read_at__isnull=True).count() \
        == waiting


def test_a_send_back_in_the_demo_reaches_the_smtp_inbox_and_the_webhook(demo, client, mailbox, receiver, settings,
                                                                        django_capture_on_commit_callbacks):
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = receiver.url("/cgi-bin/webhook/send?key=demo")
    measure = Measure.objects.filter(state="requested").select_related("lead_unit").first()
    filler = User.objects.filter(role="unit", unit=measure.lead_unit).first()
    client.force_login(User.objects.get(username="office"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("measure_review", args=[measure.pk]),
                               {"decision": "back", "note": "佐证材料只有会议通知，缺少整改落实的成效材料"})
    assert response.status_code == 302
    to_filler = [m for rcpt, m in mailbox.messages if rcpt == [filler.email]]
    assert len(to_filler) == 1 and "缺少整改落实的成效材料" in to_filler[0].get_content()
    assert any(filler.display_name in r["raw"].decode() for r in receiver.requests)
    assert set(Delivery.objects.filter(recipient=filler).values_list("channel", "status")) == {
        ("email", DeliveryStatus.SENT), ("wecom", DeliveryStatus.SENT)}
