//! The headline as words with their place in it, and the casing helpers the title
//! rules share.

use std::rc::Rc;

use crate::case::upper_first;
use crate::document::{region, text_spans, words, Document};
use crate::rules::Context;
use crate::span::Span;

use super::data::{self, DATA};

/// A headline longer than this is a lead paragraph that lost its headline, not a title.
const MAX_WORDS: usize = 22;

#[derive(Clone, Copy, Debug)]
pub struct HeadWord {
    pub span: Span,
    /// The first word of the headline.
    pub first: bool,
    /// The first word of the headline or of a part of it: after `:`, `?`, `!`, a dash,
    /// an opening quotation mark or parenthesis. Such a word may be capitalised even
    /// when it is a function word (`Sharing: Humas Didorong`).
    pub starts_part: bool,
    /// The word before is a number (`Rp300 ribu`).
    pub after_number: bool,
}

impl HeadWord {
    /// The word as written.
    pub fn text<'a>(&self, doc: &Document<'a>) -> &'a str {
        doc.text(self.span)
    }
}

/// Every headline of the release with its words (see [`all`]).
pub struct Headlines(Vec<(Span, Vec<HeadWord>)>);

impl Headlines {
    pub fn iter(&self) -> impl Iterator<Item = (Span, &[HeadWord])> {
        self.0.iter().map(|(span, words)| (*span, words.as_slice()))
    }
}

/// Every headline of the release with its words: the headline (first line, `# `
/// heading or front matter `title`), and the front matter `title` beside a heading when
/// the two differ (when they agree, the heading's findings stand for both). A headline
/// too long to be one is left out. Found once per release and shared by the four rules.
pub fn all(cx: &Context<'_>) -> Rc<Headlines> {
    cx.memo(find)
}

fn find(doc: &Document<'_>) -> Headlines {
    let mut out = Vec::new();
    if let Some(headline) = doc.headline {
        let words = doc.headline_words();
        let spans = words.iter().filter(|w| !w.in_address() && !w.in_handle());
        out.extend(collect(doc, headline.span, words.len(), spans.map(|w| w.span)));
    }
    let other_title = doc
        .title
        .filter(|t| doc.headline.is_none_or(|h| h.span != *t && !same_text(doc, h.span, *t)));
    if let Some(title) = other_title {
        let text = doc.text(title);
        let addresses = text_spans::addresses(text, title.start);
        let spans = words::split(text, title.start)
            .filter(|w| !addresses.iter().any(|a| a.overlaps(*w)) && !region::in_handle(doc.source, *w));
        out.extend(collect(doc, title, 0, spans));
    }
    Headlines(out)
}

fn same_text(doc: &Document<'_>, a: Span, b: Span) -> bool {
    doc.text(a).split_whitespace().eq(doc.text(b).split_whitespace())
}

/// The words of one headline (spans in order, addresses and handles left out; about
/// `count` of them), or `None` when it is too long to be a headline.
fn collect(
    doc: &Document<'_>,
    headline: Span,
    count: usize,
    spans: impl Iterator<Item = Span>,
) -> Option<(Span, Vec<HeadWord>)> {
    let mut out: Vec<HeadWord> = Vec::with_capacity(count);
    let mut prev_end = headline.start;
    let mut prev_number = false;
    for span in spans {
        let between = &doc.source[prev_end..span.start];
        prev_end = span.end;
        // An ASCII digit byte is always a digit character in UTF-8.
        let number = doc.text(span).bytes().any(|b| b.is_ascii_digit());
        let after_number = std::mem::replace(&mut prev_number, number) && !between.contains([',', ':']);
        // Most words follow one space, which opens no part.
        let opens_part = between != " " && words::opens_headline_part(between);
        out.push(HeadWord {
            span,
            first: out.is_empty(),
            starts_part: out.is_empty() || opens_part,
            after_number,
        });
    }
    (out.len() <= MAX_WORDS).then_some((headline, out))
}

/// Whether the word at `index` is part of a fixed name such as `Dalam Negeri` (in any
/// case, so that `DALAM NEGERI` in an all-caps headline counts too).
pub fn in_fixed_name(doc: &Document<'_>, words: &[HeadWord], index: usize) -> bool {
    let text = |w: &HeadWord| w.text(doc);
    DATA.fixed_names.iter().any(|name| {
        name.iter().enumerate().any(|(k, part)| {
            index >= k
                && text(&words[index]).eq_ignore_ascii_case(part)
                && words
                    .get(index - k..index - k + name.len())
                    .is_some_and(|window| window.iter().zip(name).all(|(w, n)| text(w).eq_ignore_ascii_case(n)))
        })
    })
}

