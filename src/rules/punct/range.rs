//! `punct/range`: a range written with a hyphen or `s/d`: `pukul 13.00-15.00` →
//! `13.00–15.00`, `10-12 Desember` → `10–12 Desember`, `s/d` → `s.d.`.

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Range;
    id: "punct/range",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Rentang dengan tanda hubung atau s/d", "Range written with a hyphen or s/d"),
    what: (
        "Rentang waktu dan tanggal ditulis dengan tanda pisah tanpa spasi, bukan tanda hubung: `pukul 13.00–15.00 WIB`, `10–12 Desember 2025` (EYD V, Tanda Pisah), atau dengan `s.d.`/`sampai dengan`; singkatan `s/d` ditulis `s.d.` (EYD V, Singkatan). Yang ditandai hanya rentang yang pasti: dua waktu (sesudah `pukul`/`jam` atau sebelum zona waktu) dan dua tanggal sebelum nama bulan. Nomor surat dan kode (`No. 165/PAN.MK/01/2021`, `304/PHP.GUB-XIX/2024`) dan tanggal berangka (`27-10-2025`) tidak disentuh.",
        "Ranges of times and dates take an en dash without spaces, not a hyphen: `pukul 13.00–15.00 WIB`, `10–12 Desember 2025` (EYD V, dash), or `s.d.`/`sampai dengan`; the abbreviation `s/d` is written `s.d.` (EYD V, abbreviations). Only certain ranges are flagged: two times (after `pukul`/`jam` or before a time zone) and two days before a month name. Document numbers and codes (`No. 165/PAN.MK/01/2021`, `304/PHP.GUB-XIX/2024`) and numeric dates (`27-10-2025`) are never touched.",
    ),
    why: (
        "Tanda hubung menggabungkan kata; rentang ditandai tanda pisah (EYD V, Tanda Pisah), dan `s/d` bukan singkatan baku.",
        "A hyphen joins words; a range takes a dash (EYD V, dash), and `s/d` is no standard abbreviation.",
    ),
    fix_safety: ("Perbaikan aman.", "Safe fix."),
    examples: [Example {
        bad: "Bimtek digelar 10-12 Desember pukul 08.00 - 12.00 WIB, sesi daring 13.00 s/d 15.00 WIB.",
        good: "Bimtek digelar 10–12 Desember pukul 08.00–12.00 WIB, sesi daring 13.00 s.d. 15.00 WIB.",
    }],
    messages: {
        DASH = (
            "Rentang ditulis dengan tanda pisah (–) tanpa spasi: '{right}'",
            "A range takes an en dash (–) without spaces: '{right}'",
        ),
        SD = ("'s/d' ditulis 's.d.' (sampai dengan)", "'s/d' is written 's.d.' (sampai dengan, 'up to')"),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// Two times joined by a hyphen, with `pukul`/`jam` before or a time zone after.
#[allow(clippy::expect_used, reason = "fixed patterns; every test compiles them")]
static TIMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)(pukul|jam)\s+)?(?-u:\b)([0-9]{1,2}[.:][0-9]{2})( ?- ?)([0-9]{1,2}[.:][0-9]{2})(?-u:\b)(\s*(?-i:WIB|WITA|Wita|WIT)(?-u:\b))?")
        .expect("a valid pattern")
});
/// Two days joined by a hyphen before a month name.
#[allow(clippy::expect_used, reason = "fixed patterns; every test compiles them")]
static DAYS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([0-9]{1,2})( ?- ?)([0-9]{1,2}) (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)(?-u:\b)")
        .expect("a valid pattern")
});
/// `s/d` standing alone.
#[allow(clippy::expect_used, reason = "fixed patterns; every test compiles them")]
static SD_MARK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|\s)([sS]/[dD])(?:\s|$)").expect("a valid pattern"));

/// One range found in a block: where the finding goes, the edit and the message.
struct Hit {
    span: Span,
    edit: Span,
    replacement: &'static str,
    right: String,
    message: &'static Text,
}

impl Rule for Range {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for block in super::blocks(doc) {
            let text = doc.text(block);
            if !may_hold_a_range(text.as_bytes()) {
                continue;
            }
            for hit in hits(text) {
                let shift = |s: Span| Span::new(s.start + block.start, s.end + block.start);
                let span = shift(hit.span);
                if doc.in_address(span) || doc.touches_dateline(span) || doc.touches_credit(span) {
                    continue;
                }
                let args = [("right", hit.right.as_str())];
                let edit = Edit::replace(shift(hit.edit), hit.replacement);
                out.push(
                    cx.finding(&META, span, hit.message, &args)
                        .with_fix(Fix::safe(cx.text(&FIX, &args), vec![edit])),
                );
            }
        }
    }
}

/// A cheap test before the patterns, so that they run (and are compiled) only where a
/// range may be. A range needs a hyphen between two digits, one space allowed each side
/// (`13.00-15.00`, `10 - 12`), or `s/d` in any case between blanks (white space, a byte
/// beyond ASCII, which may start white space such as a no-break space, or an end of the
/// block). The patterns have only ever run on a block with a hyphen after a digit or
/// with `s/d` or `S/D` in it, which stays a condition (`s/D` alone is left alone).
fn may_hold_a_range(bytes: &[u8]) -> bool {
    let at = |i: Option<usize>| i.and_then(|i| bytes.get(i)).copied();
    let digit = |i: Option<usize>| at(i).is_some_and(|b| b.is_ascii_digit());
    let (mut after_digit, mut between_digits) = (false, false);
    for i in memchr::memchr_iter(b'-', bytes) {
        let left = if at(i.checked_sub(1)) == Some(b' ') {
            i.checked_sub(2)
        } else {
            i.checked_sub(1)
        };
        let right = if at(Some(i + 1)) == Some(b' ') { i + 2 } else { i + 1 };
        if digit(left) {
            after_digit = true;
            between_digits |= digit(Some(right));
        }
    }
    let blank = |i: Option<usize>| at(i).is_none_or(|b| matches!(b, b'\t'..=b'\r' | b' ') || !b.is_ascii());
    let (mut sd, mut free_sd) = (false, false);
    for i in memchr::memchr_iter(b'/', bytes) {
        let around = (at(i.checked_sub(1)), at(Some(i + 1)));
        sd |= matches!(around, (Some(b's'), Some(b'd')) | (Some(b'S'), Some(b'D')));
        free_sd |=
            matches!(around, (Some(b's' | b'S'), Some(b'd' | b'D'))) && blank(i.checked_sub(2)) && blank(Some(i + 2));
    }
    (after_digit || sd) && (between_digits || free_sd)
}

