//! `credit/missing`: the release does not end with a credit tail.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct Missing;
    id: "credit/missing",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: ("Kredit penulis dan foto tidak ada", "Writer and photo credit missing"),
    what: (
        "Setiap siaran diakhiri kredit dalam kurung: inisial penulis, `/ed.` (sudah disunting), lalu `Foto:` dan kredit foto, mis. `(awh/ed. Foto: rap/KPU Kota Semarang)`. Kredit boleh berada di akhir paragraf terakhir atau berdiri sendiri di baris terakhir. Bila tidak ada, temuan dilaporkan pada baris terakhir yang berisi teks.",
        "Every release ends with a credit in parentheses: the writer's initials, `/ed.` (edited), then `Foto:` and the photo credit, e.g. `(awh/ed. Foto: rap/KPU Kota Semarang)`. The credit may close the last paragraph or stand alone on the last line. When it is missing, the finding is on the last line with text.",
    ),
    why: (
        "Ini gaya rumah siaran pers KPU, yang ditulis sama oleh setiap kantor.",
        "This is the KPU house style for releases, written the same way by every office.",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis: inisialnya tidak dapat ditebak.",
        "No automatic fix: the initials cannot be guessed.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar.",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar.\n\n(awh/ed. Foto: dok KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Siaran tidak diakhiri kredit penulis dan foto, mis. '(xxx/ed. Foto: yyy/{institution})'",
            "The release does not end with the writer and photo credit, e.g. '(xxx/ed. Foto: yyy/{institution})'",
        ),
        SOME_SATKER = ("nama satker", "satker name"),
    },
}

impl Rule for Missing {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        if cx.doc.credit.is_some() {
            return;
        }
        let Some(line) = cx.doc.last_text_line() else {
            return;
        };
        let institution = super::satker_institution(cx)
            .map(str::to_string)
            .unwrap_or_else(|| cx.text(&SOME_SATKER, &[]));
        out.push(cx.finding(&META, line, &MESSAGE, &[("institution", &institution)]));
    }
}
