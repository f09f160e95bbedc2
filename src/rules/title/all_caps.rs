//! `title/all-caps`: a headline written in capitals (`KPU KOTA SEMARANG AJAK PUBLIK`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::data;
use super::headline::{self, BodyForms, HeadWord};
use crate::span::Span;

declare_rule! {
    pub struct AllCaps;
    id: "title/all-caps",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Judul ditulis dengan huruf kapital semua", "Headline in all capitals"),
    what: (
        "Judul ditulis dengan huruf awal kapital pada setiap kata, bukan huruf kapital semua (EYD V, Huruf Kapital): `KPU Kota Semarang Ajak Publik Susun Standar Pelayanan Informasi`. Temuan ini satu untuk seluruh judul.",
        "A headline capitalises the initial of each word; it is not written in capitals (EYD V, capital letters): `KPU Kota Semarang Ajak Publik Susun Standar Pelayanan Informasi`. There is one finding for the whole headline.",
    ),
    why: (
        "Judul berhuruf kapital semua sulit dibaca dan menyembunyikan singkatan.",
        "An all-caps headline is hard to read and hides the abbreviations.",
    ),
    fix_safety: (
        "Perbaikan tidak aman: singkatan yang dikenal (`KPU`, `Bawaslu`, `DPTb`) ditulis sesuai bentuk bakunya, kata yang di badan berita ditulis berhuruf kapital atau campuran (`MPK`, `e-KTP`) mengikuti badan berita, token berangka (`DP3`) dan token tanpa huruf vokal (`PPK`) tetap, setiap unsur nama bertanda hubung diberi huruf awal kapital (`Jember-Lumajang`), dan kata tugas ditulis dengan huruf kecil; singkatan lain ikut menjadi huruf awal kapital, jadi hasilnya perlu diperiksa.",
        "Unsafe fix: known abbreviations (`KPU`, `Bawaslu`, `DPTb`) take their written form, a word the body writes in capitals or mixed case (`MPK`, `e-KTP`) takes the body's form, tokens with digits (`DP3`) and tokens without a vowel (`PPK`) stay, each part of a hyphenated name is capitalised (`Jember-Lumajang`), and function words go to lower case; any other abbreviation is recased like a word, so check the result.",
    ),
    examples: [Example {
        bad: "KPU KOTA SEMARANG AJAK PUBLIK SUSUN STANDAR PELAYANAN INFORMASI\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar forum konsultasi publik.\nForum berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "KPU Kota Semarang Ajak Publik Susun Standar Pelayanan Informasi\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar forum konsultasi publik.\nForum berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Judul ditulis dengan huruf kapital semua; tulis: '{expected}'",
            "The headline is in capitals; write: '{expected}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
        NOTE = (
            "Singkatan yang tidak dikenal `rules/abbreviations.toml` dan tidak ditulis berhuruf kapital di badan berita ikut diubah; periksa hasilnya.",
            "Abbreviations that `rules/abbreviations.toml` does not know and the body does not write in capitals are recased too; check the result.",
        ),
    },
}

/// A headline of abbreviations (`KPU RI DAN DPR RI`) or a label (`SIARAN PERS`) is not
/// "in capitals": it needs this many ordinary words of three letters or more.
const MIN_WORDS: usize = 3;

impl Rule for AllCaps {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (headline, words) in headline::all(cx).iter() {
            check_one(cx, headline, words, out);
        }
    }
}

fn check_one(cx: &Context<'_>, headline: Span, words: &[HeadWord], out: &mut Findings) {
    if cx.doc.text(headline).chars().any(char::is_lowercase) {
        return;
    }
    let ordinary = words
        .iter()
        .map(|w| w.text(cx.doc))
        .filter(|text| text.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|text| data::abbreviation(text).is_none())
        .count();
    if ordinary < MIN_WORDS {
        return;
    }
    let body = BodyForms::of(cx.doc);
    let mut edits = Vec::new();
    let mut expected = cx.doc.text(headline).to_string();
    for (i, word) in words.iter().enumerate().rev() {
        let text = word.text(cx.doc);
        let keeps_capital = word.starts_part || headline::in_fixed_name(cx.doc, words, i);
        let recased = headline::recase(text, keeps_capital, &body);
        if recased != text {
            let at = word.span.start - headline.start;
            expected.replace_range(at..at + text.len(), &recased);
            edits.push(Edit::replace(word.span, recased));
        }
    }
    let args = [("expected", expected.as_str())];
    let fix = Fix::unsafe_(cx.text(&FIX, &args), edits);
    let finding = cx
        .finding(&META, headline, &MESSAGE, &args)
        .with_fix(fix)
        .with_note(cx.text(&NOTE, &[]));
    out.push(finding);
}
