#!/usr/bin/env bash
# Exports the newest checkpoint of each chunk-4 run and evaluates it on the test split with the shipped classic/pop
# classifier; writes docs/runs/campaign/c4-classic-pop-sn-<tag>-<iterations>.eval.json.
set -u
here=$(dirname "$0")
for setting in "r0.1 --retention-weight 0.1" "r0.3 --retention-weight 0.3" "id0.3 --identity-weight 0.3"; do
  read -r tag flag weight <<< "$setting"
  bash "$here/export-eval.sh" c4-classic-pop-sn-$tag classic,pop sn --config compact --recipe warm --sigma-d 0.1 \
    "$flag" "$weight" --epochs 15 --iterations-per-epoch 100
done
