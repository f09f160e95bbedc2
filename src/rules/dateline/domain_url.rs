//! `dateline/domain-url`: the domain is written as a URL (`https://`, `www.`, a slash).

use crate::diagnostic::{Edit, Fix, Severity};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct DomainUrl;

const MESSAGE: Text = Text::new(
    "Domain dateline ditulis sebagai URL ('{found}'); tulis domainnya saja",
    "The dateline domain is written as a URL ('{found}'); write the bare domain",
);
const FIX: Text = Text::new("Hapus '{found}'", "Remove '{found}'");

static META: RuleMeta = RuleMeta {
    id: "dateline/domain-url",
    summary: Text::new(
        "Domain dateline memakai https://, http://, www. atau garis miring",
        "Dateline domain written with https://, http://, www. or a slash",
    ),
    explanation: Text::new(
        "Dateline menyebut domain satker, bukan alamat tautan: `kota-semarang.kpu.go.id`, tanpa `https://`, `http://`, `www.` atau garis miring penutup. Perbaikan aman: bagian-bagian itu dihapus.",
        "The dateline names the satker's domain, not a link: `kota-semarang.kpu.go.id`, without `https://`, `http://`, `www.` or a trailing slash. Safe fix: those parts are removed.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::Always,
    default_enabled: true,
    examples: &[Example {
        bad: "Rapat Koordinasi Humas\nSemarang, https://kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: &[&MESSAGE, &FIX],
};

impl Rule for DomainUrl {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(domain) = cx.doc.dateline.as_ref().and_then(|d| d.domain.as_ref()) else {
            return;
        };
        let extras: Vec<_> = domain
            .prefix
            .iter()
            .chain(domain.trailing_slash.iter())
            .copied()
            .collect();
        if extras.is_empty() {
            return;
        }
        let found: Vec<&str> = extras.iter().map(|s| cx.doc.text(*s)).collect();
        let found = found.join("', '");
        let fix = Fix::safe(
            cx.text(&FIX, &[("found", &found)]),
            extras.iter().map(|s| Edit::delete(*s)).collect(),
        );
        out.push(
            cx.finding(&META, domain.span, &MESSAGE, &[("found", &found)])
                .with_fix(fix),
        );
    }
}
