//! `dateline/city-case`: the dateline city in capitals or lower case.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct CityCase;

const MESSAGE: Text = Text::new(
    "Nama kota dalam dateline ditulis '{found}'; tulis dengan huruf awal kapital: '{expected}'",
    "The dateline city is written '{found}'; write it in title case: '{expected}'",
);
const FIX: Text = Text::new("Ganti dengan '{expected}'", "Replace with '{expected}'");

static META: RuleMeta = RuleMeta {
    id: "dateline/city-case",
    summary: Text::new(
        "Kota dateline dalam huruf kapital semua atau huruf kecil",
        "Dateline city in capitals or lower case",
    ),
    explanation: Text::new(
        "Nama kota dalam dateline ditulis seperti nama diri: huruf awal kapital (`Semarang`, `Kota Mungkid`), bukan huruf kapital semua (`SEMARANG`) gaya koran cetak, dan bukan huruf kecil. Perbaikan aman: setiap kata diberi huruf awal kapital.",
        "The dateline city is written as a proper name: initial capitals (`Semarang`, `Kota Mungkid`), not all capitals (`SEMARANG`, print-newspaper style) and not lower case. Safe fix: each word gets an initial capital.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::Always,
    default_enabled: true,
    examples: &[Example {
        bad: "Rapat Koordinasi Humas\nSEMARANG, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: &[&MESSAGE, &FIX],
};

impl Rule for CityCase {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

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
