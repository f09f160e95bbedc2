//! Applying fixes: sorted, non-overlapping, repeated until nothing changes.
//!
//! A fix is applied whole or not at all. When two fixes touch the same text, the one
//! that starts first (then the shorter rule id order) wins and the other waits for the
//! next pass, where it is re-derived from the re-linted text; so conflicts resolve
//! deterministically and every applied edit was computed against the text it edits.

use std::collections::BTreeSet;

use jiff::civil::Date;

use crate::article::Article;
use crate::diagnostic::{Applicability, Edit, Finding};
use crate::lint::{lint_with, LintInput, Report};
use crate::settings::FileSettings;
use crate::span::Span;

/// How far a caller trusts fixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixMode {
    /// Only safe fixes (`--fix`).
    Safe,
    /// Safe and unsafe fixes (`--fix --unsafe-fixes`).
    Unsafe,
}

impl FixMode {
    /// Whether a fix of this applicability is applied in this mode.
    pub fn accepts(self, applicability: Applicability) -> bool {
        applicability.applies(self.required())
    }

    /// The least certain applicability this mode applies.
    pub fn required(self) -> Applicability {
        match self {
            FixMode::Safe => Applicability::Safe,
            FixMode::Unsafe => Applicability::Unsafe,
        }
    }
}

/// One pass: the text with the accepted fixes applied.
#[derive(Debug, Clone)]
pub struct Pass {
    /// The text after the pass.
    pub text: String,
    /// The edits applied, in source order, with spans in the text before the pass.
    pub edits: Vec<Edit>,
    /// How many findings were fixed.
    pub fixed: usize,
    /// Findings whose fix was skipped because it overlapped an applied one.
    pub conflicts: usize,
}

/// Applies every acceptable fix of `findings` that does not overlap an earlier one.
pub fn apply(source: &str, findings: &[Finding], mode: FixMode) -> Pass {
    let mut candidates: Vec<&Finding> = findings
        .iter()
        .filter(|f| {
            f.fix
                .as_ref()
                .is_some_and(|fix| mode.accepts(fix.applicability) && is_applicable(source, &fix.edits))
        })
        .collect();
    candidates.sort_by_key(|f| (fix_span(f), f.rule));
    let mut taken: Vec<&Edit> = Vec::new();
    // The spans taken so far, ordered, so a clash is looked for near an edit only:
    // testing every taken edit made fixing a release with a fix on every line quadratic.
    let mut taken_spans: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut fixed = 0;
    let mut conflicts = 0;
    for finding in candidates {
        let edits = finding.fix.as_ref().map_or(&[][..], |fix| &fix.edits[..]);
        if edits.iter().any(|e| clashes_with_taken(&taken_spans, e.span)) {
            conflicts += 1;
            continue;
        }
        taken.extend(edits);
        taken_spans.extend(edits.iter().map(|e| (e.span.start, e.span.end)));
        fixed += 1;
    }
    taken.sort_by_key(|e| (e.span.start, e.span.end));
    let mut text = String::with_capacity(source.len());
    let mut at = 0;
    for edit in &taken {
        text.push_str(&source[at..edit.span.start]);
        text.push_str(&edit.replacement);
        at = edit.span.end;
    }
    text.push_str(&source[at..]);
    Pass {
        text,
        edits: taken.into_iter().cloned().collect(),
        fixed,
        conflicts,
    }
}

/// The result of fixing until nothing changes.
#[derive(Debug, Clone)]
pub struct FixOutcome {
    /// The fixed text.
    pub text: String,
    /// Findings fixed over all passes.
    pub fixed: usize,
    /// How many lint-and-fix passes ran.
    pub passes: usize,
    /// The last lint of the fixed text: what remains.
    pub report: Report,
    /// The passes stopped at the bound while fixes were still being applied.
    pub converged: bool,
}

/// At most this many passes: each pass re-lints, and a well-behaved rule set settles in
/// two or three; the bound stops a pair of rules that would undo each other.
pub const MAX_PASSES: usize = 10;

/// Lints, applies fixes, and repeats until no acceptable fix is left. `settings` as for
/// [`lint`](crate::lint()).
///
/// Every fix is applied in the same pass however many findings there are (the report's
/// limit would leave fixes for later passes and run out of them); the report returned is
/// cut to the limit as any other.
pub fn fix<'s>(input: &LintInput<'_>, settings: impl Into<FileSettings<'s>>, mode: FixMode) -> FixOutcome {
    let settings = settings.into();
    let limit = settings.settings().max_findings();
    let mut outcome = fix_with(input.source, mode, |text| {
        lint_with(&LintInput { source: text, ..*input }, &settings, usize::MAX)
    });
    if outcome.report.findings.len() > limit {
        outcome.report = lint_with(
            &LintInput {
                source: &outcome.text,
                ..*input
            },
            &settings,
            limit,
        );
    }
    outcome
}

/// Fixes an article's body as [`fix`] fixes a release: the outcome's `text` is the fixed
/// body, and its report's spans refer to it. The metadata is read, never changed.
pub fn fix_article<'s>(
    article: &Article,
    date: Option<Date>,
    today: Date,
    settings: impl Into<FileSettings<'s>>,
    mode: FixMode,
) -> FixOutcome {
    let settings = settings.into();
    let limit = settings.settings().max_findings();
    let metadata = article.metadata();
    let mut outcome = fix_with(&article.body, mode, |body| {
        crate::lint::lint_body(body, metadata.clone(), date, today, &settings, usize::MAX)
    });
    if outcome.report.findings.len() > limit {
        outcome.report = crate::lint::lint_body(&outcome.text, metadata, date, today, &settings, limit);
    }
    outcome
}

