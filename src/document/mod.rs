//! The release model: a press release parsed once into spans that every rule shares.
//!
//! Anatomy (docs/README.md): optional front matter; a headline (first line, or a `# `
//! heading in Markdown); paragraphs (one per line, or separated by blank lines); the lead
//! (first paragraph) opening with the dateline; the credit tail closing the release.

mod address_scan;
mod blocks;
pub mod credit;
mod credit_marks;
pub mod dateline;
pub mod dates;
pub mod front_matter;
mod loose_dates;
pub mod metadata;
pub mod region;
pub mod spacing;
pub mod span_set;
mod terms;
pub mod text_spans;
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
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
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

    fn parse_with(source: &'a str, kind: SourceKind, external: Option<Metadata>) -> Self {
        let lines = LineIndex::new(source);
        let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
        let front_matter = if external.is_some() {
            None
        } else {
            front_matter::locate(source, bom)
        };
        let has_metadata = external.is_some() || front_matter.is_some_and(|fm| !fm.unclosed);
        let metadata = external.or_else(|| {
            front_matter
                .filter(|fm| !fm.unclosed)
                .map(|fm| metadata::parse(source, &fm))
        });
        let title = metadata.as_ref().and_then(|m| metadata::title_span(source, m));
        let body_start = front_matter.map_or(bom, |fm| fm.block.end);
        let mut body_lines = line_spans(source, body_start);
        // Markdown comments on a line of their own (suppression directives among them)
        // are not release text: they take no part in headline or paragraphs.
        let mut comments = Vec::new();
        if kind == SourceKind::Markdown {
            body_lines.retain_mut(|line| {
                let text = line.text(source).trim();
                let is_comment = text.starts_with("<!--") && text.ends_with("-->");
                if is_comment {
                    comments.push(*line);
                } else if let Some(comment) = trailing_directive(source, *line) {
                    // `Teks. <!-- siaran-disable-line punct -->`: the comment is no part
                    // of the text before it.
                    comments.push(comment);
                    line.end = line.start + source[line.start..comment.start].trim_end().len();
                }
                !is_comment
            });
        }

        let mut rest = body_lines.as_slice();
        while rest.first().is_some_and(|l| is_blank(source, *l)) {
            rest = &rest[1..];
        }
        let headline = match rest.first() {
            Some(first) => {
                let text = first.text(source);
                if kind == SourceKind::Markdown && (text.starts_with("# ") || text == "#") {
                    let marker_len = text.len() - text[1..].trim_start().len();
                    rest = &rest[1..];
                    // `# ` alone: the marker takes the whole line and the headline is empty.
                    let end = text.trim_end().len().max(marker_len);
                    Some(Headline {
                        span: Span::new(first.start + marker_len, first.start + end),
                        marker: Some(Span::new(first.start, first.start + marker_len)),
                    })
                } else if kind == SourceKind::Markdown && has_metadata {
                    // The front matter `title` is the headline; the body starts right away.
                    title.map(|span| Headline { span, marker: None })
                } else if dateline::parse(text, first.start).is_some_and(|d| d.domain.is_some()) {
                    // No headline at all: the release opens with its lead.
                    None
                } else {
                    rest = &rest[1..];
                    Some(Headline {
                        span: Span::new(first.start, first.start + text.trim_end().len()),
                        marker: None,
                    })
                }
            }
            None => title
                .filter(|_| kind == SourceKind::Markdown && has_metadata)
                .map(|span| Headline { span, marker: None }),
        };

        let paragraphs = paragraphs(source, rest);
        let dateline = paragraphs
            .first()
            .and_then(|lead| dateline::parse(lead.text(source), lead.start));
        let credit = locate_credit(source, &paragraphs);

        let mut quotes = Vec::new();
        let mut addresses = Vec::new();
        let mut words = Vec::with_capacity(source.len() / 7);
        let mut marked = Vec::with_capacity(source.len() / 64);
        let mut dates = Vec::new();
        let mut space_runs = Vec::new();
        let headline_span = headline.map(|h| h.span);
        let layout = blocks::Layout {
            source,
            headline: headline_span,
            dateline: dateline.as_ref(),
            credit: credit.as_ref(),
            news_start: dateline.as_ref().map(|d| d.separator.end),
        };
        let text_blocks = headline_span.into_iter().chain(paragraphs.iter().copied());
        for block in text_blocks {
            let text = block.text(source);
            quotes.extend(text_spans::quotations(text, block.start));
            addresses.extend(text_spans::addresses(text, block.start));
            let first = words.len();
            layout.scan(block, &mut words, &mut marked, &mut space_runs);
            dates.extend(dates::find(text, block.start, &words[first..]));
        }
        let quotes = SpanSet::new(quotes);
        let addresses = SpanSet::new(addresses);
        mark_inside(&mut words, &addresses, &quotes);
        dates.retain(|d: &DateMention| !addresses.overlaps(d.span) && !credit.is_some_and(|c| c.span.overlaps(d.span)));
        Document {
            source,
            kind,
            lines,
            front_matter,
            metadata,
            headline,
            title,
            paragraphs,
            dateline,
            credit,
            quotes,
            addresses,
            words,
            marked,
            comments,
            dates,
            space_runs,
            short_terms: std::cell::OnceCell::new(),
        }
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

fn is_blank(source: &str, line: Span) -> bool {
    line.text(source).trim().is_empty()
}

/// A suppression comment (`<!-- siaran-… -->`) that ends a line of text, if there is one.
fn trailing_directive(source: &str, line: Span) -> Option<Span> {
    let text = line.text(source).trim_end();
    let open = text.rfind("<!--")?;
    let inner = text[open..].strip_suffix("-->")?;
    let directive = inner[4..]
        .trim_start()
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("siaran"));
    (directive && open > 0 && !inner[4..].contains("-->"))
        .then(|| Span::new(line.start + open, line.start + text.len()))
}

