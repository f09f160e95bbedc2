//! `baku/reduplication-spaced`: a reduplication written with spaces or a dash:
//! `disia – siakan` → `disia-siakan`, `anak - anak` → `anak-anak`; an affixed one written
//! apart (`terus menerus` → `terus-menerus`, unsafe).

use super::gap;
use super::initials::Initials;
use crate::diagnostic::{Edit, Fix};
use crate::document::Document;
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct ReduplicationSpaced;
    id: "baku/reduplication-spaced",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Kata ulang ditulis dengan spasi atau tanda pisah", "Reduplication written with spaces or a dash"),
    what: (
        "Kata ulang ditulis dengan tanda hubung (`-`) tanpa spasi: `anak-anak`, `disia-siakan`, `siswa-siswi`, `sebaik-baiknya` (EYD V, Tanda Hubung). Aturan ini menandai dua kata yang dipisahkan tanda hubung atau tanda pisah berspasi (`disia – siakan`) atau tanda pisah tanpa spasi (`anak–anak`), asalkan keduanya memang kata ulang: kata yang sama, kata dasar yang sama dengan imbuhan (`disia – siakan`, `sebaik - baiknya`), atau perubahan vokal akhir (`siswa – siswi`). Rentang seperti `Senin – Jumat` atau `2019 – 2024` bukan kata ulang dan tidak ditandai. Kata ulang berimbuhan yang hanya dipisah spasi (`terus menerus`, `bersama sama`, `tolong menolong`: satu sisi kata dasar, sisi lain kata dasar yang sama dengan ber- atau meN-) juga ditandai. Dua kata yang sama persis (`hati hati`) ditangani `spell/doubled-word`.",
        "A reduplication is written with a hyphen (`-`) and no spaces: `anak-anak`, `disia-siakan`, `siswa-siswi`, `sebaik-baiknya` (EYD V, hyphen). This rule flags two words separated by a spaced hyphen or dash (`disia – siakan`) or an unspaced dash (`anak–anak`) when they really are a reduplication: the same word, the same base with affixes (`disia – siakan`, `sebaik - baiknya`), or a change of the final vowel (`siswa – siswi`). Ranges such as `Senin – Jumat` or `2019 – 2024` are not reduplications and are not flagged. An affixed reduplication written apart with a space only (`terus menerus`, `bersama sama`, `tolong menolong`: one side the base, the other the same base with ber- or meN-) is flagged too. Two identical words (`hati hati`) are `spell/doubled-word`'s.",
    ),
    why: (
        "Ini ejaan baku (EYD V, tanda hubung); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, hyphen); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Perbaikan aman: ganti pemisahnya dengan `-`; untuk kata ulang yang hanya dipisah spasi perbaikannya tidak aman, karena dua kata bisa saja memang berdampingan, dan tidak ada kata yang dihapus.",
        "Safe fix: the separator becomes `-`; for a reduplication written apart with a space only the fix is unsafe, since two words may really stand side by side, and no word is ever deleted.",
    ),
    examples: [
        Example {
            bad: "Ia berharap hak pilih tidak disia – siakan pada hari pemungutan suara.",
            good: "Ia berharap hak pilih tidak disia-siakan; layanan dibuka Senin – Jumat bagi siswa-siswi dan anak-anak.",
        },
        Example {
            bad: "Kegiatan diikuti siswa - siswi sekolah menengah.",
            good: "Kegiatan diikuti siswa-siswi sekolah menengah.",
        },
        Example {
            bad: "Data pemilih dimutakhirkan terus menerus oleh petugas yang bekerja bersama sama.",
            good: "Data pemilih dimutakhirkan terus-menerus oleh petugas yang bekerja bersama-sama dan terus mendata warga.",
        },
    ],
    messages: {
        MESSAGE = (
            "Kata ulang ditulis dengan tanda hubung tanpa spasi: '{right}'",
            "A reduplication takes a hyphen without spaces: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
        APART = (
            "Bila kedua kata memang dua kata terpisah, biarkan",
            "If they really are two separate words, leave them",
        ),
    },
}

