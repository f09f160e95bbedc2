//! The names and acronyms of a release's body, each form (one way of writing it) with
//! the words where it occurs.
//!
//! Read in one pass over the words that asks each little (its region, its first byte),
//! then sorted by [`Key`], so that a form and the forms it may be a slip of stand side by
//! side and equal forms are counted without hashing. What only a pair of close forms needs
//! (whether a capital names someone, which a paragraph in title case decides) is worked
//! out when a pair asks, as few releases have one.

use std::cell::OnceCell;
use std::ops::Range;

use crate::document::{Document, Region};
use crate::lexicon;

/// What kind of form a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// `Sudrajat`, `Kranggan`, `Sidalih`: a capital and then lower case only.
    Name,
    /// `BRPK`: capitals only.
    Acronym,
}

/// A form's class, its first letter in lower case and its length in characters, packed
/// into one number that sorts as they do: every slip looked for keeps the class and the
/// initial and changes the length by one at most, so the forms a form may be a slip of
/// sort beside it, and one comparison orders two forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct Key(u64);

const LEN_BITS: u64 = u32::MAX as u64;

impl Key {
    fn new(class: Class, initial: char, len: usize) -> Self {
        // Lengths beyond four billion share one key: closeness still measures them.
        let len = u64::from(u32::try_from(len).unwrap_or(u32::MAX));
        Key(u64::from(class == Class::Acronym) << 63 | u64::from(initial) << 32 | len)
    }

    pub fn class(self) -> Class {
        if self.0 >> 63 == 1 {
            Class::Acronym
        } else {
            Class::Name
        }
    }

    /// The keys of this class and initial whose length is within one of this one's.
    pub fn near(self) -> impl Iterator<Item = Key> {
        let (base, len) = (self.0 & !LEN_BITS, self.0 & LEN_BITS);
        (len.saturating_sub(1)..=(len + 1).min(LEN_BITS)).map(move |len| Key(base | len))
    }

    /// One bit for the class and initial (all initials beyond `a`-`z` share one): a set
    /// of these tells cheaply that no form shares a form's class and initial.
    pub fn bucket(self) -> u64 {
        let initial = (self.0 >> 32) as u32 & !(1 << 31);
        let slot = match char::from_u32(initial) {
            Some(c @ 'a'..='z') => u32::from(c) - u32::from('a'),
            _ => 26,
        };
        1 << (slot + if self.class() == Class::Acronym { 32 } else { 0 })
    }
}

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

/// One word of the body that is a name or an acronym. Small, as a release's are sorted
/// and a hostile one has millions: its text is read through its word.
struct Occurrence {
    key: Key,
    word: u32,
    part_start: bool,
}

/// One way a name or acronym is written in the release.
pub(super) struct Form<'a> {
    pub text: &'a str,
    pub key: Key,
    /// The word of its first occurrence, and how often it occurs.
    pub first: usize,
    pub count: usize,
    /// An acronym in brackets after a long form its initials spell.
    pub attested: bool,
    /// Some occurrence stands where a capital may name someone (not at a sentence or
    /// part start); whether one really does also asks about title case ([`Forms::named`]).
    pub may_be_named: bool,
    named: OnceCell<bool>,
    /// Its occurrences in [`Forms::occurrences`].
    at: Range<usize>,
}

impl Form<'_> {
    pub fn class(&self) -> Class {
        self.key.class()
    }
}

/// The forms of one release, sorted by key and text.
pub(super) struct Forms<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub list: Vec<Form<'a>>,
    /// Sorted by key and text: a form's occurrences are one run.
    occurrences: Vec<Occurrence>,
    /// Each paragraph's number of words and of capitalised words, counted when first asked.
    paragraph_counts: OnceCell<Vec<(usize, usize)>>,
}

