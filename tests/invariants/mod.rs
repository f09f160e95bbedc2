//! What must hold for any input whatever: shared by the fuzz targets (`fuzz/`, included
//! with `#[path]`) and by `tests/fuzz_regressions.rs`, which runs the inputs the fuzzer
//! once crashed on through the same checks on stable Rust.
//!
//! Each entry point takes raw fuzzer bytes. The first byte, where there is one, picks
//! options (file kind, fix mode, spelling...), the rest is the text, decoded lossily: the
//! CLI rejects invalid UTF-8 before the library sees it, so the library only ever gets
//! a `&str`.

#![allow(dead_code)]

use std::path::Path;
use std::sync::{Arc, LazyLock};

use siaran::document::Document;
use siaran::document::{front_matter, metadata, Metadata};
use siaran::fix::{self, FixMode};
use siaran::{Article, FixAvailability, LineIndex, LintInput, Report, Settings, SourceKind, Span};
use siaran::{Choices, Dictionary, FileSettings, Resources, Selector};

/// Options from the first byte, and the text after it.
fn split(data: &[u8]) -> (u8, String) {
    match data.split_first() {
        Some((&flags, rest)) => (flags, String::from_utf8_lossy(rest).into_owned()),
        None => (0, String::new()),
    }
}

fn today() -> jiff::civil::Date {
    jiff::civil::date(2025, 10, 27)
}

/// The repository's test dictionary (`tests/dictionary/`), loaded once: fuzzing with
/// spelling on exercises the dictionary paths, whatever words it knows.
static DICTIONARY: LazyLock<Option<Arc<Dictionary>>> = LazyLock::new(|| {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The main crate's tests sit at the repository root, the fuzz crate one level below.
    [manifest.join("tests/dictionary"), manifest.join("../tests/dictionary")]
        .iter()
        .map(|folder| folder.join("id_TEST"))
        .find_map(|prefix| {
            let aff = std::fs::read(prefix.with_extension("aff")).ok()?;
            let dic = std::fs::read(prefix.with_extension("dic")).ok()?;
            Dictionary::from_bytes(&aff, &dic).ok().map(Arc::new)
        })
});

/// Every rule on, opt-in ones too; with a satker and a staff roster when `flags` asks.
/// The dictionary, when spelling is on, is loaded beside the settings.
fn settings(flags: u8) -> (Settings, Resources) {
    let config = if flags & 0x10 != 0 {
        "[house]\nsatker = \"kota-semarang\"\n[house.staff]\nawh = \"Andi Wahyu\"\n[meta]\ntags = [\"rapat\"]\n"
    } else {
        ""
    };
    let dictionary = DICTIONARY.as_ref().filter(|_| flags & 0x20 != 0);
    let choices = Choices {
        spell: dictionary.is_some(),
        ..Choices::default()
    };
    let settings = siaran::config::Options::parse(config)
        .and_then(|options| options.resolve(config, &choices))
        .expect("the fuzz configuration is valid");
    let resources = match dictionary {
        Some(dictionary) => Resources::default().with_dictionary(dictionary.clone()),
        None => Resources::default(),
    };
    (settings, resources)
}

/// The file name a release is linted under: none, plain text, or Markdown with a date.
fn path(flags: u8) -> Option<&'static str> {
    match flags & 0x03 {
        0 => None,
        1 => Some("rilis.txt"),
        _ => Some("2025-10-27-rilis.md"),
    }
}

fn input<'a>(text: &'a str, flags: u8) -> LintInput<'a> {
    LintInput {
        source: text,
        path: path(flags),
        date: (flags & 0x04 != 0).then(today),
        today: today(),
    }
}

/// `Document::parse` (text and Markdown) and `parse_article`.
pub fn parse(data: &[u8]) {
    let (flags, text) = split(data);
    let kind = if flags & 1 == 0 {
        SourceKind::Text
    } else {
        SourceKind::Markdown
    };
    check_document(&text, &Document::parse(&text, kind));
    if flags & 2 != 0 {
        let doc = Document::parse_article(&text, Metadata::default());
        check_document(&text, &doc);
    }
}

