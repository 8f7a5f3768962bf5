#!/usr/bin/env bash
# Campaign chunk 6 (issue 8, planned for session 7): strength on jazz/classic, the pair furthest from the paper
# (SN 27.60 %, Baseline 26.44 %, against 63.98 / 57.64 %). Continues the committed 1,500-iteration checkpoints of
# chunk 2 (SN) and chunk 3 (Baseline) to 3,000 iterations: with --epochs 30 the learning rate follows the longer
# schedule from epoch 15 on (1.5e-4 there, decaying linearly to 0 at epoch 30). In chunk 2, S_tot fell from 41.72 to
# 27.60 % while the 15-epoch schedule decayed; the eval of each chunk's checkpoints shows whether more iterations help.
# usage: docs/runs/campaign/c6.sh MAX_MINUTES   -- starts (or resumes) both runs, one thread each
set -u
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../../.."
mins=${1:?max minutes}
for setting in "sn c2" "base c3"; do
  read -r variant chunk <<< "$setting"
  name=c6-jazz-classic-$variant
  out=runs/campaign/$name
  # the run continues a committed 1,500-iteration checkpoint, so start-run.sh always resumes it
  if [ ! -f "$out/checkpoint.bin" ]; then
    mkdir -p "$out"
    cp "assets/checkpoints/$chunk-jazz-classic-$variant/checkpoint.bin" "assets/checkpoints/$chunk-jazz-classic-$variant/metrics.jsonl" "$out/"
  fi
  bash "$here/start-run.sh" "$name" "$mins" jazz,classic "$variant" --config compact --recipe warm --sigma-d 0.1 \
    --epochs 30 --iterations-per-epoch 100
done
