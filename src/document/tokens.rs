//! The splitter: the words of a text, found byte by byte, with what their bytes were.

use unicode_segmentation::UnicodeSegmentation;

use super::words::CAPITALISED;
use crate::lexicon;
use crate::span::Span;
use crate::swar;

/// Splits `text` (starting at byte `base` of the source) into words. An iterator, so
/// that the document keeps one list of words: a 20 MB line holds four million, and a
/// second list of their spans on the way doubled the memory of parsing it.
pub fn split(text: &str, base: usize) -> impl Iterator<Item = Span> + '_ {
    let mut tokens = Tokens::new(text);
    std::iter::from_fn(move || tokens.next().map(|t| Span::new(base + t.start, base + t.end)))
}

/// What one byte is to the splitter, from [`CLASS`]: bits of the letters and digits of
/// ASCII (0 for the other ASCII bytes, which lie between words), and [`WIDE`] for a
/// byte of a character beyond ASCII, which is decoded.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;
const DIGIT: u8 = 8;
const WIDE: u8 = 16;
/// Not a byte class: set in [`Token::seen`] for a joiner (`-`, `'`, `’`) inside the word.
const JOINED: u8 = 32;
/// Not a byte class: set in [`Token::seen`] for a hyphen inside the word.
const HYPHEN: u8 = 64;
/// Not a byte class: set in [`Token::seen`] when the word's first character is a capital;
/// [`UPPER`] moved up, with no branch.
const FIRST_UPPER: u8 = UPPER << 6;

/// The class of every byte: one load a byte instead of range tests.
static CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'A'..=b'Z' => ALNUM | UPPER,
            b'a'..=b'z' => ALNUM | LOWER,
            b'0'..=b'9' => ALNUM | DIGIT,
            0x80.. => WIDE,
            _ => 0,
        };
        b += 1;
    }
    table
};

/// A word found by [`Tokens`]: its bytes in the text, and what they were.
#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    pub start: usize,
    pub end: usize,
    /// The union of the classes of the word's bytes, with [`JOINED`] and [`HYPHEN`].
    seen: u8,
}

impl Token {
    /// The shape marks of the word, its text ([`lexicon::shape_marks`]). A word of ASCII
    /// lower-case letters alone, most of prose, has no digit, capital or hyphen: only
    /// `pun` can mark it, so the other marks are not looked for.
    #[inline]
    pub fn shape_marks(&self, word: &str) -> u32 {
        if self.seen & !(ALNUM | LOWER) == 0 {
            return if word.as_bytes().ends_with(b"pun") {
                lexicon::ENDS_IN_PUN
            } else {
                0
            };
        }
        lexicon::shape_marks(word, self.seen & HYPHEN != 0, self.all_caps(word))
    }

    /// [`CAPITALISED`] when the word starts with a capital ([`super::Word::capitalised`]), else 0.
    #[inline]
    pub fn capitalised_flag(&self) -> u8 {
        const { assert!(FIRST_UPPER == CAPITALISED) };
        self.seen & FIRST_UPPER
    }

    /// Whether the word is all capitals, at least three ([`crate::case::is_all_caps`]),
    /// told from the bytes read when they were all ASCII.
    fn all_caps(&self, word: &str) -> bool {
        if self.seen & WIDE != 0 {
            return crate::case::is_all_caps(word);
        }
        self.seen & (LOWER | DIGIT | JOINED) == 0 && word.len() >= 3
    }
}

