"""Score a held-out set on only the pages no tuning batch also holds.

The `pages` corpus is small, and helpers labelling at the same time from the same main found the same pages: in session
12, 24 of snippets9's pages, 9 of snippets10's and 3 of blind9's were also labelled in tune_sentences (which the figures
helper tuned against). A held-out figure counts only the pages nobody tuned against, so this tool links the held-out
documents whose url (scheme and "www." ignored) is in none of the tuning directories into a temporary directory and runs
the shared scorer there.

Usage: python clean_heldout.py --cmd 'CMD {file}' --tuned DIR [DIR…] -- HELDOUT_DIR [HELDOUT_DIR…]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SCORER = Path("/work/shared/tools/score_import.py")


def url_key(truth: Path) -> str | None:
    url = json.loads(truth.read_text(encoding="utf-8")).get("url")
    return url.split("://")[-1].rstrip("/").replace("www.", "", 1) if url else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--tuned", nargs="+", type=Path, required=True)
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("heldout", nargs="+", type=Path)
    args = ap.parse_args()
    tuned = {key for d in args.tuned for t in d.glob("*.truth.json") if (key := url_key(t))}
    status = 0
    for d in args.heldout:
        with tempfile.TemporaryDirectory() as tmp:
            kept = dropped = 0
            for truth in sorted(d.glob("*.truth.json")):
                stem = truth.name[: -len(".truth.json")]
                if url_key(truth) in tuned:
                    dropped += 1
                    continue
                kept += 1
                for f in d.glob(stem + ".*"):
                    (Path(tmp) / f.name).symlink_to(f.resolve())
            print(f"== {d}: {kept} documents scored, {dropped} left out (their page is in a tuning batch)", flush=True)
            run = subprocess.run([sys.executable, str(args.scorer), "--cmd", args.cmd, tmp], capture_output=True, text=True)
            print("\n".join(line for line in run.stdout.splitlines() if line.startswith("TOTAL")), flush=True)
            status = status or run.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
