#!/usr/bin/env bash
# CI steps of the command line (issue 15): the editor recipes in a real Vim, and the
# hostile cases at release sizes (a 20 MB line of doubled words: time and peak memory).
# Installs Debian's vim when missing; idempotent, and quick when vim is there already.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

if ! command -v vim > /dev/null; then
  echo "== installing vim (Debian)"
  apt-get update -qq && apt-get install -y -qq vim > /dev/null
fi

echo "== editor recipes from the README, in vim"
SIARAN_REQUIRE_EDITORS=1 cargo test --quiet --test editors

echo "== bounded findings at release size (20 MB line: under 5 s, under 200 MB)"
cargo test --release --quiet --test hostile_bounded -- --include-ignored
