//! `punct/`: spacing and punctuation (EYD V, Tanda Baca; reference §1.9).
//!
//! The rules read the headline and the body paragraphs, never the front matter. The
//! dateline belongs to `dateline/`, so its span is skipped; inside the credit tail the
//! `credit/` family owns `Foto :` and `ed.Foto`, so the rules about a space before or
//! after a mark skip it (its parentheses still count for balance).
//!
//! Every run of white space inside a line belongs to exactly one rule ([`Gap`]), so two
//! rules never report (or fix) the same spaces.
//!
//! What the family flags and what it leaves alone: `docs/punct.md` in the repository.

mod double_space;
mod doubled_mark;
mod missing_space_after;
mod quote_comma;
mod range;
mod space_before;
mod space_inside;
mod time_colon;
mod unbalanced_paren;
mod unbalanced_quote;

use std::rc::Rc;

use crate::document::{Document, SpaceRun, SpanSet};
use crate::span::Span;

use super::{Context, Rule};

pub const RULES: &[&dyn Rule] = &[
    &double_space::DoubleSpace,
    &space_before::SpaceBefore,
    &space_inside::SpaceInside,
    &missing_space_after::MissingSpaceAfter,
    &doubled_mark::DoubledMark,
    &unbalanced_paren::UnbalancedParen,
    &unbalanced_quote::UnbalancedQuote,
    &quote_comma::QuoteComma,
    &time_colon::TimeColon,
    &range::Range,
];

/// The blocks punctuation rules read: the headline, then every paragraph.
fn blocks<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = Span> + 'd {
    doc.headline
        .iter()
        .map(|h| h.span)
        .chain(doc.paragraphs.iter().copied())
}

/// Marks that take no space before them.
fn is_trailing_mark(c: char) -> bool {
    matches!(c, ',' | '.' | ';' | ':' | '?' | '!')
}

/// Which rule a run of white space inside a line belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum GapKind {
    /// Before `, . ; : ? !`.
    BeforeMark,
    /// Just inside brackets or quotation marks.
    Inside,
    /// Two or more spaces between words.
    Double,
}

#[derive(Clone, Copy, Debug)]
struct Gap {
    span: Span,
    kind: GapKind,
}

/// Quotation mark roles for straight quotes, which only pairing can tell apart.
fn opens_quote(doc: &Document<'_>, at: usize, c: char) -> bool {
    c == '“' || (c == '"' && doc.quotes.starts_at(at))
}

fn closes_quote(doc: &Document<'_>, at: usize, c: char) -> bool {
    c == '”' || (c == '"' && doc.quotes.ends_at(at + 1))
}

/// Offsets of `“`, `”` and `"` in `text`, found by bytes (`“` is E2 80 9C, `”` E2 80 9D).
fn quote_marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'"', 0xE2, bytes).filter_map(|i| match bytes[i] {
        b'"' => Some((i, '"')),
        _ if bytes.get(i + 1) == Some(&0x80) => match bytes.get(i + 2) {
            Some(0x9C) => Some((i, '“')),
            Some(0x9D) => Some((i, '”')),
            _ => None,
        },
        _ => None,
    })
}

/// The gaps of the release ([`classify_gaps`]), found once and read by the three rules
/// they are assigned to.
fn gaps(cx: &Context<'_>) -> Rc<Vec<Gap>> {
    cx.memo(classify_gaps)
}

/// The unusual white space runs of the document ([`Document::space_runs`]) outside the
/// dateline and day-date mentions (whose spacing `dateline/` and `day-date/format` own),
/// each assigned to the one rule it belongs to.
fn classify_gaps(doc: &Document<'_>) -> Vec<Gap> {
    let dates = SpanSet::new(doc.dates.iter().map(|d| d.span).collect());
    // Most runs (one space after a comma) belong to no rule: the characters around a run
    // settle that before the spans it might touch are searched.
    doc.space_runs
        .iter()
        .filter_map(|run| {
            let kind = classify(doc, run)?;
            let outside = !doc.touches_dateline(run.span) && !dates.overlaps(run.span);
            outside.then_some(Gap { span: run.span, kind })
        })
        .collect()
}

fn classify(doc: &Document<'_>, run: &SpaceRun) -> Option<GapKind> {
    let (before_at, before) = run.before;
    let after = run.after;
    if is_trailing_mark(after) {
        // An ellipsis stands between spaces; `.id` or `.5` starts a token of its own.
        let rest = &doc.source[run.span.end..];
        let ellipsis = rest.starts_with("...");
        let starts_token = after == '.' && rest[1..].starts_with(char::is_alphanumeric);
        if ellipsis || starts_token || doc.touches_credit(run.span) {
            return None;
        }
        return Some(GapKind::BeforeMark);
    }
    let opens = matches!(before, '(' | '[') || opens_quote(doc, before_at, before);
    let closes = matches!(after, ')' | ']') || closes_quote(doc, run.span.end, after);
    if (opens || closes) && doc.around_photo_label(run.span) {
        // `( Foto:`, `Foto: ]`: the spaces before the photo label and after its colon
        // are `credit/photo-label`'s, which wants them; taking them away here would
        // undo that fix for ever.
        return None;
    }
    if before == '“' && lone_before_speech_tag(doc, before_at) {
        // `Kota “ ungkap`: a closing mark turned the wrong way, which
        // `punct/quote-comma` diagnoses; removing the space would glue the mark to the
        // speech tag.
        return None;
    }
    if opens || closes {
        // An empty pair `( )` is left alone.
        let empty = matches!((before, after), ('(', ')') | ('[', ']'));
        return (!empty).then_some(GapKind::Inside);
    }
    (run.chars > 1).then_some(GapKind::Double)
}

