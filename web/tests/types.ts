// Compiled (not run) by scripts/ci-web.sh with `tsc --noEmit --strict`: the declarations
// in wasm/js/siaran.d.ts type what a web tool writes against the module.
import { applyFix, docxText, explain, fix, init, lint, rules, satker } from '../../target/web/pkg/siaran.js';
import type { Finding, RuleDoc, Satker } from '../../target/web/pkg/siaran.js';

async function check(text: string, bytes: Uint8Array): Promise<string> {
  await init();
  const findings: Finding[] = lint(text, { date: new Date(), satker: 'kota-semarang', lang: 'en', markdown: false });
  const first = findings[0];
  const flagged: string = text.slice(first.start, first.end);
  const where: number = first.line + first.column + first.endLine + first.endColumn;
  const safe: boolean = first.fix?.applicability === 'safe';
  const edits: number = first.fix?.edits.length ?? 0;
  const doc: RuleDoc | null = explain(first.rule, { lang: 'id' });
  const offices: Satker[] = satker('semarang', { limit: 3 });
  const ids: string[] = rules().map((r) => r.id);
  const fromWord: string = docxText(bytes, { lang: 'en' });
  return [flagged, where, safe, edits, doc?.explanation, offices[0]?.domain, ids, fromWord, applyFix(text, first), fix(text, { unsafe: true })].join();
}

// @ts-expect-error: lang is 'id' or 'en'
lint('x', { lang: 'jv' });
// @ts-expect-error: fix returns the text, not findings
const wrong: Finding[] = fix('x');

export { check, wrong };
