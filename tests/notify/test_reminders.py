"""The morning run under frozen time: reminders before deadlines and report dates, overdue notices,
回头看 coming due; idempotent runs; a flood folds into one message per person per channel."""
from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from zhenggai.ledger.models import Measure
from zhenggai.notify import jobs
from zhenggai.notify.models import Delivery, Notification, Preference, ReminderSettings
from zhenggai.notify.reminders import morning_run
from zhenggai.notify.schedules import SCHEDULES, install


def _at(day: dt.date, hour: int = 7, minute: int = 30):
    return time_machine.travel(dt.datetime(day.year, day.month, day.day, hour, minute,
                                           tzinfo=timezone.get_current_timezone()), tick=False)


def _told(event: str) -> list[tuple[str, str]]:
    return sorted(Notification.objects.filter(event=event).values_list("recipient__username", "text"))


@pytest.fixture
def notify_part_only(monkeypatch):
    """The notify app's own reminders, without the parts other apps register (the 督办 ladder): for the tests
    of its own planning (which days, which dates). tests/supervision/test_morning_run.py runs them together."""
    from zhenggai.notify import reminders

    monkeypatch.setattr(reminders, "_SOURCES", {})


@pytest.fixture
def channels_on(settings, django_capture_on_commit_callbacks):
    """E-mail and WeCom configured, sent to nowhere real: the outbox rows are what these tests count."""
    settings.ZHENGGAI_NOTIFY_EMAIL = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.ZHENGGAI_NOTIFY_WECOM_WEBHOOK = "http://127.0.0.1:9/never"


def test_ten_and_three_days_before_a_deadline_the_unit_is_reminded(world, notify_part_only):
    with _at(dt.date(2026, 12, 21)):
        morning_run(timezone.localdate())
    (who, text), = _told("deadline_near")
    assert who == "unit" and "距整改期限还有10天（12月31日）" in text
    with _at(dt.date(2026, 12, 28)):
        morning_run(timezone.localdate())
    assert [t for _, t in _told("deadline_near")][-1].count("还有3天") == 1
    with _at(dt.date(2026, 12, 22)):
        morning_run(timezone.localdate())
    assert len(_told("deadline_near")) == 2


def test_the_office_sets_other_days_per_inspection(world, notify_part_only):
    ReminderSettings.objects.create(inspection=world.inspection, deadline_days="20", report_days="1")
    with _at(dt.date(2026, 12, 21)):
        morning_run(timezone.localdate())
    assert not _told("deadline_near")
    with _at(dt.date(2026, 12, 11)):
        morning_run(timezone.localdate())
    assert [w for w, _ in _told("deadline_near")] == ["unit"]


def test_an_overdue_measure_is_told_on_its_first_day_and_every_seven_days(world, notify_part_only):
    for day in (dt.date(2026, 10, 1), dt.date(2026, 10, 2), dt.date(2026, 10, 8)):
        with _at(day):
            morning_run(timezone.localdate())
    unit_side = [t for w, t in _told("overdue") if w == "other_unit"]
    assert len(unit_side) == 2 and any("已超过整改期限1天" in t for t in unit_side)
    office_side = [t for w, t in _told("overdue") if w == "office"]
    assert len(office_side) == 2 and "问题2措施1“压缩环评审批时限，公开办理流程。”已逾期1天（9月30日），尚未销号。" in office_side
    assert not [w for w, _ in _told("overdue") if w in ("unit", "outsider", "observer")]


def test_a_signed_off_measure_is_not_reminded(world, notify_part_only):
    Measure.objects.filter(pk=world.measure3.pk).update(state="signed_off", signed_off_at=timezone.now())
    with _at(dt.date(2026, 10, 1)):
        morning_run(timezone.localdate())
    assert not _told("overdue")


def test_running_twice_the_same_morning_sends_nothing_twice(world, channels_on):
    world.other_unit.email = "zhao@example.gov.cn"
    world.other_unit.save()
    with _at(dt.date(2026, 10, 1)):
        first = jobs.morning_run()
        counts = (Notification.objects.count(), Delivery.objects.count())
        second = jobs.morning_run()
    assert counts == (Notification.objects.count(), Delivery.objects.count())
    assert first["notifications"] > 0 and Delivery.objects.filter(recipient=world.other_unit).count() == 1
    assert second == {"notifications": 0, "deliveries": 0}  # everything planned again was already told today


def test_reports_due_in_three_days_remind_every_unit_with_open_measures(world, notify_part_only):
    with _at(dt.date(2026, 11, 22)):  # the monthly report is due on the 25th
        morning_run(timezone.localdate())
    told = _told("report_due")
    assert [w for w, _ in told] == ["other_unit", "unit"]
    assert "本期整改进展报送截止11月25日（还有3天）" in told[0][1]


