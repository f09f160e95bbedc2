//! `baku/currency`: the rupiah sign with a period or a space: `Rp. 300` / `Rp 300` →
//! `Rp300`; an amount closed with `,-`: `Rp75.000,-` → `Rp75.000,00`.

use crate::diagnostic::{Edit, Fix};
use crate::document::Document;
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Currency;
    id: "baku/currency",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Lambang rupiah dengan titik atau spasi, atau jumlah diakhiri `,-`",
        "Rupiah sign with a period or a space, or an amount closed with `,-`",
    ),
    what: (
        "Lambang mata uang ditulis tanpa titik dan langsung diikuti angka: `Rp300 ribu`, `Rp1.000.000`, `Rp5.000,00` (EYD V, Angka dan Bilangan; Singkatan). `Rp. 300`, `Rp.300` dan `Rp 300` ditandai, juga tanda `,-` di belakang jumlah (`Rp75.000,-`): sen ditulis `,00` atau tidak ditulis.",
        "The currency sign takes no period and is followed directly by the amount: `Rp300 ribu`, `Rp1.000.000`, `Rp5.000,00` (EYD V, numbers; abbreviations). `Rp. 300`, `Rp.300` and `Rp 300` are flagged, and so is `,-` after the amount (`Rp75.000,-`): cents are written `,00` or not at all.",
    ),
    why: (
        "Ini ejaan baku (EYD V, bilangan; singkatan); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, numbers; abbreviations); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Perbaikan aman: hapus titik dan spasi, tulis lambangnya `Rp`, dan ganti `,-` dengan `,00`.",
        "Safe fix: drop the period and the space, write the sign `Rp`, and replace `,-` with `,00`.",
    ),
    examples: [
        Example {
            bad: "Setiap mahasiswa mendapat uang saku sebesar Rp. 300 ribu per bulan.",
            good: "Setiap mahasiswa mendapat uang saku sebesar Rp300 ribu per bulan dari pagu Rp1.000.000.",
        },
        Example {
            bad: "Honorarium petugas sebesar Rp 75.000,- per hari, transpor Rp50.000,-.",
            good: "Honorarium petugas sebesar Rp75.000,00 per hari, transpor Rp50.000, selisih 1.000-2.000.",
        },
    ],
    messages: {
        MESSAGE = (
            "Lambang rupiah ditulis 'Rp' tanpa titik dan tanpa spasi sebelum angka: '{right}'",
            "The rupiah sign is 'Rp' with no period and no space before the amount: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
        DASH = (
            "Jumlah rupiah ditulis tanpa ',-' di belakang, dengan 'Rp' langsung sebelum angka: '{right}' atau '{short}'",
            "A rupiah amount takes no ',-' at the end, and 'Rp' goes right before the amount: '{right}' or '{short}'",
        ),
    },
}

impl Rule for Currency {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        // `Rp 300` / `Rp. 300`: the sign is a word of its own.
        let spaced = doc.checked_words_with(lexicon::RP).filter_map(|(index, word)| {
            let amount = doc.words.get(index + 1)?;
            let between = doc.text(Span::new(word.span.end, amount.span.start));
            let marks = between.trim_start_matches('.').trim_start_matches([' ', '\u{a0}']);
            let spaced = between.len() <= 3 && marks.is_empty() && !between.is_empty();
            let digit = doc.text(amount.span).starts_with(|c: char| c.is_ascii_digit());
            (doc.text(word.span).eq_ignore_ascii_case("rp") && spaced && digit).then_some((
                word.span.start,
                amount.span.start,
                amount.span.end,
                true,
            ))
        });
        for (sign_start, amount_start, amount_end_of_word, spaced) in spaced.chain(glued_with_dash(doc)) {
            // The whole amount (`1.000.000`, not the first digit group) and a `,-` after it.
            let rest = doc.source.get(amount_start..).unwrap_or("");
            let digits = rest
                .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
                .unwrap_or(rest.len());
            let amount_text = rest[..digits].trim_end_matches([',', '.']);
            let dash = dash_tail(&rest[amount_text.len()..]);
            if !spaced && dash == 0 {
                continue;
            }
            let mut edits = Vec::new();
            if spaced {
                edits.push(Edit::replace(Span::new(sign_start, amount_start), "Rp"));
            }
            let amount_end = amount_start + amount_text.len();
            let (message, right) = if dash > 0 {
                edits.push(Edit::replace(Span::new(amount_end, amount_end + dash), ",00"));
                (&DASH, format!("Rp{amount_text},00"))
            } else {
                (&MESSAGE, format!("Rp{amount_text}"))
            };
            let short = format!("Rp{amount_text}");
            let args = [("right", right.as_str()), ("short", short.as_str())];
            let end = if dash > 0 {
                amount_end + dash
            } else {
                amount_end_of_word
            };
            let span = Span::new(sign_start, end);
            out.push(
                cx.finding(&META, span, message, &args)
                    .with_fix(Fix::safe(cx.text(&FIX, &args), edits)),
            );
        }
    }
}

/// `Rp75.000,-`: amounts glued to the sign and closed with `,-` (sign start, amount start,
/// end of the amount's first word, not spaced), found from the `,-` back.
fn glued_with_dash<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = (usize, usize, usize, bool)> + 'd {
    let source = doc.source.as_bytes();
    memchr::memchr_iter(b'-', source).filter_map(move |dash| {
        let mark = dash.checked_sub(1)?;
        if !matches!(source[mark], b',' | b'.') {
            return None;
        }
        let amount_start = source[..mark]
            .iter()
            .rposition(|b| !(b.is_ascii_digit() || *b == b'.' || *b == b','))
            .map_or(0, |i| i + 1);
        let sign_start = amount_start.checked_sub(2)?;
        let sign = doc.source.get(sign_start..amount_start)?;
        let word_start = source
            .get(..sign_start)
            .is_none_or(|b| b.last().is_none_or(|c| !c.is_ascii_alphanumeric()));
        let index = doc.words.binary_search_by_key(&sign_start, |w| w.span.start).ok()?;
        let word = &doc.words[index];
        let digit = source.get(amount_start).is_some_and(u8::is_ascii_digit);
        let glued = sign.eq_ignore_ascii_case("rp") && word_start && digit && word.is_checked();
        glued.then_some((sign_start, amount_start, word.span.end, false))
    })
}

/// The length of a `,-` (or `,--`, `.-`, `,–`) that closes an amount at the start of
/// `after`, when a space, the end or a punctuation mark follows it; 0 when there is none.
fn dash_tail(after: &str) -> usize {
    let Some(rest) = after.strip_prefix([',', '.']) else {
        return 0;
    };
    let dashes = rest.len() - rest.trim_start_matches(['-', '–', '—']).len();
    let next = rest[dashes..].chars().next();
    if dashes == 0 || next.is_some_and(char::is_alphanumeric) {
        return 0;
    }
    1 + dashes
}

#[cfg(test)]
mod tests {
    use super::dash_tail;

    #[test]
    fn dash_tails() {
        assert_eq!(dash_tail(",- per hari"), 2);
        assert_eq!(dash_tail(",--."), 3);
        assert_eq!(dash_tail(".-"), 2);
        assert_eq!(dash_tail(",–)"), 4);
        assert_eq!(dash_tail(", per hari"), 0);
        assert_eq!(dash_tail(",-an"), 0);
        assert_eq!(dash_tail(""), 0);
    }
}
