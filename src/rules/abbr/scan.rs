//! One pass over a release that every `abbr/` rule reads: which words are
//! abbreviations (known or unknown), and which of them are expanded, rightly or not.
//!
//! Words that no rule should judge are left out here once: URLs, e-mail addresses and
//! domains, the dateline, the credit tail, hashtags and handles, and an all-caps headline
//! (the `title/` family reports that one). Expansions are judged in [`super::expansion`].

use std::collections::HashSet;
use std::rc::Rc;

use crate::case::is_caps_word;
use crate::document::{Document, Region, Word};
use crate::lexicon;
use crate::rules::Context;
use crate::span::Span;

use super::data::{Form, TABLE};
use super::{expansion, not_abbr, regions};

/// An abbreviation as written.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Index into `doc.words` of its (first) word.
    pub word: usize,
    /// The written token (`K.P.U.` spans several words).
    pub span: Span,
    /// Its table entry; `None` for an all-caps token the table does not know.
    pub form: Option<Form>,
    pub in_headline: bool,
    /// The first use in the body of its table entry, where `abbr/form` and
    /// `abbr/first-use` judge whether the entry is expanded.
    pub first: bool,
    pub expansion: Option<Expansion>,
}

/// An expansion attached to a mention.
#[derive(Clone, Copy, Debug)]
pub struct Expansion {
    /// The long form as written.
    pub long: Span,
    /// The whole construction, parentheses included: `Komisi Pemilih Umum (KPU)`.
    pub span: Span,
    pub verdict: Verdict,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// An accepted expansion.
    Right,
    /// An attempt at this abbreviation's expansion that is not an accepted one.
    Wrong,
    /// Expanded in some way we do not judge (a joint expansion, a gloss, an unknown
    /// abbreviation's long form).
    Unjudged,
}

pub struct Scan {
    pub mentions: Vec<Mention>,
    /// Names defined in brackets after a capitalised phrase (upper-cased): see
    /// [`expansion::defined_in_brackets`]. Left empty when every mention is known.
    pub defined: HashSet<String>,
}

/// Whether a word is not judged as an abbreviation: an address, a hashtag or handle, or a
/// word of the dateline, the credit tail or an all-caps headline.
fn skips(word: &Word, caps_headline: bool) -> bool {
    word.in_address()
        || word.in_handle()
        || match word.region {
            Region::Dateline | Region::CreditTail => true,
            Region::Headline => caps_headline,
            _ => false,
        }
}

/// A headline written entirely in capitals (two words or more).
fn headline_all_caps(doc: &Document<'_>) -> bool {
    doc.headline.is_some_and(|h| {
        let text = doc.text(h.span);
        // A lower-case letter, near the start of nearly every headline, settles it first.
        !text.chars().any(char::is_lowercase)
            && text
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
                .count()
                >= 2
    })
}

/// The headline or paragraph holding `offset`.
pub fn block_of(doc: &Document<'_>, offset: usize) -> Span {
    if let Some(h) = doc.headline.filter(|h| h.span.contains_offset(offset)) {
        return h.span;
    }
    let i = doc.paragraphs.partition_point(|p| p.start <= offset);
    i.checked_sub(1).map_or(Span::empty(offset), |i| doc.paragraphs[i])
}

/// `III`, `IV`, `XXI`: valid Roman numerals in canonical form.
fn roman(token: &str) -> bool {
    const DIGITS: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    // Most words in capitals hold a letter that is no Roman digit: settled without
    // building the canonical form.
    if !token.bytes().all(|b| b"IVXLCDM".contains(&b)) {
        return false;
    }
    let (mut value, mut rest) = (0, token);
    for (n, s) in DIGITS {
        while let Some(r) = rest.strip_prefix(s) {
            value += n;
            rest = r;
        }
    }
    if !rest.is_empty() || value == 0 {
        return false;
    }
    let mut canonical = String::new();
    for (n, s) in DIGITS {
        while value >= n {
            canonical.push_str(s);
            value -= n;
        }
    }
    canonical == token
}

impl Scan {
    /// The release's scan, made once and shared by the family's rules.
    pub fn of(cx: &Context<'_>) -> Rc<Scan> {
        cx.memo(Scan::new)
    }