/// The words of a text, found byte by byte: the splitter [`split`] and the document's
/// one pass over each block share it.
pub(super) struct Tokens<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Self {
        Tokens { text, at: 0 }
    }

    /// Whether the character at byte `i` is a letter or a digit.
    fn alnum_at(&self, i: usize) -> bool {
        match self.text.as_bytes().get(i) {
            Some(&b) if b < 0x80 => CLASS[b as usize] & ALNUM != 0,
            Some(_) => self
                .text
                .get(i..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric),
            None => false,
        }
    }

    /// The character beyond ASCII starting at byte `i`.
    fn wide_at(&self, i: usize) -> Option<char> {
        self.text.get(i..)?.chars().next()
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    #[inline]
    fn next(&mut self) -> Option<Token> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        // Between words: mostly ASCII spaces and punctuation, a byte at a time.
        // The first character is read here anyway: whether it is a capital is kept.
        let (start, mut seen) = loop {
            while i < bytes.len() && CLASS[bytes[i] as usize] == 0 {
                i += 1;
            }
            let &b = bytes.get(i)?;
            if CLASS[b as usize] & ALNUM != 0 {
                break (i, (CLASS[b as usize] & UPPER) << 6);
            }
            let c = self.wide_at(i)?;
            if c.is_alphanumeric() {
                break (i, if c.is_uppercase() { FIRST_UPPER } else { 0 });
            }
            i += c.len_utf8();
        };
        loop {
            // Most of a word is ASCII lower-case letters: eight bytes at a time.
            let lower = lower_run(bytes, i);
            if lower > 0 {
                seen |= ALNUM | LOWER;
                i += lower;
                if lower == 8 {
                    continue;
                }
            }
            let Some(&b) = bytes.get(i) else {
                break;
            };
            let class = CLASS[b as usize];
            if class & ALNUM != 0 {
                // A capital or a digit: one byte, then lower case again.
                seen |= class;
                i += 1;
                continue;
            }
            if b < 0x80 {
                // `-` or `'` between two letters or digits; any other ASCII ends the word.
                if matches!(b, b'-' | b'\'') && self.alnum_at(i + 1) {
                    seen |= if b == b'-' { JOINED | HYPHEN } else { JOINED };
                    i += 1;
                    continue;
                }
                break;
            }
            let Some(c) = self.wide_at(i) else {
                break;
            };
            let next = i + c.len_utf8();
            let joins = c == '’' && self.alnum_at(next);
            if !(c.is_alphanumeric() || joins || extends_word(c)) {
                break;
            }
            seen |= if joins { WIDE | JOINED } else { WIDE };
            i = next;
        }
        self.at = i;
        Some(Token { start, end: i, seen })
    }
}

/// How many of the (up to eight) bytes of `bytes` from `at` on are ASCII lower-case
/// letters before the first that is not, found at once in one machine word (the bytes
/// past the end read as 0, which is none).
#[inline]
fn lower_run(bytes: &[u8], at: usize) -> usize {
    let x = swar::load(bytes.get(at..).unwrap_or_default());
    // Bytes beyond ASCII (high bit set) are no letters: their low seven bits are asked
    // and the answer masked by the high bit.
    let lower = !x & swar::in_range(x & !swar::HIGH, b'a', b'z');
    ((!lower & swar::HIGH).trailing_zeros() / 8) as usize
}

