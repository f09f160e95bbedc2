//! `title/function-word`: a function word capitalised inside the headline
//! (`... Media Sosial Untuk Operator Humas`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::data::DATA;
use super::headline::{self, HeadWord};
use crate::case::{ascii_lower, head_shape, HeadShape};

declare_rule! {
    pub struct FunctionWord;
    id: "title/function-word",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Kata tugas di tengah judul ditulis dengan huruf awal kapital",
        "Function word capitalised inside the headline",
    ),
    what: (
        "Dalam judul, setiap kata diawali huruf kapital kecuali kata tugas (`di`, `ke`, `dari`, `dan`, `yang`, `untuk`, `pada`, `dengan`, `dalam`, `bagi`, `oleh`, `tentang`, `terhadap`, `atau`, `serta`, ...) yang tidak berada di awal (EYD V, Huruf Kapital). Kata tugas di awal judul atau di awal bagian sesudah titik dua boleh berhuruf kapital, begitu pula kata yang menjadi bagian nama (`Kementerian Dalam Negeri`). Daftar katanya ada di `rules/headline.toml`.",
        "In a headline every word is capitalised except function words (`di`, `ke`, `dari`, `dan`, `yang`, `untuk`, `pada`, `dengan`, `dalam`, `bagi`, `oleh`, `tentang`, `terhadap`, `atau`, `serta`, ...) that are not first (EYD V, capital letters). A function word that opens the headline or the part after a colon may be capitalised, and so may one that belongs to a name (`Kementerian Dalam Negeri`). The word list is `rules/headline.toml`.",
    ),
    why: (
        "Ini ejaan baku (EYD V, huruf kapital); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, capital letters); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman: kata ditulis dengan huruf kecil.", "Safe fix: the word is written in lower case."),
    examples: [Example {
        bad: "KPU Kota Semarang Gelar Pelatihan Media Sosial Untuk Operator Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar pelatihan media sosial.\nPelatihan berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Untuk Pemilih Pemula: KPU Kota Semarang Gelar Pelatihan Media Sosial untuk Operator Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar pelatihan media sosial.\nPelatihan berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Kata tugas '{found}' dalam judul ditulis dengan huruf kecil: '{expected}'",
            "Function word '{found}' is lower case in a headline: '{expected}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for FunctionWord {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (_, words) in headline::all(cx).iter() {
            check_one(cx, words, out);
        }
    }
}

fn check_one(cx: &Context<'_>, words: &[HeadWord], out: &mut Findings) {
    for (i, word) in words.iter().enumerate() {
        if word.starts_part {
            continue;
        }
        let text = word.text(cx.doc);
        // Asked first, without allocating, because most words are no function word.
        let mut buf = [0u8; 32];
        let function_word = match ascii_lower(text, &mut buf) {
            Some(lower) => DATA.is_function_word(lower),
            None => DATA.is_function_word(&text.to_lowercase()),
        };
        if !function_word || head_shape(text) != HeadShape::Capitalised || headline::in_fixed_name(cx.doc, words, i) {
            continue;
        }
        let expected = text.to_lowercase();
        // `Di Buka`: the prefix di- written apart, which `baku/prefix-apart` joins
        // (`Dibuka`); lowering it here would write `dibuka`.
        let next = words.get(i + 1).map(|w| w.text(cx.doc));
        if expected == "di" && next.is_some_and(crate::rules::baku::is_listed_verb) {
            continue;
        }
        let args = [("found", text), ("expected", expected.as_str())];
        let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(word.span, expected.as_str())]);
        out.push(cx.finding(&META, word.span, &MESSAGE, &args).with_fix(fix));
    }
}
