//! The engine: parse a release once, run every enabled rule, return findings as data.

use jiff::civil::Date;

use crate::article::Article;
use crate::diagnostic::Finding;
use crate::document::{Document, Metadata, SourceKind, SpanSet};
use crate::findings::Findings;
use crate::line_index::LineIndex;
use crate::pubdate::{self, PubDate};
use crate::rules::{self, Context};
use crate::settings::FileSettings;
use crate::span::Span;
use crate::truncated;

/// One release to lint. The library does no I/O: the caller supplies the text, the name
/// it came from (for Markdown detection and a `YYYY-MM-DD` prefix) and today's date.
#[derive(Clone, Copy, Debug)]
pub struct LintInput<'a> {
    /// The release text.
    pub source: &'a str,
    /// File name or path, if any.
    pub path: Option<&'a str>,
    /// The publication date when the caller knows it (`--date`).
    pub date: Option<Date>,
    /// Today, the last fallback for the publication date.
    pub today: Date,
}

impl<'a> LintInput<'a> {
    /// A release with no file name and no known publication date; `today` is the last
    /// fallback for the publication date (the library reads no clock).
    pub fn new(source: &'a str, today: Date) -> Self {
        LintInput {
            source,
            path: None,
            date: None,
            today,
        }
    }

    /// The file name or path the release came from.
    pub fn path(self, path: &'a str) -> Self {
        LintInput {
            path: Some(path),
            ..self
        }
    }

    /// The publication date, when the caller knows it.
    pub fn date(self, date: Date) -> Self {
        LintInput {
            date: Some(date),
            ..self
        }
    }
}

/// What linting one release produced.
#[derive(Debug, Clone)]
pub struct Report {
    /// Sorted by position, then rule id.
    pub findings: Vec<Finding>,
    /// The publication date the rules used, and where it came from.
    pub pub_date: PubDate,
    /// Line starts of the source, for line/column conversion at the edge.
    pub lines: LineIndex,
}

/// Lints one release with the given settings: `&settings` (no `[[override]]` applied),
/// or [`Settings::for_path`](crate::Settings::for_path) for a file's own, with
/// [`FileSettings::with_resources`] when a dictionary is loaded.
pub fn lint<'s>(input: &LintInput<'_>, settings: impl Into<FileSettings<'s>>) -> Report {
    let settings = settings.into();
    lint_with(input, &settings, settings.settings().max_findings())
}

/// [`lint`] with a limit on findings of the caller's choosing.
pub(crate) fn lint_with(input: &LintInput<'_>, settings: &FileSettings<'_>, limit: usize) -> Report {
    let kind = input.path.map(SourceKind::from_path).unwrap_or_default();
    run(Document::parse(input.source, kind), input, settings, limit)
}

/// Lints an article a tool holds as a record. Finding spans refer to `article.body`;
/// findings about metadata that has no place in the body sit at offset 0.
pub fn lint_article<'s>(
    article: &Article,
    date: Option<Date>,
    today: Date,
    settings: impl Into<FileSettings<'s>>,
) -> Report {
    let settings = settings.into();
    let limit = settings.settings().max_findings();
    lint_body(&article.body, article.metadata(), date, today, &settings, limit)
}

/// The families that judge a headline's words: its case and period (`title/`), word
/// forms (`baku/`) and doubled words.
const HEADLINE_FAMILIES: &[&str] = &["title", "baku"];

/// Lints an article's `title` field, which has no place in the body: the findings about
/// the headline, with spans that are offsets into the title. `None` when the article has
/// no title or its body opens with a `# ` heading (then the heading is the headline, and
/// `meta/title-heading` compares the two).
pub fn lint_article_title<'s>(
    article: &Article,
    date: Option<Date>,
    today: Date,
    settings: impl Into<FileSettings<'s>>,
) -> Option<Report> {
    let file = settings.into();
    let title = article.title.as_deref()?;
    let body = Document::parse_article(&article.body, article.metadata());
    if body.headline.is_some() {
        return None;
    }
    let doc = Document::parse(title, SourceKind::Text);
    let headline = doc.headline?.span;
    let pub_date = pubdate::resolve(date, &body, None, today);
    let settings = file.settings();
    let cx = Context::new(&doc, None, settings, pub_date).with_resources(file.resources());
    let mut found = Findings::new(settings.max_findings());
    for (rule, severity) in rules::all().zip(file.rules().severities()) {
        let meta = rule.meta();
        let judged = HEADLINE_FAMILIES.contains(&meta.family()) || meta.id == "spell/doubled-word";
        let Some(severity) = severity.filter(|_| judged) else {
            continue;
        };
        found.begin_rule(severity);
        rule.check(&cx, &mut found);
        for finding in found.of_rule() {
            finding.severity = severity;
        }
    }
    let mut findings = found.into_vec();
    findings.retain(|f| headline.start <= f.span.start && f.span.end <= headline.end);
    findings.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
    drop(cx);
    body.recycle();
    Some(Report {
        findings,
        pub_date,
        lines: doc.recycle(),
    })
}