/// The whole lint pipeline, as a file or as an article (first line as its title).
pub fn lint(data: &[u8]) {
    let (flags, text) = split(data);
    let (settings, resources) = settings(flags);
    let settings = FileSettings::from(&settings).with_resources(&resources);
    if flags & 0x40 != 0 {
        let (title, body) = text.split_once('\n').unwrap_or(("", &text));
        let article = Article {
            title: Some(title.to_string()),
            body: body.to_string(),
            ..Article::default()
        };
        check_report(&article.body, &siaran::lint_article(&article, None, today(), &settings));
    } else {
        check_report(&text, &siaran::lint(&input(&text, flags), &settings));
    }
}

/// Fixing: converges, and fixing the result again changes nothing.
pub fn fix(data: &[u8]) {
    let (flags, text) = split(data);
    let (settings, _) = settings(flags & !0x20);
    let mode = if flags & 0x08 != 0 {
        FixMode::Unsafe
    } else {
        FixMode::Safe
    };
    let once = fix::fix(&input(&text, flags), &settings, mode);
    assert!(once.converged, "fixing did not converge after {} passes", once.passes);
    check_report(&once.text, &once.report);
    let twice = fix::fix(&input(&once.text, flags), &settings, mode);
    assert_eq!(twice.text, once.text, "fixing the fixed text changed it");
    assert_eq!(twice.fixed, 0);
}

/// `siaran.toml` parsing: a settings value or an error at a place in the text.
pub fn config(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = siaran::config::settings_from_toml(&text) {
        let lines = LineIndex::new(&text).line_count();
        assert!(e.line >= 1 && e.line <= lines, "error line {} of {lines}", e.line);
        assert!(e.column >= 1, "error column {}", e.column);
    }
}

/// Front matter: YAML or TOML after its delimiter, closed or not.
pub fn front_matter(data: &[u8]) {
    let (flags, body) = split(data);
    let delimiter = if flags & 1 == 0 { "---" } else { "+++" };
    let close = if flags & 2 == 0 { "" } else { delimiter };
    let bom = if flags & 4 == 0 { "" } else { "\u{feff}" };
    let text = format!("{bom}{delimiter}\n{body}\n{close}\nJudul\n");
    let fm = front_matter::locate(&text, bom.len()).expect("the text opens with a delimiter");
    for span in [fm.block, fm.body] {
        check_span(&text, span, "front matter");
    }
    if !fm.unclosed {
        check_metadata(&text, &metadata::parse(&text, &fm));
    }
    let doc = Document::parse(&text, SourceKind::Markdown);
    check_document(&text, &doc);
    let settings = Settings::from_choices(&Choices {
        select: Some(vec![Selector::parse("meta").expect("a family")]),
        ..Choices::default()
    });
    check_report(&text, &siaran::lint(&input(&text, 2), &settings));
}

/// A finding's fix agrees with its rule's declared fix availability (`none`: never a
/// fix; `always`: always one), and every fix has a title to show.
pub fn check_fix_declared(f: &siaran::Finding) {
    let meta = siaran::rule(f.rule).unwrap_or_else(|| panic!("{}: not a registered rule", f.rule));
    match meta.fix {
        FixAvailability::None => assert!(f.fix.is_none(), "{}: declares no fix but emitted one", f.rule),
        FixAvailability::Always => assert!(f.fix.is_some(), "{}: declares a fix always but emitted none", f.rule),
        FixAvailability::Sometimes => {}
    }
    if let Some(fix) = &f.fix {
        assert!(!fix.title.trim().is_empty(), "{}: a fix without a title", f.rule);
    }
    // The message id and arguments are enough to render the message again, in either
    // language, and the id names one of the rule's declared messages.
    if let Some(m) = &f.message_ref {
        assert!(
            meta.messages.get(m.index).is_some_and(|t| **t == m.text),
            "{}: message id",
            f.rule
        );
        let again = [siaran::Lang::Id, siaran::Lang::En].map(|lang| m.render(lang));
        assert!(
            again.contains(&f.message),
            "{}: {:?} does not render as {:?}",
            f.rule,
            m,
            f.message
        );
    }
}

/// A span inside `text`, on character boundaries, not inverted.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what}: inverted span {span:?}");
    assert!(
        span.end <= text.len(),
        "{what}: span {span:?} past the end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on character boundaries"
    );
}

/// Positions of the span's ends fall on existing lines.
fn check_position(text: &str, lines: &LineIndex, span: Span, what: &str) {
    for offset in [span.start, span.end] {
        let position = lines.position(text, offset);
        assert!(
            position.line >= 1 && position.line <= lines.line_count(),
            "{what}: line {} of {}",
            position.line,
            lines.line_count()
        );
        assert!(position.column >= 1, "{what}: column {}", position.column);
    }
}

