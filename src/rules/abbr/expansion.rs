//! Expansions of an abbreviation, in three shapes: `Long Form (ABBR)` (also with the
//! office after it: `Komisi Pemilihan Umum Kota Semarang (KPU Kota Semarang)`),
//! `ABBR (Long Form)`, and the joint `Long A, Long B, dan Long C (A dan C)`. Each is
//! judged against the table: right, wrong, or an expansion of some kind we do not judge.

use std::collections::HashSet;

use crate::document::Document;
use crate::span::Span;

use super::data::TABLE;
use super::scan::{block_of, Expansion, Mention, Verdict};

/// The offsets of every `(`, `)`, `[` and `]` of `source`, in order.
pub fn brackets(source: &str) -> Vec<usize> {
    let bytes = source.as_bytes();
    let mut out: Vec<usize> = memchr::memchr3_iter(b'(', b')', b'[', bytes).collect();
    out.extend(memchr::memchr_iter(b']', bytes));
    out.sort_unstable();
    out
}

/// How the mention `m` is expanded where it stands, if at all. `parens` holds the offsets
/// of every bracket of the source, in order (see [`brackets`]).
pub fn of(doc: &Document<'_>, parens: &[usize], m: &Mention) -> Option<Expansion> {
    let block = block_of(doc, m.span.start);
    inside_parens(doc, parens, m, block).or_else(|| before_parens(doc, m, block))
}

/// Names defined in brackets after a capitalised phrase, upper-cased, with a number
/// after a hyphen left off: `Sekolah Luar Biasa Negeri 1 (SLBN-1)` defines `SLBN`,
/// `Pencocokan dan Penelitian Terbatas [Coktas]` defines `COKTAS`.
pub fn defined_in_brackets(doc: &Document<'_>, parens: &[usize]) -> HashSet<String> {
    let bytes = doc.source.as_bytes();
    let mut out = HashSet::new();
    for pair in parens.windows(2) {
        let (open, close) = (pair[0], pair[1]);
        if !matches!((bytes[open], bytes[close]), (b'(', b')') | (b'[', b']')) {
            continue;
        }
        let inner = words_in(doc, Span::new(open + 1, close));
        let word = doc.words.get(inner.start).map(|w| w.span);
        let Some(word) = word.filter(|w| inner.len() == 1 && doc.source[open + 1..close].trim() == doc.text(*w)) else {
            continue;
        };
        let text = doc.text(word);
        let name = match text.split_once('-') {
            Some((name, number)) if number.bytes().all(|b| b.is_ascii_digit()) => name,
            _ => text,
        };
        if name.chars().filter(|c| c.is_uppercase()).count() < 2 && !name.starts_with(char::is_uppercase) {
            continue;
        }
        if capitalised_phrase(doc, &preceding_words(doc, open, block_of(doc, open))) {
            out.insert(name.to_uppercase());
        }
    }
    out
}

/// The words inside `span`, as indices into `doc.words`.
fn words_in(doc: &Document<'_>, span: Span) -> std::ops::Range<usize> {
    let from = doc.words.partition_point(|w| w.span.start < span.start);
    let to = doc.words.partition_point(|w| w.span.start < span.end);
    from..to.max(from)
}

/// The parenthesised group holding `m`, as (open, close) offsets: the nearest bracket
/// before it in its block opens, the nearest after it closes. Found by binary search in
/// `parens`: scanning the block for every mention made a long paragraph quadratic.
fn group_around(doc: &Document<'_>, parens: &[usize], m: &Mention, block: Span) -> Option<(usize, usize)> {
    let k = parens.partition_point(|&p| p < m.span.start);
    let open = *parens[..k].last().filter(|&&p| p >= block.start)?;
    let close = *parens[parens.partition_point(|&p| p < m.span.end)..]
        .first()
        .filter(|&&p| p < block.end)?;
    let bytes = doc.source.as_bytes();
    matches!((bytes[open], bytes[close]), (b'(', b')') | (b'[', b']')).then_some((open, close))
}