/// Lints an article's body with its metadata (already read from the article).
pub(crate) fn lint_body(
    body: &str,
    metadata: Metadata,
    date: Option<Date>,
    today: Date,
    settings: &FileSettings<'_>,
    limit: usize,
) -> Report {
    let input = LintInput {
        source: body,
        path: None,
        date,
        today,
    };
    run(Document::parse_article(body, metadata), &input, settings, limit)
}

fn run(doc: Document<'_>, input: &LintInput<'_>, file: &FileSettings<'_>, limit: usize) -> Report {
    let pub_date = pubdate::resolve(input.date, &doc, input.path, input.today);
    let settings = file.settings();
    let cx = Context::new(&doc, input.path, settings, pub_date).with_resources(file.resources());
    let mut found = Findings::new(limit);
    let table = file.rules();
    // The rules with findings that give way to others' (`RuleMeta::gives_way`): only
    // those with findings, so that most releases never allocate the list.
    let mut yielding: Vec<&'static str> = Vec::new();
    for (rule, severity) in rules::all().zip(table.severities()) {
        let Some(severity) = *severity else {
            continue;
        };
        found.begin_rule(severity);
        rule.check(&cx, &mut found);
        let mut any = false;
        for finding in found.of_rule() {
            finding.severity = severity;
            any = true;
        }
        if any && rule.meta().gives_way {
            yielding.push(rule.meta().id);
        }
    }
    let mut dropped = found.dropped();
    let mut findings = found.into_vec();
    let unused = table.severity_of(&crate::suppress::META);
    let invalid = table.severity_of(&crate::suppress::INVALID_META);
    crate::suppress::apply(&doc, &mut findings, settings.lang(), unused, invalid);
    give_way(&mut findings, &doc, &yielding);
    findings.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
    // Each rule kept its first findings (rules report in text order), so the first
    // `limit` of them all are the first `limit` of the release.
    if findings.len() > limit {
        dropped = dropped.max(findings[limit..].iter().map(|f| f.severity).max());
        findings.truncate(limit);
    }
    if let Some(severity) = dropped.filter(|_| table.severity_of(&truncated::META).is_some()) {
        findings.push(truncated::finding(&doc, &findings, limit, severity, settings.lang()));
    }
    // The rules are done with the document: its vectors serve the thread's next release.
    drop(cx);
    Report {
        findings,
        pub_date,
        lines: doc.recycle(),
    }
}

/// A word another rule already flags (`praktek`, `kapanpun`, `Jum'at`) gets no second
/// finding from a rule that gives way (`RuleMeta::gives_way`, the `spell/` rules, whose
/// ids are in `yielding`): the other rule says more precisely what is wrong and how to
/// fix it. Only findings about a word or phrase count: one that covers a whole sentence
/// or paragraph is about structure and leaves the words in it to be checked.
///
/// An engine pass after all rules, not a check inside the yielding rules: only the
/// findings say which words another rule flagged, so it covers rules added later
/// without their knowing, and it runs after suppression, so a suppressed finding covers
/// nothing.
fn give_way(findings: &mut Vec<Finding>, doc: &Document<'_>, yielding: &[&'static str]) {
    let gives_way = |f: &Finding| yielding.contains(&f.rule);
    if !findings.iter().any(gives_way) {
        return;
    }
    let others = SpanSet::new(
        findings
            .iter()
            .filter(|f| !gives_way(f) && word_count(doc, f.span) <= MAX_PHRASE_WORDS)
            .map(|f| f.span)
            .collect(),
    );
    findings.retain(|f| !gives_way(f) || !others.overlaps(f.span));
    others.recycle();
}

/// The longest phrase a finding about words covers (`se Jawa Tengah`, `Komisi Pemilih
/// Umum (KPU)`).
const MAX_PHRASE_WORDS: usize = 6;

