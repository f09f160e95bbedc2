//! One pass over a release that both `consistency/` rules read: every name and acronym
//! of the body with the words where it occurs, and the pairs of forms that look like one
//! name written two ways (`Sudrajat` … `Sudjarat`, `Kranggan` … `Krangan`, `BRPK` …
//! `BPRK`), each with the odd form and the form used most.
//!
//! Forms are compared in groups that share a key, never all with all: the letters sorted
//! (two letters swapped), the form with one letter left out (one letter added, dropped,
//! changed or two neighbours swapped), and for names the consonants alone (vowels
//! changed). Only forms in a group of a few are compared at all.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde::Deserialize;

use crate::document::{Document, Region};
use crate::house;
use crate::lexicon;
use crate::rules::abbr::data::TABLE;
use crate::span::Span;
use crate::spell::Dictionary;

/// What kind of form a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
static COMMON: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let data: Data = serde_json::from_str(crate::house::data_file!("consistency"))
        .expect("rules/consistency.toml is valid (checked by tests)");
    data.common_capitalised.into_iter().collect()
});

/// Words of region names and their aliases, lower case (`semarang`, `timor`, `jateng`).
static REGION_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    house::all_satker()
        .iter()
        .flat_map(|s| std::iter::once(&s.name).chain(&s.aliases))
        .flat_map(|name| name.split([' ', '-']))
        .map(str::to_lowercase)
        .collect()
});

/// A group sharing a key with more forms than this is no pair of spellings of one
/// name (and would make the comparison quadratic on a hostile input): it is skipped.
const MAX_GROUP: usize = 8;

struct Form<'a> {
    text: &'a str,
    lower: Vec<char>,
    class: Class,
    words: Vec<usize>,
    /// Some occurrence stands where only a name is capitalised (mid-sentence).
    named: bool,
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

impl Variants {
    /// The variants of `doc`. With the spelling dictionary (`--spell`), a form it knows
    /// is a word, not a misspelt name.
    pub fn new(doc: &Document<'_>, dictionary: Option<&Dictionary>) -> Self {
        let forms = collect(doc);
        if forms.len() < 2 {
            return Variants(Vec::new());
        }
        let mut found: Vec<(usize, usize, Closeness)> = Vec::new();
        for (a, b) in candidate_pairs(&forms) {
            let (fa, fb) = (&forms[a], &forms[b]);
            let (odd, usual) = match (fa.words.len(), fb.words.len()) {
                (1, n) if n >= 2 || (fb.attested && !fa.attested) => (a, b),
                (n, 1) if n >= 2 || (fa.attested && !fb.attested) => (b, a),
                _ => continue,
            };
            let (o, u) = (&forms[odd], &forms[usual]);
            if o.attested && !u.attested {
                continue;
            }
            if let Some(close) = closeness(&o.lower, &u.lower, o.class, u.attested || is_known(u)) {
                found.push((odd, usual, close));
            }
        }
        if found.is_empty() {
            return Variants(Vec::new());
        }
        let lower_words: HashSet<String> = doc
            .words
            .iter()
            .map(|w| doc.text(w.span))
            .filter(|t| !t.chars().any(char::is_uppercase))
            .map(str::to_string)
            .collect();
        let mut usual_of: HashMap<usize, Vec<usize>> = HashMap::new();
        for &(odd, usual, close) in &found {
            let (o, u) = (&forms[odd], &forms[usual]);
            let plausible = match o.class {
                Class::Acronym => !is_known(o),
                Class::Name => {
                    let lower: String = o.lower.iter().collect();
                    let a_word = dictionary.is_some_and(|d| d.accepts(&lower));
                    // At a sentence start any word is capitalised: a slip of one letter
                    // there may be a common word, unless the dictionary says it is none.
                    let needs_context = match close {
                        Closeness::Swap => false,
                        Closeness::OneLetter => dictionary.is_none(),
                        Closeness::TwoVowels => true,
                    };
                    u.named
                        && !is_known(o)
                        && !a_word
                        && !lower_words.contains(&lower)
                        && context_allows(doc, &forms, o, u, close == Closeness::TwoVowels, needs_context)
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
                    odd: doc.words[o.words[0]].span,
                    odd_text: o.text.to_string(),
                    usual: u.text.to_string(),
                    usual_first: doc.words[u.words[0]].span,
                    usual_count: u.words.len(),
                }
            })
            .collect();
        variants.sort_by_key(|v| v.odd.start);
        Variants(variants)
    }
}

