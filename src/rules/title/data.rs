//! Headline data: `rules/headline.toml` (function words and friends), embedded and
//! parsed once, on first use, and the `short` forms of the abbreviation table (to keep
//! `KPU` or `Bawaslu` right when an all-caps headline is recased).

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::lexicon::WordSet;
use crate::rules::abbr::data::TABLE;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HeadlineFile {
    function_words: Vec<String>,
    either_case: Vec<String>,
    fixed_names: Vec<String>,
    after_number: Vec<String>,
    /// Read by the tests only (see `tests::data_examples`).
    #[serde(default, rename = "examples")]
    _examples: serde::de::IgnoredAny,
}

pub struct HeadlineData {
    function_words: WordSet<String>,
    either_case: WordSet<String>,
    after_number: WordSet<String>,
    /// Each name as its words (`["Dalam", "Negeri"]`).
    pub fixed_names: Vec<Vec<String>>,
}

/// The source of the headline data, for the tests of its examples and order.
#[cfg(test)]
const HEADLINE_TOML: &str = include_str!("../../../rules/headline.toml");

#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
pub static DATA: LazyLock<HeadlineData> = LazyLock::new(|| {
    let file: HeadlineFile = serde_json::from_str(crate::house::data_file!("headline"))
        .expect("rules/headline.toml is valid (checked by tests)");
    HeadlineData {
        function_words: file.function_words.into_iter().collect(),
        either_case: file.either_case.into_iter().collect(),
        after_number: file.after_number.into_iter().collect(),
        fixed_names: file
            .fixed_names
            .iter()
            .map(|n| n.split_whitespace().map(str::to_string).collect())
            .collect(),
    }
});

impl HeadlineData {
    /// A function word that is lower case inside a headline (`untuk`).
    pub fn is_function_word(&self, lower: &str) -> bool {
        self.function_words.contains(lower)
    }

    /// A word accepted in lower case inside a headline.
    pub fn may_be_lower(&self, lower: &str) -> bool {
        self.function_words.contains(lower) || self.either_case.contains(lower)
    }

    pub fn is_number_word(&self, lower: &str) -> bool {
        self.after_number.contains(lower)
    }
}

/// Known abbreviations by their upper-case form (`BAWASLU` → `Bawaslu`, `DPTB` →
/// `DPTb`): an index over the short forms of the abbreviation table, which `abbr/` owns.
static ABBREVIATIONS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    TABLE
        .entries
        .iter()
        .map(|a| (a.short.to_uppercase(), a.short.as_str()))
        .collect()
});

/// The written form of a known abbreviation, looked up by its upper-case form.
pub fn abbreviation(upper: &str) -> Option<&'static str> {
    ABBREVIATIONS.get(upper).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title_findings(headline: &str) -> Vec<&'static str> {
        let source = format!(
            "{headline}\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)"
        );
        crate::rules::test_kit::findings("title", &source)
            .iter()
            .map(|f| f.rule)
            .collect()
    }

    #[test]
    fn data_examples() {
        let examples = crate::rules::test_kit::data_examples(HEADLINE_TOML);
        assert!(!examples.is_empty());
        for example in examples {
            assert!(!title_findings(&example.bad).is_empty(), "not flagged: {}", example.bad);
            assert_eq!(
                title_findings(&example.good),
                Vec::<&str>::new(),
                "flagged: {}",
                example.good
            );
        }
    }

    fn sorted_unique(name: &str, list: &[String]) {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{name} must be sorted and unique");
        assert!(list.iter().all(|w| !w.is_empty()), "{name} has an empty entry");
    }

    #[test]
    fn headline_data_is_sorted_unique_and_disjoint() {
        let file: HeadlineFile = toml::from_str(HEADLINE_TOML).unwrap();
        sorted_unique("function_words", &file.function_words);
        sorted_unique("either_case", &file.either_case);
        sorted_unique("fixed_names", &file.fixed_names);
        sorted_unique("after_number", &file.after_number);
        for word in file
            .function_words
            .iter()
            .chain(&file.either_case)
            .chain(&file.after_number)
        {
            assert_eq!(word, &word.to_lowercase(), "{word} must be lower case");
        }
        for word in &file.function_words {
            assert!(!file.either_case.contains(word), "{word} is in two lists");
        }
    }

    #[test]
    fn abbreviations_are_readable() {
        assert_eq!(abbreviation("KPU"), Some("KPU"));
        assert_eq!(abbreviation("BAWASLU"), Some("Bawaslu"));
        assert_eq!(abbreviation("DPTB"), Some("DPTb"));
    }
}
