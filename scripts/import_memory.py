"""Peak memory and time of each step of a large ledger import, the way the site runs it:
`.venv/bin/python scripts/import_memory.py --rows 200000 --format csv` (or xlsx).

upload (import_job_create) → parse (import_parse_job: the worker's step, with the sandbox child) →
facts edit → preview page 1 and a middle page (the Django test client, as a browser would ask) →
confirm (the confirm view: checks, queues the write) → commit (import_commit_job: the worker's step). Each step's peak RSS is this process's own (VmHWM, reset between steps
through /proc/self/clear_refs); the parse child's peak is the sandbox's own figure. Each step's CPU seconds are
this process's (on SQLite the database's work too). During the commit another writer (``WriterProbe``) tries a
write every 0.2 s: the longest it waited is printed. ``--profile STEP`` prints a cProfile of one step. It runs in a fresh
SQLite database under a temporary ZHENGGAI_VAR_DIR unless DATABASE_URL is set (then that database
must be migrated and is left with the imported rows).
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _hwm_mb() -> float:
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _reset_hwm() -> None:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")  # resets VmHWM to the current RSS (Linux ≥ 4.0)
    except OSError:
        pass


class _ChildPeak(logging.Handler):
    """Picks the parse child's peak from the importer's log line."""

    peak: float | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if "child peak" in record.msg and record.args:
            self.peak = float(record.args[-1])


class WriterProbe:
    """Another writer, in a thread of its own with its own connection, trying a write every 0.2 s while a step
    runs: records the longest it had to wait. On SQLite a write transaction (BEGIN IMMEDIATE: the database's
    one write lock); on PostgreSQL the audit chain's lock, which every audited action takes."""

    def __init__(self, settings) -> None:
        import threading

        self.db = settings.DATABASES["default"]
        self.longest = 0.0
        self.tries = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self) -> None:
        if self.db["ENGINE"].endswith("sqlite3"):
            import sqlite3

            conn = sqlite3.connect(self.db["NAME"], timeout=600, isolation_level=None)

            def write() -> None:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("ROLLBACK")
        else:
            import psycopg

            from zhenggai.audit.services import _PG_LOCK_KEY

            conn = psycopg.connect(host=self.db["HOST"], port=self.db["PORT"] or 5432, user=self.db["USER"],
                                   dbname=self.db["NAME"], password=self.db.get("PASSWORD") or None)

            def write() -> None:
                with conn.transaction():
                    conn.execute("SELECT pg_advisory_xact_lock(%s)", [_PG_LOCK_KEY])
        while not self.stop.wait(0.2):
            start = time.perf_counter()
            write()
            self.longest = max(self.longest, time.perf_counter() - start)
            self.tries += 1
        conn.close()

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    parser.add_argument("--profile", metavar="STEP", help="print a cProfile of this step (e.g. 'commit (worker)')")
    args = parser.parse_args(argv)

    tmp = tempfile.TemporaryDirectory(prefix="zg-importmem-")
    if not os.environ.get("DATABASE_URL"):
        os.environ["ZHENGGAI_VAR_DIR"] = tmp.name
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    os.environ["ZHENGGAI_PARSE_TIMEOUT_SECONDS"] = os.environ.get("ZHENGGAI_PARSE_TIMEOUT_SECONDS", "600")
    os.environ.setdefault("ZHENGGAI_MAX_UPLOAD_MB", "50")  # the generated 200,000-row CSV is 21 MB
    os.environ["ZHENGGAI_Q_SYNC"] = "0"  # the jobs are run below, step by step, as the worker runs them
    import django

    django.setup()
    from django.conf import settings
    from django.core.files import File
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    from tests.security import bombs
    from zhenggai.accounts.models import Role, Unit, User
    from zhenggai.importer import services
    from zhenggai.importer.models import ImportJob, ImportMode, ImportStatus

    settings.ALLOWED_HOSTS = ["*"]
    if not os.environ.get("DATABASE_URL"):
        call_command("migrate", verbosity=0)
    handler = _ChildPeak()
    logging.getLogger("zhenggai.importer.services").addHandler(handler)
    logging.getLogger("zhenggai.importer.services").setLevel(logging.INFO)

    source = (bombs.csv_rows if args.format == "csv" else bombs.xlsx_rows)(Path(tmp.name), args.rows)
    stamp = str(time.time_ns())
    bureau = Unit.objects.create(name=f"测试局{stamp}")
    office = User.objects.create_user(username=f"mem{stamp}", password="Zg-mem-2026!x", role=Role.OFFICE, unit=bureau)
    client = Client()
    client.force_login(office)
    rows: list[tuple[str, float, float]] = []

    def step(name: str, fn):
        _reset_hwm()
        start, cpu = time.perf_counter(), time.process_time()
        if name == args.profile:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            value = profile.runcall(fn)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(40)
        else:
            value = fn()
        rows.append((name, time.perf_counter() - start, time.process_time() - cpu, _hwm_mb()))
        return value

    def upload():
        with open(source, "rb") as fh:
            return services.import_job_create(user=office, uploaded=File(fh, name=source.name), mode=ImportMode.NEW,
                                              inspection=None)

    job = step("upload", upload)
    step("parse (worker)", lambda: services.import_parse_job(job.pk))
    job.refresh_from_db()
    if job.status != ImportStatus.PARSED:
        print(f"parse ended {job.status}: {job.error_message}")
        return 1
    import datetime as dt

    step("facts edit", lambda: services.import_draft_edit(job=job, user=office, op="facts", values={
        "name": "内存测量", "kind": "xuncha", "inspector": "市委第一巡察组", "inspected_unit": bureau.pk,
        "period_start": None, "period_end": None, "feedback_date": dt.date(2026, 1, 10)}))
    url = reverse("importer:job", args=[job.pk])
    for name, query in (("preview page 1", ""), ("preview middle page", f"?page={max(1, args.rows // 200)}")):
        response = step(name, lambda q=query: client.get(url + q))
        assert response.status_code == 200, response.status_code
    unit_decisions = step("units: rest none", lambda: client.post(reverse("importer:edit", args=[job.pk]),
                                                                   {"op": "units_rest_none"}))
    assert unit_decisions.status_code in (200, 302), unit_decisions.status_code
    # The confirm checks the draft and queues the write (nobody works the queue here); the worker's task
    # is then run as the worker would run it. The quality scan it queues is another job, not measured.
    response = step("confirm (request)", lambda: client.post(reverse("importer:confirm", args=[job.pk])))
    assert ImportJob.objects.get(pk=job.pk).status == ImportStatus.COMMITTING, response.status_code
    with WriterProbe(settings) as probe:
        step("commit (worker)", lambda: services.import_commit_job(job.pk, office.pk))
    job = ImportJob.objects.get(pk=job.pk)
    assert job.status == ImportStatus.COMMITTED, (job.status, job.error_message)

    print(f"{args.rows} rows .{args.format} ({source.stat().st_size / 2**20:.1f} MB), "
          f"database {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
    print(f"{'step':<22} {'seconds':>8} {'CPU s':>6} {'peak MB':>8}   (CPU: this process's, SQLite's work included)")
    for name, seconds, cpu, peak in rows:
        print(f"{name:<22} {seconds:>8.1f} {cpu:>6.1f} {peak:>8.0f}")
    print(f"{'parse child':<22} {'':>8} {'':>6} {handler.peak or float('nan'):>8.0f}")
    print(f"another writer during the commit: {probe.tries} writes, the longest waited {probe.longest:.1f} s")
    print(f"worst peak: {max([p for *_, p in rows] + [handler.peak or 0]):.0f} MB")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
