"""The one notification service every event goes through.

Call it inside the service that changes the ledger, in the same transaction::

    from zhenggai.notify.services import notify
    from zhenggai.notify import recipients

    notify(event="sent_back",                       # a code from zhenggai.notify.events.EVENTS
           recipients=recipients.measure_unit_users(measure),
           obj=measure,                              # what it is about: scope check and link
           text=f"……被退回：{reason}",               # the inbox line (≤500 characters)
           actor=user)                               # never tells the actor about their own act

    # A reminder that must go out at most once a day per (recipient, event, object):
    notify(event="escalation", recipients=[...], obj=measure, text="…", once_per_day=True)

For another app's objects (督办 records, 调度 rounds) register who may see them once, at import time::

    from zhenggai.notify.scope import register_scope_check
    register_scope_check(SuperviseRecord, lambda user, rec: can_see_measure(user, rec.measure))

What it does: drops recipients who may not see `obj` (zhenggai.notify.scope), writes one in-app
`Notification` per recipient and one outbox `Delivery` per (recipient, channel) they chose, and on
commit enqueues the delivery job (django-q2). It never sends anything itself, so a channel that is
down never blocks or breaks the page that caused the event. Scheduled runs use `notify_bulk`,
which folds any number of reminders into one message per person per channel.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from zhenggai.accounts.models import User
from zhenggai.ledger.models import Inspection
from zhenggai.notify import channels as channel_registry
from zhenggai.notify.events import event, event_label
from zhenggai.notify.models import Delivery, Notification, Preference
from zhenggai.notify.scope import can_be_told

log = logging.getLogger(__name__)

TEXT_MAX = 500


class NotifyError(ValueError):
    """A call the notification service refuses (unknown event, empty text)."""


@dataclass(frozen=True)
class Item:
    """One reminder of a scheduled run, its recipient already resolved within scope."""

    event: str
    recipient_id: int
    text: str
    url: str = ""
    obj_type: str = ""
    obj_id: int | None = None
    inspection_id: int | None = None


# --- what an object is, where it lives --------------------------------------------------------------------

_URLS = {
    "ledger.measure": lambda o: reverse("measure_detail", args=[o.pk]),
    "ledger.problem": lambda o: reverse("problem_detail", args=[o.pk]),
    "ledger.inspection": lambda o: reverse("inspection_detail", args=[o.pk]),
    "ledger.signoffrequest": lambda o: reverse("measure_detail", args=[o.measure_id]),
    "ledger.extensionrequest": lambda o: reverse("measure_detail", args=[o.measure_id]),
    "ledger.followup": lambda o: reverse("problem_detail", args=[o.problem_id]),
    "portal.feedback": lambda o: reverse("portal:feedback_list"),
}


def url_for(obj) -> str:
    if obj is None:
        return ""
    make = _URLS.get(obj._meta.label_lower)
    if make is not None:
        return make(obj)
    if hasattr(obj, "get_absolute_url"):
        return obj.get_absolute_url()
    return ""


def inspection_id_of(obj) -> int | None:
    """The inspection an object belongs to (the inbox re-checks the reader's scope through it)."""
    if obj is None:
        return None
    label = obj._meta.label_lower
    if label == "ledger.inspection":
        return obj.pk
    for path in ("inspection_id", "problem.inspection_id", "measure.problem.inspection_id"):
        value = obj
        try:
            for part in path.split("."):
                value = getattr(value, part)
        except AttributeError:
            continue
        if isinstance(value, int):
            return value
    return None


def _key(event_code: str, obj_type: str, obj_id, recipient_id: int, day: dt.date) -> str:
    return f"{event_code}:{obj_type}:{obj_id or ''}:{recipient_id}:{day.isoformat()}"


# --- the service ------------------------------------------------------------------------------------------

def notify(*, event: str, recipients: Iterable[User], obj=None, text: str, url: str | None = None,
           actor: User | None = None, once_per_day: bool = False, day: dt.date | None = None) -> list[Notification]:
    """Tell each recipient who may see `obj`; see the module docstring. Returns the rows written."""
    kind = _event(event)
    text = (text or "").strip()
    if not text:
        raise NotifyError("消息内容不能为空")
    text = text if len(text) <= TEXT_MAX else text[:TEXT_MAX - 1] + "…"
    seen: set[int] = set()
    told: list[User] = []
    for user in recipients:
        if user is None or user.pk in seen or (actor is not None and user.pk == actor.pk):
            continue
        seen.add(user.pk)
        if can_be_told(user, obj):
            told.append(user)
    if not told:
        return []
    now = timezone.now()
    obj_type = obj._meta.label_lower if obj is not None else ""
    obj_id = obj.pk if obj is not None else None
    link = url if url is not None else url_for(obj)
    inspection_id = inspection_id_of(obj)
    keys: dict[int, str | None] = {u.pk: None for u in told}
    if once_per_day or day is not None:
        day = day or timezone.localdate()
        keys = {u.pk: _key(kind.code, obj_type, obj_id, u.pk, day) for u in told}
        taken = set(Notification.objects.filter(key__in=[k for k in keys.values()]).values_list("key", flat=True))
        told = [u for u in told if keys[u.pk] not in taken]
    prefs = _preferences([u.pk for u in told])
    with transaction.atomic():
        rows = Notification.objects.bulk_create([
            Notification(recipient=u, event=kind.code, text=text, url=link, obj_type=obj_type, obj_id=obj_id,
                         inspection_id=inspection_id, key=keys[u.pk], created_at=now,
                         digest_pending=prefs[u.pk].digest)
            for u in told
        ], ignore_conflicts=day is not None)  # keyed: a concurrent run's row wins, nothing is told twice
        deliveries = []
        for row, user in zip(rows, told):
            if not prefs[user.pk].digest:
                deliveries += _deliveries_for(user, prefs[user.pk], [row], key=row.key or f"n{row.pk}", now=now)
        _queue(deliveries)
    return rows


# Per (recipient, event, inspection), more than this many reminders about measures fold into one line.
FOLD_OVER = 5
_FOLD_WHAT = {"overdue": "已逾期", "deadline_near": "整改期限临近", "assigned": "待签收",
              "escalation": "逾期较久、需要督办", "petition_overdue": "已超过办结时限",
              "petition_deadline_near": "办结时限临近"}
# The items that fold: measures and petition cases (信访件), the two kinds of item in an inspection.
_FOLDABLE = {"ledger.measure": "项整改措施", "petitions.petitioncase": "件交办信访件"}


def notify_bulk(items: Sequence[Item], *, run: str, day: dt.date) -> dict[str, int]:
    """Write a scheduled run's reminders, telling each person of each object at most once a day, whichever
    run (the notify morning run, the 督办 ladder, a second run the same morning) planned it first.

    - One Notification per item, keyed (event, object, recipient, day); keys already written today are dropped.
    - Reminders about measures fold per (recipient, event, inspection): more than FOLD_OVER new ones become one
      line keyed on the inspection, (event, inspection, recipient, day). That line covers every measure of the
      group for the day, so a later run tells none of them one by one, and a group already told one by one
      folds only the measures not yet told.
    - One message per recipient per channel for the rows actually written (none when nothing is new);
      digest-mode users get theirs in the daily digest instead.

    Recipients must already be resolved within scope (each run derives them from the units that answer for
    each object). Queries: users, preferences, today's keys, inspection names, the inserts — whatever N is.
    """
    now = timezone.now()
    by_recipient: dict[int, list[Item]] = defaultdict(list)
    for item in items:
        by_recipient[item.recipient_id].append(item)
    for code in {item.event for item in items}:
        _event(code)
    if not by_recipient:
        return {"notifications": 0, "deliveries": 0}
    users = {u.pk: u for u in User.objects.filter(pk__in=list(by_recipient), is_active=True, admin_role="")}
    prefs = _preferences(list(users))
    taken = _told_on(day, list(users))
    # What a person is told about, as (event, object type, object id): the key without recipient and day.
    planned: dict[int, list[tuple[tuple, Item]]] = {}
    folds: list[tuple[int, tuple, int, list[Item]]] = []
    for uid in users:
        told_today = taken.get(uid, set())
        mine: list[tuple[tuple, Item]] = []
        groups: dict[tuple, list[Item]] = defaultdict(list)
        seen: set[tuple] = set()
        for it in by_recipient[uid]:
            about = (it.event, it.obj_type, it.obj_id)
            if about in seen or about in told_today:
                continue
            seen.add(about)
            if it.obj_type in _FOLDABLE and it.inspection_id:
                if (it.event, "ledger.inspection", it.inspection_id) not in told_today:
                    groups[(it.event, "ledger.inspection", it.inspection_id)].append(it)
            else:
                mine.append((about, it))
        for fold_about, group in groups.items():
            if len(group) > FOLD_OVER and fold_about not in seen:
                seen.add(fold_about)
                folds.append((uid, fold_about, fold_about[2], group))
            else:
                mine += [((it.event, it.obj_type, it.obj_id), it) for it in group]
        planned[uid] = mine
    if folds:
        names = dict(Inspection.objects.filter(pk__in={f[2] for f in folds}).values_list("pk", "name"))
        for uid, fold_about, inspection_id, group in folds:
            planned[uid].append((fold_about, _fold(users[uid], inspection_id, names.get(inspection_id, ""), group)))
    rows = [Notification(recipient_id=uid, event=it.event, text=it.text[:TEXT_MAX], url=it.url, obj_type=it.obj_type,
                         obj_id=it.obj_id, inspection_id=it.inspection_id, key=_key(*about, uid, day),
                         created_at=now, digest_pending=prefs[uid].digest)
            for uid, mine in planned.items() for about, it in mine]
    with transaction.atomic():
        # A concurrent run's row wins on the unique key: the inbox never holds a reminder twice.
        Notification.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)
        deliveries = []
        for uid, mine in planned.items():
            if mine and not prefs[uid].digest:
                batch = [Notification(recipient_id=uid, event=it.event, text=it.text, url=it.url) for _, it in mine]
                deliveries += _deliveries_for(users[uid], prefs[uid], batch, key=f"{run}:{day.isoformat()}", now=now)
        _queue(deliveries)
    return {"notifications": len(rows), "deliveries": len(deliveries)}


