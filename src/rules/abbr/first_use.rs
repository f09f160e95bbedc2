//! `abbr/first-use`: the first use of an abbreviation in the body is not expanded
//! (`KPU Kota Semarang menggelar ...` with no `Komisi Pemilihan Umum (KPU)` before it).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use crate::document::{Region, Word};
use crate::span::Span;

use super::data::{FormKind, TABLE};
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
        "Singkatan yang tidak dikenal semua pembaca dijabarkan saat pertama kali disebut di badan berita: `Komisi Pemilihan Umum (KPU) Kota Semarang`, `tempat pemungutan suara (TPS)`; bentuk `Bakohumas (Badan Koordinasi Hubungan Masyarakat)` juga diterima. Judul, domain dalam dateline, dan ekor kredit tidak dihitung sebagai penyebutan. Penjabaran di paragraf berikutnya tidak menggantikan penjabaran pada penyebutan pertama; temuan ditaruh pada penyebutan pertama. Bila kepanjangannya sudah ditulis sebelum singkatan dipakai, tetapi tanpa singkatan dalam kurung (`Komisi Pemilihan Umum Kota Semarang ... KPU Kota Semarang`), singkatan itu dianggap sudah dijabarkan: saran menambahkan `(KPU)` ditaruh pada kepanjangannya, tidak pernah penjabaran kedua. Singkatan yang dikenal semua pembaca (RI, WIB, TNI, Polri, DPR, DPRD, UU, SD, SMA, RT, RW, HAM, APD) tidak perlu dijabarkan; `expand_first_use` di `rules/abbreviations.toml` menentukannya. Singkatan yang bentuknya salah (`BAWASLU`) dilaporkan sekali saja, oleh `abbr/form`.",
        "Abbreviations that not every reader knows are expanded at their first use in the body: `Komisi Pemilihan Umum (KPU) Kota Semarang`, `tempat pemungutan suara (TPS)`; the form `Bakohumas (Badan Koordinasi Hubungan Masyarakat)` is accepted too. The headline, the dateline domain and the credit tail do not count as uses. An expansion in a later paragraph does not make up for the first use; the finding sits at the first use. When the long form is written before the abbreviation is used, but without the abbreviation in brackets (`Komisi Pemilihan Umum Kota Semarang ... KPU Kota Semarang`), the abbreviation counts as expanded: the suggestion to add `(KPU)` sits at the long form, never a second expansion. Abbreviations every reader knows (RI, WIB, TNI, Polri, DPR, DPRD, UU, SD, SMA, RT, RW, HAM, APD) need no expansion; `expand_first_use` in `rules/abbreviations.toml` decides. An abbreviation in a wrong form (`BAWASLU`) is reported once, by `abbr/form`.",
    ),
    why: (
        "Tidak semua pembaca mengenal singkatan itu; penjabaran pada penyebutan pertama memberi tahu artinya.",
        "Not every reader knows the abbreviation; its expansion at the first use tells them what it stands for.",
    ),
    fix_safety: (
        "Perbaikan menyisipkan kepanjangan baku, atau singkatan dalam kurung setelah kepanjangan yang sudah ditulis; perbaikan ini tidak aman karena huruf kapital dan makna kepanjangan bergantung pada kalimat.",
        "The fix inserts the standard expansion, or the abbreviation in brackets after a long form already written; it is unsafe because the capitals and the meaning of the long form depend on the sentence.",
    ),
    examples: [
        Example {
            bad: "Rapat Pleno Terbuka\nSemarang, kota-semarang.kpu.go.id — KPU Kota Semarang menggelar rapat pleno terbuka.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
            good: "Rapat Pleno Terbuka\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat pleno terbuka.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        },
        Example {
            bad: "Rapat Pleno Terbuka\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum Kota Semarang menggelar rapat pleno terbuka. KPU Kota Semarang mengundang media.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
            good: "Rapat Pleno Terbuka\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat pleno terbuka. KPU Kota Semarang mengundang media.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
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
        LONG_ONLY = (
            "Kepanjangan '{long}' ditulis tanpa singkatannya, padahal {abbr} dipakai sesudahnya; tulis '{long} ({abbr})' di sini",
            "'{long}' is written without its abbreviation, though {abbr} is used later; write '{long} ({abbr})' here",
        ),
        FIX_ADD = ("Tambahkan '({abbr})'", "Add '({abbr})'"),
    },
}

impl Rule for FirstUse {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let scan = Scan::of(cx);
        let body = scan.mentions.iter().filter(|m| !m.in_headline);
        for (i, m) in body.clone().enumerate() {
            let Some(form) = m.form.filter(|f| TABLE.entries[f.entry].expand_first_use) else {
                continue;
            };
            // A wrong form (`BAWASLU`) is one problem: `abbr/form` reports it.
            if !m.first || m.expansion.is_some() || form.kind != FormKind::Right {
                continue;
            }
            let entry = &TABLE.entries[form.entry];
            if let Some(long) = long_form_before(cx, form.entry, m.word) {
                let args = [("long", cx.doc.text(long)), ("abbr", entry.short.as_str())];
                let added = format!(" ({})", entry.short);
                let fix = Fix::unsafe_(cx.text(&FIX_ADD, &args), vec![Edit::insert(long.end, added)]);
                // On the long form's last word, where the abbreviation goes: a finding
                // over the whole phrase would hide a doubled word in it (`Komisi Komisi`).
                let last = cx.doc.words.partition_point(|w| w.span.end < long.end);
                let at = cx.doc.words.get(last).map_or(long, |w| w.span);
                out.push(cx.finding(&META, at, &LONG_ONLY, &args).with_fix(fix));
                continue;
            }
            let long = sentence_case(cx.doc.words[m.word].sentence_start(), &entry.expansions[0]);
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
            let fix = if TABLE.one_meaning[form.entry] {
                Fix::unsafe_(title, edits)
            } else {
                Fix::display_only(title, edits)
            };
            out.push(cx.finding(&META, m.span, message, &args).with_fix(fix));
        }
    }
}

