//! `credit/unclosed`: the credit tail has no closing parenthesis.

use crate::diagnostic::{Edit, Finding, Fix, Severity};
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct Unclosed;

const MESSAGE: Text = Text::new(
    "Kurung tutup kredit tidak ada",
    "The credit's closing parenthesis is missing",
);
const FIX: Text = Text::new("Tambahkan ')'", "Add ')'");

static META: RuleMeta = RuleMeta {
    id: "credit/unclosed",
    summary: Text::new("Kredit tanpa kurung tutup", "Credit without a closing parenthesis"),
    explanation: Text::new(
        "Kredit diapit kurung: `(awh/ed. Foto: rap/KPU Kota Semarang)`. Bila kurung tutupnya hilang, kredit menjadi satu dengan teks sebelumnya saat ditampilkan atau disalin. Perbaikan aman: `)` ditambahkan di akhir kredit.",
        "The credit sits in parentheses: `(awh/ed. Foto: rap/KPU Kota Semarang)`. Without its closing parenthesis it runs into the text when shown or copied. Safe fix: `)` is added at the end of the credit.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::Always,
    default_enabled: true,
    examples: &[Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: &[&MESSAGE, &FIX],
};

impl Rule for Unclosed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(tail) = cx.doc.credit.filter(|t| t.unclosed) else {
            return;
        };
        let fix = Fix::safe(cx.text(&FIX, &[]), vec![Edit::insert(tail.span.end, ")")]);
        out.push(cx.finding(&META, tail.span, &MESSAGE, &[]).with_fix(fix));
    }
}
