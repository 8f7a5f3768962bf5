#!/usr/bin/env bash
# Campaign chunk 7 (issue 8, sessions 7+): self-attention. SA and SN+SA on jazz/pop with the recipe of the shipped SN
# jazz/pop (set 6: compact, `warm`, sigma_D = 0.1, lambda_id 0.3, 15 epochs x 100 iterations, seed 19), so that the
# variants of the pair differ only in their architecture. An SA iteration costs about 4x an SN one (docs/results.md,
# "SA cost"): the runs take several sessions' chunks and resume from their checkpoints.
# usage: docs/runs/campaign/c7.sh MAX_MINUTES [VARIANT ...]   -- starts (or resumes) the runs, one thread each
#        (default variants: sa sn+sa). Extra environment for the JVM (e.g. GLIBC_TUNABLES) passes through.
set -u
here=$(dirname "$0")
mins=${1:?max minutes}
shift
variants=("$@"); [ ${#variants[@]} -eq 0 ] && variants=(sa sn+sa)
for variant in "${variants[@]}"; do
  bash "$here/start-run.sh" c7-jazz-pop-${variant/+/}-id0.3 "$mins" jazz,pop "$variant" --config compact \
    --recipe warm --sigma-d 0.1 --identity-weight 0.3 --epochs 15 --iterations-per-epoch 100
done
