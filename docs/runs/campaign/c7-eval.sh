#!/usr/bin/env bash
# Exports the newest checkpoint of each chunk-7 run (SA, SN+SA on jazz/pop) and evaluates it on the test split with
# the shipped jazz/pop classifier; writes docs/runs/campaign/c7-jazz-pop-<variant>-id0.3-<iterations>.eval.json.
# usage: docs/runs/campaign/c7-eval.sh [VARIANT ...]   (default: sa sn+sa)
set -u
here=$(dirname "$0")
variants=("$@"); [ ${#variants[@]} -eq 0 ] && variants=(sa sn+sa)
for variant in "${variants[@]}"; do
  bash "$here/export-eval.sh" c7-jazz-pop-${variant/+/}-id0.3 jazz,pop "$variant" --config compact --recipe warm \
    --sigma-d 0.1 --identity-weight 0.3 --epochs 15 --iterations-per-epoch 100
done
