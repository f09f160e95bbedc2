//! The names and acronyms of a release's body, each form (one way of writing it) with
//! the words where it occurs.
//!
//! Read in one pass over the words ([`super::candidates`]), then grouped by the hash of
//! their texts, so that equal forms are counted with one sort of numbers and few text
//! comparisons. What only a pair of close forms needs (whether a capital names someone,
//! which a paragraph in title case decides) is worked out when a pair asks, as few
//! releases have one.

use std::cell::OnceCell;
use std::ops::Range;

use crate::document::{Document, Region};

use super::candidates::{self, Occurrence};

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
    pub fn new(class: Class, initial: char, len: usize) -> Self {
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

    /// The lowest and highest keys of this class and initial whose length is within one
    /// of this one's: the keys between them are exactly those.
    pub fn near(self) -> (Key, Key) {
        let (base, len) = (self.0 & !LEN_BITS, self.0 & LEN_BITS);
        (Key(base | len.saturating_sub(1)), Key(base | (len + 1).min(LEN_BITS)))
    }
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
    /// Its occurrences: a run of [`Forms::order`].
    at: Range<usize>,
}

impl Form<'_> {
    pub fn class(&self) -> Class {
        self.key.class()
    }
}

/// The forms of one release, in no order that means anything.
pub(super) struct Forms<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub list: Vec<Form<'a>>,
    /// The names and acronyms of the body, in word order.
    occurrences: Vec<Occurrence>,
    /// Each occurrence's hash above its index in [`Forms::occurrences`], sorted so that a
    /// form's occurrences are one run ([`Form::at`]).
    order: Vec<u64>,
    /// The form of each occurrence, by its index in [`Forms::occurrences`].
    form_of: Vec<u32>,
    /// Each paragraph's number of words and of capitalised words, counted when first asked.
    paragraph_counts: OnceCell<Vec<(usize, usize)>>,
}

/// The index of an occurrence in an entry of [`Forms::order`].
fn index(entry: u64) -> usize {
    (entry & u64::from(u32::MAX)) as usize
}

impl<'d, 'a> Forms<'d, 'a> {
    pub fn new(doc: &'d Document<'a>) -> Self {
        let occurrences = candidates::collect(doc);
        let text_of = |o: &Occurrence| -> &'a str { doc.words.get(o.word as usize).map_or("", |w| doc.text(w.span)) };
        // Sorted as numbers, equal forms (equal hashes) stand together.
        let mut order: Vec<u64> = (0u64..).zip(&occurrences).map(|(i, o)| o.hash() << 32 | i).collect();
        order.sort_unstable();
        let mut list = Vec::with_capacity(occurrences.len());
        let mut form_of = vec![0; occurrences.len()];
        // The end of the run of entries already sorted by key and text.
        let mut sorted_to = 0;
        let mut start = 0;
        while let Some(&entry) = order.get(start) {
            let first = &occurrences[index(entry)];
            let form = u32::try_from(list.len()).unwrap_or(u32::MAX);
            let (mut count, mut word, mut attested, mut may_be_named) = (0, first.word as usize, false, false);
            for &e in &order[start..] {
                let o = &occurrences[index(e)];
                if !o.same(first, text_of) {
                    break;
                }
                count += 1;
                word = word.min(o.word as usize);
                attested |= o.key.class() == Class::Acronym && spells_long_form(doc, o.word as usize);
                may_be_named |= !o.part_start;
                form_of[index(e)] = form;
            }
            let hash = entry >> 32;
            if start >= sorted_to && order.get(start + count).is_some_and(|&e| e >> 32 == hash) {
                // Another form shares the hash: its entries sorted by key and text, each
                // form is a run of its own (read again from `start`).
                sorted_to = start + order[start..].iter().take_while(|&&e| e >> 32 == hash).count();
                order[start..sorted_to].sort_unstable_by(|&a, &b| {
                    let (a, b) = (&occurrences[index(a)], &occurrences[index(b)]);
                    (a.key, text_of(a)).cmp(&(b.key, text_of(b)))
                });
                continue;
            }
            list.push(Form {
                text: text_of(first),
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
            order,
            form_of,
            paragraph_counts: OnceCell::new(),
        }
    }

    /// The words where `form` occurs.
    pub fn words_of<'s>(&'s self, form: &Form<'_>) -> impl Iterator<Item = usize> + 's {
        self.order[form.at.clone()]
            .iter()
            .map(|&e| self.occurrences[index(e)].word as usize)
    }

    /// The form written as word `i`, if it is one (wherever the word stands).
    pub fn of_word(&self, i: usize) -> Option<&Form<'a>> {
        let word = self.doc.words.get(i)?;
        let text = self.doc.text(word.span);
        let key = word
            .capitalised()
            .then(|| candidates::key_of(text, word.roles))
            .flatten()?;
        let hash = Occurrence::of(key, text).hash();
        let from = self.order.partition_point(|&e| e >> 32 < hash);
        self.order[from..]
            .iter()
            .take_while(|&&e| e >> 32 == hash)
            .filter_map(|&e| self.list.get(*self.form_of.get(index(e))? as usize))
            .find(|f| f.key == key && f.text == text)
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
            *capitals += usize::from(word.capitalised());
        }
    }
    counts
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

    #[test]
    fn texts_alike_in_their_first_bytes_are_counted_apart() {
        // Alike in their first sixteen bytes, the three texts share a hash: the forms
        // are told apart by their texts.
        let text = "Judul\nRapat di Pemberdayaanmasyarakat, Pemberdayaanmasyarakit dan Pemberdayaanmasyarakat lagi. Pemberdayaanmasyarakatan hadir.\nRapat selesai.";
        let doc = Document::parse(text, SourceKind::Text);
        let forms = Forms::new(&doc);
        let count = |t: &str| forms.list.iter().find(|f| f.text == t).map(|f| f.count);
        assert_eq!(count("Pemberdayaanmasyarakat"), Some(2));
        assert_eq!(count("Pemberdayaanmasyarakit"), Some(1));
        assert_eq!(count("Pemberdayaanmasyarakatan"), Some(1));
        for form in &forms.list {
            assert!(forms.words_of(form).all(|w| doc.text(doc.words[w].span) == form.text));
            assert!(forms.of_word(form.first).is_some_and(|f| std::ptr::eq(f, form)));
        }
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
        // Each form once, and each found again from any of its words.
        for (i, form) in forms.list.iter().enumerate() {
            assert!(forms.list[..i].iter().all(|f| (f.key, f.text) != (form.key, form.text)));
            assert!(forms
                .words_of(form)
                .all(|w| forms.of_word(w).is_some_and(|f| std::ptr::eq(f, form))));
        }
    }
}
