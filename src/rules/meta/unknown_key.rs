//! `meta/unknown-key`: a front matter key that looks like a misspelt known key.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct UnknownKey;
    id: "meta/unknown-key",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Kunci front matter salah ketik", "Misspelt front matter key"),
    what: (
        "Bila kunci yang dimaksud wajib (`title`, `date`) dan belum ada, temuan ini juga menyebutnya; `meta/missing-key` tetap melapor di baris pembuka front matter dan menunjuk baris ini, tetapi hanya temuan ini yang membawa perbaikan. Kunci lain yang tidak mirip kunci mana pun (misalnya `layout` atau `image` dari tema situs) dibiarkan. Kunci yang dikenal: title, date, author, editor, photographer, satker, tags, categories, slug, description, draft.",
        "When the meant key is required (`title`, `date`) and missing, this finding says so too; `meta/missing-key` still reports at the front matter's opening line and points here, but only this finding carries the fix. Other keys that resemble no known key (a theme's `layout` or `image`) are left alone. Known keys: title, date, author, editor, photographer, satker, tags, categories, slug, description, draft.",
    ),
    why: (
        "Kunci yang mirip kunci yang dikenal (`tittle` untuk `title`, `tag` untuk `tags`) hampir pasti salah ketik: generator situs mengabaikannya diam-diam.",
        "A key close to a known one (`tittle` for `title`, `tag` for `tags`) is almost surely a typo that the site generator silently ignores.",
    ),
    fix_safety: ("Perbaikan tidak aman: ganti nama kunci.", "Unsafe fix: rename the key."),
    examples: [Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nauthr: awh\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27\nlayout: berita\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        MESSAGE = (
            "Kunci front matter '{key}' tampaknya salah ketik untuk '{known}'; situs akan mengabaikannya",
            "The front matter key '{key}' looks like a typo for '{known}'; the site will ignore it",
        ),
        FIX = ("Ganti nama kunci menjadi '{known}'", "Rename the key to '{known}'"),
        REQUIRED = (
            "Kunci front matter '{key}' tampaknya salah ketik untuk '{known}', yang wajib diisi dan belum ada",
            "The front matter key '{key}' looks like a typo for '{known}', which every release needs and this one lacks",
        ),
    },
}

impl Rule for UnknownKey {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(meta) = &cx.doc.metadata else {
            return;
        };
        for entry in &meta.entries {
            let Some(known) = super::near_known_key(&entry.key) else {
                continue;
            };
            let args = [("key", entry.key.as_str()), ("known", known)];
            let missing_required = meta.get(known).is_none() && cx.settings.meta().required.iter().any(|k| k == known);
            let message = if missing_required { &REQUIRED } else { &MESSAGE };
            let mut finding = cx.finding(&META, entry.key_span, message, &args);
            // Renaming onto a key that is already there would make a duplicate.
            if meta.get(known).is_none() && !entry.key_span.is_empty() {
                finding = finding.with_fix(Fix::unsafe_(
                    cx.text(&FIX, &args),
                    vec![Edit::replace(entry.key_span, known)],
                ));
            }
            out.push(finding);
        }
    }
}
