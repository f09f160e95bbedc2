//! `baku/`: word forms and orthography (EYD V, KBBI).
//!
//! Every rule here works on the words the document model already split (`doc.words`),
//! skipping words inside URLs, e-mail addresses and domains. Quotations are checked like
//! any other text: word choice rules apply to the speaker's words too (docs/baku.md).
//! Word lists live in `rules/` (word pairs, di/ke, bound forms); each rule owns one kind
//! of mistake, so a token never gets two `baku/` findings.
//!
//! What the family flags and what it leaves alone: `docs/baku.md` in the repository.

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

/// `word` in ASCII lower case, written into `buf` without allocating; `None` when the
/// word is not ASCII or longer than the buffer (no listed word is).
pub(crate) fn ascii_lower<'b>(word: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let out = buf.get_mut(..word.len())?;
    if !word.is_ascii() {
        return None;
    }
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// A cheap pre-filter for a short word list matched without case: which first letters
/// occur at which length. Most words of a text fail it, so the list itself is scanned
/// only for a few.
pub(crate) struct Initials {
    /// Bit `c - 'a'` of entry `n` is set when a listed word of `n` bytes starts with `c`.
    by_len: [u32; 16],
}

impl Initials {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut by_len = [0; 16];
        for word in words {
            if let (Some(slot), Some(bit)) = (by_len.get_mut(word.len()), initial_bit(word)) {
                *slot |= bit;
            }
        }
        Initials { by_len }
    }

    /// False when no listed word has this length and first letter.
    pub(crate) fn might_contain(&self, word: &str) -> bool {
        let slot = self.by_len.get(word.len()).copied().unwrap_or(0);
        initial_bit(word).is_some_and(|bit| slot & bit != 0)
    }
}

fn initial_bit(word: &str) -> Option<u32> {
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    first.is_ascii_lowercase().then(|| 1 << (first - b'a'))
}

/// The text between two words.
pub(crate) fn gap<'a>(doc: &Document<'a>, before: &Word, after: &Word) -> &'a str {
    doc.source.get(before.span.end..after.span.start).unwrap_or("")
}

/// Whether two words are written apart on one line: only spaces or tabs between them.
pub(crate) fn spaced_apart(doc: &Document<'_>, before: &Word, after: &Word) -> bool {
    let space = gap(doc, before, after);
    !space.is_empty() && space.chars().all(|c| c == ' ' || c == '\t')
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
/// name (`Rizki Ramadhan`, `Institut Teknologi Sepuluh Nopember`): they are capitalised,
/// outside the headline, and a capitalised word stands right before them (within the
/// sentence) or right after them. Old spellings survive in names, so word rules leave these alone.
pub(crate) fn in_proper_name(doc: &Document<'_>, first: usize, last: usize) -> bool {
    let (Some(start), Some(end)) = (doc.words.get(first), doc.words.get(last)) else {
        return false;
    };
    let span = Span::new(start.span.start, end.span.end);
    if case_of(doc.text(span)) != Case::Title || in_headline(doc, span) {
        return false;
    }
    let capitalised = |w: &Word| doc.text(w.span).starts_with(char::is_uppercase);
    // At the start of a sentence the word before belongs to another sentence.
    let before = !starts_sentence(doc, span.start)
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

/// The words rules look at: not inside URLs, e-mail addresses, domains or the credit tail.
pub(crate) fn checked_words<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = (usize, &'d Word)> {
    // The credit tail holds initials (`kaos`, `esei` are initials there, not words).
    let tail = doc.credit.map(|c| c.span);
    doc.words
        .iter()
        .enumerate()
        .filter(move |(_, w)| !w.in_address && !tail.is_some_and(|t| t.contains(w.span)))
}

#[cfg(test)]
mod tests;
