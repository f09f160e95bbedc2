//! Parsing a release: front matter, comments, headline, paragraphs, dateline and credit
//! tail, then one pass over each text block for its words, quotations, addresses, dates
//! and unusual white space.

use super::{
    blocks, credit, dateline, dates, front_matter, metadata, pool, text_spans, CreditTail, DateMention, Document,
    Headline, Metadata, SourceKind, SpanSet, Word,
};
use crate::line_index::LineIndex;
use crate::span::Span;

impl<'a> Document<'a> {
    pub(super) fn parse_with(source: &'a str, kind: SourceKind, external: Option<Metadata>) -> Self {
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
        let mut body_lines = line_spans(source, body_start, lines.line_count());
        // Markdown comments on a line of their own (suppression directives among them)
        // are not release text: they take no part in headline or paragraphs.
        let mut comments = pool::take(0);
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
                } else if dateline::opens_with_domain(text) {
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
        pool::give(body_lines);
        let dateline = paragraphs
            .first()
            .and_then(|lead| dateline::parse(lead.text(source), lead.start));
        let credit = locate_credit(source, &paragraphs);

        // The vectors come from the thread's pool, with the room an earlier release left.
        let mut quotes = pool::take(0);
        let mut addresses = pool::take(0);
        let mut words = pool::take(source.len() / 7);
        let mut marked = pool::take(source.len() / 64);
        let mut dates = pool::take(0);
        // A release has a few dozen runs (one after each comma): room for them at once,
        // rather than growing the list through five copies.
        let mut space_runs = pool::take(64);
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
            text_spans::quotations_into(text, block.start, &mut quotes);
            addresses.extend(text_spans::addresses(text, block.start));
            let (first, first_marked) = (words.len(), marked.len());
            layout.scan(block, &mut words, &mut marked, &mut space_runs);
            let block_marked = marked[first_marked..].iter().map(|&i| i as usize - first);
            dates::find_into(text, block.start, &words[first..], block_marked, &mut dates);
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
}

fn is_blank(source: &str, line: Span) -> bool {
    line.text(source).trim().is_empty()
}

/// A suppression comment (`<!-- siaran-… -->`) that ends a line of text, if there is one.
fn trailing_directive(source: &str, line: Span) -> Option<Span> {
    let text = line.text(source).trim_end();
    // Nearly every line ends otherwise: settled before the backward search for `<!--`.
    if !text.ends_with("-->") {
        return None;
    }
    let open = text.rfind("<!--")?;
    let inner = text[open..].strip_suffix("-->")?;
    let directive = inner[4..]
        .trim_start()
        .get(..6)
        .is_some_and(|w| w.eq_ignore_ascii_case("siaran"));
    (directive && open > 0 && !inner[4..].contains("-->"))
        .then(|| Span::new(line.start + open, line.start + text.len()))
}

/// Content spans (terminators excluded) of the lines from `start` on. `lines` is how
/// many the whole source has: room enough, so that a smaller vector from the pool is
/// grown once, not step by step.
fn line_spans(source: &str, start: usize, lines: usize) -> Vec<Span> {
    let bytes = source.as_bytes();
    let mut spans = pool::take(lines);
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
    // No more paragraphs than lines: room that a vector from the pool gets at once.
    let mut out: Vec<Span> = pool::take(lines.len());
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
            word.flags |= super::words::IN_ADDRESS;
        }
    }
    for quote in quotes.iter() {
        let first = words.partition_point(|w| w.span.start < quote.start);
        for word in words[first..].iter_mut().take_while(|w| w.span.end <= quote.end) {
            word.flags |= super::words::IN_QUOTE;
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
    use crate::document::Region;

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
