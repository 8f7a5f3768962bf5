#!/usr/bin/env bash
# Exports the newest checkpoint of each chunk-6 run (jazz/classic SN and Baseline, continued towards 3,000 iterations)
# and evaluates it on the test split with the shipped jazz/classic classifier; writes
# docs/runs/campaign/c6-jazz-classic-<variant>-<iterations>.eval.json.
set -u
cd "$(dirname "$0")/../../.."
for variant in sn base; do
  name=c6-jazz-classic-$variant
  out=runs/campaign/$name
  models=runs/campaign/$name-models
  [ -f "$out/checkpoint.bin" ] || { echo "$name: no checkpoint"; continue; }
  mkdir -p "$models"
  ./genreshift train --data /work/data/duple-v2 --pair jazz,classic --variant "$variant" --config compact --recipe warm \
    --sigma-d 0.1 --epochs 30 --iterations-per-epoch 100 --out "$out" --export-checkpoint --export "$models" \
    > "$models.export.log" 2>&1
  step=$(python3 -c "import json;print(int(json.load(open('$models/generator-jazz-to-classic-$variant.json'))['model']['provenance']['final_metrics']['checkpoint_step']))")
  cp assets/models/classifier-jazz-classic.* "$models/"
  json=docs/runs/campaign/$name-$step.eval.json
  ./genreshift evaluate --data /work/data/duple-v2 --models "$models" --pair jazz,classic --variant "$variant" --json \
    > "$json" 2> "$models.eval.err"
  echo "$name at $step: $(python3 -c "import json;e=json.load(open('$json'));print('S_tot %.2f %%, content change %.2f' % (e['s_tot'], e['content_change']))")"
done
