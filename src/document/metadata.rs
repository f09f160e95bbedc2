//! Front matter keys and values with byte spans, from YAML (`---`) or TOML (`+++`), so
//! `meta/` findings can point at the exact key; or metadata handed over by a tool
//! (an [`crate::Article`]), which has no place in the text.

use std::collections::BTreeMap;

use saphyr_parser::{Event, Parser, ScanError};

use super::front_matter::{FrontMatter, FrontMatterFormat};
use crate::span::Span;

/// A front matter value, reduced to what releases use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MetaValue {
    Text(String),
    List(Vec<String>),
    /// Nested tables, booleans in TOML, numbers...: present, but not text.
    Other,
}

impl MetaValue {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            MetaValue::Text(t) => Some(t),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaEntry {
    pub key: String,
    pub key_span: Span,
    pub value: MetaValue,
    pub value_span: Span,
}

/// A front matter block that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MetaError {
    pub message: String,
    pub span: Span,
}

/// The metadata of a release. Spans point into the release text; for metadata given
/// by a tool they are empty spans at the start of the body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Metadata {
    pub entries: Vec<MetaEntry>,
    /// Where the block starts (the opening delimiter), for findings about missing keys.
    pub anchor: Span,
    pub error: Option<MetaError>,
}

impl Metadata {
    pub fn get(&self, key: &str) -> Option<&MetaEntry> {
        self.entries.iter().find(|e| e.key == key)
    }

    pub fn text(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(|e| e.value.as_text())
    }

    /// Metadata from a tool: every span is the empty span at offset 0.
    pub fn external(entries: impl IntoIterator<Item = (String, MetaValue)>) -> Self {
        Metadata {
            entries: entries
                .into_iter()
                .map(|(key, value)| MetaEntry {
                    key,
                    key_span: Span::empty(0),
                    value,
                    value_span: Span::empty(0),
                })
                .collect(),
            anchor: Span::empty(0),
            error: None,
        }
    }
}

/// Where the `title` value is written in `source`, inside its quotes: only when the
/// written text is the value itself, so that an offset in the span is an offset in the
/// title (an escape or a folded line would shift them).
pub fn title_span(source: &str, metadata: &Metadata) -> Option<Span> {
    let entry = metadata.get("title")?;
    let value = entry.value.as_text()?;
    let span = entry.value_span;
    let written = source.get(span.start..span.end)?;
    if value.is_empty() || span.is_empty() {
        return None;
    }
    if written == value {
        return Some(span);
    }
    let quoted = written.len() >= 2
        && (written.starts_with('"') && written.ends_with('"') || written.starts_with('\'') && written.ends_with('\''));
    let inner = Span::new(span.start + 1, span.end - 1);
    (quoted && inner.text(source) == value).then_some(inner)
}

/// Reads the keys of a closed front matter block.
pub fn parse(source: &str, fm: &FrontMatter) -> Metadata {
    let anchor = Span::new(fm.block.start, fm.block.start + 3);
    let body = fm.body.text(source);
    let result = match fm.format {
        FrontMatterFormat::Yaml => parse_yaml(body, fm.body.start),
        FrontMatterFormat::Toml => parse_toml(body, fm.body.start),
    };
    match result {
        Ok(entries) => Metadata {
            entries,
            anchor,
            error: None,
        },
        Err(error) => Metadata {
            entries: Vec::new(),
            anchor,
            error: Some(error),
        },
    }
}

/// Byte offsets of the characters of a YAML body: the YAML parser counts characters, and
/// counting them from the start for every event made a long front matter quadratic.
struct CharOffsets<'t> {
    text: &'t str,
    /// Byte offset of each character, for text that is not all ASCII.
    starts: Option<Vec<usize>>,
}

impl<'t> CharOffsets<'t> {
    fn new(text: &'t str) -> Self {
        let starts = (!text.is_ascii()).then(|| text.char_indices().map(|(i, _)| i).collect());
        CharOffsets { text, starts }
    }

    /// Byte offset of the `index`-th character (the end of the text past the last one).
    fn byte_at(&self, index: usize) -> usize {
        match &self.starts {
            None => index.min(self.text.len()),
            Some(starts) => starts.get(index).copied().unwrap_or(self.text.len()),
        }
    }

    fn span(&self, base: usize, span: saphyr_parser::Span) -> Span {
        Span::new(
            base + self.byte_at(span.start.index()),
            base + self.byte_at(span.end.index()),
        )
    }
}

fn scan_error(body: &str, offsets: &CharOffsets<'_>, base: usize, e: &ScanError) -> MetaError {
    let mut at = offsets.byte_at(e.marker().index());
    // The scanner reports a tab at the end of the scalar before it; the tab itself, on
    // the next line, is where the user must look.
    if e.info().contains("tab") {
        at = body[at..].find('\t').map_or(at, |i| at + i);
    }
    let at = base + at;
    MetaError {
        message: e.info().to_string(),
        span: Span::new(at, at),
    }
}

