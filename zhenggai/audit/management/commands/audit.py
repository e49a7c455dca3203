"""`zhenggai audit verify` checks the hash chain; `digest` writes today's head for safekeeping;
`export` writes events as JSON Lines for keeping outside the database; `verify --file` checks such a file."""
from __future__ import annotations

import argparse
import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from zhenggai.audit.backup import chain_head
import datetime as dt

from zhenggai.audit.services import audit_export_lines, audit_verify_chain, audit_verify_lines


class Command(BaseCommand):
    help = "审计日志：verify 校验哈希链；digest 输出当日链头摘要；export 导出事件（请保存在数据库之外）"

    def add_arguments(self, parser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        verify = sub.add_parser("verify", help="校验整条哈希链，报告第一个被篡改的事件")
        verify.add_argument("--file", help="改为校验 export 导出的文件")
        export = sub.add_parser("export", help="把审计事件（含哈希链）导出为 JSON Lines 文件")
        export.add_argument("-o", "--output", required=True, help="输出文件")
        export.add_argument("--since", type=_date, help="起始日期 YYYY-MM-DD（含）")
        export.add_argument("--until", type=_date, help="截止日期 YYYY-MM-DD（含）")
        digest = sub.add_parser("digest", help="输出日期、链头事件编号和哈希")
        digest.add_argument("-o", "--output", help="写入文件（默认输出到屏幕）")

    def handle(self, *args, **options) -> None:
        if options["subcommand"] == "verify":
            self._verify(options.get("file"))
        elif options["subcommand"] == "export":
            self._export(options["output"], options.get("since"), options.get("until"))
        else:
            self._digest(options.get("output"))

    def _verify(self, path: str | None) -> None:
        if path:
            try:
                with open(path, encoding="utf-8") as fh:
                    report = audit_verify_lines(fh)
            except (OSError, UnicodeDecodeError) as exc:
                raise CommandError(f"无法读取 {path}：{exc}") from exc
        else:
            report = audit_verify_chain()
        if report.ok:
            self.stdout.write(f"OK: {report.checked} 条审计事件，哈希链完整")
            return
        self.stderr.write(f"BROKEN: 事件 #{report.broken_event_id}：{report.reason}（此前 {report.checked} 条完好）")
        sys.exit(1)

    def _export(self, output: str, since: dt.date | None, until: dt.date | None) -> None:
        count = 0
        try:
            with open(output, "w", encoding="utf-8") as fh:
                for line in audit_export_lines(since=since, until=until):
                    fh.write(line)
                    count += 1
        except OSError as exc:
            raise CommandError(f"无法写入 {output}：{exc.strerror or exc}") from exc
        self.stdout.write(f"已导出 {count} 条审计事件到 {output}")

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


def _date(raw: str) -> dt.date:
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期格式应为 YYYY-MM-DD：{raw}") from None
