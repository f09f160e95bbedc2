//! `spell/doubled-word`: the same word twice in a row (`yang yang`).

use std::sync::LazyLock;

use serde::Deserialize;

use crate::diagnostic::{Edit, Fix};
use crate::document::{Region, Word};
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

use crate::case::{cmp_ascii_lower, shape, Shape};

declare_rule! {
    pub struct DoubledWord;
    id: "spell/doubled-word",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    gives_way: true,
    summary: ("Kata yang sama tertulis dua kali berturut-turut", "The same word twice in a row"),
    what: (
        "Dua kata yang sama berturut-turut, dipisah satu spasi (`yang yang`), hampir selalu salah ketik: bahasa Indonesia menulis kata ulang dengan tanda hubung (`anak-anak`). Huruf kapital tidak dibedakan. Tidak ditandai: kata yang dipisah tanda baca atau baris baru, angka, dan dua kata berhuruf awal kapital di tengah kalimat (bisa jadi nama), kecuali di judul (semua kata berhuruf kapital di sana) dan kata yang hanya ada sebagai kata ulang (`Alun Alun` → `Alun-Alun`, perbaikan aman; daftar `reduplicated_only`).",
        "Two identical words in a row, one space apart (`yang yang`), are nearly always a typing slip: Indonesian writes reduplication with a hyphen (`anak-anak`). Case is ignored. Not flagged: words separated by punctuation or a line break, numbers, and two capitalised words in mid-sentence (possibly a name), except in the headline (where every word is capitalised) and words that exist only reduplicated (`Alun Alun` → `Alun-Alun`, a safe fix; list `reduplicated_only`).",
    ),
    why: (
        "Dua kata yang sama berturut-turut hampir selalu salah ketik.",
        "Two identical words in a row are nearly always a typing slip.",
    ),
    fix_safety: (
        "Untuk kata tugas yang tidak pernah diulang (`yang`, `dan`, `di`; daftar di rules/spell-doubled.toml) perbaikan aman menghapus kata kedua. Untuk kata lain yang dimaksud mungkin kata ulang (`masing masing`, `hati hati`): perbaikan tidak aman menulisnya dengan tanda hubung (`masing-masing`), dan tidak pernah menghapus kata, karena menghapus `masing` mengubah makna.",
        "For function words that never reduplicate (`yang`, `dan`, `di`; list in rules/spell-doubled.toml) the safe fix deletes the second word. For other words a reduplication may be meant (`masing masing`, `hati hati`): the unsafe fix writes it with a hyphen (`masing-masing`) and never deletes a word, since deleting `masing` changes the meaning.",
    ),
    examples: [
        Example {
            bad: "Pemilih muda merupakan kelompok yang yang jumlahnya cukup besar.",
            good: "Pemilih muda merupakan kelompok yang jumlahnya cukup besar.",
        },
        Example {
            bad: "Para peserta sangat sangat antusias mengikuti simulasi.",
            good: "Para peserta sangat antusias mengikuti simulasi. Mereka datang bersama-sama.",
        },
    ],
    messages: {
        MESSAGE = ("Kata '{word}' tertulis dua kali", "The word '{word}' is written twice"),
        FIX = ("Hapus '{word}' yang kedua", "Delete the second '{word}'"),
        HYPHEN = ("Tulis sebagai kata ulang: '{pair}'", "Write it as a reduplication: '{pair}'"),
        HELP = (
            "Jika kata itu tertulis dua kali karena salah ketik, hapus salah satunya",
            "If the word was typed twice by mistake, delete one of them",
        ),
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DoubledData {
    safe_to_delete: Vec<String>,
    reduplicated_only: Vec<String>,
    /// Read by the tests only.
    #[serde(rename = "examples", default)]
    _examples: serde::de::IgnoredAny,
}

#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
static DATA: LazyLock<DoubledData> = LazyLock::new(|| {
    serde_json::from_str(crate::house::data_file!("spell-doubled"))
        .expect("rules/spell-doubled.toml is valid (checked by tests)")
});

impl Rule for DoubledWord {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        // The first word that may complete a pair: after a finding, the word after it.
        let mut from = 1;
        // The lexicon marks the words that may repeat the one before.
        for (i, second) in doc.words_with(lexicon::REPEATS) {
            let Some(first) = i.checked_sub(1).filter(|_| i >= from).map(|j| &doc.words[j]) else {
                continue;
            };
            if !is_doubled(doc.source, first, second) {
                continue;
            }
            if out.is_full() {
                // A line of `kata kata kata …` (a paste gone wrong) stops here.
                out.cut_off();
                return;
            }
            let word = doc.text(second.span);
            let mut finding = cx.finding(
                &META,
                Span::new(first.span.start, second.span.end),
                &MESSAGE,
                &[("word", word)],
            );
            finding = if listed(&DATA.safe_to_delete, word) {
                let removed = Span::new(first.span.end, second.span.end);
                let title = cx.text(&FIX, &[("word", word)]);
                finding.with_fix(Fix::safe(title, vec![Edit::delete(removed)]))
            } else {
                // A reduplication written apart, or a slip: the hyphen keeps every word,
                // where deleting one (`Masing peserta`) would change the meaning.
                let gap = Span::new(first.span.end, second.span.start);
                let pair = format!("{}-{word}", doc.text(first.span));
                let title = cx.text(&HYPHEN, &[("pair", &pair)]);
                let edits = vec![Edit::replace(gap, "-")];
                if reduplicated_only(word) {
                    finding.with_fix(Fix::safe(title, edits))
                } else {
                    finding
                        .with_fix(Fix::unsafe_(title, edits))
                        .with_help(cx.text(&HELP, &[]))
                }
            };
            out.push(finding);
            // A tripled word gives one finding, not two overlapping ones.
            from = i + 2;
        }
    }
}

fn is_doubled(source: &str, first: &Word, second: &Word) -> bool {
    let one_space = second.span.start == first.span.end + 1 && source.as_bytes().get(first.span.end) == Some(&b' ');
    if first.in_address() || second.in_address() || !one_space {
        return false;
    }
    let (a, b) = (first.span.text(source), second.span.text(source));
    // Most neighbours differ in their ASCII initial: decided without lower-casing.
    if let (Some(x), Some(y)) = (a.bytes().next(), b.bytes().next()) {
        if x.is_ascii() && y.is_ascii() && !x.eq_ignore_ascii_case(&y) {
            return false;
        }
    }
    // Equal but for ASCII case, or (with letters beyond ASCII) equal in lower case.
    let same = a.eq_ignore_ascii_case(b)
        || (!(a.is_ascii() && b.is_ascii())
            && a.chars()
                .flat_map(char::to_lowercase)
                .eq(b.chars().flat_map(char::to_lowercase)));
    if !same || a.contains(char::is_numeric) {
        return false;
    }
    // `Bunga Bunga` in mid-sentence may be a name; at a sentence start it is a slip, and
    // in a headline every word is capitalised. `Alun Alun` is never a name: `alun` exists
    // only reduplicated.
    let both_title = shape(a) == Shape::Title && shape(b) == Shape::Title;
    !both_title || first.part_start() || first.region == Region::Headline || reduplicated_only(a)
}

/// Whether `word` exists only reduplicated (`alun-alun`).
fn reduplicated_only(word: &str) -> bool {
    listed(&DATA.reduplicated_only, word)
}

/// Whether the sorted lower-case `list` holds `word` in lower case: an ASCII word is
/// compared as if lowered, neither copied nor allocated (asked for every doubled word).
fn listed(list: &[String], word: &str) -> bool {
    if word.is_ascii() {
        list.binary_search_by(|w| cmp_ascii_lower(w, word)).is_ok()
    } else {
        let lower = word.to_lowercase();
        list.binary_search_by(|w| w.as_str().cmp(&lower)).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fix::FixMode;
    use crate::rules::test_kit::{assert_safe_fix, data_examples, findings, fixed_once};
    use crate::rules::Example;

    const ID: &str = "spell/doubled-word";

    /// The rule's findings in the template release around `paragraph`.
    fn found(paragraph: &str) -> Vec<crate::diagnostic::Finding> {
        findings(ID, &Example::release(paragraph))
    }

    #[test]
    fn data_is_sorted_unique_lower_case() {
        let words = &DATA.safe_to_delete;
        assert!(
            words.windows(2).all(|p| p[0] < p[1]),
            "rules/spell-doubled.toml: sort the list"
        );
        assert!(words.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
    }

    #[test]
    fn data_examples_get_a_safe_fix_that_gives_good() {
        let examples = data_examples(include_str!("../../../rules/spell-doubled.toml"));
        assert!(!examples.is_empty());
        for example in &examples {
            let bad = Example::release(&example.bad);
            assert_eq!(findings(ID, &bad).len(), 1, "{}", example.bad);
            assert_safe_fix(ID, &bad, &Example::release(&example.good));
        }
    }

    #[test]
    fn flags_doubles_across_one_space_ignoring_case() {
        assert_eq!(found("Ini yang yang kedua.").len(), 1);
        assert_eq!(found("Yang yang hadir senang.").len(), 1);
        assert_eq!(found("Anggota KPU KPU hadir.").len(), 1);
        assert_eq!(found("Mereka yang yang yang hadir.").len(), 1);
        let content = found("Peserta sangat sangat antusias.");
        assert_eq!(
            content[0].fix.as_ref().unwrap().applicability,
            crate::diagnostic::Applicability::Unsafe
        );
        assert!(content[0].help.is_some());
    }

    /// `Masing masing peserta` must never become `Masing peserta`: a word that may be
    /// reduplicated is hyphenated (unsafe; safe for `masing`, which exists only
    /// reduplicated), never deleted.
    #[test]
    fn a_possible_reduplication_is_hyphenated_never_deleted() {
        let src = &Example::release("Masing masing peserta diminta hati hati.");
        let findings = found("Masing masing peserta diminta hati hati.");
        let fixed: Vec<(String, crate::diagnostic::Applicability)> = findings
            .iter()
            .map(|f| {
                let applicability = f.fix.as_ref().unwrap().applicability;
                (fixed_once(src, std::slice::from_ref(f), FixMode::Unsafe), applicability)
            })
            .collect();
        let unsafe_ = crate::diagnostic::Applicability::Unsafe;
        // `masing` exists only reduplicated: its hyphen is certain.
        let safe = crate::diagnostic::Applicability::Safe;
        assert_eq!(
            fixed,
            [
                (
                    Example::release("Masing-masing peserta diminta hati hati.").into_owned(),
                    safe
                ),
                (
                    Example::release("Masing masing peserta diminta hati-hati.").into_owned(),
                    unsafe_
                ),
            ]
        );
        assert_eq!(
            findings[0].fix.as_ref().unwrap().title,
            "Tulis sebagai kata ulang: 'Masing-masing'"
        );
    }

    #[test]
    fn leaves_look_alikes_alone() {
        for text in [
            "Ia datang. Datang lagi besok.",
            "Hasilnya 10 10 kali.",
            "Mereka hadir bersama-sama.",
            "kata yang,  yang lain",
            "Tim Bunga Bunga tampil.",
            "Tempat yang\nyang lain.",
            "Lihat kpu.go.id kpu.go.id saja.",
        ] {
            assert!(found(text).is_empty(), "{text}");
        }
    }
}
