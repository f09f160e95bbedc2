//! The words of given starts, for the rules of the family that judge only those (`ke 2`,
//! `bersama sama`, `mentaati`, `90an`, a number opening a sentence). Such starts are shapes, not
//! words the lexicon can list, so those rules found theirs by visiting every word, one
//! walk each; one walk here sorts them out for all, made once a release
//! ([`crate::rules::Context::memo`]) and shared.

use crate::document::Document;

/// The indices of the words of each start, in text order.
pub(crate) struct Initials {
    /// Starting with `me` or `ber`, any ASCII case: one side of an affixed reduplication
    /// (`terus menerus`, `bersama sama`), or a meN- form (`mensosialisasikan`).
    pub(crate) affixed: Vec<u32>,
    /// `ke` alone, or followed by an ASCII digit (`ke4`), any ASCII case: an ordinal.
    pub(crate) ke: Vec<u32>,
    /// Starting with an ASCII digit.
    pub(crate) numbers: Vec<u32>,
}

/// What a word's first byte says about its start: one load a word, and most words are
/// none of these.
const NONE: u8 = 0;
const M: u8 = 1;
const B: u8 = 2;
const K: u8 = 3;
const DIGIT: u8 = 4;
const START: [u8; 256] = {
    let mut table = [NONE; 256];
    table[b'm' as usize] = M;
    table[b'M' as usize] = M;
    table[b'b' as usize] = B;
    table[b'B' as usize] = B;
    table[b'k' as usize] = K;
    table[b'K' as usize] = K;
    let mut d = b'0';
    while d <= b'9' {
        table[d as usize] = DIGIT;
        d += 1;
    }
    table
};

impl Initials {
    pub(crate) fn of(doc: &Document<'_>) -> Self {
        let source = doc.source.as_bytes();
        // A list rarely holds more than a tenth of the words: reserved at once, not grown
        // a few times a release.
        let reserve = || Vec::with_capacity(doc.words.len() / 4);
        let mut initials = Initials {
            affixed: reserve(),
            ke: reserve(),
            numbers: reserve(),
        };
        // The byte `at` of the source in lower case (ASCII), 0 past its end.
        let byte = |at: usize| source.get(at).map_or(0, u8::to_ascii_lowercase);
        for (i, word) in (0u32..).zip(&doc.words) {
            let (start, len) = (word.span.start, word.span.end - word.span.start);
            let list = match source.get(start).map_or(NONE, |&b| START[usize::from(b)]) {
                NONE => continue,
                M if len >= 2 && byte(start + 1) == b'e' => &mut initials.affixed,
                B if len >= 3 && byte(start + 1) == b'e' && byte(start + 2) == b'r' => &mut initials.affixed,
                K if len >= 2 && byte(start + 1) == b'e' && (len == 2 || byte(start + 2).is_ascii_digit()) => {
                    &mut initials.ke
                }
                DIGIT => &mut initials.numbers,
                _ => continue,
            };
            list.push(i);
        }
        initials
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;
    use proptest::prelude::*;

    proptest! {
        /// The lists hold the words their starts name, read from each word's own text.
        #[test]
        fn the_lists_hold_the_words_of_their_start(
            text in "((me|Me|mE|m|ber|BeR|be|ke|KE|k|ke4|kE12|ke-5|kepada|7an|2024|\u{212A}e|\u{c9}me|mé|berita|x)( |-|, |\n|))*"
        ) {
            let source = format!("Judul\n{text}");
            let doc = Document::parse(&source, SourceKind::Text);
            let initials = Initials::of(&doc);
            let (mut affixed, mut ke, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
            for (i, word) in (0u32..).zip(&doc.words) {
                let t = doc.text(word.span).as_bytes();
                let starts = |s: &[u8]| t.get(..s.len()).is_some_and(|h| h.eq_ignore_ascii_case(s));
                if t[0].is_ascii_digit() {
                    numbers.push(i);
                } else if starts(b"me") || starts(b"ber") {
                    affixed.push(i);
                } else if starts(b"ke") && t.get(2).is_none_or(u8::is_ascii_digit) {
                    ke.push(i);
                }
            }
            prop_assert_eq!(&initials.affixed, &affixed);
            prop_assert_eq!(&initials.ke, &ke);
            prop_assert_eq!(&initials.numbers, &numbers);
        }
    }

    #[test]
    fn sorts_words_by_their_start_in_any_case() {
        let doc = Document::parse(
            "Judul\nMaka ke 2 mentari Élan 1990an, Sangat BERSAMA beras be Ke4 kepada ke-5 m2.",
            SourceKind::Text,
        );
        let initials = Initials::of(&doc);
        let words = |found: &[u32]| {
            found
                .iter()
                .map(|&i| doc.text(doc.words[i as usize].span))
                .collect::<Vec<_>>()
        };
        assert_eq!(words(&initials.affixed), ["mentari", "BERSAMA", "beras"]);
        assert_eq!(words(&initials.ke), ["ke", "Ke4"]);
        assert_eq!(words(&initials.numbers), ["2", "1990an"]);
    }
}
