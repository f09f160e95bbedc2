//! One pass over a release that both `consistency/` rules read: every name and acronym
//! of the body with the words where it occurs, and the pairs of forms that look like one
//! name written two ways (`Sudrajat` … `Sudjarat`, `Kranggan` … `Krangan`, `BRPK` …
//! `BPRK`), each with the odd form and the form used most.
//!
//! Forms are compared by groups, never all with all: a form used once only with the
//! forms used more that share its class and initial and whose length is within one of
//! its own (every slip looked for keeps the initial and changes the length by one at
//! most). A release has a few such pairs; most forms are compared with none.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde::Deserialize;

use crate::document::{Document, Region};
use crate::house;
use crate::lexicon::{self, WordSet};
use crate::rules::abbr::data::TABLE;
use crate::span::Span;
use crate::spell::Dictionary;

/// What kind of form a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Class {
    /// `Sudrajat`, `Kranggan`, `Sidalih`: a capital and then lower case only.
    Name,
    /// `BRPK`: capitals only.
    Acronym,
}

/// One form that occurs once, beside a near-identical form the release uses more.
#[derive(Clone, Debug)]
pub struct Variant {
    pub class: Class,
    /// The odd form's one word (its span in the source).
    pub odd: Span,
    pub odd_text: String,
    /// The form used most, as written.
    pub usual: String,
    /// Where the usual form occurs first.
    pub usual_first: Span,
    /// How often the usual form occurs: once only when it spells the initials of a long
    /// form in the release (`Badan Riset Pemilu Kota (BRPK)`), which settles it.
    pub usual_count: usize,
}

/// The variants of one release, made once and shared by the family's rules.
pub struct Variants(pub Vec<Variant>);

#[derive(Deserialize)]
struct Data {
    common_capitalised: Vec<String>,
}

#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
static COMMON: LazyLock<WordSet<String>> = LazyLock::new(|| {
    let data: Data = serde_json::from_str(crate::house::data_file!("consistency"))
        .expect("rules/consistency.toml is valid (checked by tests)");
    data.common_capitalised.into_iter().collect()
});

/// Words of region names, their aliases and seats, lower case (`semarang`, `timor`,
/// `jateng`, `bentan` of Bandar Seri Bentan).
static REGION_WORDS: LazyLock<WordSet<String>> = LazyLock::new(|| {
    house::all_satker()
        .iter()
        .flat_map(|s| [&s.name, &s.seat].into_iter().chain(&s.aliases))
        .flat_map(|name| name.split([' ', '-']))
        .map(str::to_lowercase)
        .collect()
});

/// The lexicon's role bits of [`crate::document::Word::roles`] that make a word a known
/// word (the bits above them are shape marks, which say nothing about being a word; an
/// abbreviation written as a name, `Sidalih`, is still compared as one).
const LEXICON_ROLES: u16 = (lexicon::HYPHENATED - 1) & !lexicon::ABBR;

/// More usual forms than this with one initial and length are compared with no odd
/// form: a bound on the work a hostile input can cause (a release has a handful).
const MAX_GROUP: usize = 16;

struct Form<'a> {
    text: &'a str,
    /// The first letter in lower case, and the length in characters.
    initial: char,
    len: usize,
    class: Class,
    /// The word of its first occurrence, and how often it occurs.
    first: usize,
    count: usize,
    /// Some occurrence stands where only a name is capitalised (mid-sentence).
    named: bool,
    /// The capital of its first occurrence says nothing: a sentence start or a paragraph
    /// in title case.
    plain_capital: bool,
    attested: bool,
}

/// How close two forms are (see [`closeness`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Closeness {
    /// Two letters swapped: `Sudrajat`/`Sudjarat`, `BRPK`/`BPRK`.
    Swap,
    /// One letter added, dropped or changed inside: `Kranggan`/`Krangan`.
    OneLetter,
    /// Two vowels changed: `Pramono`/`Pramana`.
    TwoVowels,
}

