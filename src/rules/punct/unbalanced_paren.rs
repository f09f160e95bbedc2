//! `punct/unbalanced-paren`: a parenthesis without its partner in the same paragraph.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct UnbalancedParen;
    id: "punct/unbalanced-paren",
    severity: Warning,
    fix: None,
    default_enabled: true,
    summary: ("Tanda kurung tidak berpasangan", "Unbalanced parentheses"),
    what: (
        "Setiap kurung buka ditutup dalam paragraf yang sama: `Tempat Pemungutan Suara (TPS)`. Kurung bersarang dihitung berpasangan, kurung kredit di akhir siaran ikut dihitung, dan penomoran gaya `1)` atau `a)` dibiarkan.",
        "Every opening parenthesis is closed in the same paragraph: `Tempat Pemungutan Suara (TPS)`. Nested parentheses pair up, the credit tail's own parentheses count, and list markers such as `1)` or `a)` are left alone.",
    ),
    why: (
        "Kurung yang tidak berpasangan biasanya tanda singkatan atau kredit yang terpotong.",
        "An unbalanced one is usually a cut-off abbreviation or credit.",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis: letak kurung yang hilang harus ditentukan penulis.",
        "No automatic fix: only the writer knows where the missing one goes.",
    ),
    examples: [Example {
        bad: "Petugas Kelompok Penyelenggara Pemungutan Suara (KPPS akan mendapat materi khusus.",
        good: "Petugas Kelompok Penyelenggara Pemungutan Suara (KPPS) akan mendapat materi (termasuk simulasi (luring)) khusus.",
    }],
    messages: {
        UNCLOSED = ("Kurung buka '(' tidak ditutup dalam paragraf ini", "Opening '(' is not closed in this paragraph"),
        UNOPENED = (
            "Kurung tutup ')' tanpa kurung buka dalam paragraf ini",
            "Closing ')' without an opening one in this paragraph",
        ),
    },
}

impl Rule for UnbalancedParen {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for block in super::blocks(doc) {
            let text = doc.text(block);
            let mut open: Vec<usize> = Vec::new();
            for i in memchr::memchr2_iter(b'(', b')', text.as_bytes()) {
                let span = Span::new(block.start + i, block.start + i + 1);
                if doc.in_address(span) || is_emoticon(text, i) {
                    continue;
                }
                if text.as_bytes()[i] == b'(' {
                    open.push(i);
                } else if open.pop().is_none() && !is_list_marker(text, i) {
                    out.push(cx.finding(&META, span, &UNOPENED, &[]));
                }
            }
            for i in open {
                let span = Span::new(block.start + i, block.start + i + 1);
                // An unclosed credit tail is `credit/unclosed`'s finding.
                let tail = doc.credit.is_some_and(|c| c.unclosed && c.span.start == span.start);
                if !tail {
                    out.push(cx.finding(&META, span, &UNCLOSED, &[]));
                }
            }
        }
    }
}

/// `:)`, `:(`, `;)`.
fn is_emoticon(text: &str, at: usize) -> bool {
    text[..at].ends_with([':', ';'])
}

/// `1)`, `12)`, `a)` at the start of a line or after a space: a list marker. The token
/// is at most two characters, so no more than three are read back: scanning back to the
/// previous space was quadratic on a line of `)`.
fn is_list_marker(text: &str, at: usize) -> bool {
    let back: Vec<char> = text[..at].chars().rev().take(3).collect();
    let len = back.iter().position(|c| c.is_whitespace()).unwrap_or(back.len());
    if len > 2 {
        return false;
    }
    let token = &back[..len];
    let digits = !token.is_empty() && token.iter().all(char::is_ascii_digit);
    let letter = token.len() == 1 && token[0].is_ascii_lowercase();
    digits || letter
}
