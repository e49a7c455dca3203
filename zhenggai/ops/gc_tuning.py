"""Garbage collection in the web processes.

Django's start-up heap (modules, URL patterns, model metadata, the base template: ~150,000 objects) lives as
long as the process, yet CPython's full collection walks all of it again every few dozen requests, and that
collection lands inside whichever request happens to be running: at 1M measures it was the slow tail of the
pages (in one process, p95 with / without: battle map of all inspections 142 / 62 ms, inspection list 100 /
32 ms, my work 80 / 63 ms). So once the gunicorn master has loaded the application (`zhenggai.ops.wsgi`, before
it forks the workers) the heap is moved out of the collector's reach (`gc.freeze`: it also stops collections in
the workers from touching, and so copying, the pages they share with the master), and the youngest generation is
collected less often (`ZHENGGAI_GC_THRESHOLD`, CPython's default being 700,10,10).
"""
from __future__ import annotations

import gc

from django.conf import settings


def threshold() -> tuple[int, ...]:
    raw = str(getattr(settings, "ZHENGGAI_GC_THRESHOLD", "") or "")
    try:
        values = tuple(int(part) for part in raw.split(",") if part.strip())
    except ValueError:
        values = ()
    return values if len(values) == 3 and values[0] > 0 else (700, 10, 10)


def freeze_startup_heap() -> int:
    """Collect once, freeze what is left, set the thresholds; returns how many objects were frozen."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*threshold())
    return gc.get_freeze_count()
