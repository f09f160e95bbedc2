//! Runs every example of every rule: each `bad` text must be flagged by its rule, each
//! `good` text must produce no warning or error at all (from any rule), and applying
//! the rule's fixes to `bad` must not leave that rule's finding where a safe fix exists.
//! Opt-in rules run their examples switched on (with the spelling dictionary).

mod common;

use siaran::rules;
use siaran::settings::RuleSetting;
use siaran::Severity;

#[test]
fn every_rule_example_behaves() {
    let mut failures = Vec::new();
    for rule in rules::all() {
        let meta = rule.meta();
        let mut settings = common::example_settings();
        if !meta.default_enabled {
            settings.rule_settings.push((meta.id.to_string(), RuleSetting::On));
            settings.dictionary = Some(common::HUNSPELL_ID.clone());
        }
        let settings = &settings;
        for example in meta.examples {
            let bad = common::expand_example(example.bad);
            let found = common::run(&bad, common::example_path(&bad), Some(common::default_date()), settings);
            if !found.iter().any(|f| f.rule == meta.id) {
                failures.push(format!(
                    "{}: bad example not flagged: {:?}\n  got: {:?}",
                    meta.id,
                    example.bad,
                    rules_of(&found)
                ));
            }
            let good = common::expand_example(example.good);
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
