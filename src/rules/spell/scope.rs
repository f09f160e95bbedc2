//! What dictionary spelling leaves alone in a release: words that are not running prose
//! ([`Word::is_prose`]), short terms set off as foreign or technical (`(best
//! practices)`, “hoaks”, `*live streaming*`: [`Document::in_short_term`]), both decided by
//! the document, and words the release itself uses as names.

use std::collections::HashSet;

use crate::document::{Document, Word};

use crate::case::{shape, Shape};

/// Words the dictionary check skips.
pub struct Scope<'d> {
    doc: &'d Document<'d>,
    /// Lower-case forms of words the release writes capitalised in mid-sentence: names
    /// of people, places, programmes (`Knowledge Sharing`). The same word in lower case
    /// elsewhere refers to that name (`forum knowledge sharing ini`).
    names: HashSet<String>,
}

impl<'d> Scope<'d> {
    pub fn new(doc: &'d Document<'d>) -> Self {
        let headline = doc.headline.map(|h| h.span);
        let names = doc
            .words
            .iter()
            .filter(|w| !w.part_start() && !headline.is_some_and(|h| h.contains(w.span)))
            .map(|w| doc.text(w.span))
            .filter(|text| shape(text) == Shape::Title)
            .map(str::to_lowercase)
            .collect();
        Scope { doc, names }
    }

    /// Whether `word` lies in a part of the release that is not checked.
    pub fn skips(&self, word: &Word) -> bool {
        !word.is_prose() || self.doc.in_short_term(word.span)
    }

    /// Whether the release uses the lower-case `word` as a name elsewhere.
    pub fn is_name(&self, lower: &str) -> bool {
        self.names.contains(lower)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;

    #[test]
    fn short_groups_are_skipped_and_mid_sentence_capitals_are_names() {
        let src = "Judul Berita\nSemarang, kpu.go.id — Forum ini mengikuti Knowledge Sharing (best practices) lalu “kata kata yang sangat panjang sekali ini” katanya.";
        let doc = Document::parse(src, SourceKind::Text);
        let scope = Scope::new(&doc);
        let word = |text: &str| doc.words.iter().find(|w| doc.text(w.span) == text).copied().unwrap();
        assert!(scope.skips(&word("best")));
        assert!(scope.skips(&word("Semarang")));
        assert!(!scope.skips(&word("sangat")));
        assert!(scope.is_name("knowledge"));
        assert!(!scope.is_name("forum"), "sentence start is no evidence of a name");
        assert!(
            !scope.is_name("judul") && !scope.is_name("berita"),
            "headline capitals are title case"
        );
    }
}
