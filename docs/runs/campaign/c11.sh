#!/usr/bin/env bash
# Campaign chunk 11 (issue 8, session 10): choose each run's point on held-out songs. Strength swings by about
# +-10 points from checkpoint to checkpoint (chunks 6 and 10), so these runs hold 10 % of each genre's training songs
# out (--validation-share 0.1), keep the generators of every 100th iteration (--snapshot-every 100), and the snapshot
# with the highest S_tot on the held-out songs among those within the variant's content bars is the run's result; the
# test split is only used to report it. Otherwise the recipe of sets 4-10 (compact, warm, sigma_D = 0.1, 15 x 100
# iterations, seed 19, no identity term).
# usage: docs/runs/campaign/c11.sh train MAX_MINUTES RUN ...   -- starts (or resumes) runs, one thread each, background
#        docs/runs/campaign/c11.sh pick RUN ...                 -- evaluates every snapshot on the validation songs,
#                                                                 picks one, evaluates it and the last one on the test split
#        RUN: <pair>-<variant>[-id<λ>][-avg<β>], e.g. classic-pop-base, jazz-pop-snsa-id0.3 (identity term λ_id 0.3),
#             classic-pop-base-avg0.99 (snapshots and result are the generators' weight average, decay 0.99)
set -u
here=$(dirname "$0")
cd "$here/../../.."
options=(--config compact --recipe warm --sigma-d 0.1 --epochs 15 --iterations-per-epoch 100 --validation-share 0.1)
pair_of() { case $1 in classic-pop-*) echo classic,pop ;; jazz-classic-*) echo jazz,classic ;; jazz-pop-*) echo jazz,pop ;; *) return 1 ;; esac; }
base_of() { local r=${1%-avg*}; echo "${r%-id*}"; }
variant_of() { case $(base_of "$1") in *-snsa) echo sn+sa ;; *-sa) echo sa ;; *-sn) echo sn ;; *-base) echo base ;; *) return 1 ;; esac; }
# a run named ...-id<λ> trains with the identity term at weight λ; ...-avg<β> exports the weight average of decay β
extra_of() {
  local r=$1
  case $r in *-avg*) echo "--average-decay ${r##*-avg}"; r=${r%-avg*} ;; esac
  case $r in *-id*) echo "--identity-weight ${r##*-id}" ;; esac
}
mode=${1:?train or pick}; shift
if [ "$mode" = train ]; then mins=${1:?max minutes}; shift; fi
for run in "$@"; do
  pair=$(pair_of "$run") && variant=$(variant_of "$run") || { echo "unknown run: $run"; exit 2; }
  name=c11-$run
  a=${pair%,*}; b=${pair#*,}
  case $mode in
    train) bash docs/runs/campaign/start-run.sh "$name" "$mins" "$pair" "$variant" "${options[@]}" $(extra_of "$run") --snapshot-every 100 ;;
    pick)
      val=runs/campaign/$name-validation; mkdir -p "$val"
      for snap in runs/campaign/$name/snapshots/step-*; do
        step=${snap##*/step-}
        [ -s "$val/step-$step.eval.json" ] && continue
        cp assets/models/classifier-$a-$b.* "$snap/"
        ./genreshift evaluate --data /work/data/duple-v2 --models "$snap" --pair "$pair" --variant "$variant" \
          --split validation --validation-share 0.1 --json > "$val/step-$step.eval.json" 2> "$val/step-$step.err" \
          || { echo "$name step $step: evaluation failed, see $val/step-$step.err"; rm -f "$val/step-$step.eval.json"; }
      done
      python3 docs/runs/campaign/pick_snapshot.py "$variant" "$val"/step-*.eval.json | tee "docs/runs/campaign/$name.validation.md"
      chosen=$(printf %05d "$(tail -1 "docs/runs/campaign/$name.validation.md" | sed -n 's/^chosen: step \([0-9]*\).*/\1/p')")
      last=$(ls -d runs/campaign/$name/snapshots/step-* | tail -1); last=${last##*/step-}
      for step in $chosen $last; do
        json=docs/runs/campaign/$name-$((10#$step)).eval.json
        [ -s "$json" ] && continue
        ./genreshift evaluate --data /work/data/duple-v2 --models "runs/campaign/$name/snapshots/step-$step" \
          --pair "$pair" --variant "$variant" --json > "$json" 2> "$json.err" || { echo "$name step $step: evaluation failed, see $json.err"; rm -f "$json"; continue; }
        rm -f "$json.err"
        echo "$name step $((10#$step)) on the test split: $(python3 -c "import json;e=json.load(open('$json'));print('S_tot %.2f %%, content change %.2f' % (e['s_tot'], e['content_change']))")"
      done ;;
    *) echo "usage: $0 train MAX_MINUTES RUN ... | pick RUN ..."; exit 2 ;;
  esac
done
