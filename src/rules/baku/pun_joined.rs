//! `baku/pun-joined`: the particle `pun` joined where it is written apart:
//! `apapun` → `apa pun`, `kapanpun` → `kapan pun`, `dimanapun` → `di mana pun`.

use std::borrow::Cow;

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct PunJoined;
    id: "baku/pun-joined",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Partikel pun ditulis serangkai", "Particle pun written joined"),
    what: (
        "Partikel `pun` ditulis terpisah dari kata di depannya (`apa pun`, `siapa pun`, `kapan pun`, `di mana pun`, `sedikit pun`, `KPU pun`). Hanya 14 kata penghubung yang ditulis serangkai menurut EYD V: adapun, andaipun, ataupun, bagaimanapun, biarpun, jikapun, kalaupun, kendatipun, maupun, meskipun, sekalipun, sementangpun, sungguhpun, walaupun. Aturan ini menandai `pun` yang menempel pada kata tanya, kata ganti, `satu`, `seorang`, `sedikit`, atau singkatan berhuruf kapital; kata lain yang berakhiran `pun` (`menghimpun`, `rumpun`) tidak disentuh.",
        "The particle `pun` is written apart from the word before it (`apa pun`, `siapa pun`, `kapan pun`, `di mana pun`, `sedikit pun`, `KPU pun`). Only 14 conjunctions are joined in EYD V: adapun, andaipun, ataupun, bagaimanapun, biarpun, jikapun, kalaupun, kendatipun, maupun, meskipun, sekalipun, sementangpun, sungguhpun, walaupun. This rule flags `pun` glued to a question word, a pronoun, `satu`, `seorang`, `sedikit` or an all-caps abbreviation; other words ending in `pun` (`menghimpun`, `rumpun`) are left alone.",
    ),
    why: (
        "Ini ejaan baku (EYD V); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman: sisipkan spasi.", "Safe fix: insert a space."),
    examples: [
        Example {
            bad: "Daftar informasi publik dapat diakses kapanpun tanpa permohonan.",
            good: "Daftar informasi publik dapat diakses kapan pun tanpa permohonan, meskipun ada yang dikecualikan.",
        },
        Example {
            bad: "Warga dapat bertanya apapun kepada petugas.",
            good: "Adapun warga dapat bertanya apa pun kepada petugas, baik secara daring maupun luring.",
        },
    ],
    messages: {
        MESSAGE = ("Partikel 'pun' ditulis terpisah: '{right}'", "The particle 'pun' is written apart: '{right}'"),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// Words after which `pun` stands apart (EYD V "Partikel"); the joined conjunctions
/// (`walaupun`, `sekalipun`, `bagaimanapun`...) are not among them.
const APART_AFTER: &[&str] = &[
    "apa", "begitu", "berapa", "dia", "dimana", "ia", "ini", "itu", "kami", "kapan", "kemana", "kita", "mana",
    "mereka", "satu", "saya", "seberapa", "sedikit", "seorang", "siapa",
];

impl Rule for PunJoined {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for (_, word) in cx.doc.checked_words_with(lexicon::ENDS_IN_PUN) {
            let text = cx.doc.text(word.span);
            let Some(right) = split_pun(text) else {
                continue;
            };
            let args = [("right", right.as_str())];
            let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(word.span, right.as_str())]);
            out.push(cx.finding(&META, word.span, &MESSAGE, &args).with_fix(fix));
        }
    }
}

/// `apapun` → `apa pun`, `Dimanapun` → `Di mana pun`, `KPUpun` → `KPU pun`.
fn split_pun(word: &str) -> Option<String> {
    let stem = word.strip_suffix("pun").or_else(|| word.strip_suffix("PUN"))?;
    // An ASCII stem (nearly every one) is compared ignoring ASCII case, without a
    // lower-case copy; another is lower-cased (the Kelvin sign `K` is a `k` then).
    let lower = if stem.is_ascii() {
        Cow::Borrowed(stem)
    } else {
        Cow::Owned(stem.to_lowercase())
    };
    let is = |listed: &str| lower.eq_ignore_ascii_case(listed);
    let abbreviation =
        stem.chars().count() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()) && word.ends_with("pun");
    if !(APART_AFTER.iter().any(|w| is(w)) || abbreviation) {
        return None;
    }
    let pun = &word[stem.len()..];
    let stem = if is("dimana") || is("kemana") {
        // After the first two characters, `di` or `ke`: not two bytes, which would cut
        // a Kelvin sign in half.
        let at = stem.char_indices().nth(2).map_or(stem.len(), |(i, _)| i);
        format!("{} {}", &stem[..at], &stem[at..])
    } else {
        stem.to_string()
    };
    Some(format!("{stem} {pun}"))
}

#[cfg(test)]
mod tests {
    use super::split_pun;

    #[test]
    fn splits_only_particles() {
        assert_eq!(split_pun("apapun").as_deref(), Some("apa pun"));
        assert_eq!(split_pun("Dimanapun").as_deref(), Some("Di mana pun"));
        assert_eq!(split_pun("KPUpun").as_deref(), Some("KPU pun"));
        assert_eq!(split_pun("SIAPAPUN").as_deref(), Some("SIAPA PUN"));
        // A Kelvin sign lower-cases to `k`: split after it, not inside it (this panicked).
        assert_eq!(split_pun("\u{212A}emanapun").as_deref(), Some("\u{212A}e mana pun"));
        for w in [
            "adapun",
            "andaipun",
            "ataupun",
            "bagaimanapun",
            "biarpun",
            "jikapun",
            "kalaupun",
            "kendatipun",
            "maupun",
            "meskipun",
            "sekalipun",
            "sementangpun",
            "sungguhpun",
            "walaupun",
            "menghimpun",
            "rumpun",
            "pun",
            "ampun",
        ] {
            assert_eq!(split_pun(w), None, "{w}");
        }
    }
}
