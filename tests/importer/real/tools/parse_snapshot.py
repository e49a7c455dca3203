"""Snapshot of the parser's output over every document it can read here, to show a change leaves it unchanged.

Usage:
  python parse_snapshot.py OUT.json [DIR ...]       parse every document, write all outputs to OUT.json
  python parse_snapshot.py --compare A.json B.json  list every difference; exit 1 if there is any

Without DIR the documents are those under tests/importer/ and /work/shared/corpus/seeds (when present). Each file is
read as `zhenggai parse FILE --json` reads it (``extract_bytes`` of its bytes, ``_parse_extracted``, a lazy ledger's
problems materialised, ``to_dict()``), in this process rather than a sandboxed child; a refused file's entry is its
error code and message. With the output it keeps `--explain`'s text (the candidate readings and their scores), so a
change to the scoring shows even where the chosen reading stays the same. Folders named in HELD_OUT are skipped, so a
snapshot diff never shows a parser helper the outputs of a set held out from it (empty at the end of session 13: every
labelled set there has been changed against; name the next held-out folders here while they are held out).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
# The checkout this file is in is the one measured: run as a script, sys.path[0] is tools/, and `import zhenggai` would
# otherwise reach whichever checkout the venv's editable install points at (a worktree sharing /work/main's venv read
# /work/main's parser; session 14).
sys.path.insert(0, str(ROOT))
DEFAULT_DIRS = [ROOT / "tests" / "importer", Path("/work/shared/corpus/seeds")]
from tests.importer import labelled_scores  # noqa: E402  (this checkout's, by the sys.path line above)

EXTENSIONS = labelled_scores.EXTENSIONS  # what the CLI reads
# the scorer's records kept beside the sets (FIRST_RUN_*.txt, RUN_*.txt, HELDOUT_*.txt …) are not documents
RUN_RECORD = re.compile(r"^(?:FIRST_RUN|FINAL_RUN|RUN|HELDOUT|FORMATS|RESTRUCTURE|PERTURB|PARTIES|PERF)[A-Z_]*.*\.txt$")
HELD_OUT: set = set()  # session 19: the final held-out sets (blind33, snippets28, blindwritten16) were kept from flat19 in its branch only; nothing held out at the end


def documents(dirs: list[Path]) -> list[Path]:
    found = []
    for d in dirs:
        if d.is_file():
            found.append(d)
            continue
        for p in sorted(d.rglob("*")):
            if (p.is_file() and p.suffix.lower() in EXTENSIONS and not HELD_OUT & set(p.parts)
                    and not RUN_RECORD.match(p.name)):
                found.append(p)
    return found


def parse_one(path: Path) -> dict:
    """`zhenggai parse FILE --json`'s output (labelled_scores.parse) with `--explain`'s text under "__explain__"."""
    from zhenggai.importer.parse.readings import explain

    result = labelled_scores.parse_result(path)
    if isinstance(result, dict):  # refused
        return result
    out = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    try:
        out["__explain__"] = explain(result)
    except Exception as exc:  # noqa: BLE001 - kept in the snapshot like any other output
        out["__explain__"] = f"{type(exc).__name__}: {exc}"
    return out


def key_of(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path.resolve())


def snapshot(out: Path, dirs: list[Path]) -> int:
    from zhenggai.importer import guards
    from zhenggai.importer.guards import Budget

    guards.configure(Budget())
    snap = {}
    for path in documents(dirs):
        snap[key_of(path)] = parse_one(path)
    out.write_text(json.dumps(snap, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(snap)} documents -> {out}")
    return 0


def differences(a, b, where: str = ""):
    if type(a) is not type(b):
        yield f"{where}: {a!r:.200} != {b!r:.200}"
    elif isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                yield f"{where}/{k}: only in {'second' if k not in a else 'first'}"
            else:
                yield from differences(a[k], b[k], f"{where}/{k}")
    elif isinstance(a, list):
        if len(a) != len(b):
            yield f"{where}: {len(a)} items != {len(b)} items"
        for i, (x, y) in enumerate(zip(a, b)):
            yield from differences(x, y, f"{where}[{i}]")
    elif a != b:
        yield f"{where}: {a!r:.200} != {b!r:.200}"


def compare(first: Path, second: Path) -> int:
    a = json.loads(first.read_text(encoding="utf-8"))
    b = json.loads(second.read_text(encoding="utf-8"))
    found = list(differences(a, b))
    for line in found[:200]:
        print(line)
    if len(found) > 200:
        print(f"... and {len(found) - 200} more")
    print(f"{len(a)} / {len(b)} documents; {len(found)} differences")
    return 1 if found else 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("A", "B"))
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("dirs", nargs="*", type=Path)
    args = ap.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        ap.error("give OUT.json or --compare A B")
    return snapshot(args.out, args.dirs or DEFAULT_DIRS)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