/// Whether `c` belongs to the word before it by Unicode's word-boundary rule WB4
/// (UAX #29): a combining mark (`Se\u{301}marang` in NFD), a format character or a
/// zero-width joiner. Asked only for the rare non-ASCII character after a word that is
/// neither a letter, a digit nor a joiner; answered by the segmenter itself on
/// `a{c} `, so the answer follows the Unicode version of `unicode-segmentation`.
fn extends_word(c: char) -> bool {
    let mut probe = [0u8; 6];
    probe[0] = b'a';
    let len = 1 + c.encode_utf8(&mut probe[1..]).len();
    probe[len] = b' ';
    let Ok(probe) = std::str::from_utf8(&probe[..=len]) else {
        return false;
    };
    probe.split_word_bounds().next().is_some_and(|first| first.len() == len)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn is_joiner(c: char) -> bool {
        matches!(c, '-' | '\'' | '’')
    }

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
                let continues = (is_joiner(c) && next_alnum) || (!c.is_ascii() && extends_word(c));
                if !continues {
                    words.push(Span::new(s, i));
                    start = None;
                }
            }
        }
        words.extend(start.map(|s| Span::new(s, text.len())));
        words
    }

    /// Words by Unicode's word boundaries (UAX #29): the segments holding a letter or a
    /// digit, with the house's one addition, a hyphen between two of them (`ke-96`).
    fn by_uax29(text: &str) -> Vec<Span> {
        let mut words: Vec<Span> = Vec::new();
        for (at, segment) in text.split_word_bound_indices() {
            if !segment.chars().any(char::is_alphanumeric) {
                continue;
            }
            let span = Span::new(at, at + segment.len());
            match words.last_mut() {
                Some(last) if &text[last.end..span.start] == "-" => last.end = span.end,
                _ => words.push(span),
            }
        }
        words
    }

    proptest! {
        /// On text of letters, digits, combining marks, joiners, emoji and the marks
        /// where the house and UAX #29 agree, the words are UAX #29's. (They differ on
        /// purpose at `.` `:` `,` `_` inside tokens: `kpu.go.id` and `10.00` are several
        /// words here, one there.)
        #[test]
        fn split_follows_uax29(text in "([a-zA-Z0-9 ()!?\\-]|\u{301}|\u{308}|a\u{200d}b|\u{200c}|\u{1F44D}|\u{1F3FD}|é|ß|ñ|\u{a0}|\n|—|“){0,40}") {
            prop_assert_eq!(split(&text, 0).collect::<Vec<_>>(), by_uax29(&text));
        }
    }

    proptest! {
        /// The byte-level splitter gives the same words as the definition on any text,
        /// decomposed letters (`Se\u{301}marang`), zero-width joiners and emoji included.
        #[test]
        fn split_matches_its_definition(text in "([a-zA-Z0-9 .,'’\\-]|\u{301}|\u{200d}|\u{1F44D}|\u{1F3FD}|é|ß|\u{a0}|\n|[\\PC]){0,40}") {
            prop_assert_eq!(split(&text, 0).collect::<Vec<_>>(), reference(&text));
        }
    }

    proptest! {
        /// Long runs of lower-case letters, read eight bytes at a time, beside the bytes
        /// just outside `a`..`z` (`` ` `` and `{`) and bytes beyond ASCII.
        #[test]
        fn long_lower_case_runs_match_the_definition(text in "([a-z]{0,19}|[A-Z0-9 `{@\\[\\-'’]|é|\u{301}|\u{e0}){0,24}") {
            prop_assert_eq!(split(&text, 0).collect::<Vec<_>>(), reference(&text));
        }
    }

    #[test]
    fn lower_run_counts_the_leading_lower_case_bytes() {
        assert_eq!(lower_run(b"abcdefghij", 0), 8);
        assert_eq!(lower_run(b"abc`defgh", 0), 3);
        assert_eq!(lower_run(b"az{", 0), 2);
        assert_eq!(lower_run(b"Kpu", 0), 0);
        assert_eq!(lower_run(b"Kpu", 1), 2);
        assert_eq!(lower_run("a\u{e9}".as_bytes(), 0), 1);
        assert_eq!(lower_run(b"xyz", 3), 0);
    }

    #[test]
    fn combining_marks_and_joiners_stay_in_their_word() {
        let t = "Se\u{301}marang a\u{200d}b ok\u{1F44D} nai\u{308}f";
        let w: Vec<&str> = split(t, 0).map(|s| s.text(t)).collect();
        assert_eq!(w, ["Se\u{301}marang", "a\u{200d}b", "ok", "nai\u{308}f"]);
    }

    #[test]
    fn keeps_hyphenated_and_apostrophe_words_whole() {
        let t = "Masing-masing ke-96, Jum'at (27/10) -- selesai.";
        let w: Vec<&str> = split(t, 0).map(|s| s.text(t)).collect();
        assert_eq!(w, ["Masing-masing", "ke-96", "Jum'at", "27", "10", "selesai"]);
    }
}
