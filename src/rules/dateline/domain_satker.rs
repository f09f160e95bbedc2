//! `dateline/domain-satker`: the domain is not the configured satker's.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct DomainSatker;
    id: "dateline/domain-satker",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: (
        "Domain dateline bukan domain satker yang dikonfigurasi",
        "Dateline domain is not the configured satker's",
    ),
    what: (
        "Bila `[house] satker` diisi di `siaran.toml`, dateline harus memakai domain satker itu: untuk `kota-semarang`, `kota-semarang.kpu.go.id`. Kota dalam dateline boleh berbeda (tempat kejadian), domainnya tidak. Tanpa konfigurasi satker, aturan ini diam; `dateline/domain-misspelt` hanya melaporkan domain yang nyaris sama dengan domain suatu satker.",
        "When `[house] satker` is set in `siaran.toml`, the dateline must use that satker's domain: for `kota-semarang`, `kota-semarang.kpu.go.id`. The city may differ (it is where the news happened); the domain may not. Without a configured satker this rule is silent; `dateline/domain-misspelt` reports only a domain that nearly matches some satker's.",
    ),
    why: (
        "Domain satker lain, atau slug yang salah ketik (`kotasemarang`), biasanya terbawa dari templat atau siaran satker lain.",
        "Another office's domain, or a mistyped slug (`kotasemarang`), usually comes from a template or another office's release.",
    ),
    fix_safety: (
        "Perbaikan tidak aman: siaran bisa saja memang dimuat ulang dari satker lain.",
        "Unsafe fix: the release may really be a repost from another office.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kotasemarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nWonosobo, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Domain dateline '{found}' bukan domain satker ini ({expected})",
            "Dateline domain '{found}' is not this satker's ({expected})",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for DomainSatker {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(satker) = cx.configured_satker() else {
            return;
        };
        let Some(domain) = cx.doc.dateline.as_ref().and_then(|d| d.domain.as_ref()) else {
            return;
        };
        if domain.slug == satker {
            return;
        }
        let expected = if satker.is_empty() {
            "kpu.go.id".to_string()
        } else {
            format!("{satker}.kpu.go.id")
        };
        let args = [("found", cx.doc.text(domain.host)), ("expected", expected.as_str())];
        let fix = Fix::unsafe_(
            cx.text(&FIX, &args),
            vec![Edit::replace(domain.host, expected.as_str())],
        );
        out.push(cx.finding(&META, domain.host, &MESSAGE, &args).with_fix(fix));
    }
}
