#!/usr/bin/env bash
# Exports the newest checkpoint of each chunk-4 run and evaluates it on the test split with the shipped classic/pop
# classifier; writes docs/runs/campaign/c4-classic-pop-sn-<tag>-<iterations>.eval.json.
set -u
cd "$(dirname "$0")/../../.."
for setting in "r0.1 --retention-weight 0.1" "r0.3 --retention-weight 0.3" "id0.3 --identity-weight 0.3"; do
  read -r tag flag weight <<< "$setting"
  name=c4-classic-pop-sn-$tag
  out=runs/campaign/$name
  models=runs/campaign/$name-models
  [ -f "$out/checkpoint.bin" ] || { echo "$name: no checkpoint"; continue; }
  mkdir -p "$models"
  ./genreshift train --data /work/data/duple-v2 --pair classic,pop --variant sn --config compact --recipe warm \
    --sigma-d 0.1 "$flag" "$weight" --epochs 15 --iterations-per-epoch 100 --out "$out" --export-checkpoint \
    --export "$models" > "$models.export.log" 2>&1
  step=$(python3 -c "import json;print(int(json.load(open('$models/generator-classic-to-pop-sn.json'))['model']['provenance']['final_metrics']['checkpoint_step']))")
  cp assets/models/classifier-classic-pop.* "$models/"
  json=docs/runs/campaign/$name-$step.eval.json
  ./genreshift evaluate --data /work/data/duple-v2 --models "$models" --pair classic,pop --variant sn --json \
    > "$json" 2> "$models.eval.err"
  echo "$name at $step: $(python3 -c "import json;e=json.load(open('$json'));print('S_tot %.2f %%, content change %.2f' % (e['s_tot'], e['content_change']))")"
done
