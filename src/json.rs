//! JSON output, version 1: the shapes `siaran check --format json` prints, for library
//! callers too, so a tool that embeds the crate emits exactly what the command does.
//!
//! Positions are given both ways: 1-based `line` and `column` (in characters) for
//! people and editors, byte offsets `start`/`end` for programs. The README documents the
//! schema; a change to these types is a change of the format's version.

use serde::ser::{SerializeStruct, Serializer};
use serde::Serialize;

use crate::diagnostic::{Applicability, Finding};
use crate::line_index::LineIndex;
use crate::lint::Report;
use crate::pubdate::PubDateSource;
use crate::span::Span;

mod write;

/// The format's version, the `version` key of the top-level object.
pub const VERSION: u32 = 1;

/// Where a finding, label or edit sits: 1-based line and character column of its start
/// and end, and its byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Range {
    /// Line of the start, from 1.
    pub line: usize,
    /// Column of the start in characters, from 1.
    pub column: usize,
    /// Line of the end, from 1.
    pub end_line: usize,
    /// Column of the end in characters, from 1 (one past the last character).
    pub end_column: usize,
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
}

impl Range {
    fn new(lines: &LineIndex, source: &str, span: Span) -> Self {
        let start = lines.position(source, span.start);
        let end = lines.position_after(source, start, span.start, span.end);
        Range {
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
            start: span.start,
            end: span.end,
        }
    }
}

/// A secondary place a finding points to.
#[derive(Clone, Debug)]
pub struct JsonLabel<'a> {
    /// What the place has to do with the finding.
    pub message: &'a str,
    /// Where it is (its fields stand in the label's object).
    pub range: Range,
}

/// One replacement of a fix.
#[derive(Clone, Debug)]
pub struct JsonEdit<'a> {
    /// The new text (empty: a deletion).
    pub replacement: &'a str,
    /// The text it replaces (empty: an insertion; its fields stand in the edit's object).
    pub range: Range,
}

/// A fix: a title, how safe it is, and its edits.
#[derive(Clone, Debug, Serialize)]
pub struct JsonFix<'a> {
    /// What applying the fix does.
    pub title: &'a str,
    /// `safe`, `unsafe` or `display-only`.
    pub applicability: Applicability,
    /// Non-overlapping edits in source order.
    pub edits: Vec<JsonEdit<'a>>,
}

/// One finding.
#[derive(Clone, Debug)]
pub struct JsonFinding<'a> {
    /// The rule id, `family/name`.
    pub rule: &'a str,
    /// `error`, `warning` or `info`.
    pub severity: &'a str,
    /// The message, in the language the settings chose.
    pub message: &'a str,
    /// Where the finding is (its fields stand in the finding's object).
    pub range: Range,
    /// Other places that explain it.
    pub labels: Vec<JsonLabel<'a>>,
    /// What to do about it, when the message alone does not say.
    pub help: Option<&'a str>,
    /// Background: why the house style asks for it.
    pub note: Option<&'a str>,
    /// A fix, when the rule has one.
    pub fix: Option<JsonFix<'a>>,
}

// The range's fields stand in the object that has a range, as `#[serde(flatten)]` would
// put them; written out because flattening serialises the object as a map through
// serde's generic flattening machinery, a good part of the JSON output's time.

impl Range {
    fn serialize_fields<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        s.serialize_field("line", &self.line)?;
        s.serialize_field("column", &self.column)?;
        s.serialize_field("end_line", &self.end_line)?;
        s.serialize_field("end_column", &self.end_column)?;
        s.serialize_field("start", &self.start)?;
        s.serialize_field("end", &self.end)
    }
}

impl Serialize for JsonLabel<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("JsonLabel", 7)?;
        s.serialize_field("message", self.message)?;
        self.range.serialize_fields(&mut s)?;
        s.end()
    }
}

impl Serialize for JsonEdit<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("JsonEdit", 7)?;
        s.serialize_field("replacement", self.replacement)?;
        self.range.serialize_fields(&mut s)?;
        s.end()
    }
}

impl Serialize for JsonFinding<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("JsonFinding", 13)?;
        s.serialize_field("rule", self.rule)?;
        s.serialize_field("severity", self.severity)?;
        s.serialize_field("message", self.message)?;
        self.range.serialize_fields(&mut s)?;
        s.serialize_field("labels", &self.labels)?;
        s.serialize_field("help", &self.help)?;
        s.serialize_field("note", &self.note)?;
        s.serialize_field("fix", &self.fix)?;
        s.end()
    }
}

impl<'a> JsonFinding<'a> {
    /// The finding of a release whose line index is `lines`, in JSON v1 shape.
    pub fn new(finding: &'a Finding, lines: &LineIndex, source: &str) -> Self {
        JsonFinding {
            rule: finding.rule,
            severity: finding.severity.as_str(),
            message: &finding.message,
            range: Range::new(lines, source, finding.span),
            labels: finding
                .labels
                .iter()
                .map(|l| JsonLabel {
                    message: &l.message,
                    range: Range::new(lines, source, l.span),
                })
                .collect(),
            help: finding.help.as_deref(),
            note: finding.note.as_deref(),
            fix: finding.fix.as_ref().map(|fix| JsonFix {
                title: &fix.title,
                applicability: fix.applicability,
                edits: fix
                    .edits
                    .iter()
                    .map(|e| JsonEdit {
                        replacement: &e.replacement,
                        range: Range::new(lines, source, e.span),
                    })
                    .collect(),
            }),
        }
    }
}

/// One linted file: an element of the top-level `files` array.
#[derive(Clone, Debug, Serialize)]
pub struct JsonFile<'a> {
    /// The name the caller gave the release.
    pub path: &'a str,
    /// For an article held as a record, the field these findings are about (`title`),
    /// whose text their positions count in; absent for the release text itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'a str>,
    /// The publication date used, `YYYY-MM-DD`.
    pub publication_date: String,
    /// Where it came from: `given`, `front-matter`, `file-name` or `today`.
    pub publication_date_source: &'static str,
    /// Sorted by position, then rule id.
    pub findings: Vec<JsonFinding<'a>>,
}

impl Report {
    /// This report in JSON v1 shape, for the release `source` named `path`: serialise it
    /// with serde (`serde_json::to_string(&report.to_json(path, source))`) to get what
    /// `siaran check --format json` prints for the file.
    pub fn to_json<'a>(&'a self, path: &'a str, source: &str) -> JsonFile<'a> {
        self.to_json_field(path, None, source)
    }

    /// [`Report::to_json`] for the findings about an article's field (`title`, from
    /// [`crate::lint_article_title`]), whose text is `source`.
    pub fn to_json_field<'a>(&'a self, path: &'a str, field: Option<&'a str>, source: &str) -> JsonFile<'a> {
        JsonFile {
            path,
            field,
            publication_date: self.pub_date.date.to_string(),
            publication_date_source: source_name(self.pub_date.source),
            findings: self
                .findings
                .iter()
                .map(|f| JsonFinding::new(f, &self.lines, source))
                .collect(),
        }
    }
}

/// The `publication_date_source` value.
fn source_name(source: PubDateSource) -> &'static str {
    match source {
        PubDateSource::Given => "given",
        PubDateSource::FrontMatter => "front-matter",
        PubDateSource::FileName => "file-name",
        PubDateSource::Today => "today",
    }
}
