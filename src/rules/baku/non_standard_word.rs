//! `baku/non-standard-word`: a word from the curated list of non-standard (tidak baku)
//! forms: `praktek` → `praktik`, `kerjasama` → `kerja sama`, `menghimbau` → `mengimbau`.

use std::sync::LazyLock;

use super::data::{self, PairOwner, WordPair};
use super::{in_headline, in_official_name, in_proper_name};
use crate::case::{case_of, headline_phrase, match_case, Case};
use crate::diagnostic::{Edit, Fix};
use crate::document::{Document, Region};
use crate::findings::Findings;
use crate::lexicon::{self, WordMap};
use crate::message::Text;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct NonStandardWord;
    id: "baku/non-standard-word",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Kata tidak baku dari daftar kata baku", "Non-standard word from the curated list"),
    what: (
        "Aturan ini memakai daftar pasangan tidak baku → baku di `rules/word-pairs.toml` (disusun dari daftar RN, EYD V, KBBI, Wikipedia, dan kesalahan yang pernah terlihat di laman KPU; kode sumber tiap pasangan disebut dalam temuan) ditambah `rules/word-pairs-extra.toml`. Kata dicocokkan utuh (`Momentum` bukan `moment`; `dikerjasamakan` benar), termasuk gabungan dua kata (`dari pada`) dan bentuk ber-`-nya` (`resikonya` → `risikonya`). Kata berhuruf awal kapital di tengah kalimat dianggap bagian nama (`Jalan Nasehat`, `Rizki Ramadhan`) dan tidak ditandai, kecuali dalam nama resmi lembaga, jabatan, atau acara, yang ditulis dengan kata baku (`Pemerintah Propinsi Jawa Tengah` → `Provinsi`, `Nota Kerjasama` → `Nota Kerja Sama`); `update` sebagai kata sifat (`yang akurat dan update`) menjadi `mutakhir` atau `terkini`; pasangan berkeyakinan rendah (`rubah`, `sop`, `email`) tidak dipakai.",
        "This rule uses the list of non-standard → standard pairs in `rules/word-pairs.toml` (compiled from the RN list, EYD V, KBBI, Wikipedia and mistakes seen on KPU pages; each finding names the pair's source codes) plus `rules/word-pairs-extra.toml`. Words match whole (`Momentum` is not `moment`; `dikerjasamakan` is right), including two-word forms (`dari pada`) and forms with `-nya` (`resikonya` → `risikonya`). A capitalised word mid-sentence is taken for part of a name (`Jalan Nasehat`, `Rizki Ramadhan`) and not flagged, except in the official name of a body, post or event, which is written in standard spelling (`Pemerintah Propinsi Jawa Tengah` → `Provinsi`, `Nota Kerjasama` → `Nota Kerja Sama`); `update` as an adjective (`yang akurat dan update`) becomes `mutakhir` or `terkini`; low-confidence pairs (`rubah`, `sop`, `email`) are not used.",
    ),
    why: (
        "Siaran pers lembaga negara memakai kata baku (KBBI, EYD V).",
        "Releases of a state institution use standard words (KBBI, EYD V).",
    ),
    fix_safety: (
        "Perbaikan aman mempertahankan huruf kapital (`Praktek` → `Praktik`). Pasangan berisiko (bentuknya juga nama, kata asing, atau istilah resmi: `Walikota`, `online`) tidak diperbaiki otomatis dan dilewati bila ditulis berhuruf awal kapital atau berada dalam kutipan.",
        "The safe fix keeps the capitalisation (`Praktek` → `Praktik`). Risky pairs (the form is also a name, a foreign word or an official term: `Walikota`, `online`) get no automatic fix and are skipped when capitalised or inside a quotation.",
    ),
    examples: [
        Example {
            bad: "Sesi kedua diisi dengan praktek menulis berita.",
            good: "Sesi kedua diisi dengan praktik menulis berita.",
        },
        Example {
            bad: "Kedua pihak menandatangani nota kerjasama.",
            good: "Kedua pihak menandatangani nota kerja sama dan akan bekerja sama dalam program yang dikerjasamakan.",
        },
        Example {
            bad: "Warga dihimbau mengecek data pada moment ini.",
            good: "Momentum ini dimanfaatkan untuk mengimbau warga mengecek data pada momen yang tepat.",
        },
    ],
    messages: {
        MESSAGE = (
            "Kata tidak baku '{found}'; bentuk bakunya '{right}'",
            "Non-standard word '{found}'; the standard form is '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
        SOURCE = ("Sumber: {source}", "Source: {source}"),
        RISKY = (
            "Bentuk ini kadang benar (nama, kata asing, istilah resmi); periksa sebelum mengganti",
            "This form is sometimes right (a name, a foreign word, an official term); check before replacing",
        ),
        SOURCE_RN = ("daftar kata baku RN", "the RN word list"),
        SOURCE_EYD5 = ("EYD V", "EYD V"),
        SOURCE_K = ("kaidah KBBI", "KBBI usage"),
        SOURCE_KPUOBS = ("kesalahan yang pernah terlihat di laman KPU", "a mistake seen on KPU pages"),
        SOURCE_WP = ("Wikipedia bahasa Indonesia", "Indonesian Wikipedia"),
        SOURCE_WEB = ("halaman web", "web pages"),
        SOURCE_HOUSE = ("tambahan siaran", "siaran's additions"),
        ADJECTIVE = (
            "Kata tidak baku '{found}'; sebagai kata sifat bentuk bakunya '{right}' atau '{other}' (kata benda: '{noun}')",
            "Non-standard word '{found}'; as an adjective the standard form is '{right}' or '{other}' (as a noun: '{noun}')",
        ),
    },
}

