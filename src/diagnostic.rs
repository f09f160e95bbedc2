//! Findings and fixes: plain data that every front end (CLI, JSON, a language server)
//! renders in its own way.

use serde::{Deserialize, Serialize};

use crate::span::Span;

/// How serious a finding is. `Error` breaks house style and fails a commit; `Warning`
/// is probably wrong; `Info` is advice and never changes the exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// How safe it is to apply a fix without a human looking at it (ordered, as in ruff:
/// a caller that accepts `Unsafe` also accepts `Safe`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// The intent is certain: `--fix` applies it.
    Safe,
    /// Probably right, but may change meaning: only with `--unsafe-fixes`.
    Unsafe,
    /// A suggestion to show, never applied automatically.
    DisplayOnly,
}

/// One replacement of a byte range.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

impl Edit {
    pub fn replace(span: Span, replacement: impl Into<String>) -> Self {
        Edit {
            span,
            replacement: replacement.into(),
        }
    }

    pub fn delete(span: Span) -> Self {
        Edit::replace(span, "")
    }

    pub fn insert(at: usize, text: impl Into<String>) -> Self {
        Edit::replace(Span::empty(at), text)
    }
}

/// A fix: an imperative title ("Ganti dengan tanda pisah") and non-overlapping edits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

impl Fix {
    pub fn new(title: String, applicability: Applicability, mut edits: Vec<Edit>) -> Self {
        edits.sort_by_key(|e| (e.span.start, e.span.end));
        Fix {
            title,
            applicability,
            edits,
        }
    }

    pub fn safe(title: String, edits: Vec<Edit>) -> Self {
        Fix::new(title, Applicability::Safe, edits)
    }

    pub fn unsafe_(title: String, edits: Vec<Edit>) -> Self {
        Fix::new(title, Applicability::Unsafe, edits)
    }

    pub fn display_only(title: String, edits: Vec<Edit>) -> Self {
        Fix::new(title, Applicability::DisplayOnly, edits)
    }
}

/// A secondary span with its own short message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// One thing a rule found in a release.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// `family/name`, stable across versions.
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    pub span: Span,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    pub note: Option<String>,
    pub fix: Option<Fix>,
}

impl Finding {
    pub fn new(rule: &'static str, severity: Severity, span: Span, message: String) -> Self {
        Finding {
            rule,
            severity,
            message,
            span,
            labels: Vec::new(),
            help: None,
            note: None,
            fix: None,
        }
    }

    pub fn with_fix(mut self, fix: Fix) -> Self {
        self.fix = Some(fix);
        self
    }

    pub fn with_help(mut self, help: String) -> Self {
        self.help = Some(help);
        self
    }

    pub fn with_note(mut self, note: String) -> Self {
        self.note = Some(note);
        self
    }

    pub fn with_label(mut self, span: Span, message: String) -> Self {
        self.labels.push(Label { span, message });
        self
    }

    /// The family part of the rule id (`dateline` for `dateline/separator`).
    pub fn family(&self) -> &'static str {
        family_of(self.rule)
    }
}

/// The family part of a rule id.
pub fn family_of(rule: &str) -> &str {
    rule.split_once('/').map_or(rule, |(family, _)| family)
}
