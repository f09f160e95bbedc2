//! One pass over a text block (the headline or a paragraph): its words with where they
//! stand, and its unusual white space, which lies in the gaps between the words.
//!
//! Most gaps are one plain space: such a gap starts no sentence or part and glues no
//! handle to the word after it, so it is settled from its bytes without the general
//! checks.

use super::{region, spacing, tokens, words, CreditTail, Dateline, Region, SpaceRun, Word};
use crate::lexicon;
use crate::span::Span;

/// Bytes that may lie between two words without ending a sentence or a part, opening a
/// quotation or gluing a handle ([`words::opens_sentence`], [`region::after_full_stop`],
/// [`region::in_handle`]).
const QUIET: &[u8] = b" ,;)/\t";

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
    /// Adds the words of `block` to `words`, the indices of those with a lexicon role or
    /// shape mark to `marked`, and its unusual white space to `runs`. Words are found,
    /// looked up and marked in one walk over the block's bytes.
    pub fn scan(&self, block: Span, words: &mut Vec<Word>, marked: &mut Vec<u32>, runs: &mut Vec<SpaceRun>) {
        let source = self.source;
        let bytes = source.as_bytes();
        let text = block.text(source);
        let one_region = self.one_region(block);
        let mut previous: Option<Span> = None;
        // The text of `previous`, kept rather than cut from the source again.
        let mut previous_word = "";
        for token in tokens::Tokens::new(text) {
            let span = Span::new(block.start + token.start, block.start + token.end);
            let gap_start = previous.map_or(block.start, |p| p.end);
            let plain_gap = previous.is_some() && span.start == gap_start + 1 && bytes[gap_start] == b' ';
            // One space between two ASCII letters or digits is never a run.
            let plain_space =
                plain_gap && bytes[gap_start - 1].is_ascii_alphanumeric() && bytes[span.start].is_ascii_alphanumeric();
            if !plain_space {
                let (from, to) = (gap_start - block.start, span.start - block.start);
                spacing::runs_between(text, block.start, from, to, runs);
            }
            // A gap of spaces, commas and the like (`, `) ends no sentence or part and
            // holds no `#`, `@` or `_`: settled like one space.
            let quiet_gap =
                plain_gap || (previous.is_some() && bytes[gap_start..span.start].iter().all(|&b| QUIET.contains(&b)));
            let (in_handle, after_stop, part_start) = if quiet_gap {
                (bytes.get(span.end) == Some(&b'_'), false, false)
            } else {
                let gap = previous.map(|p| &source[p.end..span.start]);
                (
                    region::in_handle(source, span),
                    region::after_full_stop(gap),
                    gap.is_none_or(words::opens_sentence),
                )
            };
            let written = &text[token.start..token.end];
            let repeats = if plain_gap && lexicon::may_repeat(previous_word, written) {
                lexicon::REPEATS
            } else {
                0
            };
            previous = Some(span);
            previous_word = written;
            let marks = token.shape_marks(written);
            let roles = lexicon::roles_in(source, span, written) | marks | repeats;
            if roles != 0 {
                marked.extend(u32::try_from(words.len()).ok());
            }
            words.push(Word {
                span,
                roles,
                region: one_region.unwrap_or_else(|| region::of(span.start, self.headline, self.dateline, self.credit)),
                flags: flag(in_handle, words::IN_HANDLE)
                    | flag(self.news_start == Some(span.start) || after_stop, words::SENTENCE_START)
                    | flag(part_start, words::PART_START)
                    | token.capitalised_flag(),
            });
        }
        let tail = previous.map_or(0, |p| p.end - block.start);
        spacing::runs_between(text, block.start, tail, text.len(), runs);
    }

    /// The region of every word of `block` when one region holds it all: the headline,
    /// or a paragraph that the dateline, the credit tail and the text after it do not
    /// touch (most of them), so that no word asks [`region::of`].
    fn one_region(&self, block: Span) -> Option<Region> {
        if self.headline == Some(block) {
            return Some(Region::Headline);
        }
        let credit = self.credit.map(|c| c.span);
        let trailing = self.credit.and_then(|c| c.trailing);
        let touched = [self.headline, self.dateline.map(|d| d.span), credit, trailing]
            .into_iter()
            .flatten()
            .any(|span| span.overlaps(block));
        (!touched).then_some(Region::Body)
    }
}