def _told_on(day: dt.date, user_ids: Sequence[int]) -> dict[int, set[tuple]]:
    """{user: {(event, object type, object id)}} of the users' keyed notifications written on `day` (local time):
    what they were already told that day (the keys are `_key`'s)."""
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(day, dt.time.min, tzinfo=tz)
    suffix = f":{day.isoformat()}"
    out: dict[int, set[tuple]] = defaultdict(set)
    for key in (Notification.objects.filter(recipient_id__in=list(user_ids), created_at__gte=start,
                                            created_at__lt=start + dt.timedelta(days=1), key__isnull=False)
                .values_list("key", flat=True)):
        if not key.endswith(suffix):
            continue
        code, obj_type, obj_id, uid, _ = key.split(":")
        out[int(uid)].add((code, obj_type, int(obj_id) if obj_id else None))
    return out


def _fold(user: User, inspection_id: int, name: str, group: list[Item]) -> Item:
    """One line for many reminders of one event in one inspection (a unit with 1,000 overdue measures)."""
    from zhenggai.accounts.models import Role

    code = group[0].event
    what = _FOLD_WHAT.get(code, "：" + event_label(code))
    noun = _FOLDABLE[group[0].obj_type]
    urls = {it.url for it in group}
    if group[0].obj_type == "petitions.petitioncase":
        many = reverse("petitions:case_list", args=[inspection_id]) + "?state=open"
    else:
        many = reverse("my_work") if user.role == Role.UNIT else reverse("inspection_detail", args=[inspection_id])
    url = urls.pop() if len(urls) == 1 else many
    if user.role == Role.UNIT:
        where = "请在“我的任务”中查看" if url == reverse("my_work") else "请点击查看"
        text = f"“{name}”中您单位有{len(group)}{noun}{what}，{where}。"
    else:
        text = f"“{name}”有{len(group)}{noun}{what}，请查看。"
    return Item(code, user.pk, text, url, "ledger.inspection", inspection_id, inspection_id)