    pub(super) fn new(doc: &Document<'_>) -> Scan {
        let caps_headline = headline_all_caps(doc);
        // Room for the mentions of most releases at once, rather than growing three times.
        let mut mentions = Vec::with_capacity(16);
        // The end of the last dotted mention (`K.P.U.`): the words inside are its own.
        let mut covered = 0;
        // Only a known form, the first letters of a dotted one or a word in capitals
        // can be a mention: the lexicon marks them.
        for (start, word) in doc.words_with(lexicon::ABBR | lexicon::ALL_CAPS) {
            if word.span.start < covered || skips(word, caps_headline) {
                continue;
            }
            let text = doc.text(word.span);
            let dotted = || {
                let dot = doc.source[word.span.end..].starts_with('.');
                dot.then(|| TABLE.dotted_at(&doc.source[word.span.start..])).flatten()
            };
            let (span, form) = match TABLE.word_form(word.roles, text) {
                Some(form) => (word.span, Some(form)),
                None => match dotted() {
                    Some((len, form)) => {
                        let span = Span::new(word.span.start, word.span.start + len);
                        covered = span.end;
                        (span, Some(form))
                    }
                    None if unknown_candidate(doc, start) => (word.span, None),
                    None => continue,
                },
            };
            let in_headline = word.region == Region::Headline;
            mentions.push(Mention {
                word: start,
                span,
                form,
                in_headline,
                first: false,
                expansion: None,
            });
        }
        if mentions.is_empty() {
            return Scan {
                mentions,
                defined: HashSet::new(),
            };
        }
        let parens = expansion::brackets(doc.source);
        // One bit per entry: cheaper than hashing the few entries a release uses.
        let mut seen = vec![0u64; TABLE.entries.len().div_ceil(64)];
        for m in &mut mentions {
            m.expansion = expansion::of(doc, &parens, m);
            if let Some(form) = m.form.filter(|_| !m.in_headline) {
                let (word, bit) = (form.entry / 64, 1 << (form.entry % 64));
                m.first = seen[word] & bit == 0;
                seen[word] |= bit;
            }
        }
        // Only `abbr/unknown` asks what brackets define, and only of unknown mentions.
        let defined = if mentions.iter().any(|m| m.form.is_none()) {
            expansion::defined_in_brackets(doc, &parens)
        } else {
            HashSet::new()
        };
        Scan { mentions, defined }
    }
}

/// An all-caps token the table does not know that reads as an abbreviation, not as a
/// Roman numeral, a region code (`DIY`) or a word in a run of capitals (`KOTA SEMARANG`).
fn unknown_candidate(doc: &Document<'_>, index: usize) -> bool {
    let word = &doc.words[index];
    // The mark is `is_all_caps` of the word, decided when the document was read.
    if word.roles & lexicon::ALL_CAPS == 0 {
        return false;
    }
    let text = doc.text(word.span);
    if roman(text) || TABLE.word_known_upper(word.roles, text) {
        return false;
    }
    let neighbour_is_caps_word = |j: usize| {
        let (a, b) = (doc.words[j.min(index)], doc.words[j.max(index)]);
        let gap = &doc.source[a.span.end..b.span.start];
        let other = &doc.words[j];
        let text = doc.text(other.span);
        gap.chars().all(char::is_whitespace)
            && is_caps_word(text)
            && TABLE.word_form(other.roles, text).is_none()
            && !TABLE.word_known_upper(other.roles, text)
    };
    let prev = index.checked_sub(1);
    let next = Some(index + 1).filter(|&j| j < doc.words.len());
    // The neighbours, looked at through their marks, rule out most words of a run in
    // capitals before the dearer readings of the word's surroundings.
    !prev.into_iter().chain(next).any(neighbour_is_caps_word)
        && !regions::is_region_token(text)
        && !not_abbr::is_other(doc, index)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;

    fn scan(body: &str) -> (String, Scan) {
        let text = format!("Judul\n{body}");
        let doc = Document::parse(&text, SourceKind::Text);
        let scan = Scan::new(&doc);
        (text, scan)
    }

    /// `(token, verdict)` of every mention.
    fn verdicts(body: &str) -> Vec<(String, Option<Verdict>)> {
        let (text, scan) = scan(body);
        scan.mentions
            .iter()
            .map(|m| (m.span.text(&text).to_string(), m.expansion.map(|e| e.verdict)))
            .collect()
    }

    #[test]
    fn roman_numerals() {
        for r in ["III", "IV", "XXI", "MMXXV", "XL"] {
            assert!(roman(r), "{r}");
        }
        for r in ["IIII", "VX", "SPIP", "", "IC"] {
            assert!(!roman(r), "{r}");
        }
    }

    #[test]
    fn skips_codes_runs_and_dotted_forms() {
        let found: Vec<String> = verdicts("KPU DIY, tahap III, P3K, DILARANG MASUK, K.P.U. dan R.I. hadir.")
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(found, ["KPU", "K.P.U.", "R.I."]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for body in [
            "(",
            ")",
            "KPU (",
            "(KPU",
            "( KPU )",
            "KPU (x",
            "K.P.",
            "KPU Kab.",
            "KPU Kab",
            "“KPU”",
            "é (É)",
            "KPU\u{feff}",
        ] {
            let _ = scan(body);
        }
    }
}
