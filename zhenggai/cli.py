"""The `zhenggai` console command.

`zhenggai parse FILE` runs the importer without touching the database (it does
not need Django set up, so it starts fast); every other sub-command is a Django
management command run through manage.py's machinery.
"""
from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "parse":
        from zhenggai.importer.cli import main as parse_main

        return parse_main(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    from django.core.management import execute_from_command_line

    if not argv:
        argv = ["help"]
    aliases = {"serve": ["serve"]}
    execute_from_command_line(["zhenggai", *aliases.get(argv[0], [argv[0]]), *argv[1:]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
