//! `path:line:col: severity[rule] message`, one line per finding: the format editors
//! (Vim's errorformat, Emacs compile, VS Code problem matchers) parse.

use std::io::{self, Write};

use siaran::Lang;

use super::{FileResult, Renderer, Summary};
use crate::cli::terminal::escape;

pub struct Concise;

impl Renderer for Concise {
    fn file(&self, file: &FileResult<'_>, out: &mut Vec<u8>) -> io::Result<()> {
        let shown_name = file.shown_name();
        let name = escape(&shown_name);
        for f in &file.report.findings {
            let pos = file.report.lines.position(file.source, f.span.start);
            writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                name,
                pos.line,
                pos.column,
                f.severity.as_str(),
                f.rule,
                escape(&f.message)
            )?;
        }
        Ok(())
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
