"""The audit log page names objects as people do and shows before/after field by field."""
from __future__ import annotations

import pytest

from zhenggai.accounts.models import AdminRole, Role, User
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services

pytestmark = pytest.mark.time_machine("2026-11-23 10:00 +0800", tick=False)


@pytest.fixture
def auditor(world):
    user = User.objects.create_user("auditor", password="x", role=Role.OBSERVER, full_name="审计员")
    user.admin_role = AdminRole.AUDIT
    user.save()
    return user


def test_the_log_names_a_measure_as_its_number_and_shows_readable_before_and_after(client, world, auditor):
    services.measure_report_progress(user=world.unit, measure=world.measure2, text="开展案卷评查", progress=30)
    services.measure_update(user=world.office, measure=world.measure, fields={"responsible_person": "刘科长"},
                            co_units=[], version=None)
    client.force_login(auditor)
    html = client.get("/audit/").content.decode()
    assert "措施1.1" in html and "措施1.2的进展报送" in html
    rows = html.split("<tbody>", 1)[1]
    assert "measure:" not in rows.replace('title="measure:', "")
    assert "责任人" in html and "刘科长" in html
    assert "{&#x27;" not in html and "{'" not in html


def test_a_deleted_measure_is_named_as_deleted(client, world, auditor):
    services.measure_delete(user=world.office, measure=world.measure3)
    client.force_login(auditor)
    html = client.get("/audit/").content.decode()
    assert "删除误建的措施" in html and "已删除" in html
    assert AuditEvent.objects.filter(action="measure.delete").count() == 1
