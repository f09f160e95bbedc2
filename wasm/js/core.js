// The siaran JavaScript API over the raw WebAssembly exports (which take and return
// JSON strings). One copy serves both the ES module (pkg/siaran.js) and the page, whose
// classic scripts also work from file://, where browsers refuse to load modules; so this
// file has no import or export: scripts/build-web.sh places it inside both.

/**
 * @param {object} raw the wasm-bindgen exports: lint, fix, rules, explain, satker, docxText
 * @param {() => boolean} isReady whether the WebAssembly module is instantiated
 */
function siaranApi(raw, isReady) {
  const pad = (n) => String(n).padStart(2, '0');
  // The user's calendar day: a release written at 06:00 in Jayapura is dated that day.
  const isoDate = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

  function ready() {
    if (!isReady()) {
      throw new Error('siaran: the WebAssembly module is not loaded yet (await init() first)');
    }
  }

  function dateOption(value, name) {
    if (value === undefined || value === null || value === '') return undefined;
    if (value instanceof Date) return isoDate(value);
    if (typeof value === 'string') return value;
    throw new TypeError(`siaran: option ${name} must be a YYYY-MM-DD string or a Date`);
  }

  function optionsJson(opts) {
    const o = opts ?? {};
    return JSON.stringify({
      date: dateOption(o.date, 'date'),
      satker: o.satker || undefined,
      lang: o.lang || undefined,
      markdown: Boolean(o.markdown),
      unsafe: Boolean(o.unsafe),
      today: dateOption(o.today, 'today') ?? isoDate(new Date()),
    });
  }

  return {
    /** Findings on `text`, sorted by position. */
    lint(text, opts) {
      ready();
      return JSON.parse(raw.lint(String(text), optionsJson(opts)));
    },
    /** `text` with its safe fixes applied (also unsafe ones with `{unsafe: true}`). */
    fix(text, opts) {
      ready();
      return raw.fix(String(text), optionsJson(opts));
    },
    /** Every rule, family by family. */
    rules(opts) {
      ready();
      return JSON.parse(raw.rules(opts?.lang ?? ''));
    },
    /** A rule's documentation, or null for an unknown id. */
    explain(id, opts) {
      ready();
      return JSON.parse(raw.explain(String(id), opts?.lang ?? ''));
    },
    /** KPU offices matching `query` (name, slug, institution, seat), best first. */
    satker(query, opts) {
      ready();
      const limit = opts?.limit ?? 20;
      if (!Number.isInteger(limit) || limit < 0) {
        throw new TypeError('siaran: option limit must be a non-negative integer');
      }
      return JSON.parse(raw.satker(String(query ?? ''), limit));
    },
    /** The text of a Word document (.docx bytes): one line per paragraph, headline first. */
    docxText(bytes, opts) {
      ready();
      return raw.docxText(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), opts?.lang ?? '');
    },
    /** `text` with one finding's fix applied: its edits, from the last to the first. */
    applyFix(text, finding) {
      const edits = finding?.fix?.edits ?? [];
      let out = String(text);
      for (const e of [...edits].sort((a, b) => b.start - a.start)) {
        out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
      }
      return out;
    },
  };
}
