//! siaran: a linter for Indonesian press releases (*siaran pers*) of the KPU.
//!
//! The library is pure: text in, findings out, no file system. Parse a release with
//! [`Document::parse`] or lint it in one go with [`lint()`]:
//!
//! ```
//! use siaran::{lint, LintInput, Settings};
//! let today = jiff::civil::date(2025, 10, 27);
//! let text = "Judul\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang rapat, Senin (27/10).";
//! let report = lint(&LintInput { source: text, path: None, date: None, today }, &Settings::default());
//! assert!(report.findings.iter().any(|f| f.rule == "dateline/separator"));
//! ```

// The library never panics on input: no `unwrap()`, `expect()` or `panic!` outside tests. The few
// `expect`s left state an invariant that no input can break (a regex compiled from a
// literal, data embedded at build time) and carry an `#[allow]` saying so.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod article;
mod case;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod fix;
pub mod house;
pub mod line_index;
pub mod lint;
pub mod message;
pub mod pubdate;
pub mod rules;
pub mod settings;
pub mod span;
pub mod spell;
pub mod suppress;

pub use article::Article;
pub use config::{ConfigError, Options};
pub use diagnostic::{Applicability, Edit, Finding, Fix, Label, Severity};
pub use document::{Document, SourceKind};
pub use line_index::{LineIndex, Position};
pub use lint::{lint, lint_article, LintInput, Report};
pub use message::{Lang, Text};
pub use settings::Settings;
pub use span::Span;
