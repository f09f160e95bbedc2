#!/usr/bin/env bash
# CI steps of the command line (issue 15): the editor recipes in a real Vim, SARIF
# validated against its schema, and the hostile cases at release sizes (a 20 MB line of
# doubled words: time and peak memory). Installs Debian's vim and PyPI's jsonschema
# when missing; idempotent, and quick when they are there already.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never

if ! command -v vim > /dev/null; then
  echo "== installing vim (Debian)"
  apt-get update -qq && apt-get install -y -qq vim > /dev/null
fi

if ! python3 -c "import jsonschema, rfc3986_validator" 2> /dev/null; then
  echo "== installing jsonschema with format checks (PyPI)"
  python3 -m pip install --quiet 'jsonschema[format-nongpl]' \
    || python3 -m pip install --quiet --break-system-packages 'jsonschema[format-nongpl]'
fi

echo "== editor recipes from the README, in vim"
SIARAN_REQUIRE_EDITORS=1 cargo test --quiet --test editors

echo "== SARIF output against the SARIF 2.1.0 schema"
SIARAN_REQUIRE_VALIDATORS=1 cargo test --quiet --test sarif_schema

echo "== bounded findings at release size (20 MB line: under 5 s, under 200 MB)"
cargo test --release --quiet --test hostile_bounded -- --include-ignored
