"""Delivery channels (渠道): email, 企业微信 / 钉钉 / 飞书 group robots, and an SMS gateway.

Each channel is configured only by environment variables (see settings.py and the README), never by a
user's form, so nobody can point the system at an address of their choosing. Webhook URLs and signing
secrets are secrets: they are never logged, stored in the outbox or shown; an error keeps only the
kind of failure (`safe_error`).

What each channel carries: email goes to the user's own mailbox and holds the notification texts.
A group robot posts into a chat that people outside the recipient's scope may read, and an SMS passes
through a gateway: both carry only a neutral line (who, how many, which kinds, where to look), never
the content of a measure or a problem.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage, get_connection

SIGN = "【整改台账】"
SMS_MAX = 70


class ChannelError(Exception):
    """The channel refused or could not be reached; the message is safe to store and show."""


def _setting(name: str) -> str:
    return (getattr(settings, name, "") or "").strip()


def site_url(path: str = "") -> str:
    return _setting("ZHENGGAI_SITE_URL").rstrip("/") + path


_URL = re.compile(r"https?://\S+")


def safe_error(exc: BaseException) -> str:
    """An error as text for the outbox: no URL (a webhook URL is its key), no secret, ≤300 characters."""
    text = f"{type(exc).__name__}: {exc}" if not isinstance(exc, ChannelError) else str(exc)
    text = _URL.sub("[地址已隐去]", text)
    for name in ("ZHENGGAI_NOTIFY_DINGTALK_SECRET", "ZHENGGAI_NOTIFY_FEISHU_SECRET", "EMAIL_HOST_PASSWORD"):
        secret = _setting(name)
        if secret:
            text = text.replace(secret, "[已隐去]")
    return text[:300]


def _neutral(user, notifications: Sequence, *, digest: bool) -> str:
    from zhenggai.notify.services import summary_line

    what = "今日汇总：" if digest else ""
    return (f"{SIGN}{user.display_name}，{what}您有{len(notifications)}条新消息（{summary_line(notifications)}），"
            f"请登录整改台账查看。")


def _post_json(url: str, payload: dict, *, timeout: float | None = None) -> dict:
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST",
                                     headers={"Content-Type": "application/json; charset=utf-8"})
    return _send(request, timeout=timeout)


def _send(request: urllib.request.Request, *, timeout: float | None = None) -> dict:
    timeout = timeout or float(getattr(settings, "ZHENGGAI_NOTIFY_TIMEOUT", 5))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - URL from settings only
            raw = response.read(65536)
    except urllib.error.HTTPError as exc:
        raise ChannelError(f"HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise ChannelError(f"无法连接：{type(reason).__name__}") from None
    try:
        return json.loads(raw.decode("utf-8") or "{}")
    except (UnicodeDecodeError, json.JSONDecodeError):
        return {}


@dataclass(frozen=True)
class Channel:
    code: str
    label: str

    def configured(self) -> bool:
        raise NotImplementedError

    def address_of(self, user) -> str:
        """Where the message goes for this user ('' when the user has no such address)."""
        return "group"

    def render(self, user, notifications: Sequence, *, digest: bool = False) -> tuple[str, str]:
        return "", _neutral(user, notifications, digest=digest)

    def send(self, delivery) -> None:
        raise NotImplementedError


class EmailChannel(Channel):
    def configured(self) -> bool:
        return bool(getattr(settings, "ZHENGGAI_NOTIFY_EMAIL", False))

    def address_of(self, user) -> str:
        return user.email or ""

    def render(self, user, notifications: Sequence, *, digest: bool = False) -> tuple[str, str]:
        from zhenggai.notify.events import event_label

        if len(notifications) == 1 and not digest:
            subject = f"{SIGN}{event_label(notifications[0].event)}"
        else:
            subject = f"{SIGN}{'每日汇总：' if digest else ''}您有{len(notifications)}条新消息"
        lines = [f"{user.display_name}：", ""]
        for n in list(notifications)[:50]:
            lines.append(f"· {n.text}" + (f"\n  {site_url(n.url)}" if n.url and site_url() else ""))
        if len(notifications) > 50:
            lines.append(f"……另有{len(notifications) - 50}条，请登录系统查看。")
        lines += ["", f"全部消息：{site_url('/notifications/')}" if site_url() else "请登录整改台账查看全部消息。",
                  "（本邮件由系统自动发送，请勿直接回复。）"]
        return subject, "\n".join(lines)

    def send(self, delivery) -> None:
        connection = get_connection(timeout=float(getattr(settings, "ZHENGGAI_NOTIFY_TIMEOUT", 5)))
        message = EmailMessage(subject=delivery.subject, body=delivery.body, to=[delivery.recipient.email],
                               connection=connection)
        try:
            message.send(fail_silently=False)
        except Exception as exc:  # noqa: BLE001 - smtplib raises many kinds; all mean "try again later"
            raise ChannelError(safe_error(exc)) from None


class WeComChannel(Channel):
    """企业微信群机器人: POST {"msgtype": "text", "text": {"content", "mentioned_mobile_list"}}."""

    def configured(self) -> bool:
        return bool(_setting("ZHENGGAI_NOTIFY_WECOM_WEBHOOK"))

    def payload(self, delivery) -> dict:
        text = {"content": delivery.body}
        if delivery.recipient.phone:
            text["mentioned_mobile_list"] = [delivery.recipient.phone]
        return {"msgtype": "text", "text": text}

    def send(self, delivery) -> None:
        answer = _post_json(_setting("ZHENGGAI_NOTIFY_WECOM_WEBHOOK"), self.payload(delivery))
        if answer.get("errcode", 0) != 0:
            raise ChannelError(f"企业微信返回错误 {answer.get('errcode')}：{str(answer.get('errmsg', ''))[:100]}")


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """钉钉加签: base64(HMAC-SHA256(key=secret, msg=f"{timestamp}\\n{secret}")); the caller URL-encodes it."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp_ms}\n{secret}".encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


