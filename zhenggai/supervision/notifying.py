"""The one door from 督办 to the notification service (zhenggai.notify).

Everything this app tells a person goes through `tell`, so the events, keys and texts are in one place.
"""
from __future__ import annotations

from collections.abc import Iterable

from zhenggai.accounts.models import User


def tell(*, event: str, recipients: Iterable[User], text: str, url: str, obj, inspection_id: int | None,
         key: str) -> None:
    """Notify each recipient once: `key` (plus the recipient) makes a repeated call a no-op."""
    raise NotImplementedError("wired to zhenggai.notify once it is merged")