def digest_send(*, day: dt.date) -> int:
    """每日汇总: one message per digest-mode user per channel with everything pending since the last one."""
    now = timezone.now()
    pending: dict[int, list[Notification]] = defaultdict(list)
    for n in Notification.objects.filter(digest_pending=True).only("id", "recipient_id", "event", "text", "url"):
        pending[n.recipient_id].append(n)
    if not pending:
        return 0
    users = {u.pk: u for u in User.objects.filter(pk__in=list(pending), is_active=True)}
    prefs = _preferences(list(users))
    with transaction.atomic():
        deliveries = []
        for uid, user in users.items():
            deliveries += _deliveries_for(user, prefs[uid], pending[uid], key=f"digest:{day.isoformat()}", now=now,
                                          digest=True)
        Notification.objects.filter(pk__in=[n.pk for ns in pending.values() for n in ns]).update(digest_pending=False)
        _queue(deliveries)
    return len(deliveries)


# --- inbox writes -----------------------------------------------------------------------------------------

def notification_mark_read(*, user: User, notification_id: int) -> Notification | None:
    """Mark one of the user's own notifications read; someone else's id finds nothing."""
    row = Notification.objects.filter(pk=notification_id, recipient=user).first()
    if row is not None and row.read_at is None:
        row.read_at = timezone.now()
        row.save(update_fields=["read_at"])
    return row