/// An opening `“` at `at` standing alone between spaces right before a speech tag. A
/// mark that opens a line has no space before it on its line; only the neighbours are
/// read, never the line from its start (one huge line of marks stays linear).
fn lone_before_speech_tag(doc: &Document<'_>, at: usize) -> bool {
    let spaced_on_its_line = doc.source[..at]
        .chars()
        .next_back()
        .is_some_and(|c| c.is_whitespace() && c != '\n');
    spaced_on_its_line
        && quote_comma::lone_opening_mark(doc.source, at)
        && quote_comma::speech_tag(&doc.source[at + '“'.len_utf8()..]).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Finding;
    use crate::document::SourceKind;
    use crate::lint::{lint, LintInput};
    use crate::settings::Settings;

    fn punct_findings(source: &str) -> Vec<Finding> {
        crate::rules::test_kit::findings("punct", source)
    }

    /// Generated releases made of the characters these rules look at never panic, and
    /// every fix edit falls on character boundaries.
    #[test]
    fn never_panics_on_odd_input() {
        const PIECES: &[&str] = &[
            " ",
            "  ",
            "\u{a0}",
            "\t",
            "\n",
            "\r\n",
            "\n\n",
            ",",
            ".",
            "..",
            "...",
            ";",
            ":",
            "?",
            "!",
            "(",
            ")",
            "\"",
            "“",
            "”",
            "’",
            "#",
            "@",
            "-",
            "—",
            "Kata",
            "kpu",
            "KPU",
            "S.H.",
            "A.",
            "2024",
            "1,5",
            "é",
            "ujar",
            "tegas",
            "Ketua",
            "www.kpu.go.id",
            "\u{feff}",
            "# ",
            "---\ntitle: x\n---\n",
            "Semarang, kpu.go.id — ",
        ];
        let mut seed: u64 = 0x5eed;
        let mut next = || {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize
        };
        for _ in 0..3000 {
            let mut source = String::new();
            for _ in 0..next() % 40 {
                source.push_str(PIECES[next() % PIECES.len()]);
            }
            for path in ["x.txt", "x.md"] {
                let input = LintInput {
                    source: &source,
                    path: Some(path),
                    date: None,
                    today: jiff::civil::date(2025, 10, 27),
                };
                for finding in lint(&input, &Settings::default()).findings {
                    for edit in finding.fix.iter().flat_map(|f| &f.edits) {
                        assert!(source.is_char_boundary(edit.span.start) && source.is_char_boundary(edit.span.end));
                    }
                }
            }
        }
    }

    #[test]
    fn safe_fixes_converge() {
        let src = "Judul  Rapat\nSemarang, kota-semarang.kpu.go.id — Komisi  Pemilihan Umum (KPU) Kota Semarang rapat , Senin (27/10).\n“ Kami siap ,  ” ujar Budi.Kemudian rapat ( luring ) selesai,,lalu “Semua berkas sudah kami periksa dengan teliti” kata Ketua KPU.\nRapat ditutup. (awh/ed. Foto: rap/KPU Kota Semarang)";
        let first = punct_findings(src);
        assert!(first.len() >= 8, "{first:?}");
        let pass = crate::fix::apply(src, &first, crate::fix::FixMode::Safe);
        assert_eq!(pass.conflicts, 0, "the edits of different findings do not overlap");
        let fixed = pass.text;
        assert_eq!(
            fixed,
            "Judul Rapat\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang rapat, Senin (27/10).\n“Kami siap,” ujar Budi. Kemudian rapat (luring) selesai, lalu “Semua berkas sudah kami periksa dengan teliti,” kata Ketua KPU.\nRapat ditutup. (awh/ed. Foto: rap/KPU Kota Semarang)"
        );
        assert!(punct_findings(&fixed).is_empty());
    }

    fn kinds(src: &str) -> Vec<(String, GapKind)> {
        let doc = Document::parse(src, SourceKind::Text);
        classify_gaps(&doc)
            .into_iter()
            .map(|g| (doc.text(g.span).to_string(), g.kind))
            .collect()
    }

    #[test]
    fn every_run_goes_to_one_rule() {
        let src = "Judul\nSemarang, kpu.go.id — Isi  berita ( x ) dan “ Kami” , lalu ... Rp\u{a0}300.  \n";
        assert_eq!(
            kinds(src),
            [
                ("  ".to_string(), GapKind::Double),
                (" ".to_string(), GapKind::Inside),
                (" ".to_string(), GapKind::Inside),
                (" ".to_string(), GapKind::Inside),
                (" ".to_string(), GapKind::BeforeMark),
            ]
        );
    }

    #[test]
    fn dateline_indentation_and_trailing_spaces_are_not_gaps() {
        assert!(kinds("Judul\nSemarang,  kpu.go.id  —  Isi.\n   Kalimat.   \n").is_empty());
    }
}
