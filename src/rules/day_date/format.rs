//! `day-date/format`: the house form `Senin (27/10)` is drifted: lowercase day name,
//! missing space, a comma, spaces inside the parentheses, `-` or `.` between the parts,
//! leading zeros. Each drift is its own finding at its own span.

use crate::diagnostic::{Edit, Finding, Fix};
use crate::document::dates::{DateMention, Shape};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Format;
    id: "day-date/format",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: (
        "Bentuk `Senin (27/10)` tidak sesuai gaya selingkung",
        "The `Senin (27/10)` form drifts from the house style",
    ),
    what: (
        "Gaya selingkung menulis hari dan tanggal kegiatan `Senin (27/10)`: nama hari berhuruf kapital awal, satu spasi, lalu tanggal/bulan dalam kurung dengan garis miring, tanpa nol di depan, tanpa spasi di dalam kurung; tahun boleh ditambahkan (`(27/10/2025)` atau `(27/10/25)`). Penyimpangan yang umum: `senin (27/10)`, `Senin(27/10)`, `Senin, (27/10)`, `( 27/10 )`, `(27-10)`, `(27.10)`, `(07/08)`.",
        "The house style dates an event `Senin (27/10)`: the day name with a capital initial, one space, then day/month in parentheses with a slash, no leading zeros and no spaces inside the parentheses; a year may be added (`(27/10/2025)` or `(27/10/25)`). Common drifts: `senin (27/10)`, `Senin(27/10)`, `Senin, (27/10)`, `( 27/10 )`, `(27-10)`, `(27.10)`, `(07/08)`.",
    ),
    why: (
        "Ini gaya selingkung siaran pers KPU, yang ditulis sama oleh setiap kantor.",
        "This is the KPU house style for releases, written the same way by every office.",
    ),
    fix_safety: (
        "Setiap penyimpangan dilaporkan di tempatnya; perbaikannya aman karena tanggalnya tidak berubah.",
        "Each drift is reported where it is; the fixes are safe because the date itself does not change.",
    ),
    examples: [
        Example {
            bad: "Upacara digelar di halaman kantor KPU Kota Semarang, senin (27/10).",
            good: "Upacara digelar di halaman kantor KPU Kota Semarang, Senin (27/10).",
        },
        Example {
            bad: "Pencacahan arsip berlanjut pada Senin(27/10).",
            good: "Pencacahan arsip berlanjut pada Senin (27/10).",
        },
        Example {
            bad: "Pencacahan arsip berlanjut pada Senin, (27/10).",
            good: "Pencacahan arsip berlanjut pada Senin (27/10).",
        },
        Example {
            bad: "Pencacahan arsip berlanjut pada Senin ( 27/10 ).",
            good: "Pencacahan arsip berlanjut pada Senin (27/10).",
        },
        Example {
            bad: "Pencacahan arsip berlanjut pada Senin (27-10).",
            good: "Pencacahan arsip berlanjut pada Senin (27/10).",
        },
        Example {
            bad: "Pencacahan arsip berlanjut pada Senin (27.10).",
            good: "Pencacahan arsip berlanjut pada Senin (27/10).",
        },
        Example {
            bad: "Apel pagi digelar pada Kamis (07/08/2025).",
            good: "Apel pagi digelar pada Kamis (7/8/2025).",
        },
    ],
    messages: {
        CASE = (
            "Nama hari ditulis dengan huruf kapital awal: '{expected}'",
            "A day name takes a capital initial: '{expected}'",
        ),
        NO_SPACE = (
            "Beri satu spasi antara nama hari dan tanggal: '{expected}'",
            "Put one space between the day name and the date: '{expected}'",
        ),
        COMMA = (
            "Hapus koma antara nama hari dan tanggal: '{expected}'",
            "Remove the comma between the day name and the date: '{expected}'",
        ),
        SPACES = (
            "Nama hari dan tanggal dipisahkan satu spasi saja: '{expected}'",
            "Only one space separates the day name from the date: '{expected}'",
        ),
        PADDING = (
            "Spasi di dalam kurung tanggal: '({expected})'",
            "Spaces inside the date parentheses: '({expected})'",
        ),
        SEPARATOR = (
            "Bagian tanggal dipisahkan garis miring tanpa spasi: '{expected}'",
            "The parts of the date are separated by a slash without spaces: '{expected}'",
        ),
        LEADING_ZERO = (
            "Tanggal dan bulan ditulis tanpa nol di depan: '{expected}'",
            "Day and month are written without leading zeros: '{expected}'",
        ),
        FIX_REPLACE = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
        FIX_SPACE = ("Pisahkan dengan satu spasi", "Separate with one space"),
        FIX_PADDING = ("Hapus spasi di dalam kurung", "Remove the spaces inside the parentheses"),
        FIX_COMMA = ("Hapus koma", "Remove the comma"),
    },
}

