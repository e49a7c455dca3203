"""The inbox, read marks, badges, preferences, reminder settings and the system admin's outbox."""
from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.conftest import make_user, pdf_upload
from zhenggai.accounts.models import AdminRole, Role
from zhenggai.ledger import services as ledger
from zhenggai.notify.context import badge_counts
from zhenggai.notify.models import Delivery, Notification, Preference, ReminderSettings
from zhenggai.notify.services import notify


def _some(world, n: int = 3):
    for i in range(n):
        notify(event="escalation", recipients=[world.unit], obj=world.measure, text=f"第{i + 1}次督办：请抓紧整改")


def test_the_inbox_lists_the_users_messages_newest_first_with_the_unread_count(client, world):
    _some(world)
    notify(event="escalation", recipients=[world.other_unit], obj=world.measure3, text="别人的督办")
    client.force_login(world.unit)
    page = client.get(reverse("notify:inbox")).content.decode()
    assert page.index("第3次督办") < page.index("第1次督办") and "别人的督办" not in page
    assert '<span class="nav-count">3</span>' in page


def test_the_inbox_is_paginated(client, world):
    _some(world, 35)
    client.force_login(world.unit)
    assert "第 1 / 2 页" in client.get(reverse("notify:inbox")).content.decode()
    assert "第1次督办" in client.get(reverse("notify:inbox") + "?page=2").content.decode()


def test_opening_a_message_marks_it_read_and_goes_to_the_object(client, world):
    _some(world, 1)
    row = Notification.objects.get()
    client.force_login(world.unit)
    response = client.post(reverse("notify:open", args=[row.pk]))
    assert response.status_code == 302 and response["Location"] == f"/measures/{world.measure.pk}/"
    row.refresh_from_db()
    assert row.read_at is not None


def test_mark_read_and_mark_all_read(client, world):
    _some(world)
    first = Notification.objects.order_by("id").first()
    client.force_login(world.unit)
    client.post(reverse("notify:mark_read", args=[first.pk]), {"page": "1"})
    assert Notification.objects.filter(read_at__isnull=True).count() == 2
    client.post(reverse("notify:mark_all_read"))
    assert not Notification.objects.filter(read_at__isnull=True).exists()
    assert "只看未读" in client.get(reverse("notify:inbox") + "?unread=1").content.decode()


def test_someone_elses_message_is_404_and_stays_unread(client, world):
    _some(world, 1)
    row = Notification.objects.get()
    client.force_login(world.other_unit)
    assert client.post(reverse("notify:open", args=[row.pk])).status_code == 404
    assert client.post(reverse("notify:mark_read", args=[row.pk])).status_code == 404
    row.refresh_from_db()
    assert row.read_at is None


def test_a_message_whose_inspection_left_the_readers_scope_is_hidden(client, world):
    _some(world, 1)
    world.unit.unit = world.water  # moved to another bureau
    world.unit.save()
    client.force_login(world.unit)
    assert "督办" not in client.get(reverse("notify:inbox")).content.decode().split("<main>")[1]


def test_the_badges_count_review_work_feedback_and_messages(world):
    from zhenggai.portal.models import Feedback

    ledger.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="已完成",
                                    files=[pdf_upload()])
    ledger.measure_review(user=world.office, measure=world.measure, passed=False, note="佐证不足")
    ledger.measure_request_sign_off(user=world.other_unit, measure=world.measure3, completion_note="已完成",
                                    files=[pdf_upload()])
    Feedback.objects.create(inspection=world.inspection, text="建议")
    import time_machine

    with time_machine.travel(dt.datetime(2026, 10, 8, 9), tick=False):  # measure3 is past its 9-30 deadline
        assert badge_counts(world.office) == {"messages": 2, "review": 1, "feedback": 1}
        assert badge_counts(world.unit) == {"messages": 1, "my_work": 1}  # the sent-back measure
        assert badge_counts(world.other_unit)["my_work"] == 1  # overdue, awaiting review
        assert badge_counts(world.leader) == {"messages": 0, "review": 0}
        assert badge_counts(world.outsider) == {"messages": 0, "review": 0, "feedback": 0}


