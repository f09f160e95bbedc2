//! `baku/ordinal`: the ordinal `ke-` with a number written apart or joined: `ke 4`,
//! `ke - 4`, `ke4` → `ke-4`, while the preposition stays (`dikirim ke 12 kelurahan`).

use super::gap;
use super::initials::Initials;
use crate::case::match_case;
use crate::diagnostic::{Edit, Fix};
use crate::document::Document;
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Ordinal;
    id: "baku/ordinal",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Bilangan tingkat ke- tanpa tanda hubung", "Ordinal ke- without its hyphen"),
    what: (
        "Bilangan tingkat yang ditulis dengan angka memakai `ke-` dan tanda hubung: `HUT ke-80`, `tahap ke-2`, `rapat pleno ke-3` (EYD V, Angka dan Bilangan; Tanda Hubung). Ditandai: `ke - 4` dan `ke -4` (tanda hubung berspasi), `ke4` dan `ke 4` sesudah kata yang lazim diikuti bilangan tingkat (`HUT`, `tahun`, `hari`, `tahap`, `putaran`, `pleno`, ...; `hari`, `minggu`, `pekan`, `tahun` tidak bila didahului jumlah: `tiga hari ke 12 desa`). Tidak ditandai: kata depan `ke` di depan bilangan yang menghitung sesuatu (`dikirim ke 12 kelurahan`, `naik dari 5 ke 10 persen`): bila kata sebelumnya tidak memastikan bilangan tingkat, aturan ini diam.",
        "An ordinal written with digits takes `ke-` and a hyphen: `HUT ke-80`, `tahap ke-2`, `rapat pleno ke-3` (EYD V, numbers; hyphen). Flagged: `ke - 4` and `ke -4` (a spaced hyphen), and `ke4` and `ke 4` after a word that takes an ordinal (`HUT`, `tahun`, `hari`, `tahap`, `putaran`, `pleno`, ...; `hari`, `minggu`, `pekan`, `tahun` not after a quantity: `tiga hari ke 12 desa`). Not flagged: the preposition `ke` before a number that counts something (`dikirim ke 12 kelurahan`, `naik dari 5 ke 10 persen`): when the word before does not make it an ordinal, the rule stays silent.",
    ),
    why: (
        "Ini ejaan baku (EYD V, bilangan; tanda hubung); tanpa tanda hubung, `ke 4` terbaca sebagai kata depan.",
        "This is the standard spelling (EYD V, numbers; hyphen); without the hyphen, `ke 4` reads as the preposition.",
    ),
    fix_safety: ("Perbaikan aman: `ke-4`.", "Safe fix: `ke-4`."),
    examples: [
        Example {
            bad: "Peringatan HUT ke 80 RI digelar bersamaan dengan rapat pleno ke - 3.",
            good: "Peringatan HUT ke-80 RI digelar bersamaan dengan rapat pleno ke-3.",
        },
        Example {
            bad: "Memasuki hari ke4 pelaksanaan, logistik dikirim ke 12 kelurahan.",
            good: "Memasuki hari ke-4 pelaksanaan, logistik dikirim ke 12 kelurahan.",
        },
    ],
    messages: {
        MESSAGE = (
            "Bilangan tingkat ditulis dengan tanda hubung: '{right}'",
            "An ordinal number takes a hyphen: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// Words after which `ke` and a number is an ordinal (`HUT ke 80`, `tahap ke 2`), not the
/// preposition before a count of places (`ke 12 kelurahan`).
const TAKES_ORDINAL: &[&str] = &[
    "angkatan",
    "babak",
    "edisi",
    "gelombang",
    "hari",
    "hut",
    "jilid",
    "lantai",
    "minggu",
    "pekan",
    "pemilu",
    "periode",
    "peringatan",
    "peringkat",
    "pertemuan",
    "pleno",
    "putaran",
    "rapat",
    "seri",
    "sesi",
    "sidang",
    "tahap",
    "tahapan",
    "tahun",
    "termin",
    "urutan",
];
/// Time words that also measure a stay (`tiga hari ke 12 desa`): an ordinal only when no
/// quantity stands before them.
const DURATIONS: &[&str] = &["hari", "minggu", "pekan", "tahun"];
const QUANTITIES: &[&str] = &[
    "beberapa", "dua", "empat", "enam", "lima", "per", "satu", "selama", "sembilan", "sepuluh", "setiap", "tiap",
    "tiga", "tujuh", "delapan",
];

impl Rule for Ordinal {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        // Most words are not `ke` or `ke4`: only those are visited.
        for &index in &cx.memo(Initials::of).ke {
            let index = index as usize;
            let word = &doc.words[index];
            if !word.is_checked() {
                continue;
            }
            let text = doc.text(word.span);
            let Some((span, number)) = ordinal(doc, index, text) else {
                continue;
            };
            let right = format!("{}-{number}", match_case(&text[..2], "ke"));
            let args = [("right", right.as_str())];
            out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(Fix::safe(
                cx.text(&FIX, &args),
                vec![Edit::replace(span, right.as_str())],
            )));
        }
    }
}

