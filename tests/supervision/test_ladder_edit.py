"""The office edits an inspection's ladder; bad input changes nothing; leaders read it; others may not."""
from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from tests.conftest import login
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.supervision import ladder, services
from zhenggai.supervision.models import Ladder

pytestmark = pytest.mark.django_db


def test_without_its_own_ladder_an_inspection_uses_the_documented_defaults(world):
    steps = ladder.steps_for(world.inspection)
    assert [(s.day_offset, s.action) for s in steps] == [
        (-10, "remind"), (-3, "remind"), (1, "remind"), (15, "prompt_order"), (30, "prompt_escalation")]
    assert steps[1].audiences == ("person", "unit_head")
    assert set(steps[2].audiences) == {"person", "unit_head", "leader", "office"}


@pytest.mark.parametrize(("steps", "message"), [
    ([{"day_offset": 5, "audiences": ["office"], "action": "remind"},
      {"day_offset": 5, "audiences": ["person"], "action": "remind"}], "同一天"),
    ([{"day_offset": -5, "audiences": ["office"], "action": "prompt_order"}], "逾期之后"),
    ([{"day_offset": 5, "audiences": [], "action": "remind"}], "告知对象"),
    ([{"day_offset": 5, "audiences": ["nobody"], "action": "remind"}], "告知对象"),
])
def test_it_refuses_a_bad_ladder_and_keeps_the_old_one(world, steps, message):
    events = AuditEvent.objects.count()
    with pytest.raises(WorkflowError, match=message):
        services.ladder_save(user=world.office, inspection=world.inspection, steps=steps, ack_reminder_days=3)
    assert not Ladder.objects.exists()
    assert AuditEvent.objects.count() == events


def test_only_the_office_saves_a_ladder(world):
    with pytest.raises(PermissionDenied):
        services.ladder_save(user=world.leader, inspection=world.inspection, steps=[], ack_reminder_days=3)


def test_the_ladder_page_saves_the_rows_the_office_filled_in(client, world):
    login(client, world.office)
    data = {"ack_reminder_days": "4", "day_0": "-7", "audiences_0": ["person", "unit_head"], "action_0": "remind",
            "day_1": "20", "audiences_1": ["office"], "action_1": "prompt_escalation"}
    for i in range(2, 8):
        data[f"action_{i}"] = "remind"
    response = client.post(reverse("supervision:ladder", args=[world.inspection.pk]), data)
    assert response.status_code == 302
    assert [(s.day_offset, s.action) for s in ladder.steps_for(world.inspection)] == [(-7, "remind"),
                                                                                     (20, "prompt_escalation")]
    assert ladder.ack_reminder_days(world.inspection) == 4
    assert AuditEvent.objects.filter(action="ladder.update").count() == 1


def test_a_bad_ladder_form_shows_the_error_in_chinese(client, world):
    login(client, world.office)
    data = {"ack_reminder_days": "3", "day_0": "-7", "audiences_0": ["office"], "action_0": "prompt_order"}
    for i in range(1, 8):
        data[f"action_{i}"] = "remind"
    response = client.post(reverse("supervision:ladder", args=[world.inspection.pk]), data)
    assert response.status_code == 200
    assert "督办单、函告、通报、约谈只能设在逾期之后" in response.content.decode()


def test_a_leader_reads_the_ladder_but_cannot_save_it(client, world):
    login(client, world.leader)
    url = reverse("supervision:ladder", args=[world.inspection.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {"ack_reminder_days": "3"}).status_code == 403
