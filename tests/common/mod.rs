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

/// Settings for `kota-semarang`, as the examples assume.
pub fn semarang() -> Settings {
    siaran::config::settings_from_toml("[house]\nsatker = \"kota-semarang\"\n").unwrap()
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

/// An example text as a whole release.
pub fn expand_example(text: &str) -> String {
    if text.contains('\n') {
        text.to_string()
    } else {
        TEMPLATE.replace("{}", text)
    }
}
