"""The one door from 督办 to the notification service (`zhenggai.notify.services`).

Single events (a 督办 record issued, a round opened, an assignment sent back) go through `tell` → `notify()`,
which re-checks every recipient's scope against the object. The daily ladder and the 签收 reminders go
through `tell_many` into the notify app's morning run (`jobs.morning_items` is registered as one of its
sources): their recipients are resolved within scope by `ladder.Directory`, and the whole morning folds into
one message per person per channel however many measures are due. The notification keys (event, object,
recipient, day) make sure nobody hears of a measure twice in a day, whichever part planned it.
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


def tell_many(reminders: Sequence[Reminder], *, run: str, day: dt.date,
              collect: list[Item] | None = None) -> dict[str, int]:
    """Send a run's reminders now, or, given `collect`, add them to it for the caller's one `notify_bulk`
    (the morning run collects every app's reminders so each person gets one message per channel)."""
    items = [Item(event=r.event, recipient_id=r.user_id, text=r.text, url=r.url, obj_type=r.obj_type,
                  obj_id=r.obj_id, inspection_id=r.inspection_id) for r in reminders]
    if collect is not None:
        collect.extend(items)
        return {"notifications": len(items), "deliveries": 0}
    return notify_bulk(items, run=run, day=day)