/// Prefixes before the repeated base (`disia-siakan`, `sebaik-baiknya`, `berlari-lari`).
const PREFIXES: &[&str] = &["", "ber", "di", "ke", "me", "mem", "men", "meng", "se", "ter"];
/// Suffixes after the repeated base.
const SUFFIXES: &[&str] = &["", "an", "i", "kan", "nya", "annya", "kannya"];

impl Rule for ReduplicationSpaced {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        let initials = cx.memo(Initials::of);
        for index in candidates(doc, &initials) {
            let word = &doc.words[index];
            if !word.is_checked() {
                continue;
            }
            let Some(next) = doc.words.get(index + 1).filter(|n| !n.in_address()) else {
                continue;
            };
            let between = gap(doc, word, next);
            let (first, second) = (doc.text(word.span), doc.text(next.span));
            // Written apart with a space, the pair may be two words: only an affixed
            // reduplication (`terus menerus`, `bersama sama`) is flagged, unsafely;
            // identical words are `spell/doubled-word`'s. Cheap tests come first.
            let spaced = between == " "
                && shares_an_ending(first, second)
                && !second.starts_with(char::is_uppercase)
                && spaced_reduplication(&first.to_lowercase(), &second.to_lowercase());
            let dashed = !spaced
                && between != " "
                && dashed(between)
                && reduplication(&first.to_lowercase(), &second.to_lowercase());
            if !spaced && !dashed {
                continue;
            }
            let right = format!("{first}-{second}");
            let args = [("right", right.as_str())];
            let edit = Edit::replace(Span::new(word.span.end, next.span.start), "-");
            let span = Span::new(word.span.start, next.span.end);
            let fix = cx.text(&FIX, &args);
            let finding = cx.finding(&META, span, &MESSAGE, &args);
            out.push(if spaced {
                finding
                    .with_fix(Fix::unsafe_(fix, vec![edit]))
                    .with_help(cx.text(&APART, &[]))
            } else {
                finding.with_fix(Fix::safe(fix, vec![edit]))
            });
        }
    }
}

/// The neighbours that may be a reduplication, by the index of the first, in text order:
/// written apart with a space, one of the two starts with ber- or meN-
/// ([`spaced_reduplication`]; no letter but ASCII lower-cases to those) and both end
/// alike ([`shares_an_ending`]); written with a dash, a dash stands between them. Most
/// pairs are neither, and are not visited; the few that are, a dozen a release, are
/// sorted.
fn candidates(doc: &Document<'_>, initials: &Initials) -> Vec<usize> {
    let (source, words) = (doc.source.as_bytes(), &doc.words);
    let last = |i: usize| {
        words
            .get(i)
            .map_or(0, |w| source.get(w.span.end - 1).map_or(0, u8::to_ascii_lowercase))
    };
    let mut pairs = Vec::with_capacity(2 * initials.affixed.len());
    for &affixed in &initials.affixed {
        let affixed = affixed as usize;
        let end = last(affixed);
        if affixed > 0 && last(affixed - 1) == end {
            pairs.push(affixed - 1);
        }
        if last(affixed + 1) == end {
            pairs.push(affixed);
        }
    }
    pairs.extend(dashes_between(doc));
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// The pairs of neighbours (by the index of the first) with a `-`, `–`, `—` or `‐`
/// between them; once for each such mark.
fn dashes_between<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = usize> + 'd {
    let words = &doc.words;
    let source = doc.source.as_bytes();
    // The words before `after` end before the byte looked at: the bytes come in order.
    let mut after = 0;
    memchr::memchr2_iter(b'-', 0xE2, source).filter_map(move |at| {
        // 0xE2 starts curly quotes and other marks too: only `‐` (U+2010), `–` and `—`
        // (U+2013, U+2014) are dashes.
        let dash = source[at] == b'-'
            || source
                .get(at + 1..at + 3)
                .is_some_and(|b| matches!(b, [0x80, 0x90 | 0x93 | 0x94]));
        if !dash {
            return None;
        }
        after += words[after..].partition_point(|w| w.span.end <= at);
        // Inside word `after` (`anak-anak`), the byte is no separator.
        let next = words.get(after)?;
        (after > 0 && next.span.start > at).then(|| after - 1)
    })
}

