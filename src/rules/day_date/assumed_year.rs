//! `day-date/assumed-year`: the release gives no publication date, so the year of its
//! dates was assumed from their weekdays.

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct AssumedYear;
    id: "day-date/assumed-year",
    severity: Info,
    fix: None,
    default_enabled: true,
    summary: (
        "Tahun tanggal kegiatan diasumsikan karena tanggal terbit tidak diketahui",
        "The year of an event date was assumed: the publication date is unknown",
    ),
    what: (
        "Tanggal tanpa tahun (`Senin (27/10)`) dibaca pada tahun yang terdekat dengan tanggal terbit. Bila tanggal terbit tidak diberikan, tidak ada di front matter (`date`) dan tidak ada di awal nama berkas (`2025-10-27-rapat.txt`), tahunnya hanya dugaan: bila nama hari cocok dengan tanggalnya pada suatu tahun dalam dua belas bulan terakhir (atau enam minggu ke depan, untuk pengumuman), tanggal itu dianggap benar, dan catatan info ini menyebut tahun yang dipakai.",
        "A date without a year (`Senin (27/10)`) is read in the year nearest to the publication date. When no publication date is given, none is in the front matter (`date`) and none starts the file name (`2025-10-27-rapat.txt`), the year is only a guess: when the day name fits the date in a year within the last twelve months (or the next six weeks, for announcements), the date is taken as right, and this info note names the year used.",
    ),
    why: (
        "Tanpa tanggal terbit siaran hanya tahu tanggal hari ini, sehingga siaran arsip tahun lalu akan terbaca pada tahun yang salah dan semua harinya tampak keliru. Catatan ini tidak pernah menggagalkan pemeriksaan; tulis tanggal terbit agar pemeriksaan hari dan tanggal pasti.",
        "Without a publication date siaran only knows today's date, so an archived release of last year would read in the wrong year and every day name would look wrong. The note never fails a check; give the publication date to make the day-and-date checks certain.",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis.",
        "No automatic fix.",
    ),
    // The example runner always gives a publication date; `tests/fixtures/day-date/`
    // has releases without one.
    examples: [],
    messages: {
        MESSAGE = (
            "Tanggal terbit tidak diketahui: '{mention}' dianggap {date} (hari {weekday}, tahun {year}) karena nama harinya cocok pada tahun itu{others}. Agar pasti, tulis tanggal terbit di front matter (`date: YYYY-MM-DD`) atau di awal nama berkas (`YYYY-MM-DD-judul.txt`)",
            "The publication date is unknown: '{mention}' is taken as {date} ({weekday}, year {year}) because its day name fits that year{others}. To be sure, add the publication date to the front matter (`date: YYYY-MM-DD`) or the start of the file name (`YYYY-MM-DD-title.txt`)",
        ),
        OTHERS = ("; begitu pula {count} tanggal lain", "; so are {count} other dates"),
    },
}

impl Rule for AssumedYear {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let mut assumed = cx
            .doc
            .dates
            .iter()
            .map(|m| (m, super::read(cx, m)))
            .filter(|(_, reading)| reading.assumed);
        let Some((first, reading)) = assumed.next() else {
            return;
        };
        let Some(date) = reading.date else {
            return;
        };
        let others = match assumed.count() {
            0 => String::new(),
            n => cx.text(&OTHERS, &[("count", &n.to_string())]),
        };
        let args = [
            ("mention", cx.doc.text(first.span).to_string()),
            ("date", super::long_date(cx, date)),
            ("weekday", super::weekday_text(cx, date.weekday())),
            ("year", reading.year.to_string()),
            ("others", others),
        ];
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        out.push(cx.finding(&META, first.span, &MESSAGE, &args));
    }
}
