#!/usr/bin/env bash
# Campaign chunk 2 (issue 8, session 4): the `warm` recipe at sigma_D = 0.1 instead of 1, SN, compact 16/4/16, on all
# three pairs, 15 epochs x 100 iterations like set 3 (chunk 1), so the two compare at equal iterations, seed and data.
# usage: docs/runs/campaign/c2.sh MAX_MINUTES    -- starts (or resumes) the three runs in the background, one thread each
set -u
cd "$(dirname "$0")/../../.."
mins=${1:?max minutes}
mkdir -p runs/campaign
for pair in jazz,classic classic,pop jazz,pop; do
  name=c2-${pair/,/-}-sn
  out=runs/campaign/$name
  resume=()
  [ -f "$out/checkpoint.bin" ] && resume=(--resume)
  OMP_NUM_THREADS=1 nohup ./genreshift train --data /work/data/duple-v2 --pair $pair --variant sn --config compact \
    --recipe warm --sigma-d 0.1 --epochs 15 --iterations-per-epoch 100 --checkpoint-minutes 4 --max-minutes "$mins" \
    --out "$out" "${resume[@]}" >> "$out.log" 2>&1 &
  echo "$name pid $!"
done