impl Form<'_> {
    fn lower(&self) -> Vec<char> {
        self.text.chars().flat_map(char::to_lowercase).collect()
    }
}

impl Variants {
    /// The variants of `doc`. With the spelling dictionary (`--spell`), a form it knows
    /// is a word, not a misspelt name.
    pub fn new(doc: &Document<'_>, dictionary: Option<&Dictionary>) -> Self {
        let (forms, form_of) = collect(doc);
        // The forms that may be the usual one (used twice or more, for a name at least
        // once mid-sentence, or spelling a long form), sorted by their key: class,
        // initial, length. A slip keeps the initial and changes the length by one at most.
        let mut usual: Vec<((Class, char, usize), usize)> = forms
            .iter()
            .enumerate()
            .filter(|(_, f)| f.attested || (f.count >= 2 && (f.named || f.class == Class::Acronym)))
            .map(|(i, f)| ((f.class, f.initial, f.len), i))
            .collect();
        if usual.is_empty() {
            return Variants(Vec::new());
        }
        usual.sort_unstable();
        let mut found: Vec<(usize, usize, Closeness)> = Vec::new();
        let mut near = Vec::new();
        for (odd, o) in forms.iter().enumerate() {
            if o.count != 1 || o.attested {
                continue;
            }
            near.clear();
            for len in o.len.saturating_sub(1)..=o.len + 1 {
                let key = (o.class, o.initial, len);
                let from = usual.partition_point(|(k, _)| *k < key);
                let to = usual.partition_point(|(k, _)| *k <= key);
                // A key many forms share says nothing (and would cost a comparison each).
                if to - from <= MAX_GROUP {
                    near.extend(usual[from..to].iter().map(|&(_, u)| u).filter(|&u| u != odd));
                }
            }
            // The house data's words are no slips; asked only of forms with a neighbour.
            if near.is_empty() || is_known(o) {
                continue;
            }
            let lower = o.lower();
            for &u in &near {
                let uf = &forms[u];
                if let Some(close) = closeness(&lower, &uf.lower(), o.class, uf.attested || is_known(uf)) {
                    found.push((odd, u, close));
                }
            }
        }
        if found.is_empty() {
            return Variants(Vec::new());
        }
        // Looked up for the few pairs found, each once: so a hostile input with many
        // pairs costs a pass over its words, not one per pair.
        let lower_words: HashSet<&str> = doc
            .words
            .iter()
            .map(|w| doc.text(w.span))
            .filter(|t| !t.chars().any(char::is_uppercase))
            .collect();
        let around = Around::new(doc, &forms, &form_of, found.iter().map(|&(_, usual, _)| usual));
        let mut usual_of: HashMap<usize, Vec<usize>> = HashMap::new();
        for &(odd, usual, close) in &found {
            let (o, u) = (&forms[odd], &forms[usual]);
            let plausible = match o.class {
                Class::Acronym => true,
                Class::Name => {
                    let lower: String = o.lower().into_iter().collect();
                    let a_word = dictionary.is_some_and(|d| d.accepts(&lower));
                    // At a sentence start any word is capitalised: a slip of one letter
                    // there may be a common word, unless the dictionary says it is none.
                    let needs_context = match close {
                        Closeness::Swap => false,
                        Closeness::OneLetter => dictionary.is_none(),
                        Closeness::TwoVowels => true,
                    };
                    u.named
                        && !a_word
                        && !lower_words.contains(lower.as_str())
                        && around.allows(o, u, close == Closeness::TwoVowels, needs_context)
                }
            };
            if plausible {
                usual_of.entry(odd).or_default().push(usual);
            }
        }
        let mut variants: Vec<Variant> = usual_of
            .into_iter()
            // An odd form near two forms of the release: which one it meant is unclear.
            .filter(|(_, usuals)| usuals.len() == 1)
            .map(|(odd, usuals)| {
                let (o, u) = (&forms[odd], &forms[usuals[0]]);
                Variant {
                    class: o.class,
                    odd: doc.words[o.first].span,
                    odd_text: o.text.to_string(),
                    usual: u.text.to_string(),
                    usual_first: doc.words[u.first].span,
                    usual_count: u.count,
                }
            })
            .collect();
        variants.sort_by_key(|v| v.odd.start);
        Variants(variants)
    }
}

