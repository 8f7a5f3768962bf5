#!/usr/bin/env bash
# Exports the newest checkpoint of each chunk-3 run of VARIANT (finished or stopped by --max-minutes) and evaluates it
# on the test split with the shipped classifier of its pair; writes docs/runs/campaign/c3-<pair>-<variant>.eval.json.
# usage: docs/runs/campaign/c3-eval.sh VARIANT [PAIR ...]
set -u
cd "$(dirname "$0")/../../.."
variant=${1:?variant}; shift
pairs=("$@"); [ ${#pairs[@]} -eq 0 ] && pairs=(jazz,classic classic,pop jazz,pop)
for pair in "${pairs[@]}"; do
  a=${pair%,*}; b=${pair#*,}
  name=c3-$a-$b-${variant/+/}
  out=runs/campaign/$name
  models=runs/campaign/$name-models
  mkdir -p "$models"
  ./genreshift train --data /work/data/duple-v2 --pair $pair --variant "$variant" --config compact --recipe warm \
    --sigma-d 0.1 --epochs 15 --iterations-per-epoch 100 --out "$out" --export-checkpoint --export "$models" \
    > "$models.export.log" 2>&1
  cp assets/models/classifier-$a-$b.* "$models/"
  ./genreshift evaluate --data /work/data/duple-v2 --models "$models" --pair $pair --variant "$variant" --json \
    > docs/runs/campaign/$name.eval.json 2> "$models.eval.err"
  echo "$name: $(python3 -c "import json;e=json.load(open('docs/runs/campaign/$name.eval.json'));print('S_tot %.2f %%, content change %.2f' % (e['s_tot'], e['content_change']))")"
done
