"""`zhenggai demo --no-serve`: the demo ledger a newcomer clicks through first.

The demo is loaded once for the module, inside a transaction rolled back at the end (the audit log
refuses DELETE, so a rollback is the only clean way out); each test runs in a savepoint within it.
"""
from __future__ import annotations

import datetime as dt
import io

import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.utils import timezone

from tests.conftest import loaded_demo
from zhenggai.accounts.models import AdminRole, Role, Unit, User
from zhenggai.audit.models import AuditEvent
from zhenggai.audit.services import audit_verify_chain
from zhenggai.ledger.demo_data import DEMO_ACCOUNTS, PASSWORDS, load_demo
from zhenggai.ledger.models import (
    EvidenceFile,
    ExtensionRequest,
    ExtensionState,
    FollowUp,
    FollowUpOutcome,
    Inspection,
    Light,
    Measure,
    ProgressUpdate,
    Rule,
    SignOffRequest,
)
from zhenggai.ledger.selectors import inspection_headline
from zhenggai.ledger.workflow import MeasureState


# First in the file: it must run before the module's demo is loaded.
@pytest.mark.django_db
def test_it_does_not_load_the_demo_into_a_database_that_holds_other_data():
    Unit.objects.create(name="某县生态环境局")
    out = io.StringIO()
    call_command("demo", "--no-serve", stdout=out)
    assert "未加载演示数据" in out.getvalue()
    assert not Inspection.objects.exists()


@pytest.fixture(scope="module")
def demo_output(django_db_setup, django_db_blocker, tmp_path_factory):
    with loaded_demo(django_db_blocker, tmp_path_factory) as output:
        yield output


@pytest.fixture
def demo(demo_output, db):
    return demo_output


def test_it_prints_the_address_and_every_demo_account(demo):
    assert "http://127.0.0.1:8000" in demo
    assert "请在浏览器中打开" in demo and "Open in your browser" in demo
    assert "zhenggai serve" in demo and "Ctrl+C" not in demo  # --no-serve: nothing to stop yet
    for account in DEMO_ACCOUNTS:
        assert account.username in demo and account.password in demo


def test_it_loads_two_inspections_with_categories_problems_and_measures(demo):
    inspections = list(Inspection.objects.all())
    assert len(inspections) >= 2
    assert {i.kind for i in inspections} >= {"xuncha", "ducha"}
    for inspection in inspections:
        assert 3 <= inspection.categories.count() <= 5
        assert 10 <= inspection.problems.count() <= 20
        for problem in inspection.problems.all():
            assert 1 <= problem.measures.count() <= 5
            assert problem.lead_unit_id and problem.lead_leader


def test_it_has_measures_in_every_state(demo):
    states = set(Measure.objects.values_list("state", flat=True))
    assert states == set(MeasureState.values)


def test_a_returned_measure_carries_the_reason_it_was_sent_back(demo):
    returned = Measure.objects.filter(state=MeasureState.RETURNED)
    assert returned.exists()
    for measure in returned:
        assert measure.sign_offs.exclude(send_back_reason="").exists()


def test_signed_off_measures_have_completion_notes_and_evidence(demo):
    for measure in Measure.objects.filter(state=MeasureState.SIGNED_OFF):
        assert measure.completion_note and measure.completion_date and measure.signed_off_at
        assert measure.evidence.exists()
    assert EvidenceFile.objects.filter(content_type="image/png").exists()
    assert ProgressUpdate.objects.count() > Measure.objects.count()


def test_it_uses_every_kind_of_deadline(demo):
    kinds = set(Measure.objects.values_list("deadline_kind", flat=True))
    assert kinds >= {"date", "immediate", "long_term", "immediate_long_term"}


def test_every_light_shows_on_the_first_inspection(demo):
    inspection = Inspection.objects.get(kind="xuncha")
    lights = inspection_headline(inspection).lights
    for light in Light:
        assert lights[light.value] > 0, light


def test_it_records_an_approved_a_pending_and_a_refused_extension(demo):
    states = set(ExtensionRequest.objects.values_list("state", flat=True))
    assert states == set(ExtensionState.values)
    approved = ExtensionRequest.objects.get(state=ExtensionState.APPROVED)
    assert approved.measure.deadline_date == approved.new_date
    refused = ExtensionRequest.objects.get(state=ExtensionState.REFUSED)
    assert refused.decision_note and refused.measure.deadline_date == refused.old_deadline_date


