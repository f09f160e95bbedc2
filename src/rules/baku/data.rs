//! House data of the `baku/` family, embedded and parsed once: the word pairs
//! (`rules/word-pairs.toml` + `rules/word-pairs-extra.toml`), the di/ke lists
//! (`rules/di-ke.toml`) and the bound forms (`rules/bound-forms.toml`).

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::Deserialize;

/// One non-standard → standard pair.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WordPair {
    pub wrong: String,
    pub right: String,
    pub kind: PairKind,
    pub source: String,
    pub confidence: String,
    /// The wrong form may also be right (a name, an English word, a legal term): report
    /// without a safe fix.
    pub risky: bool,
    #[serde(default)]
    #[allow(dead_code, reason = "documents the entry in the data file, for readers of it")]
    pub note: Option<String>,
}

/// The list's kind of a pair (`kind` in `rules/word-pairs.toml`), which says which rule
/// reports it ([`PairKind::owner`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum PairKind {
    /// `ejaan`: a misspelling (`praktek`).
    #[serde(rename = "ejaan")]
    Spelling,
    /// `depan`: `di`/`ke` joined to the word after (`diatas`).
    #[serde(rename = "depan")]
    Preposition,
    /// `serangkai`: written apart, one word in the standard (`ada kalanya`).
    #[serde(rename = "serangkai")]
    Joined,
    /// `terpisah`: written joined, two words in the standard (`kerjasama`).
    #[serde(rename = "terpisah")]
    Apart,
    /// `terikat`: a bound form written apart or hyphenated (`antar daerah`).
    #[serde(rename = "terikat")]
    BoundForm,
    /// `pun` joined or apart (`apapun`, `atau pun`).
    #[serde(rename = "pun")]
    Pun,
    /// `serapan-ir`: `-ir` for `-asi`/`-isasi` (`legalisir`).
    #[serde(rename = "serapan-ir")]
    LoanIr,
    /// `luluh-KPST`: k/p/s/t not melted after meN- (`mempesona`).
    #[serde(rename = "luluh-KPST")]
    Melting,
    /// `padanan`: a foreign word with an Indonesian equivalent.
    #[serde(rename = "padanan")]
    Equivalent,
    /// `hari`: a day name (`Jum'at`).
    #[serde(rename = "hari")]
    Day,
    /// `bulan`: a month name (`Nopember`).
    #[serde(rename = "bulan")]
    Month,
}

/// The rule (or rules) that report the pairs of a kind. Each kind has one owner, so a
/// word gets one finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PairOwner {
    /// `baku/non-standard-word`, from this list.
    NonStandardWord,
    /// `baku/preposition-joined`, from `rules/di-ke.toml`.
    PrepositionJoined,
    /// `baku/pun-joined` and `baku/pun-apart`.
    Pun,
    /// `baku/bound-form-apart` and `baku/bound-form-hyphen`, from `rules/bound-forms.toml`.
    BoundForm,
    /// `baku/month`, from the calendar and the `bulan` pairs.
    Month,
    /// The `day-date/` family, from the calendar.
    DayDate,
    /// `baku/men-prefix`, with the bases of `rules/men-prefix.toml`.
    MenPrefix,
}

impl PairKind {
    /// The rule that reports pairs of this kind.
    pub fn owner(self) -> PairOwner {
        match self {
            PairKind::Preposition => PairOwner::PrepositionJoined,
            PairKind::Pun => PairOwner::Pun,
            PairKind::BoundForm => PairOwner::BoundForm,
            PairKind::Month => PairOwner::Month,
            PairKind::Day => PairOwner::DayDate,
            PairKind::Melting => PairOwner::MenPrefix,
            PairKind::Spelling | PairKind::Joined | PairKind::Apart | PairKind::LoanIr | PairKind::Equivalent => {
                PairOwner::NonStandardWord
            }
        }
    }
}

/// A generated pair that the word-pair rule does not use.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ignored {
    pub wrong: String,
    #[allow(dead_code, reason = "documents the entry in the data file, for readers of it")]
    pub reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PairsFile {
    pair: Vec<WordPair>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraFile {
    pub pair: Vec<WordPair>,
    pub ignore: Vec<Ignored>,
}

/// The generated pairs, in file order.
#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
pub static GENERATED_PAIRS: LazyLock<Vec<WordPair>> = LazyLock::new(|| {
    let file: PairsFile = serde_json::from_str(crate::house::data_file!("word-pairs"))
        .expect("rules/word-pairs.toml is valid (checked by tests)");
    file.pair
});

/// The house additions and the ignored generated pairs.
#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
pub static EXTRA: LazyLock<ExtraFile> = LazyLock::new(|| {
    serde_json::from_str(crate::house::data_file!("word-pairs-extra"))
        .expect("rules/word-pairs-extra.toml is valid (checked by tests)")
});

/// Every pair in use: generated ones not ignored, then the house additions.
pub fn pairs() -> impl Iterator<Item = &'static WordPair> {
    IN_USE.iter().copied()
}

/// [`pairs`], sorted out once: four tables are built from them at start-up.
static IN_USE: LazyLock<Vec<&'static WordPair>> = LazyLock::new(|| {
    let ignored: HashSet<&str> = EXTRA.ignore.iter().map(|i| i.wrong.as_str()).collect();
    GENERATED_PAIRS
        .iter()
        .filter(|p| !ignored.contains(p.wrong.as_str()))
        .chain(EXTRA.pair.iter())
        .collect()
});

/// `rules/di-ke.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiKe {
    pub di: Vec<String>,
    pub ke: Vec<String>,
    pub verbs: Vec<String>,
    #[cfg_attr(not(test), allow(dead_code, reason = "run by the family's tests"))]
    pub examples: Vec<crate::rules::Example>,
}

