//! What the house data knows as something other than a misspelt name: a word of the
//! lexicon, an abbreviation, a word of a region's name, a common word capitalised.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::house;
use crate::lexicon::WordSet;
use crate::rules::abbr::data::TABLE;

use super::forms::{Class, Form};

#[derive(Deserialize)]
struct Data {
    common_capitalised: Vec<String>,
}

#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
static COMMON: LazyLock<WordSet<String>> = LazyLock::new(|| {
    let data: Data = serde_json::from_str(crate::house::data_file!("consistency"))
        .expect("rules/consistency.toml is valid (checked by tests)");
    data.common_capitalised.into_iter().collect()
});

/// Words of region names, their aliases and seats, lower case (`semarang`, `timor`,
/// `jateng`, `bentan` of Bandar Seri Bentan).
static REGION_WORDS: LazyLock<WordSet<String>> = LazyLock::new(|| {
    house::all_satker()
        .iter()
        .flat_map(|s| [&s.name, &s.seat].into_iter().chain(&s.aliases))
        .flat_map(|name| name.split([' ', '-']))
        .map(str::to_lowercase)
        .collect()
});

/// Whether the house data knows the form as something other than a misspelt name: a word
/// of the lexicon, an abbreviation, a word of a region's name, a common word. Asked only
/// of the few forms close to another, as it copies the form to lower case.
pub(super) fn is_known(form: &Form<'_>) -> bool {
    if TABLE.form(form.text).is_some() {
        return true;
    }
    let lower = form.text.to_lowercase();
    match form.class() {
        Class::Acronym => TABLE.known_upper(form.text) || REGION_WORDS.contains(&lower),
        Class::Name => REGION_WORDS.contains(&lower) || COMMON.contains(&lower),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_sorted_lower_case_and_unique() {
        let data: Data = serde_json::from_str(crate::house::data_file!("consistency")).unwrap();
        let list = &data.common_capitalised;
        assert!(list.windows(2).all(|w| w[0] < w[1]), "not sorted or not unique");
        assert!(list.iter().all(|w| w.chars().all(char::is_lowercase)));
    }
}
