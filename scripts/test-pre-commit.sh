#!/usr/bin/env bash
# End-to-end test of the pre-commit hook: install pre-commit from PyPI into a
# virtualenv, point a fresh git repository at this repository's hook, and check that
# committing a bad release fails with the finding and a good one passes.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --disable-pip-version-check pre-commit
export PATH="$work/venv/bin:$PATH"
export PRE_COMMIT_HOME="$work/cache"

git init -q "$work/site"
cd "$work/site"
git config user.email ci@example.invalid
git config user.name "siaran CI"
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $repo
    rev: $(git -C "$repo" rev-parse HEAD)
    hooks:
      - id: siaran
YAML
git add .pre-commit-config.yaml
git commit -q -m "pre-commit config" --no-verify
pre-commit install > /dev/null

printf 'Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n' > rapat.txt
git add rapat.txt
if git commit -q -m "bad release" > "$work/bad.log" 2>&1; then
  cat "$work/bad.log"; echo "FAIL: the hook let a bad release through"; exit 1
fi
grep -q "rapat.txt:2:34: error\[dateline/separator\]" "$work/bad.log" || { cat "$work/bad.log"; echo "FAIL: finding not shown"; exit 1; }
echo "ok: bad release rejected with dateline/separator"

sed -i 's/id - Komisi/id — Komisi/' rapat.txt
git add rapat.txt
git commit -q -m "good release" > "$work/good.log" 2>&1 || { cat "$work/good.log"; echo "FAIL: the hook rejected a good release"; exit 1; }
echo "ok: good release committed"
