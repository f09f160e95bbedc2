//! `baku/month`: a month name spelt wrongly: `Pebruari` → `Februari`, `Nopember` →
//! `November`, `27 October 2025` → `27 Oktober 2025`, `27 oktober` → `27 Oktober`.

use std::sync::LazyLock;

use super::data;
use super::{gap, in_proper_name};
use crate::case::{case_of, Case};
use crate::diagnostic::{Edit, Fix};
use crate::document::{Document, Word};
use crate::findings::Findings;
use crate::lexicon;
use crate::lexicon::calendar::{ENGLISH_MONTHS, MONTHS};
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct Month;
    id: "baku/month",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Ejaan nama bulan tidak baku", "Non-standard month spelling"),
    what: (
        "Nama bulan ditulis dalam ejaan baku dengan huruf awal kapital: Januari, Februari, Maret, April, Mei, Juni, Juli, Agustus, September, Oktober, November, Desember (EYD V, Huruf Kapital). Ejaan lama `Pebruari`, `Nopember`, `Febuari` (dari daftar kata baku, jenis `bulan`) ditandai, kecuali di dalam nama diri (`Institut Teknologi Sepuluh Nopember`). Nama bulan dalam bahasa Inggris (`October`) dan nama bulan berhuruf kecil (`oktober`) hanya ditandai di dalam tanggal, yaitu setelah angka tanggal atau sebelum angka tahun, karena `May` atau `juni` bisa berupa nama.",
        "Month names are written in standard spelling with an initial capital: Januari, Februari, Maret, April, Mei, Juni, Juli, Agustus, September, Oktober, November, Desember (EYD V, capitals). The old spellings `Pebruari`, `Nopember`, `Febuari` (from the word-pair list, kind `bulan`) are flagged except inside a proper name (`Institut Teknologi Sepuluh Nopember`). English month names (`October`) and lowercase month names (`oktober`) are flagged only inside a date, after a day number or before a year, as `May` or `juni` may be names.",
    ),
    why: (
        "Ini ejaan baku (EYD V, huruf kapital); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, capitals); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman.", "Safe fix."),
    examples: [
        Example {
            bad: "Standar pelayanan ditargetkan terbit paling lambat 28 Pebruari 2025.",
            good: "Standar pelayanan ditargetkan terbit paling lambat 28 Februari 2025.",
        },
        Example {
            bad: "Pemungutan suara digelar pada 27 November 2024, sedangkan rekapitulasi dimulai 2 December 2024.",
            good: "Pemungutan suara digelar pada 27 November 2024, sedangkan rekapitulasi dimulai 2 Desember 2024.",
        },
    ],
    messages: {
        MESSAGE = ("Nama bulan ditulis '{right}', bukan '{found}'", "The month is spelt '{right}', not '{found}'"),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// A spelling (compared without case), its standard month, and whether a date must
/// surround it.
static SPELLINGS: LazyLock<Vec<(&'static str, &'static str, bool)>> = LazyLock::new(|| {
    let own = MONTHS.iter().map(|m| (*m, *m, true));
    let english = ENGLISH_MONTHS.iter().map(|(e, m)| (*e, *m, true));
    let old = data::pairs()
        .filter(|p| p.kind.owner() == data::PairOwner::Month)
        .map(|p| (p.wrong.as_str(), p.right.as_str(), false));
    own.chain(english).chain(old).collect()
});

impl Rule for Month {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for (index, word) in doc.checked_words_with(lexicon::MONTH | lexicon::PAIR) {
            let found = doc.text(word.span);
            let Some(&(_, month, needs_date)) = SPELLINGS.iter().find(|(s, _, _)| s.eq_ignore_ascii_case(found)) else {
                continue;
            };
            let right = if case_of(found) == Case::Upper {
                month.to_uppercase()
            } else {
                month.to_string()
            };
            let named = !needs_date && in_proper_name(doc, index, index) && !in_date(doc, index);
            if right == found || (needs_date && !in_date(doc, index)) || named {
                continue;
            }
            let args = [("found", found), ("right", right.as_str())];
            let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(word.span, right.as_str())]);
            out.push(cx.finding(&META, word.span, &MESSAGE, &args).with_fix(fix));
        }
    }
}

/// Whether the word at `index` follows a day number (`27 October`) or precedes a year
/// (`October 2025`), one space apart.
fn in_date(doc: &Document<'_>, index: usize) -> bool {
    let word = &doc.words[index];
    let number = |w: &Word, digits: std::ops::RangeInclusive<usize>| {
        let text = doc.text(w.span);
        digits.contains(&text.len()) && text.chars().all(|c| c.is_ascii_digit())
    };
    let day_before = index
        .checked_sub(1)
        .and_then(|i| doc.words.get(i))
        .is_some_and(|prev| gap(doc, prev, word) == " " && number(prev, 1..=2));
    let year_after = doc
        .words
        .get(index + 1)
        .is_some_and(|next| gap(doc, word, next) == " " && number(next, 4..=4));
    day_before || year_after
}
