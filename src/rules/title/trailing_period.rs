//! `title/trailing-period`: a headline that ends with a period.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct TrailingPeriod;
    id: "title/trailing-period",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Judul diakhiri tanda titik", "Headline ends with a period"),
    what: (
        "Judul, kepala karangan, dan subjudul tidak diakhiri tanda titik (EYD V, Tanda Titik): `Jalin Kerja Sama Pendidikan Pemilih`, bukan `Jalin Kerja Sama Pendidikan Pemilih.`. Elipsis (`...`) dan singkatan bertitik di akhir judul (`dll.`, `S.H.`) dibiarkan; tanda tanya dan tanda seru boleh.",
        "Headlines, titles and subheadings do not end with a period (EYD V, period): `Jalin Kerja Sama Pendidikan Pemilih`, not `Jalin Kerja Sama Pendidikan Pemilih.`. An ellipsis (`...`) and a dotted abbreviation at the end (`dll.`, `S.H.`) are left alone; question and exclamation marks are fine.",
    ),
    why: (
        "Ini ejaan baku (EYD V, tanda titik); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, period); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman: titik dihapus.", "Safe fix: the period is removed."),
    examples: [Example {
        bad: "KPU Kota Semarang Jalin Kerja Sama Pendidikan Pemilih.\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menandatangani nota kesepahaman.\nPenandatanganan berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "KPU Kota Semarang Jalin Kerja Sama Pendidikan Pemilih...\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menandatangani nota kesepahaman.\nPenandatanganan berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = ("Judul diakhiri tanda titik", "The headline ends with a period"),
        FIX = ("Hapus tanda titik", "Remove the period"),
    },
}

/// Abbreviations that end with their own period (`dll.`), in lower case.
const ABBREVIATIONS: &[&str] = &["dkk", "dll", "dsb", "dst", "hlm", "tbk"];

impl Rule for TrailingPeriod {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (headline, _) in super::headline::all(cx).iter() {
            check_one(cx, headline, out);
        }
    }
}

fn check_one(cx: &Context<'_>, headline: Span, out: &mut Findings) {
    let text = cx.doc.text(headline);
    let Some(before) = text.strip_suffix('.') else {
        return;
    };
    if before.ends_with('.') || ends_with_abbreviation(before) {
        return;
    }
    let period = Span::new(headline.end - 1, headline.end);
    let fix = Fix::safe(cx.text(&FIX, &[]), vec![Edit::delete(period)]);
    out.push(cx.finding(&META, period, &MESSAGE, &[]).with_fix(fix));
}

/// `dll`, `S.H`, `a.n` or an initial `A` before the final period.
fn ends_with_abbreviation(before: &str) -> bool {
    let token = before.rsplit(char::is_whitespace).next().unwrap_or(before);
    let word = token
        .rsplit(|c: char| !c.is_alphabetic() && c != '.')
        .next()
        .unwrap_or(token);
    word.contains('.') || word.chars().count() == 1 || ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    #[test]
    fn abbreviations_keep_their_period() {
        for before in ["Pemilu 2024 dll", "Lantik Budi Santoso, S.H", "Surat a.n", "Tokoh A"] {
            assert!(super::ends_with_abbreviation(before), "{before}");
        }
        assert!(!super::ends_with_abbreviation("Pendidikan Pemilih"));
        assert!(!super::ends_with_abbreviation("Pemilu 2024"));
    }
}
