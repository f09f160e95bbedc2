//! Word tokens with byte spans.

use super::Region;
use crate::span::Span;

/// A word: letters and digits, with `-`, `'` or `’` allowed between two of them
/// (`masing-masing`, `ke-96`, `Jum'at`), and where it stands, decided once at parse time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// What the house data knows the word as ([`crate::lexicon`] role bits), looked up
    /// once when the document is parsed.
    pub roles: u16,
    /// The part of the release it belongs to.
    pub region: Region,
    /// Inside a URL, an e-mail address or a domain: word rules leave it alone.
    pub in_address: bool,
    /// Inside a quotation.
    pub in_quote: bool,
    /// Part of a hashtag, handle or identifier (`#TemanPemilih`, `@kpu_ri`).
    pub in_handle: bool,
    /// First word of a sentence: of its block (headline or paragraph), of the news after
    /// the dateline, or after `.`, `!` or `?` (opening quotes and brackets between).
    pub sentence_start: bool,
    /// First word of a sentence or of a part where a capital is usual: also after `:`,
    /// a dash or an opening quotation mark. A capital here says nothing about names.
    pub part_start: bool,
}

impl Word {
    /// Running text that word rules judge: not an address, not initials in the credit tail.
    pub fn is_checked(&self) -> bool {
        !self.in_address && self.region != Region::CreditTail
    }
}

/// Whether the text between two words ends a sentence, a part or opens a quotation, so
/// that the next word starts a part. An opening quote mark is the last thing before the word.
pub fn opens_sentence(gap: &str) -> bool {
    gap.contains(['.', '!', '?', ':', '—', '“']) || gap.ends_with(['"', '\'', '‘'])
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// Splits `text` (starting at byte `base` of the source) into words.
pub fn split(text: &str, base: usize) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut words = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while let Some(c) = char_at(text, i) {
        if !c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        loop {
            // Most of a word is ASCII letters and digits: a tight loop over bytes.
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            let Some(c) = char_at(text, i) else {
                break;
            };
            let next = i + c.len_utf8();
            let continues =
                c.is_alphanumeric() || (is_joiner(c) && char_at(text, next).is_some_and(char::is_alphanumeric));
            if !continues {
                break;
            }
            i = next;
        }
        words.push(Span::new(base + start, base + i));
    }
    words
}

/// The character at byte `i` (a char boundary), read without decoding when it is ASCII,
/// as most of a release is.
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i)? {
        &b if b.is_ascii() => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The definition `split` implements, char by char: a word is a run of letters and
    /// digits, with `-`, `'` or `’` allowed between two of them.
    fn reference(text: &str) -> Vec<Span> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut words = Vec::new();
        let mut start = None;
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next_alnum = chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() {
                start = start.or(Some(i));
            } else if let Some(s) = start {
                if !(is_joiner(c) && next_alnum) {
                    words.push(Span::new(s, i));
                    start = None;
                }
            }
        }
        words.extend(start.map(|s| Span::new(s, text.len())));
        words
    }

    proptest! {
        /// The byte-level splitter gives the same words as the definition on any text,
        /// decomposed letters (`Se\u{301}marang`), zero-width joiners and emoji included.
        #[test]
        fn split_matches_its_definition(text in "([a-zA-Z0-9 .,'’\\-]|\u{301}|\u{200d}|\u{1F44D}|\u{1F3FD}|é|ß|\u{a0}|\n|[\\PC]){0,40}") {
            prop_assert_eq!(split(&text, 0), reference(&text));
        }
    }

    #[test]
    fn keeps_hyphenated_and_apostrophe_words_whole() {
        let t = "Masing-masing ke-96, Jum'at (27/10) -- selesai.";
        let w: Vec<&str> = split(t, 0).iter().map(|s| s.text(t)).collect();
        assert_eq!(w, ["Masing-masing", "ke-96", "Jum'at", "27", "10", "selesai"]);
    }

    #[test]
    fn sentence_openers() {
        for gap in [". ", "? ", ", “", " \"", ": ", " — ", ".” "] {
            assert!(opens_sentence(gap), "{gap:?}");
        }
        for gap in [" ", ", ", " (", "\" ", "\n", " – "] {
            assert!(!opens_sentence(gap), "{gap:?}");
        }
    }
}
