//! Shared helpers for the integration tests.

#![allow(dead_code)]

use jiff::civil::Date;
use siaran::{lint, Finding, LintInput, Settings};

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
