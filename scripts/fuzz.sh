#!/usr/bin/env bash
# Coverage-guided fuzzing of siaran with libFuzzer, on stable Rust.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# Builds the targets in fuzz/ with sanitizer coverage (the flags cargo-fuzz uses, minus
# AddressSanitizer: the library is safe Rust, and ASan would need nightly), seeds each
# corpus from the fixtures and samples, runs every target for SECONDS (default 60) and
# prints executions per second. Debug assertions and overflow checks are on, so an
# arithmetic overflow is a crash too. A crashing input is saved under
# fuzz/artifacts/<target>/; keep it as a regression test in
# tests/fuzz-regressions/<target>/ once the library is fixed. Not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse lint fix config front_matter docx)

host=$(rustc -vV | sed -n 's/^host: //p')
flags=(
  -Cpasses=sancov-module
  -Cllvm-args=-sanitizer-coverage-level=4
  -Cllvm-args=-sanitizer-coverage-inline-8bit-counters
  -Cllvm-args=-sanitizer-coverage-pc-table
  -Cllvm-args=-sanitizer-coverage-trace-compares
  --cfg fuzzing
  -Cdebug-assertions
  -Coverflow-checks
)
echo "== building fuzz targets ($host)"
# --target keeps the coverage flags off build scripts and proc macros.
(cd fuzz && RUSTFLAGS="${flags[*]}" cargo build --release --quiet --target "$host" --bins)
bin=fuzz/target/$host/release

# Seeds: every release the repository holds, behind a few option bytes
# (the first byte of an input picks the targets' options; see tests/invariants).
seed() {
  local target=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  [ -z "$(ls -A "$dir")" ] || return 0
  case $target in
    config)
      local i=0
      for f in $(grep -rl '^toml ' tests/fixtures); do
        i=$((i + 1))
        sed -n 's/^toml //p' "$f" >"$dir/fixture-$i.toml"
      done
      printf '[house]\nsatker = "kota-semarang"\n[rules]\ndisable = ["title"]\n[rules.severity]\n"baku/month" = "warning"\n[[override]]\nfiles = ["arsip/**"]\ndisable = ["meta"]\n[spell]\nenabled = true\n' >"$dir/full.toml"
      ;;
    front_matter)
      local i=0
      for f in $(grep -rl '^---$\|^+++$' tests/fixtures tests/releases 2>/dev/null | head -40); do
        i=$((i + 1))
        sed -n '2,/^---$\|^+++$/p' "$f" | sed '$d' | { printf '\x02'; cat; } >"$dir/seed-$i"
      done
      ;;
    docx)
      # Each Word fixture's XML parts (shape byte 0), and the whole archive (shape byte 1).
      for f in tests/fixtures/docx/*.docx; do
        local name
        name=$(basename "$f" .docx)
        python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.stdout.buffer.write(b"\0" + z.read("word/document.xml") + b"\0" + z.read("word/styles.xml"))' "$f" >"$dir/$name-xml"
        { printf '\x01'; cat "$f"; } >"$dir/$name-zip"
      done
      ;;
    *)
      local i=0
      for f in examples/*.txt $(find tests/fixtures tests/releases -name '*.txt' -o -name '*.md' 2>/dev/null | head -300); do
        i=$((i + 1))
        # Plain text, Markdown with a date, satker and spelling, unsafe fixes.
        { printf '\x05'; cat "$f"; } >"$dir/seed-$i-a"
        { printf '\x36'; cat "$f"; } >"$dir/seed-$i-b"
        { printf '\x19'; cat "$f"; } >"$dir/seed-$i-c"
      done
      ;;
  esac
}

summary=()
failed=0
for target in "${targets[@]}"; do
  seed "$target"
  mkdir -p "fuzz/artifacts/$target"
  echo "== $target: $seconds s"
  log=fuzz/artifacts/$target/last-run.log
  status=0
  "$bin/$target" "fuzz/corpus/$target" -max_total_time="$seconds" -max_len=16384 -timeout=10 \
    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$target/" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  if [ "$status" -ne 0 ]; then
    failed=1
    grep -m1 -E '==[0-9]+== ERROR|panicked at|deadly signal|timeout' "$log" || true
    grep -E '^artifact_prefix|Test unit written to' "$log" || true
    summary+=("$target: CRASH after ${runs:-?} runs (log: $log)")
  else
    summary+=("$target: ${runs:-?} runs in $seconds s, ${rate:-?} exec/s, $cov")
  fi
done
echo "== summary"
printf '%s\n' "${summary[@]}"
exit $failed
