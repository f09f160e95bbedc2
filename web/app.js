// The page: loads the engine, lints as the user types, and wires the controls.
// Globals from the scripts before this one: wasm_bindgen (the WebAssembly glue),
// siaranApi (the API), STRINGS/say, renderHighlights, renderFindings; SIARAN_WASM_BASE64
// once engine() has loaded it.

const $ = (id) => document.getElementById(id);
const STORE = { lang: 'siaran.lang', satker: 'siaran.satker' };

const state = {
  siaran: null,
  lang: 'id',
  satker: '',
  fileName: 'rilis.txt',
  dateSet: false,
  findings: [],
  beforeFix: null,
  explained: new Map(),
};

function remembered(key) {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return ''; // Storage can be off (private windows, file:// in some browsers).
  }
}

function remember(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not remembering is fine.
  }
}

function todayIso() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The lint summary ("5 temuan · …"), rewritten at every lint. */
function status(message) {
  $('status').textContent = message;
}

/** What the last action did (a fix, a file opened); stays until the next action. */
function notice(message) {
  $('notice').textContent = message;
}

/**
 * The date field starts at today as the last fallback only, so a Markdown file's front
 * matter `date` still counts; once the user sets it, it is the publication date.
 */
function options() {
  const date = $('pub-date').value || undefined;
  return {
    date: state.dateSet ? date : undefined,
    today: date,
    satker: state.satker || undefined,
    lang: state.lang,
    markdown: $('markdown').checked,
  };
}

/** The text area grows with its text, so the underline layer never has to scroll. */
function fitHeight() {
  const text = $('siaran-text');
  text.style.height = 'auto';
  text.style.height = `${text.scrollHeight + 2}px`;
}

function lintNow() {
  if (!state.siaran) return;
  const text = $('siaran-text').value;
  let findings = [];
  let ms = 0;
  try {
    const started = performance.now();
    findings = text.trim() ? state.siaran.lint(text, options()) : [];
    ms = performance.now() - started;
  } catch (error) {
    notice(error.message);
  }
  state.findings = findings;
  renderHighlights($('highlights'), text, findings);
  renderFindings($('findings'), findings, state.lang, { goto, fix: fixOne, explain });
  $('finding-count').textContent = findings.length ? `(${findings.length})` : '';
  $('no-findings').hidden = findings.length > 0 || !text.trim();
  $('fix-all').disabled = !findings.some((f) => f.fix?.applicability === 'safe');
  // For tests and the curious: how long the lint took, and of how long a text.
  $('status').dataset.lintMs = ms.toFixed(2);
  $('status').dataset.lintedLength = String(text.length);
  if (text.trim()) {
    const shown = ms.toLocaleString(state.lang === 'id' ? 'id-ID' : 'en', { maximumFractionDigits: 1 });
    status(say(state.lang, 'checked', { count: findings.length, ms: shown }));
  } else {
    status(say(state.lang, 'empty'));
  }
  fitHeight();
}

let pending = 0;
/** Lints after the user pauses typing for a moment (a lint takes a few milliseconds). */
function lintSoon() {
  clearTimeout(pending);
  pending = setTimeout(lintNow, 60);
}

function explain(rule) {
  const key = `${state.lang}:${rule}`;
  if (!state.explained.has(key)) state.explained.set(key, state.siaran.explain(rule, { lang: state.lang }));
  return state.explained.get(key);
}

function goto(finding) {
  const text = $('siaran-text');
  text.focus();
  text.setSelectionRange(finding.start, finding.end);
  const line = text.value.slice(0, finding.start).split('\n').length;
  const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 24;
  window.scrollTo({ top: text.getBoundingClientRect().top + window.scrollY + (line - 3) * lineHeight });
}

/** Marks the finding under the caret in the list, so an underline leads to its entry. */
function showFindingAtCaret() {
  const at = $('siaran-text').selectionStart;
  const index = state.findings.findIndex((f) => f.start <= at && at <= Math.max(f.end, f.start + 1));
  const items = $('findings').children;
  for (let i = 0; i < items.length; i += 1) {
    if (i === index) items[i].setAttribute('aria-current', 'true');
    else items[i].removeAttribute('aria-current');
  }
  items[index]?.scrollIntoView({ block: 'nearest' });
}

/** Replaces the whole text, keeping the previous one for "undo". */
function replaceText(next, message) {
  const text = $('siaran-text');
  state.beforeFix = text.value;
  text.value = next;
  $('undo').hidden = false;
  lintNow();
  notice(message);
}

function fixOne(finding) {
  const next = state.siaran.applyFix($('siaran-text').value, finding);
  replaceText(next, say(state.lang, 'fixedOne', { title: finding.fix.title }));
}

function fixAll() {
  const before = $('siaran-text').value;
  const safe = state.findings.filter((f) => f.fix?.applicability === 'safe').length;
  const next = state.siaran.fix(before, { ...options(), unsafe: false });
  if (next === before) {
    notice(say(state.lang, 'fixedNone'));
    return;
  }
  replaceText(next, say(state.lang, 'fixedAll', { count: safe }));
}

function undo() {
  if (state.beforeFix === null) return;
  $('siaran-text').value = state.beforeFix;
  state.beforeFix = null;
  $('undo').hidden = true;
  lintNow();
  notice(say(state.lang, 'undone'));
}

