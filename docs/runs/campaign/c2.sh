#!/usr/bin/env bash
# Campaign chunk 2 (issue 8, session 4): the `warm` recipe at sigma_D = 0.1 instead of 1, SN, compact 16/4/16, on all
# three pairs, 15 epochs x 100 iterations like set 3 (chunk 1), so the two compare at equal iterations, seed and data.
# usage: docs/runs/campaign/c2.sh MAX_MINUTES    -- starts (or resumes) the three runs in the background, one thread each
set -u
here=$(dirname "$0")
mins=${1:?max minutes}
for pair in jazz,classic classic,pop jazz,pop; do
  bash "$here/start-run.sh" c2-${pair/,/-}-sn "$mins" "$pair" sn --config compact --recipe warm --sigma-d 0.1 \
    --epochs 15 --iterations-per-epoch 100
done
