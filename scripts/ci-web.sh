#!/usr/bin/env bash
# CI for siaran in the browser: the WebAssembly crate's tests, the page and ES module
# build, the JavaScript API's tests (node's test runner) and the page in a real browser
# (Debian's chromium driven by playwright-core, which downloads no browser).
# Screenshots and the .wasm sizes go to target/ci-artifacts/. Idempotent; quick when
# the tools are already installed.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS

echo "== web: tools"
if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver > /dev/null
fi
# build-web.sh adds the wasm32 target and the pinned wasm-bindgen-cli when missing.
(cd web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)

echo "== web: the WebAssembly crate, natively"
cargo clippy -p siaran-wasm --all-targets --quiet -- -D warnings
cargo test -p siaran-wasm --quiet

echo "== web: build (scripts/build-web.sh)"
scripts/build-web.sh
mkdir -p target/ci-artifacts
wasm=target/web/pkg/siaran_wasm_bg.wasm
printf 'siaran_wasm_bg.wasm: %s bytes raw, %s bytes gzipped (-9)\n' \
  "$(wc -c < "$wasm")" "$(gzip -9 -c "$wasm" | wc -c)" | tee target/ci-artifacts/web-sizes.txt

echo "== web: the TypeScript declarations type a tool's code (tsc --noEmit --strict)"
(cd web && npm run --silent typecheck)

echo "== web: JavaScript API and the page in chromium"
(cd web && node --test tests/) 2>&1 | tee target/ci-artifacts/web-tests.log
echo "== web: done in $((SECONDS - started)) s; screenshots in target/ci-artifacts/"