/// The span of a misspelt ordinal starting at word `index` and its number.
fn ordinal<'a>(doc: &Document<'a>, index: usize, text: &'a str) -> Option<(Span, &'a str)> {
    let word = &doc.words[index];
    let (ke, rest) = text.split_at_checked(2)?;
    if !ke.eq_ignore_ascii_case("ke") {
        return None;
    }
    let after_ordinal_word = || {
        let before = |i: usize, w: &crate::document::Word| {
            i.checked_sub(1)
                .and_then(|p| doc.words.get(p))
                .filter(|prev| gap(doc, prev, w) == " ")
                .map(|prev| doc.text(prev.span).to_lowercase())
        };
        let Some(noun) = before(index, word) else {
            return false;
        };
        let measured = DURATIONS.contains(&noun.as_str())
            && before(index - 1, &doc.words[index - 1])
                .is_some_and(|q| QUANTITIES.contains(&q.as_str()) || q.chars().all(|c| c.is_ascii_digit()));
        TAKES_ORDINAL.contains(&noun.as_str()) && !measured
    };
    if !rest.is_empty() {
        // `ke4`: joined.
        let digits = rest.chars().all(|c| c.is_ascii_digit());
        return (digits && after_ordinal_word()).then_some((word.span, rest));
    }
    let next = doc.words.get(index + 1)?;
    let number = doc.text(next.span);
    if !number.chars().all(|c| c.is_ascii_digit()) || !next.is_checked() {
        return None;
    }
    // A number glued to what follows (`ke 2.000`, `ke 10,5`) is a count or a measure.
    if doc.source[next.span.end..].starts_with(['.', ','])
        && doc.source[next.span.end + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let between = gap(doc, word, next);
    let hyphen = matches!(between, " - " | " -" | "- ");
    let certain = hyphen || (between == " " && after_ordinal_word());
    certain.then_some((Span::new(word.span.start, next.span.end), number))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;
    use proptest::prelude::*;

    proptest! {
        /// The rule visits only `ke` and `ke` + a digit, yet flags every ordinal that
        /// [`ordinal`] finds when every word is visited.
        #[test]
        fn the_ke_words_hold_every_ordinal(
            text in "((ke|KE|Ke|ke4|Ke12|kE2024|ke-5|kepada|k|keX|tahap|HUT|hari|tiga|12|2.000|\u{212A}e)( |  | - | -|- |, |\n|.))*"
        ) {
            let source = format!("Judul\n{text}");
            let doc = Document::parse(&source, SourceKind::Text);
            let flagged = crate::rules::test_kit::spans_flagged(&Ordinal, &doc);
            let every_word: Vec<Span> = (0..doc.words.len())
                .filter(|&i| doc.words[i].is_checked())
                .filter_map(|i| ordinal(&doc, i, doc.text(doc.words[i].span)).map(|(span, _)| span))
                .collect();
            prop_assert_eq!(flagged, every_word);
        }
    }

    fn found(paragraph: &str) -> Vec<String> {
        let src = format!("Judul\n{paragraph}");
        let doc = Document::parse(&src, SourceKind::Text);
        (0..doc.words.len())
            .filter_map(|i| super::ordinal(&doc, i, doc.text(doc.words[i].span)))
            .map(|(span, _)| doc.text(span).to_string())
            .collect()
    }

    #[test]
    fn ordinals_and_prepositions() {
        assert_eq!(
            found("HUT ke 80, tahap ke4, pleno ke - 3, sidang ke -2 dan Tahun Ke 5."),
            ["ke 80", "ke4", "ke - 3", "ke -2", "Ke 5"]
        );
        for clean in [
            "Logistik dikirim ke 12 kelurahan dan ke 3 kecamatan.",
            "Partisipasi naik dari 70 ke 80 persen.",
            "Hari ke-2, tahun ke-3, ketua, ke TPS, ke2 kelurahan.",
            "Surat dikirim hari ini ke 2.000 pemilih.",
            "Tim berkeliling selama tiga hari ke 12 desa, tiap tahun ke 3 daerah, 2 minggu ke 4 kota.",
        ] {
            assert_eq!(found(clean), Vec::<String>::new(), "{clean}");
        }
    }
}
