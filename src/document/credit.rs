//! The credit tail: the last parenthesised group of the release that reads like a
//! credit (`(awh/ed. Foto: rap/KPU Kota Semarang)`), located and split into its parts
//! with spans, so that each `credit/` rule can judge one part at its own place.

use super::credit_marks::{words, MarkIndex, Marks};
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CreditTail {
    /// The group with its parentheses (or up to the end of the paragraph when the
    /// closing parenthesis is missing).
    pub span: Span,
    /// The text inside the parentheses.
    pub inner: Span,
    /// The closing parenthesis is missing.
    pub unclosed: bool,
    /// Non-blank text after the tail, up to the end of the release.
    pub trailing: Option<Span>,
    /// A tail in another office's form, editorial markers and initials only
    /// (`(***/RED)`, `(HumasKPUKendal/NMI)`, `(PND/Parmas&SDM)`): a credit, but none of
    /// the house parts can be told apart in it, so `parts` says nothing.
    pub foreign: bool,
    pub parts: CreditParts,
}

/// The parts of `awh/ed. Foto: rap/KPU Kota Semarang`, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CreditParts {
    /// The writer initials with the slashes between them (`div/sim`), without the
    /// editor marker; empty when there are none. [`CreditParts::writers`] splits them.
    pub byline: Span,
    /// The editor marker (`ed.`, or a drift such as `ed` or `Ed.`), without its slash.
    pub editor: Option<Span>,
    /// Where `/ed.` belongs when the marker is missing: the stray period after the last
    /// initials (`ndr.`), or an empty span after them.
    pub editor_slot: Span,
    /// Between the byline and the photo label: one space in the house form.
    pub label_gap: Span,
    pub photo: Option<PhotoCredit>,
}

impl CreditParts {
    /// Each writer's initials (`div`, `sim`), without the slashes between them.
    pub fn writers(self, source: &str) -> impl Iterator<Item = Span> + '_ {
        let mut at = self.byline.start;
        self.byline.text(source).split('/').filter_map(move |piece| {
            let lead = piece.len() - piece.trim_start().len();
            let span = Span::new(at + lead, at + lead + piece.trim().len());
            at += piece.len() + 1;
            (!span.is_empty()).then_some(span)
        })
    }
}

/// `Foto: rap/KPU Kota Semarang` or `Foto: dok KPU Kota Semarang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhotoCredit {
    /// The word `Foto` as written; empty when the credit follows the editor marker
    /// without a label.
    pub label: Span,
    /// From the label to the credit: `: ` in the house form.
    pub colon: Span,
    /// Everything after the colon, trimmed; empty when nothing follows.
    pub credit: Span,
    /// Photographer initials before the slash (`rap`).
    pub initials: Option<Span>,
    /// `dok`/`Dok` (from the documentation).
    pub dok: Option<Span>,
    /// The institution (`KPU Kota Semarang`), trimmed; empty when not written.
    pub institution: Span,
}

/// Finds the credit tail in `paragraph` (starting at `base`); `rest_end` is the end of
/// the release, so that text after the tail on later lines counts as trailing.
pub fn locate(source: &str, paragraph: Span, rest_end: usize) -> Option<CreditTail> {
    let text = paragraph.text(source);
    let base = paragraph.start;
    let groups = top_level_groups(text);
    let index = MarkIndex::new(text);
    let at_end = |close: Option<usize>| close.is_some_and(|c| text[c + 1..].trim().is_empty());
    let found = groups.iter().rev().copied().find(|&(open, close)| {
        let inner_end = close.unwrap_or(text.len());
        match index.marks(open + 1, inner_end, close.is_some()) {
            Marks::Strong => true,
            // Lowercase initials and a slash alone only count at the very end.
            Marks::Weak => at_end(close),
            Marks::None => false,
        }
    });
    // Only when no house-form credit is found: a last group of editorial markers.
    let foreign_group = || {
        let &(open, close) = groups.last()?;
        (at_end(close) && close.is_some_and(|c| foreign_markers(&text[open + 1..c]))).then_some((open, close))
    };
    let (open, close, foreign) = match found {
        Some((open, close)) => (open, close, false),
        None => {
            let (open, close) = foreign_group()?;
            (open, close, true)
        }
    };
    let (span, inner, unclosed) = match close {
        Some(close) => (
            Span::new(base + open, base + close + 1),
            Span::new(base + open + 1, base + close),
            false,
        ),
        None => {
            let end = base + text.trim_end().len();
            (Span::new(base + open, end), Span::new(base + open + 1, end), true)
        }
    };
    let after = &source[span.end..rest_end];
    let trailing = (!after.trim().is_empty()).then(|| {
        let lead = after.len() - after.trim_start().len();
        Span::new(span.end + lead, span.end + after.trim_end().len())
    });
    Some(CreditTail {
        span,
        inner,
        unclosed,
        trailing,
        foreign,
        parts: parts(source, inner),
    })
}

