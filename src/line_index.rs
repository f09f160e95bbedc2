//! Byte offset → line and column conversion.

use serde::Serialize;

/// A 1-based line and 1-based column counted in characters (Unicode scalar values).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

/// Where each line starts. Lines end at `\n`, `\r\n` or a lone `\r` (old Mac exports),
/// so positions are right whatever line endings a CMS produced. A UTF-8 byte-order mark
/// is not counted as a column.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    bom: usize,
    /// Characters before every `CHUNK`-th byte, kept only when some line is longer than
    /// `LONG_LINE`: a whole archive pasted on one line would otherwise cost a count from
    /// the line start for every finding's column, quadratic in the line length.
    chars_before_chunk: Vec<usize>,
}

/// Lines longer than this many bytes get column checkpoints.
const LONG_LINE: usize = 4096;
/// Bytes between checkpoints: a column costs at most this many bytes counted.
const CHUNK: usize = 256;

/// Characters in `bytes`, counted as the bytes that start one, so a slice that cuts a
/// character counts it as started.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

impl LineIndex {
    /// Indexes the line starts of `source`.
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        // Room for a line per 64 bytes, so the list is not copied to grow: front matter,
        // blank lines and short Markdown paragraphs bring a release's lines to about 80
        // bytes on average, and a line per 128 bytes had four releases in ten growing it.
        let mut starts = Vec::with_capacity(bytes.len() / 64 + 8);
        starts.push(0);
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            if bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n') {
                starts.push(i + 1);
            }
        }
        let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
        let long_line = starts
            .windows(2)
            .map(|w| w[1] - w[0])
            .chain(starts.last().map(|&last| bytes.len() - last))
            .any(|len| len > LONG_LINE);
        let mut chars_before_chunk = Vec::new();
        if long_line {
            let mut total = 0;
            chars_before_chunk.push(0);
            for chunk in bytes.chunks(CHUNK) {
                total += count_chars(chunk);
                chars_before_chunk.push(total);
            }
        }
        LineIndex {
            starts,
            bom,
            chars_before_chunk,
        }
    }

    /// How many lines the source has.
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

    /// The 1-based position of `offset` in `source`, the text this index was made from.
    /// Offsets past the end clamp to the end; an offset inside a multi-byte character
    /// counts that character as started.
    pub fn position(&self, source: &str, offset: usize) -> Position {
        let offset = offset.min(source.len());
        let line = self.line_of(offset);
        let start = self.line_start(line).min(offset);
        let bytes = source.as_bytes();
        let column = if offset - start <= CHUNK || self.chars_before_chunk.is_empty() {
            count_chars(&bytes[start..offset])
        } else {
            self.chars_before(bytes, offset) - self.chars_before(bytes, start)
        };
        Position {
            line: line + 1,
            column: column + 1,
        }
    }

    /// The position of `offset`, given the position `from` of an earlier `from_offset`
    /// (a span's start, for its end; the previous finding's start, for the next): on the
    /// same line, the columns between are counted from there, not from the line start,
    /// unless checkpoints of a long line are nearer.
    pub fn position_after(&self, source: &str, from: Position, from_offset: usize, offset: usize) -> Position {
        let offset = offset.min(source.len());
        let line = from.line - 1;
        let same_line = self.starts.get(line + 1).is_none_or(|&next| offset < next);
        let near = from_offset <= offset && (offset - from_offset <= CHUNK || self.chars_before_chunk.is_empty());
        if !(same_line && near && from_offset >= self.line_start(line)) {
            return self.position(source, offset);
        }
        Position {
            line: from.line,
            column: from.column + count_chars(&source.as_bytes()[from_offset..offset]),
        }
    }

    /// Characters in `bytes[..offset]`, from the nearest checkpoint.
    fn chars_before(&self, bytes: &[u8], offset: usize) -> usize {
        let chunk = (offset / CHUNK).min(self.chars_before_chunk.len().saturating_sub(1));
        let from = chunk * CHUNK;
        self.chars_before_chunk.get(chunk).copied().unwrap_or(0) + count_chars(&bytes[from.min(offset)..offset])
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
    fn long_lines_count_columns_from_checkpoints() {
        let src = format!("x\n{}", "é—a".repeat(5000));
        let idx = LineIndex::new(&src);
        for offset in [2, 3, 4, 6, 9, 4097, 4098, 9000, 12_345, src.len()] {
            let column = src[2..].get(..offset - 2).map(|s| s.chars().count());
            let slow = column.unwrap_or_else(|| count_chars(&src.as_bytes()[2..offset]));
            assert_eq!(
                idx.position(&src, offset),
                Position {
                    line: 2,
                    column: slow + 1
                },
                "{offset}"
            );
        }
        // Inside a character: that character counts as started.
        assert_eq!(idx.position(&src, 3).column, 2);
    }

    #[test]
    fn positions_after_an_earlier_one_match_positions() {
        let src = "\u{feff}ab — é\r\ncd\ref\n\ngh";
        let idx = LineIndex::new(src);
        for from in 0..=src.len() + 2 {
            for offset in from..=src.len() + 2 {
                let start = idx.position(src, from);
                assert_eq!(
                    idx.position_after(src, start, from, offset),
                    idx.position(src, offset),
                    "{from} {offset}"
                );
            }
        }
    }

    #[test]
    fn bom_is_not_a_column() {
        let src = "\u{feff}ab";
        let idx = LineIndex::new(src);
        assert_eq!(idx.position(src, 3), Position { line: 1, column: 1 });
        assert_eq!(idx.position(src, 4), Position { line: 1, column: 2 });
    }
}
