#!/usr/bin/env bash
# Makes every listening example in this folder from the shipped models (assets/models) and prints the table of
# docs/listening/README.md. usage: docs/listening/make.sh [VARIANT]   (default sn; base, sn, sa or sn+sa)
# WAVs are 22.05 kHz mono (a quarter of the CD format's size; piano loses nothing audible in an example).
set -eu
cd "$(dirname "$0")/../.."
variant=${1:-sn}
out=docs/listening
# pair | source genre | target genre | source file | short name of the source
examples=(
  "jazz-classic classic jazz assets/demo/clementi_opus36_1_1.mid clementi-36-1"
  "jazz-classic classic jazz $out/sources/chopin_prelude3.mid chopin-prelude3"
  "jazz-classic classic jazz $out/sources/clementi_opus36_3_2.mid clementi-36-3"
  "classic-pop classic pop assets/demo/clementi_opus36_1_1.mid clementi-36-1"
  "classic-pop pop classic assets/demo/pop909_905.mid pop909-905"
  "classic-pop pop classic $out/sources/pop909_002.mid pop909-002"
  "jazz-pop pop jazz assets/demo/pop909_905.mid pop909-905"
  "jazz-pop pop jazz $out/sources/pop909_002.mid pop909-002"
  "jazz-pop pop jazz $out/sources/pop909_015.mid pop909-015"
)
echo "| example | source | content change, whole song (added / removed) | phrases the pair's classifier puts in the target genre, before → after |"
echo "|---|---|---|---|"
for e in "${examples[@]}"; do
  read -r pair from to src short <<< "$e"
  # a variant not yet shipped for this pair has no examples (yet)
  [ -f "assets/models/generator-$from-to-$to-$variant.params" ] || continue
  name=${pair}_${from}-to-${to}_${variant/+/}_${short}
  report=$(./genreshift transfer "$src" --from "$from" --to "$to" --variant "$variant" -o "$out/$name.mid" 2>/dev/null)
  ./genreshift render "$out/$name.mid" --bars 1-8 --sample-rate 22050 --mono -o "$out/${name}_bars1-8.wav" > /dev/null 2>&1
  [ -f "$out/original_${short}_bars1-8.wav" ] || \
    ./genreshift render "$src" --bars 1-8 --sample-rate 22050 --mono \
      -o "$out/original_${short}_bars1-8.wav" > /dev/null 2>&1
  echo "$report" | python3 -c '
import re, sys
text = sys.stdin.read()
cc = re.search(r"Content change: ([0-9.]+) per original note cell \(added ([0-9.]+), removed ([0-9.]+)", text)
rows = re.findall(r"^\s+\d+\s+(\d+) %\s+(\d+) %", text, re.M)
before = sum(int(b) >= 50 for b, _ in rows); after = sum(int(a) >= 50 for _, a in rows)
print("| %s → %s (`%s`) | %s | %s (%s / %s) | %d → %d of %d |" % (sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4],
      cc.group(1), cc.group(2), cc.group(3), before, after, len(rows)))' "$from" "$to" "$name" "$short"
done
