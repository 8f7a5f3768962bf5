#!/usr/bin/env python3
"""Ablation table of docs/training.md from run folders: metrics.jsonl + evaluate --json output.

usage: summarize.py RUN...   (RUN/metrics.jsonl or RUN.metrics.jsonl; RUN.eval.json and RUN.log beside it)
"Writes notes" = first logged step of the CycleGAN phase (after any warm start) from which both generators write at
least half their source genre's density at every later logged step.
"""
import json, sys, re, os

SOURCE_DENSITY = {"classic": 0.032, "pop": 0.045, "jazz": 0.055}  # training cells on (docs/training.md)

for run in sys.argv[1:]:
    run = run.rstrip("/")
    ev = json.load(open(run + ".eval.json"))
    a, b = ev["pair"]
    first = None
    metrics = os.path.join(run, "metrics.jsonl")
    for line in open(metrics if os.path.exists(metrics) else run + ".metrics.jsonl"):
        m = json.loads(line)
        if m["cycle"] == 0:
            continue  # warm start
        writes = m["density_ab"] >= 0.5 * SOURCE_DENSITY[a] and m["density_ba"] >= 0.5 * SOURCE_DENSITY[b]
        if not writes:
            first = None
        elif first is None:
            first = m["step"]
    wall = None
    if os.path.exists(run + ".log"):
        w = re.findall(r"wall_seconds (\d+)", open(run + ".log").read())
        wall = int(w[-1]) if w else None
    d = ev["directions"]
    ab, ba = d[f"{a}->{b}"]["content_change"], d[f"{b}->{a}"]["content_change"]
    ratio = lambda c: 1 + c["added"]["mean"] - c["removed"]["mean"]
    print(f"| {os.path.basename(run)} | {first if first is not None else 'never'} "
          f"| {ratio(ab):.2f} / {ratio(ba):.2f} "
          f"| {ab['added']['mean']:.2f} / {ab['removed']['mean']:.2f} / {ab['total']['mean']:.2f} "
          f"| {ba['added']['mean']:.2f} / {ba['removed']['mean']:.2f} / {ba['total']['mean']:.2f} "
          f"| {ev['s_a_to_b']:.2f} | {ev['s_b_to_a']:.2f} | **{ev['s_tot']:.2f} %** | {ev['content_change']:.2f} "
          f"| {wall/60:.0f} min |" if wall else "| ? |")