def test_a_page_pays_one_query_for_all_its_badges(client, world):
    _some(world)
    client.force_login(world.office)
    client.get(reverse("inspection_list"))
    with CaptureQueriesContext(connection) as ctx:
        client.get(reverse("inspection_list"))
    badge_queries = [q for q in ctx.captured_queries if "COUNT" in q["sql"] and "notify_notification" in q["sql"]]
    assert len(badge_queries) == 1


def test_admin_role_accounts_have_no_inbox(client, world):
    sysadmin = make_user("sys", Role.OFFICE, world.bureau, admin_role=AdminRole.SYSTEM)
    client.force_login(sysadmin)
    assert client.get(reverse("notify:inbox")).status_code == 403
    assert badge_counts(sysadmin) == {}


def test_preferences_choose_channels_quiet_hours_and_digest(client, world, settings):
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = "http://127.0.0.1:9/x"
    client.force_login(world.unit)
    page = client.get(reverse("notify:preferences")).content.decode()
    assert "企业微信" in page and "http://127.0.0.1:9" not in page  # the webhook is never shown
    response = client.post(reverse("notify:preferences"), {"channels": ["wecom"], "quiet_start": "22:00",
                                                           "quiet_end": "07:00", "digest": "on"})
    assert response.status_code == 302
    pref = Preference.objects.get(user=world.unit)
    assert pref.channels == ["wecom"] and pref.digest and pref.quiet_start == dt.time(22, 0)


@pytest.mark.parametrize(("data", "error"), [
    ({"channels": ["sms"]}, "不在可用的选项中"),
    ({"quiet_start": "22:00"}, "同时填写"),
    ({"quiet_start": "25:00", "quiet_end": "07:00"}, "有效的时间"),
])
def test_bad_preferences_are_refused_with_a_chinese_error_and_nothing_saved(client, world, settings, data, error):
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = "http://127.0.0.1:9/x"  # offered; SMS is not
    client.force_login(world.unit)
    response = client.post(reverse("notify:preferences"), data)
    assert response.status_code == 200 and error in response.content.decode()
    assert not Preference.objects.exists()


def test_without_any_configured_channel_the_page_offers_none(client, world):
    client.force_login(world.unit)
    page = client.get(reverse("notify:preferences")).content.decode()
    assert "尚未开通站外渠道" in page and 'name="channels"' not in page


def test_the_office_sets_reminder_days_per_inspection(client, world):
    client.force_login(world.office)
    url = reverse("notify:reminder_settings", args=[world.inspection.pk])
    response = client.post(url, {"deadline_days": "3，20, 10", "report_days": "5", "overdue_every_days": "3",
                                 "follow_up_days_before": "7"})
    assert response.status_code == 302
    assert ReminderSettings.objects.get().deadline_day_list == (20, 10, 3)
    bad = client.post(url, {"deadline_days": "十天", "report_days": "5", "overdue_every_days": "3",
                            "follow_up_days_before": "7"})
    assert "用逗号分隔的天数" in bad.content.decode()
    client.force_login(world.unit)
    assert client.get(url).status_code == 403
    client.force_login(world.outsider)
    assert client.get(url).status_code == 404


def test_the_system_admin_sees_the_outbox_without_any_content(client, world, settings):
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = "http://127.0.0.1:9/cgi-bin/webhook/send?key=verysecret"
    Preference.objects.create(user=world.unit, channels=["wecom"])
    notify(event="escalation", recipients=[world.unit], obj=world.measure, text="执法检查规程督办")
    Delivery.objects.update(status="failed", last_error="无法连接：ConnectionRefusedError", attempts=6)
    sysadmin = make_user("sys", Role.OFFICE, world.bureau, admin_role=AdminRole.SYSTEM)
    client.force_login(sysadmin)
    page = client.get(reverse("notify:outbox")).content.decode()
    assert "企业微信" in page and "unit" in page and "发送失败" in page and "ConnectionRefusedError" in page
    assert "执法检查" not in page and "verysecret" not in page and "张填报" not in page
    row = Delivery.objects.get()
    assert client.post(reverse("notify:outbox_retry", args=[row.pk])).status_code == 302
    row.refresh_from_db()
    assert row.status == "retrying" and row.attempts == 0  # queued again, the job sends it on commit
    client.force_login(world.office)
    assert client.get(reverse("notify:outbox")).status_code == 403
