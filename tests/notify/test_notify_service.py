"""notify(): who is told, what is written, and what is refused."""
from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured

from tests.conftest import make_user, pdf_upload
from zhenggai.accounts.models import AdminRole, Role
from zhenggai.ledger import services as ledger
from zhenggai.notify.models import Delivery, Notification
from zhenggai.notify.services import NotifyError, notify


def _ask_sign_off(world):
    ledger.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="已修订规程并印发",
                                    files=[pdf_upload()])


def test_a_send_back_tells_the_unit_with_the_reason_and_links_to_the_measure(world):
    _ask_sign_off(world)
    ledger.measure_review(user=world.office, measure=world.measure, passed=False, note="佐证材料不足，缺少印发文件")
    row = Notification.objects.get(recipient=world.unit, event="sent_back")
    assert "佐证材料不足" in row.text and "回炉返工" in row.text
    assert row.url == f"/measures/{world.measure.pk}/"
    assert row.inspection_id == world.inspection.pk and row.read_at is None


def test_a_sign_off_request_tells_the_office_in_scope_but_not_the_other_bureau(world):
    _ask_sign_off(world)
    told = set(Notification.objects.filter(event="review_requested").values_list("recipient__username", flat=True))
    assert {"office", "office2"} <= told
    assert "outsider" not in told and "unit" not in told


def test_a_passed_review_tells_the_unit_and_the_leader(world):
    _ask_sign_off(world)
    ledger.measure_review(user=world.office, measure=world.measure, passed=True)
    told = set(Notification.objects.filter(event="passed").values_list("recipient__username", flat=True))
    assert told == {"unit", "leader"}


def test_an_approval_tells_the_unit(world):
    _ask_sign_off(world)
    ledger.measure_review(user=world.office, measure=world.measure, passed=True)
    ledger.measure_approve(user=world.leader, measure=world.measure, approved=True)
    assert Notification.objects.filter(event="approved", recipient=world.unit).count() == 1


def test_a_new_measure_tells_its_lead_and_co_units(world):
    ledger.measure_create(user=world.office, problem=world.problem, fields={"text": "三是建立执法台账", "lead_unit": world.enforcement,
                                                                           "deadline_kind": "date",
                                                                           "deadline_date": world.measure.deadline_date},
                          co_units=[world.approvals])
    told = set(Notification.objects.filter(event="assigned").values_list("recipient__username", flat=True))
    assert told == {"unit", "other_unit"}


def test_an_extension_decision_tells_the_requester(world):
    import datetime as dt

    import time_machine

    with time_machine.travel(dt.datetime(2026, 11, 1, 9), tick=False):
        ext = ledger.extension_request(user=world.unit, measure=world.measure, new_date=dt.date(2027, 3, 31),
                                       reason="需等待省厅出台配套文件")
        ledger.extension_decide(user=world.leader, extension=ext, approved=True, note="同意")
    row = Notification.objects.get(event="extension_decided", recipient=world.unit)
    assert "同意延期至2027年03月31日" in row.text


def test_public_feedback_tells_the_office_of_that_inspection(world):
    from zhenggai.portal.services import feedback_submit

    world.inspection.is_public = True
    world.inspection.save()
    feedback_submit(inspection=world.inspection, text="建议公开执法检查结果", ip="10.0.0.1")
    told = set(Notification.objects.filter(event="feedback_received").values_list("recipient__username", flat=True))
    assert {"office", "office2"} <= told and not told & {"unit", "leader", "outsider", "observer"}


def test_the_actor_is_not_told_of_their_own_step(world):
    notify(event="escalation", recipients=[world.office, world.unit], obj=world.measure, text="督办", actor=world.office)
    assert list(Notification.objects.values_list("recipient__username", flat=True)) == ["unit"]


def test_admin_role_accounts_and_inactive_users_are_never_told(world):
    sysadmin = make_user("sys", Role.OFFICE, world.bureau, admin_role=AdminRole.SYSTEM)
    gone = make_user("gone", Role.OFFICE, world.bureau, is_active=False)
    notify(event="escalation", recipients=[sysadmin, gone, world.office], obj=world.inspection, text="督办")
    assert list(Notification.objects.values_list("recipient__username", flat=True)) == ["office"]


def test_an_unknown_event_or_empty_text_is_refused_and_writes_nothing(world):
    with pytest.raises(NotifyError):
        notify(event="party", recipients=[world.unit], obj=world.measure, text="x")
    with pytest.raises(NotifyError):
        notify(event="escalation", recipients=[world.unit], obj=world.measure, text="  ")
    assert not Notification.objects.exists()


def test_an_object_without_a_scope_check_is_refused_loudly(world):
    with pytest.raises(ImproperlyConfigured):
        notify(event="escalation", recipients=[world.unit], obj=world.unit, text="x")


def test_once_per_day_tells_each_recipient_once_a_day(world):
    for _ in range(3):
        notify(event="escalation", recipients=[world.unit], obj=world.measure, text="请抓紧", once_per_day=True)
    assert Notification.objects.count() == 1


def test_a_rolled_back_step_tells_nobody(world):
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        notify(event="escalation", recipients=[world.unit], obj=world.measure, text="督办")
        raise RuntimeError
    assert not Notification.objects.exists() and not Delivery.objects.exists()


def test_without_a_configured_channel_only_the_inbox_row_is_written(world):
    notify(event="escalation", recipients=[world.unit], obj=world.measure, text="督办")
    assert Notification.objects.count() == 1 and not Delivery.objects.exists()
