//! `dateline/domain-malformed`: a comma for a dot, or capitals, in the domain.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct DomainMalformed;
    id: "dateline/domain-malformed",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Domain dateline salah tulis (koma, huruf kapital)", "Malformed dateline domain (comma, capitals)"),
    what: (
        "Domain ditulis dengan huruf kecil dan titik sebagai pemisah: `kota-semarang.kpu.go.id`.",
        "A domain is written in lower case with dots: `kota-semarang.kpu.go.id`.",
    ),
    why: (
        "Koma (`kpu.go,id`) atau huruf kapital (`KPU.go.id`) adalah salah ketik yang membuat domain tidak bisa dibuka.",
        "A comma (`kpu.go,id`) or capitals (`KPU.go.id`) are typos that make the domain unusable.",
    ),
    fix_safety: (
        "Perbaikan aman: koma menjadi titik, huruf menjadi kecil.",
        "Safe fix: commas become dots, letters lower case.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go,id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Domain dateline salah tulis: '{found}', seharusnya '{expected}'",
            "Malformed dateline domain: '{found}', expected '{expected}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for DomainMalformed {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(domain) = cx.doc.dateline.as_ref().and_then(|d| d.domain.as_ref()) else {
            return;
        };
        let found = cx.doc.text(domain.host);
        let expected = found.to_lowercase().replace(',', ".");
        if expected == found || super::domain_misspelt::meant(cx).is_some() {
            return;
        }
        let args = [("found", found), ("expected", expected.as_str())];
        let fix = Fix::safe(
            cx.text(&FIX, &args),
            vec![Edit::replace(domain.host, expected.as_str())],
        );
        out.push(cx.finding(&META, domain.host, &MESSAGE, &args).with_fix(fix));
    }
}
