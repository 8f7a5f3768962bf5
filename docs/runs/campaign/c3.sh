#!/usr/bin/env bash
# Campaign chunk 3 (issue 8, session 5): the recipe chosen in chunk 2 (`warm`, sigma_D = 0.1, compact 16/4/16,
# 15 epochs x 100 iterations, seed 19) for another variant on all three pairs, so variants compare at equal recipe.
# usage: docs/runs/campaign/c3.sh VARIANT MAX_MINUTES [PAIR ...]   -- starts (or resumes) the runs of the given pairs
# (default: all three), one thread each
set -u
here=$(dirname "$0")
variant=${1:?variant: base, sa or sn+sa}
mins=${2:?max minutes}
shift 2
pairs=("$@"); [ ${#pairs[@]} -eq 0 ] && pairs=(jazz,classic classic,pop jazz,pop)
for pair in "${pairs[@]}"; do
  bash "$here/start-run.sh" c3-${pair/,/-}-${variant/+/} "$mins" "$pair" "$variant" --config compact --recipe warm \
    --sigma-d 0.1 --epochs 15 --iterations-per-epoch 100
done