/// `bit` when `yes`.
fn flag(yes: bool, bit: u8) -> u8 {
    if yes {
        bit
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::super::{region, Document, SourceKind};
    use crate::lexicon::{ALL_CAPS, CAPITAL_THIRD, ENDS_IN_2, ENDS_IN_PUN, HYPHENATED};

    /// The shape marks by their definitions, read from the word's text.
    fn marks_by_definition(word: &str) -> u32 {
        let mut marks = 0;
        if word.contains('-') {
            marks |= HYPHENATED;
        }
        if word.ends_with('2') || word.ends_with("2nya") {
            marks |= ENDS_IN_2;
        }
        if word.ends_with("pun") || word.ends_with("PUN") {
            marks |= ENDS_IN_PUN;
        }
        if word.get(2..).is_some_and(|rest| rest.starts_with(char::is_uppercase)) {
            marks |= CAPITAL_THIRD;
        }
        if crate::case::is_all_caps(word) {
            marks |= ALL_CAPS;
        }
        marks
    }

    proptest! {
        /// What the one pass decides for each word on the way (shape marks, region,
        /// address, quotation and capital) is what the definitions say, word by word.
        #[test]
        fn one_pass_agrees_with_the_definitions(
            text in "(Judul|Semarang, kpu\\.go\\.id — |, |; |\\) |/|\t|#|@|\\.|!|\\?|:|‘|'|\\(|\\[|KPU|www\\.kpu\\.go\\.id/x|a@b\\.id|\"|“|”|\\(awh/ed\\. Foto: dok\\)|masing2|apapun|diKPU|se-Jawa|JUM'AT|ÉÉÉ|É|éx|ǅa|x\u{301}Y|[a-zA-Z0-9 .,'’\\-_#]|\n){0,40}"
        ) {
            let doc = Document::parse(&text, SourceKind::Text);
            let shapes = HYPHENATED | ENDS_IN_2 | ENDS_IN_PUN | CAPITAL_THIRD | ALL_CAPS;
            let mut marked = Vec::new();
            let blocks: Vec<_> = doc.headline.iter().map(|h| h.span).chain(doc.paragraphs.iter().copied()).collect();
            for (i, w) in doc.words.iter().enumerate() {
                let word = doc.text(w.span);
                prop_assert_eq!(w.roles & shapes, marks_by_definition(word), "{}", word);
                prop_assert_eq!(w.in_address(), doc.addresses.overlaps(w.span), "{}", word);
                prop_assert_eq!(w.in_quote(), doc.quotes.contains(w.span), "{}", word);
                prop_assert_eq!(w.capitalised(), word.starts_with(char::is_uppercase), "{}", word);
                let headline = doc.headline.map(|h| h.span);
                let place = region::of(w.span.start, headline, doc.dateline.as_ref(), doc.credit.as_ref());
                prop_assert_eq!(w.region, place, "{}", word);
                if w.roles != 0 {
                    marked.push(i);
                }
                // The word before in the same block, if any, and the text between.
                let block = blocks.iter().find(|b| b.contains(w.span));
                let before = i.checked_sub(1).map(|k| doc.words[k].span).filter(|p| block.is_some_and(|b| b.contains(*p)));
                let gap = before.map(|p| &text[p.end..w.span.start]);
                prop_assert_eq!(w.in_handle(), region::in_handle(&text, w.span), "{}", word);
                prop_assert_eq!(w.part_start(), gap.is_none_or(super::super::words::opens_sentence), "{}", word);
                let news = doc.dateline.as_ref().map(|d| d.separator.end) == Some(w.span.start);
                prop_assert_eq!(w.sentence_start(), news || region::after_full_stop(gap), "{}", word);
            }
            let with_any: Vec<usize> = doc.words_with(u32::MAX).map(|(i, _)| i).collect();
            prop_assert_eq!(with_any, marked);
        }
    }
}
