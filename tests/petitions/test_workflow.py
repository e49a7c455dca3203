"""The petition rows of the one state machine, walked over every (state, action, role) through the services."""
from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from tests.conftest import make_user, pdf_upload
from zhenggai.accounts.models import Role
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.workflow import WORKFLOW, ItemKind, PetitionAction as PA, PetitionState as PS, WorkflowError
from zhenggai.petitions import services
from zhenggai.petitions.models import PetitionCase, PetitionReport, PetitionReportState

ACTING = {Role.OFFICE: "office", Role.LEADER: "leader", Role.UNIT: "unit", Role.OBSERVER: "observer"}


def _call(action: str, user, case: PetitionCase, world):
    if action == PA.ASSIGN:
        return services.case_assign(user=user, case=case, lead_unit=world.enforcement, time_limit_days=15)
    if action == PA.INVESTIGATE:
        return services.case_investigate(user=user, case=case, investigation="经现场核查，该厂夜间存在废气无组织排放。",
                                         verdict="true")
    if action == PA.REPORT:
        return services.case_report(user=user, case=case, handling="责令企业停产整改，立案处罚5万元。", fines_wan="5",
                                    cases_filed=1, files=[pdf_upload()])
    if action == PA.WITHDRAW:
        return services.case_withdraw(user=user, case=case)
    if action in (PA.CONCLUDE, PA.PHASE, PA.SEND_BACK):
        return services.case_review(user=user, case=case, decision=action, note="材料不全，请补充监测报告",
                                    next_deadline=timezone.localdate() + dt.timedelta(days=30))
    if action in (PA.SIGN_OFF, PA.VERIFY_SEND_BACK):
        return services.case_verify(user=user, case=case, signed_off=action == PA.SIGN_OFF, note="现场复核仍有异味")
    if action == PA.REOPEN:
        return services.case_reopen(user=user, case=case, note="第26批收到同一案件的重复举报")
    raise AssertionError(action)


def _case_in(state: str, petitions, reporter) -> PetitionCase:
    case = petitions.case
    if state != PS.NEW:
        case.lead_unit = petitions.world.enforcement
    if state not in (PS.NEW, PS.ASSIGNED):
        case.investigation, case.verdict = "经核查属实。", "true"
    case.state = state
    case.save()
    report_state = {PS.REPORTED: PetitionReportState.PENDING_REVIEW, PS.CONCLUDED: PetitionReportState.CONCLUDED}
    if state in report_state:
        PetitionReport.objects.create(case=case, reported_by=reporter, reported_at=timezone.now(),
                                      handling="已整改。", state=report_state[state])
    return case


@pytest.mark.parametrize("state", PS.values)
@pytest.mark.parametrize("action", PA.values)
@pytest.mark.parametrize("role", list(ACTING))
def test_each_petition_step_does_what_the_table_says(world, petitions, state, action, role):
    user = world.persona(ACTING[role])
    second_filler = make_user("unit2", Role.UNIT, world.enforcement)
    reporter = user if action == PA.WITHDRAW else second_filler
    case = _case_in(state, petitions, reporter)
    target = WORKFLOW.get((ItemKind.PETITION, state, action, role))
    events_before = AuditEvent.objects.count()
    if target is None:
        with pytest.raises(WorkflowError):
            _call(action, user, case, world)
        case.refresh_from_db()
        assert case.state == state
        assert AuditEvent.objects.count() == events_before
    else:
        _call(action, user, case, world)
        case.refresh_from_db()
        assert case.state == target
        assert AuditEvent.objects.filter(action=f"petition.{action}", object_id=str(case.pk)).exists()


def test_the_reporter_cannot_conclude_their_own_report(world, petitions):
    case = _case_in(PS.REPORTED, petitions, world.office)
    with pytest.raises(WorkflowError, match="报送人不能审核"):
        services.case_review(user=world.office, case=case, decision=PA.CONCLUDE)


def test_a_report_without_evidence_is_refused_and_changes_nothing(world, petitions):
    case = _case_in(PS.HANDLING, petitions, world.unit)
    with pytest.raises(WorkflowError, match="佐证材料"):
        services.case_report(user=world.unit, case=case, handling="已整改。")
    case.refresh_from_db()
    assert case.state == PS.HANDLING and not case.reports.exists()


def test_a_co_unit_cannot_report_for_the_lead_unit(world, petitions):
    case = _case_in(PS.HANDLING, petitions, world.unit)
    case.co_units.add(world.approvals)
    with pytest.raises(WorkflowError, match="牵头单位"):
        services.case_report(user=world.other_unit, case=case, handling="配合整改。", files=[pdf_upload()])


