"""The office sees and answers the public's feedback inside the app; other roles 403, other bodies 404."""
from __future__ import annotations

import pytest
from django.urls import reverse

from tests.conftest import login
from zhenggai.audit.models import AuditEvent
from zhenggai.portal import services


@pytest.fixture
def item(published):
    return services.feedback_submit(inspection=published.inspection, text="建议公开审批时限。", name="王五",
                                    contact="wang@example.org", ip="203.0.113.9")


def test_the_office_sees_submissions_with_name_and_contact(client, published, item):
    login(client, published.office)
    html = client.get(reverse("portal:feedback_list")).content.decode()
    assert "建议公开审批时限。" in html and "王五" in html and "wang@example.org" in html


def test_the_office_answers_and_the_answer_is_audited_and_published(client, published, item):
    login(client, published.office)
    response = client.post(reverse("portal:feedback_answer", args=[item.pk]),
                           {"answer": "已将审批时限压缩至10个工作日。", "show_publicly": "on"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.answer == "已将审批时限压缩至10个工作日。" and item.answered_by == published.office
    event = AuditEvent.objects.get(action="feedback.answer")
    assert (event.object_type, event.object_id, event.inspection_id) == ("feedback", str(item.pk),
                                                                         published.inspection.pk)
    assert event.actor == published.office
    client.logout()
    html = client.get(reverse("portal:inspection", args=[published.inspection.pk])).content.decode()
    assert "已将审批时限压缩至10个工作日。" in html and "建议公开审批时限。" in html
    assert "王五" not in html and "wang@example.org" not in html


def test_an_answer_kept_private_is_not_published(client, published, item):
    services.feedback_answer(user=published.office, feedback=item, answer="内部答复。", show_publicly=False)
    html = client.get(reverse("portal:inspection", args=[published.inspection.pk])).content.decode()
    assert "内部答复。" not in html and "建议公开审批时限。" not in html


@pytest.mark.parametrize("persona", ["leader", "unit", "observer"])
def test_other_roles_get_403(client, published, item, persona):
    login(client, published.persona(persona))
    assert client.get(reverse("portal:feedback_list")).status_code == 403
    assert client.get(reverse("portal:feedback_answer", args=[item.pk])).status_code == 403
    assert client.post(reverse("portal:feedback_answer", args=[item.pk]), {"answer": "x"}).status_code == 403


def test_the_office_of_another_body_gets_404_and_sees_nothing(client, published, item):
    login(client, published.outsider)
    assert client.get(reverse("portal:feedback_answer", args=[item.pk])).status_code == 404
    assert client.post(reverse("portal:feedback_answer", args=[item.pk]), {"answer": "x"}).status_code == 404
    assert "建议公开审批时限。" not in client.get(reverse("portal:feedback_list")).content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, published, item):
    response = client.get(reverse("portal:feedback_list"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_empty_answer_is_refused(client, published, item):
    login(client, published.office)
    response = client.post(reverse("portal:feedback_answer", args=[item.pk]), {"answer": "  "})
    assert "请填写答复" in response.content.decode()
    assert not AuditEvent.objects.filter(action="feedback.answer").exists()
