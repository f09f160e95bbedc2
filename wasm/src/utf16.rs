//! Byte offsets (what the library speaks) to UTF-16 code-unit offsets (what JavaScript
//! strings are indexed by): `"Jum’at".slice(start, end)` must cut where the library meant.

/// The UTF-16 offsets of a chosen set of byte offsets, found in one walk over the text:
/// a release has a few dozen findings, so converting only their offsets costs one pass
/// instead of a table as large as the text.
pub struct Utf16Offsets {
    /// Sorted byte offsets asked for, and the UTF-16 offset of each.
    bytes: Vec<usize>,
    units: Vec<usize>,
}

impl Utf16Offsets {
    /// Converts every offset in `wanted`. An offset inside a character (never made by the
    /// library) counts the character as started; one past the end clamps to the end.
    pub fn new(text: &str, wanted: impl IntoIterator<Item = usize>) -> Self {
        let mut bytes: Vec<usize> = wanted.into_iter().collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut units = Vec::with_capacity(bytes.len());
        let mut chars = text.char_indices().peekable();
        let mut counted = 0;
        for &offset in &bytes {
            while let Some(&(at, c)) = chars.peek() {
                if at >= offset {
                    break;
                }
                counted += c.len_utf16();
                chars.next();
            }
            units.push(counted);
        }
        Utf16Offsets { bytes, units }
    }

    /// The UTF-16 offset of `byte`, which must have been asked for.
    pub fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units[i],
            // Not asked for: a caller bug, but the nearest known offset below is harmless.
            Err(i) => i.checked_sub(1).map_or(0, |j| self.units[j]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_units_not_bytes_or_characters() {
        // é: 2 bytes, 1 unit; 🗳: 4 bytes, 2 units (a surrogate pair in JavaScript).
        let text = "é🗳 KPU";
        let kpu = text.find("KPU").unwrap();
        let map = Utf16Offsets::new(text, [0, 2, 6, kpu, text.len()]);
        assert_eq!(map.get(0), 0);
        assert_eq!(map.get(2), 1);
        assert_eq!(map.get(6), 3);
        assert_eq!(map.get(kpu), 4);
        assert_eq!(map.get(text.len()), 7);
        let js_len: usize = text.chars().map(char::len_utf16).sum();
        assert_eq!(js_len, 7);
    }

    #[test]
    fn offsets_in_any_order_and_repeated() {
        let text = "a’b’c";
        let map = Utf16Offsets::new(text, [text.len(), 0, 4, 4, 1]);
        assert_eq!(map.get(4), 2);
        assert_eq!(map.get(1), 1);
        assert_eq!(map.get(text.len()), 5);
    }

    #[test]
    fn an_offset_inside_a_character_counts_it_as_started() {
        let text = "’x";
        let map = Utf16Offsets::new(text, [1, 99]);
        assert_eq!(map.get(1), 1);
        assert_eq!(map.get(99), 2);
    }
}
