//! What dictionary spelling leaves alone in a release: the parts that are not running
//! prose (dateline, credit tail, text after it: the words' regions), short terms set off
//! as foreign or technical (`(best practices)`, “hoaks”, `*live streaming*`), and words
//! the release itself uses as names.

use std::collections::HashSet;

use crate::document::{Document, Region, SourceKind, SpanSet, Word};
use crate::span::Span;

use crate::case::{shape, Shape};

/// A parenthesised, quoted or emphasised group of at most this many words is a term or
/// gloss (`praktik baik (best practices)`), not prose: often foreign, never to be
/// "corrected" into Indonesian. Longer quotations are the speaker's words and checked.
const MAX_TERM_WORDS: usize = 4;

/// Spans whose words the dictionary check skips.
pub struct Scope {
    zones: SpanSet,
    /// Lower-case forms of words the release writes capitalised in mid-sentence: names
    /// of people, places, programmes (`Knowledge Sharing`). The same word in lower case
    /// elsewhere refers to that name (`forum knowledge sharing ini`).
    names: HashSet<String>,
}

impl Scope {
    pub fn new(doc: &Document<'_>) -> Self {
        let mut zones = Vec::new();
        let short = |span: &Span| word_count(&doc.words, *span) <= MAX_TERM_WORDS;
        zones.extend(doc.quotes.iter().filter(|q| short(q)));
        let blocks = doc
            .headline
            .iter()
            .map(|h| h.span)
            .chain(doc.paragraphs.iter().copied());
        for block in blocks {
            let text = doc.text(block);
            let mut groups = pairs(text, '(', ')');
            if doc.kind == SourceKind::Markdown {
                groups.extend(pairs(text, '*', '*'));
                groups.extend(pairs(text, '_', '_'));
            }
            zones.extend(groups.into_iter().map(|g| g.shift(block.start)).filter(|g| short(g)));
        }
        let headline = doc.headline.map(|h| h.span);
        let names = doc
            .words
            .iter()
            .filter(|w| !w.part_start && !headline.is_some_and(|h| h.contains(w.span)))
            .map(|w| doc.text(w.span))
            .filter(|text| shape(text) == Shape::Title)
            .map(str::to_lowercase)
            .collect();
        Scope {
            zones: SpanSet::new(zones),
            names,
        }
    }

    /// Whether `word` lies in a part of the release that is not checked.
    pub fn skips(&self, word: &Word) -> bool {
        // The dateline, the credit tail and text after it are not running prose.
        let prose = matches!(word.region, Region::Headline | Region::Body);
        !prose || word.in_address || word.in_handle || self.zones.contains(word.span)
    }

    /// Whether the release uses the lower-case `word` as a name elsewhere.
    pub fn is_name(&self, lower: &str) -> bool {
        self.names.contains(lower)
    }
}

fn word_count(words: &[Word], span: Span) -> usize {
    let first = words.partition_point(|w| w.span.start < span.start);
    let last = words.partition_point(|w| w.span.start < span.end);
    last - first
}

/// Spans of `open … close` groups in `text`, marks included, not nested, with text right
/// inside both marks (so `2 * 3` or a lone `_` is no group).
fn pairs(text: &str, open: char, close: char) -> Vec<Span> {
    let mut groups = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if let Some(s) = start {
            if c == close {
                let inner_ok = text[s + open.len_utf8()..i]
                    .chars()
                    .last()
                    .is_some_and(|p| !p.is_whitespace());
                if inner_ok {
                    groups.push(Span::new(s, i + c.len_utf8()));
                    start = None;
                    continue;
                }
            }
            if c == '\n' && open == close {
                start = None;
            }
        }
        if c == open && start.is_none() {
            let next_ok = text[i + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(|n| !n.is_whitespace());
            if next_ok {
                start = Some(i);
            }
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_groups() {
        let t = "praktik baik (best practices) dan *live streaming* 2 * 3 (satuan kerja)";
        let found: Vec<&str> = pairs(t, '(', ')').iter().map(|s| s.text(t)).collect();
        assert_eq!(found, ["(best practices)", "(satuan kerja)"]);
        let found: Vec<&str> = pairs(t, '*', '*').iter().map(|s| s.text(t)).collect();
        assert_eq!(found, ["*live streaming*"]);
    }

    #[test]
    fn short_groups_are_zones_and_mid_sentence_capitals_are_names() {
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
