"""Benchmark of the quality scan (整改质量): one inspection of N measures with varied texts, 1% of the
completion notes pasted from another unit's, scanned in full. Prints seconds, queries, flags, measures/s.

    .venv/bin/python -m zhenggai.bench_quality                    # 10k and 100k on a throw-away SQLite file
    DATABASE_URL=postgres://… .venv/bin/python -m zhenggai.bench_quality --use-configured-db   # a scratch DB

The full re-scan of a ledger already in the configured database (`zhenggai loadgen --measures 1000000` first;
it rewrites that database's quality flags), every inspection or every k-th one:

    DATABASE_URL=postgres://… .venv/bin/python -m zhenggai.bench_quality --rescan --workers 2 [--every 25]
"""
from __future__ import annotations

import argparse
import os
import datetime as dt
import random
import tempfile
import time
from pathlib import Path

from zhenggai.bench import MEASURES_PER_PROBLEM, _setup

VERBS = ["修订", "印发", "制定", "组织", "开展", "召开", "建立", "完善", "清理", "复核", "排查", "公开"]
OBJECTS = ["执法规程", "采购制度", "报销细则", "档案台账", "培训计划", "信访台账", "资产清单", "议事规则", "检查方案",
           "考核办法", "审批指南", "监测方案", "应急预案", "问题清单", "整改方案", "学习计划"]
PLACES = ["城东", "城西", "江北", "高新", "开发区", "滨湖", "新城", "老城", "港区", "山南", "河西", "北岸"]
UNITS = ["执法支队", "审批处", "财务科", "办公室", "监测站", "人事科", "法规科", "宣教中心", "信访办", "机关党委", "大气处", "水处"]


def _text(rng: random.Random, k: int) -> str:
    """A measure or note of 3–5 short clauses; no clause repeats verbatim across measures (numbers differ)."""
    parts = []
    for _ in range(rng.randint(3, 5)):
        parts.append(f"{rng.choice(PLACES)}{rng.randint(1, 99)}个{rng.choice(UNITS)}于{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
                     f"{rng.choice(VERBS)}{rng.randint(2, 999)}份{rng.choice(OBJECTS)}{rng.randint(2, 400)}项")
    return "，".join(parts) + f"（第{k}号）。"


def _fill(n: int, seed: int = 2026):
    from django.db import transaction

    from zhenggai.accounts.models import Unit
    from zhenggai.ledger.models import Inspection, Measure, Problem

    rng = random.Random(seed)
    with transaction.atomic():
        root = Unit.objects.create(name=f"质量压测局{n}")
        units = [Unit.objects.create(name=f"质量处室{i}", parent=root) for i in range(12)]
        inspection = Inspection.objects.create(name=f"质量压测巡察{n}", inspector="市委第一巡察组", inspected_unit=root,
                                               feedback_date=dt.date(2026, 6, 1))
        Problem.objects.bulk_create([Problem(inspection=inspection, seq=i + 1, statement=_text(rng, i), lead_unit=units[i % 12])
                                     for i in range(n // MEASURES_PER_PROBLEM)], batch_size=2000)
        problem_ids = list(Problem.objects.filter(inspection=inspection).order_by("seq").values_list("pk", flat=True))
        notes = []
        batch = []
        for k in range(n):
            note = _text(rng, k)
            if k % 100 == 99:
                note = notes[rng.randrange(len(notes))]  # pasted from another measure's note
            notes.append(note)
            batch.append(Measure(problem_id=problem_ids[k // MEASURES_PER_PROBLEM], seq=k % MEASURES_PER_PROBLEM + 1,
                                 text=_text(rng, k), completion_note=note, lead_unit=units[k % 12],
                                 state="requested" if k % 5 == 0 else "in_progress", created_on=dt.date(2026, 6, 1)))
            if len(batch) >= 5000:
                Measure.objects.bulk_create(batch, batch_size=2000)
                batch = []
        Measure.objects.bulk_create(batch, batch_size=2000)
    return inspection


def bench(size: int) -> str:
    """Fill one inspection of `size` measures and scan it in full: one line of figures."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from zhenggai.quality.scan import quality_scan_inspection

    inspection = _fill(size)
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        state = quality_scan_inspection(inspection.pk)
        elapsed = time.perf_counter() - started
    rate = size / elapsed
    return (f"quality scan: {size} measures in {elapsed:.1f} s, {len(queries)} queries, {state.flags} flags, "
            f"{rate:,.0f} measures/s (1M at this rate: {1_000_000 / rate / 60:.1f} min)")


def rescan(workers: int, every: int, clear: bool = False) -> str:
    """The full re-scan (quality.rescan) of the configured database's inspections: one line of figures.

    `clear`: delete the inspections' flags, links and scan states first, so every flag is written anew (the
    first scan of a ledger, or a re-scan after a threshold changed: the most writing a re-scan can do)."""
    import resource

    from zhenggai.ledger.models import Inspection
    from zhenggai.quality.models import ProblemLink, QualityFlag, ScanState
    from zhenggai.quality.rescan import quality_rescan

    ids = list(Inspection.objects.order_by("pk").values_list("pk", flat=True))[::every]
    if clear:
        QualityFlag.objects.filter(inspection_id__in=ids).delete()
        ProblemLink.objects.filter(problem__inspection_id__in=ids).delete()
        ScanState.objects.filter(inspection_id__in=ids).delete()

    def cpu_seconds() -> float:
        return sum(getattr(resource.getrusage(who), f) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
                   for f in ("ru_utime", "ru_stime"))

    cpu_before = cpu_seconds()
    totals = quality_rescan(ids, workers=workers)
    cpu = cpu_seconds() - cpu_before
    load = os.getloadavg()
    return (f"quality re-scan{' (flags cleared first: all written anew)' if clear else ''}: {totals.inspections} inspections, {totals.measures} measures in {totals.seconds:.1f} s "
            f"with {workers} worker(s), {totals.flags} flags, {totals.rate:,.0f} measures/s (1M at this rate: "
            f"{1_000_000 / totals.rate / 60:.1f} min); Python CPU {cpu:.1f} s ({cpu / totals.measures * 1e6 / 60:.0f} "
            f"CPU-min per 1M measures, the database's own CPU not counted); load average at the end "
            f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--use-configured-db", action="store_true", help="use DATABASE_URL / settings (a scratch DB!)")
    parser.add_argument("--rescan", action="store_true", help="full re-scan of the configured database's ledger")
    parser.add_argument("--workers", type=int, default=1, help="with --rescan: worker processes")
    parser.add_argument("--every", type=int, default=1, help="with --rescan: every k-th inspection only (a sample)")
    parser.add_argument("--clear", action="store_true",
                        help="with --rescan: delete the flags first, so all are written anew (a scratch DB!)")
    args = parser.parse_args(argv)
    if args.rescan:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
        import django

        django.setup()
        print(rescan(args.workers, args.every, args.clear), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="zg-bench-quality-") as tmp_dir:
        _setup(args.use_configured_db, Path(tmp_dir))
        from django.db import connection

        print(f"quality scan — database: {connection.vendor}")
        for size in args.sizes:
            print(bench(size), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
