//! `meta/too-many-findings`: the finding that closes a file whose findings were cut off
//! at the limit (`max-findings`, [`crate::settings::DEFAULT_MAX_FINDINGS`] by default),
//! so a reader knows the list is not complete. Reported by the engine, which keeps the
//! count (see [`crate::findings`]).

use crate::diagnostic::{Finding, Severity};
use crate::document::Document;
use crate::message::Lang;
use crate::rules::declare_rule;
use crate::span::Span;

declare_rule! {
    engine pub static META;
    id: "meta/too-many-findings",
    severity: Warning,
    fix: None,
    default_enabled: true,
    summary: (
        "Temuan dalam satu berkas melebihi batas dan dipotong",
        "A file's findings exceed the limit and are cut off",
    ),
    what: (
        "Satu berkas melaporkan paling banyak `max-findings` temuan (bawaan 5000). Temuan yang dilaporkan adalah yang pertama dalam teks; temuan ini menutup daftar dengan tingkat paling berat di antara yang terpotong, sehingga kode keluar tetap benar.",
        "One file reports at most `max-findings` findings (5000 by default). The findings reported are the first in the text; this one closes the list with the most severe level among those cut off, so the exit code stays right.",
    ),
    why: (
        "Lebih dari itu hampir selalu berarti berkas yang bukan siaran pers, atau satu kesalahan yang berulang di seluruh teks (misalnya teks yang tertempel berkali-kali); laporan jutaan temuan hanya menghabiskan memori dan layar.",
        "More almost always means a file that is not a press release, or one mistake repeated through the text (text pasted many times over); millions of findings only use up memory and the screen.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [],
    messages: {
        CUT_OFF = (
            "Lebih dari {limit} temuan dalam berkas ini: daftar dipotong setelah {limit} temuan pertama (batas lain: `max-findings` di siaran.toml)",
            "More than {limit} findings in this file: the list is cut off after the first {limit} (another limit: `max-findings` in siaran.toml)",
        ),
    },
}

/// The closing finding after `kept` (sorted), at the most severe level cut off and at
/// least a warning.
pub fn finding(doc: &Document<'_>, kept: &[Finding], limit: usize, severity: Severity, lang: Lang) -> Finding {
    let at = kept.last().map_or(doc.source.len(), |f| f.span.end);
    let limit = limit.to_string();
    let message = CUT_OFF.render(lang, &[("limit", &limit)]);
    Finding::new(META.id, severity.max(Severity::Warning), Span::empty(at), message)
}
