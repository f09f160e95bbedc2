//! Output formats. Each renderer streams: one file at a time, then a summary, so memory
//! stays flat however many files a run checks. A file's part of the output is rendered
//! on the worker thread that checked it, which then frees the text and findings it
//! allocated; the main thread only joins the parts in input order ([`Output`]) and
//! closes the run. Freeing on the main thread what a worker allocated took glibc's
//! arena locks for every finding, and rendering there kept a third thread busy on two
//! cores.

mod concise;
mod excerpt;
mod github;
mod human;
mod json;
mod output;
mod sarif;
mod shown;

use std::io::{self, Write};

use siaran::{Lang, Report, Severity};

use super::args::Format;

pub use output::{Output, Part};

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
    /// Counts the findings of `report` (the file itself is counted by its caller: an
    /// article's title is no file of its own).
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

impl std::ops::AddAssign for Summary {
    /// Adds the totals of another part of the run (one release's, made on a worker).
    fn add_assign(&mut self, other: Summary) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
        self.fixable += other.fixable;
        self.failed += other.failed;
    }
}

/// One output format. `file` runs on worker threads, so a renderer holds no state that
/// changes during the run.
pub trait Renderer: Sync {
    /// Appends what the output shows for `file`.
    fn file(&self, file: &FileResult<'_>, out: &mut Vec<u8>) -> io::Result<()>;

    /// For a format whose items (JSON's files, SARIF's results) form one list across the
    /// run: what opens the list. `file` then begins every item with a comma, and the
    /// first item's comma is replaced by this opening.
    fn opening(&self) -> Option<&[u8]> {
        None
    }

    /// Whether each file's part is written out at once rather than buffered: a reader
    /// at a terminal sees a file's diagnostics in order with problems on stderr.
    fn writes_each_file(&self) -> bool {
        false
    }

    /// Writes what closes the run, after the last file (and the opening, for a list).
    /// `first_lang` is the language of the first file rendered, if any was.
    fn finish(
        &self,
        out: &mut dyn Write,
        summary: &Summary,
        lang: Lang,
        first_lang: Option<Lang>,
        quiet: bool,
    ) -> io::Result<()>;
}

pub fn renderer(format: Format) -> Box<dyn Renderer> {
    match format {
        Format::Human => Box::new(human::Human::stdout()),
        Format::Concise => Box::new(concise::Concise),
        Format::Json => Box::new(json::Json::new()),
        Format::Sarif => Box::new(sarif::Sarif),
        Format::Github => Box::new(github::Github),
    }
}

/// The summary lines of the human and concise formats, unless `quiet`.
fn write_summary(out: &mut dyn Write, summary: &Summary, lang: Lang, quiet: bool) -> io::Result<()> {
    if !quiet {
        for line in summary_lines(summary, lang) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
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
