//! `abbr/first-use`: the first use of an abbreviation in the body is not expanded
//! (`KPU Kota Semarang menggelar ...` with no `Komisi Pemilihan Umum (KPU)` before it).

use std::collections::HashSet;

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::data::TABLE;
use super::scan::Scan;

declare_rule! {
    pub struct FirstUse;
    id: "abbr/first-use",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Penyebutan pertama singkatan di badan berita tidak dijabarkan",
        "First use of an abbreviation in the body not expanded",
    ),
    what: (
        "Singkatan yang tidak dikenal semua pembaca dijabarkan saat pertama kali disebut di badan berita: `Komisi Pemilihan Umum (KPU) Kota Semarang`, `tempat pemungutan suara (TPS)`; bentuk `Bakohumas (Badan Koordinasi Hubungan Masyarakat)` juga diterima. Judul, domain dalam dateline, dan ekor kredit tidak dihitung sebagai penyebutan. Penjabaran di paragraf berikutnya tidak menggantikan penjabaran pada penyebutan pertama; temuan ditaruh pada penyebutan pertama. Singkatan yang lazim (RI, WIB, TNI, Polri, DPR, DPRD, UU) tidak perlu dijabarkan; `expand_first_use` di `rules/abbreviations.toml` menentukannya.",
        "Abbreviations that not every reader knows are expanded at their first use in the body: `Komisi Pemilihan Umum (KPU) Kota Semarang`, `tempat pemungutan suara (TPS)`; the form `Bakohumas (Badan Koordinasi Hubungan Masyarakat)` is accepted too. The headline, the dateline domain and the credit tail do not count as uses. An expansion in a later paragraph does not make up for the first use; the finding sits at the first use. Common abbreviations (RI, WIB, TNI, Polri, DPR, DPRD, UU) need no expansion; `expand_first_use` in `rules/abbreviations.toml` decides.",
    ),
    why: (
        "Tidak semua pembaca mengenal singkatan itu; penjabaran pada penyebutan pertama memberi tahu artinya.",
        "Not every reader knows the abbreviation; its expansion at the first use tells them what it stands for.",
    ),
    fix_safety: (
        "Perbaikan menyisipkan kepanjangan baku; perbaikan ini tidak aman karena huruf kapital dan makna kepanjangan bergantung pada kalimat.",
        "The fix inserts the standard expansion; it is unsafe because the capitals and the meaning of the long form depend on the sentence.",
    ),
    examples: [
        Example {
            bad: "Rapat Pleno Terbuka\nSemarang, kota-semarang.kpu.go.id — KPU Kota Semarang menggelar rapat pleno terbuka.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
            good: "Rapat Pleno Terbuka\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat pleno terbuka.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        },
        Example {
            bad: "Petugas menyiapkan bilik suara di setiap TPS.",
            good: "Petugas menyiapkan bilik suara di setiap tempat pemungutan suara (TPS).",
        },
    ],
    messages: {
        NEVER = (
            "Penyebutan pertama {abbr} tidak dijabarkan, dan tidak dijabarkan di bagian lain; tulis '{expanded}'",
            "The first use of {abbr} is not expanded, nor is it anywhere else; write '{expanded}'",
        ),
        LATER = (
            "Penyebutan pertama {abbr} tidak dijabarkan (baru dijabarkan di baris {line}); jabarkan di sini: '{expanded}'",
            "The first use of {abbr} is not expanded (it is only expanded on line {line}); expand it here: '{expanded}'",
        ),
        FIX = ("Jabarkan menjadi '{expanded}'", "Expand to '{expanded}'"),
    },
}

impl Rule for FirstUse {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let scan = Scan::of(cx);
        let mut seen = HashSet::new();
        let body = scan.mentions.iter().filter(|m| !m.in_headline);
        for (i, m) in body.clone().enumerate() {
            let Some(form) = m.form.filter(|f| TABLE.entries[f.entry].expand_first_use) else {
                continue;
            };
            if !seen.insert(form.entry) || m.expansion.is_some() {
                continue;
            }
            let entry = &TABLE.entries[form.entry];
            let long = sentence_case(cx.doc.words[m.word].sentence_start, &entry.expansions[0]);
            let expanded = format!("{long} ({})", entry.short);
            let later = body
                .clone()
                .skip(i + 1)
                .find(|l| l.form.is_some_and(|f| f.entry == form.entry) && l.expansion.is_some());
            let line = later.map(|l| (cx.doc.lines.line_of(l.span.start) + 1).to_string());
            let mut args = vec![("abbr", entry.short.as_str()), ("expanded", expanded.as_str())];
            let message = match &line {
                Some(line) => {
                    args.push(("line", line));
                    &LATER
                }
                None => &NEVER,
            };
            let edits = vec![Edit::replace(m.span, expanded.as_str())];
            let title = cx.text(&FIX, &args);
            // One meaning (all expansions start alike, as KPU's do) makes the fix likely
            // right; several meanings (PPK, KIP) leave the choice to the writer.
            let first = |x: &String| x.split(' ').next().map(str::to_lowercase);
            let one_meaning = entry.expansions.iter().all(|x| first(x) == first(&entry.expansions[0]));
            let fix = if one_meaning {
                Fix::unsafe_(title, edits)
            } else {
                Fix::display_only(title, edits)
            };
            out.push(cx.finding(&META, m.span, message, &args).with_fix(fix));
        }
    }
}

/// The expansion with a capital initial at the start of a sentence (`tempat
/// pemungutan suara` → `Tempat pemungutan suara`), as written otherwise. Where a
/// sentence starts is the document's to say ([`crate::document::Word::sentence_start`]).
fn sentence_case(starts_sentence: bool, long: &str) -> String {
    let mut chars = long.chars();
    match chars.next() {
        Some(c) if starts_sentence => c.to_uppercase().chain(chars).collect(),
        _ => long.to_string(),
    }
}
