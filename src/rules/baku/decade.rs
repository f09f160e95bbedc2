//! `baku/decade`: a number with `-an` written without the hyphen: `tahun 90an` →
//! `tahun 1990-an`, `1980an` → `1980-an`, `usia 20an` → `usia 20-an`.

use super::initials::Initials;
use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct Decade;
    id: "baku/decade",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Angka berakhiran -an tanpa tanda hubung", "A number with -an without the hyphen"),
    what: (
        "Akhiran -an pada angka dirangkai dengan tanda hubung: `tahun 1990-an`, `era 1980-an`, `usia 20-an` (EYD V, Tanda Hubung). Dasawarsa ditulis dengan empat angka: sesudah `tahun`, `era`, `dekade` atau `dasawarsa`, `90an` menjadi `1990-an` (angka 30 sampai 99 dibaca sebagai abad ke-20).",
        "The suffix -an after a number is joined with a hyphen: `tahun 1990-an`, `era 1980-an`, `usia 20-an` (EYD V, hyphen). A decade is written with four digits: after `tahun`, `era`, `dekade` or `dasawarsa`, `90an` becomes `1990-an` (30 to 99 are read as the twentieth century).",
    ),
    why: (
        "Ini ejaan baku (EYD V, tanda hubung); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, hyphen); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman.", "Safe fix."),
    examples: [Example {
        bad: "Pemilih yang lahir pada tahun 90an kini berusia 30an.",
        good: "Pemilih yang lahir pada tahun 1990-an kini berusia 30-an.",
    }],
    messages: {
        MESSAGE = (
            "Angka dengan akhiran -an ditulis dengan tanda hubung: '{right}'",
            "A number with the suffix -an takes a hyphen: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// Words after which two digits name a decade (`tahun 90an`).
const DECADE_WORDS: &[&str] = &["dasawarsa", "dekade", "era", "tahun"];

impl Rule for Decade {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for &index in &cx.memo(Initials::of).numbers {
            let index = index as usize;
            let word = &doc.words[index];
            if !word.is_checked() {
                continue;
            }
            let text = doc.text(word.span);
            let Some(number) = text.strip_suffix("an") else {
                continue;
            };
            if !matches!(number.len(), 2 | 4) || !number.bytes().all(|b| b.is_ascii_digit()) {
                continue;
            }
            let after_decade_word = index
                .checked_sub(1)
                .and_then(|i| doc.words.get(i))
                .is_some_and(|prev| DECADE_WORDS.contains(&doc.text(prev.span).to_lowercase().as_str()));
            let century = (number.len() == 2 && after_decade_word && number >= "30").then_some("19");
            let right = format!("{}{number}-an", century.unwrap_or(""));
            let args = [("right", right.as_str())];
            out.push(cx.finding(&META, word.span, &MESSAGE, &args).with_fix(Fix::safe(
                cx.text(&FIX, &args),
                vec![Edit::replace(word.span, right.as_str())],
            )));
        }
    }
}
