"""Backup and restore: the database (dumpdata), the evidence files and the audit chain head, in one tar.gz.

The archive holds `data.json` (every zhenggai app plus auth groups, primary keys kept so the audit
chain — which hashes actor ids — stays valid), `files/…` (everything under MEDIA_ROOT) and
`manifest.json` (row counts per model, SHA-256 of every file and of data.json, the chain head).
A restore goes only into an empty database and checks all of it before saying OK.
"""
from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
import tempfile
from collections import Counter
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from zhenggai.audit.models import GENESIS_HASH, AuditEvent
from zhenggai.audit.services import audit_verify_chain

FORMAT_VERSION = 1


class BackupError(Exception):
    """A backup that cannot be made or restored; the message is for the operator."""


def _sha256_file(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def backup_labels() -> list[str]:
    labels = [cfg.label for cfg in apps.get_app_configs() if cfg.name.startswith("zhenggai.")]
    # auth.Permission rows are recreated by migrate (with their own ids); groups refer to them by natural key.
    return [*labels, "auth.group"]


def backed_up_models() -> list:
    return [model for label in backup_labels() for model in
            ([apps.get_model(label)] if "." in label else apps.get_app_config(label).get_models())]


def chain_head() -> dict:
    head = AuditEvent.objects.order_by("-id").only("id", "hash").first()
    return {"head_event_id": head.id if head else None, "head_hash": head.hash if head else GENESIS_HASH,
            "events": AuditEvent.objects.count()}


def backup_create(output: Path) -> dict:
    """Write the archive; returns the manifest."""
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as tmp, transaction.atomic():
        # One transaction: on PostgreSQL (repeatable reads aside) this keeps the dump and the head together.
        data_path = Path(tmp) / "data.json"
        serializers.register_serializer("json-exact", "zhenggai.audit.exact_json")
        call_command("dumpdata", *backup_labels(), format="json-exact", natural_foreign=True, indent=None,
                     output=str(data_path), verbosity=0)
        objects = json.loads(data_path.read_text(encoding="utf-8"))
        files = {}
        if media_root.exists():
            for path in sorted(p for p in media_root.rglob("*") if p.is_file() and not p.is_symlink()):
                files[path.relative_to(media_root).as_posix()] = {"sha256": _sha256_file(path),
                                                                  "size": path.stat().st_size}
        manifest = {
            "format": FORMAT_VERSION,
            "created_at": timezone.now().isoformat(),
            "counts": dict(sorted(Counter(obj["model"] for obj in objects).items())),
            "data_sha256": _sha256_file(data_path),
            "files": files,
            "audit": chain_head(),
        }
        output.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(output, "w:gz") as archive:
            archive.add(data_path, arcname="data.json")
            for rel in files:
                archive.add(media_root / rel, arcname=f"files/{rel}")
            blob = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
            info = tarfile.TarInfo("manifest.json")
            info.size, info.mtime = len(blob), int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(blob))
    return manifest


def _safe_member_name(name: str) -> str:
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise BackupError(f"备份文件中的路径不安全：{name}")
    return path.as_posix()


def database_is_empty() -> list[str]:
    """The models that already hold rows (an empty list means the database is empty)."""
    return [model._meta.label for model in backed_up_models() if model._default_manager.exists()]


def backup_restore(archive_path: Path) -> dict:
    """Restore into an empty database and MEDIA_ROOT; verify counts, file hashes and the audit chain."""
    not_empty = database_is_empty()
    if not_empty:
        raise BackupError("目标数据库不是空库，拒绝恢复（已有数据：" + "、".join(not_empty[:5]) + "）")
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as tmp, tarfile.open(archive_path, "r:gz") as archive:
        tmp_path = Path(tmp)
        for member in archive.getmembers():
            name = _safe_member_name(member.name)
            if member.isdir():
                continue
            if not member.isfile():  # links, devices, fifos
                raise BackupError(f"备份文件中含有非普通文件：{name}")
            if name not in ("manifest.json", "data.json") and not name.startswith("files/"):
                raise BackupError(f"备份文件中含有未知内容：{name}")
            target = tmp_path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(member) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
        manifest = json.loads((tmp_path / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"不支持的备份格式：{manifest.get('format')}")
        if _sha256_file(tmp_path / "data.json") != manifest["data_sha256"]:
            raise BackupError("data.json 的哈希与清单不符，备份已损坏")
        for rel, meta in manifest["files"].items():
            source = tmp_path / "files" / _safe_member_name(rel)
            if not source.exists() or _sha256_file(source) != meta["sha256"]:
                raise BackupError(f"文件 {rel} 缺失或哈希不符，备份已损坏")
        with transaction.atomic():
            # The append-only triggers refuse UPDATE and DELETE, not INSERT: the log goes back row for row.
            call_command("loaddata", str(tmp_path / "data.json"), verbosity=0)
            counts = {label: apps.get_model(label)._default_manager.count() for label in manifest["counts"]}
            if counts != manifest["counts"]:
                raise BackupError(f"恢复后的记录数与清单不符：{counts} ≠ {manifest['counts']}")
            report = audit_verify_chain()
            if not report.ok:
                raise BackupError(f"恢复后的审计哈希链在事件 #{report.broken_event_id} 处断裂：{report.reason}")
            if chain_head() != manifest["audit"]:
                raise BackupError("恢复后的审计链头与备份时不一致")
        for rel in manifest["files"]:
            target = media_root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(tmp_path / "files" / rel, target)
    return manifest
