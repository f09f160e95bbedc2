//! The words of a release's body that are names or acronyms (`Sudrajat`, `BRPK`), found
//! in one pass that asks each word little (whether the parse saw a capital first, then its
//! region), each with its [`Key`] and its first bytes as numbers, by which
//! [`super::forms::Forms`] brings equal texts together without sorting or comparing texts.

use crate::document::{Document, Region};
use crate::lexicon;
use crate::swar::{in_range, load, low_bytes, HIGH};

use super::forms::{Class, Key};

/// The lexicon's role bits of [`crate::document::Word::roles`] that make a word a known
/// word of the house data. Named one by one: shape marks say nothing about being a word,
/// an abbreviation written as a name (`Sidalih`) is still compared as one, and a role
/// added for another rule's candidates must not quietly change which names are compared.
const LEXICON_ROLES: u32 = lexicon::DAY
    | lexicon::MONTH
    | lexicon::PAIR
    | lexicon::PAIR_START
    | lexicon::DI_KE
    | lexicon::BOUND_PREFIX
    | lexicon::DI
    | lexicon::PUN
    | lexicon::RP;

/// One word of the body that is a name or an acronym. Its first sixteen bytes ride with
/// it, so that two occurrences of texts no longer are compared as numbers; a longer text
/// is read through its word.
pub(super) struct Occurrence {
    pub key: Key,
    /// The text's first [`HEAD`] bytes (see [`head`]).
    pub head: [u64; 2],
    pub word: u32,
    pub part_start: bool,
    /// The text is longer than its head.
    pub long: bool,
}

/// How many bytes of its text an [`Occurrence`] carries.
const HEAD: usize = 16;

impl Occurrence {
    /// An occurrence of `text` with `key` at no word: to find its form by [`Occurrence::hash`].
    pub fn of(key: Key, text: &str) -> Self {
        Occurrence {
            key,
            head: head(text.as_bytes(), 0, text.len()),
            word: 0,
            part_start: false,
            long: text.len() > HEAD,
        }
    }

    /// Whether two occurrences are one form (key and text), given their texts for when
    /// the heads do not tell.
    pub fn same<'t>(&self, other: &Self, text_of: impl Fn(&Occurrence) -> &'t str) -> bool {
        self.key == other.key
            && self.head == other.head
            && (!(self.long || other.long) || text_of(self) == text_of(other))
    }

    /// A hash of the head: equal texts hash alike, and two texts seldom do unless made to
    /// (or longer than a head and alike in it), which costs only a sort of the texts
    /// that share it ([`super::forms::Forms::new`]). Multiply and rotate, as rustc's
    /// `FxHash`; the high half, into which the multiplications mix every byte.
    pub fn hash(&self) -> u64 {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let [a, b] = self.head;
        (a.wrapping_mul(K).rotate_left(5) ^ b).wrapping_mul(K) >> 32
    }
}

/// The names and acronyms of `doc`'s body, in word order.
pub(super) fn collect(doc: &Document<'_>) -> Vec<Occurrence> {
    let mut occurrences = Vec::with_capacity(64);
    let source = doc.source.as_bytes();
    for (i, word) in doc.words.iter().enumerate() {
        // Most words start in lower case, which the parse noted: asked first, as it turns
        // most words away.
        if !word.capitalised() || word.region != Region::Body || word.in_address() || word.in_handle() {
            continue;
        }
        let text = doc.text(word.span);
        let head = head(source, word.span.start, text.len());
        // The document numbers its words in `u32` (`Document::words_with`).
        let (Some(key), Ok(i)) = (key_with(text, head, word.roles), u32::try_from(i)) else {
            continue;
        };
        occurrences.push(Occurrence {
            key,
            head,
            word: i,
            part_start: word.part_start(),
            long: text.len() > HEAD,
        });
    }
    occurrences
}

/// The first [`HEAD`] bytes of the `len` bytes at `start` of `source`, eight to a number
/// read little-endian, zeros past the text's end: read as whole numbers where the source
/// goes on, as it mostly does. Texts of letters (no zero byte) of up to [`HEAD`] bytes
/// are equal exactly when their heads are.
fn head(source: &[u8], start: usize, len: usize) -> [u64; 2] {
    let mut head = [0; 2];
    for (k, half) in head.iter_mut().enumerate() {
        let (from, n) = (start + 8 * k, len.saturating_sub(8 * k).min(8));
        if n == 0 {
            break;
        }
        *half = load(source.get(from..).unwrap_or_default()) & low_bytes(n);
    }
    head
}

/// [`ascii_case`] from the head of a text of `len` bytes, eight bytes at a step: `None`
/// when the text is longer than its head or not ASCII, for [`ascii_case`] to read.
fn head_case(head: [u64; 2], len: usize) -> Option<(usize, bool, bool)> {
    let [a, b] = head;
    if len == 0 || len > HEAD || (a | b) & HIGH != 0 {
        return None;
    }
    // The high bits of the bytes after the first.
    let rest = [HIGH & low_bytes(len) & !0x80, HIGH & low_bytes(len.saturating_sub(8))];
    let all = |lo, hi| in_range(a, lo, hi) & rest[0] == rest[0] && in_range(b, lo, hi) & rest[1] == rest[1];
    let (lower, upper) = (all(b'a', b'z'), all(b'A', b'Z'));
    (lower || upper).then_some((len, lower, upper))
}

