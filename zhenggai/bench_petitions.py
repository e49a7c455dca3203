"""Benchmark of petition cases (信访件): importing a 10,000-row 交办清单, and the case list at 50,000 cases.

    .venv/bin/python -m zhenggai.bench_petitions                         # a throw-away SQLite file
    DATABASE_URL=postgres://… .venv/bin/python -m zhenggai.bench_petitions --use-configured-db   # a scratch DB

The import goes the whole way a user's upload goes: the file stored, read in the sandbox child, checked, written
in one transaction. The list is the page as the office sees it (the test client, a signed-in office user), each
filter asked `--repeat` times; it prints p50 and p95 per filter.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from zhenggai.bench import _setup

AREAS = ["芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "长沙县", "浏阳市", "宁乡市"]
KINDS = ["大气", "水", "噪声", "土壤", "固废", "生态", "其他", "群众身边的生态环境问题"]
WHAT = ["化工厂夜间偷排废气", "砂石场无证开采", "餐馆油烟直排", "工地夜间施工噪声扰民", "养殖场粪污直排入河",
        "垃圾中转站臭气熏天", "搅拌站粉尘污染", "河道非法采砂", "小作坊喷漆异味", "污水处理厂出水发黑"]


def complaint(rng: random.Random, k: int) -> str:
    return (f"{rng.choice(AREAS)}{rng.choice(['某工业园', '某村', '某小区旁', '某街道'])}{rng.choice(WHAT)}，"
            f"群众多次反映未见整改，影响周边居民生活（第{k}号）。")


def _workbook(n: int, rng: random.Random) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append(["压测市第三轮中央生态环境保护督察边督边改公开一览表（第一批）"])
    ws.append(["序号", "受理编号", "交办问题基本情况", "行政区域", "污染类型", "调查核实情况", "是否属实", "办结目标",
               "处理和整改情况", "是否办结", "责任人被处理情况", "责任单位"])
    for k in range(1, n + 1):
        done = k % 3 == 0
        ws.append([k, f"D3HN20260601{k:04d}" if k < 10000 else f"X3HN2026060{k:05d}", complaint(rng, k),
                   rng.choice(AREAS), rng.choice(KINDS), "经现场核查，反映问题属实。" if done else "",
                   "属实" if done else "", "依法查处，消除污染", "处理情况：责令整改。整改情况：已完成整改。" if done else "",
                   "已办结" if done else "正在办理", "无", f"压测处室{k % 12}"])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _body(tag: str):
    import secrets

    from zhenggai.accounts.models import Role, Unit, User

    tag = f"{tag}-{secrets.token_hex(3)}"  # a scratch database may hold an earlier run
    from zhenggai.ledger.models import Inspection

    root = Unit.objects.create(name=f"压测市生态环境局{tag}")
    units = [Unit.objects.create(name=f"压测处室{i}", parent=root) for i in range(12)]
    inspection = Inspection.objects.create(kind="ducha", name=f"压测市第三轮中央生态环境保护督察整改{tag}",
                                           inspector="中央第三生态环境保护督察组", inspected_unit=root,
                                           feedback_date=dt.date(2026, 6, 1))
    office = User.objects.create_user(username=f"bench-office-{tag}", password="x", role=Role.OFFICE, unit=root)
    return inspection, units, office


def bench_import(n: int) -> str:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from zhenggai.petitions.imports import (
        petition_import_commit_job,
        petition_import_confirm_request,
        petition_import_create,
    )

    inspection, _units, office = _body(f"import{n}")
    data = _workbook(n, random.Random(2026))
    upload = SimpleUploadedFile("交办清单.xlsx", data)
    import resource

    started, cpu0 = time.perf_counter(), time.process_time()
    child0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    job = petition_import_create(user=office, inspection=inspection, uploaded=upload, handed_over_on=dt.date(2026, 6, 1),
                                 time_limit_days=15)
    assert job.status == "preview", job.errors
    previewed = time.perf_counter() - started
    # 确认导入 as the page does it: the request marks the job and queues the write (captured here), then the
    # worker's task writes (the plan again from the kept reading, then one transaction).
    import django_q.tasks

    queued: list[tuple] = []
    real, django_q.tasks.async_task = django_q.tasks.async_task, lambda func, *args, **kw: queued.append(args)
    try:
        confirm_started = time.perf_counter()
        petition_import_confirm_request(job=job, user=office)
        confirm_request = time.perf_counter() - confirm_started
    finally:
        django_q.tasks.async_task = real
    petition_import_commit_job(*queued[0])
    job.refresh_from_db()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu0
    child1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    child_cpu = (child1.ru_utime + child1.ru_stime) - (child0.ru_utime + child0.ru_stime)
    assert job.status == "done", job.errors
    # On a shared machine the wall clock includes waiting for a core: CPU seconds say what the work costs.
    return (f"petition import: {n} rows ({len(data) / 2**20:.1f} MiB .xlsx) in {elapsed:.1f} s wall "
            f"(upload to preview {previewed:.1f} s, 确认导入 {elapsed - previewed:.1f} s: the request "
            f"{confirm_request:.2f} s, the worker's write the rest), "
            f"{cpu + child_cpu:.1f} s CPU (sandbox child {child_cpu:.1f} s: read; this process {cpu:.1f} s: check + "
            f"one transaction); created {job.summary['created']}, warnings {len(job.summary['warnings'])}")


def fill_cases(inspection, units, n: int, rng: random.Random) -> list:
    """N petition cases in 40 batches of `inspection` (the units in turn as lead units; random areas, pollution types,
    states and verdicts), in one transaction; returns the batches. Also used by scripts/perf_extras.py."""
    from django.db import transaction

    from zhenggai.petitions.models import PetitionBatch, PetitionCase

    states = ["new", "assigned", "handling", "phased", "reported", "returned", "concluded", "signed_off"]
    types = ["air", "water", "noise", "soil", "solid_waste", "ecology", "nearby", "other"]
    with transaction.atomic():
        batches = [PetitionBatch.objects.create(inspection=inspection, number=f"第{b + 1}批",
                                                handed_over_on=dt.date(2026, 6, 1) + dt.timedelta(days=3 * b),
                                                time_limit_days=15) for b in range(40)]
        rows = []
        for k in range(n):
            batch = batches[k * len(batches) // n]
            rows.append(PetitionCase(
                inspection=inspection, batch=batch, seq=k % max(1, n // len(batches)) + 1, number=f"D3HN{k:012d}",
                source="D", complaint=complaint(rng, k), area=rng.choice(AREAS), pollution_type=rng.choice(types),
                state=rng.choice(states), lead_unit=units[k % len(units)], handed_over_on=batch.handed_over_on,
                deadline_kind="date", deadline_date=batch.handed_over_on + dt.timedelta(days=15),
                verdict=rng.choice(["", "true", "mostly", "partly", "false"])))
        PetitionCase.objects.bulk_create(rows, batch_size=2000)
    return batches


def _fill(n: int, rng: random.Random):
    inspection, units, office = _body(f"list{n}")
    return inspection, units, office, fill_cases(inspection, units, n, rng)


def bench_list(n: int, repeat: int) -> list[str]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    rng = random.Random(7)
    t0 = time.perf_counter()
    inspection, units, office, batches = _fill(n, rng)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE petitions_petitioncase")  # as autovacuum would have by now
    lines = [f"petition case list: {n} cases filled in {time.perf_counter() - t0:.1f} s; {repeat} requests per row"]
    client = Client()
    client.force_login(office)
    url = reverse("petitions:case_list", args=[inspection.pk])
    filters = {
        "(none)": {}, "batch": {"batch": batches[17].pk}, "unit": {"unit": units[5].pk}, "area": {"area": "岳麓区"},
        "type": {"type": "noise"}, "state": {"state": "handling"}, "light=red": {"light": "red"},
        "unit+state+type": {"unit": units[3].pk, "state": "open", "type": "water"},
        "page 400": {"page": 400}, "number": {"number": f"D3HN{n // 2:012d}"},
    }
    filters.update({"overdue": {"state": "overdue"}, "open": {"state": "open"}, "verdict=none": {"verdict": "none"}})
    lines.append(f"{'filter':<18} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} {'db ms':>7} {'queries':>8} {'rows':>7}")
    # The floor on this machine at this moment: the ledger's own problem list of the same (problem-less)
    # inspection, asked the same way. On a shared, loaded machine the case list is best read against it.
    floor = []
    for _ in range(repeat):
        started = time.perf_counter()
        assert client.get(reverse("problem_list", args=[inspection.pk])).status_code == 200
        floor.append((time.perf_counter() - started) * 1000)
    floor.sort()
    lines.append(f"{'(problem list)':<18} {statistics.median(floor):>8.1f} "
                 f"{floor[min(len(floor) - 1, int(round(0.95 * len(floor))) - 1)]:>8.1f} {'':>8} {'':>7} {'':>8} {0:>7}")
    for label, params in filters.items():
        times, cpu = [], []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                started, cpu0 = time.perf_counter(), time.process_time()
                response = client.get(url, params)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - cpu0) * 1000)
            assert response.status_code == 200, response.status_code
        found = re.search(r"共 (\d+) 件(以上)?", response.content.decode())
        count = found[1] + ("+" if found[2] else "")
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
        db = _database_ms(queries.captured_queries) if connection.vendor == "postgresql" else float("nan")
        lines.append(f"{label:<18} {statistics.median(times):>8.1f} {p95:>8.1f} {statistics.median(cpu):>8.1f} "
                     f"{db:>7.1f} {len(queries):>8} {count:>7}")
    lines.append("(p50/p95: wall per request, this process and the database sharing the machine; cpu p50: this "
                 "process's CPU per request; db ms: the page's queries' planning + execution time on the server, "
                 "by EXPLAIN ANALYZE — the two figures the machine's load does not inflate)")
    return lines


def _database_ms(captured: list[dict]) -> float:
    """The server's own time for a page's queries (planning + execution, EXPLAIN ANALYZE of each SELECT)."""
    import json

    from django.db import connection

    total = 0.0
    with connection.cursor() as cursor:
        for item in captured:
            if not item["sql"].lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + item["sql"])
            plan = cursor.fetchone()[0]
            plan = json.loads(plan) if isinstance(plan, str) else plan
            total += plan[0]["Planning Time"] + plan[0]["Execution Time"]
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--only", choices=["import", "list"])
    parser.add_argument("--use-configured-db", action="store_true", help="use DATABASE_URL / settings (a scratch DB!)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="zg-bench-petitions-") as tmp_dir:
        _setup(args.use_configured_db, Path(tmp_dir))
        from django.conf import settings
        from django.db import connection

        settings.MEDIA_ROOT = Path(tmp_dir) / "media"
        settings.ALLOWED_HOSTS = ["*"]
        # A large file goes to the worker: run the job in this process, as the worker would, to time it.
        settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": True}
        print(f"petitions — database: {connection.vendor}", flush=True)
        if args.only in (None, "import"):
            print(bench_import(args.import_rows), flush=True)
        if args.only in (None, "list"):
            for line in bench_list(args.cases, args.repeat):
                print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
