//! `baku/currency`: the rupiah sign with a period or a space: `Rp. 300` / `Rp 300` →
//! `Rp300`.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Currency;
    id: "baku/currency",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Lambang rupiah dengan titik atau spasi", "Rupiah sign with a period or a space"),
    what: (
        "Lambang mata uang ditulis tanpa titik dan langsung diikuti angka: `Rp300 ribu`, `Rp1.000.000`, `Rp5.000,00` (EYD V, Angka dan Bilangan; Singkatan). `Rp. 300`, `Rp.300` dan `Rp 300` ditandai.",
        "The currency sign takes no period and is followed directly by the amount: `Rp300 ribu`, `Rp1.000.000`, `Rp5.000,00` (EYD V, numbers; abbreviations). `Rp. 300`, `Rp.300` and `Rp 300` are flagged.",
    ),
    why: (
        "Ini ejaan baku (EYD V, bilangan; singkatan); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, numbers; abbreviations); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Perbaikan aman: hapus titik dan spasi, dan tulis lambangnya `Rp`.",
        "Safe fix: drop the period and the space, and write the sign `Rp`.",
    ),
    examples: [Example {
        bad: "Setiap mahasiswa mendapat uang saku sebesar Rp. 300 ribu per bulan.",
        good: "Setiap mahasiswa mendapat uang saku sebesar Rp300 ribu per bulan dari pagu Rp1.000.000.",
    }],
    messages: {
        MESSAGE = (
            "Lambang rupiah ditulis 'Rp' tanpa titik dan tanpa spasi sebelum angka: '{right}'",
            "The rupiah sign is 'Rp' with no period and no space before the amount: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

impl Rule for Currency {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for (index, word) in doc.checked_words_with(lexicon::RP) {
            if !doc.text(word.span).eq_ignore_ascii_case("rp") {
                continue;
            }
            let Some(amount) = doc.words.get(index + 1) else {
                continue;
            };
            let between = doc.text(Span::new(word.span.end, amount.span.start));
            let marks = between.trim_start_matches('.').trim_start_matches([' ', '\u{a0}']);
            let spaced = between.len() <= 3 && marks.is_empty() && !between.is_empty();
            if !spaced || !doc.text(amount.span).starts_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            // The whole amount for the message (`1.000.000`, not the first digit group).
            let rest = doc.source.get(amount.span.start..).unwrap_or("");
            let amount_text = rest[..rest.find(char::is_whitespace).unwrap_or(rest.len())]
                .trim_end_matches([',', '.', ';', ':', ')', '"', '”']);
            let right = format!("Rp{amount_text}");
            let args = [("right", right.as_str())];
            let edit = Edit::replace(Span::new(word.span.start, amount.span.start), "Rp");
            let span = Span::new(word.span.start, amount.span.end);
            out.push(
                cx.finding(&META, span, &MESSAGE, &args)
                    .with_fix(Fix::safe(cx.text(&FIX, &args), vec![edit])),
            );
        }
    }
}
