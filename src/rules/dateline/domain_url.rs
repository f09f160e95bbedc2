//! `dateline/domain-url`: the domain is written as a URL (`https://`, `www.`, a slash).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct DomainUrl;
    id: "dateline/domain-url",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: (
        "Domain dateline memakai https://, http://, www. atau garis miring",
        "Dateline domain written with https://, http://, www. or a slash",
    ),
    what: (
        "Dateline menyebut domain satker, bukan alamat tautan: `kota-semarang.kpu.go.id`, tanpa `https://`, `http://`, `www.` atau garis miring penutup.",
        "The dateline names the satker's domain, not a link: `kota-semarang.kpu.go.id`, without `https://`, `http://`, `www.` or a trailing slash.",
    ),
    why: (
        "Ini gaya selingkung siaran pers KPU, yang ditulis sama oleh setiap kantor.",
        "This is the KPU house style for releases, written the same way by every office.",
    ),
    fix_safety: ("Perbaikan aman: bagian-bagian itu dihapus.", "Safe fix: those parts are removed."),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, https://kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Domain dateline ditulis sebagai URL ('{found}'); tulis domainnya saja",
            "The dateline domain is written as a URL ('{found}'); write the bare domain",
        ),
        FIX = ("Hapus '{found}'", "Remove '{found}'"),
    },
}

impl Rule for DomainUrl {
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
