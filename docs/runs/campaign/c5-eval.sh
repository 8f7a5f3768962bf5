#!/usr/bin/env bash
# Exports the newest checkpoint of each chunk-5 run and evaluates it on the test split with the shipped classifier of
# its pair; writes docs/runs/campaign/c5-<pair>-sn-id<weight>-<iterations>.eval.json.
# usage: docs/runs/campaign/c5-eval.sh [PAIR ...]   (default: all three, e.g. jazz,pop)
set -u
cd "$(dirname "$0")/../../.."
for setting in "jazz,pop 0.3" "jazz,classic 0.3" "classic,pop 0.6"; do
  read -r pair weight <<< "$setting"
  [ $# -eq 0 ] || [[ " $* " == *" $pair "* ]] || continue
  a=${pair%,*}; b=${pair#*,}
  name=c5-$a-$b-sn-id$weight
  out=runs/campaign/$name
  models=runs/campaign/$name-models
  [ -f "$out/checkpoint.bin" ] || { echo "$name: no checkpoint"; continue; }
  mkdir -p "$models"
  ./genreshift train --data /work/data/duple-v2 --pair "$pair" --variant sn --config compact --recipe warm \
    --sigma-d 0.1 --identity-weight "$weight" --epochs 15 --iterations-per-epoch 100 --out "$out" \
    --export-checkpoint --export "$models" > "$models.export.log" 2>&1
  step=$(python3 -c "import json;print(int(json.load(open('$models/generator-$a-to-$b-sn.json'))['model']['provenance']['final_metrics']['checkpoint_step']))")
  cp assets/models/classifier-$a-$b.* "$models/"
  json=docs/runs/campaign/$name-$step.eval.json
  ./genreshift evaluate --data /work/data/duple-v2 --models "$models" --pair "$pair" --variant sn --json \
    > "$json" 2> "$models.eval.err"
  echo "$name at $step: $(python3 -c "import json;e=json.load(open('$json'));print('S_tot %.2f %%, content change %.2f' % (e['s_tot'], e['content_change']))")"
done
