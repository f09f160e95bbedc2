//! The API in Rust: text and options in, JSON out. `lib.rs` only hands these to
//! JavaScript, so everything here is tested natively.

use siaran::{FixMode, Lang, LintInput};

use crate::options::{self, Options};
use crate::{catalog, findings, gazetteer};

fn input<'a>(text: &'a str, options: &'a Options) -> LintInput<'a> {
    LintInput {
        source: text,
        path: options.path(),
        date: options.date,
        today: options.today,
    }
}

fn to_json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string(value).map_err(|e| e.to_string())
}

/// The findings on `text`, sorted by position, as a JSON array.
pub fn lint(text: &str, options_json: &str) -> Result<String, String> {
    let options = options::parse(options_json)?;
    let report = siaran::lint(&input(text, &options), &options.settings);
    to_json(&findings::convert(text, &report.lines, report.findings))
}

/// `text` with every safe fix applied (and unsafe ones with `unsafe: true`), re-linted
/// and fixed again until nothing changes, as `siaran check --fix` does.
pub fn fix(text: &str, options_json: &str) -> Result<String, String> {
    let options = options::parse(options_json)?;
    let mode = if options.unsafe_fixes {
        FixMode::Unsafe
    } else {
        FixMode::Safe
    };
    Ok(siaran::fix(&input(text, &options), &options.settings, mode).text)
}

fn lang(code: &str) -> Result<Lang, String> {
    if code.is_empty() {
        return Ok(Lang::default());
    }
    code.parse()
}

/// Every rule, as a JSON array.
pub fn rules(lang_code: &str) -> Result<String, String> {
    to_json(&catalog::all(lang(lang_code)?))
}

/// One rule's documentation as JSON, or `null` for an unknown id.
pub fn explain(id: &str, lang_code: &str) -> Result<String, String> {
    to_json(&catalog::explain(id, lang(lang_code)?))
}

/// Satker matching `query`, best first, as a JSON array.
pub fn satker(query: &str, limit: usize) -> Result<String, String> {
    to_json(&gazetteer::search(query, limit))
}

/// The text of a Word document's body, one line per paragraph (the headline first), so
/// a finding's line is the paragraph's number. Errors are in `lang`.
pub fn docx_text(bytes: &[u8], lang_code: &str) -> Result<String, String> {
    let lang = lang(lang_code)?;
    siaran::docx::extract(bytes)
        .map(|docx| docx.text)
        .map_err(|e| e.message(lang))
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;

    const TODAY: &str = r#"{"today":"2025-10-27"}"#;
    /// A release with a hyphen for the dateline's em dash, after a headline with
    /// characters JavaScript counts differently (’ is 3 bytes, 1 UTF-16 unit).
    const RELEASE: &str = "KPU Kota Semarang Gelar Rapat Jum’at\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas, Senin (27/10/2025).\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)";

    fn utf16_slice(text: &str, start: usize, end: usize) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start..end]).unwrap()
    }

    #[test]
    fn lint_reports_utf16_offsets_and_positions() {
        let found: Value = serde_json::from_str(&lint(RELEASE, TODAY).unwrap()).unwrap();
        let separator = found
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "dateline/separator")
            .expect("the hyphen is found");
        let (start, end) = (separator["start"].as_u64().unwrap(), separator["end"].as_u64().unwrap());
        assert!(utf16_slice(RELEASE, start as usize, end as usize).contains('-'));
        assert_eq!(separator["line"], 2);
        assert_eq!(separator["severity"], "error");
        let edit = &separator["fix"]["edits"][0];
        assert_eq!(separator["fix"]["applicability"], "safe");
        assert_eq!(edit["replacement"], " — ");
        assert!(utf16_slice(
            RELEASE,
            edit["start"].as_u64().unwrap() as usize,
            edit["end"].as_u64().unwrap() as usize
        )
        .contains('-'));
    }

    #[test]
    fn lint_speaks_the_asked_language() {
        let en = lint(RELEASE, r#"{"today":"2025-10-27","lang":"en"}"#).unwrap();
        let id = lint(RELEASE, TODAY).unwrap();
        assert!(en.contains("em dash") && id.contains("tanda pisah"));
    }

    #[test]
    fn fix_applies_safe_fixes_until_done() {
        let fixed = fix(RELEASE, TODAY).unwrap();
        assert!(fixed.contains("kota-semarang.kpu.go.id — Komisi"));
        let after: Value = serde_json::from_str(&lint(&fixed, TODAY).unwrap()).unwrap();
        assert!(after
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["rule"] != "dateline/separator"));
    }

    #[test]
    fn bad_options_are_errors_not_panics() {
        assert!(lint(RELEASE, r#"{"today":"2025-10-27","date":"kemarin"}"#).is_err());
        assert!(fix(RELEASE, "not json").is_err());
        assert!(rules("fr").is_err());
    }

    #[test]
    fn catalogue_and_gazetteer_as_json() {
        let rules: Value = serde_json::from_str(&rules("").unwrap()).unwrap();
        assert!(rules.as_array().unwrap().len() > 20);
        assert_eq!(explain("dateline/nope", "en").unwrap(), "null");
        // Kabupaten and Kota Semarang by name, then Jawa Tengah by its seat.
        let hits: Value = serde_json::from_str(&satker("semarang", 10).unwrap()).unwrap();
        let slugs: Vec<&str> = hits
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["slug"].as_str().unwrap())
            .collect();
        assert_eq!(slugs, ["kab-semarang", "kota-semarang", "jateng"]);
    }

    #[test]
    fn word_documents_become_one_line_per_paragraph() {
        let bytes = include_bytes!("../../tests/fixtures/docx/rilis-salah.docx");
        let text = docx_text(bytes, "").unwrap();
        assert!(text.starts_with("KPU Kota Semarang Gelar Rapat Pleno Rekapitulasi\nSemarang,"));
        let found: Value = serde_json::from_str(&lint(&text, TODAY).unwrap()).unwrap();
        let at = |rule: &str| {
            found
                .as_array()
                .unwrap()
                .iter()
                .find(|f| f["rule"] == rule)
                .map(|f| f["line"].clone())
        };
        assert_eq!(at("dateline/separator"), Some(2.into()));
        assert_eq!(at("baku/non-standard-word"), Some(4.into()));
        assert!(docx_text(b"not a zip", "")
            .unwrap_err()
            .starts_with("bukan dokumen Word"));
        assert!(docx_text(b"not a zip", "en")
            .unwrap_err()
            .starts_with("not a Word document"));
    }
}
