//! `meta/photographer-credit`: the front matter `photographer` differs from the photo credit.

use crate::diagnostic::Severity;
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct PhotographerCredit;

const MESSAGE: Text = Text::new(
    "`photographer: {photographer}` berbeda dari kredit foto '{credit}'",
    "`photographer: {photographer}` differs from the photo credit '{credit}'",
);
const LABEL: Text = Text::new("kredit foto", "photo credit");

static META: RuleMeta = RuleMeta {
    id: "meta/photographer-credit",
    summary: Text::new("`photographer` front matter berbeda dari kredit foto", "Front matter `photographer` differs from the photo credit"),
    explanation: Text::new(
        "Kredit foto di ekor siaran (`Foto: rap/KPU Kota Semarang`) menyebut inisial fotografer; `photographer` di front matter harus sama. Kredit `Foto: dok ...` (dokumentasi) tidak menyebut inisial, sehingga tidak diperiksa.",
        "The photo credit in the tail (`Foto: rap/KPU Kota Semarang`) names the photographer's initials; the front matter `photographer` must match. A `Foto: dok ...` credit (from the documentation) names no initials and is not checked.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::None,
    default_enabled: true,
    examples: &[Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nphotographer: ybc\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nphotographer: rap\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: &[&MESSAGE, &LABEL],
};

impl Rule for PhotographerCredit {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let (Some(meta), Some(tail)) = (&doc.metadata, doc.credit) else {
            return;
        };
        let (Some(entry), Some(initials)) = (meta.get("photographer"), tail.parts.photo.and_then(|p| p.initials))
        else {
            return;
        };
        let credited = doc.text(initials).to_lowercase();
        for photographer in super::initials(&entry.value) {
            if photographer.to_lowercase() != credited {
                let args = [("photographer", photographer.as_str()), ("credit", doc.text(initials))];
                let finding = cx.finding(&META, entry.value_span, &MESSAGE, &args);
                out.push(finding.with_label(initials, cx.text(&LABEL, &[])));
            }
        }
    }
}
