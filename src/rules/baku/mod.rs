//! `baku/`: word forms and orthography (EYD V, KBBI).
//!
//! Every rule here works on the words the document model already split (`doc.words`),
//! skipping words inside URLs, e-mail addresses and domains. Quotations are checked like
//! any other text: word choice rules apply to the speaker's words too (HOUSE-RULES.md).
//! Word lists live in `rules/` (word pairs, di/ke, bound forms); each rule owns one kind
//! of mistake, so a token never gets two `baku/` findings.

mod bound_form_apart;
mod bound_form_hyphen;
mod currency;
pub mod data;
mod month;
mod non_standard_word;
mod prefix_apart;
mod preposition_joined;
mod pun_apart;
mod pun_joined;
mod reduplication_digit;
mod reduplication_spaced;

use super::Rule;
use crate::document::{Document, Word};
use crate::span::Span;

pub const RULES: &[&dyn Rule] = &[
    &non_standard_word::NonStandardWord,
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
];

/// How a word is capitalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// `praktek`
    Lower,
    /// `Praktek`, `Sub Bagian`
    Title,
    /// `PRAKTEK`
    Upper,
}

pub(crate) fn case_of(word: &str) -> Case {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    match letters.next() {
        Some(first) if first.is_uppercase() => {
            let rest: Vec<char> = letters.collect();
            if !rest.is_empty() && rest.iter().all(|c| c.is_uppercase()) {
                Case::Upper
            } else {
                Case::Title
            }
        }
        _ => Case::Lower,
    }
}

/// `replacement` written in `case`: `praktik` → `Praktik`, `PRAKTIK`. Lowercase leaves
/// the replacement as the data spells it (`Ramadan` stays a name).
pub(crate) fn with_case(replacement: &str, case: Case) -> String {
    match case {
        Case::Lower => replacement.to_string(),
        Case::Upper => replacement.to_uppercase(),
        Case::Title => {
            let mut chars = replacement.chars();
            chars
                .next()
                .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
        }
    }
}

/// `replacement` in the case of `found` (`Praktek` → `Praktik`).
pub(crate) fn match_case(found: &str, replacement: &str) -> String {
    with_case(replacement, case_of(found))
}

/// The text between two words.
pub(crate) fn gap<'a>(doc: &Document<'a>, before: &Word, after: &Word) -> &'a str {
    doc.source.get(before.span.end..after.span.start).unwrap_or("")
}

/// Whether `span` lies in the headline, where every content word is capitalised.
pub(crate) fn in_headline(doc: &Document<'_>, span: Span) -> bool {
    doc.headline.is_some_and(|h| h.span.contains(span))
}

/// Whether the word starting at `at` opens a sentence: the start of the headline or of a
/// paragraph, the start of the news after the dateline, or after `.`, `!` or `?`
/// (opening quotes and brackets in between are skipped).
pub(crate) fn starts_sentence(doc: &Document<'_>, at: usize) -> bool {
    if doc.dateline.as_ref().is_some_and(|d| d.separator.end == at) {
        return true;
    }
    let block_start = doc
        .headline
        .map(|h| h.span)
        .into_iter()
        .chain(doc.paragraphs.iter().copied())
        .filter(|b| b.start <= at && at <= b.end)
        .map(|b| b.start)
        .next_back()
        .unwrap_or(0);
    let before = doc.source.get(block_start..at).unwrap_or("");
    match before
        .chars()
        .rev()
        .find(|c| !c.is_whitespace() && !matches!(c, '“' | '"' | '‘' | '\'' | '(' | '['))
    {
        None => true,
        Some(c) => matches!(c, '.' | '!' | '?'),
    }
}

/// Whether the words `first..=last` of `doc.words` stand inside a multi-word proper
/// name mid-sentence (`Rizki Ramadhan`, `Institut Teknologi Sepuluh Nopember`): they are
/// capitalised, outside the headline, and a capitalised word stands right before or
/// after them. Old spellings survive in names, so word rules leave these alone.
pub(crate) fn in_proper_name(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let (Some(start), Some(end)) = (doc.words.get(first), doc.words.get(last)) else {
        return false;
    };
    let span = Span::new(start.span.start, end.span.end);
    if case_of(doc.text(span)) != Case::Title || in_headline(doc, span) || starts_sentence(doc, span.start) {
        return false;
    }
    let capitalised = |w: &Word| doc.text(w.span).starts_with(char::is_uppercase);
    let before = first
        .checked_sub(1)
        .and_then(|i| doc.words.get(i))
        .is_some_and(|prev| gap(doc, prev, start) == " " && capitalised(prev));
    let after = doc
        .words
        .get(last + 1)
        .is_some_and(|next| gap(doc, end, next) == " " && capitalised(next));
    before || after
}

/// The words rules look at: not inside URLs, e-mail addresses or domains.
pub(crate) fn checked_words<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = (usize, &'d Word)> {
    doc.words.iter().enumerate().filter(|(_, w)| !w.in_address)
}

#[cfg(test)]
mod tests;