/// An accepted long form of entry `e` written in the body before word `before` without
/// its abbreviation (`Komisi Pemilihan Umum Kota Semarang`): the first one, if any.
pub(super) fn long_form_before(cx: &Context<'_>, e: usize, before: usize) -> Option<Span> {
    let words = &cx.doc.words[..before];
    let same =
        |w: &Word, x: &str| w.region == Region::Body && !w.in_address() && cx.doc.text(w.span).eq_ignore_ascii_case(x);
    let expansions = &TABLE.expansions[e];
    // Most words start no long form: the lengths of the first words (a bit each, for
    // lengths below 64), then their first bytes (in ASCII lower case, a bit each), rule
    // them out before any text is compared (this runs over every word before a first
    // use). A longer word is compared in full.
    let bit = |len: usize| u32::try_from(len).ok().and_then(|n| 1u64.checked_shl(n)).unwrap_or(0);
    let first_byte = |text: &str| text.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    let (mut head_lengths, mut head_firsts) = (0, [0u64; 4]);
    for head in expansions.iter().filter_map(|x| x.first()) {
        head_lengths |= bit(head.len());
        let b = first_byte(head);
        head_firsts[usize::from(b >> 6)] |= 1 << (b & 63);
    }
    let bytes = cx.doc.source.as_bytes();
    (0..words.len()).find_map(|i| {
        let span = words[i].span;
        let len = bit(span.len());
        if len != 0 && head_lengths & len == 0 {
            return None;
        }
        let b = bytes.get(span.start).map_or(0, u8::to_ascii_lowercase);
        if head_firsts[usize::from(b >> 6)] & (1 << (b & 63)) == 0 {
            return None;
        }
        expansions.iter().find_map(|x| {
            let run = words.get(i..i + x.len())?;
            run.iter().zip(x).all(|(w, x)| same(w, x)).then(|| {
                let (first, last) = (run[0].span, run[run.len() - 1].span);
                Span::new(first.start, last.end)
            })
        })
    })
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
