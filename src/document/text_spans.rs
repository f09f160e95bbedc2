//! Spans that word rules must treat specially: URLs, e-mail addresses and domains (never
//! checked as words) and quotations (the speaker's words).

use std::sync::LazyLock;

use regex::Regex;

use crate::span::Span;

#[allow(clippy::expect_used, reason = "a literal pattern; every test compiles it")]
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)
        (?:https?://|www\.)[^\s<>()\[\]\x22“”]+
      | [a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+
      | \b(?:[a-z0-9][a-z0-9-]*\.)+(?:go\.id|ac\.id|or\.id|co\.id|sch\.id|web\.id|my\.id|id|com|org|net|info|io)\b",
    )
    .expect("address pattern is valid")
});

/// URLs, e-mail addresses and bare domains in `text` (offset by `base`). Trailing
/// sentence punctuation is not part of an address.
pub fn addresses(text: &str, base: usize) -> Vec<Span> {
    ADDRESS
        .find_iter(text)
        .map(|m| {
            let trimmed = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?', '\'']);
            Span::new(base + m.start(), base + m.start() + trimmed.len())
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// Quotations: “curly” pairs and straight `"` pairs, each span including its marks.
/// An opening mark without a closing one is left out here (the `punct/` family reports
/// unbalanced quotes).
pub fn quotations(text: &str, base: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut curly_open: Option<usize> = None;
    let mut straight_open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '“' => curly_open = Some(i),
            '”' => {
                if let Some(start) = curly_open.take() {
                    spans.push(Span::new(base + start, base + i + c.len_utf8()));
                }
            }
            '"' => match straight_open.take() {
                Some(start) => spans.push(Span::new(base + start, base + i + 1)),
                None => straight_open = Some(i),
            },
            '\n' | '\r' if text[i..].starts_with("\n\n") || text[i..].starts_with("\r\n\r\n") => {
                // A quotation does not run across a paragraph break.
                curly_open = None;
                straight_open = None;
            }
            _ => {}
        }
    }
    spans.sort();
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_urls_mail_and_domains_without_trailing_punctuation() {
        let t = "lihat https://kpu.go.id/berita. Surel ppid@kota-semarang.kpu.go.id atau jdih.kpu.go.id, ya";
        let found: Vec<&str> = addresses(t, 0).iter().map(|s| s.text(t)).collect();
        assert_eq!(
            found,
            [
                "https://kpu.go.id/berita",
                "ppid@kota-semarang.kpu.go.id",
                "jdih.kpu.go.id"
            ]
        );
    }

    #[test]
    fn academic_titles_and_numbers_are_not_addresses() {
        assert!(addresses("Budi, S.H., M.Kom. membawa 1.265.218 surat", 0).is_empty());
    }

    #[test]
    fn pairs_quotes() {
        let t = "“Kami siap,” ujar Budi. \"Ya\" katanya";
        let q: Vec<&str> = quotations(t, 0).iter().map(|s| s.text(t)).collect();
        assert_eq!(q, ["“Kami siap,”", "\"Ya\""]);
    }
}