def notification_mark_all_read(*, user: User) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(read_at=timezone.now())


def preference_save(*, user: User, channels: Sequence[str], quiet_start: dt.time | None, quiet_end: dt.time | None,
                    digest: bool) -> Preference:
    offered = {c.code for c in channel_registry.available()}
    unknown = set(channels) - offered
    if unknown:
        raise NotifyError("所选渠道未开通：" + "、".join(sorted(unknown)))
    if (quiet_start is None) != (quiet_end is None):
        raise NotifyError("免打扰时段须同时填写开始和结束时间")
    pref, _ = Preference.objects.update_or_create(user=user, defaults={
        "channels": sorted(channels), "quiet_start": quiet_start, "quiet_end": quiet_end, "digest": digest})
    return pref


def reminder_settings_save(*, user: User, inspection, fields: dict) -> "ReminderSettings":
    """The office sets how far ahead one inspection's reminders go (提醒设置); audited."""
    from zhenggai.accounts.models import Role
    from zhenggai.accounts.scope import inspections_for_user, require_role
    from zhenggai.audit.services import audit_record
    from zhenggai.notify.models import ReminderSettings

    require_role(user, Role.OFFICE)
    if not inspections_for_user(user).filter(pk=inspection.pk).exists():
        raise NotifyError("该巡察不在您的管辖范围内")
    with transaction.atomic():
        row = ReminderSettings.objects.select_for_update().filter(inspection=inspection).first()
        before = {k: getattr(row, k) for k in fields} if row else None
        row = row or ReminderSettings(inspection=inspection)
        for name, value in fields.items():
            setattr(row, name, value)
        row.full_clean()
        row.save()
        audit_record(actor=user, action="notify.reminder_settings", obj=row, before=before,
                     after={k: getattr(row, k) for k in fields}, inspection_id=inspection.pk)
    return row


