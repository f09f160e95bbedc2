//! Shared helpers for the integration tests.

#![allow(dead_code)]

use std::sync::{Arc, LazyLock};

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use jiff::civil::Date;
use siaran::settings::RuleSetting;
use siaran::spell::Dictionary;
use siaran::{lint, Finding, LintInput, Settings};

/// The upstream hunspell-id 2.3 dictionary beside the repository (LGPL data: read at run
/// time, never committed here). The same path exists in CI.
pub const DICTIONARY: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/hunspell-id/id_ID");

/// Loaded once for all tests of a binary, as the CLI loads it once per run.
pub static HUNSPELL_ID: LazyLock<Arc<Dictionary>> = LazyLock::new(|| {
    let aff = std::fs::read(format!("{DICTIONARY}.aff")).expect("../shared/data/hunspell-id/id_ID.aff");
    let dic = std::fs::read(format!("{DICTIONARY}.dic")).expect("../shared/data/hunspell-id/id_ID.dic");
    Arc::new(Dictionary::from_bytes(&aff, &dic).expect("hunspell-id 2.3 loads"))
});

/// `settings` with dictionary spelling switched on, as `--spell` does.
pub fn with_spelling(mut settings: Settings) -> Settings {
    settings
        .rule_settings
        .push(("spell/unknown-word".to_string(), RuleSetting::On));
    settings.dictionary = Some(HUNSPELL_ID.clone());
    settings
}

/// A clean release around a single paragraph, for examples written as one paragraph.
pub const TEMPLATE: &str = "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n{}\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)";

/// The publication date used for examples and fixtures unless they say otherwise.
pub fn default_date() -> Date {
    Date::new(2025, 10, 27).unwrap()
}

/// The settings examples run with: satker `kota-semarang`, tags `rapat` and `humas`.
pub fn example_settings() -> Settings {
    siaran::config::settings_from_toml("[house]\nsatker = \"kota-semarang\"\n[meta]\ntags = [\"rapat\", \"humas\"]\n")
        .unwrap()
}

pub fn run(text: &str, path: Option<&str>, date: Option<Date>, settings: &Settings) -> Vec<Finding> {
    lint(
        &LintInput {
            source: text,
            path,
            date,
            today: default_date(),
        },
        settings,
    )
    .findings
}

/// The file name an example is linted under: examples with front matter are Markdown,
/// named with the examples' publication date as prefix.
pub fn example_path(text: &str) -> Option<&'static str> {
    (text.starts_with("---\n") || text.starts_with("+++\n")).then_some("2025-10-27-contoh.md")
}

/// An example text as a whole release.
pub fn expand_example(text: &str) -> String {
    if text.contains('\n') {
        text.to_string()
    } else {
        TEMPLATE.replace("{}", text)
    }
}

/// Runs the `siaran` binary in `dir` (no colour).
pub fn siaran(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// Runs the `siaran` binary in the crate root with `input` on standard input.
pub fn siaran_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_siaran"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

/// The crate root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}
