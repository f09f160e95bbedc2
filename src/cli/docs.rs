//! `siaran rules` and `siaran explain`: rule documentation generated from the rule
//! metadata, so it cannot drift from the code.

use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;
use siaran::{FixAvailability, RuleMeta};
use siaran::{Lang, Text};

use super::args::{ExplainArgs, RulesArgs, RulesFormat};

const SEVERITY: Text = Text::new("Tingkat", "Severity");
const FIX: Text = Text::new("Perbaikan", "Fix");
const OPT_IN: Text = Text::new("hanya bila diaktifkan", "opt-in");
const BAD: Text = Text::new("Salah", "Wrong");
const GOOD: Text = Text::new("Benar", "Right");
const UNKNOWN: Text = Text::new(
    "aturan '{rule}' tidak dikenal (lihat `siaran rules`)",
    "unknown rule '{rule}' (see `siaran rules`)",
);

fn fix_word(fix: FixAvailability, lang: Lang) -> &'static str {
    const NONE: Text = Text::new("tidak ada", "none");
    const SOMETIMES: Text = Text::new("kadang", "sometimes");
    const ALWAYS: Text = Text::new("ya", "yes");
    match fix {
        FixAvailability::None => NONE.template(lang),
        FixAvailability::Sometimes => SOMETIMES.template(lang),
        FixAvailability::Always => ALWAYS.template(lang),
    }
}

#[derive(Serialize)]
struct RuleRow<'a> {
    id: &'a str,
    family: &'a str,
    severity: &'a str,
    fix: FixAvailability,
    default_enabled: bool,
    summary: &'a str,
}

pub fn rules(args: &RulesArgs) -> ExitCode {
    let lang = args.lang.unwrap_or_default();
    let metas: Vec<&RuleMeta> = siaran::rules().collect();
    let mut out = io::stdout().lock();
    let result = match args.format {
        RulesFormat::Json => {
            let rows: Vec<RuleRow> = metas
                .iter()
                .map(|m| RuleRow {
                    id: m.id,
                    family: m.family(),
                    severity: m.severity.as_str(),
                    fix: m.fix,
                    default_enabled: m.default_enabled,
                    summary: m.summary.template(lang),
                })
                .collect();
            serde_json::to_writer_pretty(&mut out, &rows)
                .map_err(io::Error::other)
                .and_then(|()| writeln!(out))
        }
        RulesFormat::Table => table(&mut out, &metas, lang),
    };
    finish(result)
}

fn table(out: &mut impl Write, metas: &[&RuleMeta], lang: Lang) -> io::Result<()> {
    let width = metas.iter().map(|m| m.id.len()).max().unwrap_or(0);
    for m in metas {
        let opt_in = if m.default_enabled {
            String::new()
        } else {
            format!(" ({})", OPT_IN.template(lang))
        };
        writeln!(
            out,
            "{:width$}  {:7}  {:9}  {}{opt_in}",
            m.id,
            m.severity.as_str(),
            fix_word(m.fix, lang),
            m.summary.template(lang)
        )?;
    }
    Ok(())
}

pub fn explain(args: &ExplainArgs) -> ExitCode {
    let lang = args.lang.unwrap_or_default();
    let Some(rule) = siaran::rule(&args.rule) else {
        eprintln!("siaran: error: {}", UNKNOWN.render(lang, &[("rule", &args.rule)]));
        return ExitCode::from(2);
    };
    let mut out = io::stdout().lock();
    finish(write_explanation(&mut out, rule, lang))
}

fn write_explanation(out: &mut impl Write, m: &RuleMeta, lang: Lang) -> io::Result<()> {
    writeln!(out, "{}: {}", m.id, m.summary.template(lang))?;
    let opt_in = if m.default_enabled {
        String::new()
    } else {
        format!(" · {}", OPT_IN.template(lang))
    };
    writeln!(
        out,
        "{}: {} · {}: {}{opt_in}\n",
        SEVERITY.template(lang),
        m.severity.as_str(),
        FIX.template(lang),
        fix_word(m.fix, lang)
    )?;
    writeln!(out, "{}\n", m.explanation.template(lang))?;
    for example in m.examples {
        writeln!(out, "{}:\n{}\n", BAD.template(lang), indent(example.bad))?;
        writeln!(out, "{}:\n{}\n", GOOD.template(lang), indent(example.good))?;
    }
    Ok(())
}

fn indent(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn finish(result: io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`siaran rules | head`) is not an error worth a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("siaran: error: {e}");
            ExitCode::from(2)
        }
    }
}
