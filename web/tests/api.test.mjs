// Tests of the ES module (target/web/pkg/siaran.js) in Node: run scripts/build-web.sh
// first (scripts/ci-web.sh does).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = new URL('../../target/web/pkg/', import.meta.url);
const siaran = await import(new URL('siaran.js', pkg));
const release = readFileSync(new URL('fixtures/rilis-salah.txt', import.meta.url), 'utf8');
const date = '2025-10-27';

test('refuses to lint before the WebAssembly module is loaded', () => {
  assert.throws(() => siaran.lint('Judul\nIsi.'), /await init\(\)/);
});

test('loads once, however often init is called', async () => {
  await Promise.all([siaran.init(), siaran.init()]);
  assert.ok(Array.isArray(siaran.lint('Judul\nIsi.', { date })));
});

test('finds the known errors of a release, sorted by position', async () => {
  await siaran.init();
  const findings = siaran.lint(release, { date });
  const rules = findings.map((f) => f.rule);
  for (const rule of ['dateline/separator', 'day-date/weekday-mismatch', 'abbr/first-use', 'baku/non-standard-word', 'baku/prefix-apart']) {
    assert.ok(rules.includes(rule), `${rule} in ${rules}`);
  }
  const starts = findings.map((f) => f.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  const praktek = findings.find((f) => f.rule === 'baku/non-standard-word');
  assert.equal(release.slice(praktek.start, praktek.end), 'praktek');
  assert.equal(praktek.severity, 'warning');
  assert.equal(praktek.line, 3);
  assert.equal(praktek.column, release.split('\n')[2].indexOf('praktek') + 1);
  assert.deepEqual(praktek.fix.edits.map((e) => e.replacement), ['praktik']);
});

test('offsets are UTF-16 code units, as JavaScript strings count', async () => {
  await siaran.init();
  // 🗳️ is two UTF-16 units (a surrogate pair) and four UTF-8 bytes; ’ is one and three.
  const text = release.replace('Koordinasi Humas\n', 'Koordinasi Humas 🗳️ Jum’at\n');
  const f = siaran.lint(text, { date }).find((x) => x.rule === 'baku/non-standard-word');
  assert.equal(text.slice(f.start, f.end), 'praktek');
  const sep = siaran.lint(text, { date }).find((x) => x.rule === 'dateline/separator');
  const edit = sep.fix.edits[0];
  assert.match(text.slice(edit.start, edit.end), /-/);
});

test('messages in English with lang: en', async () => {
  await siaran.init();
  const [id] = siaran.lint(release, { date });
  const [en] = siaran.lint(release, { date, lang: 'en' });
  assert.equal(id.rule, en.rule);
  assert.match(id.message, /tanda pisah/);
  assert.match(en.message, /em dash/);
});

test('the publication date decides the weekday check; a Date object works too', async () => {
  await siaran.init();
  const mismatch = (opts) => siaran.lint(release, opts).some((f) => f.rule === 'day-date/weekday-mismatch');
  assert.ok(mismatch({ date }));
  assert.ok(mismatch({ date: new Date(2025, 9, 27) }));
});

test('a satker option checks the dateline domain against it', async () => {
  await siaran.init();
  const rules = siaran.lint(release, { date, satker: 'kab-kendal' }).map((f) => f.rule);
  assert.ok(rules.some((r) => r.startsWith('dateline/domain')), rules.join());
  assert.throws(() => siaran.lint(release, { satker: 'kota-semarng' }), /kota-semarang/);
});

test('markdown: a comment line is no part of the release', async () => {
  await siaran.init();
  const lines = release.split('\n');
  const md = [lines[0], '<!-- catatan: foto menyusul -->', ...lines.slice(1)].join('\n');
  const rules = (opts) => siaran.lint(md, { date, ...opts }).map((f) => f.rule);
  // As plain text the comment stands where the dateline belongs.
  assert.ok(rules({}).includes('dateline/missing'));
  assert.ok(rules({ markdown: true }).includes('dateline/separator'));
  assert.ok(!rules({ markdown: true }).includes('dateline/missing'));
});

test('fix applies safe fixes only, unsafe ones on request', async () => {
  await siaran.init();
  const fixed = siaran.fix(release, { date });
  assert.match(fixed, /kota-semarang\.kpu\.go\.id — Komisi/);
  assert.match(fixed, /praktik kerja humas harus ditingkatkan/);
  assert.doesNotMatch(fixed, /Komisi Pemilihan Umum \(KPU\)/);
  const left = siaran.lint(fixed, { date }).filter((f) => f.fix?.applicability === 'safe');
  assert.deepEqual(left, []);
  const bolder = siaran.fix(release, { date, unsafe: true });
  assert.notEqual(bolder, fixed);
});

test('applyFix applies exactly one finding', async () => {
  await siaran.init();
  const f = siaran.lint(release, { date }).find((x) => x.rule === 'baku/prefix-apart');
  const once = siaran.applyFix(release, f);
  assert.equal(once, release.replace('di tingkatkan', 'ditingkatkan'));
  assert.equal(siaran.applyFix(release, { fix: null }), release);
});

test('rules and explain describe every rule in both languages', async () => {
  await siaran.init();
  const rules = siaran.rules();
  assert.ok(rules.length >= 30);
  assert.deepEqual(new Set(rules.map((r) => r.id)).size, rules.length);
  const doc = siaran.explain('dateline/separator', { lang: 'en' });
  assert.equal(doc.id, 'dateline/separator');
  assert.match(doc.explanation, /em dash/);
  assert.ok(doc.examples.length > 0);
  assert.equal(siaran.explain('dateline/nonexistent'), null);
  assert.notEqual(siaran.rules({ lang: 'en' })[0].summary, rules[0].summary);
});

test('satker searches the gazetteer', async () => {
  await siaran.init();
  const hits = siaran.satker('semarang');
  assert.deepEqual(hits.slice(0, 2).map((s) => s.slug).sort(), ['kab-semarang', 'kota-semarang']);
  assert.equal(siaran.satker('Kota Semarang', { limit: 1 })[0].domain, 'kota-semarang.kpu.go.id');
  assert.equal(siaran.satker('', { limit: 5 }).length, 5);
  assert.throws(() => siaran.satker('x', { limit: -1 }), TypeError);
});

test('docxText reads a Word file, one line per paragraph', async () => {
  await siaran.init();
  const bytes = readFileSync(new URL('../../tests/fixtures/docx/rilis-salah.docx', import.meta.url));
  const text = siaran.docxText(bytes);
  assert.equal(text.split('\n')[0], 'KPU Kota Semarang Gelar Rapat Pleno Rekapitulasi');
  const found = siaran.lint(text, { date }).map((f) => `${f.rule} ${f.line}:${f.column}`);
  // The findings the fixture's .expect lists for the document.
  for (const line of readFileSync(new URL('../../tests/fixtures/docx/rilis-salah.expect', import.meta.url), 'utf8').split('\n')) {
    if (line && !line.startsWith('#')) assert.ok(found.includes(line), `${line} in ${found}`);
  }
  assert.equal(siaran.docxText(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)), text);
  assert.throws(() => siaran.docxText(new Uint8Array([1, 2, 3])), /bukan dokumen Word/);
  assert.throws(() => siaran.docxText(new Uint8Array([1, 2, 3]), { lang: 'en' }), /not a Word document/);
});

test('bad options are errors with a message, never a crash', async () => {
  await siaran.init();
  assert.throws(() => siaran.lint(release, { date: '27/10/2025' }), /YYYY-MM-DD/);
  assert.throws(() => siaran.lint(release, { lang: 'jv' }), /'jv'/);
  assert.throws(() => siaran.lint(release, { date: 20251027 }), TypeError);
  // The module still works after an error.
  assert.ok(siaran.lint(release, { date }).length > 0);
});

test('the TypeScript declarations name exactly the exports', async () => {
  const dts = readFileSync(new URL('siaran.d.ts', pkg), 'utf8');
  const declared = [...dts.matchAll(/^export function (\w+)/gm)].map((m) => m[1]).sort();
  const exported = Object.keys(siaran).filter((k) => typeof siaran[k] === 'function').sort();
  assert.deepEqual(declared, exported);
});
