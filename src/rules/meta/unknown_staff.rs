//! `meta/unknown-staff`: credit initials that are not on the staff roster.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct UnknownStaff;
    id: "meta/unknown-staff",
    severity: Warning,
    fix: None,
    default_enabled: true,
    summary: ("Inisial kredit di luar daftar staf", "Credit initials not on the staff roster"),
    what: (
        "Bila `siaran.toml` memuat daftar staf (`[house.staff] awh = \"Nama Lengkap\"`), setiap inisial penulis dan fotografer di ekor kredit harus ada di daftar itu. Tanpa daftar staf, aturan ini diam.",
        "When `siaran.toml` has a staff roster (`[house.staff] awh = \"Full Name\"`), every writer's and photographer's initials in the credit tail must be on it. Without a roster the rule is silent.",
    ),
    why: (
        "Inisial yang tidak dikenal biasanya salah ketik (`awj` untuk `awh`) atau staf baru yang belum dicatat.",
        "Unknown initials are usually a typo (`awj` for `awh`) or new staff not yet listed.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    // Needs a roster the example runner does not configure: see tests/fixtures/meta/staff-*.
    examples: [],
    messages: {
        MESSAGE = (
            "Inisial '{initials}' tidak ada di daftar staf (siaran.toml); salah ketik, atau staf baru yang belum dicatat?",
            "The initials '{initials}' are not on the staff list (siaran.toml): a typo, or new staff not yet listed?",
        ),
    },
}

impl Rule for UnknownStaff {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let staff = cx.settings.staff();
        let Some(tail) = cx.doc.credit.filter(|_| !staff.is_empty()) else {
            return;
        };
        let photographer = tail.parts.photo.and_then(|p| p.initials);
        let credited: Vec<Span> = tail.parts.writers(cx.doc.source).chain(photographer).collect();
        for span in credited {
            let initials = cx.doc.text(span);
            if !staff.contains_key(&initials.to_lowercase()) {
                out.push(cx.finding(&META, span, &MESSAGE, &[("initials", initials)]));
            }
        }
    }
}
