//! Runs every example of `rules/abbreviations.toml` through the linter: each `bad`
//! paragraph must get an `abbr/` finding, each `good` one none.

mod common;

use siaran::__private::ABBREVIATIONS as TABLE;

#[test]
fn every_abbreviation_example_behaves() {
    let settings = common::example_settings();
    let mut failures = Vec::new();
    let mut count = 0;
    for entry in &TABLE.entries {
        for example in &entry.examples {
            count += 1;
            let abbr_findings = |text: &str| {
                let release = common::expand_example(text);
                common::run(&release, None, Some(common::default_date()), &settings)
                    .into_iter()
                    .filter(|f| f.family() == "abbr")
                    .map(|f| format!("{} {:?}", f.rule, &release[f.span.start..f.span.end]))
                    .collect::<Vec<_>>()
            };
            if abbr_findings(&example.bad).is_empty() {
                failures.push(format!("{}: bad example not flagged: {:?}", entry.short, example.bad));
            }
            let found = abbr_findings(&example.good);
            if !found.is_empty() {
                failures.push(format!(
                    "{}: good example flagged: {:?}\n  got: {found:?}",
                    entry.short, example.good
                ));
            }
        }
    }
    assert!(count >= 50, "examples missing");
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