def test_it_records_a_follow_up_that_holds_and_one_that_rebounded(demo):
    holds = FollowUp.objects.get(outcome=FollowUpOutcome.HOLDS)
    assert not holds.problem.measures.exclude(state=MeasureState.SIGNED_OFF).exists()
    rebounded = FollowUp.objects.get(outcome=FollowUpOutcome.REBOUNDED)
    assert rebounded.new_measure.state == MeasureState.IN_PROGRESS
    assert rebounded.new_measure.problem_id == rebounded.problem_id


def test_it_links_rules_with_document_numbers_to_measures(demo):
    assert Rule.objects.count() >= 5
    for rule in Rule.objects.all():
        assert "〔" in rule.doc_number and rule.doc_number.endswith("号")
        assert rule.measures.exists()


def test_it_creates_a_user_for_every_role_who_can_log_in(demo):
    users = User.objects.filter(username__in=PASSWORDS)
    assert {u.role for u in users} == set(Role.values)
    assert users.get(username="admin").is_superuser
    assert {u.admin_role for u in users if u.admin_role} == set(AdminRole.values)  # three separate admins
    observer = users.get(username="jijian")
    assert list(observer.observed_inspections.all()) == [Inspection.objects.get(kind="xuncha")]
    for username, password in PASSWORDS.items():
        assert authenticate(username=username, password=password) is not None, username


def test_every_demo_account_logs_in_through_the_login_page_without_a_forced_change(demo, client):
    for username, password in PASSWORDS.items():
        client.logout()
        response = client.post("/accounts/login/", {"username": username, "password": password}, follow=True)
        assert response.wsgi_request.user.username == username
        assert "password" not in response.request["PATH_INFO"], username


def test_units_and_accounts_are_created_through_the_audited_services(demo):
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"unit.create", "user.create", "bulletin.publish", "feedback.answer"} <= actions


def test_the_audit_chain_verifies_and_runs_forward_in_time(demo):
    assert audit_verify_chain().ok
    times = list(AuditEvent.objects.order_by("id").values_list("created_at", flat=True))
    assert times == sorted(times)
    assert times[-1] < timezone.now()


def test_sign_offs_are_spread_over_the_last_twelve_weeks(demo):
    today = timezone.localdate()
    weeks = {
        (today - timezone.localtime(t).date()).days // 7
        for t in AuditEvent.objects.filter(action="measure.approve").values_list("created_at", flat=True)
    }
    assert len(weeks & set(range(12))) >= 8
    assert SignOffRequest.objects.filter(state="approved").count() == Measure.objects.filter(
        state=MeasureState.SIGNED_OFF).count()


def test_loading_twice_does_not_duplicate(demo):
    counts = (Unit.objects.count(), Measure.objects.count(), AuditEvent.objects.count())
    out = io.StringIO()
    call_command("demo", "--no-serve", stdout=out)
    assert load_demo() == PASSWORDS
    assert (Unit.objects.count(), Measure.objects.count(), AuditEvent.objects.count()) == counts
    assert "已存在" in out.getvalue()


def test_it_publishes_a_bulletin_and_answers_a_public_suggestion(demo):
    from zhenggai.portal.models import Feedback
    from zhenggai.reports.services import bulletin_latest_version

    inspection = Inspection.objects.get(kind="xuncha")
    version = bulletin_latest_version(inspection)
    assert version.is_published and version.published_at < timezone.now()
    assert Feedback.objects.get(inspection=inspection).answer


def test_the_bureau_has_the_contact_details_the_public_bulletin_prints(demo):
    bureau = Unit.objects.get(parent=None, name="江川市生态环境局")
    assert bureau.phone and bureau.address and bureau.email
    assert bureau.children.count() >= 8


def test_demo_dates_are_relative_to_today(demo):
    feedback = Inspection.objects.get(kind="xuncha").feedback_date
    assert dt.timedelta(days=160) < timezone.localdate() - feedback < dt.timedelta(days=180)
