//! What follows a bound form written apart, for `baku/bound-form-apart`: a verb (which
//! a bound form never takes), a region name after `se` (written in any case), and how
//! the release itself writes a base that the headline capitalises.

use std::sync::LazyLock;

use super::spaced_apart;
use crate::case::upper_first;
use crate::document::{Document, Region};
use crate::house::{self, Level};
use crate::lexicon::WordMap;
use crate::span::Span;

/// The word to write for a bound form before a verb: `pasca` and `pra` bind to nouns
/// (`pascapemilu`, KBBI: pasca- 'sesudah'; pra- 'sebelum'), so `pasca melakukan` means
/// `setelah melakukan`.
pub fn before_verb(prefix: &str) -> Option<&'static str> {
    match prefix {
        "pasca" => Some("setelah"),
        "pra" => Some("sebelum"),
        _ => None,
    }
}

/// Nouns that look like meN- verbs.
const ME_NOUNS: &[&str] = &[
    "media", "mental", "menteri", "menara", "merdeka", "meja", "memori", "menu", "merek", "metode",
];

/// Whether the lowercase `base` is an active meN- verb (`melakukan`, `menyusun`,
/// `mengikuti`), or a preposition or pronoun of that shape (`melalui`, `mengenai`,
/// `mereka`): joined to a bound form it is no word.
pub fn is_verb(base: &str) -> bool {
    if ME_NOUNS.contains(&base) || base.chars().count() < 6 {
        return false;
    }
    ["mem", "men", "meng", "meny", "mel", "mer", "mew", "mey"]
        .iter()
        .any(|p| base.starts_with(p))
}

/// How the release writes a word outside the headline and away from a sentence start,
/// where its case is the writer's choice: in lower case (a common word: `pasangan`), or
/// only capitalised (a name: `Pemilu 2024`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Usage {
    Lower,
    Name,
    Unknown,
}

/// How the release writes `base` (lowercase), alone or joined to `prefix`
/// (`pascapemilu`, `pasca-Pemilu`), elsewhere than at word `skip` (the one judged).
pub fn usage(doc: &Document<'_>, prefix: &str, base: &str, skip: usize) -> Usage {
    // A word whose lower case starts with an ASCII letter starts with that letter in
    // either case, unless the letter is `k` or `i` (the Kelvin sign `K` lower-cases to
    // `k`, `İ` to `i` and a dot): a word starting otherwise neither is `base` nor holds
    // it after the prefix, and most words are told apart by their first byte.
    let initial = base
        .bytes()
        .next()
        .filter(|b| b.is_ascii() && !matches!(b, b'k' | b'i'));
    let may_be = |text: &str| {
        let starts = |head: &[u8]| {
            text.as_bytes()
                .get(..head.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(head))
        };
        initial.is_none_or(|b| starts(&[b])) || starts(prefix.as_bytes())
    };
    let mut name = false;
    for (i, word) in doc.words.iter().enumerate() {
        if i == skip || word.region != Region::Body || word.part_start() || word.in_address() {
            continue;
        }
        let text = doc.text(word.span);
        // An ASCII word shorter than `base` neither is it nor holds it after a prefix.
        if !may_be(text) || text.len() < base.len() && text.is_ascii() {
            continue;
        }
        let joined = text
            .get(..prefix.len())
            .filter(|p| p.eq_ignore_ascii_case(prefix))
            .map(|_| text[prefix.len()..].trim_start_matches('-'));
        for form in [Some(text), joined].into_iter().flatten() {
            // An ASCII form equal to `base` in lower case is equal to it ignoring ASCII
            // case: only other forms need the (allocating) lower-casing.
            if !form.eq_ignore_ascii_case(base) && (form.is_ascii() || form.to_lowercase() != base) {
                continue;
            }
            if form.starts_with(char::is_lowercase) {
                return Usage::Lower;
            }
            name |= form.starts_with(char::is_uppercase);
        }
    }
    if name {
        Usage::Name
    } else {
        Usage::Unknown
    }
}

/// A region name after `se`, written in any case (`se sulawesi Selatan`,
/// `se provinsi Sulawesi Utara`): the edits that write it as the gazetteer does, and
/// whether the text already capitalised part of it (then the name is certain).
pub struct RegionName {
    pub edits: Vec<(Span, String)>,
    /// The last word of the name.
    pub end: usize,
    pub capitalised: bool,
}

/// The region name that starts at word `base` (the word after `se`): a gazetteer name of
/// two words or more (`Sulawesi Selatan`), or `provinsi`/`kabupaten`/`kota` before the
/// name of a region of that level (`Provinsi Sulawesi Utara`, `Kota Semarang`). A
/// one-word name alone is not enough: `se batang` is `sebatang`, not `se-Batang`.
pub fn region_name(doc: &Document<'_>, base: usize) -> Option<RegionName> {
    let word = doc.words.get(base)?;
    let level = match doc.text(word.span).to_lowercase().as_str() {
        "provinsi" => Some(Level::Provinsi),
        "kabupaten" => Some(Level::Kabupaten),
        "kota" => Some(Level::Kota),
        _ => None,
    };
    let start = if level.is_some() { base + 1 } else { base };
    let first = doc.text(doc.words.get(start)?.span).to_lowercase();
    let longest = REGION_NAMES
        .get(&first)?
        .iter()
        .filter(|(l, name)| level.is_none_or(|level| level == *l) && (level.is_some() || name.len() >= 2))
        .map(|(_, name)| name)
        .filter(|name| written_at(doc, start, name))
        .max_by_key(|name| name.len())?;
    let mut edits = Vec::new();
    let mut capitalised = false;
    let level_word = level.map(|_| (base, upper_first(doc.text(word.span))));
    let name_words = longest.iter().enumerate().map(|(k, n)| (start + k, (*n).to_string()));
    for (index, right) in level_word.into_iter().chain(name_words) {
        let span = doc.words[index].span;
        let written = doc.text(span);
        capitalised |= index > base && written.starts_with(char::is_uppercase);
        if written != right {
            edits.push((span, right));
        }
    }
    Some(RegionName {
        edits,
        end: start + longest.len() - 1,
        capitalised,
    })
}

