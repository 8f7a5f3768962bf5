#!/usr/bin/env python3
"""Picks a run's snapshot from its evaluations on the held-out validation songs (chunk 11, docs/results.md).

usage: pick_snapshot.py VARIANT step-NNNNN.eval.json ...

Prints one Markdown row per snapshot and, last, "chosen: step N ...": the snapshot with the highest S_tot among those
within issue 8's content bars for VARIANT (both directions write 0.5-2x the source's notes and remove at most half of
them; mean content change at most the paper's for the variant). When none is within the bars it says so and names the
strongest.
"""
import json
import re
import sys

CONTENT_BAR = {"base": 0.92, "sn": 0.52, "sa": 2.11, "sn+sa": 2.19}


def row(path):
    e = json.load(open(path))
    step = int(re.search(r"step-(\d+)", path).group(1))
    dirs = e["directions"]
    density = {d: 1 + v["content_change"]["added"]["mean"] - v["content_change"]["removed"]["mean"] for d, v in dirs.items()}
    removed = {d: v["content_change"]["removed"]["mean"] for d, v in dirs.items()}
    return step, e, density, removed


def main():
    variant, paths = sys.argv[1], sys.argv[2:]
    bar = CONTENT_BAR[variant]
    rows = sorted(row(p) for p in paths)
    print("| step | S_tot | S_A→B / S_B→A | content change | density per direction | removed per direction | within the bars |")
    print("|---|---|---|---|---|---|---|")
    within = []
    for step, e, density, removed in rows:
        ok = (all(0.5 <= d <= 2 for d in density.values()) and all(r <= 0.5 for r in removed.values())
              and e["content_change"] <= bar)
        if ok:
            within.append((e["s_tot"], step))
        print("| %d | %.2f %% | %.2f / %.2f %% | %.2f | %s | %s | %s |" % (
            step, e["s_tot"], e["s_a_to_b"], e["s_b_to_a"], e["content_change"],
            ", ".join("%.2f×" % d for d in density.values()), ", ".join("%.2f" % r for r in removed.values()),
            "yes" if ok else "no"))
    if within:
        s, step = max(within)
        print("\nchosen: step %d (validation S_tot %.2f %%, the highest of %d snapshots within the bars)" % (step, s, len(within)))
    else:
        s, step = max((e["s_tot"], st) for st, e, _, _ in rows)
        print("\nchosen: step %d (validation S_tot %.2f %%; no snapshot is within the bars, this is the strongest)" % (step, s))


if __name__ == "__main__":
    main()
