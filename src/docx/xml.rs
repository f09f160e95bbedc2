//! Streaming a part's XML with names resolved to WordprocessingML, shared by the document
//! and styles readers.

use std::borrow::Cow;

use quick_xml::events::{BytesEnd, BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::NsReader;

use super::DocxError;

/// WordprocessingML's namespace, as Word writes it and as ISO 29500 Strict names it.
const WORDPROCESSING: [&str; 2] = [
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",
];
/// Markup compatibility (`mc:AlternateContent`), which wraps newer markup and its fallback.
const COMPATIBILITY: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// The namespace of an element, as far as the readers care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    Word,
    Compatibility,
    Other,
}

impl Ns {
    pub fn name(self, local: &str) -> Name<'_> {
        match self {
            Ns::Word => Name::Word(local),
            Ns::Compatibility => Name::Compatibility(local),
            Ns::Other => Name::Other,
        }
    }
}

/// An element's name, sorted by namespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Name<'a> {
    /// WordprocessingML (`w:`), by local name.
    Word(&'a str),
    /// Markup compatibility (`mc:`), by local name.
    Compatibility(&'a str),
    /// Any other namespace: drawings, Office extensions, unknown prefixes.
    Other,
}

/// What the reader met next.
pub enum Item<'a> {
    /// An opening tag; `empty` for `<x/>`, which has no closing tag.
    Open {
        ns: Ns,
        tag: BytesStart<'a>,
        empty: bool,
    },
    Close {
        ns: Ns,
        tag: BytesEnd<'a>,
    },
    /// Character data, entities resolved.
    Text(Cow<'a, str>),
    End,
}

pub struct Reader<'a> {
    inner: NsReader<&'a [u8]>,
    part: &'static str,
    depth: usize,
}

impl<'a> Reader<'a> {
    /// A reader over a part's bytes, which must be UTF-8 (as Word and LibreOffice write).
    pub fn new(part: &'static str, bytes: &'a [u8]) -> Result<Self, DocxError> {
        let text = std::str::from_utf8(bytes).map_err(|e| DocxError::Xml {
            part,
            offset: e.valid_up_to() as u64,
            reason: "not UTF-8".to_string(),
        })?;
        Ok(Reader {
            inner: NsReader::from_str(text.strip_prefix('\u{feff}').unwrap_or(text)),
            part,
            depth: 0,
        })
    }

    pub fn next(&mut self) -> Result<Item<'a>, DocxError> {
        loop {
            let (ns, event) = match self.inner.read_resolved_event() {
                Ok((ResolveResult::Bound(ns), event)) if WORDPROCESSING.contains(&ns.0) => (Ns::Word, event),
                Ok((ResolveResult::Bound(ns), event)) if ns.0 == COMPATIBILITY => (Ns::Compatibility, event),
                Ok((_, event)) => (Ns::Other, event),
                Err(e) => return Err(self.syntax(&e)),
            };
            return Ok(match event {
                Event::Start(tag) => {
                    self.depth += 1;
                    Item::Open { ns, tag, empty: false }
                }
                Event::Empty(tag) => Item::Open { ns, tag, empty: true },
                Event::End(tag) => {
                    self.depth = self.depth.saturating_sub(1);
                    Item::Close { ns, tag }
                }
                Event::Text(text) => Item::Text(text.xml10_content()),
                Event::CData(text) => Item::Text(text.xml10_content()),
                Event::GeneralRef(entity) => {
                    let resolved = match entity.resolve_char_ref() {
                        Ok(Some(c)) => Cow::Owned(c.to_string()),
                        Ok(None) => match quick_xml::escape::resolve_predefined_entity(&entity.into_inner()) {
                            Some(s) => Cow::Borrowed(s),
                            None => return Err(self.error("undefined entity")),
                        },
                        Err(e) => return Err(self.syntax(&e)),
                    };
                    Item::Text(resolved)
                }
                Event::Eof if self.depth > 0 => return Err(self.error("the file ends inside an element")),
                Event::Eof => Item::End,
                Event::Comment(_) | Event::Decl(_) | Event::PI(_) | Event::DocType(_) => continue,
            });
        }
    }

    /// The value of an attribute of `tag` by its local name (`w:val` → `val`).
    pub fn attribute(&self, tag: &BytesStart, local: &str) -> Result<Option<String>, DocxError> {
        for attribute in tag.attributes().with_checks(false) {
            let attribute = attribute.map_err(|e| self.error(&e.to_string()))?;
            if attribute.key.local_name().into_inner() == local {
                let value = attribute
                    .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .map_err(|e| self.error(&e.to_string()))?;
                return Ok(Some(value.into_owned()));
            }
        }
        Ok(None)
    }

    /// An error the parser found, at the position it gives.
    fn syntax(&self, e: &quick_xml::Error) -> DocxError {
        DocxError::Xml {
            part: self.part,
            offset: self.inner.error_position(),
            reason: printable(&e.to_string()),
        }
    }

    /// An error found in what the parser returned, at the end of what it read.
    fn error(&self, reason: &str) -> DocxError {
        DocxError::Xml {
            part: self.part,
            offset: self.inner.buffer_position(),
            reason: printable(reason),
        }
    }
}

/// A message safe for a terminal: the parser quotes names from the input, which must not
/// carry control characters through; long ones are cut.
fn printable(reason: &str) -> String {
    reason
        .chars()
        .take(200)
        .map(|c| if c.is_control() { '\u{fffd}' } else { c })
        .collect()
}
