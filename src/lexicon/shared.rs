// The lexicon's hash and role bits. `build.rs` includes this file, so the table it lays
// out and the lookups at run time agree; the hash is FNV-1a over the bytes in ASCII lower
// case, so a word is hashed as it is written, without making a lower-case copy.

/// FNV-1a of `word` with ASCII letters folded to lower case.
pub const fn fold_hash(word: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < word.len() {
        hash ^= word[i].to_ascii_lowercase() as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

// Roles a word can carry: one bit each. A role says the word may matter to the rules of
// that role; each rule still judges the word with its own data.

/// A day name or its variant (`Senin`, `Jum'at`).
pub const DAY: u16 = 1 << 0;
/// A month name, Indonesian or English (`Oktober`, `October`).
pub const MONTH: u16 = 1 << 1;
/// A non-standard form of one word in the word pairs, alone or before `-nya`
/// (`praktek`, `resikonya`).
pub const PAIR: u16 = 1 << 2;
/// The first word of a non-standard form of several words (`dari` of `dari pada`).
pub const PAIR_START: u16 = 1 << 3;
/// `di`/`ke` joined to a listed place, space or time word (`dibawah`, `kemana`,
/// `dibawahnya`).
pub const DI_KE: u16 = 1 << 4;
/// A bound form that is written joined to its base (`antar`, `pasca`, `non`).
pub const BOUND_PREFIX: u16 = 1 << 5;
