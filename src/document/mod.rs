//! The release model: a press release parsed once into spans that every rule shares.
//!
//! Anatomy (docs/README.md): optional front matter; a headline (first line, or a `# `
//! heading in Markdown); paragraphs (one per line, or separated by blank lines); the lead
//! (first paragraph) opening with the dateline; the credit tail closing the release.

mod address_scan;
mod blocks;
pub mod credit;
mod credit_marks;
mod credit_parts;
mod date_cursor;
pub mod dateline;
pub mod dates;
mod domain_scan;
pub mod front_matter;
mod loose_dates;
pub mod metadata;
mod parse;
mod pool;
pub mod region;
pub mod spacing;
pub mod span_set;
mod terms;
pub mod text_spans;
mod tokens;
pub mod words;

pub use credit::CreditTail;
pub use dateline::{Dateline, Domain};
pub use dates::DateMention;
pub use front_matter::{FrontMatter, FrontMatterFormat};
pub use metadata::{MetaEntry, MetaValue, Metadata};
pub use region::Region;
pub use spacing::SpaceRun;
pub use span_set::SpanSet;
pub use words::Word;

use crate::line_index::LineIndex;
use crate::span::Span;

/// What kind of file the release came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SourceKind {
    #[default]
    Text,
    Markdown,
}

impl SourceKind {
    /// Markdown for `.md` and `.markdown` names, plain text otherwise.
    pub fn from_path(path: &str) -> Self {
        // Compared without case in place: a lowercased copy of the path was an
        // allocation for every release.
        let ends_with = |suffix: &str| {
            let bytes = path.as_bytes();
            bytes.len() >= suffix.len() && bytes[bytes.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
        };
        if ends_with(".md") || ends_with(".markdown") {
            SourceKind::Markdown
        } else {
            SourceKind::Text
        }
    }
}

/// The headline: its text span, and the `# ` marker in front of it in Markdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headline {
    pub span: Span,
    pub marker: Option<Span>,
}

/// A parsed release. Built once per file by [`Document::parse`]; rules never re-scan the
/// raw text for structure.
#[derive(Debug, Clone)]
pub struct Document<'a> {
    pub source: &'a str,
    pub kind: SourceKind,
    pub lines: LineIndex,
    pub front_matter: Option<FrontMatter>,
    /// Keys of the front matter (or metadata handed over with an article).
    pub metadata: Option<Metadata>,
    pub headline: Option<Headline>,
    /// The front matter `title` as written (inside its quotes), when its text is the
    /// value itself (no escapes): the headline when the body has none, and checked by
    /// the `title/` rules beside a `# ` heading it differs from.
    pub title: Option<Span>,
    /// Body paragraphs after the headline. A paragraph spans from the first character of
    /// its first line to the end of its last line (line breaks inside included).
    pub paragraphs: Vec<Span>,
    pub dateline: Option<Dateline>,
    pub credit: Option<CreditTail>,
    pub quotes: SpanSet,
    /// URLs, e-mail addresses and domains.
    pub addresses: SpanSet,
    pub words: Vec<Word>,
    /// Indices of the words with a lexicon role or a shape mark: the few that
    /// [`Document::words_with`] visits.
    marked: Vec<u32>,
    /// Markdown comment lines (`<!-- ... -->`), and suppression comments that end a line
    /// of text, outside the release text; in line order.
    pub comments: Vec<Span>,
    /// Day-and-date mentions (`Senin (27/10)`) in the headline and body, outside
    /// addresses and the credit tail.
    pub dates: Vec<DateMention>,
    /// White space in the headline and paragraphs other than one space between words.
    pub space_runs: Vec<SpaceRun>,
    /// Short quoted, parenthesised or emphasised terms ([`Document::in_short_term`]),
    /// found when first asked for.
    short_terms: std::cell::OnceCell<SpanSet>,
}

impl<'a> Document<'a> {
    pub fn parse(source: &'a str, kind: SourceKind) -> Self {
        Self::parse_with(source, kind, None)
    }

    /// Parses an article body whose metadata a tool holds separately: the body has no
    /// front matter, and its headline is the metadata `title` unless it has a `# ` heading.
    pub fn parse_article(body: &'a str, metadata: Metadata) -> Self {
        Self::parse_with(body, SourceKind::Markdown, Some(metadata))
    }

    /// The lead: the first paragraph of the body.
    pub fn lead(&self) -> Option<Span> {
        self.paragraphs.first().copied()
    }

    pub fn text(&self, span: Span) -> &'a str {
        span.text(self.source)
    }

    /// Whether `span` touches a URL, e-mail address or domain.
    pub fn in_address(&self, span: Span) -> bool {
        self.addresses.overlaps(span)
    }

    pub fn in_quote(&self, span: Span) -> bool {
        self.quotes.contains(span)
    }

    /// The span of the 0-based line holding `offset`, without its terminator.
    pub fn line_span_at(&self, offset: usize) -> Span {
        let line = self.lines.line_of(offset);
        let start = self.lines.line_start(line);
        let text = &self.source[start..];
        let end = text.find(['\n', '\r']).map_or(self.source.len(), |i| start + i);
        Span::new(start, end)
    }

    /// The last line that has any text, as a span (trimmed of trailing white space).
    pub fn last_text_line(&self) -> Option<Span> {
        let last = *self.paragraphs.last()?;
        let text = last.text(self.source).trim_end();
        let line_start = text.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        Some(Span::new(last.start + line_start, last.start + text.len()))
    }
}
