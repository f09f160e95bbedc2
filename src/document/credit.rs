//! The credit tail: the last parenthesised group of the release that reads like a
//! credit (`(awh/ed. Foto: rap/KPU Kota Semarang)`), located and split into its parts
//! with spans, so that each `credit/` rule can judge one part at its own place.

use super::credit_marks::{MarkIndex, Marks};
use super::credit_parts::parts;
pub use super::credit_parts::{CreditParts, PhotoCredit};
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

/// Outermost parenthesised groups, by position: each `(` with its matching `)`, or
/// `None` when it is never closed. A stray `(` earlier in the paragraph does not swallow
/// the groups after it: `Rapat (yang ... (awh/ed. Foto: ...)` still has its tail.
fn top_level_groups(text: &str) -> Vec<(usize, Option<usize>)> {
    let mut open = Vec::new();
    let mut groups = Vec::new();
    // Parentheses are ASCII, never part of another character: found by bytes.
    for i in memchr::memchr2_iter(b'(', b')', text.as_bytes()) {
        if text.as_bytes()[i] == b'(' {
            open.push(i);
        } else if let Some(start) = open.pop() {
            groups.push((start, Some(i)));
        }
    }
    // A closed group is nested when a closed group opened before it closes after it
    // (brackets pair up properly, so that one contains it). The furthest close among
    // the groups opened earlier answers it by binary search: a scan of every closed
    // group per group was quadratic in a paragraph of nested brackets. One group (most
    // paragraphs have no more) is nested in none: nothing to work out or allocate.
    if groups.len() > 1 {
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
    }
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
}
