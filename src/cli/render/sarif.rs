//! SARIF 2.1.0 for code-scanning dashboards: every rule with its help text, every finding
//! with its region and fixes. Results are streamed; the tool description (which lists
//! all rules) is written after them, which JSON allows.

use std::io::{self, BufWriter, Stdout, Write};

use serde_json::{json, Value};
use siaran::{Finding, Lang, LineIndex, Severity, Span};

use super::{FileResult, Renderer, Summary};

pub struct Sarif {
    out: BufWriter<Stdout>,
    first: bool,
    lang: Option<Lang>,
}

impl Sarif {
    pub fn stdout() -> Self {
        Sarif {
            out: BufWriter::new(io::stdout()),
            first: true,
            lang: None,
        }
    }

    fn start(&mut self) -> io::Result<()> {
        if self.first {
            self.first = false;
            write!(
                self.out,
                r#"{{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{{"columnKind":"unicodeCodePoints","results":["#
            )?;
            Ok(())
        } else {
            write!(self.out, ",")
        }
    }
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn region(lines: &LineIndex, source: &str, span: Span) -> Value {
    let start = lines.position(source, span.start);
    let end = lines.position(source, span.end);
    json!({
        "startLine": start.line, "startColumn": start.column,
        "endLine": end.line, "endColumn": end.column,
        "byteOffset": span.start, "byteLength": span.len(),
    })
}

fn result(f: &Finding, file: &FileResult<'_>) -> Value {
    let lines = &file.report.lines;
    let index = siaran::rules().position(|r| r.id == f.rule);
    let location = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": file.name },
            "region": region(lines, file.source, f.span),
        }
    });
    let mut value = json!({
        "ruleId": f.rule,
        "level": level(f.severity),
        "message": { "text": f.message },
        "locations": [location],
    });
    if let Some(i) = index {
        value["ruleIndex"] = json!(i);
    }
    if let Some(fix) = &f.fix {
        let replacements: Vec<Value> = fix
            .edits
            .iter()
            .map(|e| json!({ "deletedRegion": region(lines, file.source, e.span), "insertedContent": { "text": e.replacement } }))
            .collect();
        value["fixes"] = json!([{
            "description": { "text": fix.title },
            "artifactChanges": [{ "artifactLocation": { "uri": file.name }, "replacements": replacements }],
        }]);
    }
    value
}

fn rule_descriptors(lang: Lang) -> Vec<Value> {
    siaran::rules()
        .map(|m| {
            let mut help = m.explanation.template(lang).to_string();
            for example in m.examples {
                help.push_str(&format!("\n\n- {}\n+ {}", example.bad, example.good));
            }
            json!({
                "id": m.id,
                "name": m.id.replace(['/', '-'], "_"),
                "shortDescription": { "text": m.summary.template(lang) },
                "fullDescription": { "text": m.explanation.template(lang) },
                "help": { "text": help },
                "defaultConfiguration": { "level": level(m.severity), "enabled": m.default_enabled },
            })
        })
        .collect()
}

impl Renderer for Sarif {
    fn file(&mut self, file: &FileResult<'_>) -> io::Result<()> {
        self.lang.get_or_insert(file.lang);
        for f in &file.report.findings {
            self.start()?;
            serde_json::to_writer(&mut self.out, &result(f, file)).map_err(io::Error::other)?;
        }
        Ok(())
    }

    fn finish(&mut self, _summary: &Summary, lang: Lang, _quiet: bool) -> io::Result<()> {
        if self.first {
            self.start()?;
        }
        let tool = json!({
            "driver": {
                "name": "siaran",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://kpu.go.id",
                "rules": rule_descriptors(self.lang.unwrap_or(lang)),
            }
        });
        write!(self.out, r#"],"tool":"#)?;
        serde_json::to_writer(&mut self.out, &tool).map_err(io::Error::other)?;
        writeln!(self.out, "}}]}}")?;
        self.out.flush()
    }
}
