//! Where a word or span lies in a release, decided once when the document is parsed so
//! that no rule works it out again: the part of the release (headline, dateline, body,
//! credit tail, ...) and what it sits inside (an address, a quotation, a handle).

use crate::span::Span;

use super::{CreditTail, Dateline, Document, Word};

/// The part of a release a word belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Region {
    /// The YAML/TOML block at the top. Its values are metadata, not words.
    FrontMatter,
    /// The first line, or the `# ` heading in Markdown.
    Headline,
    /// `Semarang, kota-semarang.kpu.go.id — ` at the start of the lead.
    Dateline,
    /// Running prose.
    #[default]
    Body,
    /// `(awh/ed. Foto: rap/KPU Kota Semarang)`: initials and a photo credit, not words.
    CreditTail,
    /// Text after the credit tail.
    Trailing,
    /// A Markdown comment line (`<!-- ... -->`), outside the release text.
    Comment,
}

/// The region of the text starting at `offset` of a headline or paragraph.
pub(super) fn of(
    offset: usize,
    headline: Option<Span>,
    dateline: Option<&Dateline>,
    credit: Option<&CreditTail>,
) -> Region {
    let holds = |span: Span| span.start <= offset && offset < span.end;
    if headline.is_some_and(holds) {
        Region::Headline
    } else if dateline.is_some_and(|d| holds(d.span)) {
        Region::Dateline
    } else if credit.is_some_and(|c| holds(c.span)) {
        Region::CreditTail
    } else if credit.and_then(|c| c.trailing).is_some_and(holds) {
        Region::Trailing
    } else {
        Region::Body
    }
}

/// Whether the word is part of a hashtag, a handle or an identifier (`#TemanPemilih`,
/// `@kpu_ri`): glued to `#`, `@` or `_` before it, or to `_` after it.
pub(crate) fn in_handle(source: &str, word: Span) -> bool {
    let before = source[..word.start].chars().next_back();
    let after = source[word.end..].chars().next();
    matches!(before, Some('#' | '@' | '_')) || after == Some('_')
}

/// Whether the word after `gap` (the text since the word before) starts a sentence: the
/// first word of a block, the news after the dateline, or a word after `.`, `!` or `?`
/// with only white space, opening quotation marks and brackets between.
pub(super) fn after_full_stop(gap: Option<&str>) -> bool {
    let Some(gap) = gap else {
        return true;
    };
    gap.chars()
        .rev()
        .find(|c| !c.is_whitespace() && !matches!(c, '“' | '"' | '‘' | '\'' | '(' | '['))
        .is_some_and(|c| matches!(c, '.' | '!' | '?'))
}

impl Document<'_> {
    /// The headline's words: the headline is the first block the document splits.
    pub fn headline_words(&self) -> &[Word] {
        let end = self.words.partition_point(|w| w.region == Region::Headline);
        &self.words[..end]
    }

    /// The words word rules judge, with their indices: not inside URLs, e-mail addresses,
    /// domains or the credit tail.
    pub fn checked_words(&self) -> impl Iterator<Item = (usize, &Word)> {
        self.words.iter().enumerate().filter(|(_, w)| w.is_checked())
    }

    /// The words carrying any of the lexicon roles or shape marks in `mask`, with their
    /// indices: a rule about some words visits those, not every word.
    pub fn words_with(&self, mask: u32) -> impl Iterator<Item = (usize, &Word)> {
        self.marked.iter().filter_map(move |&i| {
            let i = i as usize;
            let word = self.words.get(i)?;
            (word.roles & mask != 0).then_some((i, word))
        })
    }

    /// [`Document::words_with`] among the words word rules judge.
    pub fn checked_words_with(&self, mask: u32) -> impl Iterator<Item = (usize, &Word)> {
        self.words_with(mask).filter(|(_, w)| w.is_checked())
    }

    /// Whether `span` touches the dateline, which `dateline/` checks.
    pub fn touches_dateline(&self, span: Span) -> bool {
        self.dateline.as_ref().is_some_and(|d| d.span.overlaps(span))
    }

    /// Whether `span` touches the inside of the credit tail, whose marks `credit/` checks.
    pub fn touches_credit(&self, span: Span) -> bool {
        self.credit.is_some_and(|c| c.inner.overlaps(span))
    }

    /// Whether `span` touches the gap before `Foto` or the colon after it in the credit.
    pub fn around_photo_label(&self, span: Span) -> bool {
        self.credit
            .is_some_and(|c| c.parts.label_gap.overlaps(span) || c.parts.photo.is_some_and(|p| p.colon.overlaps(span)))
    }
}