/// How the body writes words the headline has in capitals: a token the body writes in
/// capitals or mixed case (`MPK`, `e-KTP`, `DPTb`) is an abbreviation or a name whose
/// form the writer chose, and the headline keeps it.
pub struct BodyForms<'a>(Vec<&'a str>);

impl<'a> BodyForms<'a> {
    /// The capitalised and mixed-case forms the body (everything but the headline) uses
    /// among words in lower case: in a passage written in capitals they say nothing.
    pub fn of(doc: &Document<'a>) -> Self {
        let words = &doc.words;
        let has_lower = |i: usize| {
            words
                .get(i)
                .is_some_and(|w| doc.text(w.span).contains(char::is_lowercase))
        };
        let forms = (0..words.len())
            .filter(|&i| words[i].region != crate::document::Region::Headline)
            .filter(|&i| doc.text(words[i].span).chars().skip(1).any(char::is_uppercase))
            .filter(|&i| i.checked_sub(1).is_some_and(has_lower) || has_lower(i + 1))
            .map(|i| doc.text(words[i].span))
            .collect();
        BodyForms(forms)
    }

    fn get(&self, upper: &str) -> Option<&'a str> {
        self.0.iter().copied().find(|t| t.to_uppercase() == upper)
    }
}

/// The title-case form of an all-caps word: a known abbreviation as it is written
/// (`KPU`, `Bawaslu`), a form the body writes (`MPK`, `e-KTP`), a token with digits
/// (`DP3`, `SMAN1`), a Roman numeral or a token without vowels (`PPK`: no Indonesian word
/// lacks one) as is, a function word that does not start a part in lower case, any other
/// word capitalised (`SEMARANG` → `Semarang`), and each part of a hyphenated name
/// capitalised (`JEMBER-LUMAJANG` → `Jember-Lumajang`).
pub fn recase(word: &str, starts_part: bool, body: &BodyForms<'_>) -> String {
    if let Some(short) = data::abbreviation(word) {
        return if short.chars().any(char::is_uppercase) {
            short.to_string()
        } else {
            upper_first(short)
        };
    }
    if let Some(form) = body.get(word) {
        return form.to_string();
    }
    let parts: Vec<&str> = word.split('-').collect();
    if parts.len() > 1 {
        let recased: Vec<String> = parts
            .iter()
            .enumerate()
            .map(|(i, p)| recase(p, starts_part && i == 0, body))
            .collect();
        return recased.join("-");
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let vowelless = !word.chars().any(|c| "AIUEOaiueo".contains(c));
    if word.chars().any(|c| c.is_ascii_digit())
        || word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        || (vowelless && letters >= 2)
    {
        return word.to_string();
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
        let doc = Document::parse(
            "Judul\nRapat di SMKN 2 bersama MPK dan e-KTP.",
            crate::document::SourceKind::Text,
        );
        let body = BodyForms::of(&doc);
        let recase = |w: &str, s: bool| super::recase(w, s, &body);
        assert_eq!(recase("SMKN", false), "SMKN");
        assert_eq!(recase("MPK", false), "MPK");
        assert_eq!(recase("E-KTP", false), "e-KTP");
        assert_eq!(recase("DP3", false), "DP3");
        assert_eq!(recase("JEMBER-LUMAJANG", false), "Jember-Lumajang");
        assert_eq!(recase("PPK", false), "PPK");
        // A passage written in capitals says nothing of how a word is written.
        let shouting = Document::parse(
            "Judul\nIsi.\nKETUA KPU MENYAMPAIKAN BAHWA LOMBA DIGELAR.",
            crate::document::SourceKind::Text,
        );
        assert_eq!(super::recase("LOMBA", false, &BodyForms::of(&shouting)), "Lomba");
        assert_eq!(recase("SEMARANG", false), "Semarang");
        assert_eq!(recase("KPU", false), "KPU");
        assert_eq!(recase("BAWASLU", false), "Bawaslu");
        assert_eq!(recase("PEMILU", false), "Pemilu");
        assert_eq!(recase("DI", false), "di");
        assert_eq!(recase("DI", true), "Di");
        assert_eq!(recase("III", false), "III");
        assert_eq!(recase("KE-80", false), "ke-80");
        assert_eq!(recase("UNDANG-UNDANG", false), "Undang-Undang");
        assert_eq!(recase("SAYUR-MAYUR", false), "Sayur-Mayur");
    }
}
