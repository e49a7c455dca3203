"""Score the fields the problem scorer leaves out: title, issuer, inspection.inspector, inspection.inspected.

Usage:
  python score_parties.py [OUT.txt] [--show] [SET ...]

For every labelled set (the dirs score_all.sh reads: the seeds, tests/importer/{heldout,samples,blindwritten*},
tests/importer/real/{blind*,snippets*,tune,tune_sentences}; the folders in parse_snapshot.HELD_OUT skipped) each
document is parsed in this process (parse_snapshot.parse_one, what `zhenggai parse FILE --json` gives) and its four
party fields compared with the truth after NFKC with every space removed, both sides folded to simplified characters
with OpenCC t2s (the parser reads a traditional copy as simplified and writes its values so, by design: "市委第三巡察組"
and "市委第三巡察组" are the same value). Per set and field:
  right    truth and parser give the same value (both null counts here too, as `null`, shown apart)
  wrong    both give a value and they differ
  missing  the truth has a value, the parser none
  extra    the parser has a value, the truth null
A set whose truths give no value at all for a field did not label it (the snippets label no inspector or inspected):
its extras there are marked `*` in the table and counted apart in the summary, not errors by themselves.
--show lists every wrong / missing / extra value (truth -> parser) after the table.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
sys.path.insert(0, str(TOOLS))
from parse_snapshot import HELD_OUT, ROOT, parse_one  # noqa: E402  (parse_snapshot puts this checkout first on sys.path)

SEEDS = Path("/work/shared/corpus/seeds")
FIELDS = ("title", "issuer", "inspector", "inspected")


def set_dirs() -> list[tuple[str, Path]]:
    imp = ROOT / "tests" / "importer"
    found = []
    if SEEDS.is_dir():
        found.append(("seeds", SEEDS))
    for name in ("heldout", "samples"):
        found.append((name, imp / name))
    found += [(p.name, p) for p in sorted(imp.glob("blindwritten*")) if p.is_dir()]
    real = imp / "real"
    found += [(p.name, p) for p in sorted(real.glob("blind*")) if p.is_dir()]
    found += [(p.name, p) for p in sorted(real.glob("snippets*")) if p.is_dir()]
    found += [(n, real / n) for n in ("tune", "tune_sentences")]
    return [(n, d) for n, d in found if n not in HELD_OUT and d.is_dir()]


def pairs(d: Path):
    if (d / "truth").is_dir() and (d / "docs").is_dir():
        for truth in sorted((d / "truth").glob("*.json")):
            docs = sorted((d / "docs").glob(truth.stem + ".*"))
            if docs:
                yield docs[0], truth
        return
    for truth in sorted(d.glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        docs = sorted(p for p in d.glob(stem + ".*") if not p.name.endswith(".json"))
        if docs:
            yield docs[0], truth


_T2S = None


def norm(v) -> str | None:
    global _T2S
    if v is None:
        return None
    v = "".join(ch for ch in unicodedata.normalize("NFKC", str(v)) if not ch.isspace())
    try:
        if _T2S is None:
            import opencc
            _T2S = opencc.OpenCC("t2s")
        v = _T2S.convert(v)
    except ImportError:
        pass
    return v or None


def fields_of(d: dict) -> dict:
    insp = d.get("inspection") or {}
    return {"title": d.get("title"), "issuer": d.get("issuer"),
            "inspector": insp.get("inspector"), "inspected": insp.get("inspected")}


def main(argv: list[str]) -> int:
    show = "--show" in argv
    argv = [a for a in argv if a != "--show"]
    out = Path(argv[0]) if argv and argv[0].endswith(".txt") else None
    wanted = set(argv[1:] if out else argv)
    from zhenggai.importer import guards
    from zhenggai.importer.guards import Budget

    guards.configure(Budget())
    rows, details = [], []
    grand = {f: [0, 0, 0, 0, 0] for f in FIELDS}
    unlabelled_extra = {f: 0 for f in FIELDS}
    for name, d in set_dirs():
        if wanted and name not in wanted:
            continue
        tally = {f: [0, 0, 0, 0, 0] for f in FIELDS}  # right, null(both), wrong, missing, extra
        n = 0
        docs = [(doc, json.loads(t.read_text(encoding="utf-8"))) for doc, t in pairs(d)]
        labelled = {f for f in FIELDS for _, truth in docs if fields_of(truth)[f] is not None}
        for doc, truth in docs:
            pred = parse_one(doc)
            n += 1
            t, p = fields_of(truth), fields_of(pred if "error" not in pred else {})
            for f in FIELDS:
                tv, pv = norm(t[f]), norm(p[f])
                if tv == pv:
                    k = 0 if tv is not None else 1
                elif tv is not None and pv is not None:
                    k = 2
                elif tv is not None:
                    k = 3
                else:
                    k = 4
                tally[f][k] += 1
                if k == 4 and f not in labelled:
                    unlabelled_extra[f] += 1
                else:
                    grand[f][k] += 1
                if k >= 2:
                    kind = ("wrong", "missing", "extra")[k - 2] + ("(unlabelled)" if f not in labelled else "")
                    details.append(f"{name}/{doc.name} {f} {kind}: {t[f]!r} -> {p[f]!r}")
        cells = "  ".join("{:>3} {:>3} {:>3} {:>3} {:>3}{}".format(*tally[f], " " if f in labelled else "*")
                          for f in FIELDS)
        rows.append(f"{name:<16} {n:>3}  {cells}")
    head = ("set              docs  " + "  ".join(f"{f + ' r/null/w/m/x':<19}" for f in FIELDS))
    total = "  ".join("{:>3} {:>3} {:>3} {:>3} {:>3} ".format(*grand[f]) for f in FIELDS)
    lines = [head, *rows, f"{'TOTAL labelled':<16} {'':>3}  {total}",
             "# per field: right (same value) / null (both null) / wrong (values differ) / missing (truth only) / "
             "extra (parser only); NFKC, spaces removed, t2s; * = the set's truths label no value of this field "
             "(its extras are left out of TOTAL labelled)"]
    summary = "; ".join(f"{f}: right {grand[f][0]} wrong {grand[f][2]} missing {grand[f][3]} extra {grand[f][4]}"
                        f" (+{unlabelled_extra[f]} in unlabelled sets)" for f in FIELDS)
    lines.append("# " + summary)
    text = "\n".join(lines) + "\n"
    if show:
        text += "\n".join(details) + "\n"
    if out:
        out.write_text(text, encoding="utf-8")
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
