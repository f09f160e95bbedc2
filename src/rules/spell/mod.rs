//! `spell/`: misspellings. Doubled words (`yang yang`) are checked by default; dictionary
//! spelling is opt-in (`--spell`, `[spell] enabled = true`) because it needs a Hunspell
//! dictionary that the caller loads (see [`crate::spell`]).
//!
//! Any other family's finding on the same word wins: both rules are declared
//! `gives_way`, and the engine drops their finding where it overlaps one of another
//! rule (`praktek` is `baku/`, `Jum'at` is `day-date/`).
//!
//! What the family flags and what it leaves alone: `docs/spell.md` in the repository.

mod doubled_word;
mod scope;
mod unknown_word;

use super::Rule;

pub const RULES: &[&dyn Rule] = &[&doubled_word::DoubledWord, &unknown_word::UnknownWord];

/// The rule that needs a dictionary in [`crate::Resources`].
pub const DICTIONARY_RULE: &str = "spell/unknown-word";
