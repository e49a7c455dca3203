"""`zhenggai --help` shows the user's commands first, each with a Chinese line; Django's own after them."""
from __future__ import annotations

from zhenggai.cli import main


def test_help_lists_the_user_commands_before_django_s_own(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    ours, _, django_part = out.partition("Django 自带的其他命令")
    for name in ("demo", "serve", "worker", "parse", "bulletin", "export", "audit", "backup", "restore"):
        line = next(line for line in ours.splitlines() if line.strip().startswith(name + " "))
        assert any("\u4e00" <= ch <= "\u9fff" for ch in line), line
    assert "flush" not in ours and "sqlflush" in django_part and "qcluster" in django_part
    assert ours.index("demo") < ours.index("serve") < ours.index("worker")


def test_no_arguments_prints_the_same_help(capsys):
    assert main([]) == 0
    assert "常用命令" in capsys.readouterr().out
