//! `dateline/city-missing`: the dateline starts with the domain, without a city.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct CityMissing;
    id: "dateline/city-missing",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: ("Dateline tanpa nama kota", "Dateline without a city"),
    what: (
        "Dateline dibuka dengan nama kota tempat berita terjadi, baru kemudian domain satker: `Semarang, kota-semarang.kpu.go.id — `.",
        "A dateline opens with the city where the news happened, then the satker's domain: `Semarang, kota-semarang.kpu.go.id — `.",
    ),
    why: (
        "Dateline memberi tahu pembaca di mana berita terjadi; ini gaya selingkung siaran pers KPU.",
        "The dateline tells readers where the news happened; this is the KPU house style.",
    ),
    fix_safety: (
        "Bila satker diketahui, saran perbaikan menampilkan kota kedudukannya; saran itu tidak diterapkan otomatis karena tempat kejadian bisa berbeda.",
        "When the satker is known the suggested fix shows its seat; it is never applied automatically because the place of the event may differ.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nkota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = ("Dateline tanpa nama kota sebelum domain", "Dateline without a city before the domain"),
        FIX = ("Tambahkan kota '{city}'", "Add the city '{city}'"),
    },
}

impl Rule for CityMissing {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(dateline) = &cx.doc.dateline else {
            return;
        };
        let Some(domain) = dateline.domain.as_ref().filter(|_| dateline.city.is_none()) else {
            return;
        };
        let mut finding = cx.finding(&META, domain.span, &MESSAGE, &[]);
        if let Some(satker) = cx.configured_satker().and_then(crate::house::satker_by_slug) {
            let fix = Fix::display_only(
                cx.text(&FIX, &[("city", &satker.seat)]),
                vec![Edit::insert(domain.span.start, format!("{}, ", satker.seat))],
            );
            finding = finding.with_fix(fix);
        }
        out.push(finding);
    }
}
