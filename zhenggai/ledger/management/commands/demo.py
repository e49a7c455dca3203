"""`zhenggai demo`: a ready-to-click ledger on http://127.0.0.1:8000 in one command.

Migrates the database, loads the demo ledger when the database is empty, prints the address and the
demo accounts (in Chinese and English), then runs the web server and the job worker as `zhenggai serve`
does (gunicorn, two processes unless ZHENGGAI_WEB_WORKERS says otherwise). `--no-serve` stops after printing
(the tests use it); `--reset` starts again from an empty SQLite database.
"""
from __future__ import annotations

import os
import sys
import unicodedata
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from zhenggai.accounts.models import Unit, User
from zhenggai.ledger.demo_data import DEMO_ACCOUNTS, demo_loaded, demo_summary, load_demo
from zhenggai.ledger.management.commands.serve import add_server_arguments, migrate_quietly, run_server
from zhenggai.ledger.models import Inspection

DEMO_WEB_WORKERS = 2  # a laptop: quick to start, and enough for one person clicking


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


class Command(BaseCommand):
    help = "加载演示数据并启动本地服务 / Load the demo data and run a local server"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--no-serve", action="store_true", help="只加载并打印账号，不启动服务 / load and print only")
        add_server_arguments(parser, workers_default=None if os.environ.get("ZHENGGAI_WEB_WORKERS") else DEMO_WEB_WORKERS)
        parser.add_argument("--reset", action="store_true",
                            help="删除SQLite数据库后重新加载 / delete the SQLite database and load again")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help="--reset 时不再确认 / do not ask before --reset")

    def handle(self, *args, no_serve: bool, addr: str, reset: bool, interactive: bool, workers: int | None,
               threads: int | None, no_worker: bool, **options) -> None:
        if reset:
            self.reset(interactive=interactive)
        migrate_quietly()
        if demo_loaded():
            self.stdout.write("演示数据已存在，未重复加载。 / Demo data already loaded.")
            for line in demo_summary():
                self.stdout.write(line)
        elif Unit.objects.exists() or Inspection.objects.exists() or User.objects.exists():
            self.stdout.write(self.style.WARNING(
                "数据库中已有其他数据，未加载演示数据（可用 --reset 从空库重新开始）。\n"
                "The database already holds other data; the demo was not loaded (use --reset to start afresh)."))
        else:
            load_demo(stdout=self.stdout)
        self.print_welcome(addr, serving=not no_serve)
        if not no_serve:
            raise SystemExit(run_server(addr, workers=workers, threads=threads, with_worker=not no_worker,
                                        stdout=self.stdout))

    def reset(self, *, interactive: bool) -> None:
        db = settings.DATABASES["default"]
        if connection.vendor != "sqlite":
            # The audit log refuses DELETE and TRUNCATE by design: only a fresh database starts it again.
            raise CommandError("--reset 只适用于SQLite；PostgreSQL请删除并重建数据库。 / "
                               "--reset works with SQLite only; drop and recreate a PostgreSQL database yourself.")
        path = Path(db["NAME"])
        if interactive and sys.stdin.isatty():
            answer = input(f"将删除数据库 {path} 及其佐证材料，确定吗？ / Delete {path} and its evidence files? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "是"):
                raise CommandError("已取消。 / Cancelled.")
        connection.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        evidence = Path(settings.MEDIA_ROOT) / "evidence"
        if evidence.is_dir():
            for stored in evidence.iterdir():
                if stored.is_file():
                    stored.unlink()
        self.stdout.write(f"已删除 {path}。 / Deleted {path}.")

    def print_welcome(self, addr: str, *, serving: bool = True) -> None:
        host, _, port = addr.rpartition(":")
        url = f"http://{host or '127.0.0.1'}:{port or '8000'}"
        existing = set(User.objects.filter(username__in=[a.username for a in DEMO_ACCOUNTS])
                       .values_list("username", flat=True))
        rows = [("角色 / Role", "用户名 / Username", "密码 / Password")]
        rows += [(f"{a.role_zh} / {a.role_en}", a.username, a.password) for a in DEMO_ACCOUNTS if a.username in existing]
        widths = [max(_width(row[i]) for row in rows) for i in range(3)]
        write = self.stdout.write
        write("")
        write(self.style.SUCCESS("zhenggai 整改 — 演示系统 / demo"))
        write(f"请在浏览器中打开 / Open in your browser:  {url}")
        if len(rows) > 1:
            write("演示账号 / Demo accounts:")
            for index, row in enumerate(rows):
                write("  " + "  ".join(_pad(cell, widths[i]) for i, cell in enumerate(row)))
                if index == 0:
                    write("  " + "  ".join("-" * w for w in widths))
        if serving:
            write("网页服务和后台任务进程（导入大文件、生成 PDF）一同运行；按 Ctrl+C 全部停止。")
            write("The web server and the job worker run together; press Ctrl+C to stop both.")
            write("换一个端口 / another port:  zhenggai demo --addr 127.0.0.1:8001   (make demo ADDR=127.0.0.1:8001)")
        else:
            write("服务未启动：运行 zhenggai serve 后再打开。 / Not serving: run `zhenggai serve` first.")
        write("")
