//! `day-date/long-form`: `Senin, 27 Oktober 2025` where the house form is `Senin (27/10)`.

use crate::diagnostic::{Edit, Fix};
use crate::document::dates::Shape;
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct LongForm;
    id: "day-date/long-form",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Tanggal panjang `Senin, 27 Oktober 2025` alih-alih `Senin (27/10)`",
        "Long date `Senin, 27 Oktober 2025` instead of `Senin (27/10)`",
    ),
    what: (
        "Siaran pers KPU menulis hari dan tanggal kegiatan dalam bentuk pendek `Senin (27/10)`. `Ahad` ditulis `Minggu`. Tanggal tanpa nama hari (`pada 14 Februari 2024`) tidak dilaporkan.",
        "KPU releases date an event in the short house form `Senin (27/10)`. `Ahad` is written `Minggu`. A date without a day name (`pada 14 Februari 2024`) is not reported.",
    ),
    why: (
        "Bentuk panjang `Senin, 27 Oktober 2025` (juga `Senin, tanggal 27 Oktober 2025`) benar menurut EYD, tetapi menyimpang dari gaya selingkung; hari dan tanggalnya tetap diperiksa seperti bentuk pendek. Tahun dibuang hanya bila sama dengan tahun terbit yang diketahui dan tanpa tahun pun tanggal itu terbaca pada tahun yang sama; bila tidak, tahun dipertahankan: `Minggu, 14 Mei 2023` → `Minggu (14/5/2023)`.",
        "The long form `Senin, 27 Oktober 2025` (also `Senin, tanggal 27 Oktober 2025`) is correct EYD but drifts from the house style; its day and date are still checked like the short form. The year is dropped only when it is the known publication year and the date without it reads as that same year; otherwise it is kept: `Minggu, 14 Mei 2023` → `Minggu (14/5/2023)`.",
    ),
    fix_safety: (
        "Perbaikan aman bila hari dan tanggalnya cocok; bila tidak, tidak aman.",
        "The fix is safe when day and date agree, unsafe otherwise.",
    ),
    examples: [
        Example {
            bad: "Kegiatan yang berlangsung pada Senin, 27 Oktober 2025 itu diikuti seluruh pegawai.",
            good: "Kegiatan yang berlangsung pada Senin (27/10) itu diikuti seluruh pegawai.",
        },
        Example {
            bad: "Rapat pleno terbuka digelar Kamis, tanggal 7 November 2024.",
            good: "Rapat pleno terbuka digelar pada 7 November 2024.",
        },
        Example {
            bad: "Layanan daring diluncurkan pada Minggu, 14 Mei 2023.",
            good: "Layanan daring diluncurkan pada Minggu (14/5/2023).",
        },
    ],
    messages: {
        MESSAGE = (
            "Hari dan tanggal kegiatan ditulis dalam bentuk gaya selingkung: '{expected}'",
            "The day and date of an event are written in the house form: '{expected}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for LongForm {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for mention in cx.doc.dates.iter().filter(|m| matches!(m.shape, Shape::Long)) {
            let reading = super::read(cx, mention);
            let (day, month) = (mention.day.value, mention.month.value);
            let year = super::suggested_year(cx, mention, &reading);
            let expected = super::house_form(
                super::other_form::house_day_name(cx, mention),
                day,
                month,
                year.as_deref(),
            );
            let args = [("expected", expected.as_str())];
            let edits = vec![Edit::replace(mention.span, expected.as_str())];
            let consistent = reading.date.is_some_and(|d| d.weekday() == mention.day_name.weekday);
            let fix = if consistent {
                Fix::safe(cx.text(&FIX, &args), edits)
            } else {
                Fix::unsafe_(cx.text(&FIX, &args), edits)
            };
            out.push(cx.finding(&META, mention.span, &MESSAGE, &args).with_fix(fix));
        }
    }
}

#[cfg(test)]
mod tests {
    use jiff::civil::Date;

    use crate::message::Lang;
    use crate::rules::test_kit::findings_on;

    fn replacement(text: &str, published: Date) -> String {
        let found = findings_on("day-date/long-form", text, published, Lang::Id);
        let fix = found[0].fix.as_ref().expect("a fix");
        fix.edits[0].replacement.clone()
    }

    #[test]
    fn keeps_a_year_other_than_the_publication_year() {
        let text = "Judul\nLayanan daring diluncurkan pada Minggu, 14 Mei 2023.";
        // Published in November 2023, `(14/5)` would still read as 2023: the year is
        // the publication year and may go.
        assert_eq!(replacement(text, Date::new(2023, 11, 1).unwrap()), "Minggu (14/5)");
        // Published in January 2024 the year is not the publication year: it stays,
        // although `(14/5)` alone would have read as 2023 from a December release.
        assert_eq!(replacement(text, Date::new(2024, 1, 5).unwrap()), "Minggu (14/5/2023)");
        assert_eq!(
            replacement(text, Date::new(2025, 10, 27).unwrap()),
            "Minggu (14/5/2023)"
        );
        let ahad = "Judul\nJalan sehat digelar Ahad, 26 Oktober 2025.";
        assert_eq!(replacement(ahad, Date::new(2025, 10, 27).unwrap()), "Minggu (26/10)");
    }
}
