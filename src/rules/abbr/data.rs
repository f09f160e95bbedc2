//! The abbreviation table (`rules/abbreviations.toml`), embedded and parsed once, with
//! the lookups the `abbr/` rules need: written form → entry, and expansions as
//! lower-case word sequences.

use std::sync::LazyLock;

use serde::Deserialize;

use crate::document::words;
use crate::lexicon::{self, WordMap};

/// How an abbreviation is written (EYD V "Singkatan"), which decides its right case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// First letters in capitals: `KPU`, `TPS`.
    Initialism,
    /// A proper name from syllables, initial capital only: `Bawaslu`, `Sirekap`.
    ProperAcronym,
    /// A common noun from syllables, lower case: `satker`, `coklit`.
    CommonAcronym,
    /// An office title: `Kasubbag`, `Sekjen`.
    Title,
}

/// A wrong form whose fix is not simply the short form.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rewrite {
    pub form: String,
    pub to: String,
    /// Whether the fix is certain; `false` when the writer may need to add words.
    #[serde(default = "yes")]
    pub safe: bool,
}

fn yes() -> bool {
    true
}

/// One abbreviation with its right and wrong forms and expansions.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub short: String,
    /// Accepted long forms; the first is the canonical one.
    pub expansions: Vec<String>,
    #[serde(default)]
    pub variants: Vec<String>,
    #[serde(default)]
    pub rewrites: Vec<Rewrite>,
    #[serde(default)]
    pub wrong_expansions: Vec<String>,
    pub expand_first_use: bool,
    pub kind: Kind,
    /// A regional agency whose full name varies by region (`Dinas Komunikasi,
    /// Informatika, Statistik, dan Persandian`): only listed wrong expansions are wrong.
    #[serde(default)]
    pub regional: bool,
    #[serde(default)]
    pub accept: Vec<String>,
    #[serde(default)]
    pub examples: Vec<crate::rules::Example>,
    #[serde(default)]
    pub note: Option<String>,
}

/// What a written form is to its entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    /// The short form or an accepted alternative: right as written.
    Right,
    /// A wrong form corrected to the short form.
    Variant,
    /// A wrong form with its own correction (index into `rewrites`).
    Rewrite(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Form {
    pub entry: usize,
    pub kind: FormKind,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    abbr: Vec<Entry>,
}

/// The parsed table and its indexes.
pub struct Table {
    pub entries: Vec<Entry>,
    /// Single-token forms; their words carry the lexicon role `ABBR`, which rules
    /// out most words of a release before this map is asked.
    forms: WordMap<String, Form>,
    /// Forms written with periods (`K.P.U.`), which the word splitter cuts apart.
    dotted: Vec<(String, Form)>,
    /// Upper-cased forms → entry, so that an all-caps spelling of a known name
    /// (`SIREKAP`) never counts as an unknown abbreviation.
    upper: WordMap<String, usize>,
    /// Per entry: accepted expansions as lower-case words.
    pub expansions: Vec<Vec<Vec<String>>>,
    /// Per entry: known wrong expansions as lower-case words.
    pub wrong_expansions: Vec<Vec<Vec<String>>>,
    /// Lower-case first words of accepted expansions, per entry.
    pub first_words: Vec<Vec<String>>,
    /// The longest expansion (right or wrong) in words, per entry.
    pub longest: Vec<usize>,
    /// Per entry: whether all its expansions start with the same word (ignoring case),
    /// that is, whether it has one meaning (`KPU`; not `PPK` or `KIP`).
    pub one_meaning: Vec<bool>,
}

/// The abbreviation table of `rules/abbreviations.toml`, parsed on first use.
#[allow(clippy::expect_used, reason = "data embedded at build time; tests parse it")]
pub static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let file: File = serde_json::from_str(crate::house::data_file!("abbreviations"))
        .expect("rules/abbreviations.toml is valid (checked by tests)");
    Table::new(file.abbr)
});

/// Lower-case words of a phrase, punctuation dropped.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    words::split(phrase, 0).map(|s| s.text(phrase).to_lowercase()).collect()
}

impl Table {
    fn new(entries: Vec<Entry>) -> Table {
        let mut forms = WordMap::default();
        let mut dotted = Vec::new();
        let mut upper = WordMap::default();
        for (i, e) in entries.iter().enumerate() {
            let right = e.accept.iter().chain([&e.short]).map(|f| (f, FormKind::Right));
            let variants = e.variants.iter().map(|f| (f, FormKind::Variant));
            let rewrites = e
                .rewrites
                .iter()
                .enumerate()
                .map(|(r, w)| (&w.form, FormKind::Rewrite(r)));
            for (text, kind) in right.chain(variants).chain(rewrites) {
                let form = Form { entry: i, kind };
                upper.insert(text.to_uppercase(), i);
                if text.contains('.') {
                    dotted.push((text.clone(), form));
                } else {
                    forms.insert(text.clone(), form);
                }
            }
        }
        let words_of = |list: &[String]| list.iter().map(|p| phrase_words(p)).collect::<Vec<_>>();
        let expansions: Vec<_> = entries.iter().map(|e| words_of(&e.expansions)).collect();
        let wrong_expansions: Vec<_> = entries.iter().map(|e| words_of(&e.wrong_expansions)).collect();
        let first_words = expansions
            .iter()
            .map(|list| list.iter().filter_map(|w| w.first().cloned()).collect())
            .collect();
        let longest = expansions
            .iter()
            .zip(&wrong_expansions)
            .map(|(a, b)| a.iter().chain(b).map(Vec::len).max().unwrap_or(0))
            .collect();
        let one_meaning = entries
            .iter()
            .map(|e| {
                let first = |x: &String| x.split(' ').next().map(str::to_lowercase);
                e.expansions.iter().all(|x| first(x) == first(&e.expansions[0]))
            })
            .collect();
        Table {
            entries,
            forms,
            dotted,
            upper,
            expansions,
            wrong_expansions,
            first_words,
            longest,
            one_meaning,
        }
    }