fn word_count(doc: &Document<'_>, span: Span) -> usize {
    let first = doc.words.partition_point(|w| w.span.end <= span.start);
    let last = doc.words.partition_point(|w| w.span.start < span.end);
    last.saturating_sub(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;
    use crate::settings::Settings;

    #[test]
    fn spelling_gives_way_to_word_findings_of_other_families() {
        let src = "Judul\nSatu dua tiga empat lima enam tujuh delapan.";
        let doc = Document::parse(src, SourceKind::Text);
        let at = |word: &str| {
            let start = src.find(word).unwrap();
            Span::new(start, start + word.len())
        };
        let finding = |rule, span| Finding::new(rule, Severity::Warning, span, String::new());
        let mut findings = vec![
            finding("spell/unknown-word", at("dua")),
            finding("baku/word-pair", at("dua tiga")),
            finding("spell/unknown-word", at("lima")),
            finding("dateline/missing", at("Satu dua tiga empat lima enam tujuh")),
            finding("spell/doubled-word", at("delapan")),
        ];
        give_way(&mut findings, &doc, &["spell/unknown-word", "spell/doubled-word"]);
        let rules: Vec<_> = findings.iter().map(|f| (f.rule, doc.text(f.span))).collect();
        assert_eq!(
            rules,
            [
                ("baku/word-pair", "dua tiga"),
                ("spell/unknown-word", "lima"),
                ("dateline/missing", "Satu dua tiga empat lima enam tujuh"),
                ("spell/doubled-word", "delapan"),
            ]
        );
    }

    /// Past the limit, the first findings in the text are kept and one finding says the
    /// list was cut off, at the most severe level cut off.
    #[test]
    fn findings_past_the_limit_are_cut_off_with_one_finding() {
        let source = format!("Judul\n{}Senin (32/10).", "kata kata  ".repeat(50));
        let input = LintInput {
            source: &source,
            path: None,
            date: None,
            today: jiff::civil::date(2025, 10, 27),
        };
        let all = lint(&input, &Settings::default()).findings;
        assert!(all.len() > 100, "{}", all.len());
        let text = "max-findings = 10\n";
        let settings = crate::config::settings_from_toml(text).unwrap();
        let cut = lint(&input, &settings).findings;
        assert_eq!(cut.len(), 11);
        assert_eq!(cut[..10], all[..10]);
        let last = &cut[10];
        assert_eq!(last.rule, "meta/too-many-findings");
        assert!(last.message.contains("10"), "{}", last.message);
        // The invalid date at the end was cut off: an error, so the file still fails.
        assert_eq!(last.severity, Severity::Error);
        let choices = crate::settings::Choices {
            ignore: vec![crate::settings::Selector::parse("meta/too-many-findings").unwrap()],
            ..Default::default()
        };
        let ignored = crate::config::Options::parse(text)
            .unwrap()
            .resolve(text, &choices)
            .unwrap();
        assert_eq!(lint(&input, &ignored).findings.len(), 10);
    }

    /// The pooled vectors a release reuses (`document::pool`) carry nothing over: a
    /// release checked after others on the same thread, a longer one with quotations,
    /// addresses and dates among them, gets the findings it gets on a fresh thread.
    #[test]
    fn a_release_after_others_gets_the_same_findings() {
        let today = jiff::civil::date(2025, 10, 27);
        let small = "Judul\nSemarang, kota-semarang.kpu.go.id - Komisi rapat, Senin (27/10).\nIsi  kalimat.";
        let check = |text: &str| lint(&LintInput::new(text, today), &Settings::default()).findings;
        let fresh = std::thread::scope(|s| s.spawn(|| check(small)).join().unwrap());
        let big = format!(
            "Judul\n{}",
            "Semarang, kpu.go.id — “Kata,” ujar Budi di https://kpu.go.id, Senin (27/10).  \n".repeat(200)
        );
        assert!(!check(&big).is_empty());
        assert_eq!(check(small), fresh);
        assert!(!fresh.is_empty());
    }

    #[test]
    fn findings_carry_their_message_id_and_arguments() {
        let text = "Judul\nSemarang, kota-semarang.kpu.go.id - Komisi rapat, Senin (27/10).";
        let report = lint(
            &LintInput::new(text, jiff::civil::date(2025, 10, 27)),
            &Settings::default(),
        );
        let finding = report.findings.iter().find(|f| f.rule == "dateline/separator").unwrap();
        let message = finding.message_ref.as_ref().unwrap();
        assert_eq!(message.id(finding.rule), "dateline/separator#0");
        assert_eq!(message.render(crate::Lang::Id), finding.message);
        assert!(
            message.render(crate::Lang::En).contains("dash"),
            "{}",
            message.render(crate::Lang::En)
        );
    }
}
