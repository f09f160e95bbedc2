//! Findings as JavaScript sees them: offsets in UTF-16 code units, so
//! `text.slice(f.start, f.end)` is the flagged text, plus line and column for people.

use serde::Serialize;
use siaran::{Applicability, Finding, LineIndex};

use crate::utf16::Utf16Offsets;

/// One finding. Offsets are UTF-16 code units into the linted text; `line` and `column`
/// are 1-based, the column counted in characters, as in the CLI's JSON.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct JsFinding {
    pub rule: &'static str,
    pub severity: &'static str,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub labels: Vec<JsLabel>,
    pub fix: Option<JsFix>,
}

#[derive(Debug, Serialize)]
pub struct JsLabel {
    pub start: usize,
    pub end: usize,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct JsFix {
    pub title: String,
    /// `safe`, `unsafe` or `display-only`.
    pub applicability: Applicability,
    /// Sorted, non-overlapping; apply them from the last to the first.
    pub edits: Vec<JsEdit>,
}

#[derive(Debug, Serialize)]
pub struct JsEdit {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

/// Converts the library's findings on `text`.
pub fn convert(text: &str, lines: &LineIndex, findings: Vec<Finding>) -> Vec<JsFinding> {
    let offsets = Utf16Offsets::new(text, findings.iter().flat_map(Finding::offsets));
    findings
        .into_iter()
        .map(|f| {
            let start = lines.position(text, f.span.start);
            let end = lines.position(text, f.span.end);
            JsFinding {
                rule: f.rule,
                severity: f.severity.as_str(),
                message: f.message,
                help: f.help,
                note: f.note,
                start: offsets.get(f.span.start),
                end: offsets.get(f.span.end),
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
                labels: f
                    .labels
                    .into_iter()
                    .map(|l| JsLabel {
                        start: offsets.get(l.span.start),
                        end: offsets.get(l.span.end),
                        message: l.message,
                    })
                    .collect(),
                fix: f.fix.map(|fix| JsFix {
                    title: fix.title,
                    applicability: fix.applicability,
                    edits: fix
                        .edits
                        .into_iter()
                        .map(|e| JsEdit {
                            start: offsets.get(e.span.start),
                            end: offsets.get(e.span.end),
                            replacement: e.replacement,
                        })
                        .collect(),
                }),
            }
        })
        .collect()
}
