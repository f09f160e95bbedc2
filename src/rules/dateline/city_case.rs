//! `dateline/city-case`: the dateline city in capitals or lower case.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct CityCase;
    id: "dateline/city-case",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Kota dateline dalam huruf kapital semua atau huruf kecil", "Dateline city in capitals or lower case"),
    what: (
        "Nama kota dalam dateline ditulis seperti nama diri: huruf awal kapital (`Semarang`, `Kota Mungkid`), bukan huruf kapital semua (`SEMARANG`) gaya koran cetak, dan bukan huruf kecil.",
        "The dateline city is written as a proper name: initial capitals (`Semarang`, `Kota Mungkid`), not all capitals (`SEMARANG`, print-newspaper style) and not lower case.",
    ),
    why: (
        "Nama kota adalah nama diri; huruf kapital semua adalah gaya koran cetak, bukan gaya selingkung siaran pers KPU.",
        "The city is a proper name; all capitals are print-newspaper style, not the KPU house style.",
    ),
    fix_safety: (
        "Perbaikan aman: setiap kata diberi huruf awal kapital.",
        "Safe fix: each word gets an initial capital.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSEMARANG, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Nama kota dalam dateline ditulis '{found}'; tulis dengan huruf awal kapital: '{expected}'",
            "The dateline city is written '{found}'; write it in title case: '{expected}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for CityCase {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(city) = cx.doc.dateline.as_ref().and_then(|d| d.city) else {
            return;
        };
        let found = cx.doc.text(city);
        let letters = || found.chars().filter(|c| c.is_alphabetic());
        let all_caps = letters().count() > 1 && letters().all(char::is_uppercase);
        let lower_start = found.chars().next().is_some_and(char::is_lowercase);
        if !all_caps && !lower_start {
            return;
        }
        let expected = crate::case::title_case(found);
        let args = [("found", found), ("expected", expected.as_str())];
        let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(city, expected.as_str())]);
        out.push(cx.finding(&META, city, &MESSAGE, &args).with_fix(fix));
    }
}