/// Content spans (terminators excluded) of the lines from `start` on.
fn line_spans(source: &str, start: usize) -> Vec<Span> {
    let bytes = source.as_bytes();
    let mut spans = Vec::new();
    let mut line_start = start;
    for i in memchr::memchr2_iter(b'\n', b'\r', &bytes[start..]) {
        let i = start + i;
        if i < line_start {
            // The `\n` of a `\r\n`, ended with its `\r`.
            continue;
        }
        spans.push(Span::new(line_start, i));
        let crlf = bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n');
        line_start = i + 1 + usize::from(crlf);
    }
    if line_start < bytes.len() {
        spans.push(Span::new(line_start, bytes.len()));
    }
    spans
}

/// Groups body lines into paragraphs. When any blank line separates text, paragraphs are
/// blank-line separated blocks (wrapped Markdown); otherwise every line is a paragraph
/// (the CMS export style of the reference release).
fn paragraphs(source: &str, lines: &[Span]) -> Vec<Span> {
    let blank_separated = lines.iter().any(|l| is_blank(source, *l));
    let mut out: Vec<Span> = Vec::new();
    let mut current: Option<Span> = None;
    for &line in lines {
        if is_blank(source, line) {
            if let Some(p) = current.take() {
                out.push(p);
            }
            continue;
        }
        let end = line.start + line.text(source).trim_end().len();
        current = match current {
            Some(p) if blank_separated => Some(Span::new(p.start, end)),
            Some(p) => {
                out.push(p);
                Some(Span::new(line.start, end))
            }
            None => Some(Span::new(line.start, end)),
        };
    }
    out.extend(current);
    out
}

/// Marks the words that touch an address or lie inside a quotation. The words are
/// sorted and disjoint, so those of one span are a run found by binary search: a few
/// searches a release instead of two a word.
fn mark_inside(words: &mut [Word], addresses: &SpanSet, quotes: &SpanSet) {
    for address in addresses.iter() {
        let first = words.partition_point(|w| w.span.end <= address.start);
        for word in words[first..].iter_mut().take_while(|w| w.span.start < address.end) {
            word.in_address = true;
        }
    }
    for quote in quotes.iter() {
        let first = words.partition_point(|w| w.span.start < quote.start);
        for word in words[first..].iter_mut().take_while(|w| w.span.end <= quote.end) {
            word.in_quote = true;
        }
    }
}

