//! Output formats. Each renderer streams: one file at a time, then a summary, so memory
//! stays flat however many files a run checks.

mod concise;
mod excerpt;
mod github;
mod human;
mod json;
mod sarif;
mod shown;

use std::io;

use siaran::{Lang, Report, Severity};

use super::args::Format;

/// One checked file, or the findings about a field of an article read from JSON.
pub struct FileResult<'a> {
    pub name: &'a str,
    /// The article field (`title`) the findings are about; `source` is its text.
    pub field: Option<&'a str>,
    pub source: &'a str,
    pub report: &'a Report,
    pub lang: Lang,
}

/// Totals of a run.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub fixable: usize,
    pub failed: usize,
}

impl FileResult<'_> {
    /// The name to show: the file's, with `#title` for a field of an article.
    pub fn shown_name(&self) -> std::borrow::Cow<'_, str> {
        match self.field {
            Some(field) => format!("{}#{field}", self.name).into(),
            None => self.name.into(),
        }
    }
}

impl Summary {
    pub fn add(&mut self, report: &Report) {
        self.files += 1;
        self.add_findings(report);
    }

    /// Counts the findings of `report` without counting a file (an article's title).
    pub fn add_findings(&mut self, report: &Report) {
        for f in &report.findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
            if f.fix
                .as_ref()
                .is_some_and(|fix| fix.applicability == siaran::Applicability::Safe)
            {
                self.fixable += 1;
            }
        }
    }

    pub fn findings(&self) -> usize {
        self.errors + self.warnings + self.infos
    }
}

pub trait Renderer {
    fn file(&mut self, file: &FileResult<'_>) -> io::Result<()>;
    fn finish(&mut self, summary: &Summary, lang: Lang, quiet: bool) -> io::Result<()>;
}

pub fn renderer(format: Format) -> Box<dyn Renderer> {
    match format {
        Format::Human => Box::new(human::Human::stdout()),
        Format::Concise => Box::new(concise::Concise::stdout()),
        Format::Json => Box::new(json::Json::stdout()),
        Format::Sarif => Box::new(sarif::Sarif::stdout()),
        Format::Github => Box::new(github::Github::stdout()),
    }
}

/// The summary sentence shared by the human and concise formats.
fn summary_lines(summary: &Summary, lang: Lang) -> Vec<String> {
    use super::text::*;
    let n = |v: usize| v.to_string();
    let mut lines = Vec::new();
    if summary.findings() == 0 {
        lines.push(SUMMARY_CLEAN.render(lang, &[("files", &n(summary.files))]));
    } else {
        lines.push(SUMMARY_FOUND.render(
            lang,
            &[
                ("count", &n(summary.findings())),
                ("errors", &n(summary.errors)),
                ("warnings", &n(summary.warnings)),
                ("infos", &n(summary.infos)),
                ("files", &n(summary.files)),
            ],
        ));
        if summary.fixable > 0 {
            lines.push(SUMMARY_FIXABLE.render(lang, &[("fixable", &n(summary.fixable))]));
        }
    }
    if summary.failed > 0 {
        lines.push(SUMMARY_FAILED.render(lang, &[("failed", &n(summary.failed))]));
    }
    lines
}
