#!/usr/bin/env python3
"""The swing of a chunk-11 run on the held-out songs, from its pick table (docs/runs/campaign/c11-<run>.validation.md):
min, max, mean and standard deviation of S_tot over the snapshots from iteration 500 on, and the mean change between
consecutive snapshots.  usage: swing.py c11-<run>.validation.md ..."""
import re
import statistics
import sys

for path in sys.argv[1:]:
    rows = (re.match(r"\| (\d+) \| (-?[\d.]+) %", line) for line in open(path))
    v = [float(m.group(2)) for m in rows if m and int(m.group(1)) >= 500]
    steps = statistics.mean(abs(a - b) for a, b in zip(v, v[1:]))
    print("%s: min %.2f, max %.2f, mean %.1f, sd %.1f, mean change between snapshots %.1f"
          % (path, min(v), max(v), statistics.mean(v), statistics.stdev(v), steps))
