//! `day-date/weekday-mismatch`: the day name does not match the date.

use jiff::civil::Weekday;

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct WeekdayMismatch;
    id: "day-date/weekday-mismatch",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: ("Nama hari tidak cocok dengan tanggal", "Day name does not match the date"),
    what: (
        "Dalam `Senin (27/10)` nama hari dan tanggal harus menunjuk hari yang sama. Tanggal tanpa tahun dibaca pada tahun yang paling dekat dengan tanggal terbit (`--date`, lalu `date` di front matter, lalu awalan `YYYY-MM-DD` nama berkas, lalu hari ini): siaran 2 Januari yang menyebut `Selasa (30/12)` berarti 30 Desember tahun sebelumnya. Bila tanggal terbit tidak diketahui (hanya hari ini), tahunnya sekadar dugaan: nama hari yang cocok dengan tanggalnya pada tahun dalam dua belas bulan terakhir atau enam minggu ke depan tidak dilaporkan di sini (lihat `day-date/assumed-year`).",
        "In `Senin (27/10)` the day name and the date must name the same day. A date without a year is read in the year nearest to the publication date (`--date`, then the front matter `date`, then a `YYYY-MM-DD` file-name prefix, then today): a release of 2 January that mentions `Selasa (30/12)` means 30 December of the year before. When the publication date is unknown (only today), the year is a guess: a day name that fits its date in a year within the last twelve months or the next six weeks is not reported here (see `day-date/assumed-year`).",
    ),
    why: (
        "Bila tidak cocok, salah satunya keliru, dan siaran tidak dapat memastikan yang mana: pesan menyebut hari yang sebenarnya, serta tanggal terdekat (±3 hari dalam bulan yang sama) atau tahun tetangga yang cocok dengan nama hari yang tertulis. Saran tahun lain memakai tahun yang disebut siaran untuk bulan itu, lalu tahun-tahun sebelumnya.",
        "When they disagree one of them is wrong, and siaran cannot know which: the message names the real weekday, and the nearest date (±3 days in the same month) or neighbouring year that fits the written day name. Other years are suggested from a year the release states for that month, then earlier years.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [
        Example {
            bad: "Forum konsultasi publik digelar di kantor KPU Kota Semarang, Rabu (23/10).",
            good: "Forum konsultasi publik digelar di kantor KPU Kota Semarang, Kamis (23/10).",
        },
        Example {
            bad: "Layanan daring diluncurkan pada Selasa (17/2/2021).",
            good: "Layanan daring diluncurkan pada Rabu (17/2/2021).",
        },
    ],
    messages: {
        MESSAGE = (
            "Hari tidak cocok dengan tanggal: {date} jatuh pada hari {actual}, bukan {written}; maksudnya {options}? ({year})",
            "The day does not match the date: {date} is a {actual}, not a {written}; did you mean {options}? ({year})",
        ),
    },
}

impl Rule for WeekdayMismatch {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for mention in &cx.doc.dates {
            let reading = super::read(cx, mention);
            let Some(date) = reading.date else {
                continue;
            };
            let written = mention.day_name.weekday;
            let actual = date.weekday();
            if actual == written {
                continue;
            }
            let (day, month) = (mention.day.value, mention.month.value);
            let year = super::suggested_year(cx, mention, &reading);
            let year = year.as_deref();
            let written_name = super::weekday_name(written);
            let mut options = vec![super::house_form(super::weekday_name(actual), day, month, year)];
            // The date may be the wrong part: the written day name falls on exactly one
            // of the three days either side.
            let near = [-1i64, 1, -2, 2, -3, 3].into_iter().find_map(|offset| {
                let other = date.checked_add(jiff::Span::new().days(offset)).ok()?;
                (other.month() == date.month() && other.weekday() == written).then_some(other)
            });
            if let Some(other) = near {
                let other_day = u16::try_from(other.day()).unwrap_or(day);
                options.push(super::house_form(written_name, other_day, month, year));
            }
            // Or the year: a date copied from an older release, or written for a year
            // the release states elsewhere for that month.
            for other in year_options(cx, reading.year, day, month, written) {
                options.push(super::house_form(written_name, day, month, Some(&other.to_string())));
            }
            let args = [
                ("date", super::long_date(cx, date)),
                ("actual", super::weekday_text(cx, actual)),
                ("written", super::weekday_text(cx, written)),
                ("year", super::year_note(cx, &reading)),
                ("options", super::alternatives(cx, &options)),
            ];
            let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let mut finding = cx.finding(&META, mention.span, &MESSAGE, &args);
            if let Some(help) = super::unknown_date_help(cx, &reading) {
                finding = finding.with_help(help);
            }
            out.push(finding);
        }
    }
}

