"""The one door from 督办 to the notification service (`zhenggai.notify.services`).

Single events (a 督办 record issued, a round opened, an assignment sent back) go through `tell` → `notify()`,
which re-checks every recipient's scope against the object. The daily ladder goes through `tell_many` →
`notify_bulk()`: its recipients are resolved within scope by `ladder.Directory`, and one run folds into one
message per person per channel however many measures are due. Both use the notification keys
(event, object, recipient, day), so a reminder the notify app's own morning run already wrote for the same
measure and day is not written twice into the inbox.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from zhenggai.accounts.models import User
from zhenggai.notify.services import Item, notify, notify_bulk


def tell(*, event: str, recipients: Iterable[User], text: str, obj, url: str | None = None,
         actor: User | None = None, day: dt.date | None = None) -> int:
    """Notify each recipient who may see `obj`; with `day`, at most once per (event, object, recipient, day)."""
    return len(notify(event=event, recipients=recipients, obj=obj, text=text, url=url, actor=actor, day=day))


@dataclass(frozen=True)
class Reminder:
    event: str
    user_id: int
    text: str
    url: str
    obj_type: str
    obj_id: int
    inspection_id: int


def tell_many(reminders: Sequence[Reminder], *, run: str, day: dt.date) -> dict[str, int]:
    return notify_bulk([Item(event=r.event, recipient_id=r.user_id, text=r.text, url=r.url, obj_type=r.obj_type,
                             obj_id=r.obj_id, inspection_id=r.inspection_id) for r in reminders], run=run, day=day)
