//! `credit/missing`: the release does not end with a credit tail.

use crate::diagnostic::Severity;
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct Missing;

const MESSAGE: Text = Text::new(
    "Siaran tidak diakhiri kredit penulis dan foto, mis. '(xxx/ed. Foto: yyy/{institution})'",
    "The release does not end with the writer and photo credit, e.g. '(xxx/ed. Foto: yyy/{institution})'",
);
const SOME_SATKER: Text = Text::new("nama satker", "satker name");

static META: RuleMeta = RuleMeta {
    id: "credit/missing",
    summary: Text::new("Kredit penulis dan foto tidak ada", "Writer and photo credit missing"),
    explanation: Text::new(
        "Setiap siaran diakhiri kredit dalam kurung: inisial penulis, `/ed.` (sudah disunting), lalu `Foto:` dan kredit foto, mis. `(awh/ed. Foto: rap/KPU Kota Semarang)`. Kredit boleh berada di akhir paragraf terakhir atau berdiri sendiri di baris terakhir. Bila tidak ada, temuan dilaporkan pada baris terakhir yang berisi teks. Tidak ada perbaikan otomatis: inisialnya tidak dapat ditebak.",
        "Every release ends with a credit in parentheses: the writer's initials, `/ed.` (edited), then `Foto:` and the photo credit, e.g. `(awh/ed. Foto: rap/KPU Kota Semarang)`. The credit may close the last paragraph or stand alone on the last line. When it is missing, the finding is on the last line with text. No automatic fix: the initials cannot be guessed.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::None,
    default_enabled: true,
    examples: &[Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar.",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar.\n\n(awh/ed. Foto: dok KPU Kota Semarang)",
    }],
    messages: &[&MESSAGE, &SOME_SATKER],
};

impl Rule for Missing {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

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
