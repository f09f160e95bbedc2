//! The lexicon: every word the house data keys on (word pairs, `di`/`ke` forms, bound
//! forms, day and month names), case-folded, with the roles it plays. The table is laid
//! out at build time from `rules/*.toml` and [`calendar`]; the document looks each word
//! up once ([`crate::document::Word::roles`]) and a rule visits only the words that carry
//! its role, then judges them with its own data.
//!
//! The structure was chosen by measurement (BENCHMARKS.md): a build-time open-addressing
//! table hashed over the folded first and last eight bytes of a word needs no start-up work, no lower-case copy of the word
//! and about one probe a miss, where `std`'s `HashMap` spends most of a lookup in SipHash
//! and must be built at start-up, and a binary search over the sorted keys makes a dozen
//! string comparisons.

pub mod calendar;
mod shared;

pub use shared::{
    BOUND_PREFIX, CAPITAL_THIRD, DAY, DI, DI_KE, ENDS_IN_2, ENDS_IN_PUN, HYPHENATED, MONTH, PAIR, PAIR_START, PUN, RP,
};

/// The shape marks of `word` (see [`HYPHENATED`] and the marks after it).
pub fn shape_marks(word: &str) -> u16 {
    let bytes = word.as_bytes();
    let mut marks = 0;
    if bytes.contains(&b'-') {
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
    marks
}

include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

/// The roles of `word` (compared ignoring ASCII case), or 0 when it has none.
pub fn roles(word: &str) -> u16 {
    if word.len() > MAX_LEN {
        return 0;
    }
    let mask = SLOTS.len() - 1;
    let hash = shared::fold_hash(word.as_bytes());
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
    fn every_key_is_found() {
        for (key, &role) in KEYS.iter().zip(ROLES) {
            assert_eq!(roles(key), role, "{key}");
            assert_eq!(roles(&key.to_uppercase()) & role, role, "{key}");
        }
    }
}
