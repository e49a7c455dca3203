"""`zhenggai loadgen --measures N [--bodies B]`: a province-sized ledger for load tests (see zhenggai.ledger.loadgen)."""
from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "生成压测数据（单位、巡察、问题、措施、进展、销号、延期、回头看、审计日志） / Generate a load-test ledger"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--measures", type=int, required=True, help="整改措施条数 / number of measures")
        parser.add_argument("--bodies", type=int, default=1, help="单位（机关）个数 / number of bodies (root units)")
        parser.add_argument("--inspections", type=int, default=None,
                            help="巡察轮次数，默认每500条措施一轮（至多500轮） / inspections (default N/500, at most 500)")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, measures: int, bodies: int, inspections: int | None, seed: int, **options) -> None:
        from zhenggai.ledger.loadgen import LOADGEN_PASSWORD, generate

        if measures < 1 or bodies < 1 or (inspections is not None and inspections < 1):
            raise CommandError("措施条数、单位个数和巡察轮次数都须为正整数")
        counts = generate(measures=measures, bodies=bodies, seed=seed, inspections=inspections,
                          progress=lambda line: self.stdout.write(line))
        for name, n in counts.items():
            self.stdout.write(f"{name:>12}: {n}")
        self.stdout.write(f"账号 loadgen_office / loadgen_leader / loadgen_unit，密码 {LOADGEN_PASSWORD}")
