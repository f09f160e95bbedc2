//! Text from a release on its way to a terminal. A terminal obeys control characters:
//! `ESC ] 0 ; … BEL` retitles the window, `ESC [ 2 J` clears the screen, and bidi
//! controls reorder what the reader sees (CWE-150). So every control character (C0 but
//! tab and line feed, DEL, C1) and every bidi control in file names, messages and
//! excerpts is shown escaped, as `\x1b` or `\u{202e}`, which a reader can see and a
//! terminal does not act on.

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `c` would act on a terminal (or on the order of what it shows) instead of
/// being shown.
pub fn acts_on_terminal(c: char) -> bool {
    matches!(c,
        '\0'..='\x08' | '\x0b'..='\x1f' | '\x7f'..='\u{9f}'
        // Bidi: Arabic letter mark, LRM/RLM, embeddings and overrides, isolates.
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `c` as the visible escape that stands for it.
pub fn escaped(c: char) -> String {
    if c.is_ascii() {
        format!("\\x{:02x}", c as u32)
    } else {
        format!("\\u{{{:x}}}", c as u32)
    }
}

/// `text` with every character that acts on a terminal escaped (borrowed when none does).
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts_on_terminal) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if acts_on_terminal(c) {
            let _ = write!(out, "{}", escaped(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` as shown on a terminal when standard output is one, as is otherwise (a diff
/// or fixed text piped to `patch` or an editor must stay byte for byte).
pub fn for_stdout(text: &str) -> Cow<'_, str> {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        escape(text)
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_bidi_characters_are_escaped_visibly() {
        assert_eq!(escape("a\tb\nc"), "a\tb\nc");
        assert_eq!(escape("\x1b]0;judul\x07"), "\\x1b]0;judul\\x07");
        assert_eq!(escape("\x1b[2J\r\x7f"), "\\x1b[2J\\x0d\\x7f");
        assert_eq!(
            escape("\u{9b}31m \u{202e}txt.exe\u{2066}"),
            "\\u{9b}31m \\u{202e}txt.exe\\u{2066}"
        );
        assert!(matches!(escape("Komisi Pemilihan Umum — “kami”"), Cow::Borrowed(_)));
    }
}
