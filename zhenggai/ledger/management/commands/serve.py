"""`zhenggai serve`: bring the database up to date, then run the local web server (no demo data)."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "迁移数据库并启动本地服务（不加载演示数据） / Migrate, then run the local server (no demo data)"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--addr", default="127.0.0.1:8000", help="监听地址 / address:port (default 127.0.0.1:8000)")

    def handle(self, *args, addr: str, **options) -> None:
        migrate_quietly()
        run_server(addr)


def migrate_quietly() -> None:
    db = settings.DATABASES["default"]
    if db["ENGINE"] == "django.db.backends.sqlite3":
        # A fresh checkout has no var/ folder yet; SQLite will not create it.
        Path(db["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    call_command("migrate", interactive=False, verbosity=0)


def run_server(addr: str) -> None:
    # --insecure: serve static files from the apps even with DEBUG off, as the demo runs without ZHENGGAI_DEBUG;
    # --noreload: the console command is not a development checkout that changes under it.
    call_command("runserver", addr, "--insecure", "--noreload")