def test_a_follow_up_review_coming_due_reminds_the_office(world, notify_part_only):
    signed = dt.datetime(2026, 7, 1, 10, tzinfo=timezone.get_current_timezone())
    Measure.objects.filter(pk=world.measure3.pk).update(state="signed_off", signed_off_at=signed)
    with _at(dt.date(2026, 9, 22)):  # 90 days after sign-off is 9-29; reminded a week ahead
        morning_run(timezone.localdate())
    told = _told("follow_up_due")
    assert {w for w, _ in told} == {"office", "office2", "admin"}
    assert "问题2的回头看将于9月29日到期" in told[0][1]
    with _at(dt.date(2026, 9, 29)):
        morning_run(timezone.localdate())
    assert any("今日到期" in t for _, t in _told("follow_up_due"))


def _flood(world, n: int, deadline: dt.date) -> None:
    Measure.objects.bulk_create([
        Measure(problem=world.problem2, seq=10 + i, text=f"第{i}项整改", lead_unit=world.approvals,
                deadline_kind="date", deadline_date=deadline, created_on=dt.date(2026, 6, 1))
        for i in range(n)])


def test_a_flood_of_a_thousand_overdue_measures_gives_one_message_per_person_per_channel(world, channels_on):
    _flood(world, 1000, dt.date(2026, 10, 31))
    world.other_unit.email = "zhao@example.gov.cn"
    world.other_unit.save()
    Preference.objects.create(user=world.other_unit, channels=["email", "wecom"])
    with _at(dt.date(2026, 11, 1)):
        morning_run(timezone.localdate())
    mine = Notification.objects.filter(recipient=world.other_unit, event="overdue")
    assert mine.count() == 1 and "您单位有1000项整改措施已逾期" in mine.get().text
    assert sorted(Delivery.objects.filter(recipient=world.other_unit).values_list("channel", flat=True)) == \
        ["email", "wecom"]
    for user in (world.office, world.office2, world.admin):
        assert Notification.objects.filter(recipient=user, event="overdue").count() == 1


def test_digest_mode_sends_one_message_a_day_instead_of_many(world, channels_on):
    world.unit.email = "zhang@example.gov.cn"
    world.unit.save()
    Preference.objects.create(user=world.unit, channels=["email"], digest=True)
    from zhenggai.notify.services import notify

    with _at(dt.date(2026, 11, 2, ), 15):
        for i in range(4):
            notify(event="escalation", recipients=[world.unit], obj=world.measure, text=f"督办第{i}次")
    assert not Delivery.objects.exists()
    with _at(dt.date(2026, 11, 3), 8, 30):
        jobs.digest_run()
        jobs.digest_run()
    row = Delivery.objects.get()
    assert row.notifications == 4 and "每日汇总" in row.subject
    assert not Notification.objects.filter(digest_pending=True).exists()


def test_the_morning_runs_query_count_does_not_grow_with_the_number_of_measures(world):
    def queries(day: dt.date) -> int:
        with _at(day), CaptureQueriesContext(connection) as ctx:
            morning_run(timezone.localdate())
        inserts = sum(q["sql"].startswith("INSERT") for q in ctx.captured_queries)
        return len(ctx) - inserts, inserts

    _flood(world, 10, dt.date(2026, 10, 31))
    small_reads, _ = queries(dt.date(2026, 11, 1))
    _flood(world, 300, dt.date(2026, 11, 7))
    reads, inserts = queries(dt.date(2026, 11, 8))
    # +1: the 签收 reminders of the first day's assignments (one UPDATE), owed once, whatever their number.
    assert reads <= small_reads + 1
    # Inserts go in batches (SQLite's limit on variables per statement): a few per table, never one per row.
    assert inserts <= 12


@pytest.mark.django_db
def test_the_schedules_exist_after_migrate_and_installing_again_adds_none():
    from django_q.models import Schedule

    assert set(Schedule.objects.filter(name__in=list(SCHEDULES)).values_list("name", flat=True)) == set(SCHEDULES)
    install(Schedule)
    assert Schedule.objects.filter(name__in=list(SCHEDULES)).count() == len(SCHEDULES)
    morning = Schedule.objects.get(name="zhenggai.notify.morning")
    assert morning.func == "zhenggai.notify.jobs.morning_run" and morning.schedule_type == Schedule.DAILY
    assert timezone.localtime(morning.next_run).time() == dt.time(7, 30)


def test_the_audit_digest_is_written_once_a_day(world, settings, tmp_path):
    settings.ZHENGGAI_AUDIT_DIGEST_FILE = str(tmp_path / "digest.jsonl")
    with _at(dt.date(2026, 11, 3), 23, 50):
        assert jobs.audit_digest() is True
        assert jobs.audit_digest() is False
    assert len((tmp_path / "digest.jsonl").read_text().splitlines()) == 1


def test_the_command_runs_the_jobs_by_hand(world):
    import io

    from django.core.management import call_command

    out = io.StringIO()
    with _at(dt.date(2026, 12, 21)):
        call_command("notify", "morning", stdout=out)
        call_command("notify", "morning", stdout=out)
        call_command("notify", "schedules", stdout=out)
    assert "今日提醒" in out.getvalue() and f"已安装 {len(SCHEDULES)} 个定时任务" in out.getvalue()
    assert Notification.objects.filter(event="deadline_near").count() == 1
