//! A release as the human output shows it: each character that would act on a terminal
//! replaced by its visible escape, with a map between the offsets of the release and
//! those of the text shown, so labels land on the right characters and carets line up
//! with the escapes. Built once per file; borrowed when nothing needs escaping.

use std::borrow::Cow;

use crate::cli::terminal::{acts_on_terminal, escaped};

/// One escaped character: where it was and where its escape is.
#[derive(Debug, Clone, Copy)]
struct Replaced {
    at: usize,
    len: usize,
    shown_at: usize,
    shown_len: usize,
}

pub struct Shown<'a> {
    pub text: Cow<'a, str>,
    replaced: Vec<Replaced>,
}

impl<'a> Shown<'a> {
    pub fn new(source: &'a str) -> Self {
        // Line ends stay as they are: they end the lines the excerpt draws.
        let hidden = |c: char| acts_on_terminal(c) && c != '\r';
        if !source.chars().any(hidden) {
            return Shown {
                text: Cow::Borrowed(source),
                replaced: Vec::new(),
            };
        }
        let mut text = String::with_capacity(source.len() + 64);
        let mut replaced = Vec::new();
        let mut copied = 0;
        for (at, c) in source.char_indices().filter(|&(_, c)| hidden(c)) {
            text.push_str(&source[copied..at]);
            let escape = escaped(c);
            replaced.push(Replaced {
                at,
                len: c.len_utf8(),
                shown_at: text.len(),
                shown_len: escape.len(),
            });
            text.push_str(&escape);
            copied = at + c.len_utf8();
        }
        text.push_str(&source[copied..]);
        Shown {
            text: Cow::Owned(text),
            replaced,
        }
    }

    /// The offset in the text shown of `offset` in the release.
    pub fn to_shown(&self, offset: usize) -> usize {
        match self.replaced[..self.replaced.partition_point(|r| r.at < offset)].last() {
            None => offset,
            Some(r) if offset >= r.at + r.len => r.shown_at + r.shown_len + (offset - r.at - r.len),
            Some(r) => r.shown_at,
        }
    }

    /// The offset in the release of `offset` in the text shown (inside an escape: the
    /// escaped character).
    pub fn to_source(&self, offset: usize) -> usize {
        match self.replaced[..self.replaced.partition_point(|r| r.shown_at <= offset)].last() {
            None => offset,
            Some(r) if offset >= r.shown_at + r.shown_len => r.at + r.len + (offset - r.shown_at - r.shown_len),
            Some(r) => r.at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_both_ways() {
        let source = "a\x1b[2Jb\u{202e}c\r\nd";
        let shown = Shown::new(source);
        assert_eq!(shown.text, "a\\x1b[2Jb\\u{202e}c\r\nd");
        for (at, c) in source.char_indices() {
            let there = shown.to_shown(at);
            assert_eq!(shown.to_source(there), at, "{c:?}");
            if !acts_on_terminal(c) {
                assert!(shown.text[there..].starts_with(c), "{c:?}");
            }
        }
        assert_eq!(shown.to_shown(source.len()), shown.text.len());
        assert_eq!(shown.to_source(shown.text.len()), source.len());
        assert!(matches!(Shown::new("bersih — ya").text, Cow::Borrowed(_)));
    }
}
