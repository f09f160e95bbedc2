//! `punct/doubled-mark`: a doubled comma, semicolon or colon (`manusia,,`), or two
//! periods that are neither a period nor an ellipsis (`selesai..`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct DoubledMark;
    id: "punct/doubled-mark",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Koma, titik koma, titik dua atau titik ditulis ganda",
        "Comma, semicolon, colon or period written twice",
    ),
    what: (
        "Dua titik (`selesai..`) bukan titik dan bukan elipsis (`...`); elipsis dan elipsis di akhir kalimat (`....`) dibiarkan, begitu pula alamat laman.",
        "Two periods (`selesai..`) are neither a period nor an ellipsis (`...`); ellipses, a sentence-final ellipsis (`....`) and web addresses are left alone.",
    ),
    why: ("Satu tanda baca cukup: `manusia,` bukan `manusia,,`.", "One mark is enough: `manusia,`, not `manusia,,`."),
    fix_safety: (
        "Perbaikan aman untuk koma, titik koma, dan titik dua ganda; untuk dua titik perbaikannya tidak aman, karena penulis mungkin bermaksud menulis elipsis.",
        "The fix is safe for a doubled comma, semicolon or colon; for two periods it is unsafe, since the writer may have meant an ellipsis.",
    ),
    examples: [Example {
        bad: "Operator menyampaikan kendala, antara lain keterbatasan sumber daya manusia,, perangkat yang usang, dan ruang layanan yang sempit.",
        good: "Operator menyampaikan kendala, antara lain keterbatasan sumber daya manusia, perangkat yang usang, dan ruang layanan yang sempit...",
    }],
    messages: {
        MESSAGE = ("Tanda '{mark}' ditulis ganda: '{found}'", "'{mark}' written twice: '{found}'"),
        FIX = ("Ganti dengan '{mark}'", "Replace with '{mark}'"),
    },
}

impl Rule for DoubledMark {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for block in super::blocks(doc) {
            let text = doc.text(block);
            for (start, run) in doubled_runs(text.as_bytes()) {
                let mark = text.as_bytes()[start];
                let span = Span::new(block.start + start, block.start + start + run);
                if doc.in_address(span) || doc.touches_dateline(span) || doc.touches_credit(span) {
                    continue;
                }
                let mark = char::from(mark).to_string();
                let args = [("mark", mark.as_str()), ("found", doc.text(span))];
                let title = cx.text(&FIX, &args);
                let edits = vec![Edit::replace(span, mark.as_str())];
                let fix = if mark == "." {
                    Fix::unsafe_(title, edits)
                } else {
                    Fix::safe(title, edits)
                };
                out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
            }
        }
    }
}

/// `(start, length)` of every run of two or more `,`, `;` or `:`, and of exactly two
/// periods (three or more are an ellipsis: `...`, `....`).
fn doubled_runs(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    push_runs(bytes, memchr::memchr3_iter(b',', b';', b'.', bytes), &mut runs);
    push_runs(bytes, memchr::memchr_iter(b':', bytes), &mut runs);
    runs
}

fn push_runs(bytes: &[u8], positions: impl Iterator<Item = usize>, runs: &mut Vec<(usize, usize)>) {
    let mut done = 0;
    for i in positions {
        if i < done {
            continue;
        }
        let mark = bytes[i];
        let run = bytes[i..].iter().take_while(|&&b| b == mark).count();
        done = i + run;
        if run >= 2 && !(mark == b'.' && run > 2) {
            runs.push((i, run));
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn runs() {
        let found = super::doubled_runs(b"a,, b.. c... d.... e;; f:: g, h.");
        assert_eq!(found, [(1, 2), (5, 2), (20, 2), (24, 2)]);
    }
}
