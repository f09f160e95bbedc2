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
const UNKNOWN_NEAR: Text = Text::new(
    "aturan '{rule}' tidak dikenal; maksudnya '{near}'?",
    "unknown rule '{rule}'; did you mean '{near}'?",
);
const FAMILY: Text = Text::new(
    "Keluarga {family}: {count} aturan (rincian: `siaran explain ATURAN`)",
    "The {family} family: {count} rules (details: `siaran explain RULE`)",
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
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        }
        RulesFormat::Table => table(&mut out, &metas, lang),
    };
    super::exit::written(result)
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
    let name = args.rule.trim().to_lowercase();
    let mut out = io::stdout().lock();
    if let Some(rule) = siaran::rule(&name) {
        return super::exit::written(write_explanation(&mut out, rule, lang));
    }
    if let Some(family) = siaran::FAMILIES.iter().find(|f| **f == name) {
        let metas: Vec<&RuleMeta> = siaran::rules().filter(|m| m.family() == *family).collect();
        let count = metas.len().to_string();
        let result = writeln!(
            out,
            "{}\n",
            FAMILY.render(lang, &[("family", family), ("count", &count)])
        )
        .and_then(|()| table(&mut out, &metas, lang));
        return super::exit::written(result);
    }
    let message = match nearest(&name) {
        Some(near) => UNKNOWN_NEAR.render(lang, &[("rule", &args.rule), ("near", near)]),
        None => UNKNOWN.render(lang, &[("rule", &args.rule)]),
    };
    super::exit::fail(&message)
}

/// The rule id or family closest to `name` (`dateline/seperator`), if one is close.
fn nearest(name: &str) -> Option<&'static str> {
    let known = siaran::FAMILIES.iter().copied().chain(siaran::rules().map(|m| m.id));
    known
        .map(|k| (strsim::jaro_winkler(name, k), k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
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
    for (heading, text) in m.docs.sections() {
        writeln!(out, "{}:\n{}\n", heading.template(lang), text.template(lang))?;
    }
    for example in m.examples {
        writeln!(out, "{}:\n{}\n", BAD.template(lang), indent(&example.bad))?;
        writeln!(out, "{}:\n{}\n", GOOD.template(lang), indent(&example.good))?;
    }
    Ok(())
}

/// A rule's explanation as Markdown, in one language: what `siaran explain` prints, for
/// the language server's hover and the rule pages under `docs/rules/`.
pub fn explanation_markdown(m: &RuleMeta, lang: Lang) -> String {
    let opt_in = if m.default_enabled {
        String::new()
    } else {
        format!(" · {}", OPT_IN.template(lang))
    };
    let mut out = format!(
        "**{}**\n\n{}: `{}` · {}: {}{opt_in}\n",
        m.summary.template(lang),
        SEVERITY.template(lang),
        m.severity.as_str(),
        FIX.template(lang),
        fix_word(m.fix, lang),
    );
    for (heading, text) in m.docs.sections() {
        out.push_str(&format!(
            "\n### {}\n\n{}\n",
            heading.template(lang),
            text.template(lang)
        ));
    }
    for example in m.examples {
        for (label, text) in [(BAD, &example.bad), (GOOD, &example.good)] {
            // A fence longer than any backtick run in the example.
            let fence = "`".repeat(3.max(longest_run(text, '`') + 1));
            out.push_str(&format!(
                "\n{}:\n\n{fence}text\n{}\n{fence}\n",
                label.template(lang),
                text.trim_end()
            ));
        }
    }
    out
}

fn longest_run(text: &str, c: char) -> usize {
    text.split(|x| x != c).map(str::len).max().unwrap_or(0)
}

fn indent(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::fs;
    use std::path::{Path, PathBuf};

    use super::*;

    /// The page `docs/rules/<family>/<name>.md` for one rule: both languages.
    fn rule_page(m: &RuleMeta) -> String {
        format!(
        "<!-- Generated from the rule's metadata by `SIARAN_BLESS=1 cargo test rule_pages`; do not edit. -->\n\n# `{}`\n\n{}\n## English\n\n{}",
        m.id,
        explanation_markdown(m, Lang::Id),
        explanation_markdown(m, Lang::En)
    )
    }

    /// Every `.md` file under `dir`, relative to it.
    fn pages_in(dir: &Path, under: &Path, out: &mut BTreeSet<PathBuf>) {
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pages_in(&path, under, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.insert(path.strip_prefix(under).unwrap().to_path_buf());
            }
        }
    }

    /// `docs/rules/<family>/<name>.md` is generated from rule metadata; the language
    /// server links each diagnostic to its page. `SIARAN_BLESS=1` rewrites the pages.
    #[test]
    fn rule_pages() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs").join("rules");
        let expected: Vec<(PathBuf, String)> = siaran::rules()
            .map(|m| (PathBuf::from(format!("{}.md", m.id)), rule_page(m)))
            .collect();
        let mut found = BTreeSet::new();
        pages_in(&root, &root, &mut found);
        let wanted: BTreeSet<PathBuf> = expected.iter().map(|(p, _)| p.clone()).collect();
        if std::env::var_os("SIARAN_BLESS").is_some() {
            for stale in found.difference(&wanted) {
                fs::remove_file(root.join(stale)).unwrap();
            }
            for (path, page) in &expected {
                fs::create_dir_all(root.join(path).parent().unwrap()).unwrap();
                fs::write(root.join(path), page).unwrap();
            }
            return;
        }
        let stale: Vec<_> = found.difference(&wanted).collect();
        assert!(
            stale.is_empty(),
            "pages for no rule: {stale:?}; run `SIARAN_BLESS=1 cargo test rule_pages`"
        );
        for (path, page) in &expected {
            let on_disk = fs::read_to_string(root.join(path)).unwrap_or_default();
            assert!(
                on_disk == *page,
                "docs/rules/{} is stale: run `SIARAN_BLESS=1 cargo test rule_pages`",
                path.display()
            );
        }
    }

    #[test]
    fn examples_are_fenced_whatever_they_hold() {
        assert_eq!(longest_run("a ``` b `` c", '`'), 3);
        let page = explanation_markdown(siaran::rule("dateline/separator").unwrap(), Lang::En);
        assert!(page.starts_with("**"), "{page}");
        assert!(page.contains("```text\n"), "{page}");
    }
}
