//! `punct/missing-space-after`: no space after a comma or a sentence-ending period
//! before the next word (`benar,terutama`, `selesai.Kegiatan`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct MissingSpaceAfter;
    id: "punct/missing-space-after",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Tidak ada spasi setelah koma atau titik", "No space after a comma or a period"),
    what: (
        "Setelah koma dan titik akhir kalimat ada satu spasi: `benar, terutama`, `selesai. Kegiatan`. Yang dibiarkan: angka (`1.265.218`, `1,26`, `pukul 08.00`), alamat laman dan surel (`kota-semarang.kpu.go.id`), gelar dan singkatan bertitik (`S.H.`, `M.Kom.`, `S.I.Kom.`, `a.n.`, `s.d.`, `Dr.`), inisial nama (`A.H. Nasution`), dan elipsis. Titik hanya dilaporkan bila kata sesudahnya berhuruf awal kapital, yaitu awal kalimat baru. Tanda di dalam kredit diperiksa keluarga `credit/`.",
        "A comma and a sentence-ending period are followed by one space: `benar, terutama`, `selesai. Kegiatan`. Left alone: numbers (`1.265.218`, `1,26`, `pukul 08.00`), web and e-mail addresses (`kota-semarang.kpu.go.id`), dotted titles and abbreviations (`S.H.`, `M.Kom.`, `S.I.Kom.`, `a.n.`, `s.d.`, `Dr.`), initials (`A.H. Nasution`) and ellipses. A period is reported only before a capitalised word, that is, a new sentence. Marks inside the credit tail are the `credit/` family's.",
    ),
    why: (
        "Ini ejaan baku (EYD V); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman: satu spasi disisipkan.", "Safe fix: one space is inserted."),
    examples: [
        Example {
            bad: "Kerja sama ini diharapkan membawa manfaat bagi pemilih pemula, terutama pelajar yang baru memahami hak pilihnya dengan benar,terutama di sekolah.",
            good: "Kerja sama ini diharapkan membawa manfaat bagi pemilih pemula, terutama pelajar yang baru memahami hak pilihnya dengan benar, terutama di sekolah.",
        },
        Example {
            bad: "Materi disampaikan Rina Kartika, S.I.Kom., M.Kom., di hadapan 1.265 peserta pukul 08.00 WIB.Peserta mencatat.",
            good: "Materi disampaikan Rina Kartika, S.I.Kom., M.Kom., di hadapan 1.265 peserta pukul 08.00 WIB. Peserta mencatat.",
        },
    ],
    messages: {
        MESSAGE = ("Tidak ada spasi setelah tanda '{mark}'", "No space after '{mark}'"),
        FIX = ("Sisipkan spasi setelah '{mark}'", "Insert a space after '{mark}'"),
    },
}

/// Abbreviations of three or more letters that end in a period and are followed by a
/// capitalised word without being a sentence end (`Drs.Budi` is common and harmless).
/// Shorter ones (`Dr.`, `Jl.`, `Md.`) are never checked.
const ABBREVIATIONS: &[&str] = &[
    "akbp", "amd", "brigjen", "dkk", "dll", "dra", "drg", "drs", "dsb", "dst", "hlm", "inf", "jln", "kab", "kapt",
    "kec", "kel", "kol", "kom", "kombes", "kompol", "letkol", "mayjen", "prof", "prov", "sdr", "sdri", "sos", "tbk",
    "ybs", "yth",
];

/// File extensions after a name (`Laporan.PDF`).
const EXTENSIONS: &[&str] = &[
    "doc", "docx", "jpeg", "jpg", "mp4", "pdf", "png", "ppt", "pptx", "xls", "xlsx", "zip",
];

