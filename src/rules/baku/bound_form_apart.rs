//! `baku/bound-form-apart`: a bound form written as a word of its own: `antar satker` →
//! `antarsatker`, `non tahapan` → `nontahapan`, `se Jawa Tengah` → `se-Jawa Tengah`.

use super::bound_base::{self, Usage};
use super::data::{bound_form, Join, Mode};
use super::spaced_apart;
use crate::case::{case_of, match_case, Case};
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
    fix: Sometimes,
    default_enabled: true,
    summary: (
        "Bentuk terikat (antar, non, pasca, se...) ditulis terpisah",
        "Bound form (antar, non, pasca, se...) written apart",
    ),
    what: (
        "Bentuk terikat seperti `antar`, `anti`, `multi`, `non`, `pasca`, `pra`, `se`, `semi`, `sub` ditulis serangkai dengan kata dasar berhuruf kecil (`antarsatker`, `nontahapan`, `pascapemilu`, `Subbagian`) dan dengan tanda hubung sebelum huruf kapital atau singkatan (`se-Jawa Tengah`, `non-ASN`, `pasca-Pemilu 2024`) (EYD V, Kata Turunan). Daftarnya ada di `rules/bound-forms.toml`. `ekstra` dan `tuna` hanya ditandai sebelum kata dasar yang terdaftar (`ekstra kurikuler`, `tuna netra`). Bentuk terikat tidak dirangkai dengan kata kerja (`pascamelakukan` bukan kata): `pasca melakukan` → `setelah melakukan`, `pra` → `sebelum`; bentuk terikat lain sebelum kata kerja ditandai tanpa perbaikan. Nama wilayah sesudah `se` dikenali dalam huruf apa pun (`se sulawesi Selatan` → `se-Sulawesi Selatan`, `se provinsi Sulawesi Utara` → `se-Provinsi Sulawesi Utara`). Di judul dan di awal kalimat huruf kapital kata dasar tidak menandai nama; cara badan berita menulis kata itu yang menentukan (`pasangan calon`: `Antarpasangan`; `Pemilu 2024`: `Pasca-Pemilu`), jadi perbaikan judul dan badan berita sama.",
        "Bound forms such as `antar`, `anti`, `multi`, `non`, `pasca`, `pra`, `se`, `semi`, `sub` are joined to a lowercase base (`antarsatker`, `nontahapan`, `pascapemilu`, `Subbagian`) and take a hyphen before a capital letter or an abbreviation (`se-Jawa Tengah`, `non-ASN`, `pasca-Pemilu 2024`) (EYD V, derived words). The list is `rules/bound-forms.toml`. `ekstra` and `tuna` are flagged only before listed bases (`ekstra kurikuler`, `tuna netra`). A bound form never joins a verb (`pascamelakukan` is no word): `pasca melakukan` → `setelah melakukan`, `pra` → `sebelum`; other bound forms before a verb are flagged without a fix. A region name after `se` is recognised in any case (`se sulawesi Selatan` → `se-Sulawesi Selatan`, `se provinsi Sulawesi Utara` → `se-Provinsi Sulawesi Utara`). In a headline and at a sentence start the base's capital says nothing about names; how the body writes the word decides (`pasangan calon`: `Antarpasangan`; `Pemilu 2024`: `Pasca-Pemilu`), so headline and body fixes agree.",
    ),
    why: (
        "Ini ejaan baku (EYD V, kata turunan); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, derived words); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "`antar` juga kata kerja (`layanan antar jemput`), jadi hanya kata dasar yang terdaftar mendapat perbaikan aman; `antara` adalah kata lain. `se` sebelum huruf kecil diperbaiki tidak otomatis, karena sering maksudnya `se-` + nama (`se-Kabupaten Kendal`), kecuali nama wilayah yang dikenal daftar wilayah. Saran `setelah`/`sebelum` tidak otomatis, dan tanpa petunjuk dari badan berita kata dasar di judul dianggap kata umum dengan perbaikan tidak aman.",
        "`antar` is also a verb (`layanan antar jemput`), so only listed bases get a safe fix; `antara` is another word. `se` before a lowercase word gets no automatic fix, as `se-` + a name is often meant (`se-Kabupaten Kendal`), unless the gazetteer knows the region name. The `setelah`/`sebelum` suggestion is unsafe, and with no evidence from the body a headline's base is taken for a common word, with an unsafe fix.",
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
        VERB = (
            "Bentuk terikat '{prefix}' hanya dirangkai dengan kata benda; sebelum kata kerja tulis '{right}'",
            "The bound form '{prefix}' joins nouns only; before a verb write '{right}'",
        ),
        ALONE = (
            "Bentuk terikat '{prefix}' tidak berdiri sendiri dan tidak dirangkai dengan '{base}'; periksa kalimatnya",
            "The bound form '{prefix}' does not stand alone and does not join '{base}'; check the sentence",
        ),
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
            let Some(next) = doc.words.get(index + 1).filter(|n| !n.in_address()) else {
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
            let opens = word.sentence_start() || word.region == Region::Headline;
            if prefix_case == Case::Title && !listed && (form.name || !opens) {
                continue;
            }
            let gap_span = Span::new(word.span.end, next.span.start);
            let mut span = Span::new(word.span.start, next.span.end);
            // `ekstra`, `semi` before a verb are the free words: nothing to judge.
            if bound_base::is_verb(&base_lower) && form.mode == Mode::Listed {
                continue;
            }
            if bound_base::is_verb(&base_lower) {
                // `pasca melakukan`: no word `pascamelakukan`; the meaning is `setelah`.
                // Other bound forms have no such word: the sentence needs a look.
                let instead = bound_base::before_verb(&form.prefix).filter(|_| form.mode == Mode::Bound);
                let Some(instead) = instead else {
                    let args = [("prefix", form.prefix.as_str()), ("base", base)];
                    out.push(cx.finding(&META, span, &ALONE, &args));
                    continue;
                };
                let right = match_case(prefix, instead);
                let args = [("prefix", form.prefix.as_str()), ("right", right.as_str())];
                let fix = Fix::unsafe_(cx.text(&FIX, &args), vec![Edit::replace(word.span, right.as_str())]);
                out.push(cx.finding(&META, span, &VERB, &args).with_fix(fix));
                continue;
            }
            // In a headline or at a sentence start the base's capital says nothing; how the
            // body writes it does (`pasangan calon`: `Antarpasangan`; `Pemilu 2024`:
            // `Pasca-Pemilu`), so headline and body get the same fix.
            let usage = if opens && case_of(base) == Case::Title && form.prefix != "se" {
                bound_base::usage(doc, &form.prefix, &base_lower, index + 1)
            } else {
                Usage::Unknown
            };
            let region = (form.prefix == "se" && case_of(base) == Case::Lower)
                .then(|| bound_base::region_name(doc, index + 1))
                .flatten();
            let (message, right, edits, certain) = match (region, prefix_case, case_of(base)) {
                // `se sulawesi Selatan`, `se provinsi Sulawesi Utara`: `se-` + a region
                // name the gazetteer knows, written as it writes it.
                (Some(region), ..) => {
                    span.end = doc.words[region.end].span.end;
                    let mut edits = vec![Edit::replace(gap_span, "-")];
                    let mut right = format!("{prefix}-");
                    for (i, w) in doc.words[index + 1..=region.end].iter().enumerate() {
                        let written = region.edits.iter().find(|e| e.0 == w.span).map(|e| e.1.as_str());
                        right.push_str(if i > 0 { " " } else { "" });
                        right.push_str(written.unwrap_or(doc.text(w.span)));
                    }
                    edits.extend(region.edits.into_iter().map(|(s, r)| Edit::replace(s, r)));
                    (&HYPHEN, right, edits, region.capitalised)
                }
                (None, _, Case::Lower) => {
                    let join = form.joins(&base_lower);
                    if join == Join::No {
                        continue;
                    }
                    // `se kabupaten` may stand for `se-Kabupaten X`.
                    let certain = join == Join::Certain && form.prefix != "se";
                    (&JOIN, format!("{prefix}{base}"), vec![Edit::delete(gap_span)], certain)
                }
                (None, Case::Title, Case::Title) if usage == Usage::Name => (
                    &HYPHEN,
                    format!("{prefix}-{base}"),
                    vec![Edit::replace(gap_span, "-")],
                    form.mode == Mode::Bound,
                ),
                // The body writes the base in lower case: a common word. With no evidence,
                // a headline's base is taken for one too (most are), but not for sure.
                (None, Case::Title, Case::Title)
                    if form.prefix != "se"
                        && form.joins(&base_lower) != Join::No
                        && (usage == Usage::Lower
                            || usage == Usage::Unknown && !listed && word.region == Region::Headline) =>
                {
                    let edits = vec![Edit::delete(gap_span), Edit::replace(next.span, base_lower.as_str())];
                    let certain = usage == Usage::Lower && form.joins(&base_lower) == Join::Certain;
                    (&JOIN, format!("{prefix}{base_lower}"), edits, certain)
                }
                // `Sub Bagian` in a name or a headline: `Subbagian`. Not `Se Kota Semarang`:
                // `se` before a region word starts a name (`se-Kota Semarang`), so it takes
                // the hyphen below, as in the body; `Sekota` would damage the text.
                (None, Case::Title, Case::Title) if listed && form.prefix != "se" => {
                    let edits = vec![Edit::delete(gap_span), Edit::replace(next.span, base_lower.as_str())];
                    (&JOIN, format!("{prefix}{base_lower}"), edits, true)
                }
                _ if form.mode == Mode::Listed => continue,
                (None, prefix_case, _) => {
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
            out.push(cx.finding(&META, span, message, &args).with_fix(fix));
        }
    }
}