/// `Long Form (ABBR)`, `Long Form [ABBR]`, `Long Form (ABBR Kota Semarang)` or a joint
/// `(A dan B)`.
fn inside_parens(doc: &Document<'_>, parens: &[usize], m: &Mention, block: Span) -> Option<Expansion> {
    let (open, close) = group_around(doc, parens, m, block)?;
    let inner = words_in(doc, Span::new(open + 1, close));
    let texts: Vec<&str> = inner.clone().map(|j| doc.text(doc.words[j].span)).collect();
    let is_abbr = |t: &str| TABLE.form(t).is_some() || t.chars().filter(|c| c.is_uppercase()).count() >= 2;
    let connector = |t: &str| matches!(t, "dan" | "serta" | "atau");
    let abbrs = texts.iter().filter(|t| is_abbr(t)).count();
    let joint = abbrs >= 2 && texts.iter().all(|t| is_abbr(t) || connector(t));
    // Spaces just inside the parentheses are punct/'s business, not a different shape.
    let leads = doc.source[open + 1..m.span.start].trim().is_empty()
        && texts.len() <= 4
        && texts
            .iter()
            .skip(1)
            .all(|t| t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()));
    if !joint && !leads {
        return None;
    }
    let preceding = preceding_words(doc, open, block);
    let first = *preceding.first()?;
    let all = Span::new(doc.words[first].span.start, doc.words[*preceding.last()?].span.end);
    let Some(form) = m.form.filter(|_| !joint) else {
        let plausible = joint
            || initial_nearby(doc, &preceding, doc.text(m.span))
            || (texts.len() == 1 && capitalised_phrase(doc, &preceding));
        return plausible.then(|| expansion(all, close, Verdict::Unjudged));
    };
    let e = form.entry;
    let window = TABLE.longest[e] + 4;
    let words = &preceding[preceding.len().saturating_sub(window)..];
    let lower: Vec<String> = words
        .iter()
        .map(|&j| doc.text(doc.words[j].span).to_lowercase())
        .collect();
    let span_of = |k: usize| Span::new(doc.words[words[k]].span.start, all.end);
    let suffix = |list: &[Vec<String>]| {
        list.iter()
            .filter(|x| lower.ends_with(x))
            .map(|x| lower.len() - x.len())
            .next()
    };
    if let Some(k) = suffix(&TABLE.expansions[e]) {
        return Some(expansion(span_of(k), close, Verdict::Right));
    }
    if let Some(k) = suffix(&TABLE.wrong_expansions[e]) {
        return Some(expansion(span_of(k), close, Verdict::Wrong));
    }
    // Words that do not start like this abbreviation's expansion still define it in
    // some way (`penyelenggara pemilu (KPU)`): counted as expanded, not judged.
    let Some(k) = lower.iter().rposition(|w| TABLE.first_words[e].contains(w)) else {
        return Some(expansion(all, close, Verdict::Unjudged));
    };
    Some(expansion(span_of(k), close, judge(e, &lower[k..])))
}

/// `ABBR (Long Form)`.
fn before_parens(doc: &Document<'_>, m: &Mention, block: Span) -> Option<Expansion> {
    let rest = &doc.source[m.span.end..block.end];
    let inner_start = m.span.end + rest.strip_prefix(" (").map(|_| 2)?;
    let close = inner_start + doc.source[inner_start..block.end].find(['(', ')'])?;
    if !doc.source[close..].starts_with(')') {
        return None;
    }
    let inner = words_in(doc, Span::new(inner_start, close));
    if inner.len() < 2 {
        return None;
    }
    let long = Span::new(doc.words[inner.start].span.start, doc.words[inner.end - 1].span.end);
    let span = Span::new(m.span.start, close + 1);
    let verdict = match m.form {
        None => {
            let initial = doc.text(m.span).chars().next()?;
            let first = doc.text(long).chars().next()?;
            (first.to_lowercase().eq(initial.to_lowercase())).then_some(Verdict::Unjudged)?
        }
        Some(form) => {
            let lower: Vec<String> = inner.map(|j| doc.text(doc.words[j].span).to_lowercase()).collect();
            if !TABLE.first_words[form.entry].contains(&lower[0]) {
                return None;
            }
            judge(form.entry, &lower)
        }
    };
    Some(Expansion { long, span, verdict })
}

/// An expansion whose long form comes first, closed by the `)` at `close`.
fn expansion(long: Span, close: usize, verdict: Verdict) -> Expansion {
    Expansion {
        long,
        span: Span::new(long.start, close + 1),
        verdict,
    }
}

/// Judges words that start like an expansion of entry `e`: wrong when a listed wrong
/// expansion leads them; right when they hold every word of an accepted expansion in
/// order, with more words allowed (`Komisi Pemilihan Umum Kota Semarang`, `Dinas
/// Komunikasi, Informatika, Statistik, dan Persandian`); wrong when they share most words
/// with an accepted one (`Komisi Pemilih Umum`), unless the entry is a regional agency
/// whose name varies; unjudged otherwise (`Pemilihan Serentak 2024 (Pilkada)` is a gloss,
/// not an attempt).
fn judge(e: usize, words: &[String]) -> Verdict {
    if TABLE.wrong_expansions[e].iter().any(|x| words.starts_with(x)) {
        return Verdict::Wrong;
    }
    if TABLE.expansions[e].iter().any(|x| holds_in_order(words, x)) {
        return Verdict::Right;
    }
    let attempt = !TABLE.entries[e].regional
        && TABLE.expansions[e].iter().any(|x| {
            let shared = words.iter().filter(|w| x.contains(w)).count();
            shared >= 2 && 2 * shared >= words.len()
        });
    if attempt {
        Verdict::Wrong
    } else {
        Verdict::Unjudged
    }
}

