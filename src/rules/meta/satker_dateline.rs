//! `meta/satker-dateline`: the front matter `satker` differs from the dateline domain.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct SatkerDateline;
    id: "meta/satker-dateline",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: (
        "`satker` front matter berbeda dari domain dateline",
        "Front matter `satker` differs from the dateline domain",
    ),
    what: (
        "`satker` di front matter menyebut slug satker yang menerbitkan siaran (`kota-semarang`), yang juga tertulis di dateline (`kota-semarang.kpu.go.id`).",
        "The front matter `satker` names the slug of the publishing office (`kota-semarang`), which the dateline also names (`kota-semarang.kpu.go.id`).",
    ),
    why: (
        "Bila berbeda, salah satunya keliru; biasanya front matter yang tersalin dari templat satker lain (`kab-semarang` untuk `kota-semarang`).",
        "When they differ one is wrong, usually front matter copied from another office's template (`kab-semarang` for `kota-semarang`).",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nsatker: kab-semarang\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nsatker: kota-semarang\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        MESSAGE = (
            "`satker: {satker}` berbeda dari domain dateline '{domain}'",
            "`satker: {satker}` differs from the dateline domain '{domain}'",
        ),
        LABEL = ("domain di dateline", "dateline domain"),
    },
}

impl Rule for SatkerDateline {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(entry) = cx.doc.metadata.as_ref().and_then(|m| m.get("satker")) else {
            return;
        };
        let Some(domain) = cx.doc.dateline.as_ref().and_then(|d| d.domain.as_ref()) else {
            return;
        };
        let satker = entry.value.as_text().unwrap_or_default().trim().to_lowercase();
        if satker == domain.slug {
            return;
        }
        let finding = cx.finding(
            &META,
            entry.value_span,
            &MESSAGE,
            &[("satker", &satker), ("domain", cx.doc.text(domain.host))],
        );
        out.push(finding.with_label(domain.host, cx.text(&LABEL, &[])));
    }
}
