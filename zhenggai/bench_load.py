"""A bounded load test: N clients for T seconds over loopback against a real server process.

    .venv/bin/python -m zhenggai.bench_load                       # SQLite, 20 clients x 60 s
    ZHENGGAI_BENCH_PG_URL=postgres://…/scratch .venv/bin/python -m zhenggai.bench_load   # then PostgreSQL too
    DATABASE_URL=postgres://…/scratch .venv/bin/python -m zhenggai.bench_load --use-configured-db
    .venv/bin/python -m zhenggai.bench_load --clients 5 --seconds 10 --port 8201

A throw-away var dir gets the demo data; `zhenggai serve --no-migrate` serves it as in production
(gunicorn with the demo's process and thread count, and the job worker beside it); `--runserver` uses
Django's threaded development server instead, for comparison.
Each client logs in as the office account (again every tenth round: logins write), then walks the
ledger pages and the four Excel exports. Prints status codes per page; any 5xx fails the run.
"""
from __future__ import annotations

import argparse
import collections
import http.cookiejar
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _prepare(env: dict[str, str]) -> None:
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    subprocess.run([*manage, "demo", "--no-serve", "--noinput"], env=env, check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)


def _opener() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def _get(opener, url: str) -> tuple[int, bytes]:
    try:
        with opener.open(url, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
        return 599, str(exc).encode()


def _login(opener, base: str, username: str, password: str) -> int:
    status, body = _get(opener, base + "/accounts/login/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if status != 200 or not token:
        return status
    data = urllib.parse.urlencode({"username": username, "password": password,
                                   "csrfmiddlewaretoken": token.group(1).decode()}).encode()
    request = urllib.request.Request(base + "/accounts/login/", data=data, headers={"Referer": base + "/accounts/login/"})
    try:
        with opener.open(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return 599


def run(*, base: str, clients: int, seconds: float, inspection: int, username: str, password: str
        ) -> dict[str, collections.Counter]:
    pages = [
        ("inspection", f"/inspections/{inspection}/"),
        ("problems", f"/inspections/{inspection}/problems/"),
        ("my work", "/my-work/"),
        ("export ledger", f"/inspections/{inspection}/export/ledger.xlsx"),
        ("export tasks", f"/inspections/{inspection}/export/tasks.xlsx"),
        ("export responsibility", f"/inspections/{inspection}/export/responsibility.xlsx"),
        ("export problems", f"/inspections/{inspection}/export/problems.xlsx"),
    ]
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client(n: int) -> None:
        opener = _opener()
        round_no = 0
        while time.monotonic() < deadline:
            if round_no % 10 == 0:
                status = _login(opener, base, username, password)
                with lock:
                    counts["login (POST)"][status] += 1
            for name, path in pages[n % len(pages):] + pages[:n % len(pages)]:
                if time.monotonic() >= deadline:
                    break
                status, _ = _get(opener, base + path)
                with lock:
                    counts[name][status] += 1
            round_no += 1

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counts


def _first_inspection(env: dict[str, str]) -> tuple[int, str]:
    """The demo's first inspection and the office account's password."""
    code = ("from zhenggai.ledger.models import Inspection; from zhenggai.ledger.demo_data import PASSWORDS; "
            "print(Inspection.objects.order_by('pk').first().pk, PASSWORDS['office'])")
    out = subprocess.run([sys.executable, str(ROOT / "manage.py"), "shell", "-c", code],
                         env=env, check=True, cwd=ROOT, capture_output=True, text=True)
    pk, password = out.stdout.strip().splitlines()[-1].split(" ", 1)
    return int(pk), password


def main(argv: list[str] | None = None) -> int:
    """SQLite (or the configured database), then PostgreSQL when ZHENGGAI_BENCH_PG_URL is set."""
    argv = list(sys.argv[1:] if argv is None else argv)  # both runs get the same options (--port, --clients …)
    failed = run_once(argv)
    pg_url = os.environ.get("ZHENGGAI_BENCH_PG_URL")
    if not pg_url and "--use-configured-db" not in (argv or []):
        print("load: postgresql skipped — set ZHENGGAI_BENCH_PG_URL=postgres://…/<scratch database> "
              "(make bench BENCH_PG_URL=…) to run the same load against PostgreSQL")
    if pg_url and "--use-configured-db" not in (argv or []):
        os.environ["DATABASE_URL"] = pg_url
        try:
            failed |= run_once([*(argv or []), "--use-configured-db"])
        finally:
            os.environ.pop("DATABASE_URL", None)
    return failed


def run_once(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--port", type=int, default=int(os.environ.get("ZHENGGAI_BENCH_PORT", 8201)))
    parser.add_argument("--use-configured-db", action="store_true", help="use DATABASE_URL as it is (a scratch DB!)")
    parser.add_argument("--runserver", action="store_true", help="Django's runserver instead of zhenggai serve")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="zg-load-") as tmp:
        env = {**os.environ, "ZHENGGAI_VAR_DIR": tmp, "DJANGO_SETTINGS_MODULE": "zhenggai.settings",
               "PYTHONPATH": str(ROOT)}
        if not args.use_configured_db:
            env.pop("DATABASE_URL", None)
        _prepare(env)
        inspection, password = _first_inspection(env)
        addr = f"127.0.0.1:{args.port}"
        if args.runserver:
            command, label = ["runserver", "--noreload", addr], "runserver (threaded)"
        else:
            workers = int(env.get("ZHENGGAI_WEB_WORKERS") or 2)  # as `zhenggai demo` runs (DEMO_WEB_WORKERS)
            threads = int(env.get("ZHENGGAI_WEB_THREADS") or 4)
            command = ["serve", "--no-migrate", "--addr", addr, "--workers", str(workers), "--threads", str(threads)]
            label = f"zhenggai serve (gunicorn {workers} x {threads} threads, job worker)"
        server = subprocess.Popen([sys.executable, str(ROOT / "manage.py"), *command], env=env, cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=open(Path(tmp) / "server.log", "w"))
        try:
            base = f"http://{addr}"
            for _ in range(300):
                if _get(_opener(), base + "/accounts/login/")[0] == 200:
                    break
                time.sleep(0.2)
            vendor = "postgresql" if env.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
            started = time.monotonic()
            counts = run(base=base, clients=args.clients, seconds=args.seconds, inspection=inspection,
                         username="office", password=password)
            elapsed = time.monotonic() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
        total = sum(sum(c.values()) for c in counts.values())
        failed = sum(n for c in counts.values() for status, n in c.items() if status >= 500)
        print(f"load: {vendor}, {label}, {args.clients} clients x {args.seconds:.0f} s: "
              f"{total} answers in {elapsed:.0f} s, {failed} of them 5xx")
        for name, c in counts.items():
            codes = "  ".join(f"{status}: {n}" for status, n in sorted(c.items()))
            print(f"  {name:<22} {codes}")
        if failed:
            log = (Path(tmp) / "server.log").read_text(errors="replace")
            errors = collections.Counter(re.findall(r"^\w*(?:Error|Exception)\w*: .{0,80}", log, re.M))
            for line, n in errors.most_common(5):
                print(f"  server: {n} x {line}")
        return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
