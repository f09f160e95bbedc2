//! `meta/`: front matter keys and their agreement with the text (docs/meta.md).
//!
//! What the family flags and what it leaves alone: `docs/meta.md` in the repository.

mod author_credit;
mod date_file_name;
mod invalid_date;
mod malformed;
mod missing_key;
mod photographer_credit;
mod satker_dateline;
mod title_heading;
mod unknown_key;
mod unknown_staff;
mod vocabulary;

use super::Rule;
use crate::document::MetaValue;

pub const RULES: &[&dyn Rule] = &[
    &malformed::Malformed,
    &missing_key::MissingKey,
    &unknown_key::UnknownKey,
    &invalid_date::InvalidDate,
    &date_file_name::DateFileName,
    &title_heading::TitleHeading,
    &satker_dateline::SatkerDateline,
    &author_credit::AuthorCredit,
    &photographer_credit::PhotographerCredit,
    &unknown_staff::UnknownStaff,
    &vocabulary::Vocabulary,
];

/// Front matter keys siaran knows (Hugo/Jekyll compatible): declared once, with the
/// [`crate::Article`] fields.
pub use crate::article::KEYS as KNOWN_KEYS;

/// Initials in a metadata value: `awh`, `awh, sim`, `awh/sim` or a list.
pub fn initials(value: &MetaValue) -> Vec<String> {
    match value {
        MetaValue::Text(text) => text
            .split([',', '/', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        MetaValue::List(items) => items
            .iter()
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
        MetaValue::Other => Vec::new(),
    }
}

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
