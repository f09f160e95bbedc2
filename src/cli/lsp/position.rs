//! Positions at the edge: the library speaks byte offsets, a client speaks 0-based lines
//! and characters counted in the negotiated encoding (UTF-8 bytes, UTF-16 code units or
//! UTF-32 code points). Every conversion between the two happens here, once per message.

use lsp_types::{ClientCapabilities, Position, PositionEncodingKind, Range};

/// The unit a client counts characters in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    /// UTF-8 when the client offers it (no conversion at all); otherwise the first of the
    /// client's encodings we know; UTF-16, which every client must accept, by default.
    pub fn negotiate(capabilities: &ClientCapabilities) -> Self {
        let offered = capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref())
            .unwrap_or_default();
        if offered.contains(&PositionEncodingKind::UTF8) {
            return Encoding::Utf8;
        }
        offered
            .iter()
            .find_map(|kind| match kind.as_str() {
                "utf-16" => Some(Encoding::Utf16),
                "utf-32" => Some(Encoding::Utf32),
                _ => None,
            })
            .unwrap_or(Encoding::Utf16)
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn units(self, c: char) -> u32 {
        match self {
            Encoding::Utf8 => c.len_utf8() as u32,
            Encoding::Utf16 => c.len_utf16() as u32,
            Encoding::Utf32 => 1,
        }
    }
}

/// Where each line of a document starts. Lines end at `\n`, `\r\n` or a lone `\r`, as the
/// protocol says (and as the library counts them).
#[derive(Debug, Clone)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        Lines { starts }
    }

    /// 0-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    pub fn start(&self, line: usize) -> usize {
        self.starts[line]
    }

    /// The byte offset of `position` in `text`. A line past the end means the end of the
    /// text; a character past the end of its line means the end of the line (before
    /// the line break), as the protocol says; a position inside a character means
    /// that character's start.
    pub fn offset(&self, text: &str, position: Position, encoding: Encoding) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return text.len();
        };
        let end = self
            .starts
            .get(position.line as usize + 1)
            .copied()
            .unwrap_or(text.len());
        let line = text[start..end].trim_end_matches(['\n', '\r']);
        let mut units = 0;
        for (i, c) in line.char_indices() {
            let next = units + encoding.units(c);
            if next > position.character {
                return start + i;
            }
            units = next;
        }
        start + line.len()
    }

    pub fn range_offsets(&self, text: &str, range: Range, encoding: Encoding) -> (usize, usize) {
        let start = self.offset(text, range.start, encoding);
        let end = self.offset(text, range.end, encoding).max(start);
        (start, end)
    }
}

/// Positions of a batch of byte offsets, found in one pass over the text: a finding's
/// start and end are looked up here, so a hostile document with many findings on one
/// huge line costs one walk of that line, not one per finding.
pub struct PositionMap {
    offsets: Vec<usize>,
    positions: Vec<Position>,
}

impl PositionMap {
    pub fn new(text: &str, lines: &Lines, encoding: Encoding, offsets: impl IntoIterator<Item = usize>) -> Self {
        let mut offsets: Vec<usize> = offsets.into_iter().map(|o| floor_char(text, o)).collect();
        offsets.sort_unstable();
        offsets.dedup();
        let mut positions = Vec::with_capacity(offsets.len());
        // The walk: byte `at` on `line`, `units` counted since that line's start.
        let (mut line, mut at, mut units) = (usize::MAX, 0, 0);
        for &offset in &offsets {
            let target = lines.line_of(offset);
            if target != line {
                line = target;
                at = lines.start(line);
                units = 0;
            }
            units += text[at..offset].chars().map(|c| encoding.units(c)).sum::<u32>();
            at = offset;
            positions.push(Position::new(line as u32, units));
        }
        PositionMap { offsets, positions }
    }

    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char(text, offset);
        match self.offsets.binary_search(&offset) {
            Ok(i) => self.positions[i],
            Err(_) => Position::default(),
        }
    }

    pub fn range(&self, text: &str, start: usize, end: usize) -> Range {
        Range::new(self.position(text, start), self.position(text, end))
    }
}

/// `offset` clamped to the text and moved back to a character boundary.
fn floor_char(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str, encoding: Encoding, offset: usize) -> (Position, usize) {
        let lines = Lines::new(text);
        let map = PositionMap::new(text, &lines, encoding, [offset]);
        let position = map.position(text, offset);
        (position, lines.offset(text, position, encoding))
    }

    #[test]
    fn each_encoding_counts_its_own_units() {
        // `—` is 3 bytes / 1 UTF-16 unit, `é` 2 / 1, the emoji 4 / 2, `“` 3 / 1.
        let text = "a\n—é🗳“x";
        let x = text.find('x').unwrap();
        let expect = [(Encoding::Utf8, 12), (Encoding::Utf16, 5), (Encoding::Utf32, 4)];
        for (encoding, character) in expect {
            let (position, back) = round_trip(text, encoding, x);
            assert_eq!(position, Position::new(1, character), "{encoding:?}");
            assert_eq!(back, x, "{encoding:?}");
        }
    }

    #[test]
    fn line_breaks_of_every_kind() {
        let text = "ab\r\ncd\ref\ngh";
        for (offset, line) in [(0, 0), (4, 1), (7, 2), (10, 3)] {
            assert_eq!(round_trip(text, Encoding::Utf16, offset).0, Position::new(line, 0));
        }
    }

    #[test]
    fn positions_past_the_end_clamp() {
        let text = "ab\ncd";
        let lines = Lines::new(text);
        assert_eq!(lines.offset(text, Position::new(0, 99), Encoding::Utf16), 2);
        assert_eq!(lines.offset(text, Position::new(9, 0), Encoding::Utf16), 5);
        // Inside a surrogate pair: the emoji's start.
        let text = "🗳x";
        assert_eq!(Lines::new(text).offset(text, Position::new(0, 1), Encoding::Utf16), 0);
    }

    #[test]
    fn negotiation_prefers_utf8_then_the_clients_order() {
        let with = |kinds: &[&str]| {
            let json = serde_json::json!({ "general": { "positionEncodings": kinds } });
            Encoding::negotiate(&serde_json::from_value(json).unwrap())
        };
        assert_eq!(with(&["utf-16", "utf-8"]), Encoding::Utf8);
        assert_eq!(with(&["utf-32", "utf-16"]), Encoding::Utf32);
        assert_eq!(with(&[]), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(&ClientCapabilities::default()), Encoding::Utf16);
    }
}
