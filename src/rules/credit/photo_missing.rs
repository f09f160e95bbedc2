//! `credit/photo-missing`: the credit names no photo source (`(rhd/ed.)`).

use crate::diagnostic::{Edit, Fix, Severity};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct PhotoMissing;

const MESSAGE: Text = Text::new(
    "Kredit foto tidak ada: tulis mis. 'Foto: xxx/{institution}' atau 'Foto: dok {institution}'",
    "The photo credit is missing: write e.g. 'Foto: xxx/{institution}' or 'Foto: dok {institution}'",
);
const SOME_SATKER: Text = Text::new("nama satker", "satker name");
const FIX: Text = Text::new("Tambahkan '{credit}'", "Add '{credit}'");

static META: RuleMeta = RuleMeta {
    id: "credit/photo-missing",
    summary: Text::new("Kredit tanpa kredit foto", "Credit without a photo credit"),
    explanation: Text::new(
        "Setelah `/ed.` kredit menyebut sumber foto: inisial fotografer dan lembaga (`Foto: rap/KPU Kota Semarang`) atau dokumentasi lembaga (`Foto: dok KPU Kota Semarang`). `(rhd/ed.)` tidak menyebutnya. Bila satker diketahui, `Foto: dok <satker>` ditampilkan sebagai saran; tidak pernah diterapkan otomatis karena fotonya mungkin milik orang lain.",
        "After `/ed.` the credit names the photo's source: the photographer's initials and institution (`Foto: rap/KPU Kota Semarang`) or the institution's documentation (`Foto: dok KPU Kota Semarang`). `(rhd/ed.)` names none. When the satker is known, `Foto: dok <satker>` is shown as a suggestion; it is never applied automatically, since the photo may be someone else's.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::Sometimes,
    default_enabled: true,
    examples: &[Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (rhd/ed.)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (rhd/ed. Foto: dok KPU Kota Semarang)",
    }],
    messages: &[&MESSAGE, &SOME_SATKER, &FIX],
};

impl Rule for PhotoMissing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        // A tail in another office's form has no parts to judge: `credit/missing` says
        // what it lacks.
        let Some(tail) = cx.doc.credit.as_ref().filter(|t| !t.foreign) else {
            return;
        };
        let photo = tail.parts.photo;
        if photo.is_some_and(|p| !p.credit.is_empty()) {
            return;
        }
        let known = super::satker_institution(cx);
        let institution = known.map_or_else(|| cx.text(&SOME_SATKER, &[]), str::to_string);
        let mut finding = cx.finding(&META, tail.span, &MESSAGE, &[("institution", &institution)]);
        if let (Some(known), None) = (known, photo) {
            let inner = cx.doc.text(tail.inner);
            let at = tail.inner.start + inner.trim_end().len();
            let credit = format!("Foto: dok {known}");
            let fix = Fix::display_only(
                cx.text(&FIX, &[("credit", &credit)]),
                vec![Edit::insert(at, format!(" {credit}"))],
            );
            finding = finding.with_fix(fix);
        }
        out.push(finding);
    }
}
