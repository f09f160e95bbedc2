//! `meta/date-file-name`: the front matter `date` differs from the file name's date prefix.

use crate::diagnostic::Severity;
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

pub struct DateFileName;

const MESSAGE: Text = Text::new(
    "Tanggal front matter {date} berbeda dari tanggal di nama berkas ({file_date})",
    "Front matter date {date} differs from the file name's date ({file_date})",
);

static META: RuleMeta = RuleMeta {
    id: "meta/date-file-name",
    summary: Text::new("Tanggal front matter berbeda dari nama berkas", "Front matter date differs from the file name"),
    explanation: Text::new(
        "Jekyll dan banyak situs Hugo menamai berkas berita dengan awalan tanggal (`2025-10-27-rapat-koordinasi.md`). Bila `date` di front matter berbeda, salah satunya keliru: berita tampil di tanggal yang salah, atau tahun pada `Senin (27/10)` dihitung dari tanggal yang salah. Tidak ada perbaikan otomatis: siaran tidak tahu mana yang benar.",
        "Jekyll and many Hugo sites name release files with a date prefix (`2025-10-27-rapat-koordinasi.md`). When the front matter `date` differs, one of them is wrong: the release shows on the wrong day, or the year of `Senin (27/10)` is computed from the wrong date. No automatic fix: siaran cannot tell which one is right.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::None,
    default_enabled: true,
    // The example runner names Markdown examples `2025-10-27-contoh.md`.
    examples: &[Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-28\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27T15:30:00+07:00\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: &[&MESSAGE],
};

impl Rule for DateFileName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(file_date) = cx.path.and_then(crate::pubdate::file_name_date) else {
            return;
        };
        let Some(entry) = cx.doc.metadata.as_ref().and_then(|m| m.get("date")) else {
            return;
        };
        let Some(date) = entry
            .value
            .as_text()
            .and_then(|v| crate::pubdate::parse_date_prefix(v.trim()))
        else {
            return;
        };
        if date != file_date {
            let args = [("date", date.to_string()), ("file_date", file_date.to_string())];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            out.push(cx.finding(&META, entry.value_span, &MESSAGE, &args));
        }
    }
}
