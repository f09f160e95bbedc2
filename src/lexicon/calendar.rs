// Day and month names. Plain constants with no crate paths: `build.rs` includes this file
// to put the names in the lexicon, and the crate includes it as `lexicon::calendar`.

/// Day names, standard and variant spellings, matched ignoring ASCII case (`’` must
/// match exactly), with their weekday (0 = Monday) and standard form. `Ahad` is a
/// standard synonym of `Minggu`.
pub const DAY_NAMES: &[(&str, u8, &str)] = &[
    ("senin", 0, "Senin"),
    ("selasa", 1, "Selasa"),
    ("rabu", 2, "Rabu"),
    ("kamis", 3, "Kamis"),
    ("jumat", 4, "Jumat"),
    ("sabtu", 5, "Sabtu"),
    ("minggu", 6, "Minggu"),
    ("ahad", 6, "Ahad"),
    ("jum'at", 4, "Jumat"),
    ("jum’at", 4, "Jumat"),
    ("jumaat", 4, "Jumat"),
    ("senen", 0, "Senin"),
    ("rebo", 2, "Rabu"),
    ("kemis", 3, "Kamis"),
    ("saptu", 5, "Sabtu"),
];

/// Month names as written, January first.
#[rustfmt::skip]
pub const MONTHS: [&str; 12] = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
];

/// Misspelt month names a writer may use in a date (the `baku/` family reports the
/// spelling; a date parser only has to understand them), with their month number.
pub const MONTH_VARIANTS: &[(&str, u16)] = &[("pebruari", 2), ("febuari", 2), ("nopember", 11)];

/// English month names seen in releases, with the Indonesian month.
pub const ENGLISH_MONTHS: [(&str, &str); 9] = [
    ("january", "Januari"),
    ("february", "Februari"),
    ("march", "Maret"),
    ("may", "Mei"),
    ("june", "Juni"),
    ("july", "Juli"),
    ("august", "Agustus"),
    ("october", "Oktober"),
    ("december", "Desember"),
];
