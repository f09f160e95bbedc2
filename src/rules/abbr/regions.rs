//! Region names from the gazetteer (`rules/regions.toml`), indexed by how they are
//! written after `KPU`: official names (`Jawa Tengah`, `Kendal`) and aliases (`Jateng`).

use std::sync::LazyLock;

use crate::house::{self, Level, Satker};
use crate::lexicon::WordMap;

struct Index {
    /// Name or alias as written → every provinsi, kabupaten and kota of that name.
    by_name: WordMap<&'static str, Vec<&'static Satker>>,
    /// The most words in a name (`Daerah Istimewa Yogyakarta`).
    max_words: usize,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut by_name: WordMap<&'static str, Vec<&'static Satker>> = WordMap::default();
    for s in house::all_satker().iter().filter(|s| s.level != Level::Pusat) {
        for name in std::iter::once(&s.name).chain(&s.aliases) {
            by_name.entry(name.as_str()).or_default().push(s);
        }
    }
    let max_words = by_name.keys().map(|k| k.split(' ').count()).max().unwrap_or(1);
    Index { by_name, max_words }
});

/// The satker named `name` (words joined by single spaces), at any level.
pub fn named(name: &str) -> &'static [&'static Satker] {
    INDEX.by_name.get(name).map_or(&[], Vec::as_slice)
}

/// The most words a region name has.
pub fn max_words() -> usize {
    INDEX.max_words
}

/// A one-word region name or code (`DIY`, `NTB`), which is no unknown abbreviation.
pub fn is_region_token(token: &str) -> bool {
    INDEX.by_name.contains_key(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_aliases_and_ambiguity() {
        assert_eq!(named("Kendal").len(), 1);
        assert_eq!(named("Jateng")[0].institution, "KPU Provinsi Jawa Tengah");
        assert_eq!(named("Semarang").len(), 2);
        assert!(named("Republik Indonesia").is_empty());
        assert!(is_region_token("DIY"));
        assert!(max_words() >= 3);
    }
}
