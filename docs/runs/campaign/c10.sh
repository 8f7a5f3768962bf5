#!/usr/bin/env bash
# Campaign chunk 10 (issue 8, session 9): jazz/classic SN at a constant learning rate. Chunk 6 found this pair's
# strength following the learning rate (about 42 % wherever it was 1e-4 to 2e-4, 27-32 % once it had decayed to 0), so
# this run keeps the rate at 2e-4 for all 15 epochs (--constant-rate-epochs 15; the reference decays it linearly to 0
# over the last 5) and is otherwise chunk 2's SN run (compact, warm, sigma_D = 0.1, 15 x 100 iterations, seed 19).
# usage: docs/runs/campaign/c10.sh train MAX_MINUTES  |  docs/runs/campaign/c10.sh eval
set -u
here=$(dirname "$0")
options=(--config compact --recipe warm --sigma-d 0.1 --epochs 15 --iterations-per-epoch 100 --constant-rate-epochs 15)
case ${1:?train or eval} in
  train) bash "$here/start-run.sh" c10-jazz-classic-sn-const "${2:?max minutes}" jazz,classic sn "${options[@]}" ;;
  eval) bash "$here/export-eval.sh" c10-jazz-classic-sn-const jazz,classic sn "${options[@]}" ;;
  *) echo "usage: $0 train MAX_MINUTES | eval"; exit 2 ;;
esac
