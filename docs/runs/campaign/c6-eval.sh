#!/usr/bin/env bash
# Exports the newest checkpoint of each chunk-6 run (jazz/classic SN and Baseline, continued towards 3,000 iterations)
# and evaluates it on the test split with the shipped jazz/classic classifier; writes
# docs/runs/campaign/c6-jazz-classic-<variant>-<iterations>.eval.json.
set -u
here=$(dirname "$0")
for variant in sn base; do
  bash "$here/export-eval.sh" c6-jazz-classic-$variant jazz,classic "$variant" --config compact --recipe warm \
    --sigma-d 0.1 --epochs 30 --iterations-per-epoch 100
done
