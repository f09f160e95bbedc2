#!/usr/bin/env bash
# The language server in editors: end to end in a real editor, Debian's Neovim (0.7:
# pushed diagnostics, UTF-16 positions), headless; and the Zed extension in editors/zed
# packaged as Zed builds it (wasm32-wasip2). Installs neovim and the target when missing;
# builds the release binary if .ci/run has not.
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

echo "== the Zed extension builds as Zed builds it"
rustup target add wasm32-wasip2 > /dev/null 2>&1 || rustup target add wasm32-wasip2
start=$(date +%s%N)
cargo fmt --manifest-path editors/zed/Cargo.toml -- --check
cargo build --quiet --release --locked --target wasm32-wasip2 --manifest-path editors/zed/Cargo.toml
wasm=editors/zed/target/wasm32-wasip2/release/zed_siaran.wasm
# A WebAssembly component (Zed loads components): magic, then layer 1 in bytes 7-8.
python3 - "$wasm" <<'PY'
import sys, tomllib
data = open(sys.argv[1], "rb").read(8)
assert data[:4] == b"\0asm" and data[6:8] == b"\x01\x00", f"not a wasm component: {data!r}"
manifest = tomllib.load(open("editors/zed/extension.toml", "rb"))
assert manifest["id"] == "siaran" and "siaran" in manifest["language_servers"], manifest
print(f"zed extension: {sys.argv[1]} is a component; extension.toml declares the siaran server")
PY
echo "zed extension built in $(( ($(date +%s%N) - start) / 1000000 )) ms"