/// The names and acronyms of the body, in order of first occurrence.
fn collect<'a>(doc: &Document<'a>) -> Vec<Form<'a>> {
    let mut forms: Vec<Form<'a>> = Vec::new();
    let mut index: HashMap<&'a str, usize> = HashMap::new();
    for (i, word) in doc.words.iter().enumerate() {
        if word.region != Region::Body || word.in_address || word.in_handle {
            continue;
        }
        let text = doc.text(word.span);
        if !text.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let Some(class) = class_of(text) else {
            continue;
        };
        let at = *index.entry(text).or_insert_with(|| {
            forms.push(Form {
                text,
                lower: text.chars().flat_map(char::to_lowercase).collect(),
                class,
                words: Vec::new(),
                named: false,
                attested: false,
            });
            forms.len() - 1
        });
        let form = &mut forms[at];
        form.words.push(i);
        form.named |= !word.part_start;
        form.attested |= class == Class::Acronym && spells_long_form(doc, i);
    }
    forms
}

/// A name (a capital, then four or more lower-case letters in all) or an acronym (three
/// to eight capitals, no Roman numeral); anything else (digits, hyphens, mixed case) is
/// neither.
fn class_of(text: &str) -> Option<Class> {
    let mut chars = text.chars();
    chars.next()?;
    let rest = chars.as_str();
    let len = 1 + rest.chars().count();
    if rest.chars().all(|c| c.is_alphabetic() && c.is_lowercase()) && len >= 4 && lexicon::roles(text) == 0 {
        Some(Class::Name)
    } else if rest.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
        && (3..=8).contains(&len)
        && !text.chars().all(|c| "IVXLCDM".contains(c))
    {
        Some(Class::Acronym)
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
    let lower: String = form.lower.iter().collect();
    TABLE.form(form.text).is_some()
        || TABLE.known_upper(&form.text.to_uppercase())
        || REGION_WORDS.contains(&lower)
        || (form.class == Class::Name && COMMON.contains(&lower))
}

/// Pairs of forms of one class that share a key, each pair once.
fn candidate_pairs(forms: &[Form<'_>]) -> Vec<(usize, usize)> {
    let mut groups: HashMap<(Class, u8, String), Vec<usize>> = HashMap::new();
    for (i, form) in forms.iter().enumerate() {
        let mut sorted = form.lower.clone();
        sorted.sort_unstable();
        groups
            .entry((form.class, 0, sorted.into_iter().collect()))
            .or_default()
            .push(i);
        if form.class == Class::Acronym {
            continue;
        }
        let consonants: String = form.lower.iter().filter(|c| !"aeiou".contains(**c)).collect();
        groups.entry((form.class, 1, consonants)).or_default().push(i);
        for drop in 0..=form.lower.len() {
            let key: String = form
                .lower
                .iter()
                .enumerate()
                .filter(|(k, _)| *k != drop)
                .map(|(_, c)| c)
                .collect();
            groups.entry((form.class, 2, key)).or_default().push(i);
        }
    }
    let mut pairs = HashSet::new();
    for members in groups.values().filter(|m| (2..=MAX_GROUP).contains(&m.len())) {
        for (k, &a) in members.iter().enumerate() {
            for &b in &members[k + 1..] {
                if a != b {
                    pairs.insert((a.min(b), a.max(b)));
                }
            }
        }
    }
    let mut pairs: Vec<_> = pairs.into_iter().collect();
    pairs.sort_unstable();
    pairs
}

/// Whether `odd` reads as a slip of `usual`, and how close it is. Both keep their first letter, and neither is the
/// other with letters added at an end (`Semarang`/`Semarangan`, `PPS`/`KPPS`: a
/// different word, not a slip).
/// - Two letters swapped (`Sudrajat`/`Sudjarat`, `BRPK`/`BPRK`): names of four letters
///   or more, acronyms of four or more (three when the usual one is known).
/// - One letter added, dropped or changed inside, or two neighbours swapped
///   (`Kranggan`/`Krangan`): names of five letters or more.
/// - Two vowels changed (`Pramono`/`Pramana`): names of seven letters or more, and only
///   when the words around agree (`Agus Pramono` … `Agus Pramana`).
fn closeness(odd: &[char], usual: &[char], class: Class, usual_known: bool) -> Option<Closeness> {
    if odd.first() != usual.first() {
        return None;
    }
    let shorter = odd.len().min(usual.len());
    if odd.len() == usual.len() {
        let differ: Vec<usize> = (0..odd.len()).filter(|&k| odd[k] != usual[k]).collect();
        if let [p, q] = differ[..] {
            if odd[p] == usual[q] && odd[q] == usual[p] {
                let min = match class {
                    Class::Acronym if usual_known => 3,
                    _ => 4,
                };
                return (shorter >= min).then_some(Closeness::Swap);
            }
        }
    }
    if class == Class::Acronym {
        return None;
    }
    let (long, short) = if odd.len() >= usual.len() {
        (odd, usual)
    } else {
        (usual, odd)
    };
    if long.starts_with(short) || long.ends_with(short) {
        return None;
    }
    let odd_s: String = odd.iter().collect();
    let usual_s: String = usual.iter().collect();
    match strsim::damerau_levenshtein(&odd_s, &usual_s) {
        1 if shorter >= 5 => Some(Closeness::OneLetter),
        2 if shorter >= 7 && odd.len() == usual.len() && same_consonants(odd, usual) => Some(Closeness::TwoVowels),
        _ => None,
    }
}

fn same_consonants(a: &[char], b: &[char]) -> bool {
    let vowel = |c: &&char| "aeiou".contains(**c);
    a.iter().filter(|c| !vowel(c)).eq(b.iter().filter(|c| !vowel(c)))
}

/// A capitalised word beside another in the same name: lower case, and whether it opens
/// a sentence (where its capital says nothing).
type Neighbour = Option<(String, bool)>;

/// The capitalised words right before and after word `i` in the same name (one space
/// between).
fn neighbours(doc: &Document<'_>, i: usize) -> [Neighbour; 2] {
    let word = doc.words[i];
    let near = |j: usize, gap: Span| {
        let other = doc.words.get(j)?;
        let capital = doc.text(other.span).starts_with(|c: char| c.is_uppercase());
        (capital && other.region == word.region && doc.text(gap) == " ")
            .then(|| (doc.text(other.span).to_lowercase(), other.part_start))
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

/// Whether the words around the odd form allow reading it as the usual one: never when
/// they name someone else (`Rahmat Hidayat` … `Rahmad Santoso`: a name beside the odd form
/// where the usual form always has another); and when `always`, or when the odd form
/// opens a sentence (where any word is capitalised) and `at_start`, only when a word
/// beside it is the one beside the usual form (`Agus Pramono` … `Agus Pramana`).
fn context_allows(
    doc: &Document<'_>,
    forms: &[Form<'_>],
    odd: &Form<'_>,
    usual: &Form<'_>,
    always: bool,
    at_start: bool,
) -> bool {
    let at = odd.words[0];
    let mine = neighbours(doc, at);
    let theirs: Vec<[Neighbour; 2]> = usual.words.iter().map(|&i| neighbours(doc, i)).collect();
    let is_other_name = |lower: &str| {
        forms
            .iter()
            .find(|f| f.lower.iter().copied().eq(lower.chars()))
            .is_some_and(|f| f.class == Class::Name && !is_known(f))
    };
    let mut agrees = false;
    for side in 0..2 {
        let Some((mine, mine_opens)) = &mine[side] else {
            continue;
        };
        let same = theirs.iter().any(|t| t[side].as_ref().is_some_and(|(w, _)| w == mine));
        let others = theirs.iter().any(|t| t[side].is_some());
        if same {
            agrees = true;
        } else if others && !mine_opens && is_other_name(mine) {
            return false;
        }
    }
    let opens_sentence = doc.words[at].part_start;
    agrees || !(always || (opens_sentence && at_start))
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

    #[test]
    fn classes() {
        assert_eq!(class_of("Sudrajat"), Some(Class::Name));
        assert_eq!(class_of("BRPK"), Some(Class::Acronym));
        assert_eq!(class_of("XIV"), None);
        assert_eq!(class_of("Budi"), Some(Class::Name));
        assert_eq!(class_of("Ani"), None);
        assert_eq!(class_of("DPTb"), None);
        assert_eq!(class_of("Se-Jawa"), None);
        assert_eq!(class_of("Oktober"), None);
    }
}
