//! Spelling: a Hunspell Indonesian dictionary plus the KPU supplement, with affix-aware
//! fallbacks and a per-word cache.
//!
//! The dictionary is LGPL data: it is never compiled into siaran. The caller reads the
//! `.aff` and `.dic` files (the binary looks in `/usr/share/hunspell/id_ID.*`, from the
//! Debian package `hunspell-id`, or where `[spell] dictionary` points) and hands their
//! contents to [`Dictionary::from_bytes`] or [`Dictionary::new`]; the library does no I/O.
//! Load it once per run and share it through [`crate::Resources`].

mod affix;
pub(crate) use affix::syllables;
pub mod supplement;

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;

/// The id of the rule that checks words against a [`Dictionary`] (`spell/unknown-word`),
/// off unless enabled.
pub use crate::rules::spell::DICTIONARY_RULE;
pub(crate) use affix::{is_derived, is_reduplication};

/// Why a dictionary could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DictionaryError {
    #[error("the .{file} file is not valid {encoding} (its encoding, from the SET line of the .aff file)")]
    /// A file is not in the encoding its `.aff` names.
    Encoding {
        /// `aff` or `dic`.
        file: &'static str,
        /// The encoding the `.aff` file names.
        encoding: String,
    },
    /// The dictionary's own parser rejected it.
    #[error("{0}")]
    Parse(String),
}

/// A Hunspell dictionary with the KPU supplement. Verdicts and suggestions are cached
/// per distinct word, so checking a corpus costs little more than its vocabulary.
pub struct Dictionary {
    hunspell: spellbook::Dictionary,
    verdicts: Mutex<HashMap<String, bool>>,
    suggestions: Mutex<HashMap<String, Option<String>>>,
}

impl fmt::Debug for Dictionary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cached = self.verdicts.lock().map_or(0, |v| v.len());
        f.debug_struct("Dictionary")
            .field("cached_words", &cached)
            .finish_non_exhaustive()
    }
}

impl Dictionary {
    /// Builds a dictionary from the text of the `.aff` and `.dic` files.
    pub fn new(aff: &str, dic: &str) -> Result<Self, DictionaryError> {
        let hunspell = spellbook::Dictionary::new(aff, dic).map_err(|e| DictionaryError::Parse(e.to_string()))?;
        Ok(Dictionary {
            hunspell,
            verdicts: Mutex::new(HashMap::new()),
            suggestions: Mutex::new(HashMap::new()),
        })
    }

    /// Builds a dictionary from the raw bytes of the two files, decoded as the `SET` line
    /// of the `.aff` file says. Hunspell's default (no `SET`) is ISO-8859-1; the Indonesian
    /// dictionaries declare `ISO8859-1` but are often plain ASCII or UTF-8, so valid UTF-8
    /// is taken as it is.
    pub fn from_bytes(aff: &[u8], dic: &[u8]) -> Result<Self, DictionaryError> {
        let encoding = declared_encoding(aff);
        let aff = decode(aff, "aff", &encoding)?;
        let dic = decode(dic, "dic", &encoding)?;
        Dictionary::new(&aff, &dic)
    }

    /// Whether `word` (as written: lower case, or capitalised at a sentence start) is a
    /// correct word: known to the dictionary or the supplement, a regular derivation of a
    /// known base (`digelar`, `kepesertaan`, `datanya`), or a hyphenated word whose parts
    /// are correct (`masing-masing`, `se-Jawa`, `disia-siakan`).
    pub fn accepts(&self, word: &str) -> bool {
        if let Some(&verdict) = lock(&self.verdicts).get(word) {
            return verdict;
        }
        let verdict = self.judge(word);
        lock(&self.verdicts).insert(word.to_string(), verdict);
        verdict
    }

    /// The best correction Hunspell proposes for `word`, if any. Only edit-based
    /// suggestions are tried (n-gram search walks the whole word list and is slow), and
    /// splits into two words are left out: EYD V writes bound forms joined.
    pub fn suggest(&self, word: &str) -> Option<String> {
        if let Some(cached) = lock(&self.suggestions).get(word) {
            return cached.clone();
        }
        let mut out = Vec::new();
        self.hunspell
            .suggester()
            .with_ngram_suggestions(false)
            .suggest(word, &mut out);
        let best = out
            .into_iter()
            .find(|s| s != word && !s.contains(' ') && (word.contains('-') || !s.contains('-')));
        lock(&self.suggestions).insert(word.to_string(), best.clone());
        best
    }

