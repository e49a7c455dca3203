"""A full re-scan (every inspection), after a threshold changed or a restore: `zhenggai quality scan --all`.

Inspections are grouped by body so each body's problems are read and indexed once (quality.body), not once
per inspection; with `workers` > 1 the inspections of a body are split between processes forked after the body
was read (so they share it), each with its own database connection. PostgreSQL takes parallel writers;
SQLite serialises them (one writer at a time), so there one worker is the sensible choice.
"""
from __future__ import annotations

import multiprocessing
import time
from collections import defaultdict
from dataclasses import dataclass

from django.db import connections

from zhenggai.ledger.models import Inspection
from zhenggai.quality.body import BodyProblems


@dataclass
class Totals:
    inspections: int = 0
    measures: int = 0
    flags: int = 0
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.measures / self.seconds if self.seconds else 0.0

    def add(self, other: Totals) -> None:
        self.inspections += other.inspections
        self.measures += other.measures
        self.flags += other.flags


# The body being scanned: read by the parent before its workers fork, so each worker has it without reading it
# again (copy-on-write pages); a body of 250K problems takes seconds to read and index.
_BODY: BodyProblems | None = None


def _scan_run(inspection_ids: list[int]) -> Totals:
    """Scan inspections of one body in turn, with the body's problems already read."""
    from zhenggai.quality.scan import quality_scan_inspection

    totals = Totals()
    for pk in inspection_ids:
        state = quality_scan_inspection(pk, body=_BODY)
        totals.add(Totals(1, state.measures, state.flags))
    return totals


RUN = 25  # inspections per run at most: the progress is reported as each run ends


def _bodies(inspection_ids: list[int]) -> dict[int, list[int]]:
    """The inspections given, grouped by body: the first inspection of each group → the group."""
    roots = dict(Inspection.all_objects.filter(pk__in=inspection_ids).values_list("pk", "inspected_unit__path"))
    by_body: dict[str, list[int]] = defaultdict(list)
    for pk in inspection_ids:
        by_body["/" + roots[pk].strip("/").split("/")[0] + "/"].append(pk)
    return {ids[0]: ids for ids in by_body.values()}


def _runs(ids: list[int], workers: int) -> list[list[int]]:
    """A body's inspections cut into runs: at least one per worker, at most RUN inspections each."""
    parts = max(1, min(len(ids), max(workers, -(-len(ids) // RUN))))
    return [ids[i::parts] for i in range(parts)]


def quality_rescan(inspection_ids: list[int] | None = None, *, workers: int = 1, progress=None) -> Totals:
    """Scan every inspection (or those given); return what was scanned, found and how long it took."""
    global _BODY
    started = time.monotonic()
    if inspection_ids is None:
        inspection_ids = list(Inspection.objects.order_by("pk").values_list("pk", flat=True))
    totals = Totals()
    try:
        for first, ids in _bodies(inspection_ids).items():
            _BODY = BodyProblems.load(Inspection.all_objects.select_related("inspected_unit").get(pk=first))
            runs = _runs(ids, workers)
            if workers <= 1:
                for run in runs:
                    totals.add(_scan_run(run))
                    if progress:
                        progress(totals, time.monotonic() - started)
                continue
            connections.close_all()  # each worker opens its own; a connection must not cross a fork
            with multiprocessing.get_context("fork").Pool(min(workers, len(runs))) as pool:
                for part in pool.imap_unordered(_scan_run, runs):
                    totals.add(part)
                    if progress:
                        progress(totals, time.monotonic() - started)
    finally:
        _BODY = None
    totals.seconds = time.monotonic() - started
    return totals
