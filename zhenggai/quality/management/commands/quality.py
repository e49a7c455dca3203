"""`zhenggai quality scan [--inspection N | --all]`: compute the quality signals now (the jobs do it after writes)."""
from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from zhenggai.ledger.models import Inspection
from zhenggai.quality.scan import quality_scan_inspection


class Command(BaseCommand):
    help = "整改质量检查：文字雷同、措施空泛、佐证材料、时间异常、问题反复 / Compute the quality signals"

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", choices=["scan"])
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--inspection", type=int, help="巡察编号 / inspection id")
        group.add_argument("--all", action="store_true", help="全部巡察 / every inspection")

    def handle(self, *args, action: str, inspection: int | None, all: bool, **options) -> None:
        ids = list(Inspection.objects.order_by("pk").values_list("pk", flat=True)) if all else [inspection]
        if not all and not Inspection.objects.filter(pk=inspection).exists():
            raise CommandError(f"没有编号为 {inspection} 的巡察")
        started = time.monotonic()
        measures = flags = 0
        for pk in ids:
            state = quality_scan_inspection(pk)
            measures += state.measures
            flags += state.flags
        seconds = time.monotonic() - started
        self.stdout.write(f"检查了{len(ids)}个巡察、{measures}项措施，发现{flags}条提示，用时{seconds:.1f}秒"
                          f"（{measures / seconds if seconds else 0:,.0f}项/秒）。")
