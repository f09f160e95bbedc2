//! `credit/trailing-text`: text after the credit tail.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct TrailingText;
    id: "credit/trailing-text",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Teks setelah kredit", "Text after the credit"),
    what: (
        "Kredit `(awh/ed. Foto: rap/KPU Kota Semarang)` adalah bagian terakhir siaran.",
        "The credit `(awh/ed. Foto: rap/KPU Kota Semarang)` is the last thing in a release.",
    ),
    why: (
        "Tagar, tautan, tanda baca atau paragraf yang ditambahkan sesudahnya (`... Semarang) #TemanPemilih`) biasanya sisa unggahan media sosial.",
        "A hashtag, link, punctuation or paragraph added after it (`... Semarang) #TemanPemilih`) is usually left over from a social-media post.",
    ),
    fix_safety: (
        "Perbaikan tidak aman: teks itu dihapus, padahal mungkin perlu dipindahkan ke tempat lain.",
        "Unsafe fix: the text is deleted, though it may belong elsewhere.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang) #TemanPemilih",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar.\n\n(awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Ada teks setelah kredit '{found}'; siaran diakhiri kredit",
            "Text after the credit '{found}'; the release ends with the credit",
        ),
        FIX = ("Hapus teks setelah kredit", "Delete the text after the credit"),
    },
}

/// How much of the trailing text a message quotes.
const QUOTED_CHARS: usize = 40;

impl Rule for TrailingText {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(tail) = &cx.doc.credit else {
            return;
        };
        let Some(trailing) = tail.trailing else {
            return;
        };
        let text = cx.doc.text(trailing);
        let line = text.lines().next().unwrap_or_default();
        let found = match line.char_indices().nth(QUOTED_CHARS) {
            Some((cut, _)) => format!("{}…", line[..cut].trim_end()),
            None => line.to_string(),
        };
        // Delete the spaces before the text on its line too, but not the line breaks:
        // the edit stays on the lines of the finding.
        let before = &cx.doc.source[tail.span.end..trailing.start];
        let spaces = before.len() - before.trim_end_matches([' ', '\t']).len();
        let fix = Fix::unsafe_(
            cx.text(&FIX, &[]),
            vec![Edit::delete(Span::new(trailing.start - spaces, trailing.end))],
        );
        out.push(
            cx.finding(&META, trailing, &MESSAGE, &[("found", &found)])
                .with_fix(fix),
        );
    }
}
