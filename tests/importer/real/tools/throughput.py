"""Parse throughput on real-size documents: best of 5 rounds of 10 passes. Usage: python throughput.py FILE…"""
import time, sys
from pathlib import Path
from zhenggai.importer.parse import parse_text
texts = [Path(n).read_text(encoding="utf-8") for n in sys.argv[1:]]
size = sum(len(t.encode()) for t in texts)
best = 1e9
for _ in range(5):
    t = time.perf_counter()
    for _ in range(10):
        for x in texts: parse_text(x)
    best = min(best, time.perf_counter() - t)
print(f"{10*size/1e6:.2f} MB of real-size documents in {best:.2f} s = {10*size/1e6/best:.2f} MB/s")
