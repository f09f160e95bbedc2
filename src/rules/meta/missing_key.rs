//! `meta/missing-key`: a required front matter key is absent.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct MissingKey;
    id: "meta/missing-key",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: ("Kunci wajib front matter tidak ada", "Required front matter key missing"),
    what: (
        "Siaran berformat Markdown dengan front matter wajib memuat `title` dan `date` (dapat diubah dengan `[meta] required` di `siaran.toml`). Temuan berada di baris pembuka front matter. Kunci yang ada tetapi salah ketik (`tittle`) dilaporkan sekali saja, oleh `meta/unknown-key`.",
        "A Markdown release with front matter must have `title` and `date` (configurable with `[meta] required` in `siaran.toml`). The finding is on the opening line of the front matter. A key that is there but misspelt (`tittle`) is reported once, by `meta/unknown-key`.",
    ),
    why: (
        "Tanpa keduanya, laman tidak berjudul atau tidak berurutan dengan benar, dan tahun pada `Senin (27/10)` tidak dapat ditentukan dari tanggal terbit.",
        "Without them the page has no title or sorts wrongly, and the year of `Senin (27/10)` cannot be taken from the publication date.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [Example {
        bad: "---\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        MESSAGE = (
            "Front matter belum memuat '{key}', yang wajib diisi",
            "The front matter has no '{key}', which every release needs",
        ),
    },
}

impl Rule for MissingKey {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(meta) = cx.doc.metadata.as_ref().filter(|m| m.error.is_none()) else {
            return;
        };
        for key in &cx.settings.meta().required {
            if meta.get(key).is_some() {
                continue;
            }
            // One problem, one finding: a misspelt key (`tittle`) is reported where it
            // stands, with its fix, by `meta/unknown-key`, unless that rule is off.
            let misspelt = meta
                .entries
                .iter()
                .any(|e| super::near_known_key(&e.key) == Some(key.as_str()));
            if misspelt && cx.settings.severity_of(super::unknown_key::meta()).is_some() {
                continue;
            }
            out.push(cx.finding(&META, meta.anchor, &MESSAGE, &[("key", key)]));
        }
    }
}
