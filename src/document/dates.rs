//! Day-and-date mentions: the house form `Senin (27/10)` (also `(27/10/2025)`,
//! `(27/10/25)`) and the long form `Senin, 27 Oktober 2025`.
//!
//! Parsed once per release, leniently, so the `day-date/` rules can judge each part at
//! its own span (`senin(07-08)` is still a mention, with four things wrong). A mention
//! starts at a day name that is followed right away by a date; `Kamis Sesuatu` (a
//! programme), `dua minggu` (a fortnight) or `Senin (pukul 09.00)` are not mentions.

use jiff::civil::Weekday;

use super::date_cursor::Cursor;
use super::Word;
use crate::lexicon;
use crate::lexicon::calendar::DAY_NAMES;
use crate::span::Span;

/// A day name as written: `Senin`, `senin`, `Jum'at`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayName {
    pub span: Span,
    pub weekday: Weekday,
    /// The standard spelling with a capital initial (`Jumat` for `Jum'at`).
    pub standard: &'static str,
    /// Written in a non-standard spelling (`Jum'at`, `Jumaat`, `Senen`).
    pub variant: bool,
}

/// A number as written, with its span (`07` keeps its leading zero).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Number {
    pub span: Span,
    pub value: u16,
}

/// How the date after the day name is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `(27/10)`: the group with its parentheses, white space just inside them, and
    /// the separators (with any spaces around them) between day, month and year.
    Short {
        group: Span,
        padding: [Span; 2],
        day_separator: Span,
        year_separator: Option<Span>,
    },
    /// `27 Oktober 2025`; the month number comes from the month name.
    Long,
    /// `Selasa 4/11`, `Selasa, 4/11/2025`: the house form's numbers without the
    /// parentheses; `date` runs from the day to the month or year.
    Bare { date: Span },
    /// `Selasa (4 November)`, `Selasa (4 November 2025)`: a month name inside the
    /// parentheses.
    NamedMonth { group: Span },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// From the day name to the closing parenthesis (or the last part of a long form).
    pub span: Span,
    pub day_name: DayName,
    /// Between the day name and the date: one space in the house form; `, ` (or
    /// `, tanggal `) in the long form.
    pub gap: Span,
    pub day: Number,
    /// The month number (short form) or name (long form), valued 1–12 when valid.
    pub month: Number,
    pub year: Option<Number>,
    pub shape: Shape,
}

impl DateMention {
    /// The written year as a full year: two digits mean 20YY.
    pub fn full_year(&self) -> Option<i16> {
        let year = self.year?;
        let value = i16::try_from(year.value).ok()?;
        Some(if year.span.len() == 2 { 2000 + value } else { value })
    }
}

/// Words that make a following lowercase `minggu` a count of weeks (`dua minggu`).
const COUNT_WORDS: &[&str] = &[
    "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas", "beberapa",
    "tiap", "setiap", "per",
];

/// The day name `word` spells, if any. Callers ask only about words whose lexicon
/// roles include `lexicon::DAY`.
pub fn day_name(word: &str, span: Span) -> Option<DayName> {
    DAY_NAMES
        .iter()
        .find(|(name, _, _)| name.eq_ignore_ascii_case(word))
        .map(|&(name, weekday, standard)| DayName {
            span,
            weekday: weekday_of(weekday),
            standard,
            variant: !name.eq_ignore_ascii_case(standard),
        })
}

/// The weekday of a day-name entry (0 = Monday).
fn weekday_of(monday_zero: u8) -> Weekday {
    match monday_zero {
        0 => Weekday::Monday,
        1 => Weekday::Tuesday,
        2 => Weekday::Wednesday,
        3 => Weekday::Thursday,
        4 => Weekday::Friday,
        5 => Weekday::Saturday,
        _ => Weekday::Sunday,
    }
}

