//! `meta/too-many-findings`: the finding that closes a file whose findings were cut off
//! at the limit (`max-findings`, [`crate::settings::DEFAULT_MAX_FINDINGS`] by default),
//! so a reader knows the list is not complete. Reported by the engine, which keeps the
//! count (see [`crate::findings`]).

use crate::diagnostic::{Finding, Severity};
use crate::document::Document;
use crate::findings::Findings;
use crate::message::{Lang, Text};
use crate::rules::{Context, FixAvailability, Rule, RuleMeta};
use crate::span::Span;

const CUT_OFF: Text = Text::new(
    "Lebih dari {limit} temuan dalam berkas ini: daftar dipotong setelah {limit} temuan pertama (batas lain: `max-findings` di siaran.toml)",
    "More than {limit} findings in this file: the list is cut off after the first {limit} (another limit: `max-findings` in siaran.toml)",
);

pub static META: RuleMeta = RuleMeta {
    id: "meta/too-many-findings",
    summary: Text::new(
        "Temuan dalam satu berkas melebihi batas dan dipotong",
        "A file's findings exceed the limit and are cut off",
    ),
    explanation: Text::new(
        "Satu berkas melaporkan paling banyak `max-findings` temuan (bawaan 5000). Lebih dari itu hampir selalu berarti berkas yang bukan siaran pers, atau satu kesalahan yang berulang di seluruh teks (misalnya teks yang tertempel berkali-kali); laporan jutaan temuan hanya menghabiskan memori dan layar. Temuan yang dilaporkan adalah yang pertama dalam teks; temuan ini menutup daftar dengan tingkat paling berat di antara yang terpotong, sehingga kode keluar tetap benar.",
        "One file reports at most `max-findings` findings (5000 by default). More almost always means a file that is not a press release, or one mistake repeated through the text (text pasted many times over); millions of findings only use up memory and the screen. The findings reported are the first in the text; this one closes the list with the most severe level among those cut off, so the exit code stays right.",
    ),
    severity: Severity::Warning,
    fix: FixAvailability::None,
    default_enabled: true,
    examples: &[],
    messages: &[&CUT_OFF],
};

/// The closing finding after `kept` (sorted), at the most severe level cut off and at
/// least a warning.
pub fn finding(doc: &Document<'_>, kept: &[Finding], limit: usize, severity: Severity, lang: Lang) -> Finding {
    let at = kept.last().map_or(doc.source.len(), |f| f.span.end);
    let limit = limit.to_string();
    let message = CUT_OFF.render(lang, &[("limit", &limit)]);
    Finding::new(META.id, severity.max(Severity::Warning), Span::empty(at), message)
}

/// The registry entry for `meta/too-many-findings`: the engine reports it.
pub struct TooManyFindings;

impl Rule for TooManyFindings {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, _cx: &Context<'_>, _out: &mut Findings) {}
}
