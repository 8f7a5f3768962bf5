#!/usr/bin/env bash
# Campaign chunk 4 (issue 8, session 5): content terms on top of the chunk-2 recipe (SN, `warm`, sigma_D = 0.1,
# compact, 15 epochs x 100 iterations, seed 19) on classic/pop, the pair with the largest content change (0.99):
# source retention at 0.1 and 0.3, and the identity term at 0.3. Compared with c2-classic-pop-sn at equal iterations.
# usage: docs/runs/campaign/c4.sh MAX_MINUTES   -- starts (or resumes) the three runs, one thread each
set -u
here=$(dirname "$0")
mins=${1:?max minutes}
for setting in "r0.1 --retention-weight 0.1" "r0.3 --retention-weight 0.3" "id0.3 --identity-weight 0.3"; do
  read -r tag flag weight <<< "$setting"
  bash "$here/start-run.sh" c4-classic-pop-sn-$tag "$mins" classic,pop sn --config compact --recipe warm \
    --sigma-d 0.1 "$flag" "$weight" --epochs 15 --iterations-per-epoch 100
done