async function copyText() {
  const text = $('siaran-text');
  try {
    await navigator.clipboard.writeText(text.value);
    notice(say(state.lang, 'copied'));
  } catch {
    text.select();
    notice(say(state.lang, document.execCommand('copy') ? 'copied' : 'copyFailed'));
  }
}

function download() {
  const blob = new Blob([$('siaran-text').value], { type: 'text/plain;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  const base = state.fileName.replace(/\.(txt|md|markdown|docx)$/i, '');
  const ext = /\.(md|markdown)$/i.test(state.fileName) ? 'md' : 'txt';
  link.download = `${base}-${state.lang === 'id' ? 'diperbaiki' : 'fixed'}.${ext}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function openFile() {
  const file = $('file-input').files[0];
  if (!file) return;
  try {
    let text;
    if (/\.docx$/i.test(file.name)) {
      text = state.siaran.docxText(await file.arrayBuffer(), { lang: state.lang });
    } else {
      text = await file.text();
    }
    state.fileName = file.name;
    $('markdown').checked = /\.(md|markdown)$/i.test(file.name);
    $('siaran-text').value = text;
    state.beforeFix = null;
    $('undo').hidden = true;
    lintNow();
    notice(say(state.lang, 'opened', { name: file.name }));
  } catch (error) {
    notice(say(state.lang, 'openFailed', { name: file.name, error: error.message }));
  }
}

/** Fills the satker suggestions for what is typed and takes an exact match. */
function satkerInput() {
  const typed = $('satker').value.trim();
  const hits = state.siaran.satker(typed, { limit: 12 });
  $('satker-options').replaceChildren(
    ...hits.filter((s) => s.slug).map((s) => {
      const option = document.createElement('option');
      option.value = s.slug;
      option.label = `${s.institution} — ${s.domain}`;
      return option;
    }),
  );
  const wanted = typed.toLowerCase();
  const exact = hits.find((s) => s.slug && (s.slug === wanted || s.institution.toLowerCase() === wanted));
  // Nothing typed: no satker (the dateline's domain names it); an unknown one counts
  // as none until a known one is picked, and is not remembered.
  const chosen = typed === '' ? '' : exact ? exact.slug : null;
  state.satker = chosen ?? '';
  if (chosen !== null) remember(STORE.satker, chosen);
  $('satker-name').textContent =
    chosen === null ? say(state.lang, 'satkerUnknown') : exact ? `${exact.institution} (${exact.domain})` : say(state.lang, 'satkerNone');
  lintSoon();
}

/** Puts the page's own words in the chosen language. */
function applyLanguage() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll('[data-i18n]')) {
    node.textContent = say(state.lang, node.dataset.i18n);
  }
  $('satker').placeholder = say(state.lang, 'satkerPlaceholder');
  const toggle = $('lang-toggle');
  toggle.lang = state.lang === 'id' ? 'en' : 'id';
  toggle.setAttribute('aria-label', say(state.lang, 'langToggleLabel'));
  document.title = say(state.lang, 'title');
}

function toggleLanguage() {
  state.lang = state.lang === 'id' ? 'en' : 'id';
  remember(STORE.lang, state.lang);
  applyLanguage();
  notice('');
  if (state.siaran) {
    satkerInput();
    lintNow();
  }
}

function wire() {
  $('siaran-text').addEventListener('input', () => {
    notice('');
    fitHeight();
    lintSoon();
  });
  $('siaran-text').addEventListener('click', showFindingAtCaret);
  $('siaran-text').addEventListener('keyup', showFindingAtCaret);
  $('pub-date').addEventListener('change', () => {
    state.dateSet = true;
    lintSoon();
  });
  $('markdown').addEventListener('change', lintSoon);
  $('satker').addEventListener('input', satkerInput);
  $('file-input').addEventListener('change', openFile);
  $('fix-all').addEventListener('click', fixAll);
  $('undo').addEventListener('click', undo);
  $('copy').addEventListener('click', copyText);
  $('download').addEventListener('click', download);
  $('lang-toggle').addEventListener('click', toggleLanguage);
}

/** Loads a classic script; resolves once it has run. */
function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.body.append(script);
  });
}

/**
 * The engine's .wasm: fetched from a web host (850 kB gzipped); from file://, where
 * browsers refuse fetch(), out of a script that carries it as base64 (a third larger).
 */
async function engine() {
  if (location.protocol !== 'file:') {
    try {
      const response = await fetch('siaran_wasm_bg.wasm');
      if (response.ok) return response;
    } catch {
      // Fall back to the script below.
    }
  }
  await loadScript('siaran_wasm_base64.js');
  return Uint8Array.from(atob(SIARAN_WASM_BASE64), (c) => c.charCodeAt(0));
}

async function start() {
  state.lang = remembered(STORE.lang) === 'en' ? 'en' : 'id';
  applyLanguage();
  wire();
  $('pub-date').value = todayIso();
  status(say(state.lang, 'loading'));
  let loaded = false;
  await wasm_bindgen({ module_or_path: await engine() });
  loaded = true;
  state.siaran = siaranApi(wasm_bindgen, () => loaded);
  // The engine builds its tables on first use (a few hundred ms): pay that now, not on
  // the user's first keystroke.
  state.siaran.lint('Judul\nIsi.', {});
  $('satker').value = remembered(STORE.satker);
  satkerInput();
  document.body.dataset.ready = 'true';
  lintNow();
}

start().catch((error) => status(error.message));
