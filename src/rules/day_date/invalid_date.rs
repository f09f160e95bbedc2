//! `day-date/invalid-date`: the date does not exist (`(31/9)`, `(20/16)`, `(29/2/2025)`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct InvalidDate;
    id: "day-date/invalid-date",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: ("Tanggal yang tidak ada", "Date that does not exist"),
    what: (
        "Tanggal dalam `Senin (27/10)` harus ada di kalender: tidak ada `(31/9)` (September 30 hari), `(20/16)` (bulan 16) atau `(29/2)` di luar tahun kabisat. Tahun tanggal tanpa tahun adalah yang paling dekat dengan tanggal terbit.",
        "The date in `Senin (27/10)` must exist: there is no `(31/9)` (September has 30 days), `(20/16)` (month 16) or `(29/2)` outside a leap year. A date without a year is read in the year nearest to the publication date.",
    ),
    why: ("Tanggal yang tidak ada pasti salah.", "A date that does not exist is certainly wrong."),
    fix_safety: (
        "Bila sehari sebelumnya ada dan harinya cocok dengan nama hari yang tertulis (`Senin (31/9)` pada 2024 → `Senin (30/9)`), saran itu ditampilkan, tetapi tidak diterapkan otomatis.",
        "When the day before exists and matches the written day name (`Senin (31/9)` in 2024 → `Senin (30/9)`), that is suggested, but never applied automatically.",
    ),
    examples: [
        Example {
            bad: "Webinar literasi digital digelar secara daring, Selasa (31/9).",
            good: "Webinar literasi digital digelar secara daring, Selasa (30/9).",
        },
        Example {
            bad: "Rapat pleno digelar di kantor KPU Kota Semarang, Senin (20/16).",
            good: "Rapat pleno digelar di kantor KPU Kota Semarang, Senin (20/10).",
        },
    ],
    messages: {
        NO_MONTH = ("Tanggal mustahil: tidak ada bulan {month}", "Impossible date: there is no month {month}"),
        NO_DAY_ZERO = ("Tanggal mustahil: tidak ada tanggal 0", "Impossible date: there is no day 0"),
        TOO_LATE = (
            "Tanggal mustahil: {month} hanya punya {days} hari",
            "Impossible date: {month} has only {days} days",
        ),
        NOT_LEAP = (
            "Tanggal mustahil: {year} bukan tahun kabisat, Februari hanya punya 28 hari ({note})",
            "Impossible date: {year} is not a leap year, February has only 28 days ({note})",
        ),
        HELP = (
            "Mungkin maksudnya '{suggestion}': {date} jatuh pada hari {weekday}",
            "Perhaps '{suggestion}': {date} is a {weekday}",
        ),
        FIX = ("Ganti dengan '{suggestion}'", "Replace with '{suggestion}'"),
    },
}

impl Rule for InvalidDate {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for mention in &cx.doc.dates {
            let reading = super::read(cx, mention);
            if reading.date.is_some() {
                continue;
            }
            let (day, month) = (mention.day.value, mention.month.value);
            let Some(first) = super::date(reading.year, month, 1) else {
                let month = month.to_string();
                out.push(cx.finding(&META, mention.span, &NO_MONTH, &[("month", &month)]));
                continue;
            };
            if day == 0 {
                out.push(cx.finding(&META, mention.span, &NO_DAY_ZERO, &[]));
                continue;
            }
            let year = reading.year.to_string();
            let mut finding = if month == 2 && day == 29 {
                let note = super::year_note(cx, &reading);
                let finding = cx.finding(&META, mention.span, &NOT_LEAP, &[("year", &year), ("note", &note)]);
                match super::unknown_date_help(cx, &reading) {
                    Some(help) => finding.with_note(help),
                    None => finding,
                }
            } else {
                let days = first.days_in_month().to_string();
                let month = super::month_name(cx, month);
                cx.finding(&META, mention.span, &TOO_LATE, &[("month", &month), ("days", &days)])
            };
            // A day too many is the likeliest slip (`31/9`): suggest the day before
            // when the written day name agrees with it.
            let before = super::date(reading.year, month, day - 1)
                .filter(|d| d.weekday() == mention.day_name.weekday && d.month() == first.month());
            if let Some(before) = before {
                let year = super::suggested_year(cx, mention, &reading);
                let suggestion = super::house_form(mention.day_name.standard, day - 1, month, year.as_deref());
                let date = super::long_date(cx, before);
                let weekday = super::weekday_text(cx, before.weekday());
                let args = [
                    ("suggestion", suggestion.as_str()),
                    ("date", date.as_str()),
                    ("weekday", weekday.as_str()),
                ];
                finding = finding.with_help(cx.text(&HELP, &args)).with_fix(Fix::display_only(
                    cx.text(&FIX, &args),
                    vec![Edit::replace(mention.day.span, (day - 1).to_string())],
                ));
            }
            out.push(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::Date;

    use crate::message::Lang;
    use crate::rules::test_kit::findings_on;

    const ID: &str = "day-date/invalid-date";

    #[test]
    fn suggests_the_day_before_when_its_weekday_fits() {
        let text = "Judul\nWebinar digelar secara daring, Senin (31/9).";
        let published = Date::new(2024, 10, 1).unwrap();
        let found = findings_on(ID, text, published, Lang::Id);
        assert_eq!(found[0].message, "Tanggal mustahil: September hanya punya 30 hari");
        assert_eq!(
            found[0].help.as_deref(),
            Some("Mungkin maksudnya 'Senin (30/9)': 30 September 2024 jatuh pada hari Senin")
        );
        let found = findings_on(ID, text, published, Lang::En);
        assert_eq!(found[0].message, "Impossible date: September has only 30 days");
        assert_eq!(
            found[0].help.as_deref(),
            Some("Perhaps 'Senin (30/9)': 30 September 2024 is a Monday (Senin)")
        );
    }

    #[test]
    fn leap_years() {
        let text = "Judul\nRapat pleno ditutup pada Kamis (29/2).";
        let leap = Date::new(2024, 3, 1).unwrap();
        assert!(findings_on(ID, text, leap, Lang::Id).is_empty());
        let plain = Date::new(2025, 3, 1).unwrap();
        let found = findings_on(ID, text, plain, Lang::En);
        assert_eq!(
            found[0].message,
            "Impossible date: 2025 is not a leap year, February has only 28 days (year 2025: publication date as given, 2025-03-01)"
        );
        // 28 February 2025 is a Friday, not a Thursday: no suggestion.
        assert!(found[0].fix.is_none());
    }
}