impl<'d, 'a> Forms<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        let mut occurrences = Vec::with_capacity(64);
        let source = doc.source.as_bytes();
        for (i, word) in doc.words.iter().enumerate() {
            if word.region != Region::Body || word.in_address() || word.in_handle() {
                continue;
            }
            // Most words start in lower case, which their first byte tells.
            let first = source.get(word.span.start);
            if first.is_some_and(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                continue;
            }
            let text = doc.text(word.span);
            if !capitalised(text) {
                continue;
            }
            // The document numbers its words in `u32` (`Document::words_with`).
            let (Some(key), Ok(i)) = (key_of(text, word.roles), u32::try_from(i)) else {
                continue;
            };
            occurrences.push(Occurrence {
                key,
                word: i,
                part_start: word.part_start(),
            });
        }
        let text_of = |o: &Occurrence| doc.words.get(o.word as usize).map_or("", |w| doc.text(w.span));
        occurrences.sort_unstable_by(|a, b| a.key.cmp(&b.key).then_with(|| text_of(a).cmp(text_of(b))));
        let mut list = Vec::with_capacity(occurrences.len());
        let mut start = 0;
        while let Some(first) = occurrences.get(start) {
            let text = text_of(first);
            let run = occurrences[start..]
                .iter()
                .take_while(|o| o.key == first.key && text_of(o) == text);
            let (mut count, mut word, mut attested, mut may_be_named) = (0, first.word as usize, false, false);
            for o in run {
                count += 1;
                word = word.min(o.word as usize);
                attested |= o.key.class() == Class::Acronym && spells_long_form(doc, o.word as usize);
                may_be_named |= !o.part_start;
            }
            list.push(Form {
                text,
                key: first.key,
                first: word,
                count,
                attested,
                may_be_named,
                named: OnceCell::new(),
                at: start..start + count,
            });
            start += count;
        }
        Forms {
            doc,
            list,
            occurrences,
            paragraph_counts: OnceCell::new(),
        }
    }

    /// The words where `form` occurs.
    pub fn words_of<'s>(&'s self, form: &Form<'_>) -> impl Iterator<Item = usize> + 's {
        self.occurrences[form.at.clone()].iter().map(|o| o.word as usize)
    }

    /// The form written as word `i`, if it is one.
    pub fn of_word(&self, i: usize) -> Option<&Form<'a>> {
        let word = self.doc.words.get(i)?;
        let text = self.doc.text(word.span);
        let key = key_of(text, word.roles).filter(|_| capitalised(text))?;
        let at = self.list.binary_search_by(|f| (f.key, f.text).cmp(&(key, text))).ok()?;
        self.list.get(at)
    }

    /// Whether some occurrence of `form` stands where only a name is capitalised: not at a
    /// sentence or part start, nor in a paragraph in title case.
    pub fn named(&self, form: &Form<'_>) -> bool {
        *form
            .named
            .get_or_init(|| form.may_be_named && !self.words_of(form).all(|i| self.capital_says_nothing(i)))
    }

    /// Whether the capital of `form`'s first occurrence says nothing: a sentence start or
    /// a paragraph in title case.
    pub fn plain_capital(&self, form: &Form<'_>) -> bool {
        self.capital_says_nothing(form.first)
    }

    fn capital_says_nothing(&self, i: usize) -> bool {
        let Some(word) = self.doc.words.get(i) else {
            return true;
        };
        if word.part_start() {
            return true;
        }
        // A paragraph in title case (four words or more, nearly all capitalised) gives
        // no sign of a name.
        let counts = self.paragraph_counts.get_or_init(|| paragraph_counts(self.doc));
        let paragraph = self.doc.paragraphs.partition_point(|p| p.end < word.span.start);
        counts
            .get(paragraph)
            .is_some_and(|&(all, capitals)| all >= 4 && capitals * 10 >= all * 7)
    }
}

/// For each paragraph, how many words of the body it has and how many are capitalised
/// (a word belongs to the first paragraph that does not end before it).
fn paragraph_counts(doc: &Document<'_>) -> Vec<(usize, usize)> {
    let mut counts = vec![(0usize, 0usize); doc.paragraphs.len()];
    let mut paragraph = 0;
    for word in doc.words.iter().filter(|w| w.region == Region::Body) {
        while doc.paragraphs.get(paragraph).is_some_and(|p| p.end < word.span.start) {
            paragraph += 1;
        }
        if let Some((all, capitals)) = counts.get_mut(paragraph) {
            *all += 1;
            *capitals += usize::from(doc.text(word.span).starts_with(char::is_uppercase));
        }
    }
    counts
}