impl Rule for MissingSpaceAfter {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for block in super::blocks(doc) {
            let text = doc.text(block);
            let mut tokens = TokenStarts::default();
            for i in memchr::memchr2_iter(b',', b'.', text.as_bytes()) {
                // Nearly every mark is followed by a space: only a letter can be glued.
                if text
                    .as_bytes()
                    .get(i + 1)
                    .is_none_or(|b| b.is_ascii() && !b.is_ascii_alphabetic())
                {
                    continue;
                }
                let mark = char::from(text.as_bytes()[i]);
                let at = Span::new(block.start + i, block.start + i + 1);
                let token = &text[tokens.before(text, i)..i];
                let missing = match mark {
                    ',' => text[i + 1..].starts_with(char::is_alphabetic),
                    _ => sentence_glued(&text[..i], token, &text[i + 1..]),
                };
                if !missing || doc.in_address(at) || doc.touches_dateline(at) || doc.touches_credit(at) {
                    continue;
                }
                // Social media handles and hashtags (`@kpu.kotasemarang`) are names.
                if token.starts_with(['@', '#']) {
                    continue;
                }
                let mark = mark.to_string();
                let args = [("mark", mark.as_str())];
                let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::insert(at.end, " ")]);
                out.push(cx.finding(&META, at, &MESSAGE, &args).with_fix(fix));
            }
        }
    }
}

/// A period glued to a capitalised word that starts a new sentence: the word before is
/// a real word (three letters or more, not an abbreviation), a number of two digits or
/// more, or a closing bracket or quotation mark; the token is not a chain of dotted
/// abbreviations (`S.Kep.Ns`), and the period is not part of an ellipsis.
///
/// `token` is the text from the last white space before the period to the period. A token
/// or a following token longer than [`LONGEST_TOKEN`] is no word of prose (a glued chain,
/// hostile input) and is left alone, which also keeps the check linear on one long line.
fn sentence_glued(before: &str, token: &str, after: &str) -> bool {
    let next_word = &after[..after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())];
    let starts_capital = next_word.chars().next().is_some_and(char::is_uppercase);
    if !starts_capital || next_word.chars().count() < 2 || before.ends_with('.') {
        return false;
    }
    if EXTENSIONS.contains(&next_word.to_lowercase().as_str()) {
        return false;
    }
    let Some(rest) = first_token(after) else {
        return false;
    };
    if token.len() > LONGEST_TOKEN || has_short_dotted_segment(token) || document_number(token, rest) {
        return false;
    }
    let letters = token.len() - token.trim_end_matches(char::is_alphabetic).len();
    let word = &token[token.len() - letters..];
    let digits = token.len() - token.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if word.chars().count() >= 3 {
        return !ABBREVIATIONS.contains(&word.to_lowercase().as_str());
    }
    digits >= 2 || token.ends_with([')', '”', '"'])
}

/// `165/PAN.MK/01/2021`, `232/PHPU.BUP-XXIII/2025`: the period is inside a document or
/// case number, a token in which a slash joins codes and numbers. What follows the
/// period goes on with a slash or a digit, or it is a code in capitals after a token
/// that already has a slash. A space there would break the number.
fn document_number(token: &str, rest: &str) -> bool {
    let rest = rest.trim_end_matches([',', '.', ';', ':', ')']);
    // The period stands inside one token: `(31/10).Kegiatan` is no number.
    if !token.ends_with(char::is_alphanumeric) {
        return false;
    }
    let code = |part: &str| part.contains('/') && part.contains(|c: char| c.is_ascii_digit());
    let continues = rest.contains(['/']) || rest.contains(|c: char| c.is_ascii_digit());
    let capitals = !rest.is_empty() && rest.chars().all(|c| c.is_uppercase() || c == '-');
    (continues && (code(token) || code(rest))) || (code(token) && capitals)
}

/// `S.Kep`, `A.H` or `M.Kom`: an earlier segment of one or two letters before a period.
fn has_short_dotted_segment(token: &str) -> bool {
    token.split('.').rev().skip(1).any(|segment| {
        let letters = segment.chars().rev().take_while(|c| c.is_alphabetic()).count();
        (1..=2).contains(&letters)
    })
}

/// The longest token around a period that is still judged (the longest real ones, document
/// numbers such as `232/PHPU.BUP-XXIII/2025`, are far shorter).
const LONGEST_TOKEN: usize = 64;

