//! Gazetteer slugs within a few edits of a misspelt one, found without measuring the
//! distance to all 550: a slug is measured only when its length and its set of
//! characters allow it to be that near. `dateline/domain-misspelt` asks for every
//! release whose domain the gazetteer does not know, and measuring every slug of a near
//! length was a tenth of such a release's cost.

use std::sync::LazyLock;

use super::{Satker, SATKER};

/// Each satker with a slug (KPU RI's is empty), by its slug's length in characters,
/// with the set ([`char_set`]) and the counts ([`char_counts`]) of the characters its
/// slug uses, in gazetteer order.
static BY_LENGTH: LazyLock<Vec<Vec<Entry>>> = LazyLock::new(|| {
    let mut by_length: Vec<Vec<Entry>> = Vec::new();
    for s in SATKER.iter().filter(|s| !s.slug.is_empty()) {
        let length = s.slug.chars().count();
        if by_length.len() <= length {
            by_length.resize_with(length + 1, Vec::new);
        }
        by_length[length].push(Entry {
            set: char_set(&s.slug),
            counts: char_counts(&s.slug),
            satker: s,
        });
    }
    by_length
});

struct Entry {
    set: u64,
    counts: Counts,
    satker: &'static Satker,
}

/// The satker (KPU RI left out) whose slug is at most `limit` edits from `slug`
/// (Damerau–Levenshtein: insert, delete, substitute, swap neighbours), with the
/// distance, in gazetteer order.
pub(crate) fn slugs_within(slug: &str, limit: usize) -> Vec<(usize, &'static Satker)> {
    let length = slug.chars().count();
    let set = char_set(slug);
    let counts = char_counts(slug);
    let mut near: Vec<(usize, &'static Satker)> = BY_LENGTH
        .iter()
        .enumerate()
        // The distance is at least the difference in length ...
        .filter(|(other, _)| other.abs_diff(length) <= limit)
        .flat_map(|(_, entries)| entries.iter())
        // ... at least the number of characters one slug has and the other lacks ...
        .filter(|e| (e.set & !set).count_ones() as usize <= limit && (set & !e.set).count_ones() as usize <= limit)
        // ... and at least the count of characters one slug has more of (each edit
        // adds, removes or replaces one; a swap changes no count).
        .filter(|e| surplus(&e.counts, &counts) <= limit && surplus(&counts, &e.counts) <= limit)
        .map(|e| (strsim::damerau_levenshtein(slug, &e.satker.slug), e.satker))
        .filter(|&(distance, _)| distance <= limit)
        .collect();
    // Buckets by length are visited in turn: back to gazetteer order.
    near.sort_by_key(|&(_, s)| std::ptr::from_ref(s) as usize);
    near
}

/// How many of each character a slug has, by [`bin`].
type Counts = [u8; 64];

fn char_counts(text: &str) -> Counts {
    let mut counts = [0u8; 64];
    for c in text.chars() {
        let count = &mut counts[bin(c) as usize];
        *count = count.saturating_add(1);
    }
    counts
}

/// How many characters `a` has beyond those of `b`.
fn surplus(a: &Counts, b: &Counts) -> usize {
    a.iter().zip(b).map(|(&x, &y)| usize::from(x.saturating_sub(y))).sum()
}

/// The characters of `text` as bits: one for each ASCII letter and digit and the
/// hyphen, one shared by all others (which only makes the bounds lower, never wrong).
fn char_set(text: &str) -> u64 {
    text.chars().fold(0, |set, c| set | 1 << bin(c))
}

fn bin(c: char) -> u32 {
    match c {
        'a'..='z' => u32::from(c) - u32::from('a'),
        '0'..='9' => 26 + u32::from(c) - u32::from('0'),
        '-' => 36,
        _ => 63,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every slug measured, as `dateline/domain-misspelt` first did.
    fn by_measuring_all(slug: &str, limit: usize) -> Vec<(usize, &'static str)> {
        SATKER
            .iter()
            .filter(|s| !s.slug.is_empty())
            .map(|s| (strsim::damerau_levenshtein(slug, &s.slug), s.slug.as_str()))
            .filter(|&(distance, _)| distance <= limit)
            .collect()
    }

    #[test]
    fn the_bounds_drop_no_near_slug() {
        let mut slugs: Vec<String> = SATKER.iter().step_by(7).map(|s| s.slug.clone()).collect();
        // Misspellings of every kind: a letter dropped, doubled, swapped, replaced, and
        // characters no slug has.
        for s in SATKER.iter().step_by(11).filter(|s| s.slug.len() > 3) {
            let b = s.slug.as_bytes();
            let text = |v: Vec<u8>| String::from_utf8(v).unwrap();
            slugs.push(text([&b[..1], &b[2..]].concat()));
            slugs.push(text([&b[..2], &b[1..]].concat()));
            slugs.push(text([&b[..1], &b[2..3], &b[1..2], &b[3..]].concat()));
            slugs.push(text([&b[..2], b"x", &b[3..]].concat()));
            slugs.push(format!("{}é_", s.slug));
        }
        slugs.extend(["", "x", "kab", "kota-smrang", "jatemg", "jtmg", "kab-kendl"].map(String::from));
        for slug in &slugs {
            for limit in [1, 2] {
                let fast: Vec<_> = slugs_within(slug, limit)
                    .into_iter()
                    .map(|(d, s)| (d, s.slug.as_str()))
                    .collect();
                assert_eq!(fast, by_measuring_all(slug, limit), "{slug} within {limit}");
            }
        }
    }
}
