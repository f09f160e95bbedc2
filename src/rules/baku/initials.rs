//! The first byte of every word, one byte a word, for the rules of the family that judge
//! only words of a given start (`ke 2`, meN- forms, a number, `adalah`). Such starts are
//! shapes, not words the lexicon can list, so those rules found theirs by visiting every
//! word, one walk each; with these bytes they find them with `memchr` or a table look-up
//! a byte instead. Made once a release ([`crate::rules::Context::memo`]) and shared.

use crate::document::Document;

/// Word `i`'s first byte is byte `i`: an ASCII letter in lower case, `b'0'` for any
/// digit, any other byte as it is.
pub(crate) struct Initials(Vec<u8>);

/// What [`Initials`] holds for a word starting with byte `i`: a table, so that making
/// them is a load a word.
const FOLD: [u8; 256] = {
    let mut table = [0; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        table[i] = if b.is_ascii_digit() {
            b'0'
        } else {
            b.to_ascii_lowercase()
        };
        i += 1;
    }
    table
};

impl Initials {
    pub(crate) fn of(doc: &Document<'_>) -> Self {
        let source = doc.source.as_bytes();
        let initials = doc
            .words
            .iter()
            .map(|w| source.get(w.span.start).map_or(0, |&b| FOLD[usize::from(b)]));
        Initials(initials.collect())
    }

    /// The indices of the words starting with `initial` (see [`Initials`]), in text order.
    pub(crate) fn starting_with(&self, initial: u8) -> impl Iterator<Item = usize> + '_ {
        memchr::memchr_iter(initial, &self.0)
    }

    /// The indices of the words starting with one of `initials`, in text order.
    pub(crate) fn starting_with_any(&self, initials: &[u8]) -> impl Iterator<Item = usize> + '_ {
        // A table of the bytes asked for: one load a word, whatever their number.
        let mut wanted = [false; 256];
        for &b in initials {
            wanted[usize::from(b)] = true;
        }
        (0..self.0.len()).filter(move |&i| wanted[usize::from(self.0[i])])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;

    #[test]
    fn finds_words_by_their_first_byte_in_any_case() {
        let doc = Document::parse("Judul\nMaka ke 2 mentari Élan 1990an, Sangat.", SourceKind::Text);
        let initials = Initials::of(&doc);
        let text = |i: usize| doc.text(doc.words[i].span);
        let words = |found: Vec<usize>| found.into_iter().map(text).collect::<Vec<_>>();
        assert_eq!(words(initials.starting_with(b'm').collect()), ["Maka", "mentari"]);
        assert_eq!(words(initials.starting_with(b'0').collect()), ["2", "1990an"]);
        assert_eq!(words(initials.starting_with_any(b"sk").collect()), ["ke", "Sangat"]);
    }
}
