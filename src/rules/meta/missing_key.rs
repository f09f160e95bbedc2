//! `meta/missing-key`: a required front matter key is absent.

use crate::diagnostic::Severity;
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct MissingKey;

const MESSAGE: Text = Text::new(
    "Kunci wajib '{key}' tidak ada di front matter",
    "Required key '{key}' is missing from the front matter",
);
const NEAR: Text = Text::new(
    "'{found}' di baris {line} mungkin maksudnya '{key}'",
    "'{found}' on line {line} is probably meant as '{key}'",
);

static META: RuleMeta = RuleMeta {
    id: "meta/missing-key",
    summary: Text::new("Kunci wajib front matter tidak ada", "Required front matter key missing"),
    explanation: Text::new(
        "Siaran berformat Markdown dengan front matter wajib memuat `title` dan `date` (dapat diubah dengan `[meta] required` di `siaran.toml`). Tanpa keduanya, laman tidak berjudul atau tidak berurutan dengan benar, dan tahun pada `Senin (27/10)` tidak dapat ditentukan dari tanggal terbit. Temuan berada di baris pembuka front matter.",
        "A Markdown release with front matter must have `title` and `date` (configurable with `[meta] required` in `siaran.toml`). Without them the page has no title or sorts wrongly, and the year of `Senin (27/10)` cannot be taken from the publication date. The finding is on the opening line of the front matter.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::None,
    default_enabled: true,
    examples: &[Example {
        bad: "---\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: &[&MESSAGE, &NEAR],
};

impl Rule for MissingKey {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

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
