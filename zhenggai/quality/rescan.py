"""A full re-scan (every inspection), after a threshold changed or a restore: `zhenggai quality scan --all`.

Inspections are grouped by body so each body's problems are read and indexed once per worker (quality.body),
not once per inspection; with `workers` > 1 the inspections of a body are split between processes, each with
its own database connection. PostgreSQL takes parallel writers; SQLite serialises them (one writer at a time),
so there one worker is the sensible choice.
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


def _scan_chunk(inspection_ids: list[int]) -> Totals:
    """Scan inspections of one body in turn, reading the body's problems once."""
    from zhenggai.quality.scan import quality_scan_inspection

    totals = Totals()
    body: BodyProblems | None = None
    for pk in inspection_ids:
        if body is None:
            body = BodyProblems.load(Inspection.all_objects.select_related("inspected_unit").get(pk=pk))
        state = quality_scan_inspection(pk, body=body)
        totals.add(Totals(1, state.measures, state.flags))
    return totals


RUN = 25  # inspections per run at most: a run pays one read of its body, and reports its progress when done


def _chunks(inspection_ids: list[int], workers: int) -> list[list[int]]:
    """Each body's inspections, cut into runs: at least one per worker, at most RUN inspections each."""
    roots = dict(Inspection.all_objects.filter(pk__in=inspection_ids).values_list("pk", "inspected_unit__path"))
    by_body: dict[str, list[int]] = defaultdict(list)
    for pk in inspection_ids:
        by_body["/" + roots[pk].strip("/").split("/")[0] + "/"].append(pk)
    chunks = []
    for ids in by_body.values():
        parts = max(1, min(len(ids), max(workers, -(-len(ids) // RUN))))
        chunks += [ids[i::parts] for i in range(parts)]
    return sorted(chunks, key=len, reverse=True)


def quality_rescan(inspection_ids: list[int] | None = None, *, workers: int = 1, progress=None) -> Totals:
    """Scan every inspection (or those given); return what was scanned, found and how long it took."""
    started = time.monotonic()
    if inspection_ids is None:
        inspection_ids = list(Inspection.objects.order_by("pk").values_list("pk", flat=True))
    totals = Totals()
    chunks = _chunks(inspection_ids, workers)
    if workers <= 1:
        for chunk in chunks:
            totals.add(_scan_chunk(chunk))
            if progress:
                progress(totals, time.monotonic() - started)
    else:
        connections.close_all()  # each worker opens its own; a connection must not cross a fork
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            for part in pool.imap_unordered(_scan_chunk, chunks):
                totals.add(part)
                if progress:
                    progress(totals, time.monotonic() - started)
    totals.seconds = time.monotonic() - started
    return totals
