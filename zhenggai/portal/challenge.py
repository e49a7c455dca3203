"""A simple challenge against bots: a signed, timestamped token carrying a hashed arithmetic answer.

The token is issued with the form. On submission it must be at least `MIN_SECONDS` old (people
do not fill a form in under three seconds), at most `MAX_SECONDS` old, and the answer must match.
The answer is stored as an HMAC, not in clear, so reading the token does not give it away.
"""
from __future__ import annotations

import random
import time
from dataclasses import dataclass

from django.core import signing
from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "zhenggai.portal.feedback"
MIN_SECONDS = 3
MAX_SECONDS = 60 * 60
NUMERALS = "零一二三四五六七八九十"


class ChallengeFailed(Exception):
    """The token or the answer does not hold; the message is for the person filling the form."""


@dataclass(frozen=True)
class Challenge:
    a: int
    b: int
    token: str

    @property
    def question(self) -> str:
        return f"{self.a} 加 {self.b} 等于？"

    @property
    def answer(self) -> int:
        return self.a + self.b


def _digest(answer: int, issued: int, nonce: str) -> str:
    return salted_hmac(SALT, f"{answer}:{issued}:{nonce}").hexdigest()


def challenge_issue(*, now: float | None = None, rng: random.Random | None = None) -> Challenge:
    rng = rng or random.SystemRandom()
    a, b = rng.randint(1, 9), rng.randint(1, 9)
    issued = int(now if now is not None else time.time())
    nonce = f"{rng.getrandbits(48):012x}"
    token = signing.dumps({"t": issued, "n": nonce, "h": _digest(a + b, issued, nonce)}, salt=SALT, compress=False)
    return Challenge(a, b, token)


def challenge_check(token: str, answer: str, *, now: float | None = None) -> None:
    """Raise ChallengeFailed unless the token is ours, 3 s – 1 h old, and the answer right."""
    try:
        payload = signing.loads(token or "", salt=SALT)
        issued, nonce, digest = int(payload["t"]), str(payload["n"]), str(payload["h"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as exc:
        raise ChallengeFailed("页面已失效，请刷新后重新填写") from exc
    age = (now if now is not None else time.time()) - issued
    if age < MIN_SECONDS:
        raise ChallengeFailed("提交过快，请稍候再提交")
    if age > MAX_SECONDS:
        raise ChallengeFailed("页面已超过1小时，请刷新后重新填写")
    given = (answer or "").strip()
    value = _parse_answer(given)
    if value is None or not constant_time_compare(_digest(value, issued, nonce), digest):
        raise ChallengeFailed("验证题回答不正确")


def _parse_answer(text: str) -> int | None:
    """Accept 7, ７ (full-width) or 七 / 十二-style Chinese numerals up to 18."""
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if text.isdigit() and len(text) <= 3:
        return int(text)
    if text and all(ch in NUMERALS for ch in text):
        if len(text) == 1:
            return NUMERALS.index(text)
        if len(text) == 2 and text[0] == "十":
            return 10 + NUMERALS.index(text[1])
    return None
