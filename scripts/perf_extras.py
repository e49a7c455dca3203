"""Add to a `zhenggai loadgen` ledger what loadgen does not write, for the 督办, 签收 and 信访件 pages at scale:

    DATABASE_URL=postgres://…/zg_scratch .venv/bin/python scripts/perf_extras.py --cases 50000

督办 records on every 10th measure (10K at 100K measures, 100K at 1M), 签收 rows on every 5th (a third of them
pending), and N petition cases (40 batches, the body's units in turn, random areas, types, states, verdicts as
zhenggai.bench_petitions fills them) in the loadgen body's largest inspection; then VACUUM ANALYZE of those tables.
PostgreSQL only (INSERT … SELECT over the measures). Writes into the configured database: a scratch one.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's code, not an installed copy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=50_000, help="petition cases (default 50,000)")
    args = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhenggai.settings")
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count

    from zhenggai.accounts.models import Unit, User
    from zhenggai.bench_petitions import fill_cases
    from zhenggai.ledger.models import Inspection

    office = User.objects.get(username="loadgen_office")
    with connection.cursor() as cur:
        cur.execute("""INSERT INTO supervision_supervisionrecord (kind, measure_id, unit_id, addressee, issued_on,
                       doc_number, text, reply_by, evidence_id, issued_by_id, created_at)
                       SELECT (ARRAY['order','letter','notice','talk'])[1 + m.id %% 4], m.id, m.lead_unit_id,
                              '主要负责人',
                              m.created_on + (m.id %% 200)::int, '整改办督〔2026〕' || m.id || '号',
                              '请于限期内报送整改进展。' || m.text, m.created_on + (m.id %% 200 + 10)::int, NULL, %s, now()
                       FROM ledger_measure m WHERE m.id %% 10 = 0""", [office.pk])
        print("督办 records", cur.rowcount, flush=True)
        cur.execute("""INSERT INTO supervision_assignment (state, assigned_on, acted_at, reason, reminded_on,
                       acted_by_id, measure_id, unit_id)
                       SELECT CASE WHEN m.id %% 3 = 0 THEN 'pending' ELSE 'acknowledged' END, m.created_on, NULL, '',
                              NULL, NULL, m.id, m.lead_unit_id FROM ledger_measure m WHERE m.id %% 5 = 0""", [])
        print("签收 rows", cur.rowcount, flush=True)
    body = Inspection.objects.filter(inspected_unit__path__startswith=office.unit.path)
    biggest = body.annotate(n=Count("problems")).order_by("-n", "id").first()
    units = list(Unit.objects.filter(parent=office.unit).order_by("id"))
    n = args.cases
    fill_cases(biggest, units, n, random.Random(7))
    print(f"petition cases {n} in inspection {biggest.pk}", flush=True)
    with connection.cursor() as cur:
        for table in ("supervision_supervisionrecord", "supervision_assignment", "petitions_petitioncase",
                      "petitions_petitionbatch"):
            cur.execute(f"VACUUM ANALYZE {table}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
