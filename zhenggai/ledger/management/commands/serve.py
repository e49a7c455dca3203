"""`zhenggai serve`: bring the database up to date, collect the static files, then run gunicorn and the job worker.

One command, one Ctrl+C: the web server (gunicorn, never Django's runserver) and the job worker
(`zhenggai worker`) run as two child processes (see `zhenggai.ops.supervisor`). In production with a
separate worker unit, `--no-worker` runs the web server alone.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.test.utils import override_settings

import zhenggai
from zhenggai.ops import supervisor

MANIFEST_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def default_addr() -> str:
    return os.environ.get("ZHENGGAI_ADDR") or "127.0.0.1:8000"


def add_server_arguments(parser, *, workers_default: int | None = None) -> None:
    parser.add_argument("--addr", default=default_addr(),
                        help="监听地址（默认 ZHENGGAI_ADDR 或 127.0.0.1:8000） / address:port (default 127.0.0.1:8000)")
    parser.add_argument("--workers", type=int, default=workers_default,
                        help="网页服务进程数（默认 ZHENGGAI_WEB_WORKERS） / gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=None,
                        help="每个进程的线程数（默认 ZHENGGAI_WEB_THREADS） / threads per process")
    parser.add_argument("--no-worker", action="store_true",
                        help="不启动后台任务进程（由 zhenggai worker 单独运行时） / do not start the job worker")


class Command(BaseCommand):
    help = "迁移数据库并启动网页服务和后台任务进程 / Migrate, then run gunicorn and the job worker"

    def add_arguments(self, parser) -> None:
        add_server_arguments(parser)
        parser.add_argument("--no-migrate", action="store_true",
                            help="不执行数据库迁移（多台网页服务器时只在一台上迁移） / skip migrate")

    def handle(self, *args, addr: str, workers: int | None, threads: int | None, no_worker: bool,
               no_migrate: bool, **options) -> None:
        if not no_migrate:
            migrate_quietly()
        raise SystemExit(run_server(addr, workers=workers, threads=threads, with_worker=not no_worker,
                                    stdout=self.stdout))


def migrate_quietly() -> None:
    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        # A fresh checkout has no var/ folder yet; SQLite will not create it.
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    call_command("migrate", interactive=False, verbosity=0)


def collect_static() -> bool:
    """Hashed, compressed copies in STATIC_ROOT that whitenoise serves with a year-long cache header.

    Skipped (returns False) when no source file changed since the last run: hashing and compressing every
    file again costs seconds at each start.
    """
    root = Path(settings.STATIC_ROOT)
    stamp = root / ".zhenggai-sources"
    fingerprint = static_sources_fingerprint()
    if (root / "staticfiles.json").exists() and stamp.exists() and stamp.read_text() == fingerprint:
        return False
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}
    with override_settings(STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    stamp.write_text(fingerprint)
    return True


def static_sources_fingerprint() -> str:
    from django.contrib.staticfiles.finders import get_finders

    digest = hashlib.sha256(MANIFEST_STORAGE.encode())
    for finder in get_finders():
        for path, storage in sorted(finder.list([]), key=lambda item: item[0]):
            stat = os.stat(storage.path(path))
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    # The children import the same zhenggai as this process (a checkout run with `python -m` included).
    root = str(Path(zhenggai.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    env["ZHENGGAI_STATIC_MANIFEST"] = "1"
    env.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


def run_server(addr: str, *, workers: int | None = None, threads: int | None = None, with_worker: bool = True,
               stdout=None) -> int:
    collect_static()
    env = child_env()
    web = supervisor.Child(
        "网页服务 / web server",
        supervisor.web_command(addr, workers=workers or settings.ZHENGGAI_WEB_WORKERS,
                               threads=threads or settings.ZHENGGAI_WEB_THREADS,
                               timeout=settings.ZHENGGAI_WEB_TIMEOUT, access_log=settings.ZHENGGAI_WEB_ACCESS_LOG),
        env, restart=False, ready=supervisor.port_open(addr) if with_worker else None)
    children = [web]
    if with_worker:
        children.append(supervisor.Child("后台任务进程 / job worker", supervisor.worker_command(), env, restart=True))

    def say(line: str) -> None:
        if stdout is not None:
            stdout.write(line)
            stdout.flush()

    return supervisor.run_services(children, say=say)
