//! Affix-aware fallbacks: a word the dictionary rejects is still accepted when it is a
//! regular derivation of a word the dictionary (or the KPU supplement) knows.
//!
//! Hunspell's Indonesian affix flags cover only the derivations each stem was tagged
//! with, so correct forms such as `digelar`, `berintegritas`, `kepesertaan` or `datanya`
//! are rejected. A misspelling almost always damages the base itself (`partisipsi`), so
//! peeling off regular affixes and re-checking the base costs little recall and removes
//! most false alarms. Every decomposition removes at least one affix, so the search ends.

/// Shortest base worth looking up: two-letter "bases" would explain too many typos.
const MIN_BASE: usize = 3;

/// How many affix layers may be peeled (`ke-ter-selenggara-an` needs two, plus a clitic).
const MAX_DEPTH: usize = 3;

/// Clitics written joined to their host: possessives and particles.
const CLITICS: &[&str] = &["nya", "ku", "mu", "lah", "kah", "pun"];

/// Suffixes (`-kan`, `-an`, `-i`).
const SUFFIXES: &[&str] = &["kan", "an", "i"];

/// Bound forms written joined to the next word (EYD V): `antarlembaga`, `pascapemilu`.
const BOUND: &[&str] = &[
    "anti", "antar", "ekstra", "inter", "intra", "multi", "non", "pasca", "pra", "purna", "semi", "sub", "swa", "tuna",
];

/// Whether `word` (lower case, no hyphen) is a regular derivation of a base that `known`
/// accepts.
pub fn is_derived(word: &str, known: &dyn Fn(&str) -> bool) -> bool {
    derived(word, known, MAX_DEPTH)
}

fn derived(word: &str, known: &dyn Fn(&str) -> bool, depth: usize) -> bool {
    if depth == 0 {
        return false;
    }
    let mut found = false;
    bases(word, &mut |base| {
        found = found || (base.len() >= MIN_BASE && (known(base) || derived(base, known, depth - 1)));
        found
    });
    found
}

/// Calls `visit` with every base `word` may be derived from by removing one affix (or
/// one confix); stops as soon as `visit` returns true.
fn bases(word: &str, visit: &mut dyn FnMut(&str) -> bool) {
    for clitic in CLITICS {
        if let Some(base) = word.strip_suffix(clitic) {
            if visit(base) {
                return;
            }
        }
    }
    for suffix in SUFFIXES {
        if let Some(base) = word.strip_suffix(suffix) {
            if visit(base) {
                return;
            }
        }
    }
    // ke-...-an only as a confix: bare ke- makes numerals (kedua), which are words anyway.
    // ketidak-...-an nominalises a negated base (ketidakhadiran ← tidak hadir).
    for prefix in ["ketidak", "ke"] {
        if let Some(base) = word.strip_prefix(prefix).and_then(|w| w.strip_suffix("an")) {
            if visit(base) {
                return;
            }
        }
    }
    for prefix in BOUND {
        if let Some(base) = word.strip_prefix(prefix) {
            if visit(base) {
                return;
            }
        }
    }
    prefixed(word, visit);
}

/// Bases after removing a verbal or nominal prefix, with the nasal assimilation of
/// me(N)-/pe(N)- undone (`menulis` ← tulis, `penyusunan` ← susunan, `pemilih` ← pilih).
fn prefixed(word: &str, visit: &mut dyn FnMut(&str) -> bool) {
    let mut owned = String::new();
    let mut try_base = |restored: &str, rest: &str, visit: &mut dyn FnMut(&str) -> bool| {
        owned.clear();
        owned.push_str(restored);
        owned.push_str(rest);
        visit(&owned)
    };
    for plain in ["di", "ter", "ber", "per", "se"] {
        if let Some(rest) = word.strip_prefix(plain) {
            if visit(rest) {
                return;
            }
        }
    }
    // be- before r and in bekerja; te- before r (terasa); bel- in belajar.
    for (short, needs) in [("be", "r"), ("be", "ker"), ("te", "r"), ("bel", "ajar")] {
        if let Some(rest) = word.strip_prefix(short).filter(|r| r.starts_with(needs)) {
            if visit(rest) {
                return;
            }
        }
    }
    for nasal in ["me", "pe"] {
        let Some(after) = word.strip_prefix(nasal) else {
            continue;
        };
        for &(written, before, restored) in NASALS {
            let Some(rest) = after.strip_prefix(written) else {
                continue;
            };
            let fits = match before {
                Before::Vowel => rest.starts_with(VOWELS),
                Before::Letters(letters) => letters.iter().any(|l| rest.starts_with(l)),
                Before::OneSyllable => syllables(rest) == 1,
            };
            if fits && try_base(restored, rest, visit) {
                return;
            }
        }
        // me-/pe- before l, r, w, y, m, n: nothing assimilates.
        if after.starts_with(['l', 'r', 'w', 'y', 'm', 'n']) && visit(after) {
            return;
        }
    }
}

const VOWELS: [char; 5] = ['a', 'e', 'i', 'o', 'u'];

/// What may follow a nasal form for it to be that form: the rules of me(N)-/pe(N)-,
/// so that a typo such as `mengtakan` is not read as meng- + takan.
#[derive(Clone, Copy)]
enum Before {
    Vowel,
    Letters(&'static [&'static str]),
    /// menge-/penge- go before one-syllable bases only (`mengecek`, `pengecatan`).
    OneSyllable,
}

