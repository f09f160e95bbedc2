//! `meta/author-credit`: the front matter `author` is not among the credit tail's writers.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct AuthorCredit;
    id: "meta/author-credit",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: ("`author` front matter tidak ada di ekor kredit", "Front matter `author` missing from the credit tail"),
    what: (
        "Ekor kredit `(awh/ed. Foto: ...)` menyebut inisial penulis; `author` di front matter harus salah satunya. Beberapa penulis di `author` dipisahkan koma, garis miring, atau ditulis sebagai daftar.",
        "The credit tail `(awh/ed. Foto: ...)` names the writers' initials; the front matter `author` must be one of them. Several authors may be separated by commas or slashes, or written as a list.",
    ),
    why: (
        "Bila berbeda, salah satunya tertinggal dari templat atau dari siaran lain, dan laman menampilkan penulis yang keliru.",
        "When they differ, one was left over from a template or another release, and the page shows the wrong writer.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nauthor: ana\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nauthor: awh\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        MESSAGE = (
            "Penulis di front matter (`author: {author}`) tidak disebut di kredit akhir siaran '{tail}'",
            "The writer in the front matter (`author: {author}`) is not named in the credit at the end '{tail}'",
        ),
        LABEL = ("penulis menurut ekor kredit", "writers according to the credit tail"),
    },
}

impl Rule for AuthorCredit {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let (Some(meta), Some(tail)) = (&doc.metadata, doc.credit) else {
            return;
        };
        let Some(entry) = meta.get("author") else {
            return;
        };
        let writers: Vec<String> = tail
            .parts
            .writers(doc.source)
            .map(|s| doc.text(s).to_lowercase())
            .collect();
        if writers.is_empty() {
            return;
        }
        for author in super::initials(&entry.value) {
            if !writers.contains(&author.to_lowercase()) {
                let args = [("author", author.as_str()), ("tail", doc.text(tail.span))];
                let finding = cx.finding(&META, entry.value_span, &MESSAGE, &args);
                out.push(finding.with_label(tail.parts.byline, cx.text(&LABEL, &[])));
            }
        }
    }
}
