//! `punct/unbalanced-paren`: a parenthesis without its partner in the same paragraph.

use crate::diagnostic::Severity;
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};
use crate::span::Span;

pub struct UnbalancedParen;

const UNCLOSED: Text = Text::new(
    "Kurung buka '(' tidak ditutup dalam paragraf ini",
    "Opening '(' is not closed in this paragraph",
);
const UNOPENED: Text = Text::new(
    "Kurung tutup ')' tanpa kurung buka dalam paragraf ini",
    "Closing ')' without an opening one in this paragraph",
);

static META: RuleMeta = RuleMeta {
    id: "punct/unbalanced-paren",
    summary: Text::new("Tanda kurung tidak berpasangan", "Unbalanced parentheses"),
    explanation: Text::new(
        "Setiap kurung buka ditutup dalam paragraf yang sama: `Tempat Pemungutan Suara (TPS)`. Kurung yang tidak berpasangan biasanya tanda singkatan atau kredit yang terpotong. Kurung bersarang dihitung berpasangan, kurung kredit di akhir siaran ikut dihitung, dan penomoran gaya `1)` atau `a)` dibiarkan. Tidak ada perbaikan otomatis: letak kurung yang hilang harus ditentukan penulis.",
        "Every opening parenthesis is closed in the same paragraph: `Tempat Pemungutan Suara (TPS)`. An unbalanced one is usually a cut-off abbreviation or credit. Nested parentheses pair up, the credit tail's own parentheses count, and list markers such as `1)` or `a)` are left alone. No automatic fix: only the writer knows where the missing one goes.",
    ),
    severity: Severity::Warning,
    fix: FixAvailability::None,
    default_enabled: true,
    examples: &[Example {
        bad: "Petugas Kelompok Penyelenggara Pemungutan Suara (KPPS akan mendapat materi khusus.",
        good: "Petugas Kelompok Penyelenggara Pemungutan Suara (KPPS) akan mendapat materi (termasuk simulasi (luring)) khusus.",
    }],
    messages: &[&UNCLOSED, &UNOPENED],
};

impl Rule for UnbalancedParen {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

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

/// `1)`, `12)`, `a)` at the start of a line or after a space: a list marker.
fn is_list_marker(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let token = before.rsplit(char::is_whitespace).next().unwrap_or(before);
    let digits = !token.is_empty() && token.len() <= 2 && token.chars().all(|c| c.is_ascii_digit());
    let letter = token.chars().count() == 1 && token.chars().all(|c| c.is_ascii_lowercase());
    digits || letter
}