/// A hyphen or dash with spaces around it, or a dash alone, on one line.
fn dashed(gap: &str) -> bool {
    // Most gaps hold no dash at all: a byte test before trimming.
    if !gap.bytes().any(|b| b == b'-' || b == 0xE2) {
        return false;
    }
    let mark = gap.trim_matches([' ', '\t']);
    let is_dash = matches!(mark, "-" | "–" | "—" | "‐");
    is_dash && gap != "-"
}

/// Whether `a`-`b` (lowercase) is a reduplication: the same word, the same base with a
/// prefix before and a suffix after (`disia`-`siakan`), or a final vowel change
/// (`siswa`-`siswi`).
fn reduplication(a: &str, b: &str) -> bool {
    if !a.chars().all(char::is_alphabetic) || !b.chars().all(char::is_alphabetic) {
        return false;
    }
    if a == b {
        return true;
    }
    let affixed = PREFIXES.iter().filter_map(|p| a.strip_prefix(p)).any(|base| {
        base.chars().count() >= 3
            && SUFFIXES.iter().any(|s| b.strip_suffix(s) == Some(base))
            && a.len() + b.len() > 2 * base.len()
    });
    affixed || vowel_variant(a, b)
}

/// Whether `a b`, written apart, is an affixed reduplication: one side the bare base, the
/// other the base with ber- or meN- (`bersama sama`, `terus menerus`, `tolong
/// menolong`, `melihat lihat`). di- is left out (`dimana mana` is `di mana-mana`), and so
/// are ter- and bases that are function words: `yang terdapat dapat`, `yang berada ada`
/// are two words.
fn spaced_reduplication(a: &str, b: &str) -> bool {
    const FUNCTION: &[&str] = &["ada", "antara", "apa", "arti", "atas", "dapat", "jadi"];
    let plain = |w: &str| w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase());
    if a == b || !plain(a) || !plain(b) || FUNCTION.contains(&a) || FUNCTION.contains(&b) {
        return false;
    }
    unprefixed(b).iter().any(|base| base == a) || unprefixed(a).iter().any(|base| base == b)
}

/// A cheap test before [`spaced_reduplication`]: one word ends with the other, or with
/// the other but its first letter (`terus menerus`, `bersama sama`).
fn shares_an_ending(a: &str, b: &str) -> bool {
    let last = |w: &str| w.as_bytes().last().map(u8::to_ascii_lowercase);
    if last(a) != last(b) {
        return false;
    }
    let ends = |long: &str, short: &str| {
        let (long, short) = (long.as_bytes(), short.as_bytes());
        let tail = |s: &[u8]| long.len() > s.len() && long[long.len() - s.len()..].eq_ignore_ascii_case(s);
        short.len() >= 3 && (tail(short) || tail(&short[1..]))
    };
    ends(a, b) || ends(b, a)
}

/// The bases `word` may have after removing ber- or meN- (the nasal's melted
/// consonant restored: `menerus` ← terus, `menyurat` ← surat, `menolong` ← tolong).
fn unprefixed(word: &str) -> Vec<String> {
    let vowel = |s: &str| s.starts_with(['a', 'e', 'i', 'o', 'u']);
    let mut bases = Vec::new();
    if let Some(rest) = word.strip_prefix("ber") {
        bases.push(rest.to_string());
    }
    let Some(after) = word.strip_prefix("me") else {
        return bases;
    };
    let melted: &[(&str, &[&str])] = &[("ng", &["", "k"]), ("ny", &["s", "c"]), ("n", &["t"]), ("m", &["p"])];
    for (nasal, restored) in melted {
        if let Some(rest) = after.strip_prefix(nasal).filter(|r| vowel(r)) {
            bases.extend(restored.iter().map(|c| format!("{c}{rest}")));
        }
    }
    let kept: &[(&str, &[char])] = &[
        ("ng", &['g', 'h']),
        ("m", &['b', 'f', 'p']),
        ("n", &['d', 'c', 'j', 'z', 't']),
        ("", &['l', 'r', 'w', 'y', 'm', 'n']),
    ];
    for (nasal, letters) in kept {
        if let Some(rest) = after.strip_prefix(nasal).filter(|r| r.starts_with(*letters)) {
            bases.push(rest.to_string());
        }
    }
    bases
}

