"""Time and peak memory of the parse of each hostile file (tests/security/bombs.py), under the
parse limits: `.venv/bin/python scripts/hostile_files.py [--only NAME…] [--upload]`.

Each file is parsed the way `zhenggai parse` does it (sandbox.parse_in_sandbox): the table gives the
outcome, the wall-clock seconds and the child process's peak RSS. With ``--upload`` each goes the way of
the upload page instead (import_job_create, then the worker's import_parse_job, in a throw-away SQLite
database): the seconds are the upload and the parse, the peak is the larger of the worker's own (this
process's VmHWM, reset before each file) and the child's.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.security import bombs  # noqa: E402
from zhenggai.importer.extract import ExtractError  # noqa: E402
from zhenggai.importer.sandbox import Limits, parse_in_sandbox  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", help="case names containing these words")
    parser.add_argument("--seconds", type=int, help="another wall-clock limit (the machine may be shared)")
    parser.add_argument("--upload", action="store_true", help="through the upload and the worker's parse job")
    parser.add_argument("--url", help="with --upload: a running server (a demo), through its upload page over HTTP")
    parser.add_argument("--username", default="office")
    parser.add_argument("--password", help="with --url: the account's password")
    parser.add_argument("--log", help="with --url: the server's log, to read each parse child's peak from")
    args = parser.parse_args(argv)
    if args.upload and args.url:
        return http_table(args)
    if args.upload:
        return upload_table(args)
    limits = Limits.from_env()
    if args.seconds:
        from dataclasses import replace

        limits = replace(limits, seconds=args.seconds)
    print(f"limits: {limits.memory_mb} MB address space, {limits.seconds} s")
    print(f"{'file':<28} {'size':>9} {'outcome':<8} {'seconds':>8} {'CPU s':>6} {'peak MB':>8}  message")
    with tempfile.TemporaryDirectory(prefix="zg-hostile-") as tmp:
        for name, case_dir, path, size in _cases(args.only, Path(tmp)):
            start = time.perf_counter()
            try:
                outcome = parse_in_sandbox(path, path.name, limits=limits, problems_file=case_dir / "problems.jsonl")
                result, message = "read", f"{outcome.result['problem_count']} problems"
                peak, cpu = outcome.child_peak_mb, outcome.child_cpu_seconds
            except ExtractError as exc:
                result, message = "refused", exc.message_zh
                peak, cpu = getattr(exc, "child_peak_mb", None), getattr(exc, "child_cpu_seconds", None)
            elapsed = time.perf_counter() - start
            peak_text = f"{peak:.0f}" if peak is not None else "—"
            cpu_text = f"{cpu:.1f}" if cpu is not None else "—"
            print(f"{name:<28} {size / 1024:>7.0f}KB {result:<8} {elapsed:>8.2f} {cpu_text:>6} {peak_text:>8}  {message[:70]}",
                  flush=True)
            path.unlink()
    return 0


def http_table(args) -> int:
    """Each file through a running server's upload page, as a browser would send it: log in, post the
    form, then poll the job page until the worker's parse is over. Seconds are the post and the wait;
    the peak is the parse child's, from the server's log line ("child peak N MB") when --log is given."""
    import http.cookiejar
    import re
    import urllib.error
    import urllib.parse
    import urllib.request
    import uuid

    base = args.url.rstrip("/")
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def fetch(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str]:
        request = urllib.request.Request(url, data=data, headers={"Referer": url, **(headers or {})})
        try:
            with opener.open(request, timeout=120) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace")

    def token(page: str) -> str:
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)

    _status, page = fetch(base + "/accounts/login/")
    fetch(base + "/accounts/login/", urllib.parse.urlencode({
        "username": args.username, "password": args.password, "csrfmiddlewaretoken": token(page)}).encode())
    log_at = Path(args.log).stat().st_size if args.log else 0
    print(f"through {base}/import/ (the upload page) and the server's worker")
    print(f"{'file':<28} {'size':>9} {'outcome':<8} {'seconds':>8} {'child MB':>8}  message")
    with tempfile.TemporaryDirectory(prefix="zg-hostile-http-") as tmp:
        for name, case_dir, path, size in _cases(args.only, Path(tmp)):
            _status, page = fetch(base + "/import/")
            boundary = uuid.uuid4().hex
            body = b"".join([
                f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n{token(page)}\r\n'.encode(),
                f'--{boundary}\r\nContent-Disposition: form-data; name="mode"\r\n\r\nnew\r\n'.encode(),
                f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{path.name}"\r\n'
                f"Content-Type: application/octet-stream\r\n\r\n".encode(), path.read_bytes(),
                f"\r\n--{boundary}--\r\n".encode()])
            start = time.perf_counter()
            status, page = fetch(base + "/import/", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
            outcome, message = "refused", ""
            if status == 400:
                found = re.search(r'<ul class="errorlist"[^>]*><li>([^<]+)', page)
                message = found.group(1) if found else f"HTTP {status}"
            elif status == 200:
                job = re.search(r'hx-get="(/import/\d+/)status/"', page)
                if job:  # still parsing: poll as the page does, then read the job page
                    while time.perf_counter() - start < 600:
                        _status, fragment = fetch(base + job.group(1) + "status/")
                        if "import-status" not in fragment:
                            break
                        time.sleep(0.5)
                    _status, page = fetch(base + job.group(1))
                if "解析失败" in page:
                    found = re.search(r'<li class="error">([^<]+)', page)
                    message = (found.group(1) if found else "解析失败").strip()
                elif re.search(r"共\s*\d+\s*[个项]问题|确认导入", page):
                    outcome = "read"
                    found = re.search(r"(\d+)\s*个问题", page)
                    message = f"{found.group(1)} problems" if found else "preview"
                else:
                    message = "unexpected page"
            else:
                outcome, message = "error", f"HTTP {status}"
            elapsed = time.perf_counter() - start
            peak = "—"
            if args.log:
                with open(args.log, encoding="utf-8", errors="replace") as fh:
                    fh.seek(log_at)
                    tail = fh.read()
                    log_at = fh.tell()
                found = re.findall(r"child peak (\d+) MB", tail)
                peak = found[-1] if found else "—"
            print(f"{name:<28} {size / 1024:>7.0f}KB {outcome:<8} {elapsed:>8.2f} {peak:>8}  {message[:60]}", flush=True)
            path.unlink()
    return 0


def upload_table(args) -> int:
    import logging
    import os

    tmp = tempfile.TemporaryDirectory(prefix="zg-hostile-up-")
    os.environ["ZHENGGAI_VAR_DIR"] = tmp.name
    os.environ.pop("DATABASE_URL", None)
    os.environ["ZHENGGAI_Q_SYNC"] = "1"  # the worker's task, run here
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    os.environ.setdefault("ZHENGGAI_MAX_UPLOAD_MB", "50")  # the generated 200,000-row CSV is 21 MB
    if args.seconds:
        os.environ["ZHENGGAI_PARSE_TIMEOUT_SECONDS"] = str(args.seconds)
    import django

    django.setup()
    from django.conf import settings
    from django.core.files import File
    from django.core.management import call_command

    from zhenggai.accounts.models import Role, Unit, User
    from zhenggai.importer import services
    from zhenggai.importer.models import DraftProblem, ImportMode

    call_command("migrate", verbosity=0)
    peaks: list[float] = []

    class ChildPeak(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "child peak" in str(record.msg):
                peaks.append(float(record.args[-1]))

    logger = logging.getLogger("zhenggai.importer.services")
    logger.addHandler(ChildPeak())
    logger.setLevel(logging.INFO)
    logger.propagate = False
    bureau = Unit.objects.create(name="测试局")
    office = User.objects.create_user(username="hostile", password="Zg-hostile-2026!", role=Role.OFFICE, unit=bureau)
    limits = settings.PARSE_LIMITS
    print(f"limits: {limits.memory_mb} MB address space, {limits.seconds} s; through the upload and the worker's parse")
    print(f"{'file':<28} {'size':>9} {'outcome':<8} {'seconds':>8} {'worker MB':>9} {'child MB':>8}  message")
    for name, case_dir, path, size in _cases(args.only, Path(tmp.name)):
        peaks.clear()
        _reset_hwm()
        start = time.perf_counter()
        try:
            with open(path, "rb") as fh:
                job = services.import_job_create(user=office, uploaded=File(fh, name=path.name), mode=ImportMode.NEW,
                                                 inspection=None)
            services.import_parse_start(job)  # the worker's path (inline only for small plain text)
            job.refresh_from_db()
            outcome = "read" if job.status == "parsed" else "refused"
            message = (f"{DraftProblem.objects.filter(job=job).count()} problems" if outcome == "read"
                       else job.error_message)
        except services.ImportServiceError as exc:
            outcome, message = "refused", str(exc)
        elapsed = time.perf_counter() - start
        child = f"{peaks[-1]:.0f}" if peaks else "—"
        print(f"{name:<28} {size / 1024:>7.0f}KB {outcome:<8} {elapsed:>8.2f} {_hwm_mb():>9.0f} {child:>8}  "
              f"{message[:60]}", flush=True)
        path.unlink()
    tmp.cleanup()
    return 0


def _cases(only: list[str] | None, tmp: Path):
    """(name, its own directory, the file, its size) for each bomb of tests/security/bombs.py, made as it comes,
    those whose names hold none of `only`'s words left out."""
    for name, make, _expected in bombs.CASES:
        if only and not any(w in name for w in only):
            continue
        case_dir = tmp / str(abs(hash(name)))
        case_dir.mkdir()
        path = make(case_dir)
        yield name, case_dir, path, path.stat().st_size


def _hwm_mb() -> float:
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _reset_hwm() -> None:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        pass


if __name__ == "__main__":
    raise SystemExit(main())
