//! `spell/unknown-word`: a word neither the Hunspell dictionary nor the KPU supplement
//! knows, even after regular affixes and clitics are peeled off (opt-in).

use crate::diagnostic::{Edit, Fix};
use crate::document::Word;
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::spell::Dictionary;

use super::scope::Scope;
use crate::case::{match_case, shape, Shape};
use crate::rules::baku::men_prefix::{may_melt, melt};

declare_rule! {
    pub struct UnknownWord;
    id: "spell/unknown-word",
    severity: Warning,
    fix: Sometimes,
    default_enabled: false,
    gives_way: true,
    summary: ("Kata tidak dikenal kamus ejaan", "Word unknown to the spelling dictionary"),
    what: (
        "Memeriksa ejaan dengan kamus Hunspell bahasa Indonesia (paket Debian `hunspell-id`, dimuat saat program berjalan; aktifkan dengan `--spell` atau `[spell] enabled = true`) ditambah daftar kosakata KPU (rules/spell-supplement.toml). Kata berimbuhan dan berklitik dianggap benar bila kata dasarnya dikenal (`digelar`, `kepesertaan`, `datanya`); kata ulang dan bentuk terikat berhuruf kapital diperiksa per bagian (`masing-masing`, `se-Jawa`). Dilewati: nama (kata berhuruf awal kapital di tengah kalimat, juga kata yang di bagian lain rilis ditulis sebagai nama), singkatan dan kata berhuruf kapital semua, angka, alamat web dan surel, dateline, ekor kredit, tagar, serta istilah pendek dalam kurung, tanda petik, atau huruf miring (`(best practices)`). Di awal kalimat, kata yang tidak dikenal hanya ditandai bila kamus mengenal kata yang berbeda satu huruf darinya. Kata yang seluruhnya cocok dengan salah satu pola `[spell] ignore` di siaran.toml (mis. kode produk) juga dilewati.",
        "Checks spelling against a Hunspell Indonesian dictionary (Debian package `hunspell-id`, loaded at run time; enable with `--spell` or `[spell] enabled = true`) plus a KPU word list (rules/spell-supplement.toml). Derived and clitic forms are accepted when their base is known (`digelar`, `kepesertaan`, `datanya`); reduplications and bound forms before a capital are checked part by part (`masing-masing`, `se-Jawa`). Skipped: names (capitalised words in mid-sentence, and words the release writes as a name elsewhere), abbreviations and all-caps words, numbers, web and e-mail addresses, the dateline, the credit tail, hashtags, and short terms in parentheses, quotation marks or italics (`(best practices)`). At a sentence start an unknown word is flagged only when the dictionary knows a word one letter away from it. Words that one of the `[spell] ignore` patterns of siaran.toml matches whole (product codes, say) are skipped too.",
    ),
    why: (
        "Kata yang tidak dikenal kamus sering kali salah eja; siaran pers lembaga negara memakai ejaan baku.",
        "A word the dictionary does not know is often a misspelling; releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Saran perbaikan hanya ditampilkan, tidak pernah diterapkan otomatis.",
        "Suggestions are shown only, never applied automatically.",
    ),
    examples: [Example {
        bad: "Hoaks dapat mengurangi partisipsi pemilih dalam pemilihan.",
        good: "Hoaks dapat mengurangi partisipasi pemilih dalam pemilihan.",
    }],
    messages: {
        MESSAGE = (
            "Kata '{word}' tidak dikenal kamus; mungkin salah ketik",
            "'{word}' is not in the dictionary; possibly a typo",
        ),
        FIX = ("Ganti dengan '{suggestion}'", "Replace with '{suggestion}'"),
        HELP = (
            "Jika ejaannya benar, kata ini belum ada di kamus. Istilah asing ditulis miring (*best practices*) atau dalam kurung setelah padanannya: praktik baik (best practices)",
            "If the spelling is right, the dictionary lacks the word. A foreign term goes in italics (*best practices*) or in parentheses after its Indonesian equivalent: praktik baik (best practices)",
        ),
    },
}

