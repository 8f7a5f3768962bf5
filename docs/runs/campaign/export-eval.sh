#!/usr/bin/env bash
# Exports the newest checkpoint of a campaign run and evaluates it on the test split with the shipped classifier of its
# pair; writes docs/runs/campaign/<name>-<iterations>.eval.json and prints S_tot and content change.
# usage: docs/runs/campaign/export-eval.sh NAME PAIR VARIANT TRAIN_OPTION ...
#   NAME      the run's folder under runs/campaign (its checkpoint.bin is exported)
#   PAIR      e.g. classic,pop;  VARIANT  base | sn | sa | sn+sa
#   TRAIN_OPTION ...  the options the run was trained with (the export rebuilds the same networks)
set -u
cd "$(dirname "$0")/../../.."
name=${1:?name}; pair=${2:?pair}; variant=${3:?variant}; shift 3
out=runs/campaign/$name
models=runs/campaign/$name-models
[ -f "$out/checkpoint.bin" ] || { echo "$name: no checkpoint"; exit 1; }
mkdir -p "$models"
./genreshift train --data /work/data/duple-v2 --pair "$pair" --variant "$variant" "$@" --out "$out" \
  --export-checkpoint --export "$models" > "$models.export.log" 2>&1 || { echo "$name: export failed, see $models.export.log"; exit 1; }
a=${pair%,*}; b=${pair#*,}
step=$(python3 -c "import json;print(int(json.load(open('$models/generator-$a-to-$b-$variant.json'))['model']['provenance']['final_metrics']['checkpoint_step']))")
cp assets/models/classifier-$a-$b.* "$models/"
json=docs/runs/campaign/$name-$step.eval.json
./genreshift evaluate --data /work/data/duple-v2 --models "$models" --pair "$pair" --variant "$variant" --json \
  > "$json" 2> "$models.eval.err" || { echo "$name: evaluation failed, see $models.eval.err"; exit 1; }
echo "$name at $step: $(python3 -c "import json;e=json.load(open('$json'));print('S_tot %.2f %%, content change %.2f' % (e['s_tot'], e['content_change']))")"