def delivery_retry(*, user: User, delivery_id: int) -> bool:
    """The system admin puts a failed outbox row back in the queue (attempts start again)."""
    from zhenggai.accounts.models import AdminRole
    from zhenggai.accounts.scope import require_admin_role
    from zhenggai.audit.services import audit_record
    from zhenggai.notify.models import DeliveryStatus

    require_admin_role(user, AdminRole.SYSTEM)
    with transaction.atomic():
        row = Delivery.objects.select_for_update().filter(pk=delivery_id, status=DeliveryStatus.FAILED).first()
        if row is None:
            return False
        row.status, row.attempts, row.next_attempt_at = DeliveryStatus.RETRYING, 0, timezone.now()
        row.save(update_fields=["status", "attempts", "next_attempt_at"])
        audit_record(actor=user, action="notify.delivery_retry", obj=row, before={"status": DeliveryStatus.FAILED},
                     after={"status": row.status})
        transaction.on_commit(enqueue_delivery)
    return True


def preference_for(user: User) -> Preference:
    return _preferences([user.pk])[user.pk]


# --- internals --------------------------------------------------------------------------------------------

def _event(code: str):
    try:
        return event(code)
    except ValueError as exc:
        raise NotifyError(str(exc)) from None


def _preferences(user_ids: Sequence[int]) -> dict[int, Preference]:
    found = {p.user_id: p for p in Preference.objects.filter(user_id__in=list(user_ids))}
    default = list(getattr(settings, "ZHENGGAI_NOTIFY_DEFAULT_CHANNELS", ["email"]))
    return {uid: found.get(uid) or Preference(user_id=uid, channels=default) for uid in user_ids}


def _after_quiet_hours(pref: Preference, now: dt.datetime) -> dt.datetime:
    local = timezone.localtime(now)
    if not pref.in_quiet_hours(local.time()):
        return now
    end = local.replace(hour=pref.quiet_end.hour, minute=pref.quiet_end.minute, second=0, microsecond=0)
    if end <= local:
        end += dt.timedelta(days=1)
    return end


def _deliveries_for(user: User, pref: Preference, notifications: list[Notification], *, key: str,
                    now: dt.datetime, digest: bool = False) -> list[Delivery]:
    out = []
    send_at = _after_quiet_hours(pref, now)
    for channel in channel_registry.available():
        if channel.code not in pref.channels or not channel.address_of(user):
            continue
        subject, body = channel.render(user, notifications, digest=digest)
        out.append(Delivery(recipient=user, channel=channel.code, subject=subject, body=body,
                            key=f"{key}:{user.pk}:{channel.code}", next_attempt_at=send_at, created_at=now,
                            notifications=len(notifications)))
    return out


def _queue(deliveries: list[Delivery]) -> None:
    if not deliveries:
        return
    Delivery.objects.bulk_create(deliveries, batch_size=2000, ignore_conflicts=True)
    transaction.on_commit(enqueue_delivery)


def enqueue_delivery() -> None:
    """Hand the outbox to the worker. If even that fails (broker down), the rows wait for the sweep job."""
    try:
        from django_q.tasks import async_task

        # django-q reads Q_CLUSTER once at import; pass `sync` per call so settings (and tests) can switch it.
        async_task("zhenggai.notify.jobs.deliver_due", task_name="notify-deliver", group="notify",
                   sync=bool(settings.Q_CLUSTER.get("sync", False)))
    except Exception:  # noqa: BLE001 - the page must not fail because the queue is down
        log.warning("notify: could not enqueue delivery; the periodic sweep will send the outbox")


def summary_line(notifications: Sequence[Notification]) -> str:
    """“逾期提醒3条、整改期限临近2条”: what a batch of notifications is about, by event."""
    counts: dict[str, int] = defaultdict(int)
    for n in notifications:
        counts[n.event] += 1
    return "、".join(f"{event_label(code)}{n}条" for code, n in counts.items())
