//! `day-date/other-form`: a dated mention in another form than `Senin (27/10)`:
//! without parentheses (`Selasa 4/11`), with the month's name in them
//! (`Selasa (4 November)`), or with `Ahad` for `Minggu`.

use crate::diagnostic::{Edit, Fix};
use crate::document::dates::{DateMention, Shape};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct OtherForm;
    id: "day-date/other-form",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Hari dan tanggal dalam bentuk lain dari `Senin (27/10)`",
        "Day and date in another form than `Senin (27/10)`",
    ),
    what: (
        "Gaya selingkung KPU menulis hari dan tanggal kegiatan `Senin (27/10)`. Bentuk lain yang sering muncul ditulis ulang ke bentuk itu: tanpa kurung (`Selasa 4/11` → `Selasa (4/11)`), dengan nama bulan di dalam kurung (`Selasa (4 November)` → `Selasa (4/11)`), dan `Ahad` untuk `Minggu` (`Ahad (2/11)` → `Minggu (2/11)`). Hari dan tanggalnya tetap diperiksa seperti bentuk rumah. Tanpa kurung, angka dianggap tanggal hanya bila nama hari berhuruf kapital awal, angkanya mungkin berupa tanggal dan bulan, dan tidak disambung angka atau huruf lain.",
        "The KPU house style dates an event `Senin (27/10)`. Other common forms are rewritten in it: without parentheses (`Selasa 4/11` → `Selasa (4/11)`), with the month's name in the parentheses (`Selasa (4 November)` → `Selasa (4/11)`), and `Ahad` for `Minggu` (`Ahad (2/11)` → `Minggu (2/11)`). Their day and date are still checked like the house form. Without parentheses numbers count as a date only when the day name has a capital initial, the numbers can be a day and a month, and nothing but a space or a punctuation mark follows.",
    ),
    why: (
        "Ini gaya selingkung siaran pers KPU, yang ditulis sama oleh setiap kantor; Ahad baku menurut KBBI, tetapi gaya selingkung memakai Minggu.",
        "This is the KPU house style for releases, written the same way by every office; Ahad is standard per KBBI, but the house style uses Minggu.",
    ),
    fix_safety: (
        "Perbaikan aman: tanggal dan tahun yang tertulis dipertahankan.",
        "Safe fix: the date and any year as written are kept.",
    ),
    examples: [
        Example {
            bad: "Bimbingan teknis digelar di aula kantor, Selasa 21/10.",
            good: "Bimbingan teknis digelar di aula kantor, Selasa (21/10).",
        },
        Example {
            bad: "Bimbingan teknis digelar di aula kantor, Selasa (21 Oktober).",
            good: "Bimbingan teknis digelar di aula kantor, Selasa (21/10).",
        },
        Example {
            bad: "Kegiatan jalan sehat digelar Ahad (26/10) di alun-alun.",
            good: "Kegiatan jalan sehat digelar Minggu (26/10) di alun-alun.",
        },
        Example {
            bad: "Bimbingan teknis digelar di aula kantor, Selasa 21/10/2025.",
            good: "Bimbingan teknis digelar di aula kantor, Selasa (21/10/2025).",
        },
    ],
    messages: {
        BARE = (
            "Tanggal kegiatan ditulis di dalam kurung: '{expected}'",
            "The event date goes in parentheses: '{expected}'",
        ),
        NAMED_MONTH = (
            "Di dalam kurung, bulan ditulis dengan angka: '{expected}'",
            "Inside the parentheses the month is written as a number: '{expected}'",
        ),
        AHAD = (
            "Gaya selingkung menulis 'Minggu', bukan 'Ahad' (keduanya baku): '{expected}'",
            "The house style writes 'Minggu', not 'Ahad' (both are standard Indonesian): '{expected}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for OtherForm {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for mention in &cx.doc.dates {
            let ahad = cx.doc.text(mention.day_name.span).eq_ignore_ascii_case("ahad");
            let (message, span) = match mention.shape {
                Shape::Bare { .. } => (&BARE, mention.span),
                Shape::NamedMonth { .. } => (&NAMED_MONTH, mention.span),
                // The long form is rewritten as a whole by `day-date/long-form`.
                Shape::Short { .. } if ahad => (&AHAD, mention.day_name.span),
                Shape::Short { .. } | Shape::Long => continue,
            };
            let day_name = house_day_name(cx, mention);
            let (expected, edit) = if matches!(mention.shape, Shape::Short { .. }) {
                let shown = format!("{day_name} {}", &cx.doc.source[mention.gap.end..mention.span.end]);
                (shown, Edit::replace(span, day_name))
            } else {
                let year = mention.year.map(|y| cx.doc.text(y.span));
                let house = super::house_form(day_name, mention.day.value, mention.month.value, year);
                (house.clone(), Edit::replace(span, house))
            };
            let args = [("expected", expected.as_str())];
            let fix = Fix::safe(cx.text(&FIX, &args), vec![edit]);
            out.push(cx.finding(&META, span, message, &args).with_fix(fix));
        }
    }
}

/// The day name the house form writes: the standard spelling, `Minggu` for `Ahad`.
pub(super) fn house_day_name(cx: &Context<'_>, mention: &DateMention) -> &'static str {
    if cx.doc.text(mention.day_name.span).eq_ignore_ascii_case("ahad") {
        "Minggu"
    } else {
        mention.day_name.standard
    }
}