/// Whether the inner text of a closing group is a credit in another office's form:
/// pieces joined by `/` with no spaces inside (`***/RED`, `HumasKPUKendal/NMI`,
/// `PND/Parmas&SDM`), one of them an editorial marker: stars, `RED` or `Redaksi`, a
/// piece naming `Humas`, or initials joined by `&`. A pair of abbreviations
/// (`(PPK/PPS)`) has no marker and stays text.
fn foreign_markers(inner: &str) -> bool {
    let pieces: Vec<&str> = inner.trim().split('/').collect();
    let tidy = |p: &&str| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '*' | '&' | '.' | '-'))
    };
    let marker = |p: &&str| {
        let lower = p.to_lowercase();
        p.chars().all(|c| c == '*')
            || matches!(lower.as_str(), "red" | "red." | "redaksi")
            || lower.contains("humas")
            || p.contains('&')
    };
    let stars_alone = pieces.len() == 1 && pieces[0].len() >= 3 && pieces[0].chars().all(|c| c == '*');
    (pieces.len() >= 2 || stars_alone) && pieces.iter().all(tidy) && pieces.iter().any(marker)
}

/// The photo label `foto` (any case) in the lowercased inner text.
fn find_label(lower: &str) -> Option<usize> {
    words(lower, "foto").next()
}

/// Splits the inner text of a tail into its parts.
fn parts(source: &str, inner: Span) -> CreditParts {
    let text = inner.text(source);
    let base = inner.start;
    let lower = text.to_ascii_lowercase();
    let label = find_label(&lower);
    // A slash or comma left before the label (`ed/Foto`, `ed., Foto`) belongs to the gap.
    let before_label =
        text[..label.unwrap_or(text.len())].trim_end_matches(|c: char| c.is_whitespace() || c == '/' || c == ',');
    let label_gap = Span::new(base + before_label.len(), base + label.unwrap_or(before_label.len()));

    let mut segments = Vec::new();
    let mut at = 0;
    for piece in before_label.split('/') {
        let lead = piece.len() - piece.trim_start().len();
        segments.push(Span::new(at + lead, at + lead + piece.trim().len()));
        at += piece.len() + 1;
    }
    let mut editor = None;
    let mut leftover = None;
    if let Some(&last) = segments.last() {
        let written = &lower[last.start..last.end];
        if written == "ed" || written.starts_with("ed.") || written.starts_with("ed ") {
            let len = if written.starts_with("ed.") { 3 } else { 2 };
            editor = Some(Span::new(last.start, last.start + len).shift(base));
            let rest = text[last.start + len..last.end].trim_start();
            leftover = (!rest.is_empty()).then(|| Span::new(last.end - rest.len(), last.end).shift(base));
            segments.pop();
        }
    }
    let written: Vec<Span> = segments.into_iter().filter(|s| !s.is_empty()).collect();
    let mut byline = match (written.first(), written.last()) {
        (Some(first), Some(last)) => Span::new(first.start, last.end),
        _ => Span::empty(before_label.len()),
    };
    let mut editor_slot = Span::empty(editor.map_or(base + byline.end, |e| e.start));
    if editor.is_none() && !byline.is_empty() {
        if text[byline.start..byline.end].ends_with('.') {
            byline.end -= 1;
            editor_slot = Span::new(base + byline.end, base + byline.end + 1);
        } else {
            editor_slot = Span::empty(base + byline.end);
        }
    }
    let byline = byline.shift(base);

    let photo = match (label, leftover) {
        (Some(at), _) => {
            let after = &text[at + 4..];
            let spaces = |t: &str| t.len() - t.trim_start().len();
            let colon_len = match after[spaces(after)..].strip_prefix(':') {
                Some(rest) => after.len() - rest.len() + spaces(rest),
                None => spaces(after),
            };
            let credit_start = at + 4 + colon_len;
            let credit = Span::new(credit_start, credit_start + text[credit_start..].trim_end().len()).shift(base);
            Some(photo_credit(
                source,
                Span::new(at, at + 4).shift(base),
                Span::new(at + 4, credit_start).shift(base),
                credit,
            ))
        }
        (None, Some(credit)) => Some(photo_credit(
            source,
            Span::empty(credit.start),
            Span::empty(credit.start),
            credit,
        )),
        (None, None) => None,
    };
    CreditParts {
        byline,
        editor,
        editor_slot,
        label_gap,
        photo,
    }
}

