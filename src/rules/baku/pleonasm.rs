//! `baku/pleonasm`: two words that say the same thing: `adalah merupakan`, `agar supaya`,
//! `demi untuk`, `sangat penting sekali`, `para hadirin-hadirin`.

use super::gap;
use crate::case::match_case;
use crate::diagnostic::{Edit, Fix};
use crate::document::Document;
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Pleonasm;
    id: "baku/pleonasm",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Pleonasme: dua kata yang bermakna sama", "Pleonasm: two words that mean the same"),
    what: (
        "Kalimat efektif tidak memakai dua kata yang maknanya sama berdampingan (pleonasme): `adalah merupakan` (cukup `merupakan` atau `adalah`), `agar supaya` (`agar`), `demi untuk` (`demi`), `sangat penting sekali` (`sangat penting` atau `penting sekali`), dan `para` di depan kata ulang sebutan orang (`para hadirin-hadirin` → `para hadirin`, karena `para` sudah menyatakan jamak; `rata-rata` bukan bentuk jamak). `sekali lagi` dan `sekali pun` tidak ditandai.",
        "Effective sentences do not put two words of the same meaning side by side (pleonasm): `adalah merupakan` (`merupakan` or `adalah` is enough), `agar supaya` (`agar`), `demi untuk` (`demi`), `sangat penting sekali` (`sangat penting` or `penting sekali`), and `para` before a reduplicated noun for people (`para hadirin-hadirin` → `para hadirin`, since `para` already makes it plural; `rata-rata` is no plural). `sekali lagi` and `sekali pun` are not flagged.",
    ),
    why: (
        "Kata yang berlebih memperpanjang kalimat tanpa menambah makna; siaran pers lembaga negara memakai kalimat efektif.",
        "The extra word lengthens the sentence without adding meaning; releases of a state institution use effective sentences.",
    ),
    fix_safety: (
        "Perbaikan tidak aman: kata yang berlebih dihapus; pilihan kata lain tetap terbuka bagi penulis.",
        "Unsafe fix: the extra word is removed; the writer may prefer the other choice.",
    ),
    examples: [
        Example {
            bad: "Pemilu adalah merupakan sarana kedaulatan rakyat.",
            good: "Pemilu merupakan sarana kedaulatan rakyat.",
        },
        Example {
            bad: "Para hadirin-hadirin diminta datang lebih awal agar supaya acara sangat lancar sekali.",
            good: "Para hadirin diminta datang lebih awal agar acara sangat lancar. Sekali lagi, terima kasih.",
        },
    ],
    messages: {
        MESSAGE = (
            "Pleonasme: '{found}' memakai dua kata yang bermakna sama; cukup '{right}'",
            "Pleonasm: '{found}' uses two words that mean the same; '{right}' is enough",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// Two words in a row and the one that stays.
const PAIRS: &[(&str, &str, &str)] = &[
    ("adalah", "merupakan", "merupakan"),
    ("agar", "supaya", "agar"),
    ("demi", "untuk", "demi"),
];

impl Rule for Pleonasm {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        // Every pleonasm here opens with one of the openers, which the lexicon marks.
        for (index, word) in doc.checked_words_with(lexicon::PLEONASM) {
            let text = doc.text(word.span);
            let Some((span, right)) = pair(doc, index, text)
                .or_else(|| sangat_sekali(doc, index, text))
                .or_else(|| para_reduplication(doc, index, text))
            else {
                continue;
            };
            let found = doc.text(span);
            let right = match_case(found, &right);
            let args = [("found", found), ("right", right.as_str())];
            let edit = Edit::replace(span, right.as_str());
            out.push(
                cx.finding(&META, span, &MESSAGE, &args)
                    .with_fix(Fix::unsafe_(cx.text(&FIX, &args), vec![edit])),
            );
        }
    }
}

/// The word `offset` places after `index`, when only one space stands before it.
fn next_word<'a>(doc: &Document<'a>, index: usize, offset: usize) -> Option<(Span, &'a str)> {
    let (before, word) = (doc.words.get(index + offset - 1)?, doc.words.get(index + offset)?);
    (gap(doc, before, word) == " " && word.is_checked()).then(|| (word.span, doc.text(word.span)))
}

/// `adalah merupakan` → `merupakan`.
fn pair(doc: &Document<'_>, index: usize, text: &str) -> Option<(Span, String)> {
    let (next, second) = next_word(doc, index, 1)?;
    let &(_, _, keep) = PAIRS
        .iter()
        .find(|(a, b, _)| text.eq_ignore_ascii_case(a) && second.eq_ignore_ascii_case(b))?;
    Some((Span::new(doc.words[index].span.start, next.end), keep.to_string()))
}

