//! `title/lowercase-word`: a word of the headline that should be capitalised
//! (`KPU Kota Semarang peringati Sumpah Pemuda`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

use super::data::DATA;
use super::headline::{self, HeadWord};
use crate::case::{capitalise, head_shape, HeadShape};

declare_rule! {
    pub struct LowercaseWord;
    id: "title/lowercase-word",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Kata dalam judul tidak diawali huruf kapital", "Headline word not capitalised"),
    what: (
        "Dalam judul, setiap kata diawali huruf kapital kecuali kata tugas yang tidak berada di awal (EYD V, Huruf Kapital): `KPU Kota Semarang Peringati Sumpah Pemuda`. Kata ulang utuh diberi kapital pada kedua unsurnya (`Undang-Undang`); kata ulang berubah bunyi cukup unsur pertamanya (`Sayur-mayur`), tetapi keduanya diterima. Singkatan, kata berhuruf campuran (`DPTb`, `TikTok`, `e-KTP`), bilangan, dan satuan sesudah bilangan (`Rp300 ribu`) dibiarkan. Bila tiga kata atau lebih berhuruf kecil, judul dilaporkan sekali.",
        "In a headline every word is capitalised except function words that are not first (EYD V, capital letters): `KPU Kota Semarang Peringati Sumpah Pemuda`. A full reduplication capitalises both parts (`Undang-Undang`); one with a sound change only the first (`Sayur-mayur`), though both are accepted. Abbreviations, mixed-case words (`DPTb`, `TikTok`, `e-KTP`), numbers and units after a number (`Rp300 ribu`) are left alone. When three or more words are in lower case the headline is reported once.",
    ),
    why: (
        "Ini ejaan baku (EYD V, huruf kapital); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, capital letters); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman: huruf awal dijadikan kapital.", "Safe fix: the initial becomes a capital."),
    examples: [Example {
        bad: "KPU Kota Semarang peringati Sumpah Pemuda\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar upacara Hari Sumpah Pemuda.\nUpacara berlangsung khidmat. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "KPU Kota Semarang Peringati Sumpah Pemuda, Masing-Masing Pegawai Sumbang Rp300 ribu\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar upacara Hari Sumpah Pemuda.\nUpacara berlangsung khidmat. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Kata '{found}' dalam judul diawali huruf kapital: '{expected}'",
            "Word '{found}' is capitalised in a headline: '{expected}'",
        ),
        SENTENCE_CASE = (
            "Judul tidak ditulis dengan huruf awal kapital: {count} kata berhuruf kecil ({found})",
            "The headline is not in title case: {count} words in lower case ({found})",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
        FIX_ALL = ("Tulis setiap kata dengan huruf awal kapital", "Capitalise every word"),
    },
}

/// From this many lower-case words on, the headline is in sentence case: one finding.
const SENTENCE_CASE_WORDS: usize = 3;

impl Rule for LowercaseWord {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (headline, words) in headline::all(cx).iter() {
            check_one(cx, headline, words, out);
        }
    }
}

fn check_one(cx: &Context<'_>, headline: Span, words: &[HeadWord], out: &mut Findings) {
    let lower: Vec<(&HeadWord, &str)> = words
        .iter()
        .map(|w| (w, w.text(cx.doc)))
        .filter(|&(w, text)| should_capitalise(w, text))
        .collect();
    if lower.len() >= SENTENCE_CASE_WORDS {
        let found = lower.iter().map(|&(_, text)| text).collect::<Vec<_>>().join(", ");
        let count = lower.len().to_string();
        let edits = lower
            .iter()
            .map(|&(w, text)| Edit::replace(w.span, capitalise(text)))
            .collect();
        let fix = Fix::safe(cx.text(&FIX_ALL, &[]), edits);
        let args = [("count", count.as_str()), ("found", found.as_str())];
        out.push(cx.finding(&META, headline, &SENTENCE_CASE, &args).with_fix(fix));
        return;
    }
    for (word, text) in lower {
        let expected = capitalise(text);
        let args = [("found", text), ("expected", expected.as_str())];
        let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(word.span, expected.as_str())]);
        out.push(cx.finding(&META, word.span, &MESSAGE, &args).with_fix(fix));
    }
}

fn should_capitalise(word: &HeadWord, text: &str) -> bool {
    // A capital rules the word out before its shape is read: most headline words have one.
    if text.bytes().any(|b| b.is_ascii_uppercase()) || head_shape(text) != HeadShape::Lower || text.chars().count() < 2
    {
        return false;
    }
    // A word in a script without capitals (`ߛa`) has nothing to capitalise: a fix that
    // changes nothing would be offered for ever.
    // (An ASCII lower-case initial always changes: no copy is made to know it.)
    let ascii_initial = text.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
    if !ascii_initial && capitalise(text) == text {
        return false;
    }
    if word.first {
        return true;
    }
    !(DATA.may_be_lower(text) || word.after_number && DATA.is_number_word(text))
}
