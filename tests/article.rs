//! Linting articles held as records (no file, no front matter).

use jiff::civil::Date;
use siaran::{lint_article, Article, Settings};

fn today() -> Date {
    Date::new(2026, 11, 28).unwrap()
}

const BODY: &str = "Semarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)";

#[test]
fn complete_article_is_clean_and_dated_by_its_metadata() {
    let article = Article {
        title: Some("Rapat Koordinasi Humas".into()),
        date: Some("2025-10-27".into()),
        body: BODY.into(),
        ..Article::default()
    };
    let report = lint_article(&article, None, today(), &Settings::default());
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(report.pub_date.date, Date::new(2025, 10, 27).unwrap());
}

#[test]
fn missing_metadata_is_reported_at_the_start_of_the_body() {
    let article = Article {
        body: BODY.into(),
        ..Article::default()
    };
    let report = lint_article(&article, None, today(), &Settings::default());
    let found: Vec<(&str, usize)> = report.findings.iter().map(|f| (f.rule, f.span.start)).collect();
    assert_eq!(found, [("meta/missing-key", 0), ("meta/missing-key", 0)]);
}

#[test]
fn article_body_opening_with_a_heading_uses_it_as_headline() {
    let article = Article {
        title: Some("Rapat Humas".into()),
        date: Some("2025-10-27".into()),
        body: format!("# Rapat Koordinasi Humas\n\n{BODY}"),
        ..Article::default()
    };
    let report = lint_article(&article, None, today(), &Settings::default());
    let found: Vec<&str> = report.findings.iter().map(|f| f.rule).collect();
    assert_eq!(found, ["meta/title-heading"]);
}

/// Issue 14 §1: an article's `title` is a headline too; its findings are positions in the
/// title, and nothing of it reaches the body's report.
#[test]
fn the_title_field_is_checked_with_offsets_into_it() {
    let article = Article {
        title: Some("Sosialisasi Pemilih Di Kecamatan Tembalang.".into()),
        date: Some("2025-10-27".into()),
        body: BODY.into(),
        ..Article::default()
    };
    let settings = Settings::default();
    let body = siaran::lint_article(&article, None, today(), &settings);
    assert!(body.findings.is_empty(), "{:?}", body.findings);
    let title = siaran::lint_article_title(&article, None, today(), &settings).unwrap();
    let found: Vec<(&str, usize, usize)> = title
        .findings
        .iter()
        .map(|f| (f.rule, f.span.start, f.span.end))
        .collect();
    assert_eq!(
        found,
        [("title/function-word", 20, 22), ("title/trailing-period", 42, 43)]
    );
    let json = title.to_json_field("-", Some("title"), article.title.as_deref().unwrap());
    assert_eq!(json.field, Some("title"));
    assert_eq!((json.findings[0].range.line, json.findings[0].range.column), (1, 21));
    // A correct title, and a body whose `# ` heading is the headline, give nothing here.
    let good = Article {
        title: Some("Sosialisasi Pemilih di Kecamatan Tembalang".into()),
        ..article.clone()
    };
    assert!(siaran::lint_article_title(&good, None, today(), &settings)
        .unwrap()
        .findings
        .is_empty());
    let heading = Article {
        body: format!("# Sosialisasi Pemilih di Kecamatan Tembalang\n\n{BODY}"),
        ..article
    };
    assert!(siaran::lint_article_title(&heading, None, today(), &settings).is_none());
}
