//! `path:line:col: severity[rule] message`, one line per finding: the format editors
//! (Vim's errorformat, Emacs compile, VS Code problem matchers) parse.

use std::io::{self, BufWriter, Stdout, Write};

use siaran::Lang;

use super::{FileResult, Renderer, Summary};
use crate::cli::terminal::escape;

pub struct Concise {
    out: BufWriter<Stdout>,
}

impl Concise {
    pub fn stdout() -> Self {
        Concise {
            out: BufWriter::new(io::stdout()),
        }
    }
}

impl Renderer for Concise {
    fn file(&mut self, file: &FileResult<'_>) -> io::Result<()> {
        for f in &file.report.findings {
            let pos = file.report.lines.position(file.source, f.span.start);
            writeln!(
                self.out,
                "{}:{}:{}: {}[{}] {}",
                escape(&file.shown_name()),
                pos.line,
                pos.column,
                f.severity.as_str(),
                f.rule,
                escape(&f.message)
            )?;
        }
        Ok(())
    }

    fn finish(&mut self, summary: &Summary, lang: Lang, quiet: bool) -> io::Result<()> {
        if !quiet {
            for line in super::summary_lines(summary, lang) {
                writeln!(self.out, "{line}")?;
            }
        }
        self.out.flush()
    }
}
