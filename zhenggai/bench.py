"""Benchmark of the Excel exports: time, peak Python memory and query count for 10k and 100k measures.

    .venv/bin/python -m zhenggai.bench                 # a throw-away SQLite database in a temp dir
    .venv/bin/python -m zhenggai.bench --sizes 10000   # other sizes
    DATABASE_URL=postgres://… .venv/bin/python -m zhenggai.bench --use-configured-db   # must be a scratch DB
    DATABASE_URL=postgres://… .venv/bin/python -m zhenggai.bench --pages [--requests 50]  # pages: zhenggai.bench_pages
    ZHENGGAI_BENCH_LOADGEN_URL=postgres://…/zg_perf_1m .venv/bin/python -m zhenggai.bench   # + req/s: bench_wrk

Each size is exported twice: once timed (wall and CPU seconds, the process's peak RSS during the export), once
under tracemalloc (which slows Python down) for the peak of Python's own allocations.

The quality section ends with a full re-scan (every inspection) of the bench database; with
ZHENGGAI_BENCH_RESCAN_URL naming a PostgreSQL database holding a loadgen ledger (`zhenggai loadgen --measures
1000000`: the issue's bar is 1M measures in 10 min), the full re-scan of that ledger with 2 workers too.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

MEASURES_PER_PROBLEM = 5


def _setup(use_configured_db: bool, tmp: Path) -> None:
    if not use_configured_db:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp / 'bench.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def _fill(n_measures: int):
    """One inspection with n measures, 5 per problem, 12 units, co-units on every 7th measure."""
    from django.db import transaction

    from zhenggai.accounts.models import Unit
    from zhenggai.ledger.models import Category, Inspection, Measure, Problem

    with transaction.atomic():
        root = Unit.objects.create(name=f"压测局{n_measures}")
        units = [Unit.objects.create(name=f"处室{i}", parent=root) for i in range(12)]
        inspection = Inspection.objects.create(
            name=f"压测巡察{n_measures}", inspector="市委第一巡察组", inspected_unit=root,
            feedback_date=dt.date(2026, 6, 1), period_start=dt.date(2026, 3, 1), period_end=dt.date(2026, 4, 30),
        )
        categories = [Category.objects.create(inspection=inspection, seq=i + 1, name=f"第{i + 1}方面问题") for i in range(8)]
        n_problems = n_measures // MEASURES_PER_PROBLEM
        Problem.objects.bulk_create([
            Problem(inspection=inspection, category=categories[i % 8], seq=i + 1,
                    statement=f"问题{i + 1}：制度执行不够严格，监督检查不到位，存在“重部署、轻落实”现象。",
                    target="建立健全制度并严格执行", lead_leader="李副局长", lead_unit=units[i % 12],
                    deadline_kind="date", deadline_date=dt.date(2026, 12, 31))
            for i in range(n_problems)
        ], batch_size=2000)
        problem_ids = list(Problem.objects.filter(inspection=inspection).order_by("seq").values_list("pk", flat=True))
        states = ["in_progress", "in_progress", "requested", "signed_off", "returned"]
        batch: list[Measure] = []
        for p_index, problem_id in enumerate(problem_ids):
            for m in range(MEASURES_PER_PROBLEM):
                k = p_index * MEASURES_PER_PROBLEM + m
                text = ("=HYPERLINK(\"http://example.org\")" if k % 997 == 0 else
                        f"{'一二三四五'[m]}是对照问题{p_index + 1}逐项整改，修订完善相关制度，加强日常监督检查，确保整改到位。")
                signed = states[k % 5] == "signed_off"
                batch.append(Measure(
                    problem_id=problem_id, seq=m + 1, text=text, lead_unit=units[(p_index + m) % 12],
                    responsible_person=f"责任人{k % 50}", state=states[k % 5], progress=100 if signed else (k * 7) % 100,
                    deadline_kind="long_term" if m == 4 else "date",
                    deadline_date=None if m == 4 else dt.date(2026, 1 + k % 12, 28),
                    completion_note="已印发制度文件并组织学习" if signed else "",
                    completion_date=dt.date(2026, 10, 1) if signed else None, created_on=dt.date(2026, 6, 1),
                ))
            if len(batch) >= 5000:
                Measure.objects.bulk_create(batch, batch_size=2000)
                batch = []
        Measure.objects.bulk_create(batch, batch_size=2000)
        through = Measure.co_units.through
        some = Measure.objects.filter(problem__inspection=inspection).values_list("pk", flat=True)[::7]
        through.objects.bulk_create([through(measure_id=pk, unit_id=units[pk % 12].pk) for pk in some], batch_size=5000)
    return inspection


def _reset_peak_rss() -> bool:
    """Start the process's peak resident set (VmHWM) afresh (Linux: 5 into /proc/self/clear_refs)."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _peak_rss_mib() -> float:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _export(inspection, kind: str, out: Path) -> tuple[float, float, float, int, int]:
    """Wall seconds, CPU seconds, peak RSS (MiB, the whole process: Django and the database driver included),
    queries and rows of one export."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from zhenggai.reports.services import export_write

    rss_reset = _reset_peak_rss()
    with CaptureQueriesContext(connection) as queries:
        start, cpu = time.perf_counter(), time.process_time()
        rows = export_write(user=None, inspection=inspection, kind=kind, out=str(out))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return elapsed, cpu, _peak_rss_mib() if rss_reset else float("nan"), len(queries), rows


def import_throughput(rounds: int = 5, passes: int = 5) -> str:
    """Parser throughput over real-size documents: the shared seed corpus when it is beside the project
    (../shared/corpus/seeds, or ZHENGGAI_SHARED) and the project's own held-out documents (UTF-8 text): best of
    `rounds` rounds of `passes` passes, as wall clock and as this process's CPU time (the steadier on a shared
    machine)."""
    from zhenggai.importer.parse import parse_text

    root = Path(__file__).resolve().parent.parent
    shared = Path(os.environ.get("ZHENGGAI_SHARED") or root.parent / "shared")
    paths = sorted((shared / "corpus" / "seeds").glob("*.txt")) + sorted((root / "tests/importer/heldout").glob("*.txt"))
    texts = []
    for path in paths:
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:  # the GBK copies test decoding, not the parser
            continue
    if not texts:
        return "importer throughput: no documents found (../shared/corpus/seeds, tests/importer/heldout)"
    size = sum(len(t.encode()) for t in texts)
    best_wall = best_cpu = float("inf")
    for _ in range(rounds):
        wall, cpu = time.perf_counter(), time.process_time()
        for _ in range(passes):
            for text in texts:
                parse_text(text)
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    mb = passes * size / 1e6
    return (f"importer throughput: {len(texts)} documents, {mb:.2f} MB a round: wall {mb / best_wall:.2f} MB/s, "
            f"CPU {mb / best_cpu:.2f} MB/s (best of {rounds})")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--pages" in argv:  # the page table (p50/p95, queries) over a loadgen ledger in the configured database
        from zhenggai.bench_pages import main as pages_main

        return pages_main([a for a in argv if a != "--pages"])
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--kinds", nargs="+", default=["ledger", "tasks", "responsibility", "problems"])
    parser.add_argument("--use-configured-db", action="store_true", help="use DATABASE_URL / settings (a scratch DB!)")
    parser.add_argument("--no-load", action="store_true", help="skip the load test (zhenggai.bench_load)")
    parser.add_argument("--sections", nargs="+", default=["import", "exports", "notify", "quality"],
                        choices=["import", "exports", "notify", "quality"])
    args = parser.parse_args(argv)
    if "import" in args.sections:
        print(import_throughput(), flush=True)
    with tempfile.TemporaryDirectory(prefix="zg-bench-") as tmp_dir:
        tmp = Path(tmp_dir)
        _setup(args.use_configured_db, tmp)
        from django.db import connection

        print(f"database: {connection.vendor}; {MEASURES_PER_PROBLEM} measures per problem")
        print(f"load average {os.getloadavg()[0]:.1f}")
        print(f"{'measures':>9} {'kind':<15} {'rows':>7} {'seconds':>8} {'CPU s':>6} {'queries':>8} {'RSS MiB':>8} "
              f"{'py MiB':>7} {'file MiB':>9}")
        for size in args.sizes:
            t0 = time.perf_counter()
            inspection = _fill(size)
            print(f"  (filled {size} measures in {time.perf_counter() - t0:.1f}s)", file=sys.stderr)
            for kind in (args.kinds if "exports" in args.sections else []):
                out = tmp / f"{kind}-{size}.xlsx"
                elapsed, cpu, rss, n_queries, rows = _export(inspection, kind, out)
                tracemalloc.start()
                _export(inspection, kind, out)
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                print(f"{size:>9} {kind:<15} {rows:>7} {elapsed:>8.1f} {cpu:>6.1f} {n_queries:>8} {rss:>8.0f} "
                      f"{peak / 2**20:>7.1f} {out.stat().st_size / 2**20:>9.1f}", flush=True)
            if "notify" in args.sections:  # the morning run of reminders (zhenggai.bench_notify)
                from zhenggai.bench_notify import bench as bench_notify

                print(bench_notify(inspection, size), flush=True)
            if "quality" in args.sections:  # a full quality scan of one inspection (zhenggai.bench_quality)
                from zhenggai.bench_quality import bench as bench_quality

                print(bench_quality(size), flush=True)
        if "quality" in args.sections:  # the full re-scan: every inspection of this database, then the loadgen one
            from zhenggai.bench_quality import rescan

            print(rescan(workers=1, every=1), flush=True)
            rescan_url = os.environ.get("ZHENGGAI_BENCH_RESCAN_URL")
            if rescan_url:
                import subprocess

                subprocess.run([sys.executable, "-m", "zhenggai.bench_quality", "--rescan", "--workers",
                                os.environ.get("ZHENGGAI_BENCH_RESCAN_WORKERS", "2")],
                               env={**os.environ, "DATABASE_URL": rescan_url}, check=True)
    loadgen_url = os.environ.get("ZHENGGAI_BENCH_LOADGEN_URL")
    if loadgen_url:
        # req/s under wrk on a loadgen ledger (its own process: this one is set up on the scratch database).
        print(f"throughput on the loadgen ledger {loadgen_url.rsplit('/', 1)[-1]}:", flush=True)
        import subprocess

        subprocess.run([sys.executable, "-m", "zhenggai.bench_wrk"], check=False,
                       env={**os.environ, "DATABASE_URL": loadgen_url}, cwd=Path(__file__).resolve().parent.parent)
    else:
        print("throughput: skipped — make bench BENCH_LOADGEN_URL=postgres://…/<a loadgen ledger> for req/s under wrk")
    if not args.no_load:
        # Loopback load against a real server: SQLite, and PostgreSQL when ZHENGGAI_BENCH_PG_URL names a scratch DB.
        from zhenggai import bench_load

        if bench_load.main([]) != 0:
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
