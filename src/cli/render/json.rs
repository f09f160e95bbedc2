//! JSON output, version 1 (schema in the README). Streamed: the files array is written
//! one file at a time.

use std::io::{self, BufWriter, Stdout, Write};

use serde::Serialize;
use siaran::json::VERSION;
use siaran::Lang;

use super::{FileResult, Renderer, Summary};

pub struct Json {
    out: BufWriter<Stdout>,
    first: bool,
    /// One file's JSON, reused from file to file.
    buffer: Vec<u8>,
}

impl Json {
    pub fn stdout() -> Self {
        Json {
            out: BufWriter::new(io::stdout()),
            first: true,
            buffer: Vec::new(),
        }
    }
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

impl Renderer for Json {
    fn file(&mut self, file: &FileResult<'_>) -> io::Result<()> {
        if self.first {
            write!(self.out, "{{\"version\":{VERSION},\"files\":[")?;
        } else {
            self.out.write_all(b",")?;
        }
        self.first = false;
        self.buffer.clear();
        file.report
            .write_json(file.name, file.field, file.source, &mut self.buffer);
        self.out.write_all(&self.buffer)
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
        serde_json::to_writer(&mut self.out, &value).map_err(io::Error::from)?;
        writeln!(self.out, "}}")?;
        self.out.flush()
    }
}
