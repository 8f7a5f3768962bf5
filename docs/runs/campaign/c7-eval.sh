#!/usr/bin/env bash
# Exports the newest checkpoint of each chunk-7 run (SA, SN+SA on jazz/pop) and evaluates it on the test split with
# the shipped jazz/pop classifier; writes docs/runs/campaign/c7-jazz-pop-<variant>-id0.3-<iterations>.eval.json.
# usage: docs/runs/campaign/c7-eval.sh [VARIANT ...]   (default: sa sn+sa)
set -u
cd "$(dirname "$0")/../../.."
variants=("$@"); [ ${#variants[@]} -eq 0 ] && variants=(sa sn+sa)
for variant in "${variants[@]}"; do
  name=c7-jazz-pop-${variant/+/}-id0.3
  out=runs/campaign/$name
  models=runs/campaign/$name-models
  [ -f "$out/checkpoint.bin" ] || { echo "$name: no checkpoint"; continue; }
  mkdir -p "$models"
  ./genreshift train --data /work/data/duple-v2 --pair jazz,pop --variant "$variant" --config compact --recipe warm \
    --sigma-d 0.1 --identity-weight 0.3 --epochs 15 --iterations-per-epoch 100 --out "$out" \
    --export-checkpoint --export "$models" > "$models.export.log" 2>&1
  step=$(python3 -c "import json;print(int(json.load(open('$models/generator-jazz-to-pop-$variant.json'))['model']['provenance']['final_metrics']['checkpoint_step']))")
  cp assets/models/classifier-jazz-pop.* "$models/"
  json=docs/runs/campaign/$name-$step.eval.json
  ./genreshift evaluate --data /work/data/duple-v2 --models "$models" --pair jazz,pop --variant "$variant" --json \
    > "$json" 2> "$models.eval.err"
  echo "$name at $step: $(python3 -c "import json;e=json.load(open('$json'));print('S_tot %.2f %%, content change %.2f' % (e['s_tot'], e['content_change']))")"
done
