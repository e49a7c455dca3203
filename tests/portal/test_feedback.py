"""The public feedback form (意见建议): limits, plain text, honeypot, timed challenge, rate limit per IP."""
from __future__ import annotations

import time

import pytest
from django.urls import reverse

from tests.portal.conftest import form_data
from zhenggai.portal.challenge import ChallengeFailed, challenge_check, challenge_issue
from zhenggai.portal.models import Feedback


def post(client, world, ip: str = "203.0.113.5", **data):
    return client.post(reverse("portal:feedback", args=[world.inspection.pk]), form_data(**data), REMOTE_ADDR=ip)


def test_a_person_leaves_feedback_without_logging_in(client, published):
    response = post(client, published, name="李四", contact="13800000000", text="建议公开整改台账。")
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    item = Feedback.objects.get()
    assert (item.text, item.name, item.contact, item.ip) == ("建议公开整改台账。", "李四", "13800000000", "203.0.113.5")
    assert "已收到" in client.get(response["Location"]).content.decode()


@pytest.mark.parametrize("field, value, message", [
    ("text", "意" * 1001, "意见建议不能超过1000个字"),
    ("name", "名" * 51, "姓名不能超过50个字"),
    ("contact", "1" * 51, "联系方式不能超过50个字"),
    ("text", "   ", "请填写意见建议"),
])
def test_it_refuses_text_over_the_limits(client, published, field, value, message):
    response = post(client, published, **{field: value})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Feedback.objects.exists()


def test_it_accepts_exactly_1000_characters(client, published):
    assert post(client, published, text="意" * 1000).status_code == 302


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "请看<a href='http://x'>这里</a>", "<!-- x -->",
                                   "&lt;b&gt;"])
def test_it_refuses_html_and_never_renders_it(client, published, value):
    response = post(client, published, text=value)
    html = response.content.decode()
    assert "请使用纯文本" in html
    assert "<script>alert(1)</script>" not in html
    assert not Feedback.objects.exists()


def test_it_refuses_html_in_the_name(client, published):
    assert "请使用纯文本" in post(client, published, name="<b>张三</b>").content.decode()


def test_stored_text_with_angle_brackets_is_rendered_escaped(client, published):
    from zhenggai.portal import services

    item = services.feedback_submit(inspection=published.inspection, text="a < b 与 c > d", ip="10.0.0.1")
    services.feedback_answer(user=published.office, feedback=item, answer="x<y")
    html = client.get(reverse("portal:inspection", args=[published.inspection.pk])).content.decode()
    assert "a &lt; b 与 c &gt; d" in html and "x&lt;y" in html


def test_it_refuses_a_filled_honeypot(client, published):
    response = post(client, published, website="http://spam.example")
    assert "提交未通过校验" in response.content.decode()
    assert not Feedback.objects.exists()


def test_it_refuses_a_submission_faster_than_three_seconds(client, published):
    response = post(client, published, seconds_ago=1)
    assert "提交过快" in response.content.decode()
    assert not Feedback.objects.exists()


def test_it_refuses_a_token_older_than_an_hour(client, published):
    assert "超过1小时" in post(client, published, seconds_ago=3700).content.decode()


def test_it_refuses_a_forged_token(client, published):
    assert "页面已失效" in post(client, published, token="forged").content.decode()


def test_it_refuses_a_wrong_arithmetic_answer(client, published):
    response = post(client, published, wrong=True)
    assert "验证题回答不正确" in response.content.decode()
    assert not Feedback.objects.exists()


def test_the_question_is_in_chinese_and_the_token_does_not_reveal_the_answer():
    challenge = challenge_issue(now=time.time() - 10)
    assert challenge.question == f"{challenge.a} 加 {challenge.b} 等于？"
    import base64
    import json

    payload = json.loads(base64.urlsafe_b64decode(challenge.token.split(":")[0] + "=="))
    assert set(payload) == {"t", "n", "h"}
    challenge_check(challenge.token, str(challenge.answer))
    full_width = str(challenge.answer).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    challenge_check(challenge.token, full_width)
    with pytest.raises(ChallengeFailed):
        challenge_check(challenge.token, str(challenge.answer + 1))


def test_the_fourth_submission_from_one_ip_within_ten_minutes_is_refused(client, published):
    for i in range(3):
        assert post(client, published, text=f"意见{i}").status_code == 302
    response = post(client, published, text="第四条")
    assert response.status_code == 429
    assert "提交过于频繁" in response.content.decode()
    assert Feedback.objects.count() == 3
    assert post(client, published, ip="198.51.100.7", text="另一网络").status_code == 302


def test_the_rate_limit_comes_from_settings(client, published, settings):
    settings.PORTAL_FEEDBACK_LIMIT = 1
    assert post(client, published).status_code == 302
    assert post(client, published).status_code == 429


def test_the_form_needs_a_csrf_token(published):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("portal:feedback", args=[published.inspection.pk]), form_data())
    assert response.status_code == 403