/// The names and acronyms of the body, in order of first occurrence, and each form's
/// index by its text.
fn collect<'a>(doc: &Document<'a>) -> (Vec<Form<'a>>, HashMap<&'a str, usize>) {
    let mut forms: Vec<Form<'a>> = Vec::new();
    let mut index: HashMap<&'a str, usize> = HashMap::with_capacity(64);
    // One pass over the words: the capitalised ones of the body with their paragraph,
    // and for each paragraph how many words and capitals it has. A paragraph in title
    // case (four words or more, nearly all capitalised) gives no sign of a name.
    let mut capitalised: Vec<(usize, usize)> = Vec::with_capacity(64);
    let mut counts = vec![(0usize, 0usize); doc.paragraphs.len()];
    let mut paragraph = 0;
    for (i, word) in doc.words.iter().enumerate() {
        if word.region != Region::Body {
            continue;
        }
        while doc.paragraphs.get(paragraph).is_some_and(|p| p.end < word.span.start) {
            paragraph += 1;
        }
        let capital = doc.text(word.span).starts_with(char::is_uppercase);
        if let Some((all, capitals)) = counts.get_mut(paragraph) {
            *all += 1;
            *capitals += usize::from(capital);
        }
        if capital && !word.in_address && !word.in_handle {
            capitalised.push((i, paragraph));
        }
    }
    let title_case = |p: usize| {
        counts
            .get(p)
            .is_some_and(|&(all, capitals)| all >= 4 && capitals * 10 >= all * 7)
    };
    for (i, paragraph) in capitalised {
        let word = &doc.words[i];
        let text = doc.text(word.span);
        let Some((class, len)) = class_of(text, word.roles & LEXICON_ROLES != 0) else {
            continue;
        };
        let capital_says_nothing = word.part_start || title_case(paragraph);
        let at = *index.entry(text).or_insert_with(|| {
            forms.push(Form {
                text,
                initial: text.chars().flat_map(char::to_lowercase).next().unwrap_or_default(),
                len,
                class,
                first: i,
                count: 0,
                named: false,
                plain_capital: capital_says_nothing,
                attested: false,
            });
            forms.len() - 1
        });
        let form = &mut forms[at];
        form.count += 1;
        form.named |= !capital_says_nothing;
        form.attested |= class == Class::Acronym && spells_long_form(doc, i);
    }
    (forms, index)
}