pub fn check_document(text: &str, doc: &Document<'_>) {
    let mut spans: Vec<(Span, &str)> = Vec::new();
    if let Some(fm) = doc.front_matter {
        spans.extend([(fm.block, "front matter"), (fm.body, "front matter body")]);
    }
    if let Some(h) = doc.headline {
        spans.push((h.span, "headline"));
        spans.extend(h.marker.map(|m| (m, "headline marker")));
    }
    spans.extend(doc.paragraphs.iter().map(|&p| (p, "paragraph")));
    if let Some(d) = &doc.dateline {
        spans.extend([
            (d.span, "dateline"),
            (d.gap, "dateline gap"),
            (d.separator, "separator"),
        ]);
        spans.extend(d.city.map(|c| (c, "dateline city")));
        if let Some(domain) = &d.domain {
            spans.extend([(domain.span, "domain"), (domain.host, "domain host")]);
            spans.extend(domain.prefix.map(|p| (p, "domain prefix")));
            spans.extend(domain.trailing_slash.map(|p| (p, "domain slash")));
        }
    }
    if let Some(c) = doc.credit {
        spans.extend([(c.span, "credit"), (c.inner, "credit inner")]);
        spans.extend(c.trailing.map(|t| (t, "credit trailing")));
        let p = c.parts;
        spans.extend([
            (p.byline, "byline"),
            (p.editor_slot, "editor slot"),
            (p.label_gap, "label gap"),
        ]);
        spans.extend(p.editor.map(|e| (e, "editor")));
        spans.extend(p.writers(text).map(|w| (w, "writer")));
        if let Some(photo) = p.photo {
            spans.extend([
                (photo.label, "photo label"),
                (photo.colon, "photo colon"),
                (photo.credit, "photo credit"),
                (photo.institution, "photo institution"),
            ]);
            spans.extend(photo.initials.map(|i| (i, "photo initials")));
            spans.extend(photo.dok.map(|d| (d, "dok")));
        }
    }
    spans.extend(doc.quotes.iter().map(|&q| (q, "quote")));
    spans.extend(doc.addresses.iter().map(|&a| (a, "address")));
    spans.extend(doc.words.iter().map(|w| (w.span, "word")));
    spans.extend(doc.comments.iter().map(|&c| (c, "comment")));
    for d in &doc.dates {
        spans.extend([
            (d.span, "date"),
            (d.gap, "date gap"),
            (d.day.span, "day"),
            (d.month.span, "month"),
        ]);
        spans.push((d.day_name.span, "day name"));
        spans.extend(d.year.map(|y| (y.span, "year")));
    }
    spans.extend(doc.space_runs.iter().map(|r| (r.span, "space run")));
    for (span, what) in spans {
        check_span(text, span, what);
        check_position(text, &doc.lines, span, what);
    }
    if let Some(m) = &doc.metadata {
        check_metadata(text, m);
    }
    assert!(
        doc.words.windows(2).all(|w| w[0].span.end <= w[1].span.start),
        "words overlap"
    );
    let line_span = doc.line_span_at(text.len());
    check_span(text, line_span, "last line");
    if let Some(last) = doc.last_text_line() {
        check_span(text, last, "last text line");
    }
}

fn check_metadata(text: &str, m: &Metadata) {
    check_span(text, m.anchor, "metadata anchor");
    for e in &m.entries {
        check_span(text, e.key_span, "metadata key");
        check_span(text, e.value_span, "metadata value");
    }
    if let Some(error) = &m.error {
        check_span(text, error.span, "metadata error");
    }
}

pub fn check_report(text: &str, report: &Report) {
    for f in &report.findings {
        check_fix_declared(f);
        check_span(text, f.span, f.rule);
        check_position(text, &report.lines, f.span, f.rule);
        for label in &f.labels {
            check_span(text, label.span, f.rule);
            check_position(text, &report.lines, label.span, f.rule);
        }
        if let Some(fix) = &f.fix {
            for edit in &fix.edits {
                check_span(text, edit.span, f.rule);
            }
            assert!(
                fix.edits.windows(2).all(|w| w[0].span.end <= w[1].span.start),
                "{}: edits overlap or are out of order",
                f.rule
            );
        }
    }
}
