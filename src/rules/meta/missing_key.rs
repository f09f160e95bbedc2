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
        "Siaran berformat Markdown dengan front matter wajib memuat `title` dan `date` (dapat diubah dengan `[meta] required` di `siaran.toml`). Temuan berada di baris pembuka front matter; bila kunci itu ada tetapi salah ketik (`tittle`), temuan ini menunjuk barisnya dan `meta/unknown-key` memberi perbaikannya.",
        "A Markdown release with front matter must have `title` and `date` (configurable with `[meta] required` in `siaran.toml`). The finding is on the opening line of the front matter; when the key is there but misspelt (`tittle`), this finding points to its line and `meta/unknown-key` gives the fix.",
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
        NEAR = (
            "'{found}' di baris {line} mungkin maksudnya '{key}'",
            "'{found}' on line {line} is probably meant as '{key}'",
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
            let mut finding = cx.finding(&META, meta.anchor, &MESSAGE, &[("key", key)]);
            let misspelt = meta
                .entries
                .iter()
                .find(|e| super::near_known_key(&e.key) == Some(key.as_str()));
            if let Some(entry) = misspelt {
                let line = cx
                    .doc
                    .lines
                    .position(cx.doc.source, entry.key_span.start)
                    .line
                    .to_string();
                finding = finding.with_help(cx.text(&NEAR, &[("found", &entry.key), ("line", &line), ("key", key)]));
            }
            out.push(finding);
        }
    }
}
