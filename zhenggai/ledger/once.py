"""Double submits: a form page carries a one-time key; the action behind it runs at most once per key.

A second click, a browser resend or a reload of the POST finds the key taken and changes nothing. The key is
claimed in the same transaction as the action, so an action that fails (a validation error, a refused step)
leaves the key free and the user can correct the form and send it again.
"""
from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from typing import TypeVar

from django.db import IntegrityError, transaction
from django.http import HttpRequest

from zhenggai.ledger.models import FormSubmission

FIELD = "_once"
_KEY = re.compile(r"[0-9a-f]{32}")
T = TypeVar("T")


class AlreadySubmitted(Exception):
    """This form was already sent and acted on."""

    message = "这张表单已经提交过，未重复处理。"


def once_key(request: HttpRequest) -> str:
    """The key to render into the form: the posted one when the form comes back with errors, else a new one."""
    posted = request.POST.get(FIELD, "") if request.method == "POST" else ""
    return posted if _KEY.fullmatch(posted) else secrets.token_hex(16)


def submit_once(request: HttpRequest, act: Callable[[], T]) -> T:
    """Run `act` unless this form's key was already used; raise AlreadySubmitted if it was.

    Posts without a key (scripts, older pages) are acted on as before.
    """
    key = request.POST.get(FIELD, "")
    if not _KEY.fullmatch(key):
        return act()
    with transaction.atomic():
        try:
            with transaction.atomic():
                FormSubmission.objects.create(key=f"{request.user.pk}:{key}", user=request.user)
        except IntegrityError:
            raise AlreadySubmitted(AlreadySubmitted.message) from None
        return act()
