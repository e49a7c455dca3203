"""The `zhenggai` console command.

`zhenggai parse FILE` runs the importer without touching the database (it does
not need Django set up, so it starts fast); every other sub-command is a Django
management command run through manage.py's machinery.
"""
from __future__ import annotations

import os
import sys


# The commands a user of zhenggai runs, in the order they meet them; Django's own follow under their own heading.
USER_COMMANDS = [
    ("demo", "加载演示数据并启动网页服务和后台任务进程 / demo ledger + web server + job worker"),
    ("serve", "迁移数据库，启动网页服务（gunicorn）和后台任务进程 / migrate, run gunicorn and the job worker"),
    ("worker", "只运行后台任务进程（大文件导入、PDF） / the job worker alone (production)"),
    ("parse", "解析一份整改文档并打印结果（不写数据库） / parse a document, print the result"),
    ("bulletin", "写出整改进展情况通报（.docx） / write the progress bulletin"),
    ("export", "导出台账、问题、任务、责任清单（Excel） / export the ledger and lists to Excel"),
    ("audit", "校验、摘要或导出审计日志 / verify, digest or export the audit log"),
    ("backup", "备份数据库、佐证材料和审计链头（tar.gz） / back up the database and evidence files"),
    ("restore", "从备份恢复到空数据库并校验 / restore a backup into an empty database"),
    ("migrate", "更新数据库结构 / bring the database schema up to date"),
    ("createsuperuser", "创建系统管理员账号 / create the first administrator"),
    ("changepassword", "修改账号密码 / change an account's password"),
    ("check", "检查配置（生产环境用 check --deploy） / check the configuration"),
]


def print_help() -> None:
    import django
    from django.core.management import get_commands

    django.setup()
    available = get_commands()
    ours = [(name, text) for name, text in USER_COMMANDS if name == "parse" or name in available]
    width = max(len(name) for name, _ in ours) + 2
    lines = ["用法 / usage: zhenggai <命令 command> [选项 options]   （zhenggai <命令> --help 查看选项）", "",
             "常用命令 / Commands:"]
    lines += [f"  {name.ljust(width)}{text}" for name, text in ours]
    rest = sorted(name for name in available if name not in dict(USER_COMMANDS))
    lines += ["", "Django 自带的其他命令 / Django's own commands (for administrators):"]
    row = "  "
    for name in rest:
        if len(row) + len(name) > 100:
            lines.append(row.rstrip())
            row = "  "
        row += name + "  "
    lines.append(row.rstrip())
    print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "parse":
        from zhenggai.importer.cli import main as parse_main

        return parse_main(argv[1:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    from django.core.management import execute_from_command_line

    if not argv or (argv[0] in ("help", "--help", "-h") and len(argv) == 1):
        print_help()
        return 0
    aliases = {"serve": ["serve"]}
    execute_from_command_line(["zhenggai", *aliases.get(argv[0], [argv[0]]), *argv[1:]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
