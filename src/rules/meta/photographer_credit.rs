//! `meta/photographer-credit`: the front matter `photographer` differs from the photo credit.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct PhotographerCredit;
    id: "meta/photographer-credit",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: (
        "`photographer` front matter berbeda dari kredit foto",
        "Front matter `photographer` differs from the photo credit",
    ),
    what: (
        "Kredit foto di ekor siaran (`Foto: rap/KPU Kota Semarang`) menyebut inisial fotografer; `photographer` di front matter harus sama. Kredit `Foto: dok ...` (dokumentasi) tidak menyebut inisial, sehingga tidak diperiksa.",
        "The photo credit in the tail (`Foto: rap/KPU Kota Semarang`) names the photographer's initials; the front matter `photographer` must match. A `Foto: dok ...` credit (from the documentation) names no initials and is not checked.",
    ),
    why: ("Bila keduanya berbeda, salah satunya keliru.", "When they differ, one of them is wrong."),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nphotographer: ybc\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nphotographer: rap\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        MESSAGE = (
            "`photographer: {photographer}` berbeda dari kredit foto '{credit}'",
            "`photographer: {photographer}` differs from the photo credit '{credit}'",
        ),
        LABEL = ("kredit foto", "photo credit"),
    },
}

impl Rule for PhotographerCredit {
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
