"""`zhenggai audit verify|digest` and the audit admin's page: search, filter, export; nobody else gets in."""
from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from tests.conftest import PASSWORD
from tests.security.conftest import triggers_disabled
from zhenggai.accounts.models import AdminRole, User
from zhenggai.audit.models import AuditEvent
from zhenggai.audit.services import audit_record

pytestmark = pytest.mark.django_db


@pytest.fixture
def auditor(world):
    return User.objects.create_user("auditor", password=PASSWORD, admin_role=AdminRole.AUDIT, full_name="审计员")


def _events(world, n=3):
    return [audit_record(actor=world.office, action="measure.update", obj=world.measure, after={"n": i})
            for i in range(n)]


def test_verify_prints_the_count_and_ok_for_an_intact_chain(world, capsys):
    _events(world)
    call_command("audit", "verify")
    out = capsys.readouterr().out
    assert "OK" in out and f"{AuditEvent.objects.count()} 条" in out


def test_verify_names_the_first_tampered_event_and_exits_1(world, capsys):
    events = _events(world, 4)
    with triggers_disabled() as cursor:
        cursor.execute("UPDATE audit_auditevent SET note = %s WHERE id = %s", ["改过了", events[1].id])
    with pytest.raises(SystemExit) as exit_info:
        call_command("audit", "verify")
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert f"#{events[1].id}" in err and "篡改" in err


def test_verify_catches_a_deleted_event(world, capsys):
    events = _events(world, 4)
    with triggers_disabled() as cursor:
        cursor.execute("DELETE FROM audit_auditevent WHERE id = %s", [events[2].id])
    with pytest.raises(SystemExit):
        call_command("audit", "verify")
    assert f"#{events[3].id}" in capsys.readouterr().err


def test_the_database_refuses_to_update_or_delete_an_event(world):
    event = _events(world, 1)[0]
    for sql in ("UPDATE audit_auditevent SET note = 'x' WHERE id = %s", "DELETE FROM audit_auditevent WHERE id = %s"):
        with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [event.id])


def test_digest_writes_the_date_and_the_head_to_a_file(world, tmp_path):
    events = _events(world)
    target = tmp_path / "digest.jsonl"
    call_command("audit", "digest", "-o", str(target))
    record = json.loads(target.read_text(encoding="utf-8").splitlines()[-1])
    head = AuditEvent.objects.order_by("-id").first()
    assert record["head_event_id"] == head.id == events[-1].id
    assert record["head_hash"] == head.hash
    assert record["date"]


def test_the_audit_page_lists_events_for_an_audit_admin(client, world, auditor):
    _events(world)
    client.force_login(auditor)
    response = client.get(reverse("audit:event_list"))
    assert response.status_code == 200
    assert "修改整改措施" in response.content.decode()


def test_the_audit_page_filters_by_actor_action_date_and_object(client, world, auditor):
    _events(world, 2)
    audit_record(actor=world.leader, action="measure.approve", obj=world.measure2)
    client.force_login(auditor)
    page = client.get(reverse("audit:event_list"), {"actor": "李局长", "action": "measure.approve",
                                                     "object": f"measure:{world.measure2.pk}"}).context["page"]
    assert [e.action for e in page] == ["measure.approve"]
    page = client.get(reverse("audit:event_list"), {"date_from": "2000-01-01", "date_to": "2000-01-02"}).context["page"]
    assert len(page) == 0


def test_the_audit_page_paginates(client, world, auditor):
    _events(world, 60)
    client.force_login(auditor)
    response = client.get(reverse("audit:event_list"), {"page": 2})
    assert response.context["page"].number == 2


def test_the_export_is_a_csv_and_is_itself_audited(client, world, auditor):
    audit_record(actor=world.office, action="measure.update", obj=world.measure, note="=HYPERLINK(\"http://x\")")
    client.force_login(auditor)
    response = client.get(reverse("audit:event_export"))
    body = b"".join(response.streaming_content).decode("utf-8")
    assert response["Content-Disposition"].startswith("attachment")
    assert "编号" in body and "'=HYPERLINK" in body  # formula neutralised
    assert AuditEvent.objects.filter(action="export", actor=auditor).exists()


@pytest.mark.parametrize("persona", ["office", "leader", "unit", "observer", "outsider"])
def test_business_users_get_403_on_the_audit_page_and_export(client, world, persona):
    client.force_login(world.persona(persona))
    assert client.get(reverse("audit:event_list")).status_code == 403
    assert client.get(reverse("audit:event_export")).status_code == 403


@pytest.mark.parametrize("admin_role", [AdminRole.SYSTEM, AdminRole.SECURITY])
def test_the_other_admin_roles_get_403(client, world, admin_role):
    client.force_login(User.objects.create_user("adm", password=PASSWORD, admin_role=admin_role))
    assert client.get(reverse("audit:event_list")).status_code == 403


def test_a_superuser_may_read_the_audit_page(client, world):
    client.force_login(world.admin)
    assert client.get(reverse("audit:event_list")).status_code == 200


def test_an_anonymous_visitor_is_sent_to_login(client, world):
    response = client.get(reverse("audit:event_list"))
    assert response.status_code == 302 and reverse("login") in response["Location"]


def test_an_exported_file_verifies_on_its_own_and_ends_at_the_chain_head(world, tmp_path, capsys):
    import datetime as dt

    events = _events(world, 3)
    audit_record(actor=world.office, action="bulletin.publish", after={"date": dt.date(2026, 11, 23), "n": 1.5})
    path = tmp_path / "audit.jsonl"
    call_command("audit", "export", "-o", str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == AuditEvent.objects.count()
    assert json.loads(lines[-1])["hash"] == AuditEvent.objects.order_by("-id").first().hash
    assert json.loads(lines[0])["id"] <= events[0].id
    capsys.readouterr()
    call_command("audit", "verify", "--file", str(path))
    assert f"OK: {len(lines)} 条" in capsys.readouterr().out


def test_an_edited_line_in_an_exported_file_is_named(world, tmp_path, capsys):
    events = _events(world, 3)
    path = tmp_path / "audit.jsonl"
    call_command("audit", "export", "-o", str(path))
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    target = next(r for r in records if r["id"] == events[1].id)
    target["event"]["note"] = "事后补写"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with pytest.raises(SystemExit):
        call_command("audit", "verify", "--file", str(path))
    err = capsys.readouterr().err
    assert f"#{events[1].id}" in err and "篡改" in err


def test_a_line_removed_from_an_exported_file_breaks_the_links(world, tmp_path, capsys):
    events = _events(world, 4)
    path = tmp_path / "audit.jsonl"
    call_command("audit", "export", "-o", str(path))
    kept = [line for line in path.read_text(encoding="utf-8").splitlines() if json.loads(line)["id"] != events[2].id]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        call_command("audit", "verify", "--file", str(path))
    assert f"#{events[3].id}" in capsys.readouterr().err


def test_export_can_be_limited_to_a_date_range(world, tmp_path, capsys):
    _events(world, 2)
    path = tmp_path / "audit.jsonl"
    call_command("audit", "export", "-o", str(path), "--since", "2000-01-01", "--until", "2000-12-31")
    assert path.read_text(encoding="utf-8") == ""
    assert "已导出 0 条" in capsys.readouterr().out


def test_export_to_a_path_that_cannot_be_written_says_so(world, tmp_path):
    from django.core.management.base import CommandError

    _events(world, 1)
    with pytest.raises(CommandError, match="无法写入"):
        call_command("audit", "export", "-o", str(tmp_path / "no-such-dir" / "audit.jsonl"))
