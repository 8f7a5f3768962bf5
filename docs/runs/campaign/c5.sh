#!/usr/bin/env bash
# Campaign chunk 5 (issue 8, session 6): the identity term of chunk 4 on the SN recipe of chunk 2 (compact, `warm`,
# sigma_D = 0.1, 15 epochs x 100 iterations, seed 19). Chunk 4 on classic/pop at 1,500 iterations: none 61.28 % / 0.99,
# lambda_r 0.1 53.13 % / 0.69, lambda_r 0.3 39.82 % / 0.47, lambda_id 0.3 55.62 % / 0.63 (S_tot / content change).
# Here: lambda_id 0.3 on jazz/pop and jazz/classic, lambda_id 0.6 on classic/pop.
# usage: docs/runs/campaign/c5.sh MAX_MINUTES   -- starts (or resumes) the three runs, one thread each
set -u
here=$(dirname "$0")
mins=${1:?max minutes}
for setting in "jazz,pop 0.3" "jazz,classic 0.3" "classic,pop 0.6"; do
  read -r pair weight <<< "$setting"
  bash "$here/start-run.sh" c5-${pair/,/-}-sn-id$weight "$mins" "$pair" sn --config compact --recipe warm \
    --sigma-d 0.1 --identity-weight "$weight" --epochs 15 --iterations-per-epoch 100
done
