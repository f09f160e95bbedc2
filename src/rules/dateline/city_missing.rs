//! `dateline/city-missing`: the dateline starts with the domain, without a city.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct CityMissing;

const MESSAGE: Text = Text::new(
    "Dateline tanpa nama kota sebelum domain",
    "Dateline without a city before the domain",
);
const FIX: Text = Text::new("Tambahkan kota '{city}'", "Add the city '{city}'");

static META: RuleMeta = RuleMeta {
    id: "dateline/city-missing",
    summary: Text::new(
        "Dateline tanpa nama kota",
        "Dateline without a city",
    ),
    explanation: Text::new(
        "Dateline dibuka dengan nama kota tempat berita terjadi, baru kemudian domain satker: `Semarang, kota-semarang.kpu.go.id — `. Bila satker diketahui, saran perbaikan menampilkan kota kedudukannya; saran itu tidak diterapkan otomatis karena tempat kejadian bisa berbeda.",
        "A dateline opens with the city where the news happened, then the satker's domain: `Semarang, kota-semarang.kpu.go.id — `. When the satker is known the suggested fix shows its seat; it is never applied automatically because the place of the event may differ.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::Sometimes,
    default_enabled: true,
    examples: &[Example {
        bad: "Rapat Koordinasi Humas\nkota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: &[&MESSAGE, &FIX],
};

impl Rule for CityMissing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

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
