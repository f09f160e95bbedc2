//! The source a rich diagnostic is drawn from, as codespan-reporting reads it. Unlike its
//! `SimpleFile`, lines end where siaran's do (a lone `\r` too, so an old Mac export is
//! not one line), and a long line (a release exported on one line, a 50 MB paste) shows
//! only a window around the finding: printing the whole line for every finding made
//! the output, and the time, grow with findings × line length. What codespan-reporting
//! draws is the release as [`Shown`], its control characters escaped; offsets here are
//! the release's until they are handed over.

use std::ops::Range;

use codespan_reporting::files::{Error, Files};
use siaran::{LineIndex, Span};

use super::shown::Shown;

/// Lines longer than this many bytes are shown as a window around their labels.
const LONG_LINE: usize = 400;
/// Bytes shown on either side of the labels of a long line.
const CONTEXT: usize = 80;
/// A longer label is drawn over its first bytes only.
const MAX_LABEL: usize = 240;

pub struct Excerpt<'a> {
    name: &'a str,
    source: &'a str,
    shown: &'a Shown<'a>,
    lines: &'a LineIndex,
    /// For each long line that holds labels: the bytes to show.
    windows: Vec<(usize, Range<usize>)>,
}

impl<'a> Excerpt<'a> {
    /// `name` must already be safe to print; `shown` is `source` as shown.
    pub fn new(name: &'a str, source: &'a str, shown: &'a Shown<'a>, lines: &'a LineIndex) -> Self {
        Excerpt {
            name,
            source,
            shown,
            lines,
            windows: Vec::new(),
        }
    }

    /// Takes a label (the primary one first) and returns the range of the text shown to
    /// draw it over, or
    /// `None` when it lies on a long line too far from the labels already taken there.
    pub fn label(&mut self, span: Span) -> Option<Range<usize>> {
        let range = self.clip(span);
        let first = self.lines.line_of(range.start);
        let last = self.lines.line_of(range.end);
        let mut wanted = Vec::new();
        for line in [first, last] {
            let full = self.full_line(line);
            if full.len() <= LONG_LINE || wanted.iter().any(|(l, _)| *l == line) {
                continue;
            }
            let piece = range.start.max(full.start)..range.end.min(full.end);
            let show = self.floor(piece.start.saturating_sub(CONTEXT).max(full.start))
                ..self.ceil((piece.end + CONTEXT).min(full.end));
            match self.windows.iter().find(|(l, _)| *l == line) {
                Some((_, window)) if piece.start + LONG_LINE < window.start || window.end + LONG_LINE < piece.end => {
                    return None;
                }
                Some((_, window)) => wanted.push((line, window.start.min(show.start)..window.end.max(show.end))),
                None => wanted.push((line, show)),
            }
        }
        for (line, show) in wanted {
            self.windows.retain(|(l, _)| *l != line);
            self.windows.push((line, show));
        }
        Some(self.shown.to_shown(range.start)..self.shown.to_shown(range.end))
    }

    /// The span after any byte-order mark, at most `MAX_LABEL` bytes long, on
    /// character boundaries.
    fn clip(&self, span: Span) -> Range<usize> {
        let len = self.source.len();
        let line_start = self.lines.line_start(self.lines.line_of(span.start.min(len)));
        let start = self.floor(span.start.max(line_start).min(len));
        let end = self.floor(span.end.clamp(start, start.saturating_add(MAX_LABEL).min(len)));
        start..end.max(start)
    }

    /// The whole line, its terminator included (as codespan-reporting expects).
    fn full_line(&self, line: usize) -> Range<usize> {
        let start = self.lines.line_start(line);
        let end = if line + 1 < self.lines.line_count() {
            self.lines.line_start(line + 1)
        } else {
            self.source.len()
        };
        start..end
    }

    fn floor(&self, mut at: usize) -> usize {
        while !self.source.is_char_boundary(at) {
            at -= 1;
        }
        at
    }

    fn ceil(&self, mut at: usize) -> usize {
        while !self.source.is_char_boundary(at) {
            at += 1;
        }
        at
    }
}

impl<'a> Files<'a> for Excerpt<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, Error> {
        Ok(self.name)
    }

    fn source(&'a self, (): ()) -> Result<&'a str, Error> {
        Ok(&self.shown.text)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, Error> {
        Ok(self.lines.line_of(self.shown.to_source(byte_index)))
    }

    /// The column in the release, as every other format reports it.
    fn column_number(&'a self, (): (), _line: usize, byte_index: usize) -> Result<usize, Error> {
        Ok(self
            .lines
            .position(self.source, self.shown.to_source(byte_index))
            .column)
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, Error> {
        let count = self.lines.line_count();
        if line_index >= count {
            return Err(Error::LineTooLarge {
                given: line_index,
                max: count - 1,
            });
        }
        let full = self.full_line(line_index);
        let range = if full.len() <= LONG_LINE {
            full
        } else {
            match self.windows.iter().find(|(l, _)| *l == line_index) {
                Some((_, window)) => window.clone(),
                // A long context line without labels: its start.
                None => full.start..self.floor(full.start + LONG_LINE),
            }
        };
        Ok(self.shown.to_shown(range.start)..self.shown.to_shown(range.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_show_a_window_and_far_labels_are_dropped() {
        let source = format!("Judul\n{}SALAH{}\rakhir", "kata ".repeat(2000), " kata".repeat(2000));
        let lines = LineIndex::new(&source);
        let display = Shown::new(&source);
        let mut excerpt = Excerpt::new("x", &source, &display, &lines);
        let at = source.find("SALAH").unwrap_or_default();
        let range = excerpt.label(Span::new(at, at + 5)).unwrap_or_default();
        assert_eq!(&source[range], "SALAH");
        let shown = excerpt.line_range((), 1).unwrap_or_default();
        assert!(shown.len() < 2 * CONTEXT + 10 && shown.contains(&at), "{shown:?}");
        assert!(excerpt.label(Span::new(6, 10)).is_none(), "far label on the same line");
        assert_eq!(excerpt.line_range((), 2).ok(), Some(source.len() - 5..source.len()));
        assert_eq!(excerpt.column_number((), 1, at).ok(), Some(10_001));
        let mut fresh = Excerpt::new("x", &source, &display, &lines);
        let whole = fresh.label(Span::new(6, source.len())).unwrap_or_default();
        assert_eq!(whole.len(), MAX_LABEL, "long labels are clipped");
    }
}
