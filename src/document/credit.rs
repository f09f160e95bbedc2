//! Locating the credit tail: the last parenthesised group of the release that reads like
//! a credit (`(awh/ed. Foto: rap/KPU Kota Semarang)`). Parsing its parts is the job of
//! the `credit/` rules.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CreditTail {
    /// The group with its parentheses (or up to the end of the paragraph when the
    /// closing parenthesis is missing).
    pub span: Span,
    /// The text inside the parentheses.
    pub inner: Span,
    /// The closing parenthesis is missing.
    pub unclosed: bool,
    /// Non-blank text after the tail, up to the end of the release.
    pub trailing: Option<Span>,
}

/// Finds the credit tail in `paragraph` (starting at `base`); `rest_end` is the end of
/// the release, so that text after the tail on later lines counts as trailing.
pub fn locate(source: &str, paragraph: Span, rest_end: usize) -> Option<CreditTail> {
    let text = paragraph.text(source);
    let base = paragraph.start;
    let groups = top_level_groups(text);
    let (open, close) = groups.into_iter().rev().find(|&(open, close)| {
        let inner_end = close.unwrap_or(text.len());
        looks_like_credit(&text[open + 1..inner_end])
    })?;
    let (span, inner, unclosed) = match close {
        Some(close) => (
            Span::new(base + open, base + close + 1),
            Span::new(base + open + 1, base + close),
            false,
        ),
        None => {
            let end = base + text.trim_end().len();
            (Span::new(base + open, end), Span::new(base + open + 1, end), true)
        }
    };
    let after = &source[span.end..rest_end];
    let trailing = (!after.trim().is_empty()).then(|| {
        let lead = after.len() - after.trim_start().len();
        Span::new(span.end + lead, span.end + after.trim_end().len())
    });
    Some(CreditTail {
        span,
        inner,
        unclosed,
        trailing,
    })
}

/// Credit-like: initials and a slash, an editor marker or a photo credit.
fn looks_like_credit(inner: &str) -> bool {
    let lower = inner.to_lowercase();
    let initials_slash = inner.split('/').next().is_some_and(|first| {
        inner.contains('/') && (1..=4).contains(&first.trim().len()) && first.trim().chars().all(char::is_alphabetic)
    });
    initials_slash || lower.contains("ed.") || lower.contains("foto") || lower.starts_with("dok")
}

/// Byte offsets of top-level `(` and their matching `)` (None when unclosed).
fn top_level_groups(text: &str) -> Vec<(usize, Option<usize>)> {
    let mut groups = Vec::new();
    let mut depth = 0usize;
    let mut open = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    groups.push((open, Some(i)));
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        groups.push((open, None));
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tail(text: &str) -> Option<(String, bool, Option<String>)> {
        locate(text, Span::new(0, text.len()), text.len()).map(|t| {
            (
                t.span.text(text).to_string(),
                t.unclosed,
                t.trailing.map(|s| s.text(text).to_string()),
            )
        })
    }

    #[test]
    fn finds_the_last_credit_group() {
        let t = "di tempat pemungutan suara (TPS). (awh/ed. Foto: rap/KPU Kota Semarang)";
        assert_eq!(
            tail(t),
            Some(("(awh/ed. Foto: rap/KPU Kota Semarang)".into(), false, None))
        );
    }

    #[test]
    fn trailing_text_and_unclosed() {
        let t = "selesai. (awh/ed. Foto: rap/KPU Kota Semarang) #TemanPemilih";
        assert_eq!(tail(t).unwrap().2.as_deref(), Some("#TemanPemilih"));
        let t = "selesai. (awh/ed. Foto: rap/KPU Kota Semarang";
        assert!(tail(t).unwrap().1);
    }

    #[test]
    fn an_ordinary_parenthesis_is_not_a_tail() {
        assert_eq!(tail("ke tempat pemungutan suara (TPS)."), None);
        assert_eq!(tail("pada akhir tahun."), None);
    }
}
