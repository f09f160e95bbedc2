//! Rich diagnostics in the style of rustc and ruff, drawn by codespan-reporting.

use std::io::{self, IsTerminal, Write};

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::term::termcolor::{Buffer, BufferWriter, ColorChoice};
use codespan_reporting::term::{self, Config};
use siaran::{Finding, Lang, Severity};

use super::excerpt::Excerpt;
use super::shown::Shown;
use super::{FileResult, Renderer, Summary};
use crate::cli::terminal::escape;
use crate::cli::text;

pub struct Human {
    /// Never written to: it only makes buffers that draw in colour or not, as standard
    /// output and the environment allow.
    colours: BufferWriter,
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
            colours: BufferWriter::stdout(choice),
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
    fn file(&self, file: &FileResult<'_>, out: &mut Vec<u8>) -> io::Result<()> {
        let shown_name = file.shown_name();
        let name = escape(&shown_name);
        let shown = Shown::new(file.source);
        let mut drawn = self.colours.buffer();
        for finding in &file.report.findings {
            let mut excerpt = Excerpt::new(&name, file.source, &shown, &file.report.lines);
            let diagnostic = diagnostic(finding, file.lang, &mut excerpt);
            drawn.clear();
            term::emit_to_write_style(&mut drawn, &self.config, &excerpt, &diagnostic).map_err(|e| match e {
                // The kind survives, so a closed pipe is told from a real failure.
                codespan_reporting::files::Error::Io(e) => e,
                other => io::Error::other(other),
            })?;
            write_localized(out, &drawn, finding, file.lang);
        }
        Ok(())
    }

    fn writes_each_file(&self) -> bool {
        true
    }

    fn finish(
        &self,
        out: &mut dyn Write,
        summary: &Summary,
        lang: Lang,
        _first_lang: Option<Lang>,
        quiet: bool,
    ) -> io::Result<()> {
        super::write_summary(out, summary, lang, quiet)
    }
}

/// Appends the diagnostic as drawn, with its header's level (`error[rule]`, which
/// codespan-reporting writes in English) in the language of the file's messages, as the
/// summary counts them: `galat`, `peringatan`, `info`.
fn write_localized(out: &mut Vec<u8>, drawn: &Buffer, finding: &Finding, lang: Lang) {
    let bytes = drawn.as_slice();
    if lang == Lang::En {
        out.extend_from_slice(bytes);
        return;
    }
    let (english, indonesian) = match finding.severity {
        Severity::Error => ("error", "galat"),
        Severity::Warning => ("warning", "peringatan"),
        Severity::Info => ("note", "info"),
    };
    let from = format!("{english}[{}]", finding.rule);
    let Some(at) = bytes.windows(from.len()).position(|w| w == from.as_bytes()) else {
        out.extend_from_slice(bytes);
        return;
    };
    out.extend_from_slice(&bytes[..at]);
    out.extend_from_slice(indonesian.as_bytes());
    out.extend_from_slice(&bytes[at + english.len()..]);
}
