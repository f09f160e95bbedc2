//! `dateline/domain-missing`: a dateline with a city but no domain (`Semarang — `).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct DomainMissing;
    id: "dateline/domain-missing",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: ("Dateline tanpa domain satker", "Dateline without the satker domain"),
    what: (
        "Dateline KPU menyebut domain laman satker setelah nama kota: `Semarang, kota-semarang.kpu.go.id — `.",
        "A KPU dateline names the satker's web domain after the city: `Semarang, kota-semarang.kpu.go.id — `.",
    ),
    why: (
        "Dateline gaya koran (`Semarang — `) tidak menyebut satker asal berita.",
        "A newspaper-style dateline (`Semarang — `) does not say which office the news is from.",
    ),
    fix_safety: (
        "Bila satker dikonfigurasi, perbaikan (tidak aman) menyisipkan domainnya.",
        "With a configured satker, an (unsafe) fix inserts its domain.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Dateline tanpa domain satker: tulis '{city}, <slug>.kpu.go.id — '",
            "Dateline without the satker domain: write '{city}, <slug>.kpu.go.id — '",
        ),
        FIX = ("Tambahkan domain '{domain}'", "Add the domain '{domain}'"),
    },
}

impl Rule for DomainMissing {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(dateline) = &cx.doc.dateline else {
            return;
        };
        let Some(city) = dateline.city.filter(|_| dateline.domain.is_none()) else {
            return;
        };
        let city_text = cx.doc.text(city);
        let mut finding = cx.finding(&META, dateline.span, &MESSAGE, &[("city", city_text)]);
        if let Some(satker) = cx.configured_satker().and_then(crate::house::satker_by_slug) {
            let domain = satker.domain();
            // Replace the gap after the city with `, domain`; the separator rules
            // judge the dash on their own.
            let edit = Edit::replace(Span::new(city.end, dateline.gap.end), format!(", {domain}"));
            finding = finding.with_fix(Fix::unsafe_(cx.text(&FIX, &[("domain", &domain)]), vec![edit]));
        }
        out.push(finding);
    }
}