/// Region names in words, with their level, by their first word in lower case.
type RegionNames = WordMap<String, Vec<(Level, Vec<&'static str>)>>;

/// The gazetteer's region names (KPU RI's aside) in words, by their first word in lower
/// case, in gazetteer order: a word after `se` looks up the few names it may start
/// instead of splitting and comparing all 550 of them.
static REGION_NAMES: LazyLock<RegionNames> = LazyLock::new(|| {
    let mut names = RegionNames::default();
    for satker in house::all_satker().iter().filter(|s| s.level != Level::Pusat) {
        let words: Vec<&'static str> = satker.name.split_whitespace().collect();
        if let Some(first) = words.first() {
            names
                .entry(first.to_lowercase())
                .or_default()
                .push((satker.level, words));
        }
    }
    names
});

/// Whether the words from `start` spell `name` (ignoring case), one space apart.
fn written_at(doc: &Document<'_>, start: usize, name: &[&str]) -> bool {
    let Some(words) = doc.words.get(start..start + name.len()) else {
        return false;
    };
    // Two ASCII words equal in lower case are equal ignoring ASCII case: only others
    // need the (allocating) lower-casing.
    let same = |written: &str, n: &str| {
        written.eq_ignore_ascii_case(n)
            || !(written.is_ascii() && n.is_ascii()) && written.to_lowercase() == n.to_lowercase()
    };
    let spelt = words.iter().zip(name).all(|(w, n)| same(doc.text(w.span), n));
    spelt && words.windows(2).all(|pair| spaced_apart(doc, &pair[0], &pair[1]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;

    #[test]
    fn verbs_and_nouns() {
        for verb in ["melakukan", "menyusun", "mengikuti", "memilih"] {
            assert!(is_verb(verb), "{verb}");
        }
        for noun in [
            "pemilu",
            "pemungutan",
            "menteri",
            "media",
            "bencana",
            "berita",
            "berkas",
        ] {
            assert!(!is_verb(noun), "{noun}");
        }
    }

    #[test]
    fn region_names_in_any_case() {
        let doc = Document::parse(
            "Judul\nRapat se sulawesi Selatan, se provinsi Sulawesi Utara, se batang kayu.",
            SourceKind::Text,
        );
        let at = |word: &str| doc.words.iter().position(|w| doc.text(w.span) == word).unwrap();
        let sulsel = region_name(&doc, at("sulawesi")).unwrap();
        assert_eq!(
            sulsel.edits.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(),
            ["Sulawesi"]
        );
        assert!(sulsel.capitalised);
        let sulut = region_name(&doc, at("provinsi")).unwrap();
        assert_eq!(
            sulut.edits.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(),
            ["Provinsi"]
        );
        assert!(region_name(&doc, at("batang")).is_none());
    }

    #[test]
    fn every_region_name_has_a_first_word() {
        // `REGION_NAMES` files each name under its first word: a name without one would
        // be lost.
        assert!(house::all_satker()
            .iter()
            .all(|s| s.name.split_whitespace().next().is_some()));
    }

    /// [`usage`] as it was written before its first-byte test.
    fn usage_by_definition(doc: &Document<'_>, prefix: &str, base: &str, skip: usize) -> Usage {
        let mut name = false;
        for (i, word) in doc.words.iter().enumerate() {
            if i == skip || word.region != Region::Body || word.part_start() || word.in_address() {
                continue;
            }
            let text = doc.text(word.span);
            let joined = text
                .get(..prefix.len())
                .filter(|p| p.eq_ignore_ascii_case(prefix))
                .map(|_| text[prefix.len()..].trim_start_matches('-'));
            for form in [Some(text), joined].into_iter().flatten() {
                if form.to_lowercase() != base {
                    continue;
                }
                if form.starts_with(char::is_lowercase) {
                    return Usage::Lower;
                }
                name |= form.starts_with(char::is_uppercase);
            }
        }
        if name {
            Usage::Name
        } else {
            Usage::Unknown
        }
    }

    proptest::proptest! {
        #[test]
        fn usage_is_its_definition(
            text in "((pemilu|Pemilu|PEMILU|pascapemilu|Pasca-Pemilu|pasca--pemilu|\u{212A}ota|kota|Kota|Ibu|\u{130}bu|ibu|antarkota|AntarKota|\u{c9}lan|élan|p)( |, |\\. |\n))*",
            prefix in "(pasca|antar|se)",
            base in "(pemilu|kota|ibu|élan|p)",
        ) {
            let source = format!("Judul\n{text}");
            let doc = Document::parse(&source, SourceKind::Text);
            proptest::prop_assert_eq!(usage(&doc, &prefix, &base, 0), usage_by_definition(&doc, &prefix, &base, 0));
        }
    }

    #[test]
    fn usage_in_the_body() {
        let doc = Document::parse(
            "Debat Antar Pasangan Pasca Pemilu\nSemarang, kpu.go.id — Debat pasangan calon setelah Pemilu 2024. Pasca rapat.",
            SourceKind::Text,
        );
        assert_eq!(usage(&doc, "antar", "pasangan", 0), Usage::Lower);
        assert_eq!(usage(&doc, "pasca", "pemilu", 0), Usage::Name);
        assert_eq!(usage(&doc, "pasca", "bencana", 0), Usage::Unknown);
    }
}
