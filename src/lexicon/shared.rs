// The lexicon's hash and role bits. `build.rs` includes this file, so the table it lays
// out and the lookups at run time agree.

/// A hash of `word` that ignores ASCII case: its length and its first and last eight
/// bytes with the case bit set, mixed by two multiplications. Words that are equal
/// ignoring ASCII case hash alike (other bytes must be equal anyway); the table compares
/// the words after the hash, so other collisions only cost a probe. Reading at most two
/// words of memory makes a miss, the common case, cheap whatever the word's length.
pub fn fold_hash(word: &[u8]) -> u64 {
    let n = word.len();
    let (head, tail) = match (word.first_chunk::<8>(), word.last_chunk::<8>()) {
        (Some(head), Some(tail)) => (u64::from_le_bytes(*head), u64::from_le_bytes(*tail)),
        // Shorter than eight bytes: one word of memory, filled byte by byte (a copy of
        // a variable length would be a call to memcpy).
        _ => {
            let mut x = 0u64;
            let mut i = 0;
            while i < n {
                x |= (word[i] as u64) << (8 * i);
                i += 1;
            }
            (x, x)
        }
    };
    mix(head, tail, n)
}

/// [`fold_hash`] of a word shorter than eight bytes, from the eight bytes of text that
/// start with it: the bytes after the word are masked off, so no copy is made.
pub fn fold_hash_short(window: [u8; 8], n: usize) -> u64 {
    let x = u64::from_le_bytes(window) & (u64::MAX >> (64 - 8 * n.clamp(1, 7)));
    mix(x, x, n)
}

/// Bits in the lexicon's filter: a word whose bit is clear is not in the table.
pub const FILTER_BITS: usize = 1 << 15;

/// The filter bit of a hash: bits other than those that pick the slot (the lowest) and
/// the fingerprint (the top 16), so that the filter rules out words the slots would not.
pub fn filter_bit(hash: u64) -> usize {
    (hash >> 20) as usize & (FILTER_BITS - 1)
}

fn mix(head: u64, tail: u64, n: usize) -> u64 {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let (head, tail) = (head | CASE, tail | CASE);
    let h = (head ^ (n as u64).rotate_left(40)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ tail.wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    h ^ (h >> 29)
}

// Roles a word can carry: one bit each. A role says the word may matter to the rules of
// that role; each rule still judges the word with its own data.

/// A day name or its variant (`Senin`, `Jum'at`).
pub const DAY: u32 = 1 << 0;
/// A month name, Indonesian or English (`Oktober`, `October`).
pub const MONTH: u32 = 1 << 1;
/// A non-standard form of one word in the word pairs, alone or before `-nya`
/// (`praktek`, `resikonya`).
pub const PAIR: u32 = 1 << 2;
/// The first word of a non-standard form of several words (`dari` of `dari pada`).
pub const PAIR_START: u32 = 1 << 3;
/// `di`/`ke` joined to a listed place, space or time word (`dibawah`, `kemana`,
/// `dibawahnya`).
pub const DI_KE: u32 = 1 << 4;
/// A bound form that is written joined to its base (`antar`, `pasca`, `non`).
pub const BOUND_PREFIX: u32 = 1 << 5;
/// The word `di` (`di laksanakan`).
pub const DI: u32 = 1 << 6;
/// The word `pun` (`walau pun`).
pub const PUN: u32 = 1 << 7;
/// `Rp` (`Rp 5.000`).
pub const RP: u32 = 1 << 8;
/// A written form of an abbreviation in `rules/abbreviations.toml` (`KPU`, `Bawaslu`,
/// `bawaslu`), any case, or the first word of a dotted form (`K` of `K.P.U.`).
pub const ABBR: u32 = 1 << 9;

// Shape marks: set by the document from how a word is written, not from the table, so
// that a rule about a written shape also visits only its words.

/// The word has a hyphen (`se-Jawa`, `pasca-pemilu`).
pub const HYPHENATED: u32 = 1 << 10;
/// The word ends in `2` or `2nya` (`masing2`).
pub const ENDS_IN_2: u32 = 1 << 11;
/// The word ends in `pun` or `PUN` (`apapun`).
pub const ENDS_IN_PUN: u32 = 1 << 12;
/// A capital right after the first two bytes (`diKPU`).
pub const CAPITAL_THIRD: u32 = 1 << 13;
/// Three or more letters, all capitals (`KPU`, `SIREKAP`): a possible abbreviation.
pub const ALL_CAPS: u32 = 1 << 14;
/// The word may repeat the word before it (`sangat sangat`): one space between them,
/// and the same letters but for case (or letters beyond ASCII, compared by the rule).
pub const REPEATS: u32 = 1 << 15;

// Roles for the candidates of single `baku/` rules, from those rules' own data, so that
// each visits its few words instead of every word of a given first letter.

/// A word a pleonasm of `baku/pleonasm` opens with (`adalah`, `agar`, `demi`, `para`,
/// `sangat`).
pub const PLEONASM: u32 = 1 << 16;
/// A one-word non-standard form that `baku/non-standard-word` reports, alone or
/// before `-nya` (`praktek`, `prakteknya`): [`PAIR`] without the kinds other
/// rules own, so that it skips the pairs of day and month names, `di`/`ke` and `pun`.
pub const NSW_FORM: u32 = 1 << 17;
/// The first word of a non-standard form of several words that `baku/non-standard-word`
/// reports (`dari` of `dari pada`): [`PAIR_START`] without `ada` of `ada pun`, `antar`
/// of `antar kota` and the like, common words whose forms other rules own.
pub const NSW_START: u32 = 1 << 18;
/// The second word of a non-standard form of several words that
/// `baku/non-standard-word` reports (`pada` of `dari pada`).
pub const NSW_SECOND: u32 = 1 << 19;
