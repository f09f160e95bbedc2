//! Fixture releases under `tests/fixtures/<family>/`, each with a `.expect` file listing
//! the exact findings (`rule line:column`) the release must produce, nothing more or less.
//!
//! An `.expect` file may also set options, one per line:
//! `date YYYY-MM-DD` (publication date; default 2025-10-27, `none` for no date),
//! `satker SLUG` (as `[house] satker`), `only FAMILY[,FAMILY]` (compare only findings of
//! these families), `name FILE-NAME` (the path the linter is told, for date prefixes).
//! Lines starting with `#` are comments.
//!
//! Beside each `.expect` lies a `.out` file: every finding rendered as a reader sees it
//! (position, level, rule, message, the text it points at, help, note, labels and the fix
//! with its edits), so a change of wording or of a fix shows in review.
//! `SIARAN_BLESS=1 cargo test --test fixtures` rewrites them.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use siaran::{Finding, LineIndex};

#[derive(Default)]
struct Expect {
    date: Option<Option<Date>>,
    satker: Option<String>,
    only: Option<Vec<String>>,
    name: Option<String>,
    toml: String,
    findings: BTreeSet<String>,
}

fn parse_expect(path: &Path) -> Expect {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut expect = Expect::default();
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (key, value) = line.split_once(' ').unwrap_or((line, ""));
        match key {
            "date" if value == "none" => expect.date = Some(None),
            "date" => expect.date = Some(Some(value.parse().expect("date YYYY-MM-DD"))),
            "satker" => expect.satker = Some(value.to_string()),
            "only" => expect.only = Some(value.split(',').map(str::to_string).collect()),
            "name" => expect.name = Some(value.to_string()),
            "toml" => {
                expect.toml.push_str(value);
                expect.toml.push('\n');
            }
            rule if rule.contains('/') => {
                expect.findings.insert(format!("{rule} {value}"));
            }
            other => panic!("{}: unknown line '{other}'", path.display()),
        }
    }
    expect
}

fn fixtures() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut stack = vec![root];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "md")) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[test]
fn every_fixture_produces_exactly_its_expected_findings() {
    let mut failures = Vec::new();
    let all = fixtures();
    assert!(all.len() >= 10, "fixtures missing");
    for path in all {
        let expect_path = path.with_extension("expect");
        let expect = parse_expect(&expect_path);
        let source = fs::read_to_string(&path).unwrap();
        let mut config = expect
            .satker
            .as_ref()
            .map_or(String::new(), |slug| format!("[house]\nsatker = \"{slug}\"\n"));
        config.push_str(&expect.toml);
        let settings =
            siaran::config::settings_from_toml(&config).unwrap_or_else(|e| panic!("{}: {e}", expect_path.display()));
        let name = expect
            .name
            .clone()
            .unwrap_or_else(|| path.file_name().unwrap().to_string_lossy().into_owned());
        let date = expect.date.unwrap_or(Some(common::default_date()));
        let findings = common::run(&source, Some(&name), date, &settings);
        let lines = LineIndex::new(&source);
        if let Some(failure) = check_rendered(&path.with_extension("out"), &render(&source, &lines, &findings)) {
            failures.push(failure);
        }
        let got: BTreeSet<String> = findings
            .iter()
            .filter(|f| {
                expect
                    .only
                    .as_ref()
                    .is_none_or(|only| only.iter().any(|fam| fam == f.family()))
            })
            .map(|f| {
                let pos = lines.position(&source, f.span.start);
                format!("{} {}:{}", f.rule, pos.line, pos.column)
            })
            .collect();
        if got != expect.findings {
            let missing: Vec<_> = expect.findings.difference(&got).collect();
            let extra: Vec<_> = got.difference(&expect.findings).collect();
            failures.push(format!(
                "{}\n  missing: {missing:?}\n  unexpected: {extra:?}",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// The findings as a reader sees them, one block each, in the order reported.
fn render(source: &str, lines: &LineIndex, findings: &[Finding]) -> String {
    let at = |offset: usize| {
        let pos = lines.position(source, offset);
        format!("{}:{}", pos.line, pos.column)
    };
    let mut out = String::new();
    for f in findings {
        out.push_str(&format!(
            "{} {} {}: {}\n",
            at(f.span.start),
            f.severity.as_str(),
            f.rule,
            f.message
        ));
        out.push_str(&format!("    | {:?}\n", &source[f.span.start..f.span.end]));
        for label in &f.labels {
            out.push_str(&format!(
                "    - {} {:?}: {}\n",
                at(label.span.start),
                &source[label.span.start..label.span.end],
                label.message
            ));
        }
        if let Some(help) = &f.help {
            out.push_str(&format!("    = help: {help}\n"));
        }
        if let Some(note) = &f.note {
            out.push_str(&format!("    = note: {note}\n"));
        }
        if let Some(fix) = &f.fix {
            out.push_str(&format!("    = fix ({:?}): {}\n", fix.applicability, fix.title));
            for edit in &fix.edits {
                let old = &source[edit.span.start..edit.span.end];
                out.push_str(&format!(
                    "      {} {old:?} -> {:?}\n",
                    at(edit.span.start),
                    edit.replacement
                ));
            }
        }
    }
    out
}

/// Compares a fixture's rendered findings with its `.out` file (rewriting it when
/// `SIARAN_BLESS` is set); a difference is a failure message.
fn check_rendered(path: &Path, rendered: &str) -> Option<String> {
    if std::env::var_os("SIARAN_BLESS").is_some() {
        fs::write(path, rendered).unwrap();
        return None;
    }
    let stored = fs::read_to_string(path).unwrap_or_default();
    (stored != rendered).then(|| {
        format!(
            "{}: rendered findings differ (SIARAN_BLESS=1 cargo test --test fixtures rewrites it)\n--- stored\n{stored}+++ now\n{rendered}",
            path.display()
        )
    })
}
