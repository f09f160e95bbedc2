//! The headline as words with their place in it, and the casing helpers the title
//! rules share.

use crate::case::upper_first;
use crate::document::{words::opens_headline_part, Document};
use crate::span::Span;

use super::data::{self, DATA};

/// A headline longer than this is a lead paragraph that lost its headline, not a title.
const MAX_WORDS: usize = 22;

#[derive(Clone, Copy, Debug)]
pub struct HeadWord<'a> {
    pub span: Span,
    pub text: &'a str,
    /// The first word of the headline.
    pub first: bool,
    /// The first word of the headline or of a part of it: after `:`, `?`, `!`, a dash,
    /// an opening quotation mark or parenthesis. Such a word may be capitalised even
    /// when it is a function word (`Sharing: Humas Didorong`).
    pub starts_part: bool,
    /// The word before is a number (`Rp300 ribu`).
    pub after_number: bool,
}

/// The words of the headline, or `None` when there is no headline (or it is too long to
/// be one). Words inside addresses and hashtags or handles are left out.
pub fn words<'a>(doc: &Document<'a>) -> Option<(Span, Vec<HeadWord<'a>>)> {
    let headline = doc.headline?.span;
    let mut out: Vec<HeadWord<'a>> = Vec::new();
    let mut prev_end = headline.start;
    let mut prev_number = false;
    // The headline is the first block the document splits into words.
    for word in doc.headline_words() {
        let between = &doc.source[prev_end..word.span.start];
        prev_end = word.span.end;
        let text = doc.text(word.span);
        let number = text.chars().any(|c| c.is_ascii_digit());
        let after_number = std::mem::replace(&mut prev_number, number) && !between.contains([',', ':']);
        if word.in_address || word.in_handle {
            continue;
        }
        out.push(HeadWord {
            span: word.span,
            text,
            first: out.is_empty(),
            starts_part: out.is_empty() || opens_headline_part(between),
            after_number,
        });
    }
    (out.len() <= MAX_WORDS).then_some((headline, out))
}

/// Whether the word at `index` is part of a fixed name such as `Dalam Negeri` (in any
/// case, so that `DALAM NEGERI` in an all-caps headline counts too).
pub fn in_fixed_name(words: &[HeadWord<'_>], index: usize) -> bool {
    DATA.fixed_names.iter().any(|name| {
        name.iter().enumerate().any(|(k, part)| {
            index >= k
                && words[index].text.eq_ignore_ascii_case(part)
                && words
                    .get(index - k..index - k + name.len())
                    .is_some_and(|window| window.iter().zip(name).all(|(w, n)| w.text.eq_ignore_ascii_case(n)))
        })
    })
}

/// The title-case form of an all-caps word: a known abbreviation as it is written
/// (`KPU`, `Bawaslu`), a Roman numeral as is, a function word that does not start a
/// part in lower case, any other word capitalised (`SEMARANG` → `Semarang`).
pub fn recase(word: &str, starts_part: bool) -> String {
    if let Some(short) = data::abbreviation(word) {
        return if short.chars().any(char::is_uppercase) {
            short.to_string()
        } else {
            upper_first(short)
        };
    }
    if word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return word.to_string();
    }
    let parts: Vec<&str> = word.split('-').collect();
    if parts.len() > 1 {
        let recased: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                if p.chars().any(|c| c.is_ascii_digit()) {
                    p.to_string()
                } else if i > 0 && !p.eq_ignore_ascii_case(parts[0]) {
                    p.to_lowercase()
                } else {
                    recase(p, starts_part && i == 0)
                }
            })
            .collect();
        return recased.join("-");
    }
    let lower = word.to_lowercase();
    if !starts_part && DATA.is_function_word(&lower) {
        lower
    } else {
        upper_first(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recase_all_caps_words() {
        assert_eq!(recase("SEMARANG", false), "Semarang");
        assert_eq!(recase("KPU", false), "KPU");
        assert_eq!(recase("BAWASLU", false), "Bawaslu");
        assert_eq!(recase("PEMILU", false), "Pemilu");
        assert_eq!(recase("DI", false), "di");
        assert_eq!(recase("DI", true), "Di");
        assert_eq!(recase("III", false), "III");
        assert_eq!(recase("KE-80", false), "ke-80");
        assert_eq!(recase("UNDANG-UNDANG", false), "Undang-Undang");
        assert_eq!(recase("SAYUR-MAYUR", false), "Sayur-mayur");
    }
}
