//! `baku/reduplication-spaced`: a reduplication written with spaces or a dash:
//! `disia – siakan` → `disia-siakan`, `anak - anak` → `anak-anak`.

use super::gap;
use crate::diagnostic::{Edit, Fix};
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
        "Kata ulang ditulis dengan tanda hubung (`-`) tanpa spasi: `anak-anak`, `disia-siakan`, `siswa-siswi`, `sebaik-baiknya` (EYD V, Tanda Hubung). Aturan ini menandai dua kata yang dipisahkan tanda hubung atau tanda pisah berspasi (`disia – siakan`) atau tanda pisah tanpa spasi (`anak–anak`), asalkan keduanya memang kata ulang: kata yang sama, kata dasar yang sama dengan imbuhan (`disia – siakan`, `sebaik - baiknya`), atau perubahan vokal akhir (`siswa – siswi`). Rentang seperti `Senin – Jumat` atau `2019 – 2024` bukan kata ulang dan tidak ditandai.",
        "A reduplication is written with a hyphen (`-`) and no spaces: `anak-anak`, `disia-siakan`, `siswa-siswi`, `sebaik-baiknya` (EYD V, hyphen). This rule flags two words separated by a spaced hyphen or dash (`disia – siakan`) or an unspaced dash (`anak–anak`) when they really are a reduplication: the same word, the same base with affixes (`disia – siakan`, `sebaik - baiknya`), or a change of the final vowel (`siswa – siswi`). Ranges such as `Senin – Jumat` or `2019 – 2024` are not reduplications and are not flagged.",
    ),
    why: (
        "Ini ejaan baku (EYD V, tanda hubung); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, hyphen); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman: ganti pemisahnya dengan `-`.", "Safe fix: the separator becomes `-`."),
    examples: [
        Example {
            bad: "Ia berharap hak pilih tidak disia – siakan pada hari pemungutan suara.",
            good: "Ia berharap hak pilih tidak disia-siakan; layanan dibuka Senin – Jumat bagi siswa-siswi dan anak-anak.",
        },
        Example {
            bad: "Kegiatan diikuti siswa - siswi sekolah menengah.",
            good: "Kegiatan diikuti siswa-siswi sekolah menengah.",
        },
    ],
    messages: {
        MESSAGE = (
            "Kata ulang ditulis dengan tanda hubung tanpa spasi: '{right}'",
            "A reduplication takes a hyphen without spaces: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// Prefixes before the repeated base (`disia-siakan`, `sebaik-baiknya`, `berlari-lari`).
const PREFIXES: &[&str] = &["", "ber", "di", "ke", "me", "mem", "men", "meng", "se", "ter"];
/// Suffixes after the repeated base.
const SUFFIXES: &[&str] = &["", "an", "i", "kan", "nya", "annya", "kannya"];

impl Rule for ReduplicationSpaced {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for (index, word) in doc.checked_words() {
            let Some(next) = doc.words.get(index + 1).filter(|n| !n.in_address) else {
                continue;
            };
            let between = gap(doc, word, next);
            if between == " " || !dashed(between) {
                continue;
            }
            let (first, second) = (doc.text(word.span), doc.text(next.span));
            if !reduplication(&first.to_lowercase(), &second.to_lowercase()) {
                continue;
            }
            let right = format!("{first}-{second}");
            let args = [("right", right.as_str())];
            let edit = Edit::replace(Span::new(word.span.end, next.span.start), "-");
            let span = Span::new(word.span.start, next.span.end);
            out.push(
                cx.finding(&META, span, &MESSAGE, &args)
                    .with_fix(Fix::safe(cx.text(&FIX, &args), vec![edit])),
            );
        }
    }
}

/// A hyphen or dash with spaces around it, or a dash alone, on one line.
fn dashed(gap: &str) -> bool {
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
    use super::{dashed, reduplication};

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
    fn separators() {
        assert!(dashed(" – "));
        assert!(dashed(" - "));
        assert!(dashed("–"));
        assert!(!dashed("-"));
        assert!(!dashed(" "));
        assert!(!dashed(" –\n"));
    }
}
