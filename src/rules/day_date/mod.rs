//! `day-date/`: events are dated `Senin (27/10)`.
//!
//! The document model finds every day-and-date mention once (`document::dates`); the
//! rules here judge the form (`format`, `day-spelling`, `long-form`) and the meaning
//! (`invalid-date`, `weekday-mismatch`). This module reads a mention as a calendar date:
//! a mention without a year takes the year that puts it nearest to the publication
//! date, so a release of 2 January that says `Selasa (30/12)` means the year before.
//!
//! What the family flags and what it leaves alone: `docs/day-date.md` in the repository.

mod assumed_year;
mod day_spelling;
mod format;
mod invalid_date;
mod long_form;
mod other_form;
mod weekday_mismatch;
mod year;

use jiff::civil::{Date, Weekday};
use year::{date, nearest_year, read, Reading};

use super::{Context, Rule};
use crate::document::dates::{DateMention, Shape};
use crate::message::Text;
use crate::pubdate::PubDateSource;

pub const RULES: &[&dyn Rule] = &[
    &format::Format,
    &day_spelling::DaySpelling,
    &long_form::LongForm,
    &other_form::OtherForm,
    &invalid_date::InvalidDate,
    &weekday_mismatch::WeekdayMismatch,
    &assumed_year::AssumedYear,
];

/// The house form of a date after `day_name`: `Senin (27/10)`, or with the year as
/// given (`Rabu (17/2/2021)`).
fn house_form(day_name: &str, day: u16, month: u16, year: Option<&str>) -> String {
    match year {
        Some(year) => format!("{day_name} ({day}/{month}/{year})"),
        None => format!("{day_name} ({day}/{month})"),
    }
}

/// The year a suggestion in the house form writes: the year as written (a two-digit
/// year stays two digits), except that the long form drops a year that is the
/// publication year, when the publication date is known and the date without its year
/// would read as that same year. Dropping any other year would change the date.
fn suggested_year(cx: &Context<'_>, mention: &DateMention, reading: &Reading) -> Option<String> {
    let year = mention.year?;
    if !matches!(mention.shape, Shape::Long) {
        return Some(cx.doc.text(year.span).to_string());
    }
    let published = cx.pub_date.date;
    let droppable = cx.pub_date.source != PubDateSource::Today
        && reading.year == published.year()
        && nearest_year(mention.day.value, mention.month.value, published) == reading.year;
    (!droppable).then(|| reading.year.to_string())
}

/// The standard Indonesian name of a weekday, as written in a release.
fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "Senin",
        Weekday::Tuesday => "Selasa",
        Weekday::Wednesday => "Rabu",
        Weekday::Thursday => "Kamis",
        Weekday::Friday => "Jumat",
        Weekday::Saturday => "Sabtu",
        Weekday::Sunday => "Minggu",
    }
}

/// A weekday for a message: the Indonesian name, with the English one in English.
fn weekday_text(cx: &Context<'_>, weekday: Weekday) -> String {
    const NAMED: Text = Text::new("{id}", "{en} ({id})");
    let en = match weekday {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    };
    cx.text(&NAMED, &[("id", weekday_name(weekday)), ("en", en)])
}

const MONTHS: [Text; 12] = [
    Text::new("Januari", "January"),
    Text::new("Februari", "February"),
    Text::new("Maret", "March"),
    Text::new("April", "April"),
    Text::new("Mei", "May"),
    Text::new("Juni", "June"),
    Text::new("Juli", "July"),
    Text::new("Agustus", "August"),
    Text::new("September", "September"),
    Text::new("Oktober", "October"),
    Text::new("November", "November"),
    Text::new("Desember", "December"),
];

/// The name of month 1–12 in the message language.
fn month_name(cx: &Context<'_>, month: u16) -> String {
    let index = usize::from(month).saturating_sub(1).min(11);
    cx.text(&MONTHS[index], &[])
}

/// `6 Februari 2025` (`6 February 2025` in English).
fn long_date(cx: &Context<'_>, date: Date) -> String {
    let month = u16::try_from(date.month()).unwrap_or(1);
    format!("{} {} {}", date.day(), month_name(cx, month), date.year())
}

/// Why the year is what it is: written, or taken from the publication date (and which
/// source gave that date), so a user can tell where a surprising year came from.
fn year_note(cx: &Context<'_>, reading: &Reading) -> String {
    const WRITTEN: Text = Text::new("tahun {year} tertulis", "year {year} as written");
    const RESOLVED: Text = Text::new(
        "tahun {year}: {source}, {published}",
        "year {year}: {source}, {published}",
    );
    let year = reading.year.to_string();
    if reading.explicit {
        return cx.text(&WRITTEN, &[("year", &year)]);
    }
    let source = cx.text(cx.pub_date.source.describe(), &[]);
    let published = cx.pub_date.date.to_string();
    cx.text(
        &RESOLVED,
        &[("year", &year), ("source", &source), ("published", &published)],
    )
}

/// Advice when the year was read against today for want of a publication date: an
/// old release checked today reads its dates in the wrong year.
fn unknown_date_help(cx: &Context<'_>, reading: &Reading) -> Option<String> {
    const HELP: Text = Text::new(
        "Tanggal terbit tidak diketahui, jadi tahunnya diambil dari tanggal hari ini: tulis tanggal terbit di front matter (`date: YYYY-MM-DD`) atau di awal nama berkas (`YYYY-MM-DD-judul.txt`)",
        "The publication date is unknown, so the year was taken from today's date: add the publication date to the front matter (`date: YYYY-MM-DD`) or the start of the file name (`YYYY-MM-DD-title.txt`)",
    );
    let unknown = !reading.explicit && cx.pub_date.source == PubDateSource::Today;
    unknown.then(|| cx.text(&HELP, &[]))
}

/// Quoted suggestions joined as `'a', 'b' atau 'c'`.
fn alternatives(cx: &Context<'_>, options: &[String]) -> String {
    const OR: Text = Text::new("atau", "or");
    let quoted: Vec<String> = options.iter().map(|o| format!("'{o}'")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), cx.text(&OR, &[])),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn house_forms() {
        assert_eq!(house_form("Senin", 27, 10, None), "Senin (27/10)");
        assert_eq!(house_form("Rabu", 17, 2, Some("2021")), "Rabu (17/2/2021)");
    }
}