/// (nasal as written, what must follow it, letter it replaced)
const NASALS: &[(&str, Before, &str)] = &[
    ("nge", Before::OneSyllable, ""),
    ("ng", Before::Vowel, ""),
    ("ng", Before::Letters(&["g", "h", "kh"]), ""),
    ("ng", Before::Vowel, "k"),
    ("ny", Before::Vowel, "s"),
    ("ny", Before::Vowel, "c"),
    ("m", Before::Letters(&["b", "f", "v", "p"]), ""),
    ("m", Before::Vowel, "p"),
    ("n", Before::Letters(&["d", "c", "j", "z", "sy", "t"]), ""),
    ("n", Before::Vowel, "t"),
];

/// The number of vowel groups, a fair count of syllables for these checks.
pub(crate) fn syllables(word: &str) -> usize {
    let mut count = 0;
    let mut in_vowel = false;
    for c in word.chars() {
        let vowel = VOWELS.contains(&c);
        if vowel && !in_vowel {
            count += 1;
        }
        in_vowel = vowel;
    }
    count
}

/// Whether `first-second` is a reduplication of one base with affixes around it
/// (`disia-siakan` ← sia-sia, `sebaik-baiknya` ← baik, `tari-menari` ← tari). Both parts
/// are lower case.
pub fn is_reduplication(first: &str, second: &str, known: &dyn Fn(&str) -> bool) -> bool {
    let mut firsts = vec![first.to_string()];
    bases(first, &mut |b| {
        firsts.push(b.to_string());
        false
    });
    let mut found = false;
    let mut check = |core: &str| {
        found = core.len() >= MIN_BASE
            && firsts.iter().any(|f| f == core)
            && (known(core) || known(&format!("{core}-{core}")) || derived(core, known, MAX_DEPTH - 1));
        found
    };
    if !check(second) {
        bases(second, &mut check);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASES: &[&str] = &[
        "ajar",
        "baru",
        "cek",
        "data",
        "gelar",
        "hadir",
        "integritas",
        "kerja",
        "koordinasi",
        "kumpul",
        "lembaga",
        "mutakhir",
        "pemilu",
        "peserta",
        "pilih",
        "rasa",
        "selenggara",
        "sia-sia",
        "susun",
        "tahap",
        "tulis",
        "ujar",
    ];

    fn known(word: &str) -> bool {
        BASES.contains(&word)
    }

    fn ok(word: &str) -> bool {
        is_derived(word, &known)
    }

    #[test]
    fn clitics_are_stripped() {
        for w in [
            "ujarnya",
            "datanya",
            "datamu",
            "dataku",
            "gelarlah",
            "pilihkah",
            "datapun",
            "datanyalah",
        ] {
            assert!(ok(w), "{w}");
        }
    }

    #[test]
    fn prefixes_and_suffixes_on_known_bases() {
        for w in [
            "digelar",
            "berintegritas",
            "bekerja",
            "belajar",
            "terasa",
            "tergelar",
            "gelaran",
            "dikoordinasikan",
            "diperbarui",
            "sepilihan",
        ] {
            assert!(ok(w), "{w}");
        }
    }

    #[test]
    fn confixes_and_nasal_assimilation() {
        for w in [
            "kepesertaan",
            "keterselenggaraan",
            "kepemiluan",
            "pemutakhiran",
            "memutakhirkan",
            "pemilihan",
            "pemilih",
            "memilih",
            "menulis",
            "penulisan",
            "penyusunan",
            "menyusun",
            "pengumpulan",
            "mengumpulkan",
            "mengecek",
            "pengecekan",
            "pendataan",
            "ketidakhadiran",
        ] {
            assert!(ok(w), "{w}");
        }
    }

    #[test]
    fn bound_forms_are_joined_to_known_words() {
        for w in ["antarlembaga", "pascapemilu", "nontahapan", "prapemilu", "antarpeserta"] {
            assert!(ok(w), "{w}");
        }
    }

    #[test]
    fn damaged_bases_stay_unknown() {
        for w in [
            "partisipsi",
            "pemlihan",
            "digelr",
            "kepsertaan",
            "ujarnay",
            "ke",
            "nya",
            "di",
            "dikan",
            "kean",
        ] {
            assert!(!ok(w), "{w}");
        }
    }

    #[test]
    fn reduplications_share_one_base() {
        let redup = |a: &str, b: &str| is_reduplication(a, b, &known);
        assert!(redup("disia", "siakan"));
        assert!(redup("tulis", "menulis"));
        assert!(redup("sedata", "datanya"));
        assert!(!redup("disia", "tulisan"));
        assert!(!redup("partisipsi", "partisipsi"));
    }

    #[test]
    fn impossible_nasal_forms_are_no_derivations() {
        // meng- never goes before t or l, peng- never before m; menge- only before one
        // syllable.
        for w in ["mengtakan", "menglola", "pengmanan", "mengeujar"] {
            assert!(
                !is_derived(w, &|b| ["takan", "tak", "lola", "manan", "ujar"].contains(&b)),
                "{w}"
            );
        }
    }

    #[test]
    fn bare_ke_is_not_a_prefix_and_short_bases_are_ignored() {
        assert!(!ok("kegelar"));
        // "ia" is too short to count as a base even if a dictionary knew it.
        assert!(!is_derived("diia", &|w| w == "ia"));
    }
}