    /// The entry a single written token belongs to.
    pub fn form(&self, token: &str) -> Option<Form> {
        self.word_form(lexicon::roles(token), token)
    }

    /// [`Table::form`] of a word whose lexicon roles are known (`Word::roles`).
    pub fn word_form(&self, roles: u32, token: &str) -> Option<Form> {
        if roles & lexicon::ABBR == 0 {
            return None;
        }
        self.forms.get(token).copied()
    }

    /// A dotted form (`K.P.U.`) starting at the beginning of `text`, with its length.
    pub fn dotted_at(&self, text: &str) -> Option<(usize, Form)> {
        self.dotted.iter().find_map(|(f, form)| {
            let after = text.get(f.len()..)?;
            (text.starts_with(f.as_str()) && !after.starts_with(char::is_alphanumeric)).then_some((f.len(), *form))
        })
    }

    /// Whether an all-caps token is some entry written in capitals.
    pub fn known_upper(&self, token: &str) -> bool {
        self.upper.contains_key(token)
    }

    /// [`Table::known_upper`] of a word whose lexicon roles are known (`Word::roles`): a
    /// form in capitals carries the role `ABBR` as the form does (the lexicon ignores
    /// ASCII case), so a word without it is asked no further.
    pub fn word_known_upper(&self, roles: u32, token: &str) -> bool {
        roles & lexicon::ABBR != 0 && self.upper.contains_key(token)
    }

    /// The entries that accept `words` as an expansion (for "that is the expansion of
    /// DPD" hints).
    pub fn entries_expanded_as<'a>(&'a self, words: &'a [String]) -> impl Iterator<Item = usize> + 'a {
        (0..self.entries.len()).filter(move |&i| self.expansions[i].iter().any(|x| x == words))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn entries_are_sorted_and_unique() {
        let keys: Vec<String> = TABLE.entries.iter().map(|e| e.short.to_lowercase()).collect();
        for pair in keys.windows(2) {
            assert!(
                pair[0] < pair[1],
                "not sorted or duplicate: {} then {}",
                pair[0],
                pair[1]
            );
        }
    }

    /// The lexicon role is the filter in front of the forms: no form may lack it.
    #[test]
    fn every_form_carries_the_lexicon_role() {
        for form in TABLE.forms.keys() {
            assert_ne!(lexicon::roles(form) & lexicon::ABBR, 0, "{form}");
            assert!(TABLE.form(form).is_some(), "{form}");
        }
    }

    /// [`Table::word_known_upper`] asks the role first: no form in capitals may lack it.
    /// A dotted form is several words, so no word is one.
    #[test]
    fn every_form_in_capitals_carries_the_lexicon_role() {
        for upper in TABLE.upper.keys().filter(|u| !u.contains('.')) {
            assert_ne!(lexicon::roles(upper) & lexicon::ABBR, 0, "{upper}");
        }
    }

    #[test]
    fn forms_are_single_tokens_and_unique_across_entries() {
        let mut seen = HashSet::new();
        for e in &TABLE.entries {
            let rewrites = e.rewrites.iter().map(|r| &r.form);
            for form in [&e.short]
                .into_iter()
                .chain(&e.accept)
                .chain(&e.variants)
                .chain(rewrites)
            {
                assert!(seen.insert(form.as_str()), "{form} appears twice");
                let pieces: Vec<_> = words::split(form, 0).collect();
                let dotted = form.ends_with('.') && pieces.len() > 1;
                assert!(pieces.len() == 1 || dotted, "{form} is not one token");
                if !dotted {
                    assert_eq!(pieces[0].text(form), form, "{form} has stray characters");
                }
            }
        }
    }

    #[test]
    fn no_wrong_form_is_also_a_right_one() {
        let right: HashSet<&str> = TABLE
            .entries
            .iter()
            .flat_map(|e| [&e.short].into_iter().chain(&e.accept))
            .map(String::as_str)
            .collect();
        for e in &TABLE.entries {
            for wrong in e.variants.iter().chain(e.rewrites.iter().map(|r| &r.form)) {
                assert!(
                    !right.contains(wrong.as_str()),
                    "{}: variant {wrong} is a right form",
                    e.short
                );
            }
            for r in &e.rewrites {
                assert_ne!(r.form, r.to, "{}: rewrite to itself", e.short);
            }
        }
    }

    #[test]
    fn short_forms_match_their_kind() {
        let lower = |s: &str| !s.chars().any(char::is_uppercase);
        let capital_only = |s: &str| s.starts_with(char::is_uppercase) && lower(&s[1..]);
        for e in &TABLE.entries {
            let s = e.short.as_str();
            let ok = match e.kind {
                Kind::Initialism => s.chars().take(2).all(char::is_uppercase),
                Kind::ProperAcronym | Kind::Title => capital_only(s),
                Kind::CommonAcronym => lower(s) || e.accept.iter().any(|a| lower(a)),
            };
            assert!(ok, "{s} is not written as a {:?}", e.kind);
        }
    }

    #[test]
    fn expansions_are_unique_and_never_both_right_and_wrong() {
        for (i, e) in TABLE.entries.iter().enumerate() {
            assert!(!e.expansions.is_empty(), "{} has no expansion", e.short);
            let right = &TABLE.expansions[i];
            let mut seen = HashSet::new();
            for words in right.iter().chain(&TABLE.wrong_expansions[i]) {
                assert!(!words.is_empty(), "{}: empty expansion", e.short);
                assert!(seen.insert(words), "{}: expansion {words:?} twice", e.short);
            }
        }
    }
}
