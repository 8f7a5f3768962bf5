#!/usr/bin/env bash
# Starts a campaign run in the background with one thread (THREADS=n for more), or resumes it if runs/campaign/NAME has a checkpoint;
# appends its output to runs/campaign/NAME.log and prints its pid.
# usage: docs/runs/campaign/start-run.sh NAME MAX_MINUTES PAIR VARIANT TRAIN_OPTION ...
#   TRAIN_OPTION ...  the run's own options (recipe, size, schedule); a resumed run must repeat them unchanged
set -u
cd "$(dirname "$0")/../../.."
name=${1:?name}; mins=${2:?max minutes}; pair=${3:?pair}; variant=${4:?variant}; shift 4
out=runs/campaign/$name
mkdir -p runs/campaign
resume=()
[ -f "$out/checkpoint.bin" ] && resume=(--resume)
OMP_NUM_THREADS=${THREADS:-1} nohup ./genreshift train --data /work/data/duple-v2 --pair "$pair" --variant "$variant" "$@" \
  --checkpoint-minutes 4 --max-minutes "$mins" --out "$out" "${resume[@]}" >> "$out.log" 2>&1 &
echo "$name pid $!"
