//! `credit/unclosed`: the credit tail has no closing parenthesis.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct Unclosed;
    id: "credit/unclosed",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: ("Kredit tanpa kurung tutup", "Credit without a closing parenthesis"),
    what: (
        "Kredit diapit kurung: `(awh/ed. Foto: rap/KPU Kota Semarang)`.",
        "The credit sits in parentheses: `(awh/ed. Foto: rap/KPU Kota Semarang)`.",
    ),
    why: (
        "Bila kurung tutupnya hilang, kredit menjadi satu dengan teks sebelumnya saat ditampilkan atau disalin.",
        "Without its closing parenthesis it runs into the text when shown or copied.",
    ),
    fix_safety: (
        "Perbaikan aman: `)` ditambahkan di akhir kredit, kecuali bila di dalam kredit ada kurung lain yang juga tidak ditutup (satu `)` tidak akan menutup kreditnya).",
        "Safe fix: `)` is added at the end of the credit, unless another bracket inside the credit is left open too (one `)` would not close the credit).",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = ("Kurung tutup kredit tidak ada", "The credit's closing parenthesis is missing"),
        FIX = ("Tambahkan ')'", "Add ')'"),
    },
}

impl Rule for Unclosed {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(tail) = cx.doc.credit.filter(|t| t.unclosed) else {
            return;
        };
        let finding = cx.finding(&META, tail.span, &MESSAGE, &[]);
        if inner_open(cx.doc.text(tail.inner)) {
            // `(ed((`: the added `)` would close an inner bracket, not the credit.
            out.push(finding);
            return;
        }
        let fix = Fix::safe(cx.text(&FIX, &[]), vec![Edit::insert(tail.span.end, ")")]);
        out.push(finding.with_fix(fix));
    }
}

/// Whether a bracket opened inside the credit is left open.
fn inner_open(inner: &str) -> bool {
    let mut depth = 0usize;
    for c in inner.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth > 0
}
