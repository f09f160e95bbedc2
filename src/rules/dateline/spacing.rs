//! `dateline/spacing`: an em dash without exactly one space on each side.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct Spacing;
    id: "dateline/spacing",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Spasi di sekitar tanda pisah dateline salah", "Wrong spacing around the dateline em dash"),
    what: (
        "Dalam dateline, tanda pisah diapit satu spasi biasa di kiri dan kanan: `kpu.go.id — Komisi`.",
        "In a dateline the em dash takes one plain space on each side: `kpu.go.id — Komisi`.",
    ),
    why: (
        "Tanpa spasi (`id— `, `id —Komisi`), dengan dua spasi, atau dengan spasi tak terputus, tampilan dateline tidak seragam antarsatker.",
        "Without a space (`id— `, `id —Komisi`), with two spaces or with a non-breaking space the dateline looks different from office to office.",
    ),
    fix_safety: ("Perbaikan aman: pemisah diganti ` — `.", "Safe fix: the separator becomes ` — `."),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id— Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Tanda pisah dateline harus diapit tepat satu spasi: ' — '",
            "The dateline em dash needs exactly one space on each side: ' — '",
        ),
        FIX = ("Ganti dengan ' — '", "Replace with ' — '"),
    },
}

impl Rule for Spacing {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(dateline) = &cx.doc.dateline else {
            return;
        };
        let written = cx.doc.text(dateline.separator);
        let is_em_dash = written.chars().filter(|c| !c.is_whitespace()).eq(['—']);
        // Nothing after the dash on its line (the news starts on the next): no space
        // after it either, or a fix would add one that line-end trimming takes away.
        let ends_lead = cx.doc.lead().is_some_and(|lead| dateline.separator.end >= lead.end);
        let expected = if ends_lead {
            super::SEPARATOR.trim_end()
        } else {
            super::SEPARATOR
        };
        if !is_em_dash || written == expected {
            return;
        }
        let fix = Fix::safe(cx.text(&FIX, &[]), vec![Edit::replace(dateline.separator, expected)]);
        out.push(cx.finding(&META, dateline.separator, &MESSAGE, &[]).with_fix(fix));
    }
}