/// The list's source codes, for the finding's note.
const SOURCES: &[(&str, Text)] = &[
    ("RN", SOURCE_RN),
    ("EYD5", SOURCE_EYD5),
    ("K", SOURCE_K),
    ("KPUobs", SOURCE_KPUOBS),
    ("WP", SOURCE_WP),
    ("web", SOURCE_WEB),
    ("house", SOURCE_HOUSE),
];

/// Loans whose pair gives the noun, used as adjectives too (`informasi yang akurat dan
/// update`): the adjective and a second one to offer (KBBI: mutakhir a 'terbaru; modern',
/// terkini a 'terbaru').
const ADJECTIVE_SENSE: &[(&str, &str, &str)] = &[("update", "mutakhir", "terkini")];
/// Words after which a word is used as an adjective: `yang`, and degree or aspect words.
const ADJECTIVE_CUES: &[&str] = &[
    "cukup", "kurang", "lebih", "makin", "paling", "sangat", "selalu", "semakin", "tetap", "yang",
];

/// The wrong forms. Only words whose lexicon roles include [`lexicon::PAIR`] or
/// [`lexicon::PAIR_START`] are looked up here, a few in a release.
struct Matcher {
    /// Wrong form in ASCII lower case → its pairs, in list order.
    forms: WordMap<String, Vec<&'static WordPair>>,
    /// The first word (ASCII lower case) and the number of words of each form longer
    /// than two words (`door to door`). Forms of several words mostly have two: a
    /// longer span is looked up only after one of these few first words.
    longer: Vec<(String, usize)>,
}

#[allow(
    clippy::expect_used,
    reason = "built from the embedded word pairs; every test builds it"
)]
static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut matcher = Matcher {
        forms: WordMap::default(),
        longer: Vec::new(),
    };
    // The pairs of kinds another rule owns (di/ke, pun, bound forms, months, day names)
    // are that rule's to report: a token gets one finding.
    for pair in data::pairs().filter(|p| p.kind.owner() == PairOwner::NonStandardWord && p.confidence != "low") {
        matcher.add(&pair.wrong, pair);
        // `do'a` is also typed with a typographic apostrophe: `do’a`.
        if pair.wrong.contains('\'') {
            matcher.add(&pair.wrong.replace('\'', "’"), pair);
        }
    }
    matcher
});

impl Matcher {
    fn add(&mut self, form: &str, pair: &'static WordPair) {
        let words = form.split(' ').count();
        if words > 2 {
            let first = form.split(' ').next().unwrap_or_default();
            self.longer.push((first.to_ascii_lowercase(), words));
        }
        self.forms.entry(form.to_ascii_lowercase()).or_default().push(pair);
    }

    /// The pairs whose wrong form is `text`, ignoring ASCII case; `key` is scratch space.
    fn pairs(&self, text: &str, key: &mut String) -> &[&'static WordPair] {
        key.clear();
        key.push_str(text);
        key.make_ascii_lowercase();
        self.forms.get(key.as_str()).map_or(&[], Vec::as_slice)
    }
}

/// A whole-word occurrence of a pair's wrong form, possibly followed by `-nya`.
#[derive(Clone, Copy)]
struct Hit {
    /// The wrong form as written.
    span: Span,
    /// The `-nya` after it, if any.
    clitic: Option<Span>,
    /// Indices of its first and last word in `doc.words`.
    words: (usize, usize),
    pair: &'static WordPair,
}