/// The credit tail is in the last paragraph, or in the one before it when text was
/// added after the tail on its own line.
fn locate_credit(source: &str, paragraphs: &[Span]) -> Option<CreditTail> {
    let end = paragraphs.last()?.end;
    paragraphs
        .iter()
        .rev()
        .take(2)
        .find_map(|p| credit::locate(source, *p, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = "Judul Siaran\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang rapat, Senin (27/10).\nKalimat kedua. (awh/ed. Foto: rap/KPU Kota Semarang)";

    #[test]
    fn line_per_paragraph() {
        let d = Document::parse(SEED, SourceKind::Text);
        assert_eq!(d.text(d.headline.unwrap().span), "Judul Siaran");
        assert_eq!(d.paragraphs.len(), 2);
        assert!(d.dateline.as_ref().unwrap().domain.is_some());
        assert_eq!(d.text(d.credit.unwrap().span), "(awh/ed. Foto: rap/KPU Kota Semarang)");
    }

    #[test]
    fn blank_line_separated_with_wrapping_crlf_and_bom() {
        let src = "\u{feff}Judul\r\n\r\nSemarang, kpu.go.id — Satu\r\ndua.\r\n\r\nTiga. (awh/ed. Foto: dok KPU)\r\n";
        let d = Document::parse(src, SourceKind::Text);
        assert_eq!(d.text(d.headline.unwrap().span), "Judul");
        assert_eq!(d.paragraphs.len(), 2);
        assert_eq!(d.text(d.paragraphs[0]), "Semarang, kpu.go.id — Satu\r\ndua.");
        assert!(d.credit.is_some());
    }

    #[test]
    fn markdown_heading_and_front_matter() {
        let src = "---\ntitle: X\n---\n\n# Judul Berita\n\nSemarang, kpu.go.id — Isi.\n";
        let d = Document::parse(src, SourceKind::Markdown);
        let h = d.headline.unwrap();
        assert_eq!(d.text(h.span), "Judul Berita");
        assert_eq!(d.text(h.marker.unwrap()), "# ");
        assert_eq!(d.paragraphs.len(), 1);
        assert!(d.front_matter.is_some());
        assert_eq!(d.text(d.title.unwrap()), "X");
    }

    #[test]
    fn front_matter_title_is_the_headline_without_a_heading() {
        for src in [
            "---\ntitle: \"Rapat Pleno.\"\n---\n\nSemarang, kpu.go.id — Isi.\n",
            "+++\ntitle = 'Rapat Pleno.'\n+++\n\nSemarang, kpu.go.id — Isi.\n",
            "---\ntitle: Rapat Pleno.\n---\nSemarang, kpu.go.id — Isi.\n",
        ] {
            let d = Document::parse(src, SourceKind::Markdown);
            let h = d.headline.unwrap();
            assert_eq!(d.text(h.span), "Rapat Pleno.", "{src}");
            assert_eq!(d.title, Some(h.span));
            assert_eq!(d.words[0].region, Region::Headline);
            assert_eq!(d.paragraphs.len(), 1);
        }
        // An escape makes the written title differ from its value: not located.
        let d = Document::parse(
            "---\ntitle: \"Rapat \\\"Pleno\\\"\"\n---\n\nIsi.\n",
            SourceKind::Markdown,
        );
        assert_eq!(d.title, None);
    }

    #[test]
    fn release_without_headline_starts_with_its_lead() {
        let src = "Semarang, kpu.go.id — Isi berita.\nKalimat.";
        let d = Document::parse(src, SourceKind::Text);
        assert!(d.headline.is_none());
        assert_eq!(d.paragraphs.len(), 2);
    }

    #[test]
    fn empty_and_blank_inputs() {
        for src in ["", "\u{feff}", "  \n\n ", "---\n", "# \n", "#  "] {
            let d = Document::parse(src, SourceKind::Markdown);
            assert!(d.paragraphs.is_empty(), "{src:?}");
        }
    }
}
