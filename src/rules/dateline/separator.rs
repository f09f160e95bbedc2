//! `dateline/separator`: the separator after the domain is not an em dash.

use crate::diagnostic::{Edit, Fix};
use crate::document::dateline::is_separator_char;
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Separator;
    id: "dateline/separator",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Pemisah dateline bukan tanda pisah (—)", "Dateline separator is not an em dash (—)"),
    what: (
        "Dateline dipisahkan dari isi berita dengan tanda pisah (em dash, U+2014) yang diapit satu spasi: `kota-semarang.kpu.go.id — Komisi`.",
        "The dateline is separated from the news by an em dash (U+2014) with one space on each side: `kota-semarang.kpu.go.id — Komisi`.",
    ),
    why: (
        "Tanda hubung (`-`), tanda pisah pendek (`–`), `--` atau `_` adalah pengganti ketikan yang keliru; pemisah yang hilang membuat domain menempel pada kalimat.",
        "A hyphen (`-`), en dash (`–`), `--` or `_` is a typing substitute; a missing separator glues the domain to the sentence.",
    ),
    fix_safety: ("Perbaikan aman: seluruh pemisah diganti ` — `.", "Safe fix: the whole separator becomes ` — `."),
    examples: [
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id - Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        },
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id – Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        },
    ],
    messages: {
        MESSAGE = (
            "Pemisah dateline harus tanda pisah (—), bukan {found}",
            "The dateline separator must be an em dash (—), not {found}",
        ),
        MISSING = ("Pemisah dateline (—) tidak ada", "The dateline separator (—) is missing"),
        FIX = ("Ganti dengan ' — '", "Replace with ' — '"),
        HYPHEN = ("tanda hubung '-'", "a hyphen '-'"),
        EN_DASH = ("tanda pisah pendek '–'", "an en dash '–'"),
        OTHER = ("'{mark}'", "'{mark}'"),
        STRAY_PERIOD = (
            "Ada titik yang tidak perlu setelah domain dateline: domain langsung diikuti ' — '",
            "A stray period after the dateline domain: the domain is followed directly by ' — '",
        ),
    },
}

impl Rule for Separator {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(dateline) = &cx.doc.dateline else {
            return;
        };
        if let Some(span) = stray_period(cx, dateline.separator) {
            let fix = Fix::safe(cx.text(&FIX, &[]), vec![Edit::replace(span, super::SEPARATOR)]);
            out.push(cx.finding(&META, span, &STRAY_PERIOD, &[]).with_fix(fix));
            return;
        }
        let written = cx.doc.text(dateline.separator);
        let marks: String = written.chars().filter(|c| !c.is_whitespace()).collect();
        if marks == "—" {
            // An em dash: only its spacing can be off (`dateline/spacing`).
            return;
        }
        let mut finding = if marks.is_empty() {
            cx.finding(&META, dateline.separator, &MISSING, &[])
        } else {
            let found = match marks.as_str() {
                "-" => cx.text(&HYPHEN, &[]),
                "–" => cx.text(&EN_DASH, &[]),
                mark => cx.text(&OTHER, &[("mark", mark)]),
            };
            cx.finding(&META, dateline.separator, &MESSAGE, &[("found", &found)])
        };
        finding = finding.with_fix(Fix::safe(
            cx.text(&FIX, &[]),
            vec![Edit::replace(dateline.separator, super::SEPARATOR)],
        ));
        out.push(finding);
    }
}

/// `kpu.go.id. — `: a period right after the domain, where the separator should start.
/// The span runs from the period over the separator after it, when the news follows on
/// the same line.
fn stray_period(cx: &Context<'_>, separator: Span) -> Option<Span> {
    let lead = cx.doc.lead()?;
    let after = separator.start + 1;
    if !separator.is_empty() || !cx.doc.source[separator.start..lead.end].starts_with('.') {
        return None;
    }
    let rest = &cx.doc.source[after..lead.end];
    let run = rest.find(|c: char| !is_separator_char(c))?;
    Some(Span::new(separator.start, after + run))
}