/// Mentions in one text block (`text` starts at byte `base`), given its words and, in
/// order, the indices of those among them with any lexicon role (a day name has one):
/// the few a release has are visited, not every word.
pub fn find(text: &str, base: usize, words: &[Word], with_roles: impl IntoIterator<Item = usize>) -> Vec<DateMention> {
    let mut found = Vec::new();
    find_into(text, base, words, with_roles, &mut found);
    found
}

/// [`find`] added to `found`, so that the parse collects a release's mentions in one
/// vector rather than one a paragraph.
pub(super) fn find_into(
    text: &str,
    base: usize,
    words: &[Word],
    with_roles: impl IntoIterator<Item = usize>,
    found: &mut Vec<DateMention>,
) {
    for i in with_roles {
        let Some(word) = words.get(i).filter(|w| w.roles & lexicon::DAY != 0) else {
            continue;
        };
        let word = word.span;
        let written = &text[word.start - base..word.end - base];
        let Some(name) = day_name(written, word) else {
            continue;
        };
        let counted = written == "minggu"
            && i > 0
            && words.get(i - 1).is_some_and(|prev| {
                let prev = &text[prev.span.start - base..prev.span.end - base];
                prev.bytes().all(|b| b.is_ascii_digit()) || COUNT_WORDS.contains(&prev.to_lowercase().as_str())
            });
        if counted {
            continue;
        }
        let after = word.end - base;
        let mention = short(text, after, base, name)
            .or_else(|| long(text, after, base, name))
            .or_else(|| super::loose_dates::bare(text, after, base, name))
            .or_else(|| super::loose_dates::named_month(text, after, base, name));
        if let Some(mention) = mention {
            found.push(mention);
        }
    }
}

/// `Senin (27/10)` and its drifts, from just after the day name.
fn short(text: &str, from: usize, base: usize, day_name: DayName) -> Option<DateMention> {
    let mut c = Cursor { text, pos: from };
    let (mut commas, mut breaks, mut len) = (0, 0, 0);
    while let Some(ch @ (' ' | '\t' | '\u{a0}' | ',' | '\n' | '\r')) = c.peek() {
        commas += usize::from(ch == ',');
        breaks += usize::from(ch == '\n');
        len += 1;
        c.pos += ch.len_utf8();
    }
    if commas > 1 || breaks > 1 || len > 4 {
        return None;
    }
    let gap = Span::new(base + from, base + c.pos);
    let open = c.pos;
    if !c.eat('(') {
        return None;
    }
    let pad_start = c.pos;
    c.spaces();
    let leading = Span::new(base + pad_start, base + c.pos);
    let day = c.number(2, base)?;
    let (day_separator, mark) = c.separator(base)?;
    let month = c.number(2, base)?;
    let mut year_separator = None;
    let mut year = None;
    let before_year = c.pos;
    if let Some((span, year_mark)) = c.separator(base) {
        if year_mark != mark {
            // `(27-28/10)` is a range of days, not a date.
            return None;
        }
        let y = c.number(4, base).filter(|y| matches!(y.span.len(), 2 | 4))?;
        year_separator = Some(span);
        year = Some(y);
    } else {
        c.pos = before_year;
    }
    let pad_start = c.pos;
    c.spaces();
    let trailing = Span::new(base + pad_start, base + c.pos);
    if !c.eat(')') {
        return None;
    }
    if mark != '/' && !plausible(day, month, mark) {
        return None;
    }
    Some(DateMention {
        span: Span::new(day_name.span.start, base + c.pos),
        day_name,
        gap,
        day,
        month,
        year,
        shape: Shape::Short {
            group: Span::new(base + open, base + c.pos),
            padding: [leading, trailing],
            day_separator,
            year_separator,
        },
    })
}

/// With `-` or `.` between them, two numbers are only a date when they could be one:
/// `(27-28)` is a range and `(09.30)` or `(10.05)` a time of day.
fn plausible(day: Number, month: Number, mark: char) -> bool {
    let in_range = (1..=31).contains(&day.value) && (1..=12).contains(&month.value);
    let clock_like = mark == '.' && month.span.len() == 2 && month.value < 10;
    in_range && !clock_like
}

