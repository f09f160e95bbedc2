//! Byte offset → line and column conversion.

use serde::Serialize;

/// A 1-based line and 1-based column counted in characters (Unicode scalar values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Where each line starts. Lines end at `\n`, `\r\n` or a lone `\r` (old Mac exports),
/// so positions are right whatever line endings a CMS produced. A UTF-8 byte-order mark
/// is not counted as a column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    bom: usize,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
        LineIndex { starts, bom }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// 0-based index of the line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// Start byte of the 0-based line `line`, after the BOM on the first line.
    pub fn line_start(&self, line: usize) -> usize {
        let start = self.starts[line];
        if line == 0 {
            start + self.bom
        } else {
            start
        }
    }

    /// The 1-based position of `offset`. Offsets past the end clamp to the end; an
    /// offset inside a multi-byte character counts that character as started.
    pub fn position(&self, source: &str, offset: usize) -> Position {
        let offset = offset.min(source.len());
        let line = self.line_of(offset);
        let start = self.line_start(line).min(offset);
        let column = source
            .get(start..offset)
            .map_or_else(|| source[start..].chars().count(), |s| s.chars().count());
        Position {
            line: line + 1,
            column: column + 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lf_crlf_and_lone_cr() {
        let src = "ab\ncd\r\nef\rgh";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(idx.position(src, 0), Position { line: 1, column: 1 });
        assert_eq!(idx.position(src, 4), Position { line: 2, column: 2 });
        assert_eq!(idx.position(src, 7), Position { line: 3, column: 1 });
        assert_eq!(idx.position(src, 10), Position { line: 4, column: 1 });
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = "— x";
        let idx = LineIndex::new(src);
        assert_eq!(idx.position(src, 4), Position { line: 1, column: 3 });
    }

    #[test]
    fn bom_is_not_a_column() {
        let src = "\u{feff}ab";
        let idx = LineIndex::new(src);
        assert_eq!(idx.position(src, 3), Position { line: 1, column: 1 });
        assert_eq!(idx.position(src, 4), Position { line: 1, column: 2 });
    }
}
