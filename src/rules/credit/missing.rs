//! `credit/missing`: the release does not end with a credit tail.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct Missing;
    id: "credit/missing",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: ("Kredit penulis dan foto tidak ada atau belum lengkap", "Writer and photo credit missing or incomplete"),
    what: (
        "Setiap siaran diakhiri kredit dalam kurung: inisial penulis, `/ed.` (sudah disunting), lalu `Foto:` dan kredit foto, mis. `(awh/ed. Foto: rap/KPU Kota Semarang)`. Kredit boleh berada di akhir paragraf terakhir atau berdiri sendiri di baris terakhir. Bila tidak ada, temuan dilaporkan pada baris terakhir yang berisi teks. Bila siaran ditutup kredit bergaya lain yang hanya berisi penanda redaksi dan inisial (`(***/RED)`, `(HumasKPUKendal/NMI)`, `(PND/Parmas&SDM)`), temuannya \"kredit belum lengkap\" pada kredit itu; penanda itu bukan singkatan.",
        "Every release ends with a credit in parentheses: the writer's initials, `/ed.` (edited), then `Foto:` and the photo credit, e.g. `(awh/ed. Foto: rap/KPU Kota Semarang)`. The credit may close the last paragraph or stand alone on the last line. When it is missing, the finding is on the last line with text. When the release closes with a credit in another style that holds only editorial markers and initials (`(***/RED)`, `(HumasKPUKendal/NMI)`, `(PND/Parmas&SDM)`), the finding says \"the credit is incomplete\", on that credit; the markers are not abbreviations.",
    ),
    why: (
        "Ini gaya selingkung siaran pers KPU, yang ditulis sama oleh setiap kantor.",
        "This is the KPU house style for releases, written the same way by every office.",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis: inisialnya tidak dapat ditebak.",
        "No automatic fix: the initials cannot be guessed.",
    ),
    examples: [
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar.",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar.\n\n(awh/ed. Foto: dok KPU Kota Semarang)",
        },
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (***/RED)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: dok KPU Kota Semarang)",
        },
    ],
    messages: {
        MESSAGE = (
            "Siaran tidak diakhiri kredit penulis dan foto, mis. '(xxx/ed. Foto: yyy/{institution})'",
            "The release does not end with the writer and photo credit, e.g. '(xxx/ed. Foto: yyy/{institution})'",
        ),
        SOME_SATKER = ("nama satker", "satker name"),
        INCOMPLETE = (
            "Kredit belum lengkap: '{found}' belum memuat inisial penulis, '/ed.', dan kredit foto; tulis mis. '(xxx/ed. Foto: yyy/{institution})'",
            "The credit is incomplete: '{found}' lacks the writer's initials, '/ed.' and the photo credit; write e.g. '(xxx/ed. Foto: yyy/{institution})'",
        ),
    },
}

impl Rule for Missing {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let institution = super::satker_institution(cx)
            .map(str::to_string)
            .unwrap_or_else(|| cx.text(&SOME_SATKER, &[]));
        match cx.doc.credit {
            Some(tail) if tail.foreign => {
                let args = [("found", cx.doc.text(tail.span)), ("institution", &institution)];
                out.push(cx.finding(&META, tail.span, &INCOMPLETE, &args));
            }
            Some(_) => {}
            None => {
                let Some(line) = cx.doc.last_text_line() else {
                    return;
                };
                out.push(cx.finding(&META, line, &MESSAGE, &[("institution", &institution)]));
            }
        }
    }
}
