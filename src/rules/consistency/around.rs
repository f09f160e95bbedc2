//! The words beside a form: whether they let the odd form of a pair be read as the
//! usual one (`Agus Pramono` … `Agus Pramana`) or show it names someone else
//! (`Rahmat Hidayat` … `Rahmad Santoso`).

use std::collections::HashMap;

use crate::document::Document;
use crate::span::Span;

use super::forms::{Class, Form, Forms};
use super::known::is_known;

/// A capitalised word beside another in the same name.
#[derive(Clone, Copy)]
struct Neighbour<'a> {
    word: usize,
    text: &'a str,
    /// It opens a sentence, where its capital says nothing.
    opens: bool,
}

/// The capitalised words right before and after word `i` in the same name (one space
/// between).
fn neighbours<'a>(doc: &Document<'a>, i: usize) -> [Option<Neighbour<'a>>; 2] {
    let word = doc.words[i];
    let near = |j: usize, gap: Span| {
        let other = doc.words.get(j)?;
        let text = doc.text(other.span);
        let capital = text.starts_with(|c: char| c.is_uppercase());
        (capital && other.region == word.region && doc.text(gap) == " ").then_some(Neighbour {
            word: j,
            text,
            opens: other.part_start(),
        })
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

/// The words around each occurrence of the usual forms of the pairs found.
pub(super) struct Around<'f, 'd, 'a> {
    forms: &'f Forms<'d, 'a>,
    /// Usual form (its index in [`Forms::list`]) → the neighbours of each of its occurrences.
    of_usual: HashMap<usize, Vec<[Option<Neighbour<'a>>; 2]>>,
}

impl<'f, 'd, 'a> Around<'f, 'd, 'a> {
    pub fn new(forms: &'f Forms<'d, 'a>, usual: impl Iterator<Item = usize>) -> Self {
        let mut of_usual = HashMap::new();
        for u in usual {
            of_usual.entry(u).or_insert_with(|| {
                forms
                    .words_of(&forms.list[u])
                    .map(|i| neighbours(forms.doc, i))
                    .collect()
            });
        }
        Around { forms, of_usual }
    }

    /// Whether the words around the odd form allow reading it as the usual one (the form
    /// `usual` of [`Forms::list`]): never when they name someone else (`Rahmat Hidayat` …
    /// `Rahmad Santoso`: a name beside the odd form where the usual form always has
    /// another); and when `always`, or when the odd form's capital says nothing and
    /// `at_start`, only when a word beside it is the one beside the usual form
    /// (`Agus Pramono` … `Agus Pramana`).
    pub fn allows(&self, odd: &Form<'_>, usual: usize, always: bool, at_start: bool) -> bool {
        let mine = neighbours(self.forms.doc, odd.first);
        let Some(theirs) = self.of_usual.get(&usual) else {
            return false;
        };
        let is_other_name = |n: Neighbour<'_>| {
            self.forms
                .of_word(n.word)
                .is_some_and(|f| f.class() == Class::Name && !is_known(f))
        };
        let mut agrees = false;
        for side in 0..2 {
            let Some(mine) = mine[side] else {
                continue;
            };
            let same = theirs.iter().any(|t| t[side].is_some_and(|n| n.text == mine.text));
            let others = theirs.iter().any(|t| t[side].is_some());
            if same {
                agrees = true;
            } else if others && !mine.opens && is_other_name(mine) {
                return false;
            }
        }
        agrees || !(always || (at_start && self.forms.plain_capital(odd)))
    }
}
