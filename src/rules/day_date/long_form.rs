//! `day-date/long-form`: `Senin, 27 Oktober 2025` where the house form is `Senin (27/10)`.

use crate::diagnostic::{Edit, Fix};
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
        "Siaran pers KPU menulis hari dan tanggal kegiatan dalam bentuk pendek `Senin (27/10)`. Tanggal tanpa nama hari (`pada 14 Februari 2024`) tidak dilaporkan. Tahun dibuang hanya bila tanpa tahun pun tanggal itu terbaca pada tahun yang sama (tahun terdekat dengan tanggal terbit); bila tidak, tahun dipertahankan: `(27/10/2024)`.",
        "KPU releases date an event in the short house form `Senin (27/10)`. A date without a day name (`pada 14 Februari 2024`) is not reported. The year is dropped only when the date without it reads as the same year (the year nearest to the publication date); otherwise it is kept: `(27/10/2024)`.",
    ),
    why: (
        "Bentuk panjang `Senin, 27 Oktober 2025` (juga `Senin, tanggal 27 Oktober 2025`) benar menurut EYD, tetapi menyimpang dari gaya selingkung; hari dan tanggalnya tetap diperiksa seperti bentuk pendek.",
        "The long form `Senin, 27 Oktober 2025` (also `Senin, tanggal 27 Oktober 2025`) is correct EYD but drifts from the house style; its day and date are still checked like the short form.",
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
        for mention in cx.doc.dates.iter().filter(|m| !super::is_short(m)) {
            let reading = super::read(mention, cx.pub_date.date);
            let (day, month) = (mention.day.value, mention.month.value);
            let year = super::suggested_year(cx, mention, &reading);
            let expected = super::house_form(mention.day_name.standard, day, month, year.as_deref());
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
