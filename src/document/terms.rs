//! Short terms set off from the prose: a quotation, a parenthesised or (in Markdown) an
//! emphasised group of a few words (`praktik baik (best practices)`, “hoaks”, `*live
//! streaming*`). Such a group is a term or a gloss, often foreign, not prose to judge
//! word by word; a longer quotation is the speaker's words. Found once, when a rule
//! first asks (only dictionary spelling does, and it is opt-in).

use crate::span::Span;

use super::{Document, SourceKind, SpanSet, Word};

/// A group of at most this many words is a term or gloss, not prose.
const MAX_TERM_WORDS: usize = 4;

impl Document<'_> {
    /// Whether `span` lies inside a short term: see the module documentation.
    pub fn in_short_term(&self, span: Span) -> bool {
        self.short_terms.get_or_init(|| short_terms(self)).contains(span)
    }
}

fn short_terms(doc: &Document<'_>) -> SpanSet {
    let mut terms = Vec::new();
    let short = |span: &Span| word_count(&doc.words, *span) <= MAX_TERM_WORDS;
    terms.extend(doc.quotes.iter().filter(|q| short(q)));
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
        terms.extend(groups.into_iter().map(|g| g.shift(block.start)).filter(|g| short(g)));
    }
    SpanSet::new(terms)
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
    fn short_groups_are_terms_long_quotations_are_not() {
        let src = "Judul Berita\nSemarang, kpu.go.id — Forum (best practices) lalu “kata kata yang sangat panjang sekali ini” dan “hoaks” katanya.";
        let doc = Document::parse(src, SourceKind::Text);
        let word = |text: &str| doc.words.iter().find(|w| doc.text(w.span) == text).unwrap().span;
        assert!(doc.in_short_term(word("best")));
        assert!(doc.in_short_term(word("hoaks")));
        assert!(!doc.in_short_term(word("sangat")));
        assert!(!doc.in_short_term(word("Forum")));
    }
}
