"""Parse throughput on real-size documents: best of 5 rounds of 10 passes, wall clock and CPU time.

Usage: python throughput.py FILE…   (UTF-8 text files; the seeds and the UTF-8 held-out documents are the usual set)
On a shared machine the wall figure follows the load; the CPU figure (this process's own time) is the steadier one.
"""
import sys
import time
from pathlib import Path

# measure the checkout this file is in, not the one the venv's editable install points at (parse_snapshot's note)
sys.path.insert(0, str(Path(__file__).resolve().parents[4]))
from zhenggai.importer.parse import parse_text

texts = [Path(n).read_text(encoding="utf-8") for n in sys.argv[1:]]
size = sum(len(t.encode()) for t in texts)
best_wall = best_cpu = 1e9
for _ in range(5):
    w, c = time.perf_counter(), time.process_time()
    for _ in range(10):
        for x in texts:
            parse_text(x)
    best_wall = min(best_wall, time.perf_counter() - w)
    best_cpu = min(best_cpu, time.process_time() - c)
mb = 10 * size / 1e6
print(f"{mb:.2f} MB of real-size documents: wall {best_wall:.2f} s = {mb / best_wall:.2f} MB/s; "
      f"CPU {best_cpu:.2f} s = {mb / best_cpu:.2f} MB/s")
