"""A form sent twice (a double click, a browser resend) acts once; a form that failed can be sent again."""
from __future__ import annotations

import re

import pytest
from django.urls import reverse

from tests.conftest import pdf_upload
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.models import FollowUp, Problem, ProgressUpdate, Rule

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


def once_key(client, url: str) -> str:
    html = client.get(url).content.decode()
    match = re.search(r'name="_once" value="([0-9a-f]{32})"', html)
    assert match, "the form page carries a one-time key"
    return match.group(1)


def test_a_progress_report_sent_twice_is_recorded_once(client, world):
    client.force_login(world.unit)
    url = reverse("measure_progress", args=[world.measure.pk])
    key = once_key(client, url)
    data = {"text": "已完成规程初稿", "progress": "50", "reported_on": "2026-11-20", "_once": key}
    first = client.post(url, {**data, "files": [pdf_upload()]})
    events = AuditEvent.objects.count()
    second = client.post(url, {**data, "files": [pdf_upload()]}, follow=True)
    assert first.status_code == 302 and second.status_code == 200
    assert ProgressUpdate.objects.filter(measure=world.measure).count() == 1
    assert world.measure.evidence.count() == 1
    assert AuditEvent.objects.count() == events
    assert "已经提交过" in second.content.decode()


def test_each_rendering_of_a_form_has_its_own_key_so_two_real_reports_both_count(client, world):
    client.force_login(world.unit)
    url = reverse("measure_progress", args=[world.measure.pk])
    for text in ("第一次报送", "第二次报送"):
        client.post(url, {"text": text, "progress": "40", "_once": once_key(client, url), "files": [pdf_upload()]})
    assert ProgressUpdate.objects.filter(measure=world.measure).count() == 2


def test_a_form_that_failed_keeps_its_key_and_can_be_sent_again(client, world):
    client.force_login(world.unit)
    url = reverse("measure_request_sign_off", args=[world.measure.pk])
    key = once_key(client, url)
    # No evidence yet: the service refuses, the key stays free.
    refused = client.post(url, {"completion_note": "已印发规程", "completion_date": "2026-11-20", "_once": key})
    assert refused.status_code == 200 and f'value="{key}"' in refused.content.decode()
    accepted = client.post(url, {"completion_note": "已印发规程", "completion_date": "2026-11-20", "_once": key,
                                 "files": [pdf_upload()]})
    assert accepted.status_code == 302
    world.measure.refresh_from_db()
    assert world.measure.state == "requested"


@pytest.mark.parametrize(("name", "arg", "data", "model"), [
    ("problem_create", "inspection", {"statement": "新发现的问题", "deadline_text": "2026年底"}, Problem),
    ("rule_create", "inspection", {"title": "执法检查工作规程", "doc_number": "江环发〔2026〕1号"}, Rule),
])
def test_office_creates_sent_twice_create_once(client, world, name, arg, data, model):
    client.force_login(world.office)
    url = reverse(name, args=[getattr(world, arg).pk])
    key = once_key(client, url)
    before = model.objects.count()
    first = client.post(url, {**data, "_once": key})
    assert first.status_code == 302, first.content.decode()[:2000]
    client.post(url, {**data, "_once": key})
    assert model.objects.count() == before + 1


def test_a_follow_up_sent_twice_is_recorded_once(client, world, drive):
    from zhenggai.ledger.workflow import MeasureState

    drive(world, MeasureState.SIGNED_OFF, world.measure)
    drive(world, MeasureState.SIGNED_OFF, world.measure2)
    client.force_login(world.office)
    url = reverse("follow_up_create", args=[world.problem.pk])
    data = {"outcome": "holds", "checked_on": "2026-11-23", "note": "抽查未反弹", "_once": once_key(client, url)}
    client.post(url, data)
    client.post(url, data)
    assert FollowUp.objects.filter(problem=world.problem).count() == 1


def test_a_post_without_a_key_still_works(client, world):
    client.force_login(world.unit)
    response = client.post(reverse("measure_progress", args=[world.measure.pk]),
                           {"text": "脚本报送", "progress": "30", "files": [pdf_upload()]})
    assert response.status_code == 302
    assert ProgressUpdate.objects.filter(measure=world.measure).count() == 1
