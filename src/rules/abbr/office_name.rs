//! `abbr/office-name`: a KPU office named without its level or with an abbreviated one
//! (`KPU Kendal`, `KPU Jawa Tengah`, `KPU Kab. Semarang`, `KPU Prov. Jateng`,
//! `KPU Propinsi`), and `KPU` for Aceh's `KIP`.

use std::borrow::Cow;

use crate::diagnostic::{Edit, Fix};
use crate::document::Document;
use crate::findings::Findings;
use crate::house::{Level, Satker};
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

use super::regions;
use super::scan::Scan;

declare_rule! {
    pub struct OfficeName;
    id: "abbr/office-name",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: (
        "Nama satker KPU tanpa jenjang atau dengan jenjang disingkat",
        "KPU office named without its level or with an abbreviated one",
    ),
    what: (
        "Satker KPU disebut dengan nama resminya: `KPU Provinsi Jawa Tengah`, `KPU Kabupaten Kendal`, `KPU Kota Semarang`, dan di Aceh `KIP Aceh`, `KIP Kabupaten Aceh Besar`. Jenjang tidak dihilangkan (`KPU Kendal`), tidak disingkat (`KPU Kab. Semarang`, `KPU Prov. Jateng`), dan ditulis `Provinsi`, bukan `Propinsi`. Nama wilayah diambil dari gazetir `rules/regions.toml` (semua provinsi, kabupaten, dan kota, beserta alias seperti `Jateng`). Sebutan umum berhuruf kecil (`KPU provinsi`, `KPU kabupaten/kota`) dan `KPU RI` dibiarkan; `KPU propinsi` sebagai sebutan umum hanya salah eja, dan dilaporkan sekali oleh `baku/non-standard-word`.",
        "KPU offices go by their official names: `KPU Provinsi Jawa Tengah`, `KPU Kabupaten Kendal`, `KPU Kota Semarang`, and in Aceh `KIP Aceh`, `KIP Kabupaten Aceh Besar`. The level is neither dropped (`KPU Kendal`) nor abbreviated (`KPU Kab. Semarang`, `KPU Prov. Jateng`), and it is `Provinsi`, not `Propinsi`. Region names come from the gazetteer `rules/regions.toml` (every province, kabupaten and kota, with aliases such as `Jateng`). Generic lower-case mentions (`KPU provinsi`, `KPU kabupaten/kota`) and `KPU RI` are left alone; the generic `KPU propinsi` is only a misspelling, reported once by `baku/non-standard-word`.",
    ),
    why: (
        "Nama resmi menyebut tingkat kantor; tanpa tingkatnya, nama seperti `KPU Semarang` bisa berarti kabupaten atau kota.",
        "The official name gives the office's level; without it a name such as `KPU Semarang` may mean the kabupaten or the kota.",
    ),
    fix_safety: (
        "Perbaikan aman bila wilayahnya hanya satu; nama yang dipakai kabupaten sekaligus kota (`KPU Semarang`) diperbaiki secara tidak aman ke satker yang dikonfigurasi bila cocok, selain itu tanpa perbaikan.",
        "The fix is safe when only one region has the name; a name that is both a kabupaten and a kota (`KPU Semarang`) gets an unsafe fix to the configured satker when it is one of them, otherwise no fix.",
    ),
    examples: [
        Example {
            bad: "Kegiatan ini diinisiasi KPU Jawa Tengah untuk seluruh kabupaten dan kota.",
            good: "Kegiatan ini diinisiasi KPU Provinsi Jawa Tengah untuk seluruh kabupaten dan kota.",
        },
        Example {
            bad: "Tim penilai mengapresiasi komitmen pimpinan KPU Kendal.",
            good: "Tim penilai mengapresiasi komitmen pimpinan KPU Kabupaten Kendal.",
        },
        Example {
            bad: "Rapat diikuti perwakilan KPU Kab. Semarang.",
            good: "Rapat diikuti perwakilan KPU Kabupaten Semarang.",
        },
    ],
    messages: {
        MESSAGE = (
            "Nama satker ditulis '{found}'; tulis '{expected}'",
            "The office is written '{found}'; write '{expected}'",
        ),
        LEVEL = (
            "Jenjang satker ditulis '{found}'; tulis '{expected}'",
            "The office level is written '{found}'; write '{expected}'",
        ),
        AMBIGUOUS = (
            "'{found}' tidak menyebut jenjang satker: {options}",
            "'{found}' does not name the office's level: {options}",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

/// A level word as written after `KPU`: its span, the level, and the right spelling
/// when the written one is not (`Kab.` → `Kabupaten`).
struct LevelWord {
    span: Span,
    level: Level,
    respelt: Option<&'static str>,
}

impl Rule for OfficeName {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for m in &Scan::of(cx).mentions {
            let commission = doc.text(m.span);
            if m.form.is_none() || !matches!(commission, "KPU" | "KIP") {
                continue;
            }
            let level = level_after(doc, m.word + 1, m.span.end);
            let region_from = level
                .as_ref()
                .map_or(m.word + 1, |l| doc.words.partition_point(|w| w.span.start < l.span.end));
            let region_gap_from = level.as_ref().map_or(m.span.end, |l| l.span.end);
            let Some((region_end, candidates)) = region_after(doc, region_from, region_gap_from) else {
                // `KPU propinsi` alone is a misspelt word and nothing more: one finding,
                // `baku/non-standard-word`'s, which gives the same fix.
                let misspelt_only = level.as_ref().is_some_and(|l| doc.text(l.span) == "propinsi");
                if let Some(LevelWord {
                    span,
                    respelt: Some(right),
                    ..
                }) = level.filter(|_| !misspelt_only)
                {
                    let args = [("found", doc.text(span)), ("expected", right)];
                    let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(span, right)]);
                    out.push(cx.finding(&META, span, &LEVEL, &args).with_fix(fix));
                }
                continue;
            };
            // Walked again where needed rather than collected: most mentions are the
            // office's right name and stop at the first check.
            let candidates = candidates
                .iter()
                .copied()
                .filter(|s| level.as_ref().is_none_or(|l| l.level == s.level));
            // Outside Aceh, KIP is another body (Keterbukaan Informasi Publik).
            if candidates.clone().next().is_none()
                || commission == "KIP" && !candidates.clone().any(|s| s.institution.starts_with("KIP"))
            {
                continue;
            }
            let span = Span::new(m.span.start, region_end);
            let found = doc.text(span);
            if candidates.clone().any(|s| s.institution == found) {
                continue;
            }
            let candidates: Vec<&Satker> = candidates.collect();
            if let [only] = candidates.as_slice() {
                let args = [("found", found), ("expected", only.institution.as_str())];
                let fix = Fix::safe(
                    cx.text(&FIX, &args),
                    vec![Edit::replace(span, only.institution.as_str())],
                );
                out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
                continue;
            }
            let options: Vec<&str> = candidates.iter().map(|s| s.institution.as_str()).collect();
            let options = options.join(" / ");
            let mut finding = cx.finding(&META, span, &AMBIGUOUS, &[("found", found), ("options", &options)]);
            if let Some(own) = cx.satker().filter(|own| candidates.iter().any(|s| s.slug == own.slug)) {
                let args = [("expected", own.institution.as_str())];
                let edit = Edit::replace(span, own.institution.as_str());
                finding = finding.with_fix(Fix::unsafe_(cx.text(&FIX, &args), vec![edit]));
            }
            out.push(finding);
        }
    }
}

