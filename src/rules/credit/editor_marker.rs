//! `credit/editor-marker`: the editor marker `/ed.` is missing or drifted (`(ndr. Foto:`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct EditorMarker;
    id: "credit/editor-marker",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Penanda editor `/ed.` tidak ada atau keliru", "Editor marker `/ed.` missing or drifted"),
    what: (
        "Inisial penulis dalam kredit diikuti `/ed.`, tanda bahwa siaran sudah disunting: `(ndr/ed. Foto: tya/KPU Kabupaten Banyumas)`. `(ndr. Foto: ...)` kehilangan penandanya; `ed` tanpa titik atau `Ed.` adalah bentuk yang keliru.",
        "The writer's initials in the credit are followed by `/ed.`, the mark that the release was edited: `(ndr/ed. Foto: tya/KPU Kabupaten Banyumas)`. `(ndr. Foto: ...)` has lost its marker; `ed` without a period or `Ed.` are drifted forms.",
    ),
    why: (
        "Tanda itu menunjukkan bahwa siaran sudah disunting; ini gaya selingkung siaran pers KPU.",
        "The marker shows that the release was edited; this is the KPU house style.",
    ),
    fix_safety: (
        "Perbaikan aman bila yang ditulis sebelum penanda memang inisial (dua sampai empat huruf).",
        "Safe fix when what precedes the marker really is initials (two to four letters).",
    ),
    examples: [
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (ndr. Foto: rap/KPU Kota Semarang)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (ndr/ed. Foto: rap/KPU Kota Semarang)",
        },
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (ndr/Ed. Foto: rap/KPU Kota Semarang)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (div/sim/ed. Foto: rap/KPU Kota Semarang)",
        },
    ],
    messages: {
        MISSING = (
            "Penanda editor '/ed.' tidak ada setelah inisial penulis: '{expected}'",
            "The editor marker '/ed.' is missing after the writer's initials: '{expected}'",
        ),
        DRIFTED = (
            "Penanda editor ditulis 'ed.', bukan '{found}'",
            "The editor marker is written 'ed.', not '{found}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for EditorMarker {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        // A tail in another office's form has no parts to judge: `credit/missing` says
        // what it lacks.
        let Some(tail) = cx.doc.credit.as_ref().filter(|t| !t.foreign) else {
            return;
        };
        let parts = tail.parts;
        match parts.editor {
            Some(editor) => {
                let found = cx.doc.text(editor);
                if found == "ed." {
                    return;
                }
                let args = [("found", found), ("expected", "ed.")];
                let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(editor, "ed.")]);
                out.push(cx.finding(&META, editor, &DRIFTED, &args).with_fix(fix));
            }
            None => {
                // Only after something that reads as initials is the place of the
                // marker certain; `(rhd/KPU Kota Semarang)` is a different drift.
                let Some(last) = parts.writers(cx.doc.source).last() else {
                    return;
                };
                let initials = cx.doc.text(last);
                if !super::is_initials(initials) {
                    return;
                }
                let expected = format!("{initials}/ed.");
                let args = [("expected", expected.as_str())];
                let span = Span::new(last.start, last.end.max(parts.editor_slot.end));
                let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(parts.editor_slot, "/ed.")]);
                out.push(cx.finding(&META, span, &MISSING, &args).with_fix(fix));
            }
        }
    }
}