/// The token after a period, up to the next white space, or `None` when it is longer than
/// [`LONGEST_TOKEN`]: reading no further keeps each mark's cost bounded.
fn first_token(after: &str) -> Option<&str> {
    let end = after
        .char_indices()
        .take(LONGEST_TOKEN + 1)
        .find(|&(_, c)| c.is_whitespace())
        .map_or(after.len(), |(at, _)| at);
    (end <= LONGEST_TOKEN).then(|| &after[..end])
}

/// Where the token ending at a mark starts (just after the last white space before it).
/// Marks come in text order, so the text between them is read at most once, backwards
/// from the mark to the nearest white space (a token, not the whole text since the
/// last mark): a line of a million glued marks costs no more than a million marks.
#[derive(Default)]
struct TokenStarts {
    read: usize,
    start: usize,
}

impl TokenStarts {
    fn before(&mut self, text: &str, at: usize) -> usize {
        let unread = &text[self.read..at];
        if let Some((offset, c)) = unread.char_indices().rev().find(|(_, c)| c.is_whitespace()) {
            self.start = self.read + offset + c.len_utf8();
        }
        self.read = at;
        self.start
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The check as the rule asks it, with the token worked out from the text before.
    fn glued(before: &str, after: &str) -> bool {
        let token = before.rsplit(char::is_whitespace).next().unwrap_or(before);
        sentence_glued(before, token, after)
    }

    #[test]
    fn token_starts_follow_the_last_white_space() {
        let text = "kata @kpu.go,x\u{a0}y.z";
        let mut tokens = TokenStarts::default();
        assert_eq!(tokens.before(text, 9), 5);
        assert_eq!(tokens.before(text, 12), 5);
        assert_eq!(tokens.before(text, text.len() - 2), text.len() - 3);
    }

    proptest::proptest! {
        /// Read backwards from each mark, the token starts where its definition says:
        /// just after the last white space before the mark, wherever it lies.
        #[test]
        fn token_starts_agree_with_the_definition(text in "[a ,.\u{a0}é\n@]{0,40}", every in 1usize..4) {
            let mut tokens = TokenStarts::default();
            let marks = text.match_indices([',', '.']).map(|(at, _)| at).step_by(every);
            for at in marks {
                let expected = text[..at]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(offset, c)| offset + c.len_utf8());
                proptest::prop_assert_eq!(tokens.before(&text, at), expected);
            }
        }
    }

    #[test]
    fn overlong_tokens_are_left_alone() {
        let chain = "go.".repeat(30);
        assert!(!glued(&format!("rapat {chain}selesai"), "Kegiatan"));
        assert!(!glued("rapat selesai", &format!("Kegiatan{}", "x".repeat(70))));
        assert!(glued("rapat selesai", &format!("Kegiatan{}", "x".repeat(50))));
    }

    #[test]
    fn glued_sentences_and_look_alikes() {
        assert!(glued("rapat selesai", "Kegiatan berlanjut"));
        assert!(glued("tahun 2024", "Kegiatan"));
        assert!(glued("suara (TPS)", "Kegiatan"));
        // A date range before a glued sentence is no document number.
        assert!(glued("periode 2024/2025", "Kegiatan berlanjut"));
        assert!(glued("pada (31/10)", "Kegiatan"));
        for (before, after) in [
            ("Budi, S", "H., hadir"),
            ("M", "Kom."),
            ("S.I", "Kom."),
            ("S.Kep", "Ns"),
            ("A", "H. Nasution"),
            ("Drs", "Budi"),
            ("pukul 08", "00"),
            ("dan", "kami"),
            ("lihat laporan", "PDF"),
            ("tunggu..", "Lalu"),
            ("a", "n. Ketua"),
            ("Surat No. 165/PAN", "MK/01/2021 tentang"),
            ("Nomor 232/PHPU", "BUP-XXIII/2025 diperiksa"),
            ("perkara 304/PHP", "GUB-XIX/2024."),
            ("surat 12/PL", "02/2025"),
        ] {
            assert!(!glued(before, after), "{before}.{after}");
        }
    }
}
