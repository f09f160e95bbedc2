//! The KPU supplement (`rules/spell-supplement.toml`): correct words of KPU releases that
//! Hunspell Indonesian dictionaries lack. Embedded in the binary (it is our own data, not
//! the LGPL dictionary) and parsed once, on first use.

use std::sync::LazyLock;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Supplement {
    words: Vec<String>,
}

/// The words as listed (lower case, sorted, unique: a test keeps them so).
#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
static WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let data: Supplement = serde_json::from_str(crate::house::data_file!("spell-supplement"))
        .expect("rules/spell-supplement.toml is valid (checked by tests)");
    data.words
});

/// Every supplement word, in file order.
pub fn words() -> &'static [String] {
    &WORDS
}

/// Whether the supplement lists `word` (lower case).
pub fn contains(word: &str) -> bool {
    WORDS.binary_search_by(|w| w.as_str().cmp(word)).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_unique_lower_case_single_words() {
        for pair in words().windows(2) {
            assert!(pair[0] < pair[1], "not sorted or duplicated: {:?}", pair);
        }
        for w in words() {
            assert!(
                !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-'),
                "'{w}' must be one lower-case word"
            );
        }
    }

    #[test]
    fn lookup() {
        assert!(contains("pemutakhiran"));
        assert!(!contains("pemutakhir"));
    }
}