/// The key of a capitalised word with lexicon `roles` if it is a name or an acronym.
pub(super) fn key_of(text: &str, roles: u32) -> Option<Key> {
    key_with(text, head(text.as_bytes(), 0, text.len()), roles)
}

/// [`key_of`] given the text's [`head`], which answers for most words.
fn key_with(text: &str, head: [u64; 2], roles: u32) -> Option<Key> {
    let case = head_case(head, text.len())
        .or_else(|| ascii_case(text.as_bytes()))
        .or_else(|| char_case(text))?;
    let (class, len) = class_of(text, case, roles & LEXICON_ROLES != 0)?;
    let initial = match text.as_bytes().first() {
        Some(b) if b.is_ascii() => char::from(b.to_ascii_lowercase()),
        _ => text.chars().flat_map(char::to_lowercase).next().unwrap_or_default(),
    };
    Some(Key::new(class, initial, len))
}

/// A name (a capital, then lower-case letters, four or more in all, not a word of the
/// lexicon: `in_lexicon`) or an acronym (three to eight capitals, no Roman numeral), with
/// its length in characters, given its `case` (see [`ascii_case`]); anything else
/// (digits, hyphens, mixed case) is neither.
fn class_of(text: &str, case: (usize, bool, bool), in_lexicon: bool) -> Option<(Class, usize)> {
    let (len, lower, upper) = case;
    if lower && len >= 4 && !in_lexicon {
        Some((Class::Name, len))
    } else if upper && (3..=8).contains(&len) && !text.bytes().all(|b| b"IVXLCDM".contains(&b)) {
        Some((Class::Acronym, len))
    } else {
        None
    }
}

/// `(length in characters, lower case after the first, capitals after the first)` of a
/// word of ASCII letters all in one case after the first, as most capitalised words are;
/// `None` for any other, which [`char_case`] reads.
fn ascii_case(bytes: &[u8]) -> Option<(usize, bool, bool)> {
    let (first, rest) = bytes.split_first()?;
    if !first.is_ascii() {
        None
    } else if rest.iter().all(u8::is_ascii_lowercase) {
        Some((bytes.len(), true, rest.is_empty()))
    } else if rest.iter().all(u8::is_ascii_uppercase) {
        Some((bytes.len(), false, true))
    } else {
        None
    }
}

/// [`ascii_case`] of any word, by its characters: `None` when it is in neither case.
fn char_case(text: &str) -> Option<(usize, bool, bool)> {
    let mut chars = text.chars();
    chars.next()?;
    let (mut len, mut lower, mut upper) = (1, true, true);
    for c in chars {
        len += 1;
        lower &= c.is_alphabetic() && c.is_lowercase();
        upper &= c.is_alphabetic() && c.is_uppercase();
        if !(lower || upper) {
            return None;
        }
    }
    Some((len, lower, upper))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn class_of_test(text: &str) -> Option<Class> {
        key_of(text, lexicon::roles(text)).map(Key::class)
    }

    #[test]
    fn classes() {
        assert_eq!(class_of_test("Sudrajat"), Some(Class::Name));
        assert_eq!(class_of_test("BRPK"), Some(Class::Acronym));
        assert_eq!(class_of_test("XIV"), None);
        assert_eq!(class_of_test("Budi"), Some(Class::Name));
        assert_eq!(class_of_test("Ani"), None);
        assert_eq!(class_of_test("DPTb"), None);
        assert_eq!(class_of_test("Se-Jawa"), None);
        assert_eq!(class_of_test("Oktober"), None);
        assert_eq!(class_of_test("Sélamat"), Some(Class::Name));
        assert_eq!(class_of_test("SÉLAM"), Some(Class::Acronym));
        assert_eq!(class_of_test("SéLAM"), None);
        assert_eq!(class_of_test("A"), None);
        assert_eq!(class_of_test("Pemberdayaanmasyarakat"), Some(Class::Name));
    }

    proptest! {
        /// The head's reading of a word's case is the byte-by-byte one, wherever the
        /// word stands in its source (at the end of a source, read byte by byte).
        #[test]
        fn head_case_is_ascii_case(text in "[A-Za-z0-9é-]{1,20}", before in "[a ]{0,3}", after in "[a ]{0,9}") {
            let source = format!("{before}{text}{after}");
            let head = head(source.as_bytes(), before.len(), text.len());
            prop_assert_eq!(head, super::head(text.as_bytes(), 0, text.len()));
            match head_case(head, text.len()) {
                Some(case) => prop_assert_eq!(Some(case), ascii_case(text.as_bytes())),
                None => prop_assert!(text.len() > HEAD || !text.is_ascii() || ascii_case(text.as_bytes()).is_none()),
            }
        }

        /// Two texts of letters are one form exactly when their keys and heads agree
        /// (and, past the head, their texts).
        #[test]
        fn heads_tell_texts_apart(a in "[A-Za-zé]{1,20}", b in "[A-Za-zé]{1,20}") {
            let key = Key::new(Class::Name, 'a', 4);
            let (x, y) = (Occurrence::of(key, &a), Occurrence::of(key, &b));
            let text_of = |o: &Occurrence| if std::ptr::eq(o, &x) { a.as_str() } else { b.as_str() };
            prop_assert_eq!(x.same(&y, text_of), a == b);
        }
    }
}
