//! The corpus generator (`examples/corpus/`): what it injects is found, nothing else is
//! flagged, and the same seed writes byte-identical files.

mod common;
#[path = "../examples/corpus/generate.rs"]
mod generate;
#[path = "../examples/corpus/mutations.rs"]
mod mutations;
#[path = "../examples/corpus/text.rs"]
mod text;

use std::collections::BTreeSet;
use std::fs;

use siaran::{lint, FileSettings, LintInput, Settings, Severity};

const SEED: u64 = 42;

/// `(line, rule)` of every warning and error finding in a generated release.
fn findings<'s>(release: &generate::Release, settings: impl Into<FileSettings<'s>>) -> BTreeSet<(usize, String)> {
    let report = lint(
        &LintInput {
            source: &release.text,
            path: Some(&release.name),
            date: None,
            today: common::default_date(),
        },
        settings,
    );
    report
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| (report.lines.line_of(f.span.start) + 1, f.rule.to_string()))
        .collect()
}

fn injected(release: &generate::Release) -> BTreeSet<(usize, String)> {
    release.injected.iter().map(|i| (i.line, i.rule.to_string())).collect()
}

#[test]
fn every_injected_error_is_found_and_nothing_else() {
    let settings = Settings::default();
    let mut count = 0;
    for index in 0..120 {
        let release = generate::release(SEED, index);
        count += release.injected.len();
        assert_eq!(
            findings(&release, &settings),
            injected(&release),
            "{}:\n{}",
            release.name,
            release.text
        );
    }
    assert!(count > 100, "too few injected errors: {count}");
}

#[test]
fn spelling_finds_no_more_than_the_injected_errors() {
    let Some(dictionary) = common::full_dictionary("spelling_finds_no_more_than_the_injected_errors") else {
        return;
    };
    let settings = common::with_dictionary("", dictionary);
    for index in 0..30 {
        let release = generate::release(SEED, index);
        assert_eq!(findings(&release, &settings), injected(&release), "{}", release.name);
    }
}

#[test]
fn the_same_seed_writes_byte_identical_files() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let size = generate::write(a.path(), 40, SEED).unwrap();
    assert_eq!(generate::write(b.path(), 40, SEED).unwrap(), size);
    let names = |dir: &std::path::Path| {
        let mut names: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        names.sort();
        names
    };
    assert_eq!(names(a.path()), names(b.path()));
    assert_eq!(names(a.path()).len(), 41, "40 releases and the manifest");
    for name in names(a.path()) {
        assert_eq!(
            fs::read(a.path().join(&name)).unwrap(),
            fs::read(b.path().join(&name)).unwrap(),
            "{name:?}"
        );
    }
    let manifest = fs::read_to_string(a.path().join("manifest.tsv")).unwrap();
    assert!(manifest.starts_with(generate::MANIFEST_HEADER));

    // Another seed writes another corpus; a release does not depend on the corpus size.
    assert_ne!(generate::release(SEED + 1, 0).text, generate::release(SEED, 0).text);
    assert_eq!(
        fs::read_to_string(a.path().join(&generate::release(SEED, 7).name)).unwrap(),
        generate::release(SEED, 7).text
    );
}
