//! `baku/bound-form-apart`: a bound form written as a word of its own: `antar satker` →
//! `antarsatker`, `non tahapan` → `nontahapan`, `se Jawa Tengah` → `se-Jawa Tengah`.

use super::data::{bound_form, Join, Mode};
use super::spaced_apart;
use crate::case::{case_of, Case};
use crate::diagnostic::{Edit, Fix};
use crate::document::Region;
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct BoundFormApart;
    id: "baku/bound-form-apart",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Bentuk terikat (antar, non, pasca, se...) ditulis terpisah",
        "Bound form (antar, non, pasca, se...) written apart",
    ),
    what: (
        "Bentuk terikat seperti `antar`, `anti`, `multi`, `non`, `pasca`, `pra`, `se`, `semi`, `sub` ditulis serangkai dengan kata dasar berhuruf kecil (`antarsatker`, `nontahapan`, `pascapemilu`, `Subbagian`) dan dengan tanda hubung sebelum huruf kapital atau singkatan (`se-Jawa Tengah`, `non-ASN`, `pasca-Pemilu 2024`) (EYD V, Kata Turunan). Daftarnya ada di `rules/bound-forms.toml`. `ekstra` dan `tuna` hanya ditandai sebelum kata dasar yang terdaftar (`ekstra kurikuler`, `tuna netra`).",
        "Bound forms such as `antar`, `anti`, `multi`, `non`, `pasca`, `pra`, `se`, `semi`, `sub` are joined to a lowercase base (`antarsatker`, `nontahapan`, `pascapemilu`, `Subbagian`) and take a hyphen before a capital letter or an abbreviation (`se-Jawa Tengah`, `non-ASN`, `pasca-Pemilu 2024`) (EYD V, derived words). The list is `rules/bound-forms.toml`. `ekstra` and `tuna` are flagged only before listed bases (`ekstra kurikuler`, `tuna netra`).",
    ),
    why: (
        "Ini ejaan baku (EYD V, kata turunan); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, derived words); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "`antar` juga kata kerja (`layanan antar jemput`), jadi hanya kata dasar yang terdaftar mendapat perbaikan aman; `antara` adalah kata lain. `se` sebelum huruf kecil diperbaiki tidak otomatis, karena sering maksudnya `se-` + nama (`se-Kabupaten Kendal`).",
        "`antar` is also a verb (`layanan antar jemput`), so only listed bases get a safe fix; `antara` is another word. `se` before a lowercase word gets no automatic fix, as `se-` + a name is often meant (`se-Kabupaten Kendal`).",
    ),
    examples: [
        Example {
            bad: "Webinar diikuti pegawai KPU kabupaten/kota se Jawa Tengah.",
            good: "Webinar diikuti pegawai KPU kabupaten/kota se-Jawa Tengah.",
        },
        Example {
            bad: "Mahasiswa dilibatkan dalam koordinasi antar satker.",
            good: "Mahasiswa dilibatkan dalam koordinasi antarsatker dan layanan antar jemput arsip, serta kerja sama antara KPU dan pemerintah daerah.",
        },
    ],
    messages: {
        JOIN = (
            "Bentuk terikat '{prefix}' ditulis serangkai dengan kata dasarnya: '{right}'",
            "The bound form '{prefix}' is joined to its base: '{right}'",
        ),
        HYPHEN = (
            "Bentuk terikat '{prefix}' sebelum huruf kapital ditulis dengan tanda hubung: '{right}'",
            "The bound form '{prefix}' takes a hyphen before a capital letter: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

impl Rule for BoundFormApart {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for (index, word) in doc.checked_words_with(lexicon::BOUND_PREFIX) {
            let prefix = doc.text(word.span);
            let Some(form) = bound_form(prefix) else {
                continue;
            };
            let prefix_case = case_of(prefix);
            if prefix_case == Case::Upper {
                continue;
            }
            let Some(next) = doc.words.get(index + 1).filter(|n| !n.in_address) else {
                continue;
            };
            if !spaced_apart(doc, word, next) {
                continue;
            }
            let base = doc.text(next.span);
            if !base.chars().all(|c| c.is_alphabetic() || c == '-') {
                continue;
            }
            let base_lower = base.to_lowercase();
            let listed = form.bases.contains(&base_lower);
            // A capitalised prefix mid-sentence, or one that is also a given name (`Anti`),
            // is most likely a name: only a listed base (`Sub Bagian`) is judged then.
            let opens = word.sentence_start || word.region == Region::Headline;
            if prefix_case == Case::Title && !listed && (form.name || !opens) {
                continue;
            }
            let gap_span = Span::new(word.span.end, next.span.start);
            let (message, right, edits, certain) = match (prefix_case, case_of(base)) {
                (_, Case::Lower) => {
                    let join = form.joins(&base_lower);
                    if join == Join::No {
                        continue;
                    }
                    // `se kabupaten` may stand for `se-Kabupaten X`.
                    let certain = join == Join::Certain && form.prefix != "se";
                    (&JOIN, format!("{prefix}{base}"), vec![Edit::delete(gap_span)], certain)
                }
                // `Sub Bagian` in a name or a headline: `Subbagian`. Not `Se Kota Semarang`:
                // `se` before a region word starts a name (`se-Kota Semarang`), so it takes
                // the hyphen below, as in the body; `Sekota` would damage the text.
                (Case::Title, Case::Title) if listed && form.prefix != "se" => {
                    let edits = vec![Edit::delete(gap_span), Edit::replace(next.span, base_lower.as_str())];
                    (&JOIN, format!("{prefix}{base_lower}"), edits, true)
                }
                _ if form.mode == Mode::Listed => continue,
                (prefix_case, _) => {
                    // A lowercase `se Jawa` is sure; `Se Jawa` opens a sentence or a headline.
                    let certain = form.mode == Mode::Bound && prefix_case == Case::Lower;
                    (
                        &HYPHEN,
                        format!("{prefix}-{base}"),
                        vec![Edit::replace(gap_span, "-")],
                        certain,
                    )
                }
            };
            let args = [("prefix", form.prefix.as_str()), ("right", right.as_str())];
            let title = cx.text(&FIX, &args);
            let fix = if certain {
                Fix::safe(title, edits)
            } else {
                Fix::unsafe_(title, edits)
            };
            let span = Span::new(word.span.start, next.span.end);
            out.push(cx.finding(&META, span, message, &args).with_fix(fix));
        }
    }
}
