//! The engine: parse a release once, run every enabled rule, return findings as data.

use jiff::civil::Date;

use crate::diagnostic::Finding;
use crate::document::{Document, SourceKind};
use crate::line_index::LineIndex;
use crate::pubdate::{self, PubDate};
use crate::rules::{self, Context};
use crate::settings::Settings;

/// One release to lint. The library does no I/O: the caller supplies the text, the name
/// it came from (for Markdown detection and a `YYYY-MM-DD` prefix) and today's date.
#[derive(Clone, Copy, Debug)]
pub struct LintInput<'a> {
    pub source: &'a str,
    /// File name or path, if any.
    pub path: Option<&'a str>,
    /// The publication date when the caller knows it (`--date`).
    pub date: Option<Date>,
    /// Today, the last fallback for the publication date.
    pub today: Date,
}

/// What linting one release produced.
#[derive(Debug, Clone)]
pub struct Report {
    /// Sorted by position, then rule id.
    pub findings: Vec<Finding>,
    pub pub_date: PubDate,
    /// Line starts of the source, for line/column conversion at the edge.
    pub lines: LineIndex,
}

/// Lints one release with the given settings.
pub fn lint(input: &LintInput<'_>, settings: &Settings) -> Report {
    let kind = input.path.map(SourceKind::from_path).unwrap_or_default();
    let doc = Document::parse(input.source, kind);
    let pub_date = pubdate::resolve(input.date, &doc, input.path, input.today);
    let cx = Context {
        doc: &doc,
        settings,
        pub_date,
        memo: Default::default(),
    };
    let mut findings = Vec::new();
    for rule in rules::all() {
        let Some(severity) = settings.severity_of(rule.meta()) else {
            continue;
        };
        let first = findings.len();
        rule.check(&cx, &mut findings);
        for finding in &mut findings[first..] {
            finding.severity = severity;
        }
    }
    findings.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
    Report {
        findings,
        pub_date,
        lines: doc.lines,
    }
}