impl Rule for Format {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for mention in &cx.doc.dates {
            // The long form is rewritten as a whole by `day-date/long-form`.
            let Shape::Short {
                group,
                padding,
                day_separator,
                year_separator,
            } = mention.shape
            else {
                continue;
            };
            day_case(cx, mention, out);
            gap(cx, mention, group, out);
            let expected = expected_date(cx, mention);
            let pads: Vec<Span> = padding.into_iter().filter(|p| !p.is_empty()).collect();
            if !pads.is_empty() {
                let args = [("expected", expected.as_str())];
                let edits = pads.into_iter().map(Edit::delete).collect();
                let fix = Fix::safe(cx.text(&FIX_PADDING, &[]), edits);
                out.push(cx.finding(&META, group, &PADDING, &args).with_fix(fix));
            }
            let inner = Span::new(mention.day.span.start, mention.year.unwrap_or(mention.month).span.end);
            let wrong: Vec<Span> = [Some(day_separator), year_separator]
                .into_iter()
                .flatten()
                .filter(|s| cx.doc.text(*s) != "/")
                .collect();
            if !wrong.is_empty() {
                let edits = wrong.into_iter().map(|s| Edit::replace(s, "/")).collect();
                out.push(fixed(cx, inner, &SEPARATOR, &expected, edits));
            }
            let zeros: Vec<Edit> = [mention.day, mention.month]
                .into_iter()
                .filter(|n| cx.doc.text(n.span).starts_with('0') && n.value > 0)
                .map(|n| Edit::replace(n.span, n.value.to_string()))
                .collect();
            if !zeros.is_empty() {
                out.push(fixed(cx, inner, &LEADING_ZERO, &expected, zeros));
            }
        }
    }
}

/// `senin (27/10)` → `Senin`. A non-standard spelling is `day-date/day-spelling`'s, and
/// a day name in capitals belongs to a headline in capitals (`title/`).
fn day_case(cx: &Context<'_>, mention: &DateMention, out: &mut Findings) {
    let name = mention.day_name;
    let written = cx.doc.text(name.span);
    if name.variant || written == name.standard || !written.chars().any(char::is_lowercase) {
        return;
    }
    let edits = vec![Edit::replace(name.span, name.standard)];
    out.push(fixed(cx, name.span, &CASE, name.standard, edits));
}

/// One space between the day name and `(`; a line break of wrapped text is fine too.
fn gap(cx: &Context<'_>, mention: &DateMention, group: Span, out: &mut Findings) {
    let written = cx.doc.text(mention.gap);
    if matches!(written, " " | "\n" | "\r\n") {
        return;
    }
    let (message, title) = if written.is_empty() {
        (&NO_SPACE, &FIX_SPACE)
    } else if written.contains(',') {
        (&COMMA, &FIX_COMMA)
    } else {
        (&SPACES, &FIX_SPACE)
    };
    let expected = format!("{} {}", cx.doc.text(mention.day_name.span), cx.doc.text(group));
    let span = Span::new(mention.day_name.span.start, group.start + 1);
    let fix = Fix::safe(cx.text(title, &[]), vec![Edit::replace(mention.gap, " ")]);
    out.push(
        cx.finding(&META, span, message, &[("expected", &expected)])
            .with_fix(fix),
    );
}

/// The date part in the house form: `27/10`, `7/8/2025`.
fn expected_date(cx: &Context<'_>, mention: &DateMention) -> String {
    let (day, month) = (mention.day.value, mention.month.value);
    match mention.year.map(|y| cx.doc.text(y.span)) {
        Some(year) => format!("{day}/{month}/{year}"),
        None => format!("{day}/{month}"),
    }
}

fn fixed(cx: &Context<'_>, span: Span, message: &Text, expected: &str, edits: Vec<Edit>) -> Finding {
    let args = [("expected", expected)];
    let fix = Fix::safe(cx.text(&FIX_REPLACE, &args), edits);
    cx.finding(&META, span, message, &args).with_fix(fix)
}
