//! Runs every example of every rule: each `bad` text must be flagged by its rule, each
//! `good` text must produce no warning or error at all (from any rule), and applying
//! the rule's fixes to `bad` must not leave that rule's finding where a safe fix exists.
//! Opt-in rules run their examples switched on (with the spelling dictionary).

mod common;

use siaran::fix::{self, FixMode};
use siaran::Applicability;
use siaran::Severity;

#[test]
fn every_rule_example_behaves() {
    let mut failures = Vec::new();
    for meta in siaran::rules() {
        let mut config = common::EXAMPLE_CONFIG.to_string();
        if !meta.default_enabled {
            config.push_str(&format!("[rules]\nenable = [\"{}\"]\n", meta.id));
        }
        let settings = &common::Spelling {
            settings: siaran::config::settings_from_toml(&config).unwrap(),
            resources: siaran::Resources::default().with_dictionary(common::HUNSPELL_ID.clone()),
        };
        for example in meta.examples {
            let bad = common::expand_example(&example.bad);
            let found = common::run(&bad, common::example_path(&bad), Some(common::default_date()), settings);
            if !found.iter().any(|f| f.rule == meta.id) {
                failures.push(format!(
                    "{}: bad example not flagged: {:?}\n  got: {:?}",
                    meta.id,
                    example.bad,
                    rules_of(&found)
                ));
            }
            // Fixing the bad example with the rule's own safe fixes (re-linted until
            // stable) leaves no safely fixable finding of that rule.
            let own: Vec<_> = found.into_iter().filter(|f| f.rule == meta.id).collect();
            if own
                .iter()
                .any(|f| f.fix.as_ref().is_some_and(|x| x.applicability == Applicability::Safe))
            {
                let input = siaran::LintInput {
                    source: &bad,
                    path: common::example_path(&bad),
                    date: Some(common::default_date()),
                    today: common::default_date(),
                };
                let outcome = fix::fix(&input, settings, FixMode::Safe);
                let left: Vec<_> = outcome
                    .report
                    .findings
                    .iter()
                    .filter(|f| {
                        f.rule == meta.id && f.fix.as_ref().is_some_and(|x| x.applicability == Applicability::Safe)
                    })
                    .collect();
                if !left.is_empty() {
                    failures.push(format!(
                        "{}: safe fix leaves the finding in {:?}",
                        meta.id, outcome.text
                    ));
                }
            }
            let good = common::expand_example(&example.good);
            let found = common::run(
                &good,
                common::example_path(&good),
                Some(common::default_date()),
                settings,
            );
            let noisy: Vec<_> = found.iter().filter(|f| f.severity > Severity::Info).collect();
            if !noisy.is_empty() {
                let got: Vec<String> = noisy
                    .iter()
                    .map(|f| format!("{} {:?}", f.rule, &good[f.span.start..f.span.end]))
                    .collect();
                failures.push(format!(
                    "{}: good example flagged: {:?}\n  got: {got:?}",
                    meta.id, example.good
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn rules_of(found: &[siaran::Finding]) -> Vec<&str> {
    found.iter().map(|f| f.rule).collect()
}
