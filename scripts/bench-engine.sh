#!/usr/bin/env bash
# CPU per release of two siaran builds on the same corpora, in one run: the builds
# alternate round by round so both see the same machine load. Prints a Markdown table.
#
#   bash scripts/bench-engine.sh BEFORE_BINARY AFTER_BINARY ROUNDS CORPUS_DIR...
#
# With MIDDLE=BINARY (and MIDDLE_NAME, default `middle`) a third build, such as the
# main branch between the two, alternates with them and gets rows of its own.
#
# Corpora: `cargo run --release --example corpus -- --count 10000 --seed 42 --out A`,
# and a second one with other word and error distributions:
# `... --seed 7 --out /tmp/s7 && python3 scripts/corpus-stress.py /tmp/s7 B 3`.
set -euo pipefail
before=$1 after=$2 rounds=$3
shift 3
middle=${MIDDLE:-}
middle_name=${MIDDLE_NAME:-middle}
builds=(before)
[ -n "$middle" ] && builds+=("$middle_name")
builds+=(after)
echo "| corpus | build | CPU user+sys (mean of $rounds) | wall (mean) | CPU per release |"
echo "|---|---|---:|---:|---:|"
for corpus in "$@"; do
  count=$(find "$corpus" -maxdepth 1 \( -name '*.txt' -o -name '*.md' \) | wc -l)
  declare -A cpu=() wall=()
  for _ in $(seq "$rounds"); do
    for build in "${builds[@]}"; do
      case $build in
        before) bin=$before ;;
        after) bin=$after ;;
        *) bin=$middle ;;
      esac
      # siaran exits 1 when it finds errors; only the timing matters here.
      t=$( { /usr/bin/time -f "%U %S %e" "$bin" check "$corpus" --format json > /dev/null || true; } 2>&1 | tail -1)
      read -r u s e <<< "$t"
      cpu[$build]=$(echo "${cpu[$build]:-0} + $u + $s" | bc)
      wall[$build]=$(echo "${wall[$build]:-0} + $e" | bc)
    done
  done
  for build in "${builds[@]}"; do
    c=$(echo "scale=3; ${cpu[$build]} / $rounds" | bc)
    w=$(echo "scale=3; ${wall[$build]} / $rounds" | bc)
    per=$(echo "scale=1; $c * 1000000 / $count" | bc)
    echo "| $(basename "$corpus") ($count) | $build | ${c} s | ${w} s | ${per} µs |"
  done
  unset cpu wall
done
