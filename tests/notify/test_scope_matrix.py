"""A notification never reveals an object to someone outside its scope: over every persona and every kind
of object, notify() tells exactly the personas whose page for that object opens (200), and no one else."""
from __future__ import annotations

import pytest
from django.urls import reverse

from zhenggai.accounts.models import AdminRole, Role
from zhenggai.notify.models import Notification
from zhenggai.notify.services import notify
from tests.conftest import make_user

PERSONAS = ["office", "office2", "leader", "unit", "other_unit", "observer", "outsider", "admin", "sysadmin"]


def _objects(world):
    from zhenggai.portal.models import Feedback

    feedback = Feedback.objects.create(inspection=world.inspection, text="建议加快整改")
    return {
        "inspection": (world.inspection, reverse("inspection_detail", args=[world.inspection.pk])),
        "problem_of_enforcement": (world.problem, reverse("problem_detail", args=[world.problem.pk])),
        "measure_of_enforcement": (world.measure, reverse("measure_detail", args=[world.measure.pk])),
        "measure_of_approvals": (world.measure3, reverse("measure_detail", args=[world.measure3.pk])),
        "feedback": (feedback, reverse("portal:feedback_list")),
    }


@pytest.mark.parametrize("kind", ["inspection", "problem_of_enforcement", "measure_of_enforcement",
                                  "measure_of_approvals", "feedback"])
def test_notify_tells_exactly_the_personas_whose_page_opens(world, client, kind):
    world.sysadmin = make_user("sysadmin", Role.OFFICE, world.bureau, admin_role=AdminRole.SYSTEM)
    obj, url = _objects(world)[kind]
    people = [world.persona(p) for p in PERSONAS]
    notify(event="escalation", recipients=people, obj=obj, text="督办测试")
    told = set(Notification.objects.values_list("recipient__username", flat=True))
    opens = set()
    for persona in people:
        client.force_login(persona)
        response = client.get(url)
        # The feedback inbox is a list: it "opens" for this object when the office sees the item in it.
        if response.status_code == 200 and (kind != "feedback" or obj.text in response.content.decode()):
            opens.add(persona.username)
    assert told == opens
    assert "outsider" not in told and "sysadmin" not in told