/// Whether `text` starts with a capital: the first byte decides for ASCII.
fn capitalised(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text.starts_with(char::is_uppercase),
    }
}

/// The key of a capitalised word with lexicon `roles` if it is a name or an acronym.
fn key_of(text: &str, roles: u32) -> Option<Key> {
    let (class, len) = class_of(text, roles & LEXICON_ROLES != 0)?;
    let initial = match text.as_bytes().first() {
        Some(b) if b.is_ascii() => char::from(b.to_ascii_lowercase()),
        _ => text.chars().flat_map(char::to_lowercase).next().unwrap_or_default(),
    };
    Some(Key::new(class, initial, len))
}

/// A name (a capital, then lower-case letters, four or more in all, not a word of the
/// lexicon: `in_lexicon`) or an acronym (three to eight capitals, no Roman numeral), with
/// its length in characters; anything else (digits, hyphens, mixed case) is neither.
/// Asked of every capitalised word of the body: most are ASCII, read as bytes.
fn class_of(text: &str, in_lexicon: bool) -> Option<(Class, usize)> {
    let (len, lower, upper) = ascii_case(text.as_bytes()).or_else(|| char_case(text))?;
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

/// Whether the acronym at word `i` stands in parentheses right after a long form whose
/// capitalised words' initials spell it: `Badan Riset Pemilu Kota (BRPK)`.
fn spells_long_form(doc: &Document<'_>, i: usize) -> bool {
    let span = doc.words[i].span;
    let (before, after) = (&doc.source[..span.start], &doc.source[span.end..]);
    let Some(open) = before.trim_end_matches(' ').strip_suffix('(') else {
        return false;
    };
    if !after.starts_with(')') {
        return false;
    }
    let acronym = doc.text(span);
    let wanted = acronym.chars().count();
    let mut initials = Vec::new();
    let mut j = i;
    let mut stop = open.trim_end().len();
    while let Some(prev) = j.checked_sub(1) {
        let word = doc.words[prev];
        // Only white space between the words of the long form (and before the bracket).
        if !doc.source[word.span.end..stop].chars().all(char::is_whitespace) || initials.len() == wanted {
            break;
        }
        let text = doc.text(word.span);
        match text.chars().next() {
            Some(c) if c.is_uppercase() => initials.push(c),
            // Function words inside a long form (`Badan Pengawas dan Pemilu`) give no letter.
            Some(_) if text.len() <= 4 => {}
            _ => break,
        }
        stop = word.span.start;
        j = prev;
    }
    initials.len() == wanted && initials.iter().rev().copied().eq(acronym.chars())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;

    fn class_of_test(text: &str) -> Option<Class> {
        class_of(text, lexicon::roles(text) != 0).map(|(class, _)| class)
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
    }

    #[test]
    fn forms_are_counted_and_found_by_word() {
        let text = "Judul\nBudi dan Susi hadir. Rapat dipimpin Budi, lalu Budi pulang ke BRPK.\nTim Hasan Bersama Warga Hasan Raya\nRapat selesai.";
        let doc = Document::parse(text, SourceKind::Text);
        let forms = Forms::new(&doc);
        let budi = forms.list.iter().find(|f| f.text == "Budi").unwrap();
        assert_eq!((budi.count, budi.key), (3, Key::new(Class::Name, 'b', 4)));
        let words: Vec<&str> = forms.words_of(budi).map(|i| doc.text(doc.words[i].span)).collect();
        assert_eq!(words, ["Budi"; 3]);
        assert_eq!(doc.text(doc.words[budi.first].span), "Budi");
        assert!(forms.named(budi), "mid-sentence twice");
        let hasan = forms.list.iter().find(|f| f.text == "Hasan").unwrap();
        assert!(hasan.may_be_named && !forms.named(hasan), "a paragraph in title case");
        assert!(forms.of_word(budi.first).is_some_and(|f| f.text == "Budi"));
        let dan = doc.words.iter().position(|w| doc.text(w.span) == "dan").unwrap();
        assert!(forms.of_word(dan).is_none());
        assert!(forms
            .list
            .windows(2)
            .all(|w| (w[0].key, w[0].text) < (w[1].key, w[1].text)));
    }
}