#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
pub static DI_KE: LazyLock<DiKe> = LazyLock::new(|| {
    serde_json::from_str(crate::house::data_file!("di-ke")).expect("rules/di-ke.toml is valid (checked by tests)")
});

/// How freely a bound form may stand alone (see `rules/bound-forms.toml`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Bound,
    Free,
    Listed,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundForm {
    pub prefix: String,
    pub mode: Mode,
    pub bases: Vec<String>,
    #[serde(default)]
    pub skip: Vec<String>,
    /// Also a given name (`Anti`): capitalised, only listed bases are flagged.
    #[serde(default)]
    pub name: bool,
}

/// `rules/bound-forms.toml`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundForms {
    pub function_words: Vec<String>,
    pub prefix: Vec<BoundForm>,
    #[cfg_attr(not(test), allow(dead_code, reason = "run by the family's tests"))]
    pub examples: Vec<crate::rules::Example>,
}

#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
pub static BOUND_FORMS: LazyLock<BoundForms> = LazyLock::new(|| {
    serde_json::from_str(crate::house::data_file!("bound-forms"))
        .expect("rules/bound-forms.toml is valid (checked by tests)")
});

/// What a bound form allows before a given base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    /// Join with a safe fix.
    Certain,
    /// Join, but the prefix may be a free word here: unsafe fix.
    Probable,
    /// Not a bound form here.
    No,
}

impl BoundForm {
    /// Whether this prefix joins the lowercase `base`.
    pub fn joins(&self, base: &str) -> Join {
        let listed = self.bases.iter().any(|b| b == base);
        let function_word = BOUND_FORMS.function_words.iter().any(|w| w == base);
        if base == self.prefix || function_word || self.skip.iter().any(|s| s == base) {
            return Join::No;
        }
        match self.mode {
            _ if listed => Join::Certain,
            Mode::Bound => Join::Certain,
            Mode::Free => Join::Probable,
            Mode::Listed => Join::No,
        }
    }
}

/// The bound form spelt `word` in any case, if any. Called for every word, so a
/// length-and-initial filter comes before the (short) scan.
pub fn bound_form(word: &str) -> Option<&'static BoundForm> {
    if crate::lexicon::roles(word) & crate::lexicon::BOUND_PREFIX == 0 {
        return None;
    }
    BOUND_FORMS.prefix.iter().find(|p| p.prefix.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_unique(name: &str, items: &[String]) {
        let mut sorted = items.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(items, sorted.as_slice(), "{name}: keep it sorted and unique");
        assert!(items.iter().all(|i| *i == i.to_lowercase()), "{name}: lowercase only");
    }

    #[test]
    fn word_pairs_are_sorted_unique_and_acyclic() {
        for (name, list) in [("word-pairs", &*GENERATED_PAIRS), ("word-pairs-extra", &EXTRA.pair)] {
            let keys: Vec<(String, &str)> = list
                .iter()
                .map(|p| (p.wrong.to_lowercase(), p.wrong.as_str()))
                .collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "{name}: sort by lowercase wrong");
        }
        let mut wrongs = HashSet::new();
        for pair in GENERATED_PAIRS.iter().chain(&EXTRA.pair) {
            assert!(wrongs.insert(pair.wrong.as_str()), "duplicate wrong '{}'", pair.wrong);
            assert_ne!(pair.wrong, pair.right, "identity pair");
            assert!(["high", "med", "low", "n/a"].contains(&pair.confidence.as_str()));
        }
        for pair in GENERATED_PAIRS.iter().chain(&EXTRA.pair) {
            assert!(
                !wrongs.contains(pair.right.as_str()),
                "'{}' -> '{}' is itself a wrong form",
                pair.wrong,
                pair.right
            );
        }
        for ignored in &EXTRA.ignore {
            assert!(
                GENERATED_PAIRS.iter().any(|p| p.wrong == ignored.wrong),
                "ignored '{}' is not a generated pair",
                ignored.wrong
            );
            assert!(!ignored.reason.is_empty());
        }
    }

    #[test]
    fn di_ke_lists_are_sorted_and_keep_real_words_out() {
        sorted_unique("di", &DI_KE.di);
        sorted_unique("ke", &DI_KE.ke);
        sorted_unique("verbs", &DI_KE.verbs);
        // Joined forms that are real words: never on the lists.
        for (list, base) in [
            (&DI_KE.di, "bawa"),
            (&DI_KE.di, "antar"),
            (&DI_KE.di, "balik"),
            (&DI_KE.ke, "luar"),
        ] {
            assert!(!list.contains(&base.to_string()), "{base}");
        }
        // A verb that is also a place word would be flagged both ways.
        assert!(DI_KE.verbs.iter().all(|v| !DI_KE.di.contains(v)));
    }

    #[test]
    fn bound_forms_are_sorted() {
        sorted_unique("function_words", &BOUND_FORMS.function_words);
        let prefixes: Vec<String> = BOUND_FORMS.prefix.iter().map(|p| p.prefix.clone()).collect();
        sorted_unique("prefixes", &prefixes);
        for p in &BOUND_FORMS.prefix {
            sorted_unique(&p.prefix, &p.bases);
            sorted_unique(&p.prefix, &p.skip);
        }
        let antar = bound_form("antar").unwrap();
        assert_eq!(antar.joins("satker"), Join::Certain);
        assert_eq!(antar.joins("penyuluh"), Join::Probable);
        assert_eq!(antar.joins("jemput"), Join::No);
        assert_eq!(bound_form("tuna").unwrap().joins("segar"), Join::No);
        assert_eq!(bound_form("non").unwrap().joins("dan"), Join::No);
    }
}
