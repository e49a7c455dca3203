"""`zhenggai backup` / `zhenggai restore`: a restore into an empty database finds equal counts, equal file
hashes and a valid audit chain; a restore into a database with data, or from a tampered archive, is refused.

The restore runs in a subprocess against a fresh database (a temporary SQLite file, or a new PostgreSQL
database), migrated first — the way an operator would do it.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from tests.conftest import pdf_upload
from zhenggai.audit.backup import _sha256_file
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def filled(world):
    services.measure_report_progress(user=world.unit, measure=world.measure, text="已起草规程", progress=30,
                                     files=[pdf_upload("规程草稿.pdf")])
    services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note="已印发",
                                      files=[pdf_upload("印发文件.pdf")])
    services.measure_review(user=world.office, measure=world.measure, passed=True, note="材料齐全")
    return world


def _fresh_database(tmp_path) -> tuple[str, callable]:
    if connection.vendor == "postgresql":
        import psycopg

        params = connection.settings_dict
        name = f"zg_restore_{uuid.uuid4().hex[:8]}"
        admin = psycopg.connect(host=params["HOST"], port=params["PORT"] or 5432, user=params["USER"],
                                password=params["PASSWORD"] or None, dbname="postgres", autocommit=True)
        admin.execute(f'CREATE DATABASE "{name}"')
        auth = params["USER"] + (f":{params['PASSWORD']}" if params["PASSWORD"] else "")
        url = f"postgres://{auth}@{params['HOST']}:{params['PORT'] or 5432}/{name}"

        def drop():
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.close()
        return url, drop
    return f"sqlite:///{tmp_path / 'restored.sqlite3'}", lambda: None


def _manage(*args, env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)


def test_a_restore_into_an_empty_database_finds_equal_counts_file_hashes_and_a_valid_chain(filled, tmp_path, settings):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", "-o", str(archive))
    manifest = json.loads(tarfile.open(archive).extractfile("manifest.json").read())
    assert manifest["counts"]["ledger.measure"] == 3
    assert manifest["counts"]["audit.auditevent"] == AuditEvent.objects.count()
    assert len(manifest["files"]) == 2
    assert manifest["audit"]["head_hash"] == AuditEvent.objects.order_by("-id").first().hash

    url, drop = _fresh_database(tmp_path)
    restored_media = tmp_path / "restored-files"
    env = {**os.environ, "DATABASE_URL": url, "ZHENGGAI_MEDIA_ROOT": str(restored_media)}
    try:
        assert _manage("migrate", "--noinput", env=env).returncode == 0
        result = _manage("restore", str(archive), env=env)
        assert result.returncode == 0, result.stderr
        assert "OK" in result.stdout
        verify = _manage("audit", "verify", env=env)
        assert verify.returncode == 0 and f"{manifest['audit']['events']} 条" in verify.stdout
        counts = _manage("shell", "-c", "import json; from zhenggai.audit.backup import backed_up_models;"
                         "print(json.dumps({m._meta.label_lower: m._default_manager.count() "
                         "for m in backed_up_models() if m._default_manager.exists()}))", env=env)
        assert json.loads(counts.stdout.strip().splitlines()[-1]) == manifest["counts"]
        # A second restore into the now-full database is refused.
        again = _manage("restore", str(archive), env=env)
        assert again.returncode != 0 and "不是空库" in again.stderr
    finally:
        drop()
    for rel, meta in manifest["files"].items():
        assert _sha256_file(restored_media / rel) == meta["sha256"] == _sha256_file(Path(settings.MEDIA_ROOT) / rel)


def test_a_restore_into_a_database_with_data_is_refused(filled, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", "-o", str(archive))
    before = AuditEvent.objects.count()
    with pytest.raises(CommandError, match="不是空库"):
        call_command("restore", str(archive))
    assert AuditEvent.objects.count() == before


def _rewrite(archive: Path, target: Path, replace: dict[str, bytes], extra: list[tarfile.TarInfo] = ()) -> None:
    with tarfile.open(archive) as src, tarfile.open(target, "w:gz") as dst:
        for member in src.getmembers():
            data = replace.get(member.name, src.extractfile(member).read())
            member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
        for info in extra:
            dst.addfile(info, io.BytesIO(b"x" * info.size) if info.isfile() else None)


def _empty_everything(monkeypatch):
    monkeypatch.setattr("zhenggai.audit.backup.database_is_empty", lambda: [])


def test_a_tampered_data_file_is_refused(filled, tmp_path, monkeypatch):
    archive, bad = tmp_path / "b.tar.gz", tmp_path / "bad.tar.gz"
    call_command("backup", "-o", str(archive))
    data = tarfile.open(archive).extractfile("data.json").read().replace("已印发".encode(), "已完成".encode())
    _rewrite(archive, bad, {"data.json": data})
    _empty_everything(monkeypatch)
    with pytest.raises(CommandError, match="备份已损坏"):
        call_command("restore", str(bad))


def test_an_archive_with_a_path_escaping_the_target_is_refused(filled, tmp_path, monkeypatch):
    archive, bad = tmp_path / "b.tar.gz", tmp_path / "bad.tar.gz"
    call_command("backup", "-o", str(archive))
    evil = tarfile.TarInfo("files/../../../etc/cron.d/evil")
    evil.size = 1
    _rewrite(archive, bad, {}, [evil])
    _empty_everything(monkeypatch)
    with pytest.raises(CommandError, match="路径不安全"):
        call_command("restore", str(bad))


def test_an_archive_with_a_symlink_is_refused(filled, tmp_path, monkeypatch):
    archive, bad = tmp_path / "b.tar.gz", tmp_path / "bad.tar.gz"
    call_command("backup", "-o", str(archive))
    link = tarfile.TarInfo("files/evidence/link")
    link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
    _rewrite(archive, bad, {}, [link])
    _empty_everything(monkeypatch)
    with pytest.raises(CommandError, match="非普通文件"):
        call_command("restore", str(bad))
