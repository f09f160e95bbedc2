#!/usr/bin/env bash
# End to end: `siaran lsp` driven by a real editor, Debian's Neovim (0.7: pushed
# diagnostics, UTF-16 positions), headless. Installs neovim when missing; builds the
# release binary if .ci/run has not.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v nvim > /dev/null; then
  apt-get update -qq && apt-get install -y -qq neovim > /dev/null
fi
cargo build --release --quiet

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/editors/2025-10-14-rapat.txt "$work/"
start=$(date +%s%N)
SIARAN_BIN="$PWD/target/release/siaran" SIARAN_RELEASE="$work/2025-10-14-rapat.txt" \
  timeout 60 nvim --headless --clean -u NONE -i NONE -n -c 'luafile tests/editors/neovim.lua'
echo "neovim e2e took $(( ($(date +%s%N) - start) / 1000000 )) ms"
