//! `baku/men-prefix`: meN- before a base that starts with k, p, t or s and a vowel
//! melts that consonant: `mensosialisasikan` → `menyosialisasikan`, `mempengaruhi` →
//! `memengaruhi`, `mentaati` → `menaati`; clusters stay (`memproduksi`, `mentransfer`).

use std::sync::LazyLock;

use serde::Deserialize;

use super::data::{self, PairOwner, WordPair};
use super::initials::Initials;
use super::{in_headline, in_proper_name};
use crate::case::{case_of, match_case, Case};
use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::lexicon::WordSet;
use crate::rules::{declare_rule, Context, Rule};
use crate::spell::Dictionary;

declare_rule! {
    pub struct MenPrefix;
    id: "baku/men-prefix",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Awalan meN- tanpa peluluhan k, p, t, s", "The prefix meN- without the melting of k, p, t, s"),
    what: (
        "Awalan meN- di depan kata dasar yang diawali k, p, t, atau s yang diikuti vokal meluluhkan huruf itu, juga pada kata serapan (EYD V, Kata Berimbuhan; KBBI): `menyosialisasikan`, `memengaruhi`, `menaati`, `mengoordinasikan`, `menyukseskan`, bukan `mensosialisasikan`, `mempengaruhi`, `mentaati`, `mengkoordinasikan`, `mensukseskan`. Gugus konsonan tidak luluh: `memproduksi`, `mentransfer`, `menstabilkan`, `mengkritik`, `mensyukuri`. Tidak ditandai: kata yang memang demikian (`mentari`, `menteri`, `mentega`), awalan per- (`memperhatikan`, `mempelajari`), pengecualian (`mengkaji`, `mempunyai`), dan kata berhuruf awal kapital di tengah kalimat (nama).",
        "The prefix meN- before a base that starts with k, p, t or s followed by a vowel melts that letter, in loan words too (EYD V, affixed words; KBBI): `menyosialisasikan`, `memengaruhi`, `menaati`, `mengoordinasikan`, `menyukseskan`, not `mensosialisasikan`, `mempengaruhi`, `mentaati`, `mengkoordinasikan`, `mensukseskan`. A consonant cluster does not melt: `memproduksi`, `mentransfer`, `menstabilkan`, `mengkritik`, `mensyukuri`. Not flagged: words that are written so (`mentari`, `menteri`, `mentega`), the prefix per- (`memperhatikan`, `mempelajari`), the exceptions (`mengkaji`, `mempunyai`), and capitalised words in mid-sentence (names).",
    ),
    why: (
        "Bentuk tanpa peluluhan termasuk kesalahan yang paling sering terlihat di siaran pers KPU; KBBI dan EYD V memakai bentuk yang luluh.",
        "The unmelted forms are among the mistakes seen most often in KPU releases; KBBI and EYD V use the melted forms.",
    ),
    fix_safety: (
        "Kata dasar dikenali dari daftar di `rules/men-prefix.toml` dan pasangan berjenis `luluh-KPST` di `rules/word-pairs.toml`; perbaikannya aman dan mempertahankan huruf kapital. Dengan kamus ejaan (`--spell`), kata dasar lain yang dikenal kamus juga diperiksa, dengan perbaikan tidak aman.",
        "Bases come from the list in `rules/men-prefix.toml` and the `luluh-KPST` pairs of `rules/word-pairs.toml`; the fix is safe and keeps the capitals. With the spelling dictionary (`--spell`), other bases the dictionary knows are checked too, with an unsafe fix.",
    ),
    examples: [
        Example {
            bad: "KPU terus mensosialisasi tahapan yang dapat mempengaruhi partisipasi pemilih.",
            good: "KPU terus menyosialisasikan tahapan yang dapat memengaruhi partisipasi pemilih dan memproduksi materi.",
        },
        Example {
            bad: "Petugas diminta mentaati aturan dan mentindaklanjuti laporan warga.",
            good: "Petugas diminta menaati aturan, menindaklanjuti laporan warga, dan mentransfer data ke menteri.",
        },
    ],
    messages: {
        MESSAGE = (
            "Awalan meN- meluluhkan huruf k, p, t, atau s di awal kata dasar: '{found}' ditulis '{right}'",
            "The prefix meN- melts the k, p, t or s that starts the base: '{found}' is written '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
        UNSURE = (
            "Kata dasarnya dikenali dari kamus, bukan dari daftar; periksa sebelum mengganti",
            "The base was recognised from the dictionary, not from the list; check before replacing",
        ),
    },
}

/// The melted form of a word and how sure the rule is of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Melt {
    /// The standard form, in lower case.
    pub right: String,
    /// The base is listed (safe fix), not only known to the dictionary.
    pub certain: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Group {
    #[allow(dead_code, reason = "documents the entries in the data file, for readers of it")]
    source: String,
    bases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Keep {
    base: String,
    #[allow(dead_code, reason = "documents the entry in the data file, for readers of it")]
    reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MenData {
    group: Vec<Group>,
    keep: Vec<Keep>,
}

/// Sets hashed with foldhash, not SipHash: a meN- word asks them up to a dozen times.
struct Lists {
    bases: WordSet<String>,
    keep: WordSet<String>,
    /// `luluh-KPST` pairs of the word-pair list, by their wrong form.
    pairs: Vec<&'static WordPair>,
    /// The wrong forms of the other pairs (`mengkoordinir`), which
    /// `baku/non-standard-word` reports.
    other_pairs: WordSet<String>,
}

#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let data: MenData = serde_json::from_str(crate::house::data_file!("men-prefix"))
        .expect("rules/men-prefix.toml is valid (checked by tests)");
    Lists {
        bases: data.group.into_iter().flat_map(|g| g.bases).collect(),
        keep: data.keep.into_iter().map(|k| k.base).collect(),
        pairs: data::pairs()
            .filter(|p| p.kind.owner() == PairOwner::MenPrefix)
            .collect(),
        other_pairs: data::pairs()
            .filter(|p| p.kind.owner() != PairOwner::MenPrefix)
            .map(|p| p.wrong.to_lowercase())
            .collect(),
    }
});

/// The nasal forms as written before an unmelted k, p, t, s, and as they melt.
const NASALS: &[(&str, &str)] = &[("mengk", "meng"), ("memp", "mem"), ("ment", "men"), ("mens", "meny")];
/// Clitics and suffixes peeled off to reach the base (`mensosialisasikannya`).
const CLITICS: &[&str] = &["", "nya", "lah", "pun"];
const SUFFIXES: &[&str] = &["", "kan", "i"];
const VOWELS: &[char] = &['a', 'e', 'i', 'o', 'u'];

/// The melted form of `lower` (a word in lower case), if it is meN- + an unmelted k, p,
/// t or s before a vowel: from the word-pair list, the listed bases, or (less sure) a base
/// the dictionary knows.
pub(crate) fn melt(lower: &str, dictionary: Option<&Dictionary>) -> Option<Melt> {
    let &(written, melted) = NASALS.iter().find(|(w, _)| lower.starts_with(w))?;
    // `mengkritik`, `mentransfer`, `mensyukuri`: a cluster after the consonant stays.
    let after = lower[written.len()..].chars().next()?;
    if !VOWELS.contains(&after) {
        return None;
    }
    let lists = &*LISTS;
    let right = || format!("{melted}{}", &lower[written.len()..]);
    for clitic in CLITICS {
        let Some(stem) = lower.strip_suffix(clitic) else {
            continue;
        };
        if let Some(pair) = lists.pairs.iter().find(|p| p.wrong == stem) {
            return Some(Melt {
                right: format!("{}{clitic}", pair.right),
                certain: !pair.risky,
            });
        }
    }
    // One finding a word: a listed wrong form of another kind is the word pairs' own.
    if CLITICS
        .iter()
        .filter_map(|c| lower.strip_suffix(c))
        .any(|stem| lists.other_pairs.contains(stem))
    {
        return None;
    }
    let consonant = &written[written.len() - 1..];
    let bases = || {
        CLITICS
            .iter()
            .filter_map(|c| lower.strip_suffix(c))
            .flat_map(|stem| SUFFIXES.iter().filter_map(move |s| stem.strip_suffix(s)))
            .filter(|stem| stem.len() > written.len())
            .map(|stem| format!("{consonant}{}", &stem[written.len()..]))
    };
    if bases().any(|base| lists.keep.contains(&base)) {
        return None;
    }
    if bases().any(|base| lists.bases.contains(&base)) {
        return Some(Melt {
            right: right(),
            certain: true,
        });
    }
    let dictionary = dictionary?;
    // `menteri`, `mentari`, `mentornya`: a word of its own, not meN- + base.
    let whole_word = CLITICS
        .iter()
        .filter_map(|c| lower.strip_suffix(c))
        .any(|stem| !stem.is_empty() && dictionary.lists(stem));
    if whole_word || lower.starts_with("memper") || lower.starts_with("mempel") {
        return None;
    }
    // One-syllable bases take menge- (`mengecek`), another mistake than this rule's.
    let known =
        bases().any(|base| crate::spell::syllables(&base) >= 2 && !base.starts_with("ke") && dictionary.lists(&base));
    known.then(|| Melt {
        right: right(),
        certain: false,
    })
}

/// Whether `word` may be a meN- form this rule judges: a cheap test before [`melt`],
/// asked of every word starting with `m`, so inlined.
#[inline]
pub(crate) fn may_melt(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() > 5
        && NASALS.iter().any(|(w, _)| {
            bytes
                .get(..w.len())
                .is_some_and(|b| b.eq_ignore_ascii_case(w.as_bytes()))
        })
}

impl Rule for MenPrefix {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let dictionary = cx.resources.dictionary();
        // A meN- form starts with `me`: the family's walk has listed those words.
        for &index in &cx.memo(Initials::of).affixed {
            let index = index as usize;
            let word = &doc.words[index];
            if !word.is_checked() {
                continue;
            }
            let found = doc.text(word.span);
            if !may_melt(found) {
                continue;
            }
            let case = case_of(found);
            // Capitalised in mid-sentence: a name (`Mentari`), whatever it spells.
            let name = case == Case::Title && !word.sentence_start() && !in_headline(word, word);
            if name || in_proper_name(doc, index, index) {
                continue;
            }
            // A capital hides names in the headline and at a sentence start (`Mentawai`):
            // there only the lists judge, not the dictionary.
            let dictionary = dictionary.filter(|_| case == Case::Lower);
            let Some(melt) = melt(&found.to_lowercase(), dictionary) else {
                continue;
            };
            let right = match_case(found, &melt.right);
            let args = [("found", found), ("right", right.as_str())];
            let edits = vec![Edit::replace(word.span, right.as_str())];
            let title = cx.text(&FIX, &args);
            let finding = cx.finding(&META, word.span, &MESSAGE, &args);
            out.push(if melt.certain {
                finding.with_fix(Fix::safe(title, edits))
            } else {
                finding
                    .with_fix(Fix::unsafe_(title, edits))
                    .with_help(cx.text(&UNSURE, &[]))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(word: &str) -> Option<(String, bool)> {
        melt(word, None).map(|m| (m.right, m.certain))
    }

    #[test]
    fn listed_bases_melt_with_any_affix() {
        for (wrong, right) in [
            ("mensosialisasi", "menyosialisasi"),
            ("mensosialisasikannya", "menyosialisasikannya"),
            ("mempengaruhi", "memengaruhi"),
            ("mentaatinya", "menaatinya"),
            ("mengkoordinasikan", "mengoordinasikan"),
            ("mensukseskan", "menyukseskan"),
            ("memperiksa", "memeriksa"),
            ("mentindaklanjuti", "menindaklanjuti"),
            ("mentandatangani", "menandatangani"),
        ] {
            assert_eq!(listed(wrong), Some((right.to_string(), true)), "{wrong}");
        }
    }

    #[test]
    fn risky_pairs_keep_their_risk() {
        assert_eq!(listed("mengkampanyekan"), Some(("mengampanyekan".to_string(), false)));
        assert_eq!(
            listed("mempublikasikannya"),
            Some(("memublikasikannya".to_string(), false))
        );
    }

    #[test]
    fn clusters_exceptions_and_other_words_stay() {
        for word in [
            "memproduksi",
            "mentransfer",
            "menstabilkan",
            "mengkritik",
            "mensyukuri",
            "mengkhawatirkan",
            "mengkaji",
            "mengkajinya",
            "mempunyai",
            "memperhatikan",
            "mempelajari",
            "memperoleh",
            "menteri",
            "mentari",
            "mentega",
            "menyosialisasikan",
            "memengaruhi",
            "menaati",
            "mengoordinasikan",
            "mengkoordinir",
            "mental",
            "mens",
        ] {
            assert_eq!(listed(word), None, "{word}");
        }
    }

    #[test]
    fn the_data_is_sorted_and_bases_are_plain() {
        let data: MenData = serde_json::from_str(crate::house::data_file!("men-prefix")).unwrap();
        for group in &data.group {
            assert!(group.bases.windows(2).all(|w| w[0] < w[1]), "sort the bases");
            for base in &group.bases {
                assert!(base.starts_with(['k', 'p', 't', 's']), "{base}");
                assert!(base.chars().nth(1).is_some_and(|c| VOWELS.contains(&c)), "{base}");
                assert!(base.chars().all(|c| c.is_ascii_lowercase()), "{base}");
                assert!(!base.starts_with("per") || base == "periksa", "{base}");
            }
        }
        assert!(data.keep.iter().all(|k| !LISTS.bases.contains(&k.base)));
    }

    proptest::proptest! {
        /// The rule visits only the words starting with `me` or `ber`: every word
        /// [`may_melt`] lets through starts with `me`.
        #[test]
        fn may_melt_only_words_starting_with_me(word in "[mMeEnNgGkKpPtTsS\u{212A}a]{0,9}") {
            if may_melt(&word) {
                proptest::prop_assert!(word.as_bytes()[..2].eq_ignore_ascii_case(b"me"));
            }
        }
    }

    #[test]
    fn may_melt_is_a_prefix_test() {
        assert!(may_melt("Mensosialisasikan"));
        assert!(may_melt("MEMPENGARUHI"));
        assert!(!may_melt("memilih"));
        assert!(!may_melt("mens"));
    }
}