/// Whether `words` hold every word of `expansion` in order, connectors aside.
fn holds_in_order(words: &[String], expansion: &[String]) -> bool {
    let mut rest = words.iter();
    expansion
        .iter()
        .filter(|w| !matches!(w.as_str(), "dan" | "serta"))
        .all(|w| rest.any(|r| r == w))
}

/// Words before the `(` at `open`, nearest last, back to a sentence or clause break.
fn preceding_words(doc: &Document<'_>, open: usize, block: Span) -> Vec<usize> {
    let mut out = Vec::new();
    let mut end = open;
    let mut j = doc.words.partition_point(|w| w.span.start < open);
    while j > 0 {
        j -= 1;
        let w = doc.words[j].span;
        if w.start < block.start {
            break;
        }
        let gap = &doc.source[w.end..end];
        let first = out.is_empty();
        if !gap.chars().all(|c| c.is_whitespace() || (!first && c == ',')) {
            break;
        }
        out.push(j);
        end = w.start;
    }
    out.reverse();
    out
}

/// Whether the words right before the `(` are a name in title case, two capitalised
/// words or more (connectors and numbers between them allowed): `Pencocokan dan
/// Penelitian Terbatas (COKTAS)`, `Sekolah Luar Biasa Negeri 1 (SLBN)`. A name in
/// brackets after such a phrase defines it even when the letters are not its initials.
pub(super) fn capitalised_phrase(doc: &Document<'_>, preceding: &[usize]) -> bool {
    let mut capitals = 0;
    for &j in preceding.iter().rev() {
        let text = doc.text(doc.words[j].span);
        if text.starts_with(char::is_uppercase) {
            capitals += 1;
        } else if !(matches!(text, "dan" | "serta" | "atau" | "dari" | "untuk")
            || text.bytes().all(|b| b.is_ascii_digit()))
        {
            break;
        }
    }
    capitals >= 2
}

/// Whether a word near the `(` starts with the abbreviation's first letter (`Zona
/// Integritas (ZI)`), so that `penerapan (SPIP)` is not taken as an expansion.
fn initial_nearby(doc: &Document<'_>, preceding: &[usize], abbr: &str) -> bool {
    let Some(initial) = abbr.chars().next() else {
        return false;
    };
    let reach = abbr.chars().count() + 2;
    preceding.iter().rev().take(reach).any(|&j| {
        doc.text(doc.words[j].span)
            .chars()
            .next()
            .is_some_and(|c| c.to_lowercase().eq(initial.to_lowercase()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;
    use crate::rules::abbr::scan::Scan;

    /// `(token, verdict)` of every mention.
    fn verdicts(body: &str) -> Vec<(String, Option<Verdict>)> {
        let text = format!("Judul\n{body}");
        let doc = Document::parse(&text, SourceKind::Text);
        Scan::new(&doc)
            .mentions
            .iter()
            .map(|m| (m.span.text(&text).to_string(), m.expansion.map(|e| e.verdict)))
            .collect()
    }

    #[test]
    fn judges_expansions_in_every_shape() {
        use Verdict::*;
        let v = |s: &str| verdicts(s);
        assert_eq!(v("Komisi Pemilih Umum (KPU) rapat."), [("KPU".into(), Some(Wrong))]);
        assert_eq!(v("Komisi Pemilihan Umum (KPU) rapat."), [("KPU".into(), Some(Right))]);
        assert_eq!(
            v("Bakohumas (Badan Koordinasi Kehumasan) rapat."),
            [("Bakohumas".into(), Some(Right))]
        );
        assert_eq!(v("KPU (Komisi Pemilih Umum) rapat."), [("KPU".into(), Some(Wrong))]);
        let regional = v("Dinas Komunikasi, Informatika, Statistik, dan Persandian (Diskominfo) hadir.");
        assert_eq!(regional, [("Diskominfo".into(), Some(Right))]);
        let regional = v("Dinas Kependudukan dan Catatan Sipil (Disdukcapil) hadir.");
        assert_eq!(regional, [("Disdukcapil".into(), Some(Unjudged))]);
        let longer = v("Dewan Perwakilan Rakyat Daerah (DPRD) dan Dewan Perwakilan Rakyat (DPRD).");
        assert_eq!(longer, [("DPRD".into(), Some(Right)), ("DPRD".into(), Some(Wrong))]);
        assert_eq!(
            v("Pemilihan Serentak 2024 (Pilkada) usai."),
            [("Pilkada".into(), Some(Unjudged))]
        );
        assert_eq!(
            v("pada Zona Integritas (ZI) dan SPIP."),
            [("ZI".into(), Some(Right)), ("SPIP".into(), None)]
        );
        assert_eq!(
            v("penerapan (SPIP) dan TPS (dua lokasi)."),
            [("SPIP".into(), None), ("TPS".into(), None)]
        );
        let joint = v("Divisi Partisipasi, Hubungan Masyarakat, dan Sumber Daya Manusia (Parhumas dan SDM).");
        assert_eq!(
            joint,
            [("Parhumas".into(), Some(Unjudged)), ("SDM".into(), Some(Unjudged))]
        );
    }
}
