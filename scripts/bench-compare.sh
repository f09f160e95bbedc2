#!/usr/bin/env bash
# Times siaran against what a user would otherwise pick, on the same generated corpus:
# ripgrep looking for 200 literal words (the floor: reading the files and one automaton)
# and textlint 15 with textlint-rule-prh (the same 200 words) and a small weekday rule.
# Not part of CI. Installs what it needs (apt: ripgrep, hyperfine; npm: textlint,
# textlint-rule-prh) and writes everything under $WORK (default /tmp/siaran-bench).
#
#   bash scripts/bench-compare.sh [COUNT]     # COUNT releases, default 10000
#
# Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${1:-10000}
WORK=${WORK:-/tmp/siaran-bench}
CORPUS=$WORK/corpus-$COUNT
mkdir -p "$WORK"

echo "== tools" >&2
for tool in rg hyperfine; do
  if ! command -v $tool > /dev/null; then
    pkg=$tool; [ $tool = rg ] && pkg=ripgrep
    (apt-get update -qq && apt-get install -y -qq $pkg > /dev/null) || echo "could not install $pkg" >&2
  fi
done
if [ ! -x "$WORK/textlint/node_modules/.bin/textlint" ]; then
  mkdir -p "$WORK/textlint"
  (cd "$WORK/textlint" && npm init -y > /dev/null && npm install --silent textlint@15 textlint-rule-prh@6 > /dev/null)
fi
cargo build --release --quiet --bin siaran --example corpus
SIARAN=$PWD/target/release/siaran

echo "== corpus: $COUNT releases, seed 42" >&2
if [ ! -f "$CORPUS/manifest.tsv" ]; then
  target/release/examples/corpus --count "$COUNT" --seed 42 --out "$CORPUS"
fi
ONE=$(find "$CORPUS" -name '*.txt' | sort | awk 'NR == 1')

# The same 200 one-word non-standard forms for ripgrep and prh.
grep -E '^(wrong|right) = ' rules/word-pairs.toml | paste - - \
  | sed -E 's/wrong = "([^"]*)"\tright = "([^"]*)"/\1\t\2/' | grep -v ' ' | awk 'NR <= 200' > "$WORK/pairs.tsv"
cut -f1 "$WORK/pairs.tsv" > "$WORK/words.txt"
{
  echo "version: 1"
  echo "rules:"
  while IFS=$'\t' read -r wrong right; do
    printf '  - expected: "%s"\n    patterns: ["%s"]\n' "$right" "$wrong"
  done < "$WORK/pairs.tsv"
} > "$WORK/textlint/prh.yml"
mkdir -p "$WORK/textlint/rules"
cat > "$WORK/textlint/rules/weekday.js" <<'EOF'
// `Senin (27/10)`: the weekday must match the date (year taken as 2025).
const DAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
module.exports = (context) => ({
  [context.Syntax.Str](node) {
    const text = context.getSource(node);
    for (const m of text.matchAll(/\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu) \((\d{1,2})\/(\d{1,2})\)/g)) {
      const day = new Date(Date.UTC(2025, Number(m[3]) - 1, Number(m[2]))).getUTCDay();
      if (DAYS[day] !== m[1]) {
        context.report(node, new context.RuleError(`${m[1]} is not ${DAYS[day]}`, { index: m.index }));
      }
    }
  },
});
EOF
cat > "$WORK/textlint/.textlintrc.json" <<EOF
{ "rules": { "prh": { "rulePaths": ["$WORK/textlint/prh.yml"] } } }
EOF
TEXTLINT="$WORK/textlint/node_modules/.bin/textlint --config $WORK/textlint/.textlintrc.json --rulesdir $WORK/textlint/rules --format compact"

echo "== machine" >&2
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
MEM=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
BYTES=$(find "$CORPUS" -name '*.txt' -o -name '*.md' | xargs cat | wc -c)
echo "machine: $(nproc) cores, $CPU, $MEM; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $COUNT releases, $BYTES bytes; $(($(wc -l < "$CORPUS/manifest.tsv") - 1)) injected errors"
echo "versions: $($SIARAN --version), $(rg --version | head -1), textlint $($WORK/textlint/node_modules/.bin/textlint --version)"

echo "== timing" >&2
hyperfine -N --warmup 2 --runs 10 --ignore-failure --export-json "$WORK/folder.json" \
  -n "rg -F -w -f words.txt (200 words)" "rg -F -w -c -f $WORK/words.txt $CORPUS" \
  -n "siaran check --format json" "$SIARAN check $CORPUS --format json" \
  -n "siaran check --format json --spell" "$SIARAN check $CORPUS --format json --spell" > /dev/null
hyperfine -N --warmup 5 --runs 50 --ignore-failure --export-json "$WORK/one.json" \
  -n "siaran check (one release)" "$SIARAN check $ONE" \
  -n "textlint (one release)" "$TEXTLINT $ONE" > /dev/null
# textlint over the whole corpus is slow: one timed run, with its peak memory.
peak() { /usr/bin/time -f '%e %M' "$@" 2>&1 > /dev/null | tail -1; }
read -r TL_S TL_KB < <(peak $TEXTLINT "$CORPUS" || true)
read -r _ SIARAN_KB < <(peak "$SIARAN" check "$CORPUS" --format json || true)
SMALL=$WORK/corpus-small; rm -rf "$SMALL"; mkdir -p "$SMALL"
find "$CORPUS" -name '*.txt' | sort | awk -v n=$((COUNT / 10)) 'NR <= n' | xargs cp -t "$SMALL"
read -r _ SMALL_KB < <(peak "$SIARAN" check "$SMALL" --format json || true)

python3 - "$WORK" "$TL_S" "$TL_KB" "$SIARAN_KB" "$SMALL_KB" "$((COUNT / 10))" <<'EOF'
import json, sys
work, tl_s, tl_kb, siaran_kb, small_kb, small_n = sys.argv[1:]
runs = json.load(open(f"{work}/folder.json"))["results"] + json.load(open(f"{work}/one.json"))["results"]
mean = {r["command"]: r["mean"] for r in runs}
rg = mean["rg -F -w -f words.txt (200 words)"]
print("| what | wall time (mean) | ratio |")
print("|---|---:|---:|")
for r in runs:
    ratio = f"{r['mean'] / rg:.2f}x rg" if "one release" not in r["command"] else ""
    print(f"| {r['command']} | {r['mean'] * 1000:.1f} ms ± {r['stddev'] * 1000:.1f} | {ratio} |")
print(f"| textlint + prh + weekday rule (one run) | {float(tl_s) * 1000:.0f} ms | {float(tl_s) / rg:.0f}x rg |")
s = mean["siaran check --format json"]
print()
print(f"siaran vs textlint over the corpus: {float(tl_s) / s:.0f}x faster; --spell costs {mean['siaran check --format json --spell'] / s:.2f}x")
print(f"one release: siaran {mean['siaran check (one release)'] * 1000:.1f} ms, textlint {mean['textlint (one release)'] * 1000:.0f} ms")
print(f"peak memory: siaran {int(siaran_kb) / 1024:.1f} MB for the corpus, {int(small_kb) / 1024:.1f} MB for {small_n} files; textlint {int(tl_kb) / 1024:.0f} MB")
EOF
