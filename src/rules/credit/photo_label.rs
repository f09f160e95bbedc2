//! `credit/photo-label`: the photo label is not `Foto: ` after one space (`foto:`,
//! `Foto :`, `ed.Foto`, or no label at all).

use crate::diagnostic::{Edit, Finding, Fix};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct PhotoLabel;
    id: "credit/photo-label",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Label `Foto:` tidak sesuai gaya rumah", "The `Foto:` label drifts from the house style"),
    what: (
        "Kredit foto diawali label `Foto:` berhuruf kapital awal, titik dua menempel, lalu satu spasi, dan dipisahkan satu spasi dari `ed.`: `(awh/ed. Foto: rap/KPU Kota Semarang)`. Penyimpangan yang umum: `foto:`, `Foto :`, `Foto:rap`, `ed.Foto`, atau kredit foto tanpa label (`(awh/ed. dok KPU Kota Semarang)`).",
        "The photo credit opens with the label `Foto:` (capital initial, colon attached, then one space), one space after `ed.`: `(awh/ed. Foto: rap/KPU Kota Semarang)`. Common drifts: `foto:`, `Foto :`, `Foto:rap`, `ed.Foto`, or a photo credit with no label (`(awh/ed. dok KPU Kota Semarang)`).",
    ),
    why: (
        "Ini gaya rumah siaran pers KPU, yang ditulis sama oleh setiap kantor.",
        "This is the KPU house style for releases, written the same way by every office.",
    ),
    fix_safety: ("Perbaikan aman.", "Safe fix."),
    examples: [
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (sof/ed. foto: awh/KPU Kota Semarang)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (sof/ed. Foto: awh/KPU Kota Semarang)",
        },
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (sof/ed.Foto : awh/KPU Kota Semarang)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (sof/ed. Foto: Dok KPU Kota Semarang)",
        },
    ],
    messages: {
        CASE = ("Label foto ditulis 'Foto', bukan '{found}'", "The photo label is written 'Foto', not '{found}'"),
        COLON = (
            "Label foto ditulis 'Foto:' diikuti satu spasi, bukan '{found}'",
            "The photo label is written 'Foto:' followed by one space, not '{found}'",
        ),
        GAP = ("Satu spasi sebelum label 'Foto:'", "One space before the 'Foto:' label"),
        NO_LABEL = (
            "Label 'Foto:' tidak ada sebelum kredit foto",
            "The 'Foto:' label is missing before the photo credit",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
        FIX_INSERT = ("Sisipkan 'Foto: '", "Insert 'Foto: '"),
        FIX_SPACE = ("Pisahkan dengan satu spasi", "Separate with one space"),
    },
}

impl Rule for PhotoLabel {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(tail) = &cx.doc.credit else {
            return;
        };
        let Some(photo) = tail.parts.photo else {
            return;
        };
        if photo.label.is_empty() {
            let fix = Fix::safe(
                cx.text(&FIX_INSERT, &[]),
                vec![Edit::insert(photo.credit.start, "Foto: ")],
            );
            out.push(cx.finding(&META, photo.credit, &NO_LABEL, &[]).with_fix(fix));
            return;
        }
        let byline = tail.parts.editor.or_else(|| tail.parts.writers(cx.doc.source).last());
        if let Some(byline) = byline.filter(|_| cx.doc.text(tail.parts.label_gap) != " ") {
            let span = Span::new(byline.start, photo.label.end);
            let fix = Fix::safe(cx.text(&FIX_SPACE, &[]), vec![Edit::replace(tail.parts.label_gap, " ")]);
            out.push(cx.finding(&META, span, &GAP, &[]).with_fix(fix));
        }
        let label = cx.doc.text(photo.label);
        if label != "Foto" {
            out.push(replace(cx, photo.label, photo.label, "Foto", &CASE, label));
        }
        let colon = cx.doc.text(photo.colon);
        if colon != ": " && !photo.credit.is_empty() {
            let span = Span::new(photo.label.start, photo.colon.end);
            let found = cx.doc.text(span);
            out.push(replace(cx, span, photo.colon, ": ", &COLON, found));
        }
    }
}

/// A finding at `span` whose fix writes `expected` over `edit`.
fn replace(cx: &Context<'_>, span: Span, edit: Span, expected: &str, message: &Text, found: &str) -> Finding {
    let fix = Fix::safe(
        cx.text(&FIX, &[("expected", expected)]),
        vec![Edit::replace(edit, expected)],
    );
    cx.finding(&META, span, message, &[("found", found)]).with_fix(fix)
}