    /// Whether the dictionary or the supplement lists `word` (lower case) as it stands,
    /// without the affix fallbacks of [`Dictionary::accepts`]: `menteri` is listed,
    /// `mentaati` (a wrong derivation the fallbacks would explain) is not.
    pub fn lists(&self, word: &str) -> bool {
        self.known(word)
    }

    fn judge(&self, word: &str) -> bool {
        if self.hunspell.check(word) {
            return true;
        }
        let lower = word.to_lowercase();
        if self.known(&lower) {
            return true;
        }
        if lower.contains('-') {
            return self.hyphenated(word, &lower);
        }
        is_derived(&lower, &|base| self.known(base))
    }

    /// The dictionary or the supplement knows `word` (lower case) as it stands.
    fn known(&self, word: &str) -> bool {
        supplement::contains(word) || self.hunspell.check(word)
    }

    fn hyphenated(&self, word: &str, lower: &str) -> bool {
        let parts_ok = word
            .split('-')
            .zip(lower.split('-'))
            .enumerate()
            .all(|(i, (part, lower_part))| {
                // A capital after the hyphen starts a name (se-Jawa); the first part is
                // checked even when capitalised at a sentence start.
                let name = i > 0 && part.starts_with(char::is_uppercase);
                name || part.contains(char::is_numeric)
                    || BOUND_BEFORE_HYPHEN.contains(&lower_part)
                    || self.hunspell.check(part)
                    || self.known(lower_part)
                    || is_derived(lower_part, &|base| self.known(base))
            });
        if parts_ok {
            return true;
        }
        match lower.split_once('-') {
            Some((first, second)) if !second.contains('-') => is_reduplication(first, second, &|base| self.known(base)),
            _ => false,
        }
    }
}

/// Prefixes and bound forms written with a hyphen before a capital or a number
/// (`se-Jawa Tengah`, `ke-96`, `non-ASN`, `pasca-Pemilu 2024`).
const BOUND_BEFORE_HYPHEN: &[&str] = &["anti", "antar", "ke", "non", "pasca", "pra", "se"];

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A cache is still valid after a panic elsewhere: take it back.
    mutex.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The `SET` value of an `.aff` file, upper case; Hunspell's default when absent.
fn declared_encoding(aff: &[u8]) -> String {
    aff.split(|&b| b == b'\n')
        .find_map(|line| line.strip_prefix(b"SET"))
        .and_then(|rest| std::str::from_utf8(rest).ok())
        .map(|rest| rest.trim().to_ascii_uppercase())
        .filter(|value| !value.is_empty())
        .unwrap_or_else(|| "ISO8859-1".to_string())
}

fn decode(bytes: &[u8], file: &'static str, encoding: &str) -> Result<String, DictionaryError> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    let latin1 = matches!(
        encoding.replace(['-', '_'], "").as_str(),
        "ISO88591" | "LATIN1" | "ISO885915"
    );
    if latin1 {
        // Every ISO-8859-1 byte is the code point of the same value.
        Ok(bytes.iter().map(|&b| char::from(b)).collect())
    } else {
        Err(DictionaryError::Encoding {
            file,
            encoding: encoding.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const AFF: &str = "SET UTF-8\nTRY aeiklnprst\nSFX A Y 1\nSFX A 0 an .\n";

    #[test]
    fn decodes_latin1_dictionaries() {
        let aff = b"SET ISO8859-1\n";
        let dic = [b'1', b'\n', b'c', b'a', b'f', 0xE9];
        let d = Dictionary::from_bytes(aff, &dic).unwrap();
        assert!(d.accepts("café"));
        assert!(matches!(
            Dictionary::from_bytes(b"SET UTF-8\n", &dic),
            Err(DictionaryError::Encoding { file: "dic", .. })
        ));
    }

    #[test]
    fn checks_words_with_fallbacks_and_caches_them() {
        let d = Dictionary::new(AFF, "4\ngelar/A\ndata\nmasing\nsia-sia\n").unwrap();
        for w in [
            "gelar",
            "gelaran",
            "Gelaran",
            "digelar",
            "datanya",
            "masing-masing",
            "se-Jawa",
            "disia-siakan",
            "pemutakhiran",
            "ke-96",
        ] {
            assert!(d.accepts(w), "{w}");
        }
        for w in ["gelr", "partisipsi", "Gelr", "gelr-gelr"] {
            assert!(!d.accepts(w), "{w}");
        }
        assert!(format!("{d:?}").contains("cached_words"));
    }

    #[test]
    fn suggests_one_word() {
        let d = Dictionary::new(AFF, "2\npartisipasi\ngelar\n").unwrap();
        assert_eq!(d.suggest("partisipsi").as_deref(), Some("partisipasi"));
        assert_eq!(d.suggest("xyzzy"), None);
    }
}
