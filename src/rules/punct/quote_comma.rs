//! `punct/quote-comma`: a quotation followed by its speech tag (`ujar Dimas`) must end
//! with a comma inside the closing mark: `pembaca,” ujar Dimas`.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct QuoteComma;
    id: "punct/quote-comma",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Koma tidak ada di akhir kutipan sebelum keterangan pengutipan",
        "Comma missing at the end of a quotation before its speech tag",
    ),
    what: (
        "Kutipan langsung yang diikuti keterangan pengutipan (`ujar`, `kata`, `tutur`, `ungkap`, `jelas`, `tegas`, `imbuh`, `sebut`, `papar`, `terang`, `tambah`, `lanjut`, `pungkas`, juga bentuk `-nya`) diakhiri koma di dalam tanda petik: `“... kepercayaan pembaca,” ujar Dimas.` (EYD V, Tanda Koma). Kutipan yang diakhiri tanda tanya atau tanda seru tidak diberi koma (`“Sudah terdaftar?” tanya petugas`). Kata seperti `jelas` atau `tambah` dianggap keterangan pengutipan hanya bila diikuti nama atau sebutan (`jelas Ratna`, `tegas Ketua KPU`).",
        "A direct quotation followed by its speech tag (`ujar`, `kata`, `tutur`, `ungkap`, `jelas`, `tegas`, `imbuh`, `sebut`, `papar`, `terang`, `tambah`, `lanjut`, `pungkas`, and their `-nya` forms) ends with a comma inside the quotation marks: `“... kepercayaan pembaca,” ujar Dimas.` (EYD V, comma). A quotation that ends with a question or exclamation mark takes no comma (`“Sudah terdaftar?” tanya petugas`). Words such as `jelas` or `tambah` count as a speech tag only before a name or title (`jelas Ratna`, `tegas Ketua KPU`).",
    ),
    why: (
        "Ini ejaan baku (EYD V, tanda koma); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, comma); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Perbaikan aman: koma disisipkan, atau titik diganti koma. Petik buka yang berdiri sendiri di akhir kutipan sebelum keterangan pengutipan (`Kota “ ungkap`) adalah petik tutup yang salah arah: sarannya `Kota,” ungkap` (perbaikan tidak aman).",
        "Safe fix: the comma is inserted, or the period becomes a comma. An opening mark standing alone at the end of a quotation before its speech tag (`Kota “ ungkap`) is a closing mark turned the wrong way: `Kota,” ungkap` is suggested (unsafe fix).",
    ),
    examples: [
        Example {
            bad: "“Satu kesalahan kecil saja bisa mengurangi kepercayaan pembaca” ujar Dimas.",
            good: "“Satu kesalahan kecil saja bisa mengurangi kepercayaan pembaca,” ujar Dimas.",
        },
        Example {
            bad: "“Kami pastikan tidak ada kotak suara yang keluar dari gudang.” tegasnya.",
            good: "“Apakah kotak suara sudah dicek ulang?” tanya Fajar. Program “Kamis Sesuatu” tambah ramai.",
        },
    ],
    messages: {
        MISSING = (
            "Koma tidak ada sebelum tanda petik penutup yang diikuti '{verb}'",
            "Comma missing before the closing quotation mark followed by '{verb}'",
        ),
        PERIOD = (
            "Kutipan yang diikuti '{verb}' diakhiri koma, bukan titik",
            "A quotation followed by '{verb}' ends with a comma, not a period",
        ),
        FIX_INSERT = ("Sisipkan koma sebelum tanda petik", "Insert a comma before the quotation mark"),
        FIX_PERIOD = ("Ganti titik dengan koma", "Replace the period with a comma"),
        WRONG_MARK = (
            "Tanda petik '“' di sini menutup kutipan, jadi ditulis sebagai petik tutup: '{expected}'",
            "The quotation mark '“' here closes the quotation, so it is written as a closing mark: '{expected}'",
        ),
        FIX_MARK = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

/// Speech verbs that are nothing else. With `-nya` every speech verb is a speech tag.
const SPEECH_VERBS: &[&str] = &["imbuh", "papar", "pungkas", "tutur", "ujar", "ungkap"];
/// Speech verbs that are also other words (`kata` 'word', `jelas` 'clear', `tambah`
/// 'more'): bare, they count only before a name, a title or a pronoun.
const AMBIGUOUS_VERBS: &[&str] = &["jelas", "kata", "lanjut", "sebut", "tambah", "tegas", "terang"];
const PRONOUNS: &[&str] = &["beliau", "dia", "ia", "mereka"];
/// A quotation of fewer words is a term or a title (`“Kamis Sesuatu”`), not speech.
const MIN_QUOTE_WORDS: usize = 3;

impl Rule for QuoteComma {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for block in super::blocks(doc) {
            let text = doc.text(block);
            for (i, c) in super::quote_marks(text) {
                let at = block.start + i;
                if let Some(finding) = wrong_mark(cx, block, i, c) {
                    out.push(finding);
                    continue;
                }
                if !super::closes_quote(doc, at, c) {
                    continue;
                }
                let after = i + c.len_utf8();
                let Some((verb, verb_end)) = speech_tag(&text[after..]) else {
                    continue;
                };
                if quoted_words(text, i, c) < MIN_QUOTE_WORDS {
                    continue;
                }
                let span = Span::new(at, block.start + after + verb_end);
                let args = [("verb", verb)];
                let before = &text[..i];
                let last = before.chars().next_back();
                let finding = if last == Some('.') && !before.ends_with("..") {
                    let period = Span::new(at - 1, at);
                    let fix = Fix::safe(cx.text(&FIX_PERIOD, &args), vec![Edit::replace(period, ",")]);
                    cx.finding(&META, Span::new(period.start, span.end), &PERIOD, &args)
                        .with_fix(fix)
                } else if last.is_some_and(|l| l.is_alphanumeric() || l == ')') {
                    let fix = Fix::safe(cx.text(&FIX_INSERT, &args), vec![Edit::insert(at, ",")]);
                    cx.finding(&META, span, &MISSING, &args).with_fix(fix)
                } else {
                    continue;
                };
                out.push(finding);
            }
        }
    }
}

