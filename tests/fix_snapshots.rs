//! The fixed text of every example of every fixable rule, as reviewed snapshots: one
//! snapshot per rule, a unified diff per example (`cargo insta review` after changes).

mod common;

use siaran::fix::{self, FixMode};
use siaran::FixAvailability;

#[test]
fn fixed_examples() {
    let settings = common::example_settings();
    for meta in siaran::rules() {
        if meta.fix == FixAvailability::None {
            continue;
        }
        let mut shown = String::new();
        for example in meta.examples {
            let bad = common::expand_example(&example.bad);
            let findings = common::run(
                &bad,
                common::example_path(&bad),
                Some(common::default_date()),
                &settings,
            );
            let own: Vec<_> = findings.into_iter().filter(|f| f.rule == meta.id).collect();
            let pass = fix::apply(&bad, &own, FixMode::Unsafe);
            let diff = similar::TextDiff::from_lines(bad.as_str(), pass.text.as_str());
            shown.push_str(&diff.unified_diff().context_radius(0).header("bad", "fixed").to_string());
            shown.push('\n');
        }
        insta::assert_snapshot!(meta.id.replace('/', "__"), shown);
    }
}
