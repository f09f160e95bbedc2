//! `spell/`: misspellings. Doubled words (`yang yang`) are checked by default; dictionary
//! spelling is opt-in (`--spell`, `[spell] enabled = true`) because it needs a Hunspell
//! dictionary that the caller loads (see [`crate::spell`]).
//!
//! Any other family's finding on the same word wins: the engine drops a `spell/` finding
//! that overlaps one of another family (`praktek` is `baku/`, `Jum'at` is `day-date/`).
//!
//! What the family flags and what it leaves alone: `docs/spell.md` in the repository.

mod doubled_word;
mod scope;
mod unknown_word;

use super::Rule;

pub const RULES: &[&dyn Rule] = &[&doubled_word::DoubledWord, &unknown_word::UnknownWord];

/// The rule that needs [`crate::Settings::dictionary`].
pub const DICTIONARY_RULE: &str = "spell/unknown-word";

/// How a word is capitalised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// `partisipasi`
    Lower,
    /// `Semarang`
    Title,
    /// `KPU`, `DPTb`, `TikTok`: abbreviations and brand names.
    Other,
}

fn shape(word: &str) -> Shape {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    match letters.next() {
        Some(first) if first.is_uppercase() => {
            if letters.all(|c| !c.is_uppercase()) {
                Shape::Title
            } else {
                Shape::Other
            }
        }
        Some(_) if word.chars().all(|c| !c.is_uppercase()) => Shape::Lower,
        _ => Shape::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(shape("partisipasi"), Shape::Lower);
        assert_eq!(shape("masing-masing"), Shape::Lower);
        assert_eq!(shape("Semarang"), Shape::Title);
        assert_eq!(shape("Se-jawa"), Shape::Title);
        assert_eq!(shape("se-Jawa"), Shape::Other);
        assert_eq!(shape("KPU"), Shape::Other);
        assert_eq!(shape("DPTb"), Shape::Other);
        assert_eq!(shape("TikTok"), Shape::Other);
    }
}