/// Whether the text between `from` and the word at `index` is exactly one space.
fn one_space_before(doc: &Document<'_>, index: usize, from: usize) -> bool {
    doc.words
        .get(index)
        .is_some_and(|w| w.span.start >= from && doc.source[from..w.span.start] == *" ")
}

/// The level word right after `KPU` (word `index`, `KPU` ending at `from`).
fn level_after(doc: &Document<'_>, index: usize, from: usize) -> Option<LevelWord> {
    if !one_space_before(doc, index, from) {
        return None;
    }
    let word = doc.words[index].span;
    let text = doc.text(word);
    // An ASCII word is compared as if lowered, without a copy.
    let lower = if text.is_ascii() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.to_lowercase())
    };
    let is = |forms: &[&str]| forms.iter().any(|form| form.eq_ignore_ascii_case(&lower));
    let (level, right, right_lower) = if is(&["provinsi", "propinsi", "prov"]) {
        (Level::Provinsi, "Provinsi", "provinsi")
    } else if is(&["kabupaten", "kab"]) {
        (Level::Kabupaten, "Kabupaten", "kabupaten")
    } else if is(&["kota"]) {
        (Level::Kota, "Kota", "kota")
    } else {
        return None;
    };
    let dotted = doc.source[word.end..].starts_with('.');
    let span = Span::new(word.start, word.end + usize::from(dotted));
    let written = doc.text(span);
    // Keep a lower-case generic mention lower case (`KPU propinsi` → `KPU provinsi`).
    let right = if written.starts_with(char::is_lowercase) {
        right_lower
    } else {
        right
    };
    let respelt = (!written.eq_ignore_ascii_case(right)).then_some(right);
    Some(LevelWord { span, level, respelt })
}

/// The longest gazetteer name made of the words from `index` on (joined by single
/// spaces), with its end offset and the satker of that name.
fn region_after(doc: &Document<'_>, index: usize, from: usize) -> Option<(usize, &'static [&'static Satker])> {
    if !one_space_before(doc, index, from) {
        return None;
    }
    let mut longest = None;
    let mut end = from;
    let start = doc.words[index].span.start;
    for j in index..(index + regions::max_words()).min(doc.words.len()) {
        if j > index && !one_space_before(doc, j, end) {
            break;
        }
        end = doc.words[j].span.end;
        // The words are joined by single spaces: the name is the source text itself.
        let found = regions::named(&doc.source[start..end]);
        if !found.is_empty() {
            longest = Some((end, found));
        }
    }
    longest
}
