//! `dateline/domain-malformed`: a comma for a dot, or capitals, in the domain.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct DomainMalformed;

const MESSAGE: Text = Text::new(
    "Domain dateline salah tulis: '{found}', seharusnya '{expected}'",
    "Malformed dateline domain: '{found}', expected '{expected}'",
);
const FIX: Text = Text::new("Ganti dengan '{expected}'", "Replace with '{expected}'");

static META: RuleMeta = RuleMeta {
    id: "dateline/domain-malformed",
    summary: Text::new(
        "Domain dateline salah tulis (koma, huruf kapital)",
        "Malformed dateline domain (comma, capitals)",
    ),
    explanation: Text::new(
        "Domain ditulis dengan huruf kecil dan titik sebagai pemisah: `kota-semarang.kpu.go.id`. Koma (`kpu.go,id`) atau huruf kapital (`KPU.go.id`) adalah salah ketik yang membuat domain tidak bisa dibuka. Perbaikan aman: koma menjadi titik, huruf menjadi kecil.",
        "A domain is written in lower case with dots: `kota-semarang.kpu.go.id`. A comma (`kpu.go,id`) or capitals (`KPU.go.id`) are typos that make the domain unusable. Safe fix: commas become dots, letters lower case.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::Always,
    default_enabled: true,
    examples: &[Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go,id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: &[&MESSAGE, &FIX],
};

impl Rule for DomainMalformed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(domain) = cx.doc.dateline.as_ref().and_then(|d| d.domain.as_ref()) else {
            return;
        };
        let found = cx.doc.text(domain.host);
        let expected = found.to_lowercase().replace(',', ".");
        if expected == found {
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
