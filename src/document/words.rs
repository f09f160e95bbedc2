//! Word tokens with byte spans.

use crate::span::Span;

/// A word: letters and digits, with `-`, `'` or `’` allowed between two of them
/// (`masing-masing`, `ke-96`, `Jum'at`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub span: Span,
    /// Inside a URL, an e-mail address or a domain: word rules leave it alone.
    pub in_address: bool,
    /// Inside a quotation.
    pub in_quote: bool,
    /// First word of its block (headline or paragraph) or of a sentence, quotation or
    /// the news after the dateline: a capital here says nothing about names.
    pub sentence_start: bool,
}

/// Whether the text between two words ends a sentence or opens a quotation, so that the
/// next word starts one. An opening quote mark is the last thing before the word.
pub fn opens_sentence(gap: &str) -> bool {
    gap.contains(['.', '!', '?', ':', '—', '“']) || gap.ends_with(['"', '\'', '‘'])
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’')
}

/// Splits `text` (starting at byte `base` of the source) into words. An iterator, so
/// that the document keeps one list of words: a 20 MB line holds four million, and a
/// second list of their spans on the way doubled the memory of parsing it.
pub fn split(text: &str, base: usize) -> impl Iterator<Item = Span> + '_ {
    let mut start: Option<usize> = None;
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(c) = char_at(text, i) {
            let at = i;
            i += c.len_utf8();
            if c.is_alphanumeric() {
                start = start.or(Some(at));
            } else if let Some(s) = start {
                let joins = is_joiner(c) && char_at(text, i).is_some_and(char::is_alphanumeric);
                if !joins {
                    start = None;
                    return Some(Span::new(base + s, base + at));
                }
            }
        }
        start.take().map(|s| Span::new(base + s, base + text.len()))
    })
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

    #[test]
    fn keeps_hyphenated_and_apostrophe_words_whole() {
        let t = "Masing-masing ke-96, Jum'at (27/10) -- selesai.";
        let w: Vec<&str> = split(t, 0).map(|s| s.text(t)).collect();
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
