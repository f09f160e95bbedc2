//! `baku/number-start`: a sentence that opens with digits (`12 petugas hadir.`), which
//! EYD V writes in words or rephrases (`Sebanyak 12 petugas hadir.`).

use super::initials::Initials;
use crate::document::Region;
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct NumberStart;
    id: "baku/number-start",
    severity: Warning,
    fix: None,
    default_enabled: true,
    summary: ("Kalimat diawali angka", "Sentence opening with digits"),
    what: (
        "Angka di awal kalimat ditulis dengan huruf, atau kalimatnya disusun ulang (EYD V, Angka dan Bilangan): `12 petugas hadir.` menjadi `Dua belas petugas hadir.` atau `Sebanyak 12 petugas hadir.` Judul, nomor butir daftar (`1.`, `2)`), angka yang berdiri sendiri (sel tabel) atau diikuti huruf kapital, angka sesudah elipsis (`sebesar ... 480.000`), dan tanggal (`17 Agustus ...`) tidak ditandai.",
        "A number at the start of a sentence is written in words, or the sentence is rephrased (EYD V, numbers): `12 petugas hadir.` becomes `Dua belas petugas hadir.` or `Sebanyak 12 petugas hadir.` Headlines, list item numbers (`1.`, `2)`), a number standing alone (a table cell) or before a capital, a number after an ellipsis (`sebesar ... 480.000`), and dates (`17 Agustus ...`) are not flagged.",
    ),
    why: (
        "Angka tidak berhuruf kapital, jadi awal kalimat yang diawali angka sulit dikenali; EYD V menuliskannya dengan huruf.",
        "Digits have no capital, so a sentence opening with them is hard to see; EYD V writes the number in words.",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis: kata yang tepat bergantung pada kalimatnya.",
        "No automatic fix: the right words depend on the sentence.",
    ),
    examples: [Example {
        bad: "Kegiatan berjalan lancar. 120 peserta mengikuti simulasi hingga selesai.",
        good: "Kegiatan berjalan lancar. Sebanyak 120 peserta mengikuti simulasi hingga 17 Agustus. 17 Agustus menjadi puncaknya.",
    }],
    messages: {
        MESSAGE = ("Kalimat tidak diawali angka '{number}'", "A sentence does not open with the digits '{number}'"),
        HELP = (
            "Tulis bilangannya dengan huruf atau susun ulang kalimatnya, misalnya dengan 'Sebanyak', 'Sejumlah' atau 'Sebesar' di depannya",
            "Write the number in words or rephrase the sentence, for instance with 'Sebanyak', 'Sejumlah' or 'Sebesar' before it",
        ),
    },
}

/// Whether the word at `index` really follows the end of a sentence: not the minutes of
/// `08.00` (no space after the period), nor a number after an abbreviation's period (`No.
/// 12`, `Kab. 3`, `WIB. 12` is left alone too: a short word before the period may be one).
fn after_a_sentence(cx: &Context<'_>, index: usize) -> bool {
    let doc = cx.doc;
    let Some(prev) = index.checked_sub(1).and_then(|i| doc.words.get(i)) else {
        return true;
    };
    let gap = &doc.source[prev.span.end..doc.words[index].span.start];
    // A list item (`- 12 petugas`, `• 3 TPS`) is no sentence.
    let line_start = gap.rfind('\n').map(|i| &gap[i + 1..]);
    if line_start.is_some_and(|start| start.contains(['-', '*', '•', '–'])) {
        return false;
    }
    if gap.contains('\n')
        || doc
            .dateline
            .as_ref()
            .is_some_and(|d| d.span.end <= doc.words[index].span.start && d.span.end > prev.span.start)
    {
        return true;
    }
    // The sentence ends with a mark glued to its last word (`selesai. 12`), not an
    // ellipsis (`sebesar ... 480.000`) or a stray mark after a space.
    let glued_end = gap.starts_with(['.', '!', '?']) && !gap.contains("..");
    glued_end && gap.contains(char::is_whitespace) && doc.text(prev.span).chars().count() > 4
}

impl Rule for NumberStart {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for &index in &cx.memo(Initials::of).numbers {
            let index = index as usize;
            let word = &doc.words[index];
            if !word.is_checked()
                || !word.sentence_start()
                || word.region != Region::Body
                || !after_a_sentence(cx, index)
            {
                continue;
            }
            // The whole number (`1.200`, `2,5`), and what follows it.
            let rest = &doc.source[word.span.start..];
            let len = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .unwrap_or(rest.len());
            let number = rest[..len].trim_end_matches(['.', ',']);
            let after = &rest[number.len()..];
            // `1.` or `2)` opening a list item, a number glued to letters (`5G`), a date.
            let list_item = after.starts_with(['.', ')']) && !after[1..].starts_with(|c: char| c.is_ascii_digit());
            let glued = after.starts_with(|c: char| c.is_alphanumeric() || c == '/' || c == '-' || c == ':');
            let next = doc
                .words
                .iter()
                .skip(index + 1)
                .find(|w| w.span.start >= word.span.start + number.len());
            let date = next.is_some_and(|next| next.roles & lexicon::MONTH != 0);
            // A sentence goes on in lower case on the same line (`120 peserta hadir`); a
            // number alone (a table cell) or before a capital (a list, a title) is none.
            let sentence = next.is_some_and(|next| {
                let between = &doc.source[word.span.start + number.len()..next.span.start];
                between == " " && doc.text(next.span).starts_with(char::is_lowercase)
            });
            if list_item || glued || date || !sentence {
                continue;
            }
            let span = crate::span::Span::new(word.span.start, word.span.start + number.len());
            out.push(
                cx.finding(&META, span, &MESSAGE, &[("number", number)])
                    .with_help(cx.text(&HELP, &[])),
            );
        }
    }
}
