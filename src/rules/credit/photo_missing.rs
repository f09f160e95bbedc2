//! `credit/photo-missing`: the credit names no photo source (`(rhd/ed.)`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct PhotoMissing;
    id: "credit/photo-missing",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: ("Kredit tanpa kredit foto", "Credit without a photo credit"),
    what: (
        "Setelah `/ed.` kredit menyebut sumber foto: inisial fotografer dan lembaga (`Foto: rap/KPU Kota Semarang`) atau dokumentasi lembaga (`Foto: dok KPU Kota Semarang`). `(rhd/ed.)` tidak menyebutnya.",
        "After `/ed.` the credit names the photo's source: the photographer's initials and institution (`Foto: rap/KPU Kota Semarang`) or the institution's documentation (`Foto: dok KPU Kota Semarang`). `(rhd/ed.)` names none.",
    ),
    why: (
        "Kredit foto menyebut sumber foto; ini gaya selingkung siaran pers KPU.",
        "The photo credit names the photo's source; this is the KPU house style.",
    ),
    fix_safety: (
        "Bila satker diketahui, `Foto: dok <satker>` ditampilkan sebagai saran; tidak pernah diterapkan otomatis karena fotonya mungkin milik orang lain.",
        "When the satker is known, `Foto: dok <satker>` is shown as a suggestion; it is never applied automatically, since the photo may be someone else's.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (rhd/ed.)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (rhd/ed. Foto: dok KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Kredit foto tidak ada: tulis mis. 'Foto: xxx/{institution}' atau 'Foto: dok {institution}'",
            "The photo credit is missing: write e.g. 'Foto: xxx/{institution}' or 'Foto: dok {institution}'",
        ),
        SOME_SATKER = ("nama satker", "satker name"),
        FIX = ("Tambahkan '{credit}'", "Add '{credit}'"),
    },
}

impl Rule for PhotoMissing {
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