/// Top-level `key: value` pairs of a YAML mapping; lists of scalars are kept, deeper
/// structure is `Other`.
fn parse_yaml(body: &str, base: usize) -> Result<Vec<MetaEntry>, MetaError> {
    let mut parser = Parser::new_from_str(body);
    let offsets = CharOffsets::new(body);
    let mut entries = Vec::new();
    let mut depth = 0usize;
    let mut key: Option<(String, Span)> = None;
    let mut list: Option<(Vec<String>, Span)> = None;
    while let Some(event) = parser.next_event() {
        let (event, span) = event.map_err(|e| scan_error(body, &offsets, base, &e))?;
        let span = offsets.span(base, span);
        match event {
            Event::MappingStart(..) | Event::SequenceStart(..) if depth == 1 && key.is_some() => {
                depth += 1;
                let items = matches!(event, Event::SequenceStart(..)).then(Vec::new);
                list = items.map(|v| (v, span));
                if list.is_none() {
                    // A nested mapping: keep the key, not the structure.
                    if let Some((k, ks)) = key.take() {
                        entries.push(entry(k, ks, MetaValue::Other, span));
                    }
                }
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => depth += 1,
            Event::MappingEnd | Event::SequenceEnd => {
                depth = depth.saturating_sub(1);
                if depth == 1 {
                    if let (Some((k, ks)), Some((items, start))) = (key.take(), list.take()) {
                        entries.push(entry(
                            k,
                            ks,
                            MetaValue::List(items),
                            Span::new(start.start, span.end.max(start.end)),
                        ));
                    }
                }
            }
            Event::Scalar(value, ..) if depth == 1 => match key.take() {
                None => key = Some((value.into_owned(), span)),
                Some((k, ks)) => entries.push(entry(k, ks, MetaValue::Text(value.into_owned()), span)),
            },
            Event::Scalar(value, ..) if depth == 2 => {
                if let Some((items, _)) = &mut list {
                    items.push(value.into_owned());
                }
            }
            _ => {}
        }
    }
    Ok(entries)
}

fn entry(key: String, key_span: Span, value: MetaValue, value_span: Span) -> MetaEntry {
    MetaEntry {
        key,
        key_span,
        value,
        value_span,
    }
}

fn parse_toml(body: &str, base: usize) -> Result<Vec<MetaEntry>, MetaError> {
    let table: BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>> = toml::from_str(body).map_err(|e| {
        let at = base + e.span().map_or(0, |s| s.start);
        MetaError {
            message: e.message().trim().to_string(),
            span: Span::new(at, at),
        }
    })?;
    let mut entries: Vec<MetaEntry> = table
        .into_iter()
        .map(|(k, v)| {
            let key_span = Span::from(k.span()).shift(base);
            let value_span = Span::from(v.span()).shift(base);
            let value = match v.into_inner() {
                toml::Value::String(s) => MetaValue::Text(s),
                toml::Value::Datetime(d) => MetaValue::Text(d.to_string()),
                toml::Value::Array(items) => MetaValue::List(
                    items
                        .into_iter()
                        .filter_map(|i| if let toml::Value::String(s) = i { Some(s) } else { None })
                        .collect(),
                ),
                _ => MetaValue::Other,
            };
            entry(k.into_inner(), key_span, value, value_span)
        })
        .collect();
    entries.sort_by_key(|e| e.key_span.start);
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::front_matter;

    fn meta(src: &str) -> Metadata {
        parse(src, &front_matter::locate(src, 0).unwrap())
    }

    #[test]
    fn yaml_keys_values_and_spans() {
        let src = "---\ntitle: \"Rapat — Humas\"\ndate: 2025-10-27\ntags: [arsip, apel]\nauthor: awh\n---\n";
        let m = meta(src);
        assert_eq!(m.text("date"), Some("2025-10-27"));
        assert_eq!(m.text("title"), Some("Rapat — Humas"));
        let tags = m.get("tags").unwrap();
        assert_eq!(tags.value, MetaValue::List(vec!["arsip".into(), "apel".into()]));
        let author = m.get("author").unwrap();
        assert_eq!(author.key_span.text(src), "author");
        assert_eq!(author.value_span.text(src), "awh");
    }

    #[test]
    fn yaml_block_list() {
        let src = "---\ntags:\n  - arsip\n  - apel\ndate: 2025-10-27\n---\n";
        let m = meta(src);
        assert_eq!(
            m.get("tags").unwrap().value,
            MetaValue::List(vec!["arsip".into(), "apel".into()])
        );
        assert_eq!(m.text("date"), Some("2025-10-27"));
    }

    #[test]
    fn yaml_tab_is_an_error_at_its_place() {
        let src = "---\ntitle: x\n\tdate: 2025-10-27\n---\n";
        let m = meta(src);
        let e = m.error.expect("tabs are not YAML indentation");
        assert_eq!(&src[e.span.start..e.span.start + 1], "\t", "{e:?}");
    }

    #[test]
    fn toml_keys_and_error() {
        let src = "+++\ntitle = \"Rapat\"\ndate = 2025-10-27\n+++\n";
        let m = meta(src);
        assert_eq!(m.text("date"), Some("2025-10-27"));
        assert_eq!(m.get("title").unwrap().key_span.text(src), "title");
        let bad = meta("+++\ntitle = \"Rapat\nx\n+++\n");
        assert!(bad.error.is_some());
    }
}
