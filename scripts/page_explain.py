"""EXPLAIN (ANALYZE, BUFFERS) of every SELECT a page runs, as a loadgen user sees it, with the page cache off:

    DATABASE_URL=postgres://…/zg_scratch .venv/bin/python scripts/page_explain.py OUTDIR office:/supervision/records/ \\
        unit:/my-work/ 'leader:/review/'

For each page: its status, query count and database time (planning + execution, summed); for each query its time,
the buffers its plan touched and any sequential scan (marked !! on a table that grows with the ledger). The full
plans go to OUTDIR, one file a page. The role is loadgen_<role>, or a full username. It reads this checkout's code.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GROWING = {"ledger_measure", "ledger_problem", "ledger_progressupdate", "ledger_signoffrequest", "audit_auditevent",
           "ledger_measure_co_units", "ledger_problem_co_units", "ledger_extensionrequest", "petitions_petitioncase",
           "supervision_supervisionrecord", "supervision_assignment"}


def _nodes(node: dict) -> list[dict]:
    return [node] + [n for child in node.get("Plans", []) for n in _nodes(child)]


def main(argv: list[str]) -> int:
    os.environ["ZHENGGAI_PAGE_CACHE_SECONDS"] = "0"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from zhenggai.accounts.models import User

    settings.ALLOWED_HOSTS = ["*"]
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for spec in argv[1:]:
        role, url = spec.split(":", 1)
        client = Client()
        client.force_login(User.objects.get(username=role if "_" in role or "-" in role else f"loadgen_{role}"))
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        total, lines, plans = 0.0, [], []
        for i, item in enumerate(captured.captured_queries):
            sql = item["sql"]
            if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql)
                plan = cursor.fetchone()[0]
                plan = json.loads(plan) if isinstance(plan, str) else plan
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
                text = "\n".join(row[0] for row in cursor.fetchall())
            top = plan[0]
            ms = top["Planning Time"] + top["Execution Time"]
            total += ms
            seq = [f"Seq {n['Relation Name']}({n.get('Actual Rows', 0)}r x{n.get('Actual Loops', 1)})"
                   for n in _nodes(top["Plan"]) if n["Node Type"] == "Seq Scan"]
            growing = any(s[4:].split("(")[0] in GROWING for s in seq)
            buffers = top["Plan"].get("Shared Hit Blocks", 0) + top["Plan"].get("Shared Read Blocks", 0)
            lines.append(f"  q{i:02d} {ms:8.2f} ms {buffers:7d} buf  {'!! ' if growing else ''}"
                         f"{' '.join(seq)[:100]}  | {sql[:100]}")
            plans.append(f"--- q{i:02d} {ms:.2f} ms\n{sql}\n{text}\n")
        print(f"{role} {url}: status {response.status_code}, {len(captured)} queries, db {total:.1f} ms (plan+exec)")
        print("\n".join(lines), flush=True)
        name = re.sub(r"[^A-Za-z0-9]+", "_", f"{role}{url}").strip("_")[:80]
        (out / f"{name}.txt").write_text("\n".join(plans))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
