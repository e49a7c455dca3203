"""`zhenggai restore FILE.tar.gz`: into an empty database only; checks counts, file hashes and the audit chain."""
from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from zhenggai.audit.backup import BackupError, backup_restore


class Command(BaseCommand):
    help = "从备份文件恢复到空数据库（先运行 migrate），并校验记录数、文件哈希和审计哈希链"

    def add_arguments(self, parser) -> None:
        parser.add_argument("archive")

    def handle(self, *args, **options) -> None:
        try:
            manifest = backup_restore(Path(options["archive"]))
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"OK: 已恢复 {sum(manifest['counts'].values())} 条记录、{len(manifest['files'])} 个文件；"
                          f"审计哈希链完整（{manifest['audit']['events']} 条）")
