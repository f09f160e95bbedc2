//! `meta/`: front matter keys and their agreement with the text (HOUSE-RULES.md, meta).

mod date_file_name;
mod invalid_date;
mod malformed;
mod missing_key;
mod satker_dateline;
mod title_heading;
mod unknown_key;
mod vocabulary;

use super::Rule;

pub const RULES: &[&dyn Rule] = &[
    &malformed::Malformed,
    &missing_key::MissingKey,
    &unknown_key::UnknownKey,
    &invalid_date::InvalidDate,
    &date_file_name::DateFileName,
    &title_heading::TitleHeading,
    &satker_dateline::SatkerDateline,
    &vocabulary::Vocabulary,
    &crate::suppress::UnusedSuppression,
];

/// Front matter keys siaran knows (Hugo/Jekyll compatible).
pub const KNOWN_KEYS: &[&str] = &[
    "title",
    "date",
    "author",
    "editor",
    "photographer",
    "satker",
    "tags",
    "categories",
    "slug",
    "description",
    "draft",
];

/// The known key a misspelt key most likely meant (`tittle` → `title`).
pub fn near_known_key(key: &str) -> Option<&'static str> {
    if KNOWN_KEYS.contains(&key) || key.chars().count() < 3 {
        return None;
    }
    KNOWN_KEYS
        .iter()
        .map(|k| (strsim::damerau_levenshtein(key, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}