/// Splits `rap/KPU Kota Semarang` or `dok KPU Kota Semarang` (absolute spans).
fn photo_credit(source: &str, label: Span, colon: Span, credit: Span) -> PhotoCredit {
    let text = credit.text(source);
    let lower = text.to_ascii_lowercase();
    let mut initials = None;
    let mut dok = None;
    let rest = if lower.starts_with("dok") && !lower[3..].starts_with(|c: char| c.is_alphabetic()) {
        dok = Some(Span::new(credit.start, credit.start + 3));
        3 + text[3..].len() - text[3..].trim_start_matches(['.', ' ']).len()
    } else if let Some(slash) = text.find('/') {
        let written = text[..slash].trim_end();
        initials = Some(Span::new(credit.start, credit.start + written.len()));
        slash + 1 + text[slash + 1..].len() - text[slash + 1..].trim_start().len()
    } else {
        0
    };
    PhotoCredit {
        label,
        colon,
        credit,
        initials,
        dok,
        institution: Span::new(credit.start + rest, credit.end),
    }
}

/// Outermost parenthesised groups, by position: each `(` with its matching `)`, or
/// `None` when it is never closed. A stray `(` earlier in the paragraph does not swallow
/// the groups after it: `Rapat (yang ... (awh/ed. Foto: ...)` still has its tail.
fn top_level_groups(text: &str) -> Vec<(usize, Option<usize>)> {
    let mut open = Vec::new();
    let mut groups = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '(' => open.push(i),
            ')' => {
                if let Some(start) = open.pop() {
                    groups.push((start, Some(i)));
                }
            }
            _ => {}
        }
    }
    // A closed group is nested when a closed group opened before it closes after it
    // (brackets pair up properly, so that one contains it). The furthest close among
    // the groups opened earlier answers it by binary search: a scan of every closed
    // group per group was quadratic in a paragraph of nested brackets.
    let mut closed: Vec<(usize, usize)> = groups.iter().filter_map(|&(o, c)| Some((o, c?))).collect();
    closed.sort_unstable();
    let mut furthest = 0;
    let reach: Vec<usize> = closed
        .iter()
        .map(|&(_, c)| {
            furthest = furthest.max(c);
            furthest
        })
        .collect();
    groups.retain(|&(o, c)| {
        let k = closed.partition_point(|&(outer_o, _)| outer_o < o);
        !(c.is_some_and(|c| k > 0 && reach[k - 1] > c))
    });
    groups.extend(open.into_iter().map(|o| (o, None)));
    groups.sort_unstable();
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tail(text: &str) -> Option<(String, bool, Option<String>)> {
        locate(text, Span::new(0, text.len()), text.len()).map(|t| {
            (
                t.span.text(text).to_string(),
                t.unclosed,
                t.trailing.map(|s| s.text(text).to_string()),
            )
        })
    }

    #[test]
    fn finds_the_last_credit_group() {
        let t = "di tempat pemungutan suara (TPS). (awh/ed. Foto: rap/KPU Kota Semarang)";
        assert_eq!(
            tail(t),
            Some(("(awh/ed. Foto: rap/KPU Kota Semarang)".into(), false, None))
        );
    }

    #[test]
    fn trailing_text_and_unclosed() {
        let t = "selesai. (awh/ed. Foto: rap/KPU Kota Semarang) #TemanPemilih";
        assert_eq!(tail(t).unwrap().2.as_deref(), Some("#TemanPemilih"));
        let t = "selesai. (awh/ed. Foto: rap/KPU Kota Semarang";
        assert!(tail(t).unwrap().1);
        let t = "rapat (yang digelar pagi selesai. (awh/ed. Foto: rap/KPU Kota Semarang)";
        assert_eq!(tail(t).unwrap().0, "(awh/ed. Foto: rap/KPU Kota Semarang)");
        let t = "di TPS (tempat (pemungutan) suara) selesai. (awh/ed. Foto: dok KPU (Kota) Semarang";
        assert_eq!(tail(t).unwrap().0, "(awh/ed. Foto: dok KPU (Kota) Semarang");
    }

    #[test]
    fn a_tail_of_markers_only_is_a_foreign_tail() {
        for t in [
            "selesai. (***/RED)",
            "selesai. (HumasKPUKendal/NMI)",
            "selesai.\n(PND/Parmas&SDM)",
            "usai. (***)",
        ] {
            let found = locate(t, Span::new(0, t.len()), t.len()).expect(t);
            assert!(found.foreign, "{t}");
        }
        let house = "selesai. (***/RED) lalu (awh/ed. Foto: rap/KPU Kota Semarang)";
        assert!(!locate(house, Span::new(0, house.len()), house.len()).unwrap().foreign);
        // Not at the very end, or no marker: text.
        assert_eq!(tail("dipimpin Humas (***/RED) kemarin."), None);
        assert_eq!(tail("badan ad hoc (PPK/PPS)"), None);
        assert_eq!(tail("badan ad hoc (PPK / Humas)"), None);
        assert_eq!(tail("nilai (*)"), None);
    }

    #[test]
    fn an_ordinary_parenthesis_is_not_a_tail() {
        assert_eq!(tail("ke tempat pemungutan suara (TPS)."), None);
        assert_eq!(tail("pada akhir tahun."), None);
        assert_eq!(tail("badan ad hoc (PPK/PPS)."), None);
        assert_eq!(tail("lihat (foto di laman)."), None);
        assert_eq!(tail("materi (kpu/edukasi) dibagikan."), None);
        assert_eq!(tail("arsip (dok/arsip) disimpan rapi."), None);
        assert!(tail("arsip disimpan rapi. (rhd/sim)").is_some());
    }

    /// The parts of the tail at the end of `t`, as text.
    fn parts_of(t: &str) -> (Vec<&str>, Option<&str>, &str, &str, Option<[&str; 5]>) {
        let tail = locate(t, Span::new(0, t.len()), t.len()).expect("a tail");
        let p = tail.parts;
        let opt = |s: Option<Span>| s.map_or("-", |s| s.text(t));
        (
            p.writers(t).map(|w| w.text(t)).collect(),
            p.editor.map(|e| e.text(t)),
            p.editor_slot.text(t),
            p.label_gap.text(t),
            p.photo.map(|f| {
                [
                    f.label.text(t),
                    f.colon.text(t),
                    opt(f.initials),
                    opt(f.dok),
                    f.institution.text(t),
                ]
            }),
        )
    }

    #[test]
    fn splits_the_house_form() {
        let (writers, editor, _, gap, photo) = parts_of("(div/sim/ed. Foto: rhd/KPU Kota Semarang)");
        assert_eq!(writers, ["div", "sim"]);
        assert_eq!(editor, Some("ed."));
        assert_eq!(gap, " ");
        assert_eq!(photo, Some(["Foto", ": ", "rhd", "-", "KPU Kota Semarang"]));
        let (_, _, _, _, photo) = parts_of("(nrh/ed. Foto: dok KPU Kabupaten Kendal)");
        assert_eq!(photo, Some(["Foto", ": ", "-", "dok", "KPU Kabupaten Kendal"]));
    }

    #[test]
    fn splits_drifted_forms() {
        let (writers, editor, slot, _, _) = parts_of("(ndr. Foto: tya/KPU Kabupaten Banyumas)");
        assert_eq!((writers, editor, slot), (vec!["ndr"], None, "."));
        let (_, _, _, gap, photo) = parts_of("(awh/ed.Foto :rap/KPU Kota Semarang)");
        assert_eq!(gap, "");
        assert_eq!(photo.unwrap()[..2], ["Foto", " :"]);
        let (writers, editor, _, _, photo) = parts_of("(RA/ed. foto: awh/KPU Kota Semarang)");
        assert_eq!((writers, editor), (vec!["RA"], Some("ed.")));
        assert_eq!(photo.unwrap()[0], "foto");
        let (writers, editor, _, gap, _) = parts_of("(awh/ed/Foto: rap/KPU Kota Semarang)");
        assert_eq!((writers, editor, gap), (vec!["awh"], Some("ed"), "/"));
        let (_, editor, _, _, photo) = parts_of("(rhd/ed.)");
        assert_eq!((editor, photo), (Some("ed."), None));
        let (_, _, _, _, photo) = parts_of("(rhd/ed. dok KPU Kota Semarang)");
        assert_eq!(photo, Some(["", "", "-", "dok", "KPU Kota Semarang"]));
    }
}
