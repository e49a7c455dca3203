"""`zhenggai quality scan [--inspection N | --all [--workers W]]`: compute the quality signals now (the jobs do it
after writes)."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from zhenggai.ledger.models import Inspection
from zhenggai.quality.rescan import Totals, quality_rescan


class Command(BaseCommand):
    help = "整改质量检查：文字雷同、措施空泛、佐证材料、时间异常、问题反复 / Compute the quality signals"

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", choices=["scan"])
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--inspection", type=int, help="巡察编号 / inspection id")
        group.add_argument("--all", action="store_true", help="全部巡察 / every inspection")
        parser.add_argument("--workers", type=int, default=1,
                            help="并行进程数（PostgreSQL） / parallel processes, PostgreSQL (SQLite: keep 1)")

    def handle(self, *args, action: str, inspection: int | None, all: bool, workers: int, **options) -> None:
        if workers < 1:
            raise CommandError("--workers 至少为1")
        if not all and not Inspection.all_objects.filter(pk=inspection).exists():
            raise CommandError(f"没有编号为 {inspection} 的巡察")

        def progress(totals: Totals, seconds: float) -> None:
            self.stderr.write(f"  已检查{totals.inspections}个巡察、{totals.measures}项措施（{seconds:.0f}秒）")

        totals = quality_rescan(None if all else [inspection], workers=workers, progress=progress)
        self.stdout.write(f"检查了{totals.inspections}个巡察、{totals.measures}项措施，发现{totals.flags}条提示，"
                          f"用时{totals.seconds:.1f}秒（{totals.rate:,.0f}项/秒）。")