impl Rule for UnknownWord {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(dictionary) = cx.resources.dictionary() else {
            return;
        };
        let doc = cx.doc;
        let scope = Scope::new(doc);
        for (i, word) in doc.words.iter().enumerate() {
            let text = doc.text(word.span);
            if !worth_checking(cx, &scope, word, text) || dictionary.accepts(text) {
                continue;
            }
            // meN- before an unmelted k, p, t, s (`mensimulasikan`): the melted form is
            // the suggestion (when `baku/men-prefix` reports the word too, the engine keeps
            // that finding only).
            // Lower case only: a capital may be a name (`Mentawai`), as in `baku/men-prefix`.
            let melted = (shape(text) == Shape::Lower && may_melt(text))
                .then(|| melt(text, Some(dictionary)))
                .flatten()
                .map(|m| match_case(text, &m.right));
            let suggestion = melted.or_else(|| dictionary.suggest(text));
            if shape(text) == Shape::Title && !typo_at_sentence_start(cx, &scope, dictionary, i, suggestion.as_deref())
            {
                continue;
            }
            let mut finding = cx
                .finding(&META, word.span, &MESSAGE, &[("word", text)])
                .with_help(cx.text(&HELP, &[]));
            if let Some(suggestion) = suggestion {
                finding = finding.with_fix(Fix::display_only(
                    cx.text(&FIX, &[("suggestion", &suggestion)]),
                    vec![Edit::replace(word.span, suggestion)],
                ));
            }
            out.push(finding);
        }
    }
}

/// Whether `word` is running prose in Indonesian that the dictionary should judge.
fn worth_checking(cx: &Context<'_>, scope: &Scope, word: &Word, text: &str) -> bool {
    if text.chars().count() < 2 || text.contains(char::is_numeric) || scope.skips(word) {
        return false;
    }
    if cx.settings.spell_ignore().is_some_and(|set| set.is_match(text)) {
        return false;
    }
    match shape(text) {
        Shape::Other => false,
        // Capitalised in mid-sentence: a name. Glued to a period before it, it is part
        // of a dotted title (`S.Sos.`, `M.Pd.`), not a sentence start.
        Shape::Title => word.part_start() && !cx.doc.source[..word.span.start].ends_with('.'),
        Shape::Lower => !scope.is_name(text) && !is_abbreviation(cx.doc.source, word, text),
    }
}

/// `dll.`, `dsb.`, `yth.`: a vowelless lower-case word before a period.
fn is_abbreviation(source: &str, word: &Word, text: &str) -> bool {
    source[word.span.end..].starts_with('.') && !text.contains(['a', 'e', 'i', 'o', 'u'])
}

/// A capital at a sentence start hides whether the word is a name (`Dimas mengatakan`).
/// Flag it only when it cannot be one here: no other capitalised word follows (`Nur
/// Aini`), the release never uses it as a name, and the dictionary knows a word one edit
/// away (`Partisipsi` → `Partisipasi`).
fn typo_at_sentence_start(
    cx: &Context<'_>,
    scope: &Scope,
    dictionary: &Dictionary,
    index: usize,
    suggestion: Option<&str>,
) -> bool {
    let doc = cx.doc;
    let text = doc.text(doc.words[index].span);
    let lower = text.to_lowercase();
    if scope.is_name(&lower) {
        return false;
    }
    let next_is_capitalised = doc.words.get(index + 1).is_some_and(|next| {
        let gap = &doc.source[doc.words[index].span.end..next.span.start];
        gap.chars().all(char::is_whitespace) && doc.text(next.span).starts_with(char::is_uppercase)
    });
    if next_is_capitalised {
        return false;
    }
    suggestion.is_some_and(|s| {
        let s = s.to_lowercase();
        strsim::osa_distance(&lower, &s) == 1 && dictionary.accepts(&s)
    })
}
