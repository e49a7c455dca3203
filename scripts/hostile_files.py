"""Time and peak memory of the parse of each hostile file (tests/security/bombs.py), under the
parse limits: `.venv/bin/python scripts/hostile_files.py [--only NAME…]`.

Each file is parsed the way the worker and `zhenggai parse` do it (sandbox.parse_in_sandbox):
the table gives the outcome, the wall-clock seconds and the child process's peak RSS.
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
    args = parser.parse_args(argv)
    limits = Limits.from_env()
    if args.seconds:
        from dataclasses import replace

        limits = replace(limits, seconds=args.seconds)
    print(f"limits: {limits.memory_mb} MB address space, {limits.seconds} s")
    print(f"{'file':<28} {'size':>9} {'outcome':<8} {'seconds':>8} {'CPU s':>6} {'peak MB':>8}  message")
    with tempfile.TemporaryDirectory(prefix="zg-hostile-") as tmp:
        for name, make, _expected in bombs.CASES:
            if args.only and not any(w in name for w in args.only):
                continue
            case_dir = Path(tmp) / str(abs(hash(name)))
            case_dir.mkdir()
            path = make(case_dir)
            size = path.stat().st_size
            start = time.perf_counter()
            try:
                outcome = parse_in_sandbox(path, path.name, limits=limits)
                result, message = "read", f"{len(outcome.result['problems'])} problems"
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


if __name__ == "__main__":
    raise SystemExit(main())
