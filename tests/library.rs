//! The library as a tool author uses it: JSON identical to the command's, articles fixed,
//! rule metadata listed.

mod common;

use siaran::{fix_article, lint, rule, rules, Article, Date, FixMode, LintInput, Settings};

const RELEASE: &str = "Rapat Koordinasi Humas
SEMARANG, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas, Senin (27/10).
Rapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)";

#[test]
fn report_json_is_what_the_command_prints() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rilis.txt"), RELEASE).unwrap();
    let out = common::siaran(
        &["check", "--format", "json", "--date", "2025-10-27", "rilis.txt"],
        dir.path(),
    );
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    let today = Date::new(2026, 1, 1).unwrap();
    let input = LintInput::new(RELEASE, today)
        .path("rilis.txt")
        .date(Date::new(2025, 10, 27).unwrap());
    let report = lint(&input, &Settings::default());
    let ours = serde_json::to_value(report.to_json("rilis.txt", RELEASE)).unwrap();

    assert_eq!(printed["files"][0], ours);
    let rules: Vec<_> = ours["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].clone())
        .collect();
    assert_eq!(rules, ["dateline/city-case", "dateline/separator"]);
    assert_eq!(
        (
            ours["findings"][1]["line"].as_u64(),
            ours["findings"][1]["column"].as_u64()
        ),
        (Some(2), Some(34))
    );
}

#[test]
fn an_article_can_be_fixed() {
    let article = Article {
        title: Some("Rapat Koordinasi Humas".into()),
        date: Some("2025-10-27".into()),
        body: RELEASE.split_once('\n').unwrap().1.to_string(),
        ..Article::default()
    };
    let today = Date::new(2026, 1, 1).unwrap();
    let outcome = fix_article(&article, None, today, &Settings::default(), FixMode::Safe);
    assert!(outcome.converged);
    assert_eq!(outcome.fixed, 2);
    assert!(
        outcome.text.starts_with("Semarang, kota-semarang.kpu.go.id — Komisi"),
        "{}",
        outcome.text
    );
    assert!(outcome.report.findings.is_empty(), "{:?}", outcome.report.findings);
    // The article round-trips through JSON, as a CMS would send it.
    let json = serde_json::to_string(&article).unwrap();
    assert_eq!(serde_json::from_str::<Article>(&json).unwrap(), article);
}

#[test]
fn rules_are_listed_and_found_by_id() {
    assert!(rules().count() > 50);
    let separator = rule("dateline/separator").unwrap();
    assert_eq!(separator.family(), "dateline");
    assert!(rule("dateline/seperator").is_none());
}
