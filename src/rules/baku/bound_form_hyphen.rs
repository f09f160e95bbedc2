//! `baku/bound-form-hyphen`: a bound form with a needless hyphen (`antar-lembaga` →
//! `antarlembaga`) or a capital mid-sentence (`KPU kabupaten/kota Se-Jawa Tengah` →
//! `se-Jawa Tengah`).

use super::data::{bound_form, Join, Mode};
use crate::case::{case_of, Case};
use crate::diagnostic::{Edit, Fix};
use crate::document::Region;
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct BoundFormHyphen;
    id: "baku/bound-form-hyphen",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Bentuk terikat dengan tanda hubung yang tidak perlu atau berhuruf kapital",
        "Bound form with a needless hyphen or a capital",
    ),
    what: (
        "Tanda hubung setelah bentuk terikat hanya dipakai sebelum huruf kapital atau singkatan (`se-Jawa Tengah`, `non-ASN`); sebelum huruf kecil bentuk terikat ditulis serangkai: `antar-lembaga` → `antarlembaga`, `non-aktif` → `nonaktif`, `pasca-pemilu` → `pascapemilu` (EYD V, Kata Turunan). Di tengah kalimat bentuk terikatnya tetap berhuruf kecil: `KPU kabupaten/kota Se-Bali` → `se-Bali`.",
        "A hyphen after a bound form is used only before a capital letter or an abbreviation (`se-Jawa Tengah`, `non-ASN`); before a lowercase word the bound form is joined: `antar-lembaga` → `antarlembaga`, `non-aktif` → `nonaktif`, `pasca-pemilu` → `pascapemilu` (EYD V, derived words). Mid-sentence the bound form stays lowercase: `KPU kabupaten/kota Se-Bali` → `se-Bali`.",
    ),
    why: (
        "Ini ejaan baku (EYD V, kata turunan); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, derived words); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Daftarnya ada di `rules/bound-forms.toml`; `antar` dan `se` sebelum huruf kecil diperbaiki tidak otomatis kecuali kata dasarnya terdaftar.",
        "The list is `rules/bound-forms.toml`; `antar` and `se` before a lowercase word get no automatic fix unless the base is listed.",
    ),
    examples: [
        Example {
            bad: "Forum ini menjadi ajang koordinasi antar-lembaga.",
            good: "Forum ini menjadi ajang koordinasi antarlembaga bagi pegawai nonaktif.",
        },
        Example {
            bad: "Rapat diikuti operator KPU kabupaten/kota Se-Jawa Tengah.",
            good: "Rapat diikuti operator KPU kabupaten/kota se-Jawa Tengah.",
        },
    ],
    messages: {
        JOIN = (
            "Bentuk terikat '{prefix}' ditulis serangkai tanpa tanda hubung: '{right}'",
            "The bound form '{prefix}' is joined without a hyphen: '{right}'",
        ),
        LOWER = (
            "Bentuk terikat '{prefix}' di tengah kalimat ditulis dengan huruf kecil: '{right}'",
            "The bound form '{prefix}' is lowercase mid-sentence: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

impl Rule for BoundFormHyphen {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for (_, word) in doc.checked_words_with(lexicon::HYPHENATED) {
            let text = doc.text(word.span);
            // Most words have no hyphen: a byte search rules them out cheaply.
            let Some(hyphen_at) = text.bytes().position(|b| b == b'-') else {
                continue;
            };
            let (prefix, base) = (&text[..hyphen_at], &text[hyphen_at + 1..]);
            let Some(form) = bound_form(prefix) else {
                continue;
            };
            let prefix_case = case_of(prefix);
            let hyphen = Span::new(word.span.start + prefix.len(), word.span.start + prefix.len() + 1);
            let first_part = base.split('-').next().unwrap_or(base);
            let (message, right, edits, certain) = match case_of(base) {
                Case::Lower if prefix_case != Case::Upper => {
                    let join = form.joins(first_part);
                    if join == Join::No {
                        continue;
                    }
                    let certain = join == Join::Certain && form.prefix != "se";
                    (&JOIN, format!("{prefix}{base}"), vec![Edit::delete(hyphen)], certain)
                }
                Case::Title | Case::Upper
                    if prefix_case == Case::Title
                        && form.mode != Mode::Listed
                        && !word.sentence_start()
                        && word.region != Region::Headline =>
                {
                    let lower = prefix.to_lowercase();
                    let prefix_span = Span::new(word.span.start, word.span.start + prefix.len());
                    (
                        &LOWER,
                        format!("{lower}-{base}"),
                        vec![Edit::replace(prefix_span, lower.as_str())],
                        true,
                    )
                }
                _ => continue,
            };
            let args = [("prefix", form.prefix.as_str()), ("right", right.as_str())];
            let title = cx.text(&FIX, &args);
            let fix = if certain {
                Fix::safe(title, edits)
            } else {
                Fix::unsafe_(title, edits)
            };
            out.push(cx.finding(&META, word.span, message, &args).with_fix(fix));
        }
    }
}