def test_a_phased_conclusion_keeps_the_case_open_with_its_next_deadline(world, petitions):
    case = _case_in(PS.REPORTED, petitions, make_user("unit2", Role.UNIT, world.enforcement))
    due = timezone.localdate() + dt.timedelta(days=60)
    services.case_review(user=world.office, case=case, decision=PA.PHASE, next_deadline=due)
    case.refresh_from_db()
    assert (case.state, case.deadline_date, case.is_closed) == (PS.PHASED, due, False)


def test_the_whole_road_from_hand_over_to_sign_off_tells_each_side(world, petitions):
    from zhenggai.notify.models import Notification

    case = petitions.case
    case.state, case.lead_unit = PS.NEW, None
    case.save()
    services.case_assign(user=world.office, case=case, lead_unit=world.enforcement, time_limit_days=15)
    assert Notification.objects.filter(recipient=world.unit, event="petition_assigned").exists()
    services.case_investigate(user=world.unit, case=case, investigation="现场核查属实。", verdict="mostly")
    services.case_report(user=world.unit, case=case, handling="处理情况：立案1件。整改情况：已安装在线监测。",
                         fines_wan="12.5", cases_filed=1, files=[pdf_upload()])
    assert Notification.objects.filter(recipient=world.office, event="petition_review_requested").exists()
    services.case_review(user=world.office, case=case, decision=PA.CONCLUDE)
    assert Notification.objects.filter(recipient=world.leader, event="petition_concluded").exists()
    services.case_verify(user=world.leader, case=case, signed_off=True)
    case.refresh_from_db()
    assert case.state == PS.SIGNED_OFF and case.signed_off_at is not None and str(case.fines_wan) == "12.50"
    assert case.evidence.count() == 1
    assert Notification.objects.filter(recipient=world.unit, event="petition_signed_off").exists()


def test_the_morning_run_reminds_the_unit_of_a_case_due_in_three_days_and_of_an_overdue_one(world, petitions):
    from zhenggai.notify.models import Notification
    from zhenggai.notify.reminders import morning_run

    today = dt.date(2026, 6, 12)
    near, late = petitions.case, petitions.case2
    near.deadline_date = today + dt.timedelta(days=3)
    near.save()
    late.lead_unit, late.deadline_date = world.enforcement, today - dt.timedelta(days=1)
    late.save()
    morning_run(today)
    texts = list(Notification.objects.filter(recipient=world.unit).values_list("event", "text"))
    assert ("petition_deadline_near", "信访件第二十五批第1号（D3HN202605280040）距办结时限还有3天（6月15日），请按期办结。") in texts
    assert any(e == "petition_overdue" and "已超过办结时限1天" in t for e, t in texts)
    assert Notification.objects.filter(recipient=world.office, event="petition_overdue").exists()
    morning_run(today)  # a second run the same day tells nobody twice
    assert Notification.objects.filter(recipient=world.unit).count() == len(texts)


def test_a_unit_with_many_overdue_cases_is_told_in_one_line_once_a_day(world, petitions):
    from zhenggai.notify.models import Notification
    from zhenggai.notify.reminders import morning_run

    today = dt.date(2026, 6, 20)
    for seq in range(3, 10):  # seven overdue cases of one unit: more than notify's fold threshold
        petitions.make_case(seq, f"D3HN2026052800{seq:02d}", lead_unit=world.enforcement,
                            deadline_date=today - dt.timedelta(days=1))
    morning_run(today)
    morning_run(today)
    lines = list(Notification.objects.filter(recipient=world.unit, event="petition_overdue").values_list("text", "url"))
    assert len(lines) == 1
    text, url = lines[0]
    assert "件交办信访件已超过办结时限" in text and "?state=open" in url


def test_a_concluded_case_is_grey_and_never_overdue(world, petitions):
    from zhenggai.ledger.models import LIGHT_RANK, Light
    from zhenggai.petitions.selectors import cases_with_light

    case = petitions.case
    case.state, case.deadline_date = PS.CONCLUDED, dt.date(2026, 1, 1)
    case.save()
    on = dt.date(2026, 6, 1)  # case2 is due on 6月14日: two weeks away, green
    ranks = dict(cases_with_light(petitions.inspection, on=on).values_list("pk", "light_rank"))
    assert ranks[case.pk] == LIGHT_RANK[Light.GREY] and case.overdue_days(on) is None
    assert ranks[petitions.case2.pk] == LIGHT_RANK[Light.GREEN]
