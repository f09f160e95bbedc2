//! The lexicon: every word the house data keys on (word pairs, `di`/`ke` forms, bound
//! forms, day and month names, abbreviations), case-folded, with the roles it plays. The table is laid
//! out at build time from `rules/*.toml` and [`calendar`]; the document looks each word
//! up once ([`crate::document::Word::roles`]) and a rule visits only the words that carry
//! its role, then judges them with its own data.
//!
//! The structure was chosen by measurement (BENCHMARKS.md): a build-time open-addressing
//! table hashed over the folded first and last eight bytes of a word needs no start-up work, no lower-case copy of the word
//! and about one probe a miss, where `std`'s `HashMap` spends most of a lookup in SipHash
//! and must be built at start-up, and a binary search over the sorted keys makes a dozen
//! string comparisons. A bitmap of other bits of the hashes (4 KB) answers most misses
//! before the slots (32 KB, too large to stay in the first-level cache) are read.

pub mod calendar;
mod shared;

pub use shared::{
    ABBR, ALL_CAPS, BOUND_PREFIX, CAPITAL_THIRD, DAY, DI, DI_KE, ENDS_IN_2, ENDS_IN_PUN, HYPHENATED, MONTH, PAIR,
    PAIR_START, PUN, REPEATS, RP,
};
pub use shared::{NSW_FORM, NSW_SECOND, NSW_START, PLEONASM};

/// The shape marks of `word` (see [`HYPHENATED`] and the marks after it), given what the
/// splitter saw while reading its bytes: whether it holds a hyphen, and whether it is
/// all capitals ([`crate::case::is_all_caps`]). A second walk over the word cost as much
/// as finding it.
#[inline]
pub fn shape_marks(word: &str, hyphenated: bool, all_caps: bool) -> u32 {
    let bytes = word.as_bytes();
    let mut marks = 0;
    if hyphenated {
        marks |= HYPHENATED;
    }
    if bytes.ends_with(b"2") || bytes.ends_with(b"2nya") {
        marks |= ENDS_IN_2;
    }
    if bytes.ends_with(b"pun") || bytes.ends_with(b"PUN") {
        marks |= ENDS_IN_PUN;
    }
    let capital_third = match bytes.get(2) {
        // An ASCII byte starts a character: no decoding needed.
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => word.get(2..).is_some_and(|rest| rest.starts_with(char::is_uppercase)),
        None => false,
    };
    if capital_third {
        marks |= CAPITAL_THIRD;
    }
    if all_caps {
        marks |= ALL_CAPS;
    }
    marks
}

/// Whether `word` may repeat `before` (the mark [`REPEATS`], given one space between):
/// equal but for ASCII case, or with letters beyond ASCII, which only lower-casing
/// compares. Most neighbours differ in their ASCII initial and are ruled out by it.
#[inline]
pub fn may_repeat(before: &str, word: &str) -> bool {
    if let (Some(x), Some(y)) = (before.bytes().next(), word.bytes().next()) {
        if x.is_ascii() && y.is_ascii() && !x.eq_ignore_ascii_case(&y) {
            return false;
        }
    }
    before.eq_ignore_ascii_case(word) || !(before.is_ascii() && word.is_ascii())
}

use crate::span::Span;

/// A map over house data keyed by words or names, asked per word of a release: hashed
/// with foldhash rather than SipHash, which cost most of a lookup. The keys are the
/// house's own data, so no input can crowd one bucket.
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;
/// A set over house data, hashed as [`WordMap`].
pub(crate) type WordSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;

include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

/// The roles of `word` (compared ignoring ASCII case), or 0 when it has none.
pub fn roles(word: &str) -> u32 {
    if word.len() > MAX_LEN {
        return 0;
    }
    lookup(word, shared::fold_hash(word.as_bytes()))
}

/// [`roles`] of `word`, the text at `span` of `source` (the caller's slice, not cut
/// again): a short word is hashed from the eight bytes of the source that start with it,
/// read at once.
#[inline]
pub fn roles_in(source: &str, span: Span, word: &str) -> u32 {
    debug_assert_eq!(span.text(source), word);
    let n = word.len();
    if n > MAX_LEN {
        return 0;
    }
    let window = source
        .as_bytes()
        .get(span.start..)
        .and_then(|rest| rest.first_chunk::<8>());
    let hash = match window {
        Some(window) if (1..8).contains(&n) => shared::fold_hash_short(*window, n),
        _ => shared::fold_hash(word.as_bytes()),
    };
    lookup(word, hash)
}

#[inline]
fn lookup(word: &str, hash: u64) -> u32 {
    let bit = shared::filter_bit(hash);
    if FILTER.get(bit / 64).is_none_or(|bits| bits >> (bit % 64) & 1 == 0) {
        return 0;
    }
    let mask = SLOTS.len() - 1;
    let fingerprint = (hash >> 48) as u32;
    let mut at = hash as usize & mask;
    loop {
        let slot = SLOTS.get(at).copied().unwrap_or(0);
        if slot == 0 {
            return 0;
        }
        if slot >> 16 == fingerprint {
            let index = (slot & 0xffff) as usize - 1;
            if KEYS.get(index).is_some_and(|key| key.eq_ignore_ascii_case(word)) {
                return ROLES.get(index).copied().unwrap_or(0);
            }
        }
        at = (at + 1) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_words_up_ignoring_ascii_case() {
        assert_eq!(roles("Senin") & DAY, DAY);
        assert_eq!(roles("JUM'AT") & DAY, DAY);
        assert_eq!(roles("jum’at") & DAY, DAY);
        assert_eq!(roles("October") & MONTH, MONTH);
        assert_eq!(roles("praktek") & PAIR, PAIR);
        assert_eq!(roles("PRAKTEKnya") & PAIR, PAIR);
        assert_eq!(roles("dibawah") & DI_KE, DI_KE);
        assert_eq!(roles("pasca") & BOUND_PREFIX, BOUND_PREFIX);
        assert_eq!(roles("rapat"), 0);
        assert_eq!(roles(""), 0);
    }

    #[test]
    fn words_in_a_text_hash_as_alone() {
        let text = "Di KPU, di-bawah dibawah Jum'at JUMAT  pasca\u{301}x Oktober";
        for span in crate::document::words::split(text, 0) {
            assert_eq!(
                roles_in(text, span, span.text(text)),
                roles(span.text(text)),
                "{}",
                span.text(text)
            );
        }
        for (key, &role) in KEYS.iter().zip(ROLES) {
            let text = format!("{key} {key}");
            assert_eq!(roles_in(&text, Span::new(0, key.len()), key), role, "{key}");
            let end = Span::new(key.len() + 1, text.len());
            assert_eq!(roles_in(&text, end, key), role, "{key}");
        }
    }

    #[test]
    fn every_key_is_found() {
        for (key, &role) in KEYS.iter().zip(ROLES) {
            assert_eq!(roles(key), role, "{key}");
            assert_eq!(roles(&key.to_uppercase()) & role, role, "{key}");
        }
    }
}
