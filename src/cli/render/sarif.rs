//! SARIF 2.1.0 for code-scanning dashboards: every rule with its help text, every finding
//! with its region and fixes. Results are streamed; the tool description (which lists
//! all rules) is written after them, which JSON allows.
//!
//! Artifact URIs are what viewers resolve: a relative path is percent-encoded and
//! relative to `%SRCROOT%` (the folder siaran ran in, which GitHub code scanning maps to
//! the checkout); an absolute path is a `file://` URI. `tests/sarif_schema.rs` validates
//! the output against the SARIF 2.1.0 schema.

use std::io::{self, Write};

use serde_json::{json, Value};
use siaran::{Finding, Lang, LineIndex, Severity, Span};

use super::{FileResult, Renderer, Summary};
use crate::cli::file_uri;

/// The base of relative artifact URIs.
const SRCROOT: &str = "%SRCROOT%";

/// What the output opens with, up to the list of results.
const OPENING: &str = r#"{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"columnKind":"unicodeCodePoints","results":["#;

pub struct Sarif;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn region(lines: &LineIndex, source: &str, span: Span) -> Value {
    let start = lines.position(source, span.start);
    let end = lines.position(source, span.end);
    json!({
        "startLine": start.line, "startColumn": start.column,
        "endLine": end.line, "endColumn": end.column,
        "byteOffset": span.start, "byteLength": span.len(),
    })
}

fn result(f: &Finding, file: &FileResult<'_>) -> Value {
    let lines = &file.report.lines;
    let index = siaran::rules().position(|r| r.id == f.rule);
    let location = json!({
        "physicalLocation": {
            "artifactLocation": artifact(&file.shown_name()),
            "region": region(lines, file.source, f.span),
        }
    });
    let mut value = json!({
        "ruleId": f.rule,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": [location],
    });
    if let Some(i) = index {
        value["ruleIndex"] = json!(i);
    }
    if let Some(fix) = &f.fix {
        let replacements: Vec<Value> = fix
            .edits
            .iter()
            .map(|e| json!({ "deletedRegion": region(lines, file.source, e.span), "insertedContent": { "text": e.replacement } }))
            .collect();
        value["fixes"] = json!([{
            "description": { "text": fix.title },
            "artifactChanges": [{ "artifactLocation": artifact(&file.shown_name()), "replacements": replacements }],
        }]);
    }
    value
}

/// The `artifactLocation` of a file named `name` on the command line.
fn artifact(name: &str) -> Value {
    if name.starts_with('/') {
        json!({ "uri": file_uri::of_path(std::path::Path::new(name)) })
    } else {
        let relative = name.trim_start_matches("./");
        json!({ "uri": file_uri::encode(relative), "uriBaseId": SRCROOT })
    }
}

/// `%SRCROOT%` as the folder siaran runs in, so viewers outside a checkout can resolve
/// relative URIs too.
fn original_uri_base_ids() -> Value {
    let cwd = std::env::current_dir().unwrap_or_default();
    let root = format!("{}/", file_uri::of_path(&cwd).trim_end_matches('/'));
    json!({ SRCROOT: { "uri": root } })
}

fn rule_descriptors(lang: Lang) -> Vec<Value> {
    siaran::rules()
        .map(|m| {
            let mut help = m.explanation(lang);
            for example in m.examples {
                help.push_str(&format!("\n\n- {}\n+ {}", example.bad, example.good));
            }
            json!({
                "id": m.id,
                "name": m.id.replace(['/', '-'], "_"),
                "shortDescription": { "text": m.summary.template(lang) },
                "fullDescription": { "text": m.explanation(lang) },
                "help": { "text": help },
                "helpUri": file_uri::rule_page(&format!("{}/rules", file_uri::docs()), m.id),
                "defaultConfiguration": { "level": level(m.severity), "enabled": m.default_enabled },
            })
        })
        .collect()
}

impl Renderer for Sarif {
    fn file(&self, file: &FileResult<'_>, out: &mut Vec<u8>) -> io::Result<()> {
        for f in &file.report.findings {
            out.push(b',');
            serde_json::to_writer(&mut *out, &result(f, file)).map_err(io::Error::from)?;
        }
        Ok(())
    }

    fn opening(&self) -> Option<&[u8]> {
        Some(OPENING.as_bytes())
    }

    /// The rules are described in the language of the first file's messages.
    fn finish(
        &self,
        out: &mut dyn Write,
        _summary: &Summary,
        lang: Lang,
        first_lang: Option<Lang>,
        _quiet: bool,
    ) -> io::Result<()> {
        let tool = json!({
            "driver": {
                "name": "siaran",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": format!("{}/README.md", file_uri::docs()),
                "rules": rule_descriptors(first_lang.unwrap_or(lang)),
            }
        });
        write!(out, r#"],"tool":"#)?;
        serde_json::to_writer(&mut *out, &tool).map_err(io::Error::from)?;
        write!(out, r#","originalUriBaseIds":"#)?;
        serde_json::to_writer(&mut *out, &original_uri_base_ids()).map_err(io::Error::from)?;
        writeln!(out, "}}]}}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artifact_uris_are_percent_encoded_and_absolute_paths_are_file_uris() {
        assert_eq!(
            artifact("./arsip/rapat 1.txt"),
            json!({ "uri": "arsip/rapat%201.txt", "uriBaseId": SRCROOT })
        );
        assert_eq!(
            artifact("50%#é.md"),
            json!({ "uri": "50%25%23%C3%A9.md", "uriBaseId": SRCROOT })
        );
        assert_eq!(
            artifact("/srv/situs/rilis.txt"),
            json!({ "uri": "file:///srv/situs/rilis.txt" })
        );
    }
}