/// `pemilih di Kota “ ungkap Ratna` after an opening `“`: an opening mark standing
/// alone between spaces, right before a speech tag, inside a quotation already open,
/// is its closing mark turned the wrong way. The suggestion writes the closing mark
/// after the last word, with the house comma: `Kota,” ungkap`.
fn wrong_mark(cx: &Context<'_>, block: Span, i: usize, c: char) -> Option<crate::diagnostic::Finding> {
    let text = cx.doc.text(block);
    if c != '“' || !lone_opening_mark(text, i) {
        return None;
    }
    let after = i + c.len_utf8();
    let (verb, verb_end) = speech_tag(&text[after..])?;
    let before = &text[..i];
    let word_end = before.trim_end_matches([' ', '\u{a0}']).len();
    let opened = before[..word_end].rfind('“')?;
    let closed = before[opened..].contains('”');
    if closed || before[..word_end].ends_with(|ch: char| !ch.is_alphanumeric()) {
        return None;
    }
    if before[opened..word_end].split_whitespace().count() < MIN_QUOTE_WORDS {
        return None;
    }
    let word_start = before[..word_end].rfind(char::is_whitespace).map_or(0, |w| w + 1);
    let expected = format!("{},” {verb}", &before[word_start..word_end]);
    let args = [("expected", expected.as_str())];
    let replaced = Span::new(block.start + word_end, block.start + after);
    let fix = Fix::unsafe_(cx.text(&FIX_MARK, &args), vec![Edit::replace(replaced, ",”")]);
    let span = Span::new(block.start + i, block.start + after + verb_end);
    Some(cx.finding(&META, span, &WRONG_MARK, &args).with_fix(fix))
}

/// An opening curly mark with white space on both sides (`Kota “ ungkap`).
pub(super) fn lone_opening_mark(text: &str, i: usize) -> bool {
    let spaced = |ch: Option<char>| ch.is_some_and(char::is_whitespace);
    text[i..].starts_with('“')
        && spaced(text[..i].chars().next_back())
        && spaced(text[i + '“'.len_utf8()..].chars().next())
}

/// The speech verb right after a closing mark (`” ujar Dimas`), with the offset of
/// its end in `rest`.
pub(super) fn speech_tag(rest: &str) -> Option<(&str, usize)> {
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    if trimmed.len() == rest.len() {
        return None;
    }
    let start = rest.len() - trimmed.len();
    let len = trimmed.find(|c: char| !c.is_alphabetic()).unwrap_or(trimmed.len());
    let verb = &trimmed[..len];
    let bare = verb.strip_suffix("nya").unwrap_or(verb);
    if !SPEECH_VERBS.contains(&bare) && !AMBIGUOUS_VERBS.contains(&bare) {
        return None;
    }
    if bare.len() == verb.len() && AMBIGUOUS_VERBS.contains(&bare) {
        let next = trimmed[len..].trim_start_matches([' ', '\u{a0}']);
        let next_word = &next[..next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len())];
        let names_speaker = next_word.starts_with(|c: char| c.is_uppercase()) || PRONOUNS.contains(&next_word);
        if !names_speaker || next.len() == trimmed[len..].len() {
            return None;
        }
    }
    Some((verb, start + len))
}

/// Words between the closing mark at `close` and its opening mark in `text` (or the
/// start of the block when the opening one is missing).
fn quoted_words(text: &str, close: usize, mark: char) -> usize {
    let open = match mark {
        '"' => text[..close].rfind('"'),
        _ => text[..close].rfind('“'),
    };
    let inner = &text[open.map_or(0, |o| o + mark.len_utf8())..close];
    inner.split_whitespace().count()
}
