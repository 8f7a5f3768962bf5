#!/usr/bin/env bash
# usage: run.sh NAME PAIR ITERS [train options...]   -- trains ITERS iterations (epochs of 100), exports, evaluates
set -u
name=$1; pair=$2; iters=$3; shift 3
cd /work/main
out=runs/ablation/$name
epochs=$((iters / 100))
start=$(date +%s)
./genreshift train --data /work/data/duple-v2 --pair $pair --variant sn --config compact --epochs $epochs \
   --iterations-per-epoch 100 --checkpoint-minutes 5 --out $out "$@" > $out.log 2>&1
end=$(date +%s)
echo "wall_seconds $((end-start))" >> $out.log
a=${pair%,*}; b=${pair#*,}
cp assets/models/classifier-$a-$b.* $out/models/
./genreshift evaluate --data /work/data/duple-v2 --models $out/models --pair $pair --variant sn --json > $out.eval.json 2>$out.eval.err
./genreshift evaluate --data /work/data/duple-v2 --models $out/models --pair $pair --variant sn > $out.eval.md 2>>$out.eval.err
echo done >> $out.log
