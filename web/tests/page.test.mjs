// The page in a real browser: Debian's chromium driven by playwright-core (which
// downloads no browser). Loads target/web/index.html from file:// (the hardest host),
// pastes a release with known errors, fixes one and all, opens files, times the lint,
// and saves screenshots in target/ci-artifacts/. Run scripts/build-web.sh first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const page_url = new URL('target/web/index.html', `file://${root}`).href;
const artifacts = join(root, 'target/ci-artifacts');
const fixture = (name) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));
const release = readFileSync(fixture('rilis-salah.txt'), 'utf8');
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

let profile;
let context;
let page;
const consoleErrors = [];

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'siaran-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await load();
});

after(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function load() {
  const started = Date.now();
  await page.goto(page_url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  console.log(`# page ready ${Date.now() - started} ms after navigation (engine loaded and warmed)`);
}

/** Replaces the text with `text` as a paste does: one input event with the whole release. */
async function paste(text) {
  await page.locator('#siaran-text').fill(text);
  await linted(text);
}

/** Waits for the page to have linted `text`. */
async function linted(text) {
  await page.waitForFunction(
    (expected) => document.getElementById('status').dataset.lintedLength === expected,
    String(text.length),
  );
}

const listedRules = () => page.$$eval('#findings li[data-rule]', (items) => items.map((li) => li.dataset.rule));
const text = () => page.locator('#siaran-text').inputValue();

test('the page loads from file:// in Bahasa Indonesia, with no script errors', async () => {
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
  assert.equal(await page.textContent('#fix-all'), 'Perbaiki semua (aman)');
  assert.equal(await page.inputValue('#pub-date'), await page.evaluate(() => todayIso()));
  assert.deepEqual(consoleErrors, []);
});

test('a pasted release shows its known errors, listed and underlined', async () => {
  await page.fill('#pub-date', '2025-10-27');
  // A real paste: the release on the clipboard, Ctrl+V in the text area.
  await page.evaluate((t) => navigator.clipboard.writeText(t), release);
  await page.focus('#siaran-text');
  await page.keyboard.press('Control+V');
  await linted(release);
  assert.equal(await text(), release);
  const rules = await listedRules();
  for (const rule of ['dateline/separator', 'day-date/weekday-mismatch', 'abbr/first-use', 'baku/non-standard-word', 'baku/prefix-apart']) {
    assert.ok(rules.includes(rule), `${rule} listed in ${rules}`);
  }
  const marks = await page.$$eval('#highlights mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.includes('praktek'), marks.join('|'));
  assert.ok(marks.includes('di tingkatkan'), marks.join('|'));
  const item = page.locator('#findings li[data-rule="baku/non-standard-word"]');
  assert.match(await item.textContent(), /Baris 3, kolom \d+/);
  assert.match(await item.textContent(), /bentuk bakunya 'praktik'/);
});

test('keyboard: Tab leaves the text for the actions, then the findings', async () => {
  await page.focus('#siaran-text');
  const order = [];
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  assert.deepEqual(order, ['fix-all', 'copy', 'download', 'goto', 'apply-fix']);
});

test('a finding explains its rule and its place is reachable by keyboard', async () => {
  const item = page.locator('#findings li[data-rule="dateline/separator"]');
  await item.locator('summary').click();
  // The explanation is filled on the details' toggle event, after the click returns.
  await item.locator('details p').first().waitFor();
  assert.match(await item.locator('details').textContent(), /tanda pisah/);
  await item.locator('button.goto').focus();
  await page.keyboard.press('Enter');
  const selection = await page.evaluate(() => {
    const t = document.getElementById('siaran-text');
    return [document.activeElement === t, t.value.slice(t.selectionStart, t.selectionEnd)];
  });
  assert.deepEqual(selection, [true, ' - ']);
});

test('the caret on an underline marks its finding in the list', async () => {
  const at = release.indexOf('di tingkatkan') + 2;
  await page.evaluate((offset) => {
    const t = document.getElementById('siaran-text');
    t.focus();
    t.setSelectionRange(offset, offset);
  }, at);
  await page.keyboard.up('Shift'); // a keyup, as moving the caret with the keyboard makes
  const current = await page.$$eval('#findings li[aria-current="true"]', (items) => items.map((li) => li.dataset.rule));
  assert.deepEqual(current, ['baku/prefix-apart']);
});

test('one fix applies that finding only', async () => {
  await page.locator('#findings li[data-rule="baku/non-standard-word"] button.apply-fix').click();
  const after = await text();
  assert.equal(after, release.replace('praktek', 'praktik'));
  const rules = await listedRules();
  assert.ok(!rules.includes('baku/non-standard-word'));
  assert.ok(rules.includes('baku/prefix-apart'));
});

test('"Perbaiki semua (aman)" applies every safe fix, and can be undone', async () => {
  await page.click('#fix-all');
  const fixed = await text();
  assert.match(fixed, /kota-semarang\.kpu\.go\.id — Komisi/);
  assert.match(fixed, /harus ditingkatkan/);
  const rules = await listedRules();
  assert.ok(!rules.includes('dateline/separator') && !rules.includes('baku/prefix-apart'), rules.join());
  assert.ok(rules.includes('day-date/weekday-mismatch'), 'no safe fix for a weekday that does not match');
  assert.equal(await page.isDisabled('#fix-all'), true);
  await page.screenshot({ path: join(artifacts, 'web-after-fix-all.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(download.suggestedFilename(), 'rilis-diperbaiki.txt');
  assert.equal(readFileSync(await download.path(), 'utf8'), fixed);
  // "Salin teks" puts the corrected text on the clipboard: paste it back to see.
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('notice').textContent === 'Teks disalin.');
  await page.fill('#siaran-text', '');
  await page.keyboard.press('Control+V');
  await linted(fixed);
  assert.equal(await text(), fixed);
  await page.click('#undo');
  assert.equal(await text(), release.replace('praktek', 'praktik'));
});

test('English toggle: page and findings in English, remembered on reload', async () => {
  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#fix-all'), 'Fix all (safe)');
  const item = page.locator('#findings li[data-rule="dateline/separator"]');
  assert.match(await item.textContent(), /em dash/);
  await item.locator('summary').click();
  await page.screenshot({ path: join(artifacts, 'web-english.png'), fullPage: true });
  await load();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'lang'), 'id');
});

test('the satker picker searches the gazetteer and is remembered', async () => {
  await page.fill('#satker', 'semarang');
  const options = await page.$$eval('#satker-options option', (os) => os.map((o) => o.value));
  assert.ok(options.includes('kota-semarang') && options.includes('kab-semarang'), options.join());
  await page.fill('#satker', 'kab-kendl');
  assert.match(await page.textContent('#satker-name'), /tidak dikenal/);
  await page.fill('#satker', 'KPU Kabupaten Kendal');
  assert.match(await page.textContent('#satker-name'), /kab-kendal\.kpu\.go\.id/);
  await page.fill('#satker', 'kab-kendal');
  assert.match(await page.textContent('#satker-name'), /KPU Kabupaten Kendal/);
  await page.fill('#pub-date', '2025-10-27');
  await paste(release);
  assert.ok((await listedRules()).some((r) => r.startsWith('dateline/domain')));
  await load();
  assert.equal(await page.inputValue('#satker'), 'kab-kendal');
  await page.fill('#satker', '');
  assert.match(await page.textContent('#satker-name'), /Belum dipilih/);
});

test('a .txt and a .md file open through the file input', async () => {
  await page.setInputFiles('#file-input', fixture('rilis-salah.txt'));
  await page.waitForFunction(() => document.getElementById('notice').textContent.includes('rilis-salah.txt'));
  assert.equal(await text(), release);
  assert.equal(await page.isChecked('#markdown'), false);
  // The date field is left at today: the front matter's date is the publication date,
  // so Senin (27/10) is 27 October 2025, a Monday.
  await load();
  const body = release.split('\n').slice(1).join('\n').replace('Selasa (27/10/2025)', 'Senin (27/10)');
  const md = `---\ntitle: KPU Kota Semarang Gelar Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n${body}`;
  await page.setInputFiles('#file-input', { name: 'rilis.md', mimeType: 'text/markdown', buffer: Buffer.from(md) });
  await page.waitForFunction(() => document.getElementById('notice').textContent.includes('rilis.md'));
  assert.equal(await page.isChecked('#markdown'), true);
  const rules = await listedRules();
  assert.ok(rules.includes('dateline/separator'), rules.join());
  assert.ok(!rules.includes('day-date/weekday-mismatch'), rules.join());
});

test('a Word file opens: its paragraphs are the lines of the findings', async () => {
  const docx = fileURLToPath(new URL('../../tests/fixtures/docx/rilis-salah.docx', import.meta.url));
  await page.setInputFiles('#file-input', docx);
  await page.waitForFunction(() => document.getElementById('notice').textContent.includes('rilis-salah.docx'));
  assert.match(await text(), /^KPU Kota Semarang Gelar Rapat Pleno Rekapitulasi\nSemarang, /);
  const item = page.locator('#findings li[data-rule="baku/non-standard-word"]');
  assert.match(await item.textContent(), /Baris 4, kolom 63/);
  assert.ok((await listedRules()).includes('dateline/separator'));
  await page.screenshot({ path: join(artifacts, 'web-docx.png'), fullPage: true });
  // Not a Word file: a clear message, and the text is kept.
  await page.setInputFiles('#file-input', { name: 'rusak.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('bukan zip') });
  await page.waitForFunction(() => document.getElementById('notice').textContent.includes('rusak.docx'));
  assert.match(await page.textContent('#notice'), /tidak bisa dibaca: bukan dokumen Word/);
  assert.match(await text(), /^KPU Kota Semarang Gelar Rapat Pleno/);
});

test('a 5 KB release lints in under 16 ms in the page', async () => {
  const long = readFileSync(fixture('rilis-5kb.txt'), 'utf8');
  await paste(long);
  // Each edit as typing makes it, timed by the page itself (data-lint-ms on #status).
  const times = await page.evaluate((base) => {
    const area = document.getElementById('siaran-text');
    const out = [];
    for (let i = 0; i < 40; i += 1) {
      area.value = `${base}${' tambahan'.repeat(i % 5)}`;
      lintNow();
      out.push(Number(document.getElementById('status').dataset.lintMs));
    }
    return out;
  }, long);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`# in-page lint of ${Buffer.byteLength(long)} bytes: median ${median.toFixed(2)} ms, max ${sorted.at(-1).toFixed(2)} ms`);
  assert.ok(median < 16, `median ${median} ms`);
});

test('from a web host the page fetches the .wasm, not the base64 copy', async () => {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
  const web = join(root, 'target/web');
  // A static host on the loopback interface, for this test only.
  const server = createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const path = join(web, name);
    if (!path.startsWith(web) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const hosted = await context.newPage();
  const requested = [];
  hosted.on('request', (r) => requested.push(new URL(r.url()).pathname));
  try {
    await hosted.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    await hosted.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
    await hosted.locator('#siaran-text').fill(release);
    await hosted.waitForSelector('#findings li[data-rule="dateline/separator"]');
    assert.ok(requested.includes('/siaran_wasm_bg.wasm'), requested.join());
    assert.ok(!requested.includes('/siaran_wasm_base64.js'), requested.join());
  } finally {
    await hosted.close();
    await new Promise((resolve) => server.close(resolve));
  }
});

test('phone width: everything fits and stays usable', async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await paste(release);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  const box = await page.locator('#fix-all').boundingBox();
  assert.ok(box.height >= 44, 'touch target');
  await page.screenshot({ path: join(artifacts, 'web-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(artifacts, 'web-desktop.png'), fullPage: true });
  assert.ok(existsSync(join(artifacts, 'web-desktop.png')));
  assert.deepEqual(consoleErrors, []);
});
