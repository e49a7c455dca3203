"""Extras: what the parser states where the truth states nothing (session 17).

The shared scorer (score_import.py) counts only the fields a truth fills, so a headline figure, an inspection date,
a report date or a list of problems given where the truth has null (or none) goes unseen. This lists each such value,
one line each, and a count per set.

usage: .venv/bin/python tests/importer/real/tools/score_extras.py [CHECKOUT] [--out FILE] [SET ...]
  CHECKOUT defaults to the checkout this file is in; SET names as in score_sets.sh (default: every labelled set, less
  the names listed in the file $HELDOUT when given). Run from the checkout's root with its .venv.

Lines:  <set> <stem> headline.<key> = <value>
        <set> <stem> inspection.<key> = <value>
        <set> <stem> report_date = <value>
        <set> <stem> problems = <n> (first: <title>)     (only where the truth lists no problem at all)
then one "count <set> <n>" line per set and a total.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

HEADLINE = ("problems_total", "problems_done", "measures_total", "measures_done", "rules_made")
DATES = ("start", "end", "feedback_date")


def labelled_dirs(ck: Path, names: list[str]) -> list[Path]:
    if not names:
        names = ["seeds", "heldout", "samples"]
        names += sorted(p.name for p in (ck / "tests/importer").glob("blindwritten*") if p.is_dir())
        real = ck / "tests/importer/real"
        names += sorted(p.name for p in real.iterdir() if p.is_dir() and (p.name.startswith(("blind", "snippets"))))
        names += ["tune", "tune_sentences"]
        held = os.environ.get("HELDOUT")
        if held and Path(held).is_file():
            words = set(Path(held).read_text(encoding="utf-8").split())
            names = [n for n in names if n not in words]
    out = []
    for n in names:
        if n == "seeds":
            out.append(Path("/work/shared/corpus/seeds"))
        elif (ck / "tests/importer" / n).is_dir():
            out.append(ck / "tests/importer" / n)
        else:
            out.append(ck / "tests/importer/real" / n)
    return out


def extras_of(truth: dict, pred: dict) -> list[str]:
    lines = []
    th = truth.get("headline") or {}
    ph = pred.get("headline") or {}
    for key in HEADLINE:
        if th.get(key) is None and ph.get(key) is not None:
            lines.append(f"headline.{key} = {ph[key]}")
    ti = truth.get("inspection") or {}
    pi = pred.get("inspection") or {}
    for key in DATES:
        if ti.get(key) is None and pi.get(key) is not None:
            lines.append(f"inspection.{key} = {pi[key]}")
    if truth.get("report_date") is None and pred.get("report_date") is not None:
        lines.append(f"report_date = {pred['report_date']}")
    pp = pred.get("problems") or []
    if not (truth.get("problems") or []) and pp:
        first = (pp[0].get("title") or "")[:40]
        lines.append(f"problems = {len(pp)} (first: {first})")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("checkout", nargs="?", default=str(Path(__file__).resolve().parents[4]))
    ap.add_argument("--out")
    ap.add_argument("sets", nargs="*")
    a = ap.parse_args()
    # a first positional that is not a directory is a set name
    if not Path(a.checkout).is_dir():
        a.sets.insert(0, a.checkout)
        a.checkout = str(Path(__file__).resolve().parents[4])
    ck = Path(a.checkout).resolve()
    sys.path.insert(0, str(ck))
    spec = importlib.util.spec_from_file_location("ps", ck / "tests/importer/real/tools/parse_snapshot.py")
    ps = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ps)
    from zhenggai.importer import guards
    guards.configure(guards.Budget())
    lines, counts = [], []
    for d in labelled_dirs(ck, a.sets):
        if not d.is_dir():
            continue
        n = 0
        for t in sorted(d.glob("*.truth.json")):
            stem = t.name[: -len(".truth.json")]
            docs = [p for p in d.glob(stem + ".*") if p.suffix.lower() in ps.EXTENSIONS]
            if not docs:
                continue
            truth = json.loads(t.read_text(encoding="utf-8"))
            try:
                pred = ps.parse_one(docs[0])
            except Exception as e:  # noqa: BLE001 - a crash states nothing
                print("CRASH", docs[0], type(e).__name__, e, file=sys.stderr)
                continue
            for line in extras_of(truth, pred):
                lines.append(f"{d.name} {stem} {line}")
                n += 1
        counts.append((d.name, n))
    text = "\n".join(lines + [f"count {name} {n}" for name, n in counts] + [f"total {sum(n for _, n in counts)}"]) + "\n"
    if a.out:
        Path(a.out).write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