/// A name (a capital, then lower-case letters, four or more in all, not a word of the
/// lexicon: `in_lexicon`) or an acronym (three to eight capitals, no Roman numeral), with
/// its length in characters; anything else (digits, hyphens, mixed case) is neither.
/// One pass over the characters: asked of every capitalised word of the body.
fn class_of(text: &str, in_lexicon: bool) -> Option<(Class, usize)> {
    let mut chars = text.chars();
    chars.next()?;
    let (mut len, mut lower, mut upper) = (1, true, true);
    for c in chars {
        len += 1;
        if c.is_ascii() {
            lower &= c.is_ascii_lowercase();
            upper &= c.is_ascii_uppercase();
        } else {
            lower &= c.is_alphabetic() && c.is_lowercase();
            upper &= c.is_alphabetic() && c.is_uppercase();
        }
        if !(lower || upper) {
            return None;
        }
    }
    if lower && len >= 4 && !in_lexicon {
        Some((Class::Name, len))
    } else if upper && (3..=8).contains(&len) && !text.chars().all(|c| "IVXLCDM".contains(c)) {
        Some((Class::Acronym, len))
    } else {
        None
    }
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

/// Whether the house data knows the form as something other than a misspelt name: a word
/// of the lexicon, an abbreviation, a word of a region's name, a common word.
fn is_known(form: &Form<'_>) -> bool {
    if TABLE.form(form.text).is_some() {
        return true;
    }
    let lower = form.text.to_lowercase();
    match form.class {
        Class::Acronym => TABLE.known_upper(form.text) || REGION_WORDS.contains(&lower),
        Class::Name => REGION_WORDS.contains(&lower) || COMMON.contains(&lower),
    }
}

/// Whether `odd` reads as a slip of `usual`, and how close it is. Both keep their first letter, and neither is the
/// other with letters added at an end (`Semarang`/`Semarangan`, `PPS`/`KPPS`: a
/// different word, not a slip).
/// - Two letters swapped (`Sudrajat`/`Sudjarat`, `BRPK`/`BPRK`): names of four letters
///   or more, acronyms of four or more (three when the usual one is known).
/// - One letter added, dropped or changed inside (`Kranggan`/`Krangan`): names of six
///   letters or more (five-letter words one letter apart are too many: `Batas`/`Batam`,
///   `Kedua`/`Ketua`).
/// - Two vowels changed (`Pramono`/`Pramana`): names of seven letters or more, and only
///   when the words around agree (`Agus Pramono` … `Agus Pramana`).
fn closeness(odd: &[char], usual: &[char], class: Class, usual_known: bool) -> Option<Closeness> {
    if odd.first() != usual.first() {
        return None;
    }
    let shorter = odd.len().min(usual.len());
    let vowel = |c: char| "aeiou".contains(c);
    if odd.len() == usual.len() {
        let mut differ = (0..odd.len()).filter(|&k| odd[k] != usual[k]);
        return match (differ.next(), differ.next(), differ.next()) {
            (Some(p), Some(q), None) if odd[p] == usual[q] && odd[q] == usual[p] => {
                let min = match class {
                    Class::Acronym if usual_known => 3,
                    _ => 4,
                };
                (shorter >= min).then_some(Closeness::Swap)
            }
            (Some(p), Some(q), None)
                if class == Class::Name
                    && shorter >= 7
                    && [odd[p], odd[q], usual[p], usual[q]].into_iter().all(vowel) =>
            {
                Some(Closeness::TwoVowels)
            }
            (Some(_), None, None) if class == Class::Name && shorter >= 6 => Some(Closeness::OneLetter),
            _ => None,
        };
    }
    if class == Class::Acronym || odd.len().abs_diff(usual.len()) != 1 || shorter < 6 {
        return None;
    }
    let (long, short) = if odd.len() > usual.len() {
        (odd, usual)
    } else {
        (usual, odd)
    };
    if long.starts_with(short) || long.ends_with(short) {
        return None;
    }
    // One letter inside the longer form that the shorter lacks.
    let at = long.iter().zip(short).position(|(a, b)| a != b).unwrap_or(short.len());
    (long[at + 1..] == short[at..]).then_some(Closeness::OneLetter)
}

/// A capitalised word beside another in the same name, and whether it opens a sentence
/// (where its capital says nothing).
type Neighbour<'a> = Option<(&'a str, bool)>;

/// The capitalised words right before and after word `i` in the same name (one space
/// between).
fn neighbours<'a>(doc: &Document<'a>, i: usize) -> [Neighbour<'a>; 2] {
    let word = doc.words[i];
    let near = |j: usize, gap: Span| {
        let other = doc.words.get(j)?;
        let text = doc.text(other.span);
        let capital = text.starts_with(|c: char| c.is_uppercase());
        (capital && other.region == word.region && doc.text(gap) == " ").then_some((text, other.part_start))
    };
    let before = i
        .checked_sub(1)
        .and_then(|j| near(j, Span::new(doc.words[j].span.end, word.span.start)));
    let after = doc
        .words
        .get(i + 1)
        .and_then(|next| near(i + 1, Span::new(word.span.end, next.span.start)));
    [before, after]
}

/// The words around each occurrence of the usual forms of the pairs found, gathered in
/// one pass over the release.
struct Around<'a, 'f> {
    forms: &'f [Form<'a>],
    form_of: &'f HashMap<&'a str, usize>,
    doc: &'f Document<'a>,
    /// Usual form → the neighbours of each of its occurrences.
    of_usual: HashMap<usize, Vec<[Neighbour<'a>; 2]>>,
}

