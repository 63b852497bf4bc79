#!/usr/bin/env bash
# A/B of whole commands, their runs interleaved (one run of each in turn), so that a machine whose speed
# drifts during the measurement (a virtual machine, a neighbour's load) weighs on every variant alike;
# hyperfine runs each command's runs one after the other. Output to /dev/null, one warm-up run each.
#   releng/scripts/ab.sh RUNS 'LABEL=COMMAND' 'LABEL=COMMAND'...
# Prints, per variant, mean ± standard deviation, median and minimum in milliseconds; each time includes
# starting the `bash -c` that runs the command (the same few milliseconds for every variant: `true` shows it).
set -euo pipefail
runs=$1
shift
[ $# -ge 1 ] && [ "$runs" -ge 2 ] 2>/dev/null || { echo "usage: ab.sh RUNS 'LABEL=COMMAND'..." >&2; exit 2; }
labels=() commands=()
for v in "$@"; do labels+=("${v%%=*}"); commands+=("${v#*=}"); done
times=$(mktemp)
trap 'rm -f "$times"' EXIT
for c in "${commands[@]}"; do bash -c "$c" >/dev/null 2>&1 || true; done
for ((r = 0; r < runs; r++)); do
  for i in "${!commands[@]}"; do
    start=$EPOCHREALTIME
    bash -c "${commands[$i]}" >/dev/null 2>&1 || true
    end=$EPOCHREALTIME
    echo "$i ${start/./} ${end/./}" >> "$times"
  done
done
for i in "${!labels[@]}"; do
  awk -v i="$i" '$1 == i { print ($3 - $2) / 1000 }' "$times" | sort -n | awk -v label="${labels[$i]}" '
    { t[NR] = $1; s += $1; q += $1 * $1 }
    END { m = s / NR; sd = sqrt((q - NR * m * m) / (NR - 1));
          med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
          printf "%-44s %8.1f ms ± %5.1f   median %8.1f   min %8.1f   (%d runs)\n", label, m, sd, med, t[1], NR }'
done
