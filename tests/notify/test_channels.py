"""Each channel against a real local receiver: SMTP (aiosmtpd) and an HTTP server for the group robots
(企业微信, 钉钉 with its signing secret, 飞书 with its sign) and the SMS gateway template."""
from __future__ import annotations

import base64
import hashlib
import hmac

import pytest

from tests.conftest import pdf_upload
from zhenggai.ledger import services as ledger
from zhenggai.notify import channels, jobs
from zhenggai.notify.models import Delivery, DeliveryStatus, Preference
from zhenggai.notify.services import notify

SECRET = "SECf00dbabe0123456789"


def _choose(user, *codes, **extra):
    Preference.objects.update_or_create(user=user, defaults={"channels": list(codes), **extra})


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what the services leave for on_commit (the delivery job), as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def send_back(world, committed):
    def run():
        ledger.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="已修订规程",
                                        files=[pdf_upload()])
        with committed():
            ledger.measure_review(user=world.office, measure=world.measure, passed=False, note="缺少印发文件")
    return run


def test_a_send_back_reaches_a_real_smtp_inbox(world, send_back, committed, mailbox, settings):
    settings.ZHENGGAI_SITE_URL = "https://zg.example.gov.cn"
    world.unit.email = "zhang@example.gov.cn"
    world.unit.save()
    _choose(world.unit, "email")
    send_back()
    # The sign-off request went to the office (the admin account has an address), the send-back to the unit.
    by_rcpt = {tuple(rcpt): message for rcpt, message in mailbox.messages}
    assert set(by_rcpt) == {("admin@example.org",), ("zhang@example.gov.cn",)}
    message = by_rcpt[("zhang@example.gov.cn",)]
    assert message["Subject"].strip() == "【整改台账】销号申请被退回（回炉返工）"
    body = message.get_content()
    assert "缺少印发文件" in body and f"https://zg.example.gov.cn/measures/{world.measure.pk}/" in body
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.SENT}


def test_wecom_gets_its_text_format_mentioning_the_users_phone(world, send_back, committed, receiver, settings):
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = receiver.url("/cgi-bin/webhook/send?key=abc-secret-key")
    world.unit.phone = "13800000001"
    world.unit.save()
    _choose(world.unit, "wecom")
    send_back()
    sent = receiver.json()
    assert sent["msgtype"] == "text" and sent["text"]["mentioned_mobile_list"] == ["13800000001"]
    assert "张填报" in sent["text"]["content"] and "销号申请被退回" in sent["text"]["content"]
    # A group chat may hold people outside the measure's scope: the robot never carries its content.
    assert "缺少印发文件" not in sent["text"]["content"] and "执法检查工作规程" not in sent["text"]["content"]
    assert receiver.requests[-1]["query"]["key"] == ["abc-secret-key"]


def test_dingtalk_signs_the_url_with_timestamp_and_hmac_sha256(world, send_back, committed, receiver, settings):
    settings.ZHENGGAI_NOTIFY_DINGTALK_WEBHOOK = receiver.url("/robot/send?access_token=tok")
    settings.ZHENGGAI_NOTIFY_DINGTALK_SECRET = SECRET
    _choose(world.unit, "dingtalk")
    send_back()
    request = receiver.requests[-1]
    timestamp, sign = request["query"]["timestamp"][0], request["query"]["sign"][0]
    expected = base64.b64encode(hmac.new(SECRET.encode(), f"{timestamp}\n{SECRET}".encode(), hashlib.sha256).digest())
    assert sign == expected.decode() and len(timestamp) == 13  # milliseconds
    sent = receiver.json()
    assert sent["msgtype"] == "text" and sent["at"] == {"atMobiles": [], "isAtAll": False}
    assert request["query"]["access_token"] == ["tok"]


def test_feishu_puts_timestamp_and_sign_in_the_body(world, send_back, committed, receiver, settings):
    settings.ZHENGGAI_NOTIFY_FEISHU_WEBHOOK = receiver.url("/open-apis/bot/v2/hook/xyz")
    settings.ZHENGGAI_NOTIFY_FEISHU_SECRET = SECRET
    receiver.reply = {"code": 0, "msg": "success"}
    _choose(world.unit, "feishu")
    send_back()
    sent = receiver.json()
    assert sent["msg_type"] == "text" and "销号申请被退回" in sent["content"]["text"]
    expected = base64.b64encode(hmac.new(f"{sent['timestamp']}\n{SECRET}".encode(), b"", hashlib.sha256).digest())
    assert sent["sign"] == expected.decode() and len(sent["timestamp"]) == 10  # seconds
    assert Delivery.objects.get().status == DeliveryStatus.SENT


def test_a_robot_error_code_is_a_failure_kept_for_retry(world, send_back, committed, receiver, settings):
    settings.ZHENGGAI_NOTIFY_FEISHU_WEBHOOK = receiver.url("/open-apis/bot/v2/hook/xyz")
    receiver.reply = {"code": 19021, "msg": "sign match fail"}
    _choose(world.unit, "feishu")
    send_back()
    row = Delivery.objects.get()
    assert row.status == DeliveryStatus.RETRYING and "19021" in row.last_error and row.attempts == 1


