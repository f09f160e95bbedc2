//! Which year a day-and-date mention means.
//!
//! A mention without a year takes the year that puts it nearest to the publication
//! date. When that date is only today's (no date given, none in the front matter or the
//! file name), the year is an assumption: an archived release of last year would read
//! every date in the wrong year. Then a weekday that fits the date in a recent year (the
//! twelve months before today or the six weeks after, for announcements) settles the
//! year, and `day-date/assumed-year` says so.

use jiff::civil::{Date, Weekday};

use super::Context;
use crate::document::dates::DateMention;
use crate::document::Document;
use crate::lexicon::calendar::MONTHS;
use crate::pubdate::PubDateSource;

/// A mention read as a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Reading {
    pub year: i16,
    /// The year was written in the mention.
    pub explicit: bool,
    /// The publication date is unknown and the year was chosen because the weekday
    /// fits it in a recent year, not by nearness to today.
    pub assumed: bool,
    /// `None` when the date does not exist (`31/9`, `20/16`, `29/2/2025`).
    pub date: Option<Date>,
}

/// How far before today an undated release's dates may fall and still be read in
/// that year: twelve months.
const RECENT_MONTHS: i64 = 12;
/// How far after today: six weeks, for announcements of coming events.
const AHEAD_DAYS: i64 = 42;

/// Reads `mention` against the release's publication date.
pub(super) fn read(cx: &Context<'_>, mention: &DateMention) -> Reading {
    let published = cx.pub_date.date;
    let (day, month) = (mention.day.value, mention.month.value);
    if let Some(year) = mention.full_year() {
        return Reading {
            year,
            explicit: true,
            assumed: false,
            date: date(year, month, day),
        };
    }
    let year = nearest_year(day, month, published);
    let nearest = Reading {
        year,
        explicit: false,
        assumed: false,
        date: date(year, month, day),
    };
    let fits = |d: Date| d.weekday() == mention.day_name.weekday;
    if cx.pub_date.source != PubDateSource::Today || nearest.date.is_some_and(fits) {
        return nearest;
    }
    match recent_year(day, month, published, mention.day_name.weekday) {
        Some(year) => Reading {
            year,
            explicit: false,
            assumed: true,
            date: date(year, month, day),
        },
        None => nearest,
    }
}

/// The year in which day/month falls on `weekday` within the recent window around
/// `today` (the latest such year when two fit).
fn recent_year(day: u16, month: u16, today: Date, weekday: Weekday) -> Option<i16> {
    let from = today.checked_sub(jiff::Span::new().months(RECENT_MONTHS)).ok()?;
    let to = today.checked_add(jiff::Span::new().days(AHEAD_DAYS)).ok()?;
    let this = today.year();
    [this.saturating_add(1), this, this.saturating_sub(1)]
        .into_iter()
        .find(|&year| date(year, month, day).is_some_and(|d| d >= from && d <= to && d.weekday() == weekday))
}

pub(super) fn date(year: i16, month: u16, day: u16) -> Option<Date> {
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The year (of the publication year and its neighbours) that puts day/month nearest
/// to the publication date. An impossible day is measured as the month's last day, so
/// `(29/2)` in a release of March 2025 is read as 2025 and reported as impossible.
pub(super) fn nearest_year(day: u16, month: u16, published: Date) -> i16 {
    let this = published.year();
    [this, this.saturating_sub(1), this.saturating_add(1)]
        .into_iter()
        .filter_map(|year| {
            let first = date(year, month, 1)?;
            let clamped = day.clamp(1, u16::try_from(first.days_in_month()).ok()?);
            let candidate = date(year, month, clamped)?;
            Some((candidate.duration_since(published).as_secs().abs(), year))
        })
        .min_by_key(|&(distance, _)| distance)
        .map_or(this, |(_, year)| year)
}

/// Years the release itself states for `month`: written in a dated mention
/// (`Senin (3/11/2025)`, `Senin, 3 November 2025`) or after the month's name
/// (`November 2025`, `3 November 2025`).
pub(super) fn stated_years(cx: &Context<'_>, month: u16) -> Vec<i16> {
    let stated = cx.memo(StatedYears::of);
    let mut years: Vec<i16> = stated.0.iter().filter(|(m, _)| *m == month).map(|(_, y)| *y).collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// Every (month, year) pair the release states, found once per release.
struct StatedYears(Vec<(u16, i16)>);

impl StatedYears {
    fn of(doc: &Document<'_>) -> Self {
        let mut pairs: Vec<(u16, i16)> = doc
            .dates
            .iter()
            .filter_map(|m| Some((m.month.value, m.full_year()?)))
            .collect();
        for pair in doc.words.windows(2) {
            let (a, b) = (doc.text(pair[0].span), doc.text(pair[1].span));
            if b.len() != 4 || doc.source[pair[0].span.end..pair[1].span.start] != *" " {
                continue;
            }
            let month = MONTHS.iter().position(|name| name.eq_ignore_ascii_case(a));
            let year = b.parse::<i16>().ok().filter(|y| (1945..=2100).contains(y));
            if let (Some(month), Some(year)) = (month, year) {
                pairs.push((u16::try_from(month + 1).unwrap_or(0), year));
            }
        }
        StatedYears(pairs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn the_nearest_year_crosses_the_year_boundary() {
        assert_eq!(nearest_year(30, 12, d(2026, 1, 2)), 2025);
        assert_eq!(nearest_year(2, 1, d(2025, 12, 30)), 2026);
        assert_eq!(nearest_year(27, 10, d(2025, 10, 27)), 2025);
        assert_eq!(nearest_year(1, 7, d(2025, 1, 1)), 2025);
        assert_eq!(nearest_year(29, 2, d(2025, 3, 1)), 2025);
        assert_eq!(nearest_year(29, 2, d(2024, 2, 20)), 2024);
        // An impossible month keeps the publication year.
        assert_eq!(nearest_year(20, 16, d(2025, 3, 1)), 2025);
    }

    #[test]
    fn a_recent_year_fits_the_weekday_within_the_window() {
        let today = d(2026, 12, 5);
        // 27 October 2026 is a Tuesday; 27 October 2025 (a Monday) is over twelve
        // months before today.
        assert_eq!(recent_year(27, 10, today, Weekday::Tuesday), Some(2026));
        assert_eq!(recent_year(27, 10, today, Weekday::Monday), None);
        // 20 December: 2025 (a Saturday) and 2026 (a Sunday) are both in the window.
        assert_eq!(recent_year(20, 12, today, Weekday::Saturday), Some(2025));
        assert_eq!(recent_year(20, 12, today, Weekday::Sunday), Some(2026));
        // Six weeks ahead: 10 January 2027 (a Sunday) is in, 20 January 2027 is not.
        assert_eq!(recent_year(10, 1, today, Weekday::Sunday), Some(2027));
        assert_eq!(recent_year(20, 1, today, Weekday::Wednesday), None);
    }
}
