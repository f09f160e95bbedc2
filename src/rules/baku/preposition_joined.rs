//! `baku/preposition-joined`: the preposition `di`/`ke` joined to the next word:
//! `dibidang` → `di bidang`, `diantaranya` → `di antaranya`, `kedepannya` → `ke depannya`.

use super::data::DI_KE;
use crate::case::cmp_ascii_lower;
use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct PrepositionJoined;
    id: "baku/preposition-joined",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Kata depan di/ke ditulis serangkai dengan kata berikutnya", "Preposition di/ke joined to the next word"),
    what: (
        "Kata depan `di` dan `ke` ditulis terpisah dari kata yang mengikutinya (`di bidang`, `di antaranya`, `ke depan`); awalan `di-` (kata kerja pasif) dan `ke-` ditulis serangkai (`ditingkatkan`, `dibawa`, `diantar`, `kedua`, `keluar`). Karena keduanya tidak bisa dibedakan dari hurufnya saja, aturan ini hanya menandai `di`/`ke` + kata tempat, ruang, atau waktu dari daftar tertutup di `rules/di-ke.toml` (boleh diikuti `-nya`), serta `di`/`ke` yang menempel pada huruf kapital (`keTPS`). Kata kerja turunan seperti `ditingkatkan`, `dibidangi`, `diatasi` tidak pernah cocok.",
        "The prepositions `di` and `ke` are written apart from the next word (`di bidang`, `di antaranya`, `ke depan`); the prefixes `di-` (passive verbs) and `ke-` are joined (`ditingkatkan`, `dibawa`, `diantar`, `kedua`, `keluar`). As the letters alone cannot tell them apart, this rule flags only `di`/`ke` + a place, space or time word from the closed list in `rules/di-ke.toml` (optionally followed by `-nya`), and `di`/`ke` glued to a capital letter (`keTPS`). Derived verbs such as `ditingkatkan`, `dibidangi`, `diatasi` never match.",
    ),
    why: (
        "Ini ejaan baku (EYD V); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman: sisipkan spasi.", "Safe fix: insert a space."),
    examples: [
        Example {
            bad: "Menurut Tri, perempuan yang bekerja dibidang kepemiluan menjadi teladan.",
            good: "Menurut Tri, perempuan yang bekerja di bidang kepemiluan menjadi teladan.",
        },
        Example {
            bad: "Koordinasi akan diperkuat kedepannya.",
            good: "Koordinasi akan diperkuat ke depannya, dan mutu layanan terus ditingkatkan.",
        },
    ],
    messages: {
        MESSAGE = (
            "Kata depan '{prep}' ditulis terpisah: '{right}'",
            "The preposition '{prep}' is written apart: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

impl Rule for PrepositionJoined {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        // Listed forms carry the lexicon role; `diKPU` is told by its capital.
        for (_, word) in cx.doc.checked_words_with(lexicon::DI_KE | lexicon::CAPITAL_THIRD) {
            let text = cx.doc.text(word.span);
            if !joined_preposition(text) {
                continue;
            }
            let (prep, rest) = text.split_at(2);
            let right = format!("{prep} {rest}");
            let args = [("prep", prep), ("right", right.as_str())];
            let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::insert(word.span.start + 2, " ")]);
            out.push(cx.finding(&META, word.span, &MESSAGE, &args).with_fix(fix));
        }
    }
}

/// Whether `word` is `di`/`ke` + a listed place, space or time word (+ `-nya`), or
/// `di`/`ke` + a capital letter (`diKPU`).
fn joined_preposition(word: &str) -> bool {
    let Some(prep) = word.get(..2) else {
        return false;
    };
    let list = match prep.as_bytes() {
        [b'd' | b'D', b'i' | b'I'] => &DI_KE.di,
        [b'k' | b'K', b'e' | b'E'] => &DI_KE.ke,
        _ => return false,
    };
    let rest = &word[2..];
    if prep.chars().all(|c| c.is_ascii_lowercase()) && rest.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    // `Dibidang` and `DIBIDANG` are the same mistake; `diBidang` is not a word.
    let all_caps = word.chars().all(|c| !c.is_lowercase());
    if !all_caps && rest.chars().any(char::is_uppercase) {
        return false;
    }
    // Only ASCII words of up to 24 bytes are looked up, as when they were lowered into a
    // buffer of 24: no listed word is longer.
    if !rest.is_ascii() || rest.len() > 24 {
        return false;
    }
    // The lists are sorted (tested): binary search, no hashing, comparing as if lowered.
    let listed = |w: &str| list.binary_search_by(|e| cmp_ascii_lower(e, w)).is_ok();
    let before_nya = rest
        .len()
        .checked_sub(3)
        .filter(|&at| rest[at..].eq_ignore_ascii_case("nya"));
    listed(rest) || before_nya.is_some_and(|at| listed(&rest[..at]))
}

#[cfg(test)]
mod tests {
    use super::joined_preposition;

    #[test]
    fn prepositions_joined_and_look_alikes() {
        for w in [
            "dibidang",
            "Diantaranya",
            "kedepannya",
            "DIBAWAH",
            "keTPS",
            "ditengah-tengah",
        ] {
            assert!(joined_preposition(w), "{w}");
        }
        for w in [
            "ditingkatkan",
            "dibawa",
            "diantar",
            "dibidangi",
            "diatasi",
            "keluar",
            "kedua",
            "kepada",
            "di",
            "Span",
        ] {
            assert!(!joined_preposition(w), "{w}");
        }
    }

    #[test]
    fn spans_are_char_safe() {
        assert!(!joined_preposition("dé"));
        assert!(!joined_preposition("é"));
    }
}
