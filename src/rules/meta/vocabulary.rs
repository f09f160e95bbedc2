//! `meta/vocabulary`: tags or categories outside the configured vocabulary.

use crate::document::MetaValue;
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct Vocabulary;
    id: "meta/vocabulary",
    severity: Warning,
    fix: None,
    default_enabled: true,
    summary: ("Tag atau kategori di luar daftar yang diizinkan", "Tag or category outside the allowed list"),
    what: (
        "Bila `siaran.toml` memuat `[meta] tags = [...]` atau `categories = [...]`, setiap tag dan kategori harus berasal dari daftar itu, supaya arsip berita bisa ditelusuri dengan label yang sama (`pemilu` dan `Pemilu 2024` tidak tercecer menjadi label berbeda). Tanpa daftar, aturan ini diam.",
        "When `siaran.toml` has `[meta] tags = [...]` or `categories = [...]`, every tag and category must come from that list, so the news archive can be browsed by consistent labels. Without a list the rule is silent.",
    ),
    why: (
        "Dengan label yang sama, arsip berita bisa ditelusuri.",
        "With consistent labels the news archive can be browsed.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    // The example runner allows the tags `rapat` and `humas`.
    examples: [Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\ntags: [rapat, lain-lain]\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\ntags: [rapat, humas]\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        MESSAGE = (
            "{key} '{value}' tidak ada dalam daftar yang diizinkan di siaran.toml",
            "{key} '{value}' is not in the allowed list in siaran.toml",
        ),
    },
}

impl Rule for Vocabulary {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(meta) = &cx.doc.metadata else {
            return;
        };
        let lists = [
            ("tags", &cx.settings.meta().tags),
            ("categories", &cx.settings.meta().categories),
        ];
        for (key, allowed) in lists {
            let (Some(allowed), Some(entry)) = (allowed, meta.get(key)) else {
                continue;
            };
            let values: Vec<&str> = match &entry.value {
                MetaValue::Text(v) => vec![v.as_str()],
                MetaValue::List(items) => items.iter().map(String::as_str).collect(),
                MetaValue::Other => Vec::new(),
            };
            for value in values.into_iter().filter(|v| !allowed.iter().any(|a| a == v)) {
                out.push(cx.finding(&META, entry.value_span, &MESSAGE, &[("key", key), ("value", value)]));
            }
        }
    }
}
