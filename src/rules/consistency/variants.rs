//! The pairs of forms of one release that look like one name written two ways
//! (`Sudrajat` … `Sudjarat`, `Kranggan` … `Krangan`, `BRPK` … `BPRK`), each with the odd
//! form and the form used most: made once and read by both `consistency/` rules.
//!
//! Forms are compared by groups, never all with all: a form used once only with the
//! forms used more that share its class and initial and whose length is within one of
//! its own (every slip looked for keeps the initial and changes the length by one at
//! most). A release has a few such pairs; most forms are compared with none.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::document::Document;
use crate::span::Span;
use crate::spell::Dictionary;

use super::around::Around;
use super::closeness::{closeness, Closeness};
use super::forms::{Class, Form, Forms, Key};
use super::known::is_known;

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

/// More usual forms than this with one initial and length are compared with no odd
/// form: a bound on the work a hostile input can cause (a release has a handful).
const MAX_GROUP: usize = 16;

impl Variants {
    /// The variants of `doc`. With the spelling dictionary (`--spell`), a form it knows
    /// is a word, not a misspelt name.
    pub fn new(doc: &Document<'_>, dictionary: Option<&Dictionary>) -> Self {
        let forms = Forms::new(doc);
        let found = close_pairs(&forms);
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
        let around = Around::new(&forms, found.iter().map(|&(_, usual, _)| usual));
        let mut usual_of: HashMap<usize, Vec<usize>> = HashMap::new();
        for &(odd, usual, close) in &found {
            let (o, u) = (&forms.list[odd], &forms.list[usual]);
            let plausible = match o.class() {
                Class::Acronym => true,
                Class::Name => {
                    let lower: String = o.text.chars().flat_map(char::to_lowercase).collect();
                    let a_word = dictionary.is_some_and(|d| d.accepts(&lower));
                    // At a sentence start any word is capitalised: a slip of one letter
                    // there may be a common word, unless the dictionary says it is none.
                    let needs_context = match close {
                        Closeness::Swap => false,
                        Closeness::OneLetter => dictionary.is_none(),
                        Closeness::TwoVowels => true,
                    };
                    forms.named(u)
                        && !a_word
                        && !lower_words.contains(lower.as_str())
                        && around.allows(o, usual, close == Closeness::TwoVowels, needs_context)
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
                let (o, u) = (&forms.list[odd], &forms.list[usuals[0]]);
                Variant {
                    class: o.class(),
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

/// The pairs (odd form, usual form, how close) of [`Forms::list`] where the odd form,
/// used once, is a slip of a form that may be the usual one; the words around decide
/// afterwards.
fn close_pairs(forms: &Forms<'_, '_>) -> Vec<(usize, usize, Closeness)> {
    let list = &forms.list;
    // The forms that may be the usual one (used twice or more, or spelling a long form),
    // sorted by key. Whether a name's capital really names someone is asked only of a
    // form close to an odd one (`is_usual`).
    let mut usual: Vec<(Key, usize)> = (0..list.len())
        .filter(|&u| {
            let f = &list[u];
            f.attested || (f.count >= 2 && (f.may_be_named || f.class() == Class::Acronym))
        })
        .map(|u| (list[u].key, u))
        .collect();
    usual.sort_unstable();
    // The usual forms of each key: runs of `usual`, in key order.
    let mut groups: Vec<Group> = Vec::with_capacity(usual.len());
    for (at, &(key, _)) in usual.iter().enumerate() {
        match groups.last_mut() {
            Some(group) if group.key == key => group.members.end = at + 1,
            _ => groups.push(Group {
                key,
                members: at..at + 1,
                crowded: None,
            }),
        }
    }
    let is_usual = |f: &Form<'_>| f.attested || (f.count >= 2 && (f.class() == Class::Acronym || forms.named(f)));
    let mut found = Vec::new();
    let mut lowered = Lowered::default();
    for (odd, o) in list.iter().enumerate() {
        if o.count != 1 || o.attested {
            continue;
        }
        let (lowest, highest) = o.key.near();
        let next = groups.partition_point(|g| g.key < lowest);
        let before = found.len();
        for group in groups[next..].iter_mut().take_while(|g| g.key <= highest) {
            let members = &usual[group.members.clone()];
            // A key many forms share says nothing (and would cost a comparison each).
            // Whether it has too many usual forms is counted once: a hostile release has
            // thousands of odd forms beside one crowded key.
            if members.len() > MAX_GROUP
                && *group
                    .crowded
                    .get_or_insert_with(|| members.iter().filter(|&&(_, u)| is_usual(&list[u])).count() > MAX_GROUP)
            {
                continue;
            }
            for &(_, u) in members {
                let uf = &list[u];
                // Whether the usual form is known matters only to a swap in three
                // capitals, so the house data is asked only then.
                let mut close = lowered.closeness(o, uf, true);
                if close.is_some()
                    && o.class() == Class::Acronym
                    && !uf.attested
                    && lowered.closeness(o, uf, false).is_none()
                    && !is_known(uf)
                {
                    close = None;
                }
                if let Some(close) = close.filter(|_| is_usual(uf)) {
                    found.push((odd, u, close));
                }
            }
        }
        // The house data's words are no slips; asked only of forms close to another.
        if found.len() > before && is_known(o) {
            found.truncate(before);
        }
    }
    found
}

/// The usual forms of one key, as a range of [`close_pairs`]'s list of them.
struct Group {
    key: Key,
    members: Range<usize>,
    /// Whether more than [`MAX_GROUP`] of them are usual after all, counted when asked.
    crowded: Option<bool>,
}

/// Lower-case copies of two forms beyond ASCII, reused from pair to pair.
#[derive(Default)]
struct Lowered {
    chars: [Vec<char>; 2],
}

impl Lowered {
    /// [`closeness`] of `odd` to `usual` (forms of one class and initial), read in lower
    /// case. Two such forms in ASCII, as most are, are read as written: each is a capital
    /// and then lower case (a name) or capitals only (an acronym), with the same capital
    /// first, so their bytes differ where their lower-case copies would, and a name's
    /// vowels after the first are lower case already.
    fn closeness(&mut self, odd: &Form<'_>, usual: &Form<'_>, usual_known: bool) -> Option<Closeness> {
        let class = odd.class();
        if odd.text.is_ascii() && usual.text.is_ascii() {
            closeness(odd.text.as_bytes(), usual.text.as_bytes(), class, usual_known)
        } else {
            let [a, b] = &mut self.chars;
            for (out, form) in [(&mut *a, odd), (&mut *b, usual)] {
                out.clear();
                out.extend(form.text.chars().flat_map(char::to_lowercase));
            }
            closeness(a, b, class, usual_known)
        }
    }
}
