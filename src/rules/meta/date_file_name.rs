//! `meta/date-file-name`: the front matter `date` differs from the file name's date prefix.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct DateFileName;
    id: "meta/date-file-name",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: ("Tanggal front matter berbeda dari nama berkas", "Front matter date differs from the file name"),
    what: (
        "Jekyll dan banyak situs Hugo menamai berkas berita dengan awalan tanggal (`2025-10-27-rapat-koordinasi.md`).",
        "Jekyll and many Hugo sites name release files with a date prefix (`2025-10-27-rapat-koordinasi.md`).",
    ),
    why: (
        "Bila `date` di front matter berbeda, salah satunya keliru: berita tampil di tanggal yang salah, atau tahun pada `Senin (27/10)` dihitung dari tanggal yang salah.",
        "When the front matter `date` differs, one of them is wrong: the release shows on the wrong day, or the year of `Senin (27/10)` is computed from the wrong date.",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis: siaran tidak tahu mana yang benar.",
        "No automatic fix: siaran cannot tell which one is right.",
    ),
    // The example runner names Markdown examples `2025-10-27-contoh.md`.
    examples: [Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-28\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27T15:30:00+07:00\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        MESSAGE = (
            "Tanggal front matter {date} berbeda dari tanggal di nama berkas ({file_date})",
            "Front matter date {date} differs from the file name's date ({file_date})",
        ),
    },
}

impl Rule for DateFileName {
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