class DingTalkChannel(Channel):
    """钉钉群机器人: POST {"msgtype": "text", "text": {"content"}, "at": {"atMobiles", "isAtAll"}};
    with a signing secret the URL gets &timestamp=<ms>&sign=<urlencoded signature>."""

    def configured(self) -> bool:
        return bool(_setting("ZHENGGAI_NOTIFY_DINGTALK_WEBHOOK"))

    def payload(self, delivery) -> dict:
        mobiles = [delivery.recipient.phone] if delivery.recipient.phone else []
        return {"msgtype": "text", "text": {"content": delivery.body}, "at": {"atMobiles": mobiles, "isAtAll": False}}

    def url(self, now_ms: int | None = None) -> str:
        url = _setting("ZHENGGAI_NOTIFY_DINGTALK_WEBHOOK")
        secret = _setting("ZHENGGAI_NOTIFY_DINGTALK_SECRET")
        if not secret:
            return url
        timestamp = now_ms if now_ms is not None else int(time.time() * 1000)
        query = urllib.parse.urlencode({"timestamp": timestamp, "sign": dingtalk_sign(secret, timestamp)})
        return url + ("&" if "?" in url else "?") + query

    def send(self, delivery) -> None:
        answer = _post_json(self.url(), self.payload(delivery))
        if answer.get("errcode", 0) != 0:
            raise ChannelError(f"钉钉返回错误 {answer.get('errcode')}：{str(answer.get('errmsg', ''))[:100]}")


def feishu_sign(secret: str, timestamp_s: int) -> str:
    """飞书签名校验: base64(HMAC-SHA256(key=f"{timestamp}\\n{secret}", msg=b""))."""
    digest = hmac.new(f"{timestamp_s}\n{secret}".encode("utf-8"), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


class FeishuChannel(Channel):
    """飞书群机器人: POST {"msg_type": "text", "content": {"text"}} plus "timestamp" (seconds) and "sign"."""

    def configured(self) -> bool:
        return bool(_setting("ZHENGGAI_NOTIFY_FEISHU_WEBHOOK"))

    def payload(self, delivery, now_s: int | None = None) -> dict:
        body: dict = {"msg_type": "text", "content": {"text": delivery.body}}
        secret = _setting("ZHENGGAI_NOTIFY_FEISHU_SECRET")
        if secret:
            timestamp = now_s if now_s is not None else int(time.time())
            body.update(timestamp=str(timestamp), sign=feishu_sign(secret, timestamp))
        return body

    def send(self, delivery) -> None:
        answer = _post_json(_setting("ZHENGGAI_NOTIFY_FEISHU_WEBHOOK"), self.payload(delivery))
        code = answer.get("code", answer.get("StatusCode", 0))
        if code != 0:
            raise ChannelError(f"飞书返回错误 {code}：{str(answer.get('msg', ''))[:100]}")


def sms_text(body: str) -> str:
    """An SMS fits one 70-character message: cut with an ellipsis when longer."""
    return body if len(body) <= SMS_MAX else body[:SMS_MAX - 1] + "…"


class SmsChannel(Channel):
    """An SMS gateway reached by one HTTP template from settings: ZHENGGAI_NOTIFY_SMS_URL (POST) and
    ZHENGGAI_NOTIFY_SMS_BODY, in which {phone} and {text} are replaced (JSON-escaped when the content type
    is JSON, URL-encoded otherwise). The text is at most 70 characters."""

    def configured(self) -> bool:
        return bool(_setting("ZHENGGAI_NOTIFY_SMS_URL"))

    def address_of(self, user) -> str:
        return user.phone or ""

    def render(self, user, notifications: Sequence, *, digest: bool = False) -> tuple[str, str]:
        from zhenggai.notify.services import summary_line

        body = f"{SIGN}{user.display_name}，您有{len(notifications)}条新消息（{summary_line(notifications)}），请登录系统查看。"
        if len(body) > SMS_MAX:
            body = f"{SIGN}{user.display_name}，您有{len(notifications)}条新消息，请登录整改台账查看。"
        return "", sms_text(body)

    def request_for(self, phone: str, text: str) -> urllib.request.Request:
        content_type = _setting("ZHENGGAI_NOTIFY_SMS_CONTENT_TYPE") or "application/json"
        template = _setting("ZHENGGAI_NOTIFY_SMS_BODY") or '{"mobile": "{phone}", "content": "{text}"}'
        if "json" in content_type:
            escape = lambda v: json.dumps(v, ensure_ascii=False)[1:-1]  # noqa: E731
        else:
            escape = urllib.parse.quote_plus
        data = template.replace("{phone}", escape(phone)).replace("{text}", escape(sms_text(text)))
        return urllib.request.Request(_setting("ZHENGGAI_NOTIFY_SMS_URL"), data=data.encode("utf-8"), method="POST",
                                      headers={"Content-Type": f"{content_type}; charset=utf-8"})

    def send(self, delivery) -> None:
        _send(self.request_for(delivery.recipient.phone, delivery.body))


CHANNELS: dict[str, Channel] = {c.code: c for c in [
    EmailChannel("email", "电子邮件"),
    WeComChannel("wecom", "企业微信"),
    DingTalkChannel("dingtalk", "钉钉"),
    FeishuChannel("feishu", "飞书"),
    SmsChannel("sms", "短信"),
]}


def available() -> list[Channel]:
    """The channels this installation has configured, in a fixed order."""
    return [c for c in CHANNELS.values() if c.configured()]


def get(code: str) -> Channel:
    return CHANNELS[code]