def test_the_sms_gateway_gets_the_template_with_a_body_of_at_most_70_characters(world, send_back, committed, receiver, settings):
    settings.ZHENGGAI_NOTIFY_SMS_URL = receiver.url("/sms/send")
    settings.ZHENGGAI_NOTIFY_SMS_BODY = '{"to": "{phone}", "msg": "{text}", "sign": "zg"}'
    world.unit.phone = "13800000001"
    world.unit.full_name = "欧阳" + "长" * 40  # a long name must not push the message past one SMS
    world.unit.save()
    _choose(world.unit, "sms")
    send_back()
    sent = receiver.json()
    assert sent["to"] == "13800000001" and sent["sign"] == "zg"
    assert len(sent["msg"]) <= 70 and sent["msg"].startswith("【整改台账】")


def test_sms_is_skipped_for_a_user_without_a_phone(world, send_back, committed, receiver, settings):
    settings.ZHENGGAI_NOTIFY_SMS_URL = receiver.url("/sms/send")
    _choose(world.unit, "sms")
    send_back()
    assert not Delivery.objects.exists() and not receiver.requests


def test_a_channel_that_is_down_never_breaks_the_page_and_loses_nothing(world, send_back, committed, client, settings, dead_port,
                                                                        receiver):
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = f"http://127.0.0.1:{dead_port}/cgi-bin/webhook/send?key=topsecret"
    _choose(world.unit, "wecom")
    ledger.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="已修订规程",
                                    files=[pdf_upload()])
    client.force_login(world.office)
    with committed():
        response = client.post(f"/measures/{world.measure.pk}/review/", {"decision": "back", "note": "缺少印发文件"})
    assert response.status_code == 302
    world.measure.refresh_from_db()
    assert world.measure.state == "returned"
    row = Delivery.objects.get()
    assert row.status == DeliveryStatus.RETRYING and row.attempts == 1
    assert "topsecret" not in row.last_error and "127.0.0.1" not in row.last_error
    # The channel comes back: the sweep sends the same row once its backoff has passed.
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = receiver.url("/cgi-bin/webhook/send?key=topsecret")
    Delivery.objects.filter(pk=row.pk).update(next_attempt_at=row.created_at)
    jobs.deliver_due()
    row.refresh_from_db()
    assert row.status == DeliveryStatus.SENT and row.attempts == 2 and len(receiver.requests) == 1


def test_after_the_last_attempt_a_row_is_failed_with_its_error(world, send_back, committed, settings, dead_port):
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = f"http://127.0.0.1:{dead_port}/x"
    settings.ZHENGGAI_NOTIFY_MAX_ATTEMPTS = 3
    _choose(world.unit, "wecom")
    with committed():
        notify(event="escalation", recipients=[world.unit], obj=world.measure, text="督办")
    row = Delivery.objects.get()
    while row.status != DeliveryStatus.FAILED:
        Delivery.objects.filter(pk=row.pk).update(next_attempt_at=row.created_at)
        jobs.deliver_due()
        row.refresh_from_db()
    assert row.attempts == 3 and row.last_error


def test_backoff_doubles_and_is_capped():
    assert [jobs.backoff(n).total_seconds() / 60 for n in (1, 2, 3, 4, 10)] == [2, 4, 8, 16, 360]


def test_secrets_never_reach_an_error_text(settings):
    settings.ZHENGGAI_NOTIFY_DINGTALK_SECRET = SECRET
    text = channels.safe_error(RuntimeError(f"failed https://oapi.dingtalk.com/robot/send?access_token=t {SECRET}"))
    assert "access_token" not in text and SECRET not in text


def test_quiet_hours_hold_external_messages_until_they_end(world, send_back, committed, receiver, settings):
    import datetime as dt

    import time_machine
    from django.utils import timezone

    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = receiver.url("/cgi-bin/webhook/send?key=k")
    _choose(world.unit, "wecom", quiet_start=dt.time(22, 0), quiet_end=dt.time(7, 30))
    tz = timezone.get_current_timezone()
    with time_machine.travel(dt.datetime(2026, 11, 2, 23, 15, tzinfo=tz), tick=False):
        with committed():
            notify(event="escalation", recipients=[world.unit], obj=world.measure, text="督办")
        assert not receiver.requests
        row = Delivery.objects.get()
        assert timezone.localtime(row.next_attempt_at) == dt.datetime(2026, 11, 3, 7, 30, tzinfo=tz)
    with time_machine.travel(dt.datetime(2026, 11, 3, 7, 31, tzinfo=tz), tick=False):
        jobs.deliver_due()
    assert len(receiver.requests) == 1


@pytest.mark.parametrize("code", ["wecom", "dingtalk", "feishu", "sms", "email"])
def test_a_channel_without_settings_is_not_offered(code):
    assert code not in {c.code for c in channels.available()}
