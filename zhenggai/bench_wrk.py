"""Throughput under load: req/s on the overview, the problem list and the public page, served by gunicorn.

    DATABASE_URL=postgres://…/zg_perf_1m .venv/bin/python -m zhenggai.bench_wrk [--seconds 20] [--connections 8]

The configured database must hold a `zhenggai loadgen` ledger. `zhenggai serve --no-worker` runs gunicorn with
2 workers (as the issue's bar has it) on a free port; each page is loaded by `wrk` (8 connections, keep-alive)
when it is installed, else by the threaded client below (the same: fixed connections, fixed duration,
keep-alive). The office's pages carry a session made for `loadgen_office` (`loadgen_unit` for the unit's
list); the public page none. Prints req/s, p50 and p95 latency and the load average before each run (2 shared
cores: read the load average beside every figure).
"""
from __future__ import annotations

import argparse
import http.client
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _targets() -> list[tuple[str, str, str | None]]:
    """(name, path, session cookie or None) for each page measured."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db.models import Count
    from django.test import Client
    from django.urls import reverse

    from zhenggai.accounts.models import User
    from zhenggai.ledger.models import Inspection

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]

    def session(username: str) -> str:
        client = Client()
        client.force_login(User.objects.get(username=username))
        return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"

    office = User.objects.get(username="loadgen_office")
    body = Inspection.objects.filter(inspected_unit__path__startswith=office.unit.path)
    biggest = body.annotate(n=Count("problems")).order_by("-n", "id").first()
    public = body.filter(is_public=True).annotate(n=Count("problems")).order_by("-n", "id").first()
    office_cookie, unit_cookie = session("loadgen_office"), session("loadgen_unit")
    targets = [("inspection overview (office)", reverse("inspection_detail", args=[biggest.pk]), office_cookie),
               ("problem list (office)", reverse("problem_list", args=[biggest.pk]), office_cookie),
               ("problem list (unit)", reverse("problem_list", args=[biggest.pk]), unit_cookie)]
    if public is not None:
        targets.append(("public inspection page", reverse("portal:inspection", args=[public.pk]), None))
    return targets


def run_wrk(url: str, cookie: str | None, *, connections: int, seconds: int) -> tuple[float, float, float, int]:
    """req/s, p50 ms, p95 ms (wrk --latency gives 50/75/90/99: p95 is read between 90 and 99), non-2xx."""
    command = ["wrk", f"-c{connections}", f"-t{min(connections, 2)}", f"-d{seconds}s", "--latency", url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def ms(pct: str) -> float:
        value, unit = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p90, p99 = ms("90"), ms("99")
    return rps, ms("50"), p90 + (p99 - p90) * 5 / 9, int(bad.group(1)) if bad else 0


def run_threads(url: str, cookie: str | None, *, connections: int, seconds: int) -> tuple[float, float, float, int]:
    """The same without wrk: `connections` threads, each one keep-alive connection, for `seconds`."""
    host, port, path = re.match(r"http://([^:/]+):(\d+)(/.*)", url).groups()
    latencies: list[float] = []
    bad = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker() -> None:
        conn = http.client.HTTPConnection(host, int(port), timeout=60)
        headers = {"Cookie": cookie} if cookie else {}
        mine = []
        while time.monotonic() < deadline:
            start = time.perf_counter()
            conn.request("GET", path, headers=headers)
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - start)
            if response.status >= 400:
                with lock:
                    bad[0] += 1
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    q = statistics.quantiles(latencies, n=20) if len(latencies) > 1 else [0.0] * 19
    return len(latencies) / elapsed, statistics.median(latencies) * 1000, q[18] * 1000, bad[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    parser.add_argument("--only", help="only pages whose name contains this text")
    parser.add_argument("--client", choices=["auto", "wrk", "threads"], default="auto")
    args = parser.parse_args(argv)
    targets = [t for t in _targets() if not args.only or args.only in t[0]]
    port = args.port or _free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "zhenggai.settings", "PYTHONPATH": str(ROOT)}
    log = open(Path(os.environ.get("TMPDIR", "/tmp")) / f"zg-bench-wrk-{port}.log", "w")  # noqa: SIM115
    server = subprocess.Popen([sys.executable, str(ROOT / "manage.py"), "serve", "--no-migrate", "--no-worker",
                               "--addr", f"127.0.0.1:{port}", "--workers", str(args.workers), "--threads",
                               str(args.threads)], env=env, cwd=ROOT, stdout=log, stderr=log)
    use_wrk = args.client == "wrk" or (args.client == "auto" and shutil.which("wrk"))
    load = run_wrk if use_wrk else run_threads
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                http.client.HTTPConnection("127.0.0.1", port, timeout=5).request("GET", "/healthz")
                break
            except OSError:
                time.sleep(0.2)
        print(f"gunicorn {args.workers} workers x {args.threads} threads; {'wrk' if use_wrk else 'threaded client'}"
              f", {args.connections} connections, {args.seconds} s a page")
        print(f"{'page':<32} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'errors':>6} {'load avg':>8}")
        for name, path, cookie in targets:
            load(base + path, cookie, connections=args.connections, seconds=2)  # warm-up: caches, connections
            load_avg = os.getloadavg()[0]
            rps, p50, p95, bad = load(base + path, cookie, connections=args.connections, seconds=args.seconds)
            print(f"{name:<32} {rps:>8.1f} {p50:>8.1f} {p95:>8.1f} {bad:>6} {load_avg:>8.1f}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
