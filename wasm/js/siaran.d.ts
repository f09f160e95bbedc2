// Types of the siaran ES module (siaran.js). Offsets are UTF-16 code units, as
// JavaScript strings count: `text.slice(finding.start, finding.end)` is the flagged text.

/** `id` (Bahasa Indonesia, the default) or `en`. */
export type Lang = 'id' | 'en';

export type Severity = 'info' | 'warning' | 'error';

/** `safe`: certain; `unsafe`: probably right, a person should look; `display-only`: a suggestion. */
export type Applicability = 'safe' | 'unsafe' | 'display-only';

export interface LintOptions {
  /** The publication date (`YYYY-MM-DD` or a Date); resolves the year of `Senin (27/10)`. */
  date?: string | Date;
  /** The satker slug, as in its domain `<slug>.kpu.go.id` (`kota-semarang`). */
  satker?: string;
  /** Language of messages; default `id`. */
  lang?: Lang;
  /** The text is Markdown with front matter, as a `.md` file is. */
  markdown?: boolean;
  /** Today, the last fallback for the publication date; default: the user's today. */
  today?: string | Date;
}

export interface FixOptions extends LintOptions {
  /** Also apply unsafe fixes. */
  unsafe?: boolean;
}

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export interface Fix {
  /** Imperative, in the asked language: `Ganti dengan ' — '`. */
  title: string;
  applicability: Applicability;
  /** Sorted and non-overlapping. */
  edits: Edit[];
}

export interface Label {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  /** `family/name`, stable across versions (`dateline/separator`). */
  rule: string;
  severity: Severity;
  message: string;
  help?: string;
  note?: string;
  /** UTF-16 offsets into the linted text. */
  start: number;
  end: number;
  /** 1-based; columns count characters (Unicode scalar values), as the CLI's JSON. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  labels: Label[];
  fix: Fix | null;
}

export interface RuleSummary {
  id: string;
  family: string;
  severity: Severity;
  fix: 'none' | 'sometimes' | 'always';
  /** Opt-in rules (dictionary spelling) are off unless enabled. */
  defaultEnabled: boolean;
  summary: string;
}

export interface RuleDoc extends RuleSummary {
  /** Markdown: inline `code` marks what to write. */
  explanation: string;
  examples: { bad: string; good: string }[];
}

export interface Satker {
  /** `kota-semarang`; empty for KPU RI. */
  slug: string;
  /** `KPU Kota Semarang`. */
  institution: string;
  name: string;
  level: 'pusat' | 'provinsi' | 'kabupaten' | 'kota';
  /** The province's slug, for kabupaten and kota. */
  province: string | null;
  /** The usual dateline city. */
  seat: string;
  /** `kota-semarang.kpu.go.id`. */
  domain: string;
}

/**
 * Loads the WebAssembly module; call once before anything else. `source` is a URL, a
 * Response, the bytes or a compiled module; by default the `.wasm` beside siaran.js.
 */
export function init(source?: string | URL | Response | BufferSource | WebAssembly.Module): Promise<void>;
/** Loads the WebAssembly module synchronously from its bytes or a compiled module. */
export function initSync(bytes: BufferSource | WebAssembly.Module): void;

/** Findings on `text`, sorted by position. Throws on a bad option (unknown satker, bad date). */
export function lint(text: string, options?: LintOptions): Finding[];
/** `text` with every safe fix applied (and unsafe ones with `unsafe`), until nothing changes. */
export function fix(text: string, options?: FixOptions): string;
/** Every rule, family by family. */
export function rules(options?: { lang?: Lang }): RuleSummary[];
/** A rule's documentation, or null for an unknown id. */
export function explain(id: string, options?: { lang?: Lang }): RuleDoc | null;
/** KPU offices matching `query` (name, slug, institution, seat), best first; default limit 20. */
export function satker(query: string, options?: { limit?: number }): Satker[];
/**
 * The text of a Word document's body (.docx bytes): one line per paragraph, the headline
 * first, so a finding's line is the paragraph's number. Throws on a file that is not a
 * readable .docx (an old .doc, a password-protected file), saying which in `lang`.
 */
export function docxText(bytes: Uint8Array | ArrayBuffer, options?: { lang?: Lang }): string;
/** `text` with one finding's fix applied (what a "fix" button does). */
export function applyFix(text: string, finding: Pick<Finding, 'fix'>): string;
