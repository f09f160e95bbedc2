//! The kit rule tests share: lint a text as the engine does (default settings, published
//! 2025-10-27 unless the front matter says otherwise) and assert on one rule's findings,
//! or fix it with the real fix code ([`crate::fix`]). `rule` is a rule id
//! (`baku/pun-apart`) or a family (`title`): findings of other rules are not looked at.

use jiff::civil::{date, Date};

use crate::diagnostic::{family_of, Finding};
use crate::document::Document;
use crate::findings::Findings;
use crate::fix::{self, FixMode};
use crate::lint::{lint, LintInput};
use crate::message::Lang;
use crate::pubdate::{PubDate, PubDateSource};
use crate::rules::{Context, Rule};
use crate::settings::{Choices, Selector, Settings};
use crate::span::Span;

/// The day the kit's releases are linted on.
pub(crate) const TODAY: Date = date(2025, 10, 27);

/// Whether a finding of rule id `id` is one of `rule`'s (an id or a family).
fn selected(rule: &str, id: &str) -> bool {
    id == rule || family_of(id) == rule
}

/// `text` as the engine reads it on [`TODAY`].
pub(crate) fn input(text: &str) -> LintInput<'_> {
    LintInput {
        source: text,
        path: None,
        date: None,
        today: TODAY,
    }
}

/// The findings of `rule` in `text`, in text order.
pub(crate) fn findings(rule: &str, text: &str) -> Vec<Finding> {
    lint(&input(text), &Settings::default())
        .findings
        .into_iter()
        .filter(|f| selected(rule, f.rule))
        .collect()
}

/// The spans `rule` flags in `doc`, its check run alone (default settings, published on
/// [`TODAY`]): for the property tests that hold a rule's list of candidate words to its
/// judgement of every word.
pub(crate) fn spans_flagged(rule: &dyn Rule, doc: &Document<'_>) -> Vec<Span> {
    let settings = Settings::default();
    let pub_date = PubDate {
        date: TODAY,
        source: PubDateSource::Given,
    };
    let cx = Context::new(doc, None, &settings, pub_date);
    let mut out = Findings::default();
    rule.check(&cx, &mut out);
    out.into_vec().into_iter().map(|f| f.span).collect()
}

/// The findings of `rule` in `text` published on `published` (as with `--date`), with
/// messages in `lang`.
pub(crate) fn findings_on(rule: &str, text: &str, published: Date, lang: Lang) -> Vec<Finding> {
    let settings = Settings::from_choices(&Choices {
        lang: Some(lang),
        ..Choices::default()
    });
    let input = LintInput {
        date: Some(published),
        ..input(text)
    };
    lint(&input, &settings)
        .findings
        .into_iter()
        .filter(|f| selected(rule, f.rule))
        .collect()
}

/// Asserts that `rule` flags `text` exactly at these 1-based (line, column) positions,
/// columns counted in characters as in the JSON output.
#[track_caller]
pub(crate) fn assert_flags(rule: &str, text: &str, at: &[(usize, usize)]) {
    let report = lint(&input(text), &Settings::default());
    let found: Vec<(usize, usize)> = report
        .findings
        .iter()
        .filter(|f| selected(rule, f.rule))
        .map(|f| {
            let p = report.lines.position(text, f.span.start);
            (p.line, p.column)
        })
        .collect();
    assert_eq!(found, at, "{rule} in {text:?}: {:#?}", report.findings);
}

/// Asserts that `rule` leaves `text` alone.
#[track_caller]
pub(crate) fn assert_clean(rule: &str, text: &str) {
    let found = findings(rule, text);
    assert!(found.is_empty(), "{rule} flags {text:?}: {found:#?}");
}

/// Asserts that `rule` flags `bad` and that fixing with only `rule` running, safe and
/// unsafe fixes applied until nothing changes, gives `good`.
#[track_caller]
pub(crate) fn assert_fix(rule: &str, bad: &str, good: &str) {
    assert_fixed(rule, bad, good, FixMode::Unsafe);
}

/// [`assert_fix`] with safe fixes only (`siaran check --fix`).
#[track_caller]
pub(crate) fn assert_safe_fix(rule: &str, bad: &str, good: &str) {
    assert_fixed(rule, bad, good, FixMode::Safe);
}

#[track_caller]
fn assert_fixed(rule: &str, bad: &str, good: &str, mode: FixMode) {
    let found = findings(rule, bad);
    assert!(
        found.iter().any(|f| f.fix.is_some()),
        "{rule} offers no fix for {bad:?}: {found:#?}"
    );
    let only = Settings::from_choices(&Choices {
        select: Some(vec![Selector::parse(rule).expect("a known rule id")]),
        ..Choices::default()
    });
    let outcome = fix::fix(&input(bad), &only, mode);
    assert_eq!(outcome.text, good, "{rule} fixing {bad:?}");
}

/// `text` after one pass of the fixes of `found` that `mode` accepts, as `--fix` applies
/// them (overlapping fixes wait for the next pass).
pub(crate) fn fixed_once(text: &str, found: &[Finding], mode: FixMode) -> String {
    fix::apply(text, found, mode).text
}

/// The `examples` of a data file (`rules/*.toml`), in the shape rules declare theirs.
pub(crate) fn data_examples(toml_text: &str) -> Vec<crate::rules::Example> {
    #[derive(serde::Deserialize)]
    struct WithExamples {
        examples: Vec<crate::rules::Example>,
    }
    toml::from_str::<WithExamples>(toml_text).unwrap().examples
}
