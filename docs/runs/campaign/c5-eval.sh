#!/usr/bin/env bash
# Exports the newest checkpoint of each chunk-5 run and evaluates it on the test split with the shipped classifier of
# its pair; writes docs/runs/campaign/c5-<pair>-sn-id<weight>-<iterations>.eval.json.
# usage: docs/runs/campaign/c5-eval.sh [PAIR ...]   (default: all three, e.g. jazz,pop)
set -u
here=$(dirname "$0")
for setting in "jazz,pop 0.3" "jazz,classic 0.3" "classic,pop 0.6"; do
  read -r pair weight <<< "$setting"
  [ $# -eq 0 ] || [[ " $* " == *" $pair "* ]] || continue
  a=${pair%,*}; b=${pair#*,}
  bash "$here/export-eval.sh" c5-$a-$b-sn-id$weight "$pair" sn --config compact --recipe warm --sigma-d 0.1 \
    --identity-weight "$weight" --epochs 15 --iterations-per-epoch 100
done
