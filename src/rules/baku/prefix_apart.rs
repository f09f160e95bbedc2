//! `baku/prefix-apart`: the passive prefix `di-` written apart from its verb:
//! `di laksanakan` → `dilaksanakan`.

use std::sync::LazyLock;

use super::data::DI_KE;
use super::spaced_apart;
use crate::case::{case_of, Case};
use crate::diagnostic::{Edit, Fix};
use crate::document::Region;
use crate::findings::Findings;
use crate::lexicon::{self, WordSet};
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct PrefixApart;
    id: "baku/prefix-apart",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Awalan di- ditulis terpisah dari kata kerja", "Prefix di- written apart from its verb"),
    what: (
        "Awalan `di-` pada kata kerja pasif ditulis serangkai (`dilaksanakan`, `diumumkan`); yang ditulis terpisah hanya kata depan `di` sebelum tempat atau waktu (`di mana`, `di antara`, `di kantor`, `di Semarang`). Uji sederhananya: `di-` adalah awalan bila bisa diganti `meN-` (`diumumkan` ↔ `mengumumkan`). Kata berhuruf awal kapital tidak ditandai, kecuali di judul, tempat setiap kata berhuruf kapital: `Di Buka Oleh` → `Dibuka oleh`.",
        "The passive prefix `di-` is joined to its verb (`dilaksanakan`, `diumumkan`); only the preposition `di` before a place or time is written apart (`di mana`, `di antara`, `di kantor`, `di Semarang`). A simple test: `di-` is a prefix when `meN-` can replace it (`diumumkan` ↔ `mengumumkan`). Capitalised words are not flagged, except in the headline, where every word is capitalised: `Di Buka Oleh` → `Dibuka oleh`.",
    ),
    why: (
        "Ini ejaan baku (EYD V); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Aturan ini menandai `di` yang diikuti bentuk kata kerja dari daftar `verbs` di `rules/di-ke.toml` (perbaikan aman: hapus spasi), serta `di` yang diikuti kata berakhiran `-kan` lain (perbaikan tidak otomatis, karena beberapa kata benda juga berakhiran `-kan`: `di tumpukan kertas`).",
        "This rule flags `di` followed by a verb form from the `verbs` list in `rules/di-ke.toml` (safe fix: drop the space), and `di` followed by another word in `-kan` (fix not automatic, as some nouns also end in `-kan`: `di tumpukan kertas`).",
    ),
    examples: [
        Example {
            bad: "Menurut Eko, pemusnahan di laksanakan dengan cara pencacahan.",
            good: "Menurut Eko, pemusnahan dilaksanakan di gudang arsip, di mana petugas bekerja di antara tumpukan dokumen.",
        },
        Example {
            bad: "Hasil seleksi di umumkan melalui laman resmi.",
            good: "Hasil seleksi diumumkan di Semarang, di kantor, di lantai dua, di ruang rapat, dan di bidang teknis.",
        },
    ],
    messages: {
        MESSAGE = (
            "Awalan di- ditulis serangkai dengan kata kerjanya: '{right}'",
            "The prefix di- is joined to its verb: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// The verbs of `rules/di-ke.toml`, asked for every `di` and headline word: hashed
/// with foldhash, not SipHash.
static VERBS: LazyLock<WordSet<&'static str>> = LazyLock::new(|| DI_KE.verbs.iter().map(String::as_str).collect());

/// Nouns in `-an` whose root ends in `k` (`tindak-an`), so they look like `X-kan` verbs.
const NOUNS_IN_KAN: &[&str] = &[
    "bentukan", "cetakan", "desakan", "gerakan", "jebakan", "ledakan", "masakan", "masukan", "pijakan", "pojokan",
    "tabrakan", "tanjakan", "tatakan", "tembakan", "teriakan", "tindakan", "tumpukan",
];

/// How sure we are that a word is a verb form taking di-.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verb {
    Listed,
    InKan,
}

impl Rule for PrefixApart {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for (index, word) in doc.checked_words_with(lexicon::DI) {
            let prep = doc.text(word.span);
            if prep != "di" && prep != "Di" {
                continue;
            }
            let Some(next) = doc.words.get(index + 1).filter(|n| !n.in_address()) else {
                continue;
            };
            if !spaced_apart(doc, word, next) {
                continue;
            }
            let verb = doc.text(next.span);
            // In a headline every word is capitalised: `Di Buka Oleh` is `Dibuka oleh`.
            let recased = word.region == Region::Headline && case_of(verb) == Case::Title;
            let lower = if recased { verb.to_lowercase() } else { String::new() };
            let judged = if recased { lower.as_str() } else { verb };
            let Some(kind) = verb_form(judged) else {
                continue;
            };
            let right = format!("{prep}{judged}");
            let args = [("right", right.as_str())];
            let mut edits = vec![Edit::delete(Span::new(word.span.end, next.span.start))];
            if recased {
                edits.push(Edit::replace(next.span, judged));
            }
            let fix = match kind {
                Verb::Listed => Fix::safe(cx.text(&FIX, &args), edits),
                Verb::InKan => Fix::unsafe_(cx.text(&FIX, &args), edits),
            };
            let span = Span::new(word.span.start, next.span.end);
            out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
        }
    }
}

/// Whether `di` before `word` (any case) is the passive prefix written apart from a
/// listed verb (`Di Buka` in a headline): then the `di` is no preposition, and the
/// `title/` rules leave its capital to this family's fix.
pub(crate) fn is_listed_verb(word: &str) -> bool {
    verb_form(&word.to_lowercase()) == Some(Verb::Listed)
}

/// Whether the lowercase `word` is a verb form that takes di- (`laksanakan`,
/// `umumkannya`), and how sure that is.
fn verb_form(word: &str) -> Option<Verb> {
    if !word.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let stem = word.strip_suffix("nya").unwrap_or(word);
    if VERBS.contains(word) || VERBS.contains(stem) {
        return Some(Verb::Listed);
    }
    // `pe(N)-/ke-...-an` nouns end in `-kan` when the root ends in `k` (`pendidikan`,
    // `kebijakan`); the verbs among them (`perhatikan`, `kerjakan`) are listed.
    let confix_noun = stem.starts_with("pe") || stem.starts_with("ke");
    let in_kan = stem.len() >= 6 && stem.ends_with("kan") && !confix_noun && !NOUNS_IN_KAN.contains(&stem);
    in_kan.then_some(Verb::InKan)
}

#[cfg(test)]
mod tests {
    use super::{verb_form, Verb};

    #[test]
    fn verbs_and_places() {
        assert_eq!(verb_form("laksanakan"), Some(Verb::Listed));
        assert_eq!(verb_form("gelar"), Some(Verb::Listed));
        assert_eq!(verb_form("umumkannya"), Some(Verb::Listed));
        assert_eq!(verb_form("sebarluaskan"), Some(Verb::InKan));
        for w in [
            "mana",
            "antara",
            "sini",
            "kantor",
            "lantai",
            "ruang",
            "bidang",
            "pendidikan",
            "tumpukan",
            "Semarang",
            "bukan",
            "akan",
        ] {
            assert_eq!(verb_form(w), None, "{w}");
        }
    }
}
