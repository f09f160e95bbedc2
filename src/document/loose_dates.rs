//! The house form's loose relatives: `Selasa 4/11` (no parentheses) and
//! `Selasa (4 November)` (a month name in the parentheses). They are dated mentions
//! like `Selasa (4/11)`, so their day and date are checked too; `day-date/other-form`
//! rewrites them in the house form.
//!
//! Both are read strictly, since without the parentheses numbers after a day name are
//! less surely a date: the day name has a capital initial, the numbers are a possible
//! day and month joined by `/`, and no digit, letter, `/`, `-` or `.`-and-digit follows.

use super::date_cursor::Cursor;
use super::dates::{DateMention, DayName, Number, Shape};
use crate::span::Span;

/// `Selasa 4/11`, `Selasa, 4/11/2025`, from just after the day name.
pub(super) fn bare(text: &str, from: usize, base: usize, day_name: DayName) -> Option<DateMention> {
    if !capitalised(text, day_name, base) {
        return None;
    }
    let mut c = Cursor { text, pos: from };
    c.eat(',');
    if c.spaces() != 1 {
        return None;
    }
    let gap = Span::new(base + from, base + c.pos);
    let start = c.pos;
    let day = c.number(2, base)?;
    if !c.eat('/') {
        return None;
    }
    let month = c.number(2, base)?;
    let before_year = c.pos;
    let year = if c.eat('/') {
        Some(c.number(4, base).filter(|y| matches!(y.span.len(), 2 | 4))?)
    } else {
        c.pos = before_year;
        None
    };
    let rest = &text[c.pos..];
    let glued = rest.starts_with(|ch: char| ch.is_alphanumeric() || matches!(ch, '/' | '-'))
        || rest
            .strip_prefix(['.', ','])
            .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()));
    if glued || !possible(day, month) {
        return None;
    }
    Some(DateMention {
        span: Span::new(day_name.span.start, base + c.pos),
        day_name,
        gap,
        day,
        month,
        year,
        shape: Shape::Bare {
            date: Span::new(base + start, base + c.pos),
        },
    })
}

/// `Selasa (4 November)`, `Selasa (4 November 2025)`, from just after the day name.
pub(super) fn named_month(text: &str, from: usize, base: usize, day_name: DayName) -> Option<DateMention> {
    let mut c = Cursor { text, pos: from };
    if c.spaces() != 1 {
        return None;
    }
    let gap = Span::new(base + from, base + c.pos);
    let open = c.pos;
    if !c.eat('(') {
        return None;
    }
    c.spaces();
    let day = c.number(2, base)?;
    if c.spaces() == 0 {
        return None;
    }
    let (month, year) = c.month_and_year(base)?;
    c.spaces();
    if !c.eat(')') || !possible(day, month) {
        return None;
    }
    Some(DateMention {
        span: Span::new(day_name.span.start, base + c.pos),
        day_name,
        gap,
        day,
        month,
        year,
        shape: Shape::NamedMonth {
            group: Span::new(base + open, base + c.pos),
        },
    })
}

/// The day name is written with a capital initial (`Selasa`, not `selasa`).
fn capitalised(text: &str, day_name: DayName, base: usize) -> bool {
    text[day_name.span.start - base..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Day 1–31 and month 1–12.
fn possible(day: Number, month: Number) -> bool {
    (1..=31).contains(&day.value) && (1..=12).contains(&month.value)
}