impl Rule for NonStandardWord {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for hit in hits(doc) {
            let found = doc.text(hit.span);
            let case = case_of(found);
            let pair = hit.pair;
            let (first, last) = (&doc.words[hit.words.0], &doc.words[hit.words.1]);
            let headline = in_headline(first, last);
            let mid_sentence = !first.sentence_start() && !headline;
            let entry_is_lowercase = pair.wrong.chars().next().is_some_and(char::is_lowercase);
            // A capitalised word mid-sentence is most likely a name (`Jalan Nasehat`),
            // unless the entry itself is a name (`umat Katholik`); the risky forms are
            // name-prone (`Putera`, `Villa`), so capitalised they are never judged.
            // A capital does not make a name of an official one, though: `Pemerintah
            // Propinsi Jawa Tengah` is judged (issue 14 §2).
            let official = case == Case::Title
                && !pair.risky
                && pair.confidence == "high"
                && in_official_name(doc, hit.words.0, hit.words.1, &pair.right);
            let name = case == Case::Title && entry_is_lowercase && (mid_sentence || pair.risky);
            if !official && (name || in_proper_name(doc, hit.words.0, hit.words.1)) {
                continue;
            }
            if pair.risky && doc.in_quote(hit.span) {
                continue;
            }
            let clitic = hit.clitic.map_or("", |c| doc.text(c));
            let adjective = adjective_sense(doc, &hit);
            let right_form = adjective.map_or(pair.right.as_str(), |(adjective, _)| adjective);
            let replacement = if case == Case::Title && (headline || official) {
                headline_phrase(right_form)
            } else {
                match_case(found, right_form)
            };
            let right = format!("{replacement}{clitic}");
            let whole = Span::new(hit.span.start, hit.clitic.map_or(hit.span.end, |c| c.end));
            let written = doc.text(whole);
            let sources = source_names(cx, &pair.source);
            let args = [
                ("found", written),
                ("right", right.as_str()),
                ("source", sources.as_str()),
            ];
            let edits = vec![Edit::replace(hit.span, replacement.as_str())];
            let title = cx.text(&FIX, &args);
            let mut finding = match adjective {
                Some((_, other)) => {
                    let args = [args[0], args[1], ("other", other), ("noun", pair.right.as_str())];
                    cx.finding(&META, whole, &ADJECTIVE, &args)
                }
                None => cx.finding(&META, whole, &MESSAGE, &args),
            }
            .with_note(cx.text(&SOURCE, &args));
            if pair.risky {
                finding = finding
                    .with_fix(Fix::unsafe_(title, edits))
                    .with_help(cx.text(&RISKY, &[]));
            } else {
                finding = finding.with_fix(Fix::safe(title, edits));
            }
            out.push(finding);
        }
    }
}

/// The adjective (and a second one) for a hit used as an adjective: after `yang` or a
/// degree word (`lebih update`), or joined by `dan`/`serta`/`atau` to an adjective so
/// used (`yang akurat dan update`).
fn adjective_sense(doc: &Document<'_>, hit: &Hit) -> Option<(&'static str, &'static str)> {
    let (_, adjective, other) = ADJECTIVE_SENSE
        .iter()
        .find(|(wrong, _, _)| hit.pair.wrong.eq_ignore_ascii_case(wrong))?;
    let before = |k: usize| {
        hit.words
            .0
            .checked_sub(k)
            .and_then(|i| doc.words.get(i))
            .map(|w| doc.text(w.span).to_lowercase())
    };
    let cue = |k: usize| before(k).is_some_and(|w| ADJECTIVE_CUES.contains(&w.as_str()));
    let joined = before(1).is_some_and(|w| matches!(w.as_str(), "dan" | "serta" | "atau"));
    (cue(1) || joined && (cue(3) || cue(4))).then_some((*adjective, *other))
}

/// `RN,KPUobs` → `daftar kata baku RN, kesalahan yang pernah terlihat di laman KPU`.
fn source_names(cx: &Context<'_>, codes: &str) -> String {
    let names: Vec<String> = codes
        .split(',')
        .map(|code| match SOURCES.iter().find(|(c, _)| *c == code.trim()) {
            Some((_, name)) => cx.text(name, &[]),
            None => code.trim().to_string(),
        })
        .collect();
    names.join(", ")
}

