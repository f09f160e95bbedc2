//! `credit/photo-label`: the photo label is not `Foto: ` after one space (`foto:`,
//! `Foto :`, `ed.Foto`, or no label at all).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct PhotoLabel;
    id: "credit/photo-label",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Label `Foto:` tidak sesuai gaya selingkung", "The `Foto:` label drifts from the house style"),
    what: (
        "Kredit foto diawali label `Foto:` berhuruf kapital awal, titik dua menempel, lalu satu spasi, dan dipisahkan satu spasi dari `ed.`: `(awh/ed. Foto: rap/KPU Kota Semarang)`. Penyimpangan yang umum: `foto:`, `Foto :`, `Foto:rap`, `ed.Foto`, atau kredit foto tanpa label (`(awh/ed. dok KPU Kota Semarang)`). Label yang keliru di beberapa tempat sekaligus (`ed.foto:e-one`) menjadi satu temuan yang menyebut semua bagiannya.",
        "The photo credit opens with the label `Foto:` (capital initial, colon attached, then one space), one space after `ed.`: `(awh/ed. Foto: rap/KPU Kota Semarang)`. Common drifts: `foto:`, `Foto :`, `Foto:rap`, `ed.Foto`, or a photo credit with no label (`(awh/ed. dok KPU Kota Semarang)`). A label drifted in several places at once (`ed.foto:e-one`) is one finding that names every part.",
    ),
    why: (
        "Ini gaya selingkung siaran pers KPU, yang ditulis sama oleh setiap kantor.",
        "This is the KPU house style for releases, written the same way by every office.",
    ),
    fix_safety: (
        "Perbaikan aman, satu perbaikan untuk seluruh label.",
        "Safe fix, one fix for the whole label.",
    ),
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
        CASE = ("'Foto' berhuruf kapital awal", "'Foto' with a capital F"),
        COLON = ("titik dua menempel pada 'Foto' lalu satu spasi", "the colon right after 'Foto', then one space"),
        GAP = ("satu spasi sebelum 'Foto'", "one space before 'Foto'"),
        NO_LABEL = (
            "Label 'Foto:' tidak ada sebelum kredit foto",
            "The 'Foto:' label is missing before the photo credit",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
        FIX_INSERT = ("Sisipkan 'Foto: '", "Insert 'Foto: '"),
        MESSAGE = (
            "Label foto ditulis '{expected}', bukan '{found}': {parts}",
            "The photo label is written '{expected}', not '{found}': {parts}",
        ),
    },
}

impl Rule for PhotoLabel {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        // A tail in another office's form has no parts to judge: `credit/missing` says
        // what it lacks.
        let Some(tail) = cx.doc.credit.as_ref().filter(|t| !t.foreign) else {
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
        // Every drift of the label is one problem: one finding, one edit.
        let byline = tail.parts.editor.or_else(|| tail.parts.writers(cx.doc.source).last());
        let gap = byline.filter(|_| cx.doc.text(tail.parts.label_gap) != " ");
        let case = cx.doc.text(photo.label) != "Foto";
        let colon = cx.doc.text(photo.colon) != ": " && !photo.credit.is_empty();
        let mut parts = Vec::new();
        let mut edit_start = photo.label.start;
        let mut span = photo.label;
        let mut written = String::new();
        if let Some(byline) = gap {
            parts.push(cx.text(&GAP, &[]));
            edit_start = tail.parts.label_gap.start;
            span.start = byline.start;
            written.push(' ');
        }
        if case {
            parts.push(cx.text(&CASE, &[]));
        }
        written.push_str("Foto");
        let edit_end = if colon {
            parts.push(cx.text(&COLON, &[]));
            span.end = photo.colon.end;
            written.push_str(": ");
            photo.colon.end
        } else {
            photo.label.end
        };
        if parts.is_empty() {
            return;
        }
        let source = cx.doc.source;
        let expected = format!(
            "{}{written}{}",
            &source[span.start..edit_start],
            &source[edit_end..span.end]
        );
        let found = cx.doc.text(span);
        let parts = parts.join(", ");
        let args = [
            ("found", found),
            ("expected", expected.as_str()),
            ("parts", parts.as_str()),
        ];
        let fix = Fix::safe(
            cx.text(&FIX, &args),
            vec![Edit::replace(Span::new(edit_start, edit_end), written)],
        );
        out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
    }
}
