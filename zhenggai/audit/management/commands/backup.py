"""`zhenggai backup -o FILE.tar.gz`: database, evidence files and audit chain head in one archive."""
from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from zhenggai.audit.backup import backup_create


class Command(BaseCommand):
    help = "备份数据库、佐证材料文件和审计链头到一个 tar.gz 文件"

    def add_arguments(self, parser) -> None:
        parser.add_argument("-o", "--output", required=True, help="输出文件，如 zhenggai-20260701.tar.gz")

    def handle(self, *args, **options) -> None:
        manifest = backup_create(Path(options["output"]))
        rows = sum(manifest["counts"].values())
        self.stdout.write(f"已备份 {rows} 条记录、{len(manifest['files'])} 个文件；审计链头 "
                          f"#{manifest['audit']['head_event_id']} {manifest['audit']['head_hash']}")
