//! One pass over a text block (the headline or a paragraph): its words with where they
//! stand, and its unusual white space, which lies in the gaps between the words.
//!
//! Most gaps are one plain space: such a gap starts no sentence or part and glues no
//! handle to the word after it, so it is settled from its bytes without the general
//! checks.

use super::{region, spacing, words, CreditTail, Dateline, SpaceRun, Word};
use crate::lexicon;
use crate::span::Span;

/// What the words of every block are placed against.
pub(super) struct Layout<'d> {
    pub source: &'d str,
    pub headline: Option<Span>,
    pub dateline: Option<&'d Dateline>,
    pub credit: Option<&'d CreditTail>,
    /// Where the news after the dateline starts: its first word starts a sentence.
    pub news_start: Option<usize>,
}

impl Layout<'_> {
    /// Adds the words of `block` to `words` and its unusual white space to `runs`.
    pub fn scan(&self, block: Span, words: &mut Vec<Word>, runs: &mut Vec<SpaceRun>) {
        let source = self.source;
        let bytes = source.as_bytes();
        let text = block.text(source);
        let mut previous: Option<Span> = None;
        for span in words::split(text, block.start) {
            let gap_start = previous.map_or(block.start, |p| p.end);
            let plain_gap = previous.is_some() && span.start == gap_start + 1 && bytes[gap_start] == b' ';
            // One space between two ASCII letters or digits is never a run.
            let plain_space =
                plain_gap && bytes[gap_start - 1].is_ascii_alphanumeric() && bytes[span.start].is_ascii_alphanumeric();
            if !plain_space {
                let (from, to) = (gap_start - block.start, span.start - block.start);
                spacing::runs_between(text, block.start, from, to, runs);
            }
            let (in_handle, after_stop, part_start) = if plain_gap {
                (bytes.get(span.end) == Some(&b'_'), false, false)
            } else {
                let gap = previous.map(|p| &source[p.end..span.start]);
                (
                    region::in_handle(source, span),
                    region::after_full_stop(gap),
                    gap.is_none_or(words::opens_sentence),
                )
            };
            let written = span.text(source);
            let repeats = match previous {
                Some(before) if plain_gap && lexicon::may_repeat(before.text(source), written) => lexicon::REPEATS,
                _ => 0,
            };
            previous = Some(span);
            words.push(Word {
                span,
                roles: lexicon::roles_in(source, span) | lexicon::shape_marks(written) | repeats,
                region: region::of(span.start, self.headline, self.dateline, self.credit),
                in_address: false,
                in_quote: false,
                in_handle,
                sentence_start: self.news_start == Some(span.start) || after_stop,
                part_start,
            });
        }
        let tail = previous.map_or(0, |p| p.end - block.start);
        spacing::runs_between(text, block.start, tail, text.len(), runs);
    }
}