/// The ranges in one block of text, in order, offsets relative to it.
fn hits(text: &str) -> Vec<Hit> {
    let mut found = Vec::new();
    // A code such as `304/PHP.GUB-XIX/2024` or `01-02/2024` is glued to `/`, `.` or `-`.
    let free_before = |start: usize| {
        let before = text[..start].chars().next_back();
        !before.is_some_and(|c| matches!(c, '/' | '.' | '-' | ',') || c.is_alphanumeric())
    };
    let free_after = |end: usize| {
        let after = text[end..].chars().next();
        !after.is_some_and(|c| matches!(c, '/' | '-') || c.is_alphanumeric())
    };
    for caps in TIMES.captures_iter(text) {
        let (Some(first), Some(dash), Some(second)) = (caps.get(2), caps.get(3), caps.get(4)) else {
            continue;
        };
        let anchored = caps.get(1).is_some() || caps.get(5).is_some();
        if anchored
            && free_before(first.start())
            && free_after(second.end())
            && time(first.as_str())
            && time(second.as_str())
        {
            found.push(dash_hit(text, first.start(), dash.start(), dash.end(), second.end()));
        }
    }
    for caps in DAYS.captures_iter(text) {
        let (Some(first), Some(dash), Some(second)) = (caps.get(1), caps.get(2), caps.get(3)) else {
            continue;
        };
        let (a, b) = (
            first.as_str().parse::<u32>().unwrap_or(0),
            second.as_str().parse::<u32>().unwrap_or(0),
        );
        if free_before(first.start()) && (1..b).contains(&a) && b <= 31 {
            found.push(dash_hit(text, first.start(), dash.start(), dash.end(), second.end()));
        }
    }
    for caps in SD_MARK.captures_iter(text) {
        if let Some(mark) = caps.get(1) {
            let span = Span::new(mark.start(), mark.end());
            found.push(Hit {
                span,
                edit: span,
                replacement: "s.d.",
                right: "s.d.".to_string(),
                message: &SD,
            });
        }
    }
    found.sort_by_key(|h| h.span.start);
    found
}

fn dash_hit(text: &str, start: usize, dash_start: usize, dash_end: usize, end: usize) -> Hit {
    let right = format!("{}–{}", &text[start..dash_start], &text[dash_end..end]);
    Hit {
        span: Span::new(start, end),
        edit: Span::new(dash_start, dash_end),
        replacement: "–",
        right,
        message: &DASH,
    }
}

/// Hours 0–24 and minutes 00–59.
fn time(text: &str) -> bool {
    let Some((h, m)) = text.split_once(['.', ':']) else {
        return false;
    };
    h.parse::<u32>().is_ok_and(|h| h <= 24) && m.parse::<u32>().is_ok_and(|m| m <= 59)
}

#[cfg(test)]
mod tests {
    use super::{hits, may_hold_a_range};

    #[test]
    fn the_cheap_test_lets_every_range_through() {
        for text in [
            "pukul 13.00-15.00 WIB",
            "10 - 12 Desember",
            "08.00 s/d 12.00",
            "s/d",
            "x\u{a0}S/D\u{a0}y",
            "1-2 lalu s/D",
        ] {
            assert!(may_hold_a_range(text.as_bytes()), "{text}");
        }
        for text in ["2024-an", "nomor 5- dan", "(hms/dpshp)", "s/D saja", "Covid-19"] {
            assert!(!may_hold_a_range(text.as_bytes()), "{text}");
        }
    }

    fn found(text: &str) -> Vec<(String, String)> {
        hits(text)
            .into_iter()
            .map(|h| (text[h.span.start..h.span.end].to_string(), h.right))
            .collect()
    }

    #[test]
    fn ranges_and_look_alikes() {
        let found = found("pukul 13.00-15.00 WIB, 08.00 - 12.00 WIB, 10-12 Desember, 08.00 s/d 12.00, jam 9:00-10:30");
        let found: Vec<_> = found.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        assert_eq!(
            found,
            [
                ("13.00-15.00", "13.00–15.00"),
                ("08.00 - 12.00", "08.00–12.00"),
                ("10-12", "10–12"),
                ("s/d", "s.d."),
                ("9:00-10:30", "9:00–10:30"),
            ]
        );
        for clean in [
            "angka 2024-an, nomor 5- dan s/dokumen",
            "No. 165/PAN.MK/01/2021 dan 304/PHP.GUB-XIX/2024",
            "tanggal 27-10-2025, 12-10 Desember, 01-02/2024 Desember",
            "skor 1.000-2.000, 13.00–15.00 WIB, s.d. 12.00, RT 01-02, pukul 13.00-25.00",
            "https://kpu.go.id/s/d/1",
            "nomor 3/10-12 Desember",
        ] {
            assert_eq!(super::hits(clean).len(), 0, "{clean}");
        }
    }
}
