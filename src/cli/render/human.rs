//! Rich diagnostics in the style of rustc and ruff, drawn by codespan-reporting.

use std::io::{self, IsTerminal, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use codespan_reporting::term::{self, Config};
use siaran::{Finding, Lang, Severity};

use super::excerpt::Excerpt;
use super::shown::Shown;
use super::{FileResult, Renderer, Summary};
use crate::cli::terminal::escape;
use crate::cli::text;

pub struct Human {
    out: StandardStream,
    config: Config,
}

impl Human {
    pub fn stdout() -> Self {
        // Colour only on a terminal; termcolor's Auto also honours NO_COLOR and TERM=dumb.
        let choice = if io::stdout().is_terminal() {
            ColorChoice::Auto
        } else {
            ColorChoice::Never
        };
        Human {
            out: StandardStream::stdout(choice),
            config: Config::default(),
        }
    }
}

/// The diagnostic for `finding`; its labels are registered with `excerpt`, which may
/// clip them, or drop a secondary one too far along a very long line.
fn diagnostic(finding: &Finding, lang: Lang, excerpt: &mut Excerpt<'_>) -> Diagnostic<()> {
    let base = match finding.severity {
        Severity::Error => Diagnostic::error(),
        Severity::Warning => Diagnostic::warning(),
        Severity::Info => Diagnostic::note(),
    };
    let mut labels: Vec<Label<()>> = excerpt
        .label(finding.span)
        .map(|range| Label::primary((), range))
        .into_iter()
        .collect();
    for label in &finding.labels {
        if let Some(range) = excerpt.label(label.span) {
            labels.push(Label::secondary((), range).with_message(escape(&label.message)));
        }
    }
    let mut notes: Vec<String> = finding
        .help
        .iter()
        .chain(finding.note.iter())
        .map(|n| escape(n).into_owned())
        .collect();
    if let Some(fix) = &finding.fix {
        notes.push(text::fix_note(lang, fix.applicability, &escape(&fix.title)));
    }
    base.with_code(finding.rule)
        .with_message(escape(&finding.message))
        .with_labels(labels)
        .with_notes(notes)
}

impl Renderer for Human {
    fn file(&mut self, file: &FileResult<'_>) -> io::Result<()> {
        let mut out = self.out.lock();
        let name = escape(file.name);
        let shown = Shown::new(file.source);
        for finding in &file.report.findings {
            let mut excerpt = Excerpt::new(&name, file.source, &shown, &file.report.lines);
            let diagnostic = diagnostic(finding, file.lang, &mut excerpt);
            term::emit_to_write_style(&mut out, &self.config, &excerpt, &diagnostic).map_err(io::Error::other)?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary, lang: Lang, quiet: bool) -> io::Result<()> {
        let mut out = self.out.lock();
        if !quiet {
            for line in super::summary_lines(summary, lang) {
                writeln!(out, "{line}")?;
            }
        }
        out.flush()
    }
}
