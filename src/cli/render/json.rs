//! JSON output, version 1 (schema in the README). Streamed: the files array is written
//! one file at a time.

use std::io::{self, Write};

use serde::Serialize;
use siaran::json::VERSION;
use siaran::Lang;

use super::{FileResult, Renderer, Summary};

pub struct Json {
    opening: String,
}

impl Json {
    pub fn new() -> Self {
        Json {
            opening: format!("{{\"version\":{VERSION},\"files\":["),
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
    fn file(&self, file: &FileResult<'_>, out: &mut Vec<u8>) -> io::Result<()> {
        out.push(b',');
        file.report.write_json(file.name, file.field, file.source, out);
        Ok(())
    }

    fn opening(&self) -> Option<&[u8]> {
        Some(self.opening.as_bytes())
    }

    fn finish(
        &self,
        out: &mut dyn Write,
        summary: &Summary,
        _lang: Lang,
        _first_lang: Option<Lang>,
        _quiet: bool,
    ) -> io::Result<()> {
        let value = JsonSummary {
            files: summary.files,
            findings: summary.findings(),
            errors: summary.errors,
            warnings: summary.warnings,
            infos: summary.infos,
            fixable: summary.fixable,
            failed: summary.failed,
        };
        write!(out, "],\"summary\":")?;
        serde_json::to_writer(&mut *out, &value).map_err(io::Error::from)?;
        writeln!(out, "}}")
    }
}
