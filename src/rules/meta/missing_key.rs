//! `meta/missing-key`: a required front matter key is absent.

use crate::diagnostic::Severity;
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct MissingKey;

const MESSAGE: Text = Text::new(
    "Front matter belum memuat '{key}', yang wajib diisi",
    "The front matter has no '{key}', which every release needs",
);

static META: RuleMeta = RuleMeta {
    id: "meta/missing-key",
    summary: Text::new("Kunci wajib front matter tidak ada", "Required front matter key missing"),
    explanation: Text::new(
        "Siaran berformat Markdown dengan front matter wajib memuat `title` dan `date` (dapat diubah dengan `[meta] required` di `siaran.toml`). Tanpa keduanya, laman tidak berjudul atau tidak berurutan dengan benar, dan tahun pada `Senin (27/10)` tidak dapat ditentukan dari tanggal terbit. Temuan berada di baris pembuka front matter. Kunci yang ada tetapi salah ketik (`tittle`) dilaporkan sekali saja, oleh `meta/unknown-key`.",
        "A Markdown release with front matter must have `title` and `date` (configurable with `[meta] required` in `siaran.toml`). Without them the page has no title or sorts wrongly, and the year of `Senin (27/10)` cannot be taken from the publication date. The finding is on the opening line of the front matter. A key that is there but misspelt (`tittle`) is reported once, by `meta/unknown-key`.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::None,
    default_enabled: true,
    examples: &[Example {
        bad: "---\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: &[&MESSAGE],
};

impl Rule for MissingKey {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(meta) = cx.doc.metadata.as_ref().filter(|m| m.error.is_none()) else {
            return;
        };
        for key in &cx.settings.meta.required {
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
