"""The system admin's status page, /healthz, and what the import page says when no worker runs."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.accounts.test_separation_of_duties import admin_account
from tests.conftest import login
from zhenggai.accounts.models import AdminRole
from zhenggai.ops import heartbeat
from zhenggai.ops.models import WorkerHeartbeat


def _beat(seconds_ago: float, **extra) -> WorkerHeartbeat:
    now = timezone.now()
    return WorkerHeartbeat.objects.create(name=f"host:{len(extra) + 100}", host="host", pid=100, workers=2,
                                          started_at=now - dt.timedelta(hours=1),
                                          seen_at=now - dt.timedelta(seconds=seconds_ago), **extra)


@pytest.fixture
def no_sync(settings):
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}


def test_the_system_admin_sees_a_live_worker_and_the_queue(client, world, no_sync):
    _beat(1, beat_at=timezone.now())
    login(client, admin_account(world, AdminRole.SYSTEM))
    page = client.get(reverse("ops:status")).content.decode()
    assert "正常运行" in page and "运行中" in page and "排队中的任务" in page
    assert "运行状态" in page  # in the navigation


def test_the_status_page_says_when_no_worker_runs(client, world, no_sync):
    _beat(600)
    login(client, admin_account(world, AdminRole.SYSTEM))
    page = client.get(reverse("ops:status")).content.decode()
    assert "没有正在运行的后台任务进程" in page and "无响应" in page and "zhenggai worker" in page


@pytest.mark.parametrize("persona", ["office", "leader", "unit"])
def test_business_users_may_not_open_the_status_page(client, world, persona):
    login(client, world.persona(persona))
    assert client.get(reverse("ops:status")).status_code == 403


def test_the_audit_admin_may_not_open_the_status_page(client, world):
    login(client, admin_account(world, AdminRole.AUDIT))
    assert client.get(reverse("ops:status")).status_code == 403


def test_healthz_is_200_with_a_live_worker_and_needs_no_login(client, db, no_sync):
    _beat(1)
    response = client.get("/healthz")
    assert response.status_code == 200
    body = json.loads(response.content)
    assert body["status"] == "ok" and body["database"]["ok"] and body["cache"]["ok"] and body["worker"]["ok"]
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_healthz_is_503_when_the_worker_is_gone_unless_only_the_web_is_asked(client, db, no_sync):
    _beat(600)
    assert client.get("/healthz").status_code == 503
    assert json.loads(client.get("/healthz").content)["worker"] == {"ok": False}
    assert client.get("/healthz?web=1").status_code == 200


def test_healthz_names_a_failing_check_without_its_message(client, db, no_sync, monkeypatch):
    from zhenggai.ops import views

    def broken():
        raise ConnectionError("postgres://zhenggai:s3cret@db.internal:5432/zhenggai refused")

    monkeypatch.setattr(views, "_database", broken)
    response = client.get("/healthz?web=1")
    assert response.status_code == 503
    text = response.content.decode()
    assert '"error": "ConnectionError"' in text and "s3cret" not in text and "db.internal" not in text


def test_a_stopped_worker_is_not_alive(db, no_sync):
    _beat(1, stopped_at=timezone.now())
    assert not heartbeat.worker_alive()


def test_the_import_page_says_no_worker_runs_instead_of_waiting_forever(client, world, no_sync, settings):
    from tests.importer_app.conftest import bulletin_docx, upload

    settings.IMPORT_INLINE_MAX_KB = 1  # this small .docx goes to the queue, and nothing takes it
    response = upload(login(client, world.office), "通报.docx", bulletin_docx())
    page = client.get(response.url).content.decode()
    assert "正在解析" in page
    assert "后台任务进程没有运行" in page and "zhenggai worker" in page


def test_with_a_live_worker_the_import_page_just_waits(client, world, no_sync, settings):
    from tests.importer_app.conftest import bulletin_docx, upload

    _beat(1)
    settings.IMPORT_INLINE_MAX_KB = 1
    response = upload(login(client, world.office), "通报.docx", bulletin_docx())
    page = client.get(response.url).content.decode()
    assert "正在解析" in page and "后台任务进程没有运行" not in page
