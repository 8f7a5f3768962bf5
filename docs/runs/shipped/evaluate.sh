#!/usr/bin/env bash
# Evaluates every shipped pair x variant (the generators in assets/models) on the test split and prints the
# paper-layout tables of docs/results.md ("Shipped models against the paper").
# usage: docs/runs/shipped/evaluate.sh [DATA]     (default /work/data/duple-v2, made as in assets/models/PROVENANCE.md)
set -u
cd "$(dirname "$0")/../../.."
data=${1:-/work/data/duple-v2}
for pair in jazz,classic classic,pop jazz,pop; do
  a=${pair%,*}; b=${pair#*,}
  for variant in base sn sa sn+sa; do
    [ -f "assets/models/generator-$a-to-$b-$variant.params" ] || continue
    ./genreshift evaluate --data "$data" --models assets/models --pair "$pair" --variant "$variant" --json \
      > "docs/runs/shipped/$a-$b-${variant/+/}.eval.json" || exit 1
  done
done
python3 docs/runs/paper_tables.py docs/runs/shipped/*.eval.json
