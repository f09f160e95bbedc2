//! GitHub Actions workflow commands: one `::error file=…,line=…::message` annotation per
//! finding, shown on the pull request diff.

use std::io::{self, Write};

use siaran::{Lang, Severity};

use super::{FileResult, Renderer, Summary};

pub struct Github;

/// Escaping of a command's message (GitHub's `escapeData`), after escaping what would
/// act on the terminal the log is read in.
fn escape_data(text: &str) -> String {
    crate::cli::terminal::escape(text)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escaping of a property value (`escapeProperty`): also `:` and `,`.
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

impl Renderer for Github {
    fn file(&self, file: &FileResult<'_>, out: &mut Vec<u8>) -> io::Result<()> {
        let name = escape_property(&file.shown_name());
        for f in &file.report.findings {
            let start = file.report.lines.position(file.source, f.span.start);
            let end = file.report.lines.position(file.source, f.span.end);
            let level = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                name,
                start.line,
                start.column,
                end.line,
                end.column,
                escape_property(f.rule),
                escape_data(&f.message)
            )?;
        }
        Ok(())
    }

    fn finish(
        &self,
        _out: &mut dyn Write,
        _summary: &Summary,
        _lang: Lang,
        _first_lang: Option<Lang>,
        _quiet: bool,
    ) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes() {
        assert_eq!(super::escape_data("50% a\nb"), "50%25 a%0Ab");
        assert_eq!(super::escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
