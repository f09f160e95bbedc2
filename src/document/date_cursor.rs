//! A cursor over a text block that reads the pieces of a written date: spaces, numbers,
//! separators and month names. [`super::dates`] and [`super::loose_dates`] share it,
//! so every date form reads its parts the same way.

use super::dates::Number;
use crate::lexicon::calendar::{MONTHS, MONTH_VARIANTS};
use crate::span::Span;

/// A cursor over the bytes of a block; every position it stops at is a char boundary
/// because it only steps over ASCII and whole chars.
pub(super) struct Cursor<'t> {
    pub(super) text: &'t str,
    pub(super) pos: usize,
}

impl Cursor<'_> {
    pub(super) fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    pub(super) fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.pos += c.len_utf8();
        }
        hit
    }

    /// Skips spaces, tabs and no-break spaces on one line; returns how many.
    pub(super) fn spaces(&mut self) -> usize {
        let mut n = 0;
        while let Some(c @ (' ' | '\t' | '\u{a0}')) = self.peek() {
            self.pos += c.len_utf8();
            n += 1;
        }
        n
    }

    /// One to `max` ASCII digits, not followed by another digit.
    pub(super) fn number(&mut self, max: usize, base: usize) -> Option<Number> {
        let start = self.pos;
        let len = self.text[start..].bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 || len > max {
            return None;
        }
        self.pos += len;
        let value = self.text[start..self.pos].parse().ok()?;
        Some(Number {
            span: Span::new(base + start, base + self.pos),
            value,
        })
    }

    /// A month name (`November`) and, after spaces, a four-digit year if one follows
    /// (`November 2025`); without a year the cursor stays right after the month.
    pub(super) fn month_and_year(&mut self, base: usize) -> Option<(Number, Option<Number>)> {
        let month_start = self.pos;
        let len: usize = self.text[month_start..]
            .chars()
            .take_while(|ch| ch.is_alphabetic())
            .map(char::len_utf8)
            .sum();
        let value = month_number(&self.text[month_start..month_start + len])?;
        self.pos += len;
        let month = Number {
            span: Span::new(base + month_start, base + self.pos),
            value,
        };
        let before_year = self.pos;
        let year = if self.spaces() > 0 {
            self.number(4, base).filter(|y| y.span.len() == 4)
        } else {
            None
        };
        if year.is_none() {
            self.pos = before_year;
        }
        Some((month, year))
    }

    /// A date separator `/`, `-` or `.`, with any spaces around it.
    pub(super) fn separator(&mut self, base: usize) -> Option<(Span, char)> {
        let start = self.pos;
        self.spaces();
        let mark = self.peek().filter(|c| matches!(c, '/' | '-' | '.'))?;
        self.pos += 1;
        self.spaces();
        Some((Span::new(base + start, base + self.pos), mark))
    }
}

/// The number of a month written by name (`Oktober`, `Nopember`), ignoring case.
fn month_number(name: &str) -> Option<u16> {
    (1..)
        .zip(MONTHS)
        .chain(MONTH_VARIANTS.iter().map(|&(name, value)| (value, name)))
        .find(|(_, month)| month.eq_ignore_ascii_case(name))
        .map(|(value, _)| value)
}