/// `sangat penting sekali` → `sangat penting`; not `sangat penting sekali lagi`.
fn sangat_sekali(doc: &Document<'_>, index: usize, text: &str) -> Option<(Span, String)> {
    if !text.eq_ignore_ascii_case("sangat") {
        return None;
    }
    let (_, middle) = next_word(doc, index, 1)?;
    let (end, last) = next_word(doc, index, 2)?;
    if !last.eq_ignore_ascii_case("sekali") || !middle.chars().all(|c| c.is_lowercase()) {
        return None;
    }
    let continues = next_word(doc, index, 3).is_some_and(|(_, after)| {
        ["lagi", "pun", "setahun", "sebulan", "seminggu", "sehari"].contains(&after.to_lowercase().as_str())
    });
    (!continues).then(|| {
        (
            Span::new(doc.words[index].span.start, end.end),
            format!("{text} {middle}"),
        )
    })
}

/// Nouns for people that `para` makes plural, so that `para` before their reduplication is
/// a pleonasm; other reduplications are no plurals (`rata-rata`, `undang-undang`).
const PEOPLE: &[&str] = &[
    "anggota",
    "bapak",
    "guru",
    "hadirin",
    "ibu",
    "kader",
    "kepala",
    "mahasiswa",
    "pejabat",
    "pelajar",
    "pemilih",
    "pemuda",
    "peserta",
    "petugas",
    "relawan",
    "siswa",
    "tamu",
    "tokoh",
    "warga",
];

/// `para hadirin-hadirin` → `para hadirin`.
fn para_reduplication(doc: &Document<'_>, index: usize, text: &str) -> Option<(Span, String)> {
    if !text.eq_ignore_ascii_case("para") {
        return None;
    }
    let (end, noun) = next_word(doc, index, 1)?;
    let (first, second) = noun.split_once('-')?;
    let person = PEOPLE.contains(&first);
    (person && first == second).then(|| {
        (
            Span::new(doc.words[index].span.start, end.end),
            format!("{text} {first}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;
    use proptest::prelude::*;

    proptest! {
        /// The rule visits only the words the lexicon marks as openers, yet flags all
        /// that the judgement flags when every word is visited.
        #[test]
        fn the_openers_hold_every_pleonasm(
            text in "((adalah|ADALAH|Agar|agar|demi|Demi|para|PARA|sangat|Sangat|merupakan|supaya|untuk|penting|sekali|lagi|hadirin-hadirin|siswa-siswi|adalahnya|agaR|s\u{212A}ali)( |  |, |\n|-))*"
        ) {
            let source = format!("Judul\n{text}");
            let doc = Document::parse(&source, SourceKind::Text);
            let flagged = crate::rules::test_kit::spans_flagged(&Pleonasm, &doc);
            let every_word: Vec<Span> = (0..doc.words.len())
                .filter(|&i| doc.words[i].is_checked())
                .filter_map(|i| {
                    let text = doc.text(doc.words[i].span);
                    pair(&doc, i, text)
                        .or_else(|| sangat_sekali(&doc, i, text))
                        .or_else(|| para_reduplication(&doc, i, text))
                        .map(|(span, _)| span)
                })
                .collect();
            prop_assert_eq!(flagged, every_word);
        }
    }

    fn found(paragraph: &str) -> Vec<(String, String)> {
        let src = format!("Judul\n{paragraph}");
        let doc = Document::parse(&src, SourceKind::Text);
        (0..doc.words.len())
            .filter_map(|i| {
                let text = doc.text(doc.words[i].span);
                super::pair(&doc, i, text)
                    .or_else(|| super::sangat_sekali(&doc, i, text))
                    .or_else(|| super::para_reduplication(&doc, i, text))
                    .map(|(span, right)| (doc.text(span).to_string(), right))
            })
            .collect()
    }

    #[test]
    fn every_opener_is_marked() {
        let openers = PAIRS.iter().map(|(first, _, _)| *first).chain(["sangat", "para"]);
        for opener in openers {
            for written in [opener.to_string(), opener.to_uppercase()] {
                assert_ne!(lexicon::roles(&written) & lexicon::PLEONASM, 0, "{written}");
            }
        }
    }

    #[test]
    fn pleonasms_and_look_alikes() {
        assert_eq!(
            found("Ini adalah merupakan tugas, agar supaya tertib, demi untuk rakyat, sangat penting sekali bagi para peserta-peserta."),
            [
                ("adalah merupakan", "merupakan"),
                ("agar supaya", "agar"),
                ("demi untuk", "demi"),
                ("sangat penting sekali", "sangat penting"),
                ("para peserta-peserta", "para peserta"),
            ]
            .map(|(a, b)| (a.to_string(), b.to_string()))
        );
        for clean in [
            "Ini adalah tugas yang merupakan amanat.",
            "Ia sangat penting sekali lagi ditegaskan.",
            "Sangat Penting Sekali disebut dalam judul acara.",
            "Para siswa-siswi hadir, demi kepentingan bersama, agar tertib. Untuk itu, sekali lagi terima kasih.",
            "Agar, supaya jelas, demi, untuk.",
            "Nilai para rata-rata peserta naik; para undang-undang tidak ada.",
        ] {
            assert_eq!(found(clean), [], "{clean}");
        }
    }
}
