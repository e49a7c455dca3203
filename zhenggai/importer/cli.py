"""`zhenggai parse FILE [--json]`: run the importer on one file, without the database.

The parse runs in a child process under the same limits as the worker's (``sandbox``; the
ZHENGGAI_PARSE_* and ZHENGGAI_IMPORT_* variables change them).
"""
from __future__ import annotations

import argparse
import json
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
            # The summary is written by the child: the problems are only read back for --json.
            outcome = parse_in_sandbox(path, path.name, limits=limits, summary=not args.json and not args.explain,
                                       explain=args.explain,
                                       problems_file=None if args.json else Path(tmp) / "problems.jsonl")
    except ExtractError as exc:
        print(f"无法解析 {args.file}：{exc.message_zh}", file=sys.stderr)
        return 2
    except Exception as exc:  # a bug must still end in a message, not a traceback
        print(f"解析 {args.file} 时出错：{type(exc).__name__}: {exc}", file=sys.stderr)
        return 2
    if args.explain:
        sys.stdout.write(outcome.explain or "")
    if args.json:
        sys.stdout.write(json.dumps(outcome.result, ensure_ascii=False, indent=1) + "\n")
    elif not args.explain:
        sys.stdout.write(outcome.summary or "")
    return 0


def summary(result: ParseResult) -> str:
    """A readable Chinese summary of a parse result."""
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
    by_status: dict[str | None, int] = {}
    for p in result.problems:
        by_status[p.status] = by_status.get(p.status, 0) + 1
    status_text = "，".join(f"{STATUS_LABELS_ZH[s]}{n}个" for s, n in by_status.items())
    lines.append(f"识别出问题{len(result.problems)}个（{status_text or '无'}），整改措施{result.measure_total}条")
    lines.append("")
    category = object()
    for p in result.problems:
        if p.category != category:
            category = p.category
            if p.category:
                lines.append(f"【{p.category}】")
        extra = []
        if p.deadline:
            extra.append(f"时限：{p.deadline}")
        if p.responsible_units:
            extra.append("责任单位：" + "、".join(p.responsible_units))
        tail = f"（{'；'.join(extra)}）" if extra else ""
        lines.append(f"  {p.seq if p.seq is not None else '-'}. {p.title} —— {STATUS_LABELS_ZH[p.status]}，措施{p.measure_count}条{tail}")
    if result.anomalies:
        lines.append("")
        lines.append(f"需要注意的情况（{len(result.anomalies)}）：")
        for a in result.anomalies:
            where = f"（第{a.position + 1}段）" if a.position is not None else ""
            lines.append(f"  - [{a.code}] {a.message_zh}{where}")
    if result.unplaced:
        lines.append(f"未归入问题的段落：{len(result.unplaced)}段")
    return "\n".join(lines) + "\n"
