//! Unusual white space inside lines: every run of spaces, tabs or no-break spaces
//! except one plain space between two letters or digits, with the characters around
//! it. Indentation and trailing spaces (a Markdown hard break) are not runs: a run
//! always has text on both sides on the same line.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpaceRun {
    pub span: Span,
    /// Length in characters.
    pub chars: usize,
    /// The character before the run and its offset.
    pub before: (usize, char),
    /// The character after the run (its offset is `span.end`).
    pub after: char,
}

/// The runs in `text`, which starts at byte `base` of the source.
pub fn runs(text: &str, base: usize) -> Vec<SpaceRun> {
    let mut out = Vec::new();
    runs_between(text, base, 0, text.len(), &mut out);
    out
}

/// The runs that start in `text[from..to]`, read with the text around them, added to
/// `out`. A run never holds a word's character, so the document asks only about the
/// gaps between words: most of them are one space between two ASCII letters or digits,
/// settled at once.
pub(super) fn runs_between(text: &str, base: usize, from: usize, to: usize, out: &mut Vec<SpaceRun>) {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        if space_len(bytes, i) == 0 {
            i += 1;
            continue;
        }
        // The common case, one space between two ASCII letters or digits, on bytes.
        let single = bytes[i] == b' '
            && i > 0
            && bytes[i - 1].is_ascii_alphanumeric()
            && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric);
        if single {
            i += 2;
            continue;
        }
        let start = i;
        let mut chars = 0;
        while let len @ 1.. = space_len(bytes, i) {
            i += len;
            chars += 1;
        }
        // Runs start and end on ASCII or no-break space boundaries, so slicing is safe.
        // An ASCII byte is a whole character: only other neighbours are decoded.
        let before = match start.checked_sub(1).map(|k| bytes[k]) {
            Some(b) if b.is_ascii() => Some(char::from(b)),
            _ => text[..start].chars().next_back(),
        };
        let after = match bytes.get(i) {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            _ => text[i..].chars().next(),
        };
        let (Some(before), Some(after)) = (before, after) else {
            continue;
        };
        let plain = chars == 1 && before.is_alphanumeric() && after.is_alphanumeric();
        if plain || matches!(before, '\n' | '\r') || matches!(after, '\n' | '\r') {
            continue;
        }
        out.push(SpaceRun {
            span: Span::new(base + start, base + i),
            chars,
            before: (base + start - before.len_utf8(), before),
            after,
        });
    }
}

/// Length in bytes of the space, tab or no-break space at `i`, or 0.
fn space_len(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b' ' | b'\t') => 1,
        Some(0xC2) if bytes.get(i + 1) == Some(&0xA0) => 2,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs by their definition, read character by character.
    fn runs_by_chars(text: &str) -> Vec<SpaceRun> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let is_space = |c: char| matches!(c, ' ' | '\t' | '\u{a0}');
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if !is_space(chars[k].1) {
                k += 1;
                continue;
            }
            let first = k;
            while k < chars.len() && is_space(chars[k].1) {
                k += 1;
            }
            let (Some(&before), Some(&(end, after))) = (first.checked_sub(1).and_then(|b| chars.get(b)), chars.get(k))
            else {
                continue;
            };
            let n = k - first;
            let plain = n == 1 && before.1.is_alphanumeric() && after.is_alphanumeric();
            if plain || matches!(before.1, '\n' | '\r') || matches!(after, '\n' | '\r') {
                continue;
            }
            let span = Span::new(chars[first].0, end);
            out.push(SpaceRun {
                span,
                chars: n,
                before,
                after,
            });
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn runs_match_a_character_walk(t in "([a-zé9 ,.(\t\n\r]|\u{a0}|\u{301}|“|—){0,24}") {
            proptest::prop_assert_eq!(runs(&t, 0), runs_by_chars(&t));
        }
    }

    #[test]
    fn keeps_only_unusual_runs() {
        let t = "  kata  kata , (x)\u{a0}y\tz kata.  \nlagi ( a";
        let found: Vec<(&str, usize, char, char)> = runs(t, 0)
            .iter()
            .map(|r| (r.span.text(t), r.chars, r.before.1, r.after))
            .collect();
        assert_eq!(
            found,
            [
                ("  ", 2, 'a', 'k'),
                (" ", 1, 'a', ','),
                (" ", 1, ',', '('),
                ("\u{a0}", 1, ')', 'y'),
                (" ", 1, 'i', '('),
                (" ", 1, '(', 'a'),
            ]
        );
    }
}
