# zhenggai — the two commands a newcomer needs: `make demo` and `make test`.
.PHONY: demo test venv venv-dev bench bench-pages screenshots clean

# Where the demo listens: make demo ADDR=0.0.0.0:8080
ADDR ?= 127.0.0.1:8000

venv:
	@scripts/bootstrap.sh

venv-dev:
	@scripts/bootstrap.sh dev

demo: venv
	.venv/bin/zhenggai demo --addr $(ADDR)

test: venv-dev
	.venv/bin/python -m pytest $(PYTEST_ARGS)

# The load test at its end runs on SQLite, then on PostgreSQL when given a scratch database:
# make bench BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/zg_scratch
# With a loadgen ledger it also prints req/s under wrk (8 connections, gunicorn with 2 workers) on the
# overview, the problem list and the public page (zhenggai.bench_wrk):
# make bench BENCH_LOADGEN_URL=postgres://postgres@127.0.0.1:5432/zg_perf_1m
BENCH_PG_URL ?= $(ZHENGGAI_BENCH_PG_URL)
BENCH_LOADGEN_URL ?= $(ZHENGGAI_BENCH_LOADGEN_URL)
# The quality section's full re-scan of 1M measures runs on a loadgen ledger when given one (issue 13's bar):
# make bench RESCAN_PG_URL=postgres://postgres@127.0.0.1:5432/zg_scratch_1m   (zhenggai loadgen --measures 1000000 first)
RESCAN_PG_URL ?= $(ZHENGGAI_BENCH_RESCAN_URL)
bench: venv-dev
	ZHENGGAI_BENCH_PG_URL=$(BENCH_PG_URL) ZHENGGAI_BENCH_LOADGEN_URL=$(BENCH_LOADGEN_URL) ZHENGGAI_BENCH_RESCAN_URL=$(RESCAN_PG_URL) .venv/bin/python -m zhenggai.bench
	# Petition cases (issue 12): a 10,000-row 交办清单 import and the case list at 50,000 cases, on PostgreSQL
	# when given a scratch database (the bar is set there), else on a throw-away SQLite file.
	if [ -n "$(BENCH_PG_URL)" ]; then DATABASE_URL=$(BENCH_PG_URL) .venv/bin/python -m zhenggai.bench_petitions \
	  --use-configured-db; else .venv/bin/python -m zhenggai.bench_petitions; fi

# Pages over a loadgen ledger in the configured database (DATABASE_URL=…; zhenggai loadgen --measures N first).
bench-pages: venv-dev
	.venv/bin/python -m zhenggai.bench --pages

screenshots: venv-dev
	.venv/bin/python scripts/screenshots.py

clean:
	rm -rf .venv var .pytest_cache
