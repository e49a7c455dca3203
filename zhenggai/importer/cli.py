"""`zhenggai parse FILE [--json]`: run the importer on one file, without the database.

The parse runs in a child process under the same limits as the worker's (``sandbox``; the
ZHENGGAI_PARSE_* and ZHENGGAI_IMPORT_* variables change them).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys

from .extract import ExtractError
from .result import STATUS_LABELS_ZH, ParseResult

KIND_ZH = {"bulletin": "整改进展通报", "plan": "整改方案", "ledger": "整改台账"}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="zhenggai parse", description="解析整改通报、整改方案或台账文件（不写入数据库）")
    parser.add_argument("file", help="要解析的文件：.txt .docx .pdf .html .xlsx .csv")
    parser.add_argument("--json", action="store_true", help="输出JSON（与语料真值格式一致，另含措施等字段）")
    parser.add_argument("--explain", action="store_true", help="列出候选读法及其得分（正文列表、附件、整篇一个问题、无问题）")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return 2 if exc.code else 0

    import tempfile
    from pathlib import Path

    from .sandbox import Limits, parse_in_sandbox

    try:
        limits = Limits.from_env()
    except ValueError as exc:
        print(f"设置有误：{exc}", file=sys.stderr)
        return 2
    path = Path(args.file)
    try:
        if not path.is_file():
            raise ExtractError(f"“{path.name}”是文件夹，不是文件" if path.is_dir() else f"找不到文件“{path}”", "not_found")
        with tempfile.TemporaryDirectory(prefix="zg-cli-") as tmp:
            # Streamed both ways: the child writes the problems to a file (and the summary, a problem at a time),
            # and they are copied to the output from there; a 200,000-row ledger is never held whole here.
            problems_file, summary_file = Path(tmp) / "problems.jsonl", Path(tmp) / "summary.txt"
            outcome = parse_in_sandbox(path, path.name, limits=limits, explain=args.explain,
                                       summary_file=None if args.json or args.explain else summary_file,
                                       problems_file=problems_file)
            if args.explain:
                sys.stdout.write(outcome.explain or "")
            elif args.json:
                write_json(outcome.result, problems_file, sys.stdout)
            else:
                with open(summary_file, encoding="utf-8") as fh:
                    shutil.copyfileobj(fh, sys.stdout)
    except ExtractError as exc:
        print(f"无法解析 {args.file}：{exc.message_zh}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug must still end in a message, not a traceback
        print(f"解析 {args.file} 时出错：{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    return 0


def write_json(head: dict, problems_file, out) -> None:
    """The parse result as ``json.dumps(result, indent=1)`` writes it, the problems copied one at a time from the
    child's file into their place (before the anomalies, as ``ParseResult.to_dict`` puts them)."""
    from .sandbox import _with_problems, read_problems

    marker = "\x00problems\x00"
    text = json.dumps(_with_problems(head, marker), ensure_ascii=False, indent=1)  # type: ignore[arg-type]
    before, after = text.split(json.dumps(marker), 1)
    out.write(before)
    first = True
    for problem in read_problems(problems_file):
        out.write("[\n  " if first else ",\n  ")
        out.write(json.dumps(problem, ensure_ascii=False, indent=1).replace("\n", "\n  "))
        first = False
    out.write("[]" if first else "\n ]")
    out.write(after + "\n")


def summary(result: ParseResult) -> str:
    """A readable Chinese summary of a parse result (its problems in ``result.problems``)."""
    lines = Summary()
    for p in result.problems:
        lines.add(p)
    return "".join(lines.parts(result))


class Summary:
    """The summary, built one problem at a time: the problems' lines are kept (``lines``: a list, or a file
    for a 200,000-row ledger the sandbox child streams) and counted, and the head, which says how many of
    each, is written in front of them at the end (``parts``)."""

    def __init__(self, lines=None) -> None:
        self.lines = lines if lines is not None else []
        self.by_status: dict[str | None, int] = {}
        self.count = self.measures = 0
        self._category: object = object()

    def add(self, p) -> None:
        self.by_status[p.status] = self.by_status.get(p.status, 0) + 1
        self.count += 1
        self.measures += p.measure_count
        out = []
        if p.category != self._category:
            self._category = p.category
            if p.category:
                out.append(f"【{p.category}】\n")
        extra = []
        if p.deadline:
            extra.append(f"时限：{p.deadline}")
        if p.responsible_units:
            extra.append("责任单位：" + "、".join(p.responsible_units))
        tail = f"（{'；'.join(extra)}）" if extra else ""
        out.append(f"  {p.seq if p.seq is not None else '-'}. {p.title} —— {STATUS_LABELS_ZH[p.status]}，"
                   f"措施{p.measure_count}条{tail}\n")
        if isinstance(self.lines, list):
            self.lines.extend(out)
        else:
            self.lines.write("".join(out))

    def head(self, result: ParseResult) -> str:
        lines: list[str] = []
        lines.append(f"文档类型：{KIND_ZH.get(result.kind, result.kind)}")
        lines.append(f"标题：{result.title or '（未找到）'}")
        lines.append(f"发文单位：{result.issuer or '（未找到）'}    日期：{result.report_date or '（未找到）'}")
        ins = result.inspection
        if ins.inspector or ins.start:
            lines.append(
                f"巡察/督察：{ins.inspector or '—'} 对 {ins.inspected or '—'}，{ins.start or '?'} 至 {ins.end or '?'}，"
                f"反馈日期 {ins.feedback_date or '?'}"
            )
        h = result.headline
        figures = [
            (h.problems_total, "问题总数"), (h.problems_done, "已完成问题"), (h.measures_total, "措施总数"),
            (h.measures_done, "已完成措施"), (h.rules_made, "制度机制"),
        ]
        stated = "，".join(f"{label}{v}" for v, label in figures if v is not None)
        if stated:
            lines.append(f"文中数字：{stated}")
        status_text = "，".join(f"{STATUS_LABELS_ZH[s]}{n}个" for s, n in self.by_status.items())
        lines.append(f"识别出问题{self.count}个（{status_text or '无'}），整改措施{self.measures}条")
        lines.append("")
        return "\n".join(lines) + "\n"

    def tail(self, result: ParseResult) -> str:
        lines: list[str] = []
        if result.anomalies:
            lines.append("")
            lines.append(f"需要注意的情况（{len(result.anomalies)}）：")
            for a in result.anomalies:
                where = f"（第{a.position + 1}段）" if a.position is not None else ""
                lines.append(f"  - [{a.code}] {a.message_zh}{where}")
        if result.unplaced:
            lines.append(f"未归入问题的段落：{len(result.unplaced)}段")
        return "".join(line + "\n" for line in lines)

    def parts(self, result: ParseResult) -> list[str]:
        """Head, problem lines, tail (the lines kept in a list)."""
        return [self.head(result), *self.lines, self.tail(result)]
