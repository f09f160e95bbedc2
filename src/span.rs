//! Byte spans into the source text.

use serde::Serialize;

/// A half-open byte range `start..end` into the source text of a release.
///
/// Spans are always byte offsets into the original input (BOM included), so a fix can
/// be applied to the bytes that were read; conversion to line and column happens once,
/// at the edge (see [`crate::LineIndex`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The bytes `start..end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// An empty span at `at` (where an insertion goes).
    pub const fn empty(at: usize) -> Self {
        Span { start: at, end: at }
    }

    /// Its length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether it covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.start..self.end]
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether `offset` lies in `start..end`.
    pub const fn contains_offset(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// Whether the two share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// This span moved `by` bytes to the right (relative span → absolute span).
    pub const fn shift(&self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}
