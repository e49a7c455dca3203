"""Record every labelled set's figures as its floor (tests/importer/real/FLOORS.json), which
tests/importer/test_labelled_floor.py holds the parser to: no set may fall below what it scores when recorded.

usage: .venv/bin/python tests/importer/real/tools/floors.py [SET ...]   (no SET: every set; SETs: only those rewritten)
Run it after a change that raises a set (to keep the gain) or, with the reason in the commit, after a truth convention
that lowers one."""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))
from tests.importer import labelled_scores as ls  # noqa: E402

floors = json.loads(ls.FLOORS.read_text(encoding="utf-8")) if ls.FLOORS.exists() else {}
sc = ls.scorer()
for name, d in ls.set_dirs().items():
    if len(sys.argv) > 1 and name not in sys.argv[1:]:
        continue
    figures, crashes = ls.set_figures(d, sc)
    if crashes:
        sys.exit(f"{name}: crashes, not recorded: {crashes}")
    floors[name] = figures
    print(f"{name:16} " + " ".join("  -  " if v is None else f"{v:5.3f}" for v in figures.values()))
ls.FLOORS.write_text(json.dumps(dict(sorted(floors.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