/// Years other than `year` in which day/month falls on `written`, likeliest first: a
/// year the release states for that month, then the latest of the two years before,
/// then the year after; at most two.
fn year_options(cx: &Context<'_>, year: i16, day: u16, month: u16, written: Weekday) -> Vec<i16> {
    let fits = |y: i16| y != year && super::date(y, month, day).is_some_and(|d| d.weekday() == written);
    let stated = super::year::stated_years(cx, month).into_iter().rev();
    let past = (1..=2).map(|back| year.saturating_sub(back)).find(|&y| fits(y));
    let mut years: Vec<i16> = Vec::new();
    for y in stated.chain(past).chain([year.saturating_add(1)]) {
        if fits(y) && !years.contains(&y) {
            years.push(y);
        }
    }
    years.truncate(2);
    years
}

#[cfg(test)]
mod tests {
    use jiff::civil::Date;

    use crate::message::Lang;
    use crate::rules::test_kit::findings_on;

    fn messages(text: &str, published: Date, lang: Lang) -> Vec<String> {
        let found = findings_on("day-date/weekday-mismatch", text, published, lang);
        found.into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn names_the_real_weekday_the_year_source_and_the_alternatives() {
        let text = "Judul\nForum digelar di kantor, Rabu (6/2).";
        let published = Date::new(2025, 2, 6).unwrap();
        assert_eq!(
            messages(text, published, Lang::Id),
            ["Hari tidak cocok dengan tanggal: 6 Februari 2025 jatuh pada hari Kamis, bukan Rabu; maksudnya 'Kamis (6/2)' atau 'Rabu (5/2)'? (tahun 2025: tanggal terbit yang diberikan, 2025-02-06)"]
        );
        assert_eq!(
            messages(text, published, Lang::En),
            ["The day does not match the date: 6 February 2025 is a Thursday (Kamis), not a Wednesday (Rabu); did you mean 'Kamis (6/2)' or 'Rabu (5/2)'? (year 2025: publication date as given, 2025-02-06)"]
        );
    }

    #[test]
    fn suggests_the_neighbouring_year_and_keeps_a_written_year() {
        // 17 February 2021 was a Wednesday; 17 February 2022 a Thursday.
        let text = "Judul\nLayanan diluncurkan pada Rabu (17/2/2022).";
        let found = messages(text, Date::new(2025, 12, 30).unwrap(), Lang::Id);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("tahun 2022 tertulis"), "{}", found[0]);
        assert!(
            found[0].contains("'Kamis (17/2/2022)', 'Rabu (16/2/2022)' atau 'Rabu (17/2/2021)'?"),
            "{}",
            found[0]
        );
    }

    #[test]
    fn matching_days_across_the_year_boundary_are_clean() {
        let text = "Judul\nRapat evaluasi, Selasa (30/12). Diluncurkan Rabu (17/2/2021).";
        assert!(messages(text, Date::new(2026, 1, 2).unwrap(), Lang::Id).is_empty());
        // Published in August 2026, `(30/12)` is read as 30 December 2026, a Wednesday.
        assert_eq!(messages(text, Date::new(2026, 8, 1).unwrap(), Lang::Id).len(), 1);
    }

    #[test]
    fn suggests_a_year_the_release_states_for_that_month_and_past_years() {
        // 4 November 2025 is a Tuesday; 4 November 2024 a Monday, the year the
        // release names for November.
        let text = "Judul\nRapat pleno digelar Senin (4/11), sebagaimana jadwal November 2024.";
        let found = messages(text, Date::new(2025, 11, 10).unwrap(), Lang::Id);
        assert!(found[0].contains("atau 'Senin (4/11/2024)'?"), "{}", found[0]);
        // Without a stated year the latest earlier year that fits comes first:
        // 12 March was a Tuesday in 2024, two years back from 2026 (a Thursday).
        let text = "Judul\nRapat persiapan digelar Selasa (12/3).";
        let found = messages(text, Date::new(2026, 3, 1).unwrap(), Lang::Id);
        assert!(
            found[0].ends_with("atau 'Selasa (12/3/2024)'? (tahun 2026: tanggal terbit yang diberikan, 2026-03-01)"),
            "{}",
            found[0]
        );
    }
}
