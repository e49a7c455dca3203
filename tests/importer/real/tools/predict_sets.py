"""Write the parser's JSON for every labelled document of the given sets, in one process, for
``score_import.py --pred-dir`` (score_sets.sh; the same figures as ``--cmd``, one process per file, in seconds not minutes).

usage: CHECKOUT/.venv/bin/python tests/importer/real/tools/predict_sets.py CHECKOUT OUTROOT DIR...
       -> OUTROOT/<set name>/<stem>.json; a crash or a refused file is reported on stderr and left out (scored empty)."""
import importlib.util
import json
import sys
from pathlib import Path

ck = Path(sys.argv[1]).resolve(); sys.path.insert(0, str(ck))
spec = importlib.util.spec_from_file_location("ps", ck / "tests/importer/real/tools/parse_snapshot.py")
ps = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ps)
from zhenggai.importer import guards  # noqa: E402
guards.configure(guards.Budget())
out = Path(sys.argv[2])
for d in map(Path, sys.argv[3:]):
    od = out / d.name; od.mkdir(parents=True, exist_ok=True)
    for t in sorted(d.glob("*.truth.json")):
        stem = t.name[:-len(".truth.json")]
        docs = [p for p in d.glob(stem + ".*") if p.suffix.lower() in ps.EXTENSIONS and not p.name.endswith(".truth.json")]
        if not docs:
            continue
        try:
            r = ps.labelled_scores.parse(docs[0])  # (no --explain text: the scorer does not read it)
        except Exception as e:  # a crash is scored as no output
            print("CRASH", docs[0], type(e).__name__, e, file=sys.stderr); continue
        if "error" in r and len(r) <= 2:
            print("REFUSED", docs[0], r, file=sys.stderr); continue
        (od / f"{stem}.json").write_text(json.dumps(r, ensure_ascii=False), encoding="utf-8")
