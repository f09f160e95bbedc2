//! `punct/space-inside`: a space just inside brackets or quotation marks: `( x`, `x )`,
//! `“ Kami`, `siap, ”`.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::GapKind;

declare_rule! {
    pub struct SpaceInside;
    id: "punct/space-inside",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Spasi di sebelah dalam tanda kurung atau tanda petik", "Space just inside brackets or quotation marks"),
    what: (
        "Tanda kurung dan tanda petik menempel pada teks yang diapitnya: `(TPS)`, `“Kami siap,”`, bukan `( TPS )` atau `“ Kami siap, ”`. Tanggal bergaya `Senin ( 27/10 )` diperiksa keluarga `day-date/`.",
        "Brackets and quotation marks hug the text they enclose: `(TPS)`, `“Kami siap,”`, not `( TPS )` or `“ Kami siap, ”`. Dates such as `Senin ( 27/10 )` are the `day-date/` family's.",
    ),
    why: (
        "Ini ejaan baku (EYD V); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V); releases of a state institution use standard spelling.",
    ),
    fix_safety: ("Perbaikan aman: spasi dihapus.", "Safe fix: the space is removed."),
    examples: [Example {
        bad: "Petugas memeriksa kesiapan tempat pemungutan suara ( TPS ) di setiap kelurahan.",
        good: "Petugas memeriksa kesiapan tempat pemungutan suara (TPS) di setiap kelurahan.",
    }],
    messages: {
        MESSAGE = (
            "Spasi di sebelah dalam tanda kurung atau tanda petik",
            "Space just inside brackets or quotation marks",
        ),
        FIX = ("Hapus spasi", "Remove the space"),
    },
}

impl Rule for SpaceInside {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for gap in super::gaps(cx).iter().filter(|g| g.kind == GapKind::Inside) {
            if is_day_date(cx.doc.source, gap.span) {
                continue;
            }
            let fix = Fix::safe(cx.text(&FIX, &[]), vec![Edit::delete(gap.span)]);
            out.push(cx.finding(&META, gap.span, &MESSAGE, &[]).with_fix(fix));
        }
    }
}

/// Whether the gap is inside a bracketed date `( 27/10 )`, which `day-date/` reports.
/// The brackets are looked for only across characters a date may hold, so a long
/// paragraph is not rescanned for every gap.
fn is_day_date(source: &str, gap: crate::span::Span) -> bool {
    let date_char = |c: char| c.is_ascii_digit() || matches!(c, '/' | '-' | '.') || c.is_whitespace();
    let open = source[..gap.start]
        .rfind(|c| !date_char(c))
        .filter(|&i| source[i..].starts_with('('));
    let close = source[gap.end..]
        .find(|c| !date_char(c))
        .map(|i| gap.end + i)
        .filter(|&i| source[i..].starts_with(')'));
    let (Some(open), Some(close)) = (open, close) else {
        return false;
    };
    let inner = source[open + 1..close].trim();
    inner.starts_with(|c: char| c.is_ascii_digit())
        && inner.contains(['/', '-', '.'])
        && inner
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '/' | '-' | '.' | ' '))
}