/// `Senin, 27 Oktober 2025` (also without the comma, or with `tanggal`), from just
/// after the day name.
fn long(text: &str, from: usize, base: usize, day_name: DayName) -> Option<DateMention> {
    let mut c = Cursor { text, pos: from };
    let comma = c.eat(',');
    if c.spaces() == 0 && !comma {
        return None;
    }
    if text[c.pos..].starts_with("tanggal ") {
        c.pos += "tanggal".len();
        c.spaces();
    }
    let gap = Span::new(base + from, base + c.pos);
    let day = c.number(2, base)?;
    if c.spaces() == 0 {
        return None;
    }
    let (month, year) = c.month_and_year(base)?;
    Some(DateMention {
        span: Span::new(day_name.span.start, base + c.pos),
        day_name,
        gap,
        day,
        month,
        year,
        shape: Shape::Long,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::document::words;

    fn mentions(text: &str) -> Vec<DateMention> {
        let words: Vec<Word> = words::split(text, 0)
            .map(|span| Word {
                span,
                roles: lexicon::roles(span.text(text)),
                region: crate::document::Region::Body,
                flags: 0,
            })
            .collect();
        find(text, 0, &words, 0..words.len())
    }

    fn spans(text: &str) -> Vec<&str> {
        mentions(text).iter().map(|m| m.span.text(text)).collect()
    }

    #[test]
    fn finds_house_and_long_forms() {
        let t = "rapat, Senin (27/10). Sejak Rabu (17/2/2021) dan pada Senin, 21 April 2025 itu.";
        assert_eq!(spans(t), ["Senin (27/10)", "Rabu (17/2/2021)", "Senin, 21 April 2025"]);
        let m = mentions(t);
        assert_eq!(m[1].full_year(), Some(2021));
        assert_eq!(
            (m[2].day.value, m[2].month.value, m[2].full_year()),
            (21, 4, Some(2025))
        );
        assert_eq!(mentions("Senin (22/01/24)")[0].full_year(), Some(2024));
    }

    #[test]
    fn keeps_drifted_forms_as_mentions() {
        for t in [
            "senin (27/10)",
            "Senin(27/10)",
            "Senin, (27/10)",
            "Senin ( 27/10 )",
            "Senin (27-10)",
            "Senin (27.10)",
            "Senin (07/08)",
            "Jum'at (25/7)",
            "Jum’at (25/7)",
            "Senin (31/9)",
            "Senin (20/16)",
            "Kamis, tanggal 7 November 2024",
        ] {
            assert_eq!(spans(t), [t], "{t}");
        }
        let m = mentions("Jum’at (25/7)");
        assert!(m[0].day_name.variant);
        assert_eq!(m[0].day_name.standard, "Jumat");
    }

    #[test]
    fn leaves_look_alikes_alone() {
        for t in [
            "forum Kamis Sesuatu digelar",
            "selama dua minggu ke depan",
            "dua minggu (27/10)",
            "pada 14 Februari 2024",
            "Senin (pukul 09.00 WIB)",
            "Senin (09.30)",
            "Sabtu (10.05)",
            "Sabtu dan Minggu (25-26/10)",
            "Senin (27-28)",
            "Jumat Berkah (27/10)",
            "Senin (27/10",
            "Senin, 27 orang",
        ] {
            assert!(spans(t).is_empty(), "{t}: {:?}", spans(t));
        }
    }

    #[test]
    fn short_form_parts() {
        let t = "Senin, ( 07 - 08 )";
        let m = mentions(t)[0];
        assert_eq!(m.gap.text(t), ", ");
        let Shape::Short {
            padding, day_separator, ..
        } = m.shape
        else {
            panic!("short form expected");
        };
        assert_eq!([padding[0].text(t), padding[1].text(t)], [" ", " "]);
        assert_eq!(day_separator.text(t), " - ");
        assert_eq!((m.day.span.text(t), m.month.span.text(t)), ("07", "08"));
    }
}
