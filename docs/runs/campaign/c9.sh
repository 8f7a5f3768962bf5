#!/usr/bin/env bash
# Campaign chunk 9 (issue 8 §1, session 9): network width by quality per CPU hour. classic/pop SN at 32/6/32 against
# chunk 2's compact 16/4/16 run (set 4: warm, sigma_D = 0.1, 15 epochs x 100 iterations, no identity term), for the
# same CPU time. Cost ratio measured beside one other 1-thread run (session 9, 21:53 UTC):
#   OMP_NUM_THREADS=1 ./genreshift bench --config compact  --sn --iters 3   -> CycleGAN training 11.35 pairs/s
#   OMP_NUM_THREADS=1 ./genreshift bench --config 32,6,32  --sn --iters 3   -> CycleGAN training  4.05 pairs/s
# 2.80x the cost per iteration, so 1,500 / 2.80 = 536 -> 15 epochs x 36 iterations = 540, with the warm start scaled
# the same way (150 -> 54, a tenth of the run as in the compact run) and the schedule's shape unchanged.
# usage: docs/runs/campaign/c9.sh train MAX_MINUTES  |  docs/runs/campaign/c9.sh eval
set -u
here=$(dirname "$0")
options=(--config 32,6,32 --recipe warm --warm-start 54 --sigma-d 0.1 --epochs 15 --iterations-per-epoch 36)
case ${1:?train or eval} in
  train) bash "$here/start-run.sh" c9-classic-pop-sn-w32 "${2:?max minutes}" classic,pop sn "${options[@]}" ;;
  eval) bash "$here/export-eval.sh" c9-classic-pop-sn-w32 classic,pop sn "${options[@]}" ;;
  *) echo "usage: $0 train MAX_MINUTES | eval"; exit 2 ;;
esac
