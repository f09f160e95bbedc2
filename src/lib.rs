//! siaran: a linter for Indonesian press releases (*siaran pers*) of the KPU.
//!
//! The library is pure: text in, findings out, no file system, no threads, no terminal.
//! Lint a release with [`lint()`], fix it with [`fix()`], and print findings with the
//! same JSON the `siaran` command writes ([`Report::to_json`]):
//!
//! ```
//! use siaran::{lint, Date, LintInput, Settings};
//!
//! let text = "Rapat Koordinasi\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat, Senin (27/10).";
//! let today = Date::new(2025, 10, 27).unwrap();
//! let input = LintInput::new(text, today).path("rilis.txt");
//! let report = lint(&input, &Settings::default());
//! assert!(report.findings.iter().any(|f| f.rule == "dateline/separator"));
//! let json = serde_json::to_value(report.to_json("rilis.txt", text)).unwrap();
//! assert_eq!(json["findings"][0]["line"], 2);
//! ```
//!
//! What each rule family checks, and what it must leave alone, is described in the
//! repository's `docs/` folder; [`rules()`] lists every rule with its explanation.
//!
//! The crate's `cli` feature (on by default) builds the `siaran` command. A tool that
//! only lints depends on it with `default-features = false`.

// The library never panics on input: no `unwrap()`, `expect()` or `panic!` outside tests. The few
// `expect`s left state an invariant that no input can break (a regex compiled from a
// literal, data embedded at build time) and carry an `#[allow]` saying so.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]
#![warn(missing_docs)]

mod article;
mod case;
pub mod config;
mod diagnostic;
mod lexicon;
// Public only for the repository's benches and fuzz targets, which measure and probe
// the parser directly; not part of the API.
#[doc(hidden)]
pub mod document;
#[cfg(feature = "docx")]
pub mod docx;
mod findings;
pub mod fix;
pub mod house;
pub mod json;
mod line_index;
mod lint;
mod message;
pub mod pubdate;
mod registry;
mod resources;
mod rules;
pub mod settings;
mod span;
pub mod spell;
mod suppress;
mod swar;
mod truncated;

pub use article::Article;
pub use config::{ConfigError, Options};
pub use diagnostic::{Applicability, Edit, Finding, Fix, Label, MessageRef, Severity};
pub use document::SourceKind;
pub use fix::{fix, fix_article, FixMode, FixOutcome};
/// Calendar dates (`jiff::civil::Date`), re-exported so a caller needs no date crate of
/// its own to build a [`LintInput`].
pub use jiff::civil::Date;
pub use line_index::{LineIndex, Position};
pub use lint::{lint, lint_article, lint_article_title, LintInput, Report};
pub use message::{Lang, Text};
pub use registry::{rule, rules, Docs, Example, FixAvailability, RuleMeta, FAMILIES};
pub use resources::Resources;
pub use settings::{Choices, FileSettings, Selector, Settings};
pub use span::Span;
pub use spell::{Dictionary, DictionaryError};

/// Not API: internals the repository's own tests reach. May change in any release.
#[doc(hidden)]
pub mod __private {
    pub use crate::rules::abbr::data::TABLE as ABBREVIATIONS;
    pub use crate::spell::supplement;
}
