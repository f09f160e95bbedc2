//! JSON output, version 1 (schema in the README). Streamed: the files array is written
//! one file at a time.

use std::io::{self, BufWriter, Stdout, Write};

use serde::Serialize;
use siaran::{Finding, Lang, LineIndex, Span};

use super::{FileResult, Renderer, Summary};

pub const VERSION: u32 = 1;

pub struct Json {
    out: BufWriter<Stdout>,
    first: bool,
}

impl Json {
    pub fn stdout() -> Self {
        Json {
            out: BufWriter::new(io::stdout()),
            first: true,
        }
    }
}

#[derive(Serialize)]
struct Range {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
}

impl Range {
    fn new(lines: &LineIndex, source: &str, span: Span) -> Self {
        let start = lines.position(source, span.start);
        let end = lines.position(source, span.end);
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

#[derive(Serialize)]
struct JsonLabel<'a> {
    message: &'a str,
    #[serde(flatten)]
    range: Range,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    replacement: &'a str,
    #[serde(flatten)]
    range: Range,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    title: &'a str,
    applicability: siaran::Applicability,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    #[serde(flatten)]
    range: Range,
    labels: Vec<JsonLabel<'a>>,
    help: Option<&'a str>,
    note: Option<&'a str>,
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: &'a str,
    publication_date: String,
    publication_date_source: &'a str,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonSummary {
    files: usize,
    findings: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    fixable: usize,
    failed: usize,
}

fn finding<'a>(f: &'a Finding, lines: &LineIndex, source: &str) -> JsonFinding<'a> {
    JsonFinding {
        rule: f.rule,
        severity: f.severity.as_str(),
        message: &f.message,
        range: Range::new(lines, source, f.span),
        labels: f
            .labels
            .iter()
            .map(|l| JsonLabel {
                message: &l.message,
                range: Range::new(lines, source, l.span),
            })
            .collect(),
        help: f.help.as_deref(),
        note: f.note.as_deref(),
        fix: f.fix.as_ref().map(|fix| JsonFix {
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

impl Renderer for Json {
    fn file(&mut self, file: &FileResult<'_>) -> io::Result<()> {
        let report = file.report;
        let source = match report.pub_date.source {
            siaran::pubdate::PubDateSource::Given => "given",
            siaran::pubdate::PubDateSource::FrontMatter => "front-matter",
            siaran::pubdate::PubDateSource::FileName => "file-name",
            siaran::pubdate::PubDateSource::Today => "today",
        };
        let value = JsonFile {
            path: file.name,
            publication_date: report.pub_date.date.to_string(),
            publication_date_source: source,
            findings: report
                .findings
                .iter()
                .map(|f| finding(f, &report.lines, file.source))
                .collect(),
        };
        let head = if self.first {
            format!("{{\"version\":{VERSION},\"files\":[")
        } else {
            ",".to_string()
        };
        self.first = false;
        self.out.write_all(head.as_bytes())?;
        serde_json::to_writer(&mut self.out, &value).map_err(io::Error::other)
    }

    fn finish(&mut self, summary: &Summary, _lang: Lang, _quiet: bool) -> io::Result<()> {
        if self.first {
            write!(self.out, "{{\"version\":{VERSION},\"files\":[")?;
        }
        let value = JsonSummary {
            files: summary.files,
            findings: summary.findings(),
            errors: summary.errors,
            warnings: summary.warnings,
            infos: summary.infos,
            fixable: summary.fixable,
            failed: summary.failed,
        };
        write!(self.out, "],\"summary\":")?;
        serde_json::to_writer(&mut self.out, &value).map_err(io::Error::other)?;
        writeln!(self.out, "}}")?;
        self.out.flush()
    }
}
