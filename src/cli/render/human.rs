//! Rich diagnostics in the style of rustc and ruff, drawn by codespan-reporting.

use std::io::{self, IsTerminal, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use codespan_reporting::term::{self, Config};
use siaran::{Finding, Lang, Severity};

use super::{FileResult, Renderer, Summary};
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

fn diagnostic(finding: &Finding, lang: Lang) -> Diagnostic<()> {
    let base = match finding.severity {
        Severity::Error => Diagnostic::error(),
        Severity::Warning => Diagnostic::warning(),
        Severity::Info => Diagnostic::note(),
    };
    let mut labels = vec![Label::primary((), finding.span.start..finding.span.end)];
    labels.extend(
        finding
            .labels
            .iter()
            .map(|l| Label::secondary((), l.span.start..l.span.end).with_message(l.message.clone())),
    );
    let mut notes: Vec<String> = finding.help.iter().chain(finding.note.iter()).cloned().collect();
    if let Some(fix) = &finding.fix {
        notes.push(text::fix_note(lang, fix.applicability, &fix.title));
    }
    base.with_code(finding.rule)
        .with_message(finding.message.clone())
        .with_labels(labels)
        .with_notes(notes)
}

impl Renderer for Human {
    fn file(&mut self, file: &FileResult<'_>) -> io::Result<()> {
        let source = SimpleFile::new(file.name, file.source);
        let mut out = self.out.lock();
        for finding in &file.report.findings {
            term::emit_to_write_style(&mut out, &self.config, &source, &diagnostic(finding, file.lang))
                .map_err(io::Error::other)?;
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