/// Whole-word occurrences in the headline and the paragraphs, outside addresses; where
/// hits overlap the longest wins, and among entries spelt alike the one in the same case.
fn hits(doc: &Document<'_>) -> Vec<Hit> {
    let matcher = &*MATCHER;
    let mut found: Vec<Hit> = Vec::new();
    let mut key = String::new();
    let mut look_up = |span: Span| {
        for &pair in matcher.pairs(doc.text(span), &mut key) {
            if let Some((words, clitic)) = whole_word(doc, span, !pair.wrong.contains(' ')) {
                found.push(Hit {
                    span,
                    clitic,
                    words,
                    pair,
                });
            }
        }
    };
    // A form starts a word and ends one, or (one word) ends before a `-nya` clitic.
    // The lexicon marks the words a form can be (with `-nya`), and the first and second
    // words of the longer forms: common words such as `pada` start one (`pada hal`), so
    // a longer span is looked up only when the word after is a second word too.
    for (i, first) in doc.words_with(lexicon::NSW_FORM | lexicon::NSW_START) {
        let text = doc.text(first.span);
        if first.roles & lexicon::NSW_FORM != 0 {
            let bytes = text.as_bytes();
            let stem = (bytes.len() > 3).then(|| bytes.len() - 3);
            if let Some(n) = stem.filter(|&n| bytes[n..].eq_ignore_ascii_case(b"nya")) {
                look_up(Span::new(first.span.start, first.span.start + n));
            }
            look_up(first.span);
        }
        let second = doc.words.get(i + 1).is_some_and(|w| w.roles & lexicon::NSW_SECOND != 0);
        if first.roles & lexicon::NSW_START != 0 && second {
            let words = matcher
                .longer
                .iter()
                .filter(|(start, _)| text.eq_ignore_ascii_case(start))
                .map(|&(_, words)| words)
                .fold(2, usize::max);
            for last in doc.words[i + 1..].iter().take(words - 1) {
                look_up(Span::new(first.span.start, last.span.end));
            }
        }
    }
    found.sort_by_key(|h| {
        (
            h.span.start,
            std::cmp::Reverse(h.span.end),
            h.pair.wrong != doc.text(h.span),
        )
    });
    let mut kept: Vec<Hit> = Vec::new();
    for hit in found {
        if kept.last().is_none_or(|k| k.span.end <= hit.span.start) {
            kept.push(hit);
        }
    }
    kept
}

/// Whether `span` covers whole words (not inside an address or the credit tail), with the indices of its
/// first and last word and, for one-word forms, the clitic `-nya` that may follow.
fn whole_word(doc: &Document<'_>, span: Span, allow_clitic: bool) -> Option<((usize, usize), Option<Span>)> {
    let words = &doc.words;
    let first = words.binary_search_by_key(&span.start, |w| w.span.start).ok()?;
    let last_index = words.partition_point(|w| w.span.start < span.end).checked_sub(1)?;
    let last = words.get(last_index)?;
    if words[first..=last_index].iter().any(|w| w.in_address()) {
        return None;
    }
    // Initials in the credit tail are names, whatever word they spell (`kaos`, `esei`).
    if words[first].region == Region::CreditTail && last.region == Region::CreditTail {
        return None;
    }
    let words = (first, last_index);
    if last.span.end == span.end {
        return Some((words, None));
    }
    let rest = Span::new(span.end, last.span.end);
    let is_nya = doc.text(rest).eq_ignore_ascii_case("nya");
    (allow_clitic && first == last_index && is_nya).then_some((words, Some(rest)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule visits only the words the lexicon marks for it: every form it looks up
    /// must be marked, a longer one by its first and second words, which the document
    /// splits as the form does.
    #[test]
    fn every_form_is_marked() {
        for form in MATCHER.forms.keys() {
            let words: Vec<&str> = crate::document::words::split(form, 0).map(|s| s.text(form)).collect();
            assert_eq!(words, form.split(' ').collect::<Vec<_>>(), "{form}");
            let role = match words[..] {
                [first, second, ..] => {
                    lexicon::roles(first) & lexicon::NSW_START != 0 && lexicon::roles(second) & lexicon::NSW_SECOND != 0
                }
                _ => lexicon::roles(form) & lexicon::roles(&format!("{form}nya")) & lexicon::NSW_FORM != 0,
            };
            assert!(role, "{form}");
        }
        // Common words whose forms other rules own are not visited.
        for word in ["antar", "atau", "walau", "dimana", "jumat"] {
            assert_eq!(
                lexicon::roles(word) & (lexicon::NSW_FORM | lexicon::NSW_START),
                0,
                "{word}"
            );
        }
    }
}
