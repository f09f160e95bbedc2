//! `meta/title-heading`: the front matter `title` differs from the `# ` heading.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct TitleHeading;
    id: "meta/title-heading",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: ("`title` front matter berbeda dari judul `# `", "Front matter `title` differs from the `# ` heading"),
    what: (
        "Bila siaran Markdown memuat `title` di front matter dan juga judul `# ` di teks, keduanya harus sama: yang satu tampil di daftar berita dan tab peramban, yang lain di halaman.",
        "When a Markdown release has a front matter `title` and a `# ` heading, they must match: one shows in the news list and the browser tab, the other on the page.",
    ),
    why: (
        "Perbedaan biasanya sisa penyuntingan judul yang hanya dilakukan di satu tempat.",
        "A difference is usually an edit made in one place only.",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis: siaran tidak tahu judul mana yang final.",
        "No automatic fix: siaran cannot tell which title is final.",
    ),
    examples: [Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas dan Operator\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: \"Rapat Koordinasi Humas\"\ndate: 2025-10-27\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        MESSAGE = (
            "`title` di front matter berbeda dari judul '# ' di baris {line}",
            "The front matter `title` differs from the '# ' heading on line {line}",
        ),
        LABEL = ("judul di teks", "heading in the text"),
    },
}

impl Rule for TitleHeading {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let Some(heading) = doc.headline.filter(|h| h.marker.is_some()) else {
            return;
        };
        let Some(entry) = doc.metadata.as_ref().and_then(|m| m.get("title")) else {
            return;
        };
        let Some(title) = entry.value.as_text() else {
            return;
        };
        if normalise(title) == normalise(doc.text(heading.span)) {
            return;
        }
        let line = doc.lines.position(doc.source, heading.span.start).line.to_string();
        let finding = cx.finding(&META, entry.value_span, &MESSAGE, &[("line", &line)]);
        out.push(finding.with_label(heading.span, cx.text(&LABEL, &[])));
    }
}

/// Titles compare with runs of white space folded.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
