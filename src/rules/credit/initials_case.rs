//! `credit/initials-case`: writer or photographer initials in capitals (`(RA/ed.`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct InitialsCase;
    id: "credit/initials-case",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Inisial kredit berhuruf kapital", "Credit initials in capitals"),
    what: (
        "Inisial penulis dan fotografer dalam kredit ditulis dengan huruf kecil: `(ra/ed. Foto: awh/KPU Kota Semarang)`, bukan `(RA/ed. ...)`. Singkatan lembaga (`KPU`, `KIP`) di tempat inisial fotografer tidak dilaporkan.",
        "Writer and photographer initials in the credit are lowercase: `(ra/ed. Foto: awh/KPU Kota Semarang)`, not `(RA/ed. ...)`. An institution abbreviation (`KPU`, `KIP`) where the photographer's initials go is not reported.",
    ),
    why: (
        "Ini gaya selingkung siaran pers KPU, yang ditulis sama oleh setiap kantor.",
        "This is the KPU house style for releases, written the same way by every office.",
    ),
    fix_safety: ("Perbaikan aman.", "Safe fix."),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (RA/ed. Foto: awh/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (ra/ed. Foto: awh/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Inisial dalam kredit ditulis dengan huruf kecil: '{expected}'",
            "Initials in the credit are written in lowercase: '{expected}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for InitialsCase {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        // A tail in another office's form has no parts to judge: `credit/missing` says
        // what it lacks.
        let Some(tail) = cx.doc.credit.as_ref().filter(|t| !t.foreign) else {
            return;
        };
        let photographer = tail.parts.photo.and_then(|p| p.initials).filter(|&span| {
            let text = cx.doc.text(span);
            !text.eq_ignore_ascii_case("KPU") && !text.eq_ignore_ascii_case("KIP")
        });
        for span in tail.parts.writers(cx.doc.source).chain(photographer) {
            let written = cx.doc.text(span);
            if !super::is_initials(written) || !written.bytes().any(|b| b.is_ascii_uppercase()) {
                continue;
            }
            let expected = written.to_ascii_lowercase();
            let args = [("expected", expected.as_str())];
            let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(span, expected.as_str())]);
            out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
        }
    }
}