/// `siswa`/`siswi`, `putra`/`putri`: equal but for a different final vowel.
fn vowel_variant(a: &str, b: &str) -> bool {
    let is_vowel = |c: char| "aiueo".contains(c);
    match (a.char_indices().next_back(), b.char_indices().next_back()) {
        (Some((i, x)), Some((j, y))) => {
            a.chars().count() >= 4 && a[..i] == b[..j] && x != y && is_vowel(x) && is_vowel(y)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::SourceKind;
    use proptest::prelude::*;

    proptest! {
        /// The rule visits only [`candidates`], yet flags every pair of neighbours that
        /// the judgement flags when every pair is visited.
        #[test]
        fn candidates_hold_every_flagged_pair(
            text in "((bersama|sama|terus|menerus|Menerus|lari|BERLARI|tolong|menolong|anak|Anak|siswa|siswi|me|ber|\u{212A}ata|sebaik|baiknya)( |  | - | – |–|—| ‐ |, |\n|“|-))*"
        ) {
            let source = format!("Judul\n{text}");
            let doc = Document::parse(&source, SourceKind::Text);
            let found = crate::rules::test_kit::spans_flagged(&ReduplicationSpaced, &doc);
            let every_pair: Vec<Span> = doc
                .words
                .windows(2)
                .filter(|pair| pair[0].is_checked() && !pair[1].in_address())
                .filter(|pair| {
                    let between = gap(&doc, &pair[0], &pair[1]);
                    let (a, b) = (doc.text(pair[0].span), doc.text(pair[1].span));
                    let (lower_a, lower_b) = (a.to_lowercase(), b.to_lowercase());
                    let spaced = between == " "
                        && shares_an_ending(a, b)
                        && !b.starts_with(char::is_uppercase)
                        && spaced_reduplication(&lower_a, &lower_b);
                    spaced || between != " " && dashed(between) && reduplication(&lower_a, &lower_b)
                })
                .map(|pair| Span::new(pair[0].span.start, pair[1].span.end))
                .collect();
            prop_assert_eq!(found, every_pair);
        }
    }

    #[test]
    fn reduplications_and_ranges() {
        for (a, b) in [
            ("disia", "siakan"),
            ("anak", "anak"),
            ("siswa", "siswi"),
            ("sebaik", "baiknya"),
            ("berlari", "lari"),
        ] {
            assert!(reduplication(a, b), "{a}-{b}");
        }
        for (a, b) in [
            ("senin", "jumat"),
            ("2019", "2024"),
            ("januari", "maret"),
            ("juni", "juli"),
            ("bagian", "bagian2"),
        ] {
            assert!(!reduplication(a, b), "{a}-{b}");
        }
    }

    #[test]
    fn affixed_reduplications_written_apart() {
        for (a, b) in [
            ("terus", "menerus"),
            ("bersama", "sama"),
            ("tolong", "menolong"),
            ("surat", "menyurat"),
            ("bantu", "membantu"),
            ("melihat", "lihat"),
            ("berbeda", "beda"),
            ("tari", "menari"),
        ] {
            assert!(spaced_reduplication(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("hati", "hati"),
            ("dimana", "mana"),
            ("menulis", "tulisan"),
            ("belajar", "mengajar"),
            ("siswa", "siswi"),
            ("sama", "rata"),
            ("ke", "menteri"),
            ("terdapat", "dapat"),
            ("berada", "ada"),
            ("mengapa", "apa"),
        ] {
            assert!(!spaced_reduplication(a, b), "{a} {b}");
        }
    }

    #[test]
    fn separators() {
        assert!(dashed(" – "));
        assert!(dashed(" - "));
        assert!(dashed("–"));
        assert!(!dashed("-"));
        assert!(!dashed(" "));
        assert!(!dashed(" –\n"));
    }
}
