"""`zhenggai audit verify` checks the hash chain; `zhenggai audit digest` writes today's head for safekeeping."""
from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from zhenggai.audit.backup import chain_head
from zhenggai.audit.services import audit_verify_chain


class Command(BaseCommand):
    help = "审计日志：verify 校验哈希链；digest 输出当日链头摘要（请保存在数据库之外）"

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        sub.add_parser("verify", help="校验整条哈希链，报告第一个被篡改的事件")
        digest = sub.add_parser("digest", help="输出日期、链头事件编号和哈希")
        digest.add_argument("-o", "--output", help="写入文件（默认输出到屏幕）")

    def handle(self, *args, **options) -> None:
        if options["subcommand"] == "verify":
            self._verify()
        else:
            self._digest(options.get("output"))

    def _verify(self) -> None:
        report = audit_verify_chain()
        if report.ok:
            self.stdout.write(f"OK: {report.checked} 条审计事件，哈希链完整")
            return
        self.stderr.write(f"BROKEN: 事件 #{report.broken_event_id}：{report.reason}（此前 {report.checked} 条完好）")
        sys.exit(1)

    def _digest(self, output: str | None) -> None:
        report = audit_verify_chain()
        if not report.ok:
            raise CommandError(f"哈希链在事件 #{report.broken_event_id} 处断裂，拒绝生成摘要：{report.reason}")
        line = json.dumps({"date": timezone.localdate().isoformat(), **chain_head()}, ensure_ascii=False)
        if output:
            with open(output, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
            self.stdout.write(f"已写入 {output}")
        else:
            self.stdout.write(line)