impl<'a, 'f> Around<'a, 'f> {
    fn new(
        doc: &'f Document<'a>,
        forms: &'f [Form<'a>],
        form_of: &'f HashMap<&'a str, usize>,
        usual: impl Iterator<Item = usize>,
    ) -> Self {
        let mut of_usual: HashMap<usize, Vec<[Neighbour<'a>; 2]>> = usual.map(|u| (u, Vec::new())).collect();
        for (i, w) in doc.words.iter().enumerate() {
            if w.region != Region::Body || w.in_address || w.in_handle {
                continue;
            }
            if let Some(list) = form_of.get(doc.text(w.span)).and_then(|f| of_usual.get_mut(f)) {
                list.push(neighbours(doc, i));
            }
        }
        Around {
            forms,
            form_of,
            doc,
            of_usual,
        }
    }

    /// Whether the words around the odd form allow reading it as the usual one: never
    /// when they name someone else (`Rahmat Hidayat` … `Rahmad Santoso`: a name beside
    /// the odd form where the usual form always has another); and when `always`, or when
    /// the odd form's capital says nothing and `at_start`, only when a word beside it is
    /// the one beside the usual form (`Agus Pramono` … `Agus Pramana`).
    fn allows(&self, odd: &Form<'_>, usual: &Form<'_>, always: bool, at_start: bool) -> bool {
        let mine = neighbours(self.doc, odd.first);
        let Some(theirs) = self.form_of.get(usual.text).and_then(|u| self.of_usual.get(u)) else {
            return false;
        };
        let is_other_name = |text: &str| {
            self.form_of
                .get(text)
                .is_some_and(|&f| self.forms[f].class == Class::Name && !is_known(&self.forms[f]))
        };
        let mut agrees = false;
        for side in 0..2 {
            let Some((mine, mine_opens)) = mine[side] else {
                continue;
            };
            let same = theirs.iter().any(|t| t[side].is_some_and(|(w, _)| w == mine));
            let others = theirs.iter().any(|t| t[side].is_some());
            if same {
                agrees = true;
            } else if others && !mine_opens && is_other_name(mine) {
                return false;
            }
        }
        agrees || !(always || (odd.plain_capital && at_start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn common_words_are_sorted_lower_case_and_unique() {
        let data: Data = serde_json::from_str(crate::house::data_file!("consistency")).unwrap();
        let list = &data.common_capitalised;
        assert!(list.windows(2).all(|w| w[0] < w[1]), "not sorted or not unique");
        assert!(list.iter().all(|w| w.chars().all(char::is_lowercase)));
    }

    #[test]
    fn closeness_of_forms() {
        let name = |a: &str, b: &str| closeness(&chars(a), &chars(b), Class::Name, false);
        assert_eq!(name("sudjarat", "sudrajat"), Some(Closeness::Swap));
        assert_eq!(name("krangan", "kranggan"), Some(Closeness::OneLetter));
        assert_eq!(name("pramana", "pramono"), Some(Closeness::TwoVowels));
        assert_eq!(name("semarangan", "semarang"), None);
        assert_eq!(name("susanto", "santoso"), None);
        assert_eq!(name("tahap", "tetap"), None);
        assert_eq!(name("devi", "dewi"), None);
        assert_eq!(name("budi", "bdui"), Some(Closeness::Swap));
        let acronym = |a: &str, b: &str, known| closeness(&chars(a), &chars(b), Class::Acronym, known);
        assert_eq!(acronym("bprk", "brpk", false), Some(Closeness::Swap));
        assert_eq!(acronym("pps", "kpps", true), None);
        assert_eq!(acronym("dtp", "dpt", false), None);
        assert_eq!(acronym("dtp", "dpt", true), Some(Closeness::Swap));
        assert_eq!(acronym("dps", "dpt", true), None);
    }

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
    }
}
