//! `punct/time-colon`: a time of day written with a colon: `pukul 14:00 WIB` → `14.00`.

use std::sync::LazyLock;

use regex::Regex;

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct TimeColon;
    id: "punct/time-colon",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Waktu dengan titik dua: pukul 14:00", "Time of day with a colon: pukul 14:00"),
    what: (
        "Jam, menit, dan detik dipisahkan titik: `pukul 14.00 WIB`, `pukul 01.35.20` (EYD V, Tanda Titik). Gaya selingkung KPU memakai titik; titik dua dipakai untuk durasi dan perbandingan (`skor 2:1`). Aturan ini hanya menandai waktu yang pasti waktu: sesudah `pukul` atau `jam`, atau sebelum `WIB`, `WITA`/`Wita`, `WIT`, dengan jam 0–24 dan menit 00–59.",
        "Hours, minutes and seconds are separated by periods: `pukul 14.00 WIB`, `pukul 01.35.20` (EYD V, period). KPU house style uses the period; the colon is for durations and ratios (`skor 2:1`). The rule flags only what is certainly a time of day: after `pukul` or `jam`, or before `WIB`, `WITA`/`Wita`, `WIT`, with hours 0–24 and minutes 00–59.",
    ),
    why: (
        "Satu cara menulis waktu dalam satu rilis; titik dua dibiarkan untuk durasi dan perbandingan.",
        "One way of writing times in a release; the colon is left to durations and ratios.",
    ),
    fix_safety: ("Perbaikan aman: titik dua menjadi titik.", "Safe fix: the colon becomes a period."),
    examples: [Example {
        bad: "Rapat dimulai pukul 14:00 WIB dan ditutup 16:30 WIB.",
        good: "Rapat dimulai pukul 14.00 WIB dan ditutup 16.30 WIB dengan perbandingan suara 2:1.",
    }],
    messages: {
        MESSAGE = (
            "Waktu ditulis dengan titik di antara jam dan menit: '{right}'",
            "A time of day takes a period between hours and minutes: '{right}'",
        ),
        FIX = ("Ganti dengan '{right}'", "Replace with '{right}'"),
    },
}

/// A time with colons (`14:00`, `01:35:20`), with `pukul`/`jam` before it or a time zone after it.
#[allow(clippy::expect_used, reason = "a fixed pattern; every test compiles it")]
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)(pukul|jam)\s+)?(?-u:\b)([0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)(?-u:\b)(\s*(?-i:WIB|WITA|Wita|WIT)(?-u:\b))?")
        .expect("a valid pattern")
});

impl Rule for TimeColon {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        for block in super::blocks(doc) {
            let text = doc.text(block);
            if !may_hold_a_time(text.as_bytes()) {
                continue;
            }
            for caps in TIME.captures_iter(text) {
                let (Some(time), anchored) = (caps.get(2), caps.get(1).is_some() || caps.get(3).is_some()) else {
                    continue;
                };
                // Glued to more digits or marks (`12:30:45:10`, `1:10.000`): not a time.
                let after = &text[time.end()..];
                let glued = after.starts_with(':')
                    || (after.starts_with(['.', ',']) && after[1..].starts_with(|c: char| c.is_ascii_digit()));
                if !anchored || glued || !plausible(time.as_str()) {
                    continue;
                }
                let span = Span::new(block.start + time.start(), block.start + time.end());
                if doc.in_address(span) {
                    continue;
                }
                let right = time.as_str().replace(':', ".");
                let args = [("right", right.as_str())];
                out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(Fix::safe(
                    cx.text(&FIX, &args),
                    vec![Edit::replace(span, right.as_str())],
                )));
            }
        }
    }
}

/// A cheap test before the pattern, which needs a colon between two digits (`14:00`):
/// most blocks have no such colon, and then the pattern is never even compiled.
fn may_hold_a_time(bytes: &[u8]) -> bool {
    memchr::memchr_iter(b':', bytes).any(|i| {
        let digit = |j: Option<usize>| j.and_then(|j| bytes.get(j)).is_some_and(u8::is_ascii_digit);
        digit(i.checked_sub(1)) && digit(Some(i + 1))
    })
}

/// Hours 0–24, minutes and seconds 00–59.
fn plausible(time: &str) -> bool {
    let mut parts = time.split(':').map(|p| p.parse::<u32>().unwrap_or(99));
    let hours = parts.next().unwrap_or(99);
    hours <= 24 && parts.all(|p| p <= 59)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(text: &str) -> Vec<&str> {
        TIME.captures_iter(text)
            .filter(|c| c.get(1).is_some() || c.get(3).is_some())
            .filter_map(|c| c.get(2))
            .map(|m| m.as_str())
            .filter(|t| plausible(t))
            .collect()
    }

    #[test]
    fn times_of_day_and_look_alikes() {
        assert_eq!(
            times("pukul 14:00 WIB, Pukul 9:05, jam 01:35:20, 16:30 WITA, 08:00 Wita"),
            ["14:00", "9:05", "01:35:20", "16:30", "08:00"]
        );
        assert!(times("skor 2:1, rasio 1:10.000, pukul 25:00, jam 14:75, durasi 02:30").is_empty());
    }
}
