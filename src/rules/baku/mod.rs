//! `baku/`: word forms and orthography (EYD V, KBBI).
//!
//! Every rule here works on the words the document model already split (`doc.words`),
//! skipping words inside URLs, e-mail addresses and domains. Quotations are checked like
//! any other text: word choice rules apply to the speaker's words too (docs/baku.md).
//! Word lists live in `rules/` (word pairs, di/ke, bound forms); each rule owns one kind
//! of mistake, so a token never gets two `baku/` findings.
//!
//! What the family flags and what it leaves alone: `docs/baku.md` in the repository.

mod bound_base;
mod bound_form_apart;
mod bound_form_hyphen;
mod currency;
pub mod data;
mod decade;
mod initials;
pub(crate) mod men_prefix;
mod month;
mod non_standard_word;
mod number_start;
mod ordinal;
mod pleonasm;
mod prefix_apart;
mod preposition_joined;
mod pun_apart;
mod pun_joined;
mod reduplication_digit;
mod reduplication_spaced;

use super::Rule;
use crate::case::{case_of, Case};
use crate::document::{Document, Region, Word};
use crate::span::Span;

pub(crate) use prefix_apart::is_listed_verb;

pub const RULES: &[&dyn Rule] = &[
    &non_standard_word::NonStandardWord,
    &men_prefix::MenPrefix,
    &preposition_joined::PrepositionJoined,
    &prefix_apart::PrefixApart,
    &pun_joined::PunJoined,
    &pun_apart::PunApart,
    &reduplication_spaced::ReduplicationSpaced,
    &reduplication_digit::ReduplicationDigit,
    &bound_form_apart::BoundFormApart,
    &bound_form_hyphen::BoundFormHyphen,
    &month::Month,
    &currency::Currency,
    &pleonasm::Pleonasm,
    &ordinal::Ordinal,
    &decade::Decade,
    &number_start::NumberStart,
];

/// The text between two words.
pub(crate) fn gap<'a>(doc: &Document<'a>, before: &Word, after: &Word) -> &'a str {
    doc.source.get(before.span.end..after.span.start).unwrap_or("")
}

/// Whether two words are written apart on one line: only spaces or tabs between them.
pub(crate) fn spaced_apart(doc: &Document<'_>, before: &Word, after: &Word) -> bool {
    let space = gap(doc, before, after);
    !space.is_empty() && space.chars().all(|c| c == ' ' || c == '\t')
}

/// Whether the words `first..=last` of `doc.words` stand inside a multi-word proper
/// name (`Rizki Ramadhan`, `Institut Teknologi Sepuluh Nopember`): they are capitalised,
/// outside the headline, and a capitalised word stands right before them (within the
/// sentence) or right after them. Old spellings survive in names, so word rules leave these alone.
pub(crate) fn in_proper_name(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let (Some(start), Some(end)) = (doc.words.get(first), doc.words.get(last)) else {
        return false;
    };
    let span = Span::new(start.span.start, end.span.end);
    if case_of(doc.text(span)) != Case::Title || in_headline(start, end) {
        return false;
    }
    let capitalised = |w: &Word| doc.text(w.span).starts_with(char::is_uppercase);
    // At the start of a sentence the word before belongs to another sentence.
    let before = !start.sentence_start()
        && first
            .checked_sub(1)
            .and_then(|i| doc.words.get(i))
            .is_some_and(|prev| gap(doc, prev, start) == " " && capitalised(prev));
    let after = doc
        .words
        .get(last + 1)
        .is_some_and(|next| gap(doc, end, next) == " " && capitalised(next));
    before || after
}

/// Head words of the names of government bodies, offices, posts and official events
/// (`Pemerintah Provinsi Jawa Tengah`, `Kepala Sekretariat`, `Nota Kerja Sama`): such a
/// name is made of common words and, being official, is written in standard spelling,
/// so a capital there does not protect a non-standard form. Names of people and places
/// (`Jalan Nasehat`) and of private bodies (universities, foundations) keep old spellings,
/// and are not listed.
const OFFICIAL_HEADS: &[&str] = &[
    "badan",
    "bagian",
    "biro",
    "bupati",
    "dewan",
    "dinas",
    "divisi",
    "gubernur",
    "kabupaten",
    "kantor",
    "kementerian",
    "kepala",
    "ketua",
    "komisi",
    "kota",
    "nota",
    "pemerintah",
    "provinsi",
    "rapat",
    "sekretariat",
    "subbagian",
];

/// Election offices whose names `abbr/office-name` checks.
const OFFICES: &[&str] = &["KPU", "KIP", "Bawaslu"];

/// Whether the capitalised words `first..=last` stand in an official name: in the run of
/// capitalised words that holds them, a word at or before `last` is an official head
/// (`Pemerintah Propinsi`), or the standard form `right` is one (`Propinsi Jawa Tengah`).
pub(crate) fn in_official_name(doc: &Document<'_>, first: usize, last: usize, right: &str) -> bool {
    // `KPU Propinsi`: the names of election offices are `abbr/office-name`'s, which
    // flags the level word itself; one problem, one finding.
    let office = first
        .checked_sub(1)
        .and_then(|i| doc.words.get(i))
        .is_some_and(|w| OFFICES.contains(&doc.text(w.span)));
    if office {
        return false;
    }
    let is_head = |text: &str| OFFICIAL_HEADS.contains(&text.to_lowercase().as_str());
    if right.split(' ').any(is_head) {
        return true;
    }
    let capitalised = |w: &Word| doc.text(w.span).starts_with(char::is_uppercase);
    let mut i = first;
    while i > 0 && !doc.words[i].sentence_start() {
        let prev = &doc.words[i - 1];
        if gap(doc, prev, &doc.words[i]) != " " || !capitalised(prev) {
            break;
        }
        i -= 1;
    }
    doc.words[i..=last].iter().any(|w| is_head(doc.text(w.span)))
}

/// Whether the words from `first` to `last` all lie in the headline, where every content
/// word is capitalised.
pub(crate) fn in_headline(first: &Word, last: &Word) -> bool {
    first.region == Region::Headline && last.region == Region::Headline
}

#[cfg(test)]
mod tests;
