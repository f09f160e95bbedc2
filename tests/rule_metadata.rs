//! Meta-tests: every rule is documented, has examples, and says the same thing in both
//! languages.

use std::collections::HashSet;

use siaran::Text;
use siaran::{FixAvailability, FAMILIES};

#[test]
fn ids_are_unique_and_in_a_known_family() {
    let mut seen = HashSet::new();
    for rule in siaran::rules() {
        let id = rule.id;
        assert!(seen.insert(id), "duplicate rule id {id}");
        let (family, name) = id.split_once('/').unwrap_or_else(|| panic!("{id} is not family/name"));
        assert!(FAMILIES.contains(&family), "{id}: unknown family");
        assert!(
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{id}: name must be kebab-case"
        );
    }
}

#[test]
fn every_rule_has_docs_and_examples_in_both_languages() {
    for meta in siaran::rules() {
        // Rules that need configuration the example runner does not give (or a release
        // without the publication date and satker it gives) are covered by fixtures.
        let needs_config = [
            "meta/unknown-staff",
            "meta/too-many-findings",
            "day-date/assumed-year",
            "dateline/domain-misspelt",
        ];
        assert!(
            !meta.examples.is_empty() || needs_config.contains(&meta.id),
            "{} has no examples",
            meta.id
        );
        assert!(
            !meta.summary.id.is_empty() && !meta.summary.en.is_empty(),
            "{}: empty summary",
            meta.id
        );
        for (heading, text) in meta.docs.sections() {
            assert!(
                !text.id.trim().is_empty() && !text.en.trim().is_empty(),
                "{}: the section '{}' is empty in a language",
                meta.id,
                heading.en
            );
        }
        assert!(
            !meta.summary.id.ends_with('.') && !meta.summary.en.ends_with('.'),
            "{}: summaries have no final period",
            meta.id
        );
        for message in meta.messages {
            same_placeholders(meta.id, message);
        }
    }
}

/// The fix-safety section says what the declared [`FixAvailability`] says: a rule that
/// never fixes says it has no automatic fix; one that fixes speaks of its fix.
#[test]
fn fix_safety_agrees_with_fix_availability() {
    for meta in siaran::rules() {
        let (id, en) = (
            meta.docs.fix_safety.id.to_lowercase(),
            meta.docs.fix_safety.en.to_lowercase(),
        );
        let says_none = id.contains("tidak ada perbaikan") && en.contains("no automatic fix");
        match meta.fix {
            FixAvailability::None => assert!(
                says_none,
                "{}: no fix declared, but its fix-safety section does not say so: {:?}",
                meta.id, meta.docs.fix_safety
            ),
            FixAvailability::Sometimes | FixAvailability::Always => assert!(
                !id.starts_with("tidak ada perbaikan")
                    && !en.starts_with("no automatic fix")
                    // A display-only fix is a suggestion (`saran`).
                    && (id.contains("perbaik") || id.contains("saran"))
                    && (en.contains("fix") || en.contains("suggest")),
                "{}: a fix is declared, but its fix-safety section does not describe it: {:?}",
                meta.id,
                meta.docs.fix_safety
            ),
        }
    }
}

fn same_placeholders(id: &str, text: &Text) {
    let mut a = Text::placeholders(text.id);
    let mut b = Text::placeholders(text.en);
    a.sort_unstable();
    b.sort_unstable();
    assert_eq!(a, b, "{id}: placeholders differ between languages in {:?}", text.en);
}
