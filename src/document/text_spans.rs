//! Spans that word rules must treat specially: URLs, e-mail addresses and domains (never
//! checked as words) and quotations (the speaker's words).

use std::sync::LazyLock;

use regex::Regex;

use super::address_scan;
use crate::span::Span;

#[allow(clippy::expect_used, reason = "a literal pattern; every test compiles it")]
pub(super) static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
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
///
/// No address spans white space, so the pattern runs only on the white-space separated
/// tokens that can hold one, found from their `.`, `@` or `:`: prose has few, and the
/// Unicode `\b` of the pattern is slow on long text. Matches are the same as over the
/// whole text, since a token edge is a word boundary there too. An ASCII token, nearly
/// every one, is read by `address_scan` instead, which finds the same matches.
pub fn addresses(text: &str, base: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut searched_to = 0;
    let bytes = text.as_bytes();
    for hit in memchr::memchr3_iter(b'.', b'@', b':', bytes) {
        if hit < searched_to {
            continue;
        }
        // The first mark of its token that also ends it (`kata.`, `Foto:`): nothing
        // before it can make an address, as `may_hold_address` would find.
        if bytes
            .get(hit + 1)
            .is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            continue;
        }
        let start = text[..hit]
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + char_len(text, i));
        let end = text[hit..].find(char::is_whitespace).map_or(text.len(), |i| hit + i);
        searched_to = end;
        let token = &text[start..end];
        if !may_hold_address(token) {
            continue;
        }
        let at = base + start;
        if token.is_ascii() {
            address_scan::scan(token.as_bytes(), |from, to| {
                spans.extend(address(&token[from..to], at + from))
            });
        } else {
            spans.extend(
                ADDRESS
                    .find_iter(token)
                    .filter_map(|m| address(m.as_str(), at + m.start())),
            );
        }
    }
    spans
}

fn char_len(text: &str, at: usize) -> usize {
    text[at..].chars().next().map_or(1, char::len_utf8)
}

/// Every address has a `://`, or an `@` or a dot with something after it (`www.x`,
/// `ppid@kpu.go.id`); most tokens with a dot end a sentence.
fn may_hold_address(token: &str) -> bool {
    let bytes = token.as_bytes();
    let before_last = &bytes[..bytes.len().saturating_sub(1)];
    memchr::memchr2(b'@', b'.', before_last).is_some() || memchr::memmem::find(bytes, b"://").is_some()
}

/// A match (at byte `at` of the source) without trailing sentence punctuation.
fn address(found: &str, at: usize) -> Option<Span> {
    let trimmed = found.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'']);
    (!trimmed.is_empty()).then(|| Span::new(at, at + trimmed.len()))
}

/// Quotations: “curly” pairs and straight `"` pairs, each span including its marks.
/// An opening mark without a closing one is left out here (the `punct/` family reports
/// unbalanced quotes).
pub fn quotations(text: &str, base: usize) -> Vec<Span> {
    let mut spans = Vec::new();
    quotations_into(text, base, &mut spans);
    spans
}

/// [`quotations`] added to `spans`, so that the parse collects a release's quotations
/// in one vector rather than one a paragraph.
pub(super) fn quotations_into(text: &str, base: usize, spans: &mut Vec<Span>) {
    let first = spans.len();
    let bytes = text.as_bytes();
    let mut curly_open: Option<usize> = None;
    let mut straight_open: Option<usize> = None;
    // `“` and `”` are E2 80 9C and E2 80 9D in UTF-8.
    for i in memchr::memchr3_iter(b'"', 0xE2, b'\n', bytes) {
        match &bytes[i..] {
            [0xE2, 0x80, 0x9C, ..] => curly_open = Some(i),
            [0xE2, 0x80, 0x9D, ..] => {
                if let Some(start) = curly_open.take() {
                    spans.push(Span::new(base + start, base + i + 3));
                }
            }
            [b'"', ..] => match straight_open.take() {
                Some(start) => spans.push(Span::new(base + start, base + i + 1)),
                None => straight_open = Some(i),
            },
            [b'\n', ..]
                if bytes[i..].starts_with(b"\n\n")
                    || bytes[..i].ends_with(b"\r") && bytes[i - 1..].starts_with(b"\r\n\r\n") =>
            {
                // A quotation does not run across a paragraph break.
                curly_open = None;
                straight_open = None;
            }
            _ => {}
        }
    }
    spans[first..].sort();
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
    fn addresses_at_token_edges_and_inside_brackets() {
        let t = "(lihat http://localhost/x) dan “surel:a@b.id” atau (kpu.go.id).";
        let found: Vec<&str> = addresses(t, 10).iter().map(|s| &t[s.start - 10..s.end - 10]).collect();
        assert_eq!(found, ["http://localhost/x", "a@b.id", "kpu.go.id"]);
    }

    #[test]
    fn academic_titles_and_numbers_are_not_addresses() {
        assert!(addresses("Budi, S.H., M.Kom. membawa 1.265.218 surat", 0).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn tokens_find_what_the_whole_text_finds(
            t in r#"(kpu\.go\.id|www\.|https://|\.com|@|[a-fK0-9 .,:/"“”()é\n-]){0,16}"#
        ) {
            let whole: Vec<Span> = ADDRESS.find_iter(&t).filter_map(|m| address(m.as_str(), m.start())).collect();
            proptest::prop_assert_eq!(addresses(&t, 0), whole);
        }
    }

    /// The straightforward character walk that [`quotations`] does on bytes.
    fn quotations_by_chars(text: &str) -> Vec<Span> {
        let (mut spans, mut curly, mut straight) = (Vec::new(), None, None);
        for (i, c) in text.char_indices() {
            match c {
                '“' => curly = Some(i),
                '”' => spans.extend(curly.take().map(|s| Span::new(s, i + 3))),
                '"' => match straight.take() {
                    Some(s) => spans.push(Span::new(s, i + 1)),
                    None => straight = Some(i),
                },
                '\n' | '\r' if text[i..].starts_with("\n\n") || text[i..].starts_with("\r\n\r\n") => {
                    (curly, straight) = (None, None);
                }
                _ => {}
            }
        }
        spans.sort();
        spans
    }

    proptest::proptest! {
        #[test]
        fn quotations_match_a_character_walk(t in "[a “”\"\n\r—]{0,24}") {
            proptest::prop_assert_eq!(quotations(&t, 0), quotations_by_chars(&t));
        }
    }

    #[test]
    fn pairs_quotes() {
        let t = "“Kami siap,” ujar Budi. \"Ya\" katanya";
        let q: Vec<&str> = quotations(t, 0).iter().map(|s| s.text(t)).collect();
        assert_eq!(q, ["“Kami siap,”", "\"Ya\""]);
    }
}