/// The fix loop over any way of linting a text.
fn fix_with(source: &str, mode: FixMode, mut lint: impl FnMut(&str) -> Report) -> FixOutcome {
    let mut text = source.to_string();
    let mut fixed = 0;
    let mut passes = 0;
    loop {
        let report = lint(&text);
        let has_fix = report
            .findings
            .iter()
            .any(|f| f.fix.as_ref().is_some_and(|x| mode.accepts(x.applicability)));
        if !has_fix || passes == MAX_PASSES {
            return FixOutcome {
                text,
                fixed,
                passes,
                converged: !has_fix,
                report,
            };
        }
        let pass = apply(&text, &report.findings, mode);
        passes += 1;
        if pass.fixed == 0 || pass.text == text {
            // Fixes remain but none changes the text: another pass would loop.
            return FixOutcome {
                text,
                fixed,
                passes,
                converged: false,
                report,
            };
        }
        fixed += pass.fixed;
        text = pass.text;
    }
}

/// Where a fix starts and ends, to order fixes deterministically.
fn fix_span(finding: &Finding) -> Span {
    let edits = finding.fix.as_ref().map_or(&[][..], |fix| &fix.edits[..]);
    let start = edits.iter().map(|e| e.span.start).min().unwrap_or(finding.span.start);
    let end = edits.iter().map(|e| e.span.end).max().unwrap_or(finding.span.end);
    Span::new(start, end)
}

/// Whether `span` clashes with a taken span. Taken spans never clash with each other,
/// so they do not overlap: walking back from the last one that starts by `span.end`,
/// the first that ends before `span.start` ends the search.
fn clashes_with_taken(taken: &BTreeSet<(usize, usize)>, span: Span) -> bool {
    taken
        .range(..=(span.end, usize::MAX))
        .rev()
        .take_while(|&&(_, end)| end >= span.start)
        .any(|&(start, end)| clash(span, Span::new(start, end)))
}

/// Overlapping ranges clash; so do two insertions at the same place, whose order
/// would otherwise be arbitrary.
fn clash(a: Span, b: Span) -> bool {
    a.overlaps(b)
        || (a.start == b.start && (a.is_empty() || b.is_empty()))
        || (a.is_empty() && b.contains_offset(a.start))
}

/// Edits within the text, on character boundaries, and not overlapping each other.
fn is_applicable(source: &str, edits: &[Edit]) -> bool {
    let inside = edits.iter().all(|e| {
        e.span.start <= e.span.end && source.is_char_boundary(e.span.start) && source.is_char_boundary(e.span.end)
    });
    let separate = edits.windows(2).all(|w| w[0].span.end <= w[1].span.start);
    inside && separate && !edits.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Fix, Severity};

    fn finding(rule: &'static str, start: usize, end: usize, with: &str, applicability: Applicability) -> Finding {
        Finding::new(rule, Severity::Error, Span::new(start, end), String::new()).with_fix(Fix::new(
            String::new(),
            applicability,
            vec![Edit::replace(Span::new(start, end), with)],
        ))
    }

    #[test]
    fn applies_sorted_and_skips_overlaps_and_unsafe() {
        let src = "abcdef";
        let findings = [
            finding("x/b", 2, 4, "CD", Applicability::Safe),
            finding("x/a", 0, 1, "A", Applicability::Safe),
            finding("x/c", 3, 5, "??", Applicability::Safe),
            finding("x/d", 5, 6, "F", Applicability::Unsafe),
        ];
        let pass = apply(src, &findings, FixMode::Safe);
        assert_eq!(pass.text, "AbCDef");
        assert_eq!((pass.fixed, pass.conflicts), (2, 1));
        assert_eq!(apply(src, &findings, FixMode::Unsafe).text, "AbCDeF");
    }

    #[test]
    fn edits_off_char_boundaries_are_never_applied() {
        let src = "é";
        let pass = apply(src, &[finding("x/a", 1, 2, "e", Applicability::Safe)], FixMode::Safe);
        assert_eq!(pass.text, "é");
        assert_eq!(pass.fixed, 0);
    }

    #[test]
    fn two_insertions_at_one_place_do_not_both_apply() {
        let pass = apply(
            "ab",
            &[
                finding("x/a", 1, 1, "1", Applicability::Safe),
                finding("x/b", 1, 1, "2", Applicability::Safe),
            ],
            FixMode::Safe,
        );
        assert_eq!(pass.text, "a1b");
    }

    /// The limit on findings bounds the report, not the fixing: 30 double spaces with a
    /// limit of 10 are fixed in one pass, and the report after is cut to the limit.
    #[test]
    fn every_fix_is_applied_whatever_the_limit() {
        let source = format!("Judul\n{}", "kata  lain. ".repeat(30));
        let input = LintInput {
            source: &source,
            path: None,
            date: None,
            today: jiff::civil::date(2025, 10, 27),
        };
        let settings = crate::config::settings_from_toml("max-findings = 10\n").unwrap();
        let outcome = fix(&input, &settings, FixMode::Safe);
        assert_eq!((outcome.fixed, outcome.passes), (30, 1));
        assert!(!outcome.text.contains("  "));
        assert!(outcome.report.findings.len() <= 11);
    }
}
