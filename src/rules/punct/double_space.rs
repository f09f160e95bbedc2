//! `punct/double-space`: two or more spaces between words.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::GapKind;

declare_rule! {
    pub struct DoubleSpace;
    id: "punct/double-space",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: ("Spasi ganda di antara kata", "Double space between words"),
    what: (
        "Kata dipisahkan oleh satu spasi (`yang mudah`, bukan `yang  mudah`). Spasi di awal dan akhir baris, dateline, serta spasi di dekat tanda baca diperiksa aturan lain.",
        "Words are separated by one space (`yang mudah`, not `yang  mudah`). Spaces at the start or end of a line, the dateline, and spaces next to punctuation are other rules' business.",
    ),
    why: (
        "Spasi ganda biasanya sisa penyuntingan atau salin-tempel, dan di laman terlihat sebagai celah yang tidak rata.",
        "A double space is usually left over from editing or copy-paste and shows as an uneven gap on the page.",
    ),
    fix_safety: ("Perbaikan aman: deretan spasi diganti satu spasi.", "Safe fix: the run of spaces becomes one space."),
    examples: [Example {
        bad: "Formulir layanan tersedia dalam format yang  mudah dibaca aplikasi pembaca layar.",
        good: "Formulir layanan tersedia dalam format yang mudah dibaca aplikasi pembaca layar.",
    }],
    messages: {
        MESSAGE = ("Spasi ganda di antara kata", "Double space between words"),
        FIX = ("Ganti dengan satu spasi", "Replace with one space"),
    },
}

impl Rule for DoubleSpace {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for gap in super::gaps(cx).iter().filter(|g| g.kind == GapKind::Double) {
            let fix = Fix::safe(cx.text(&FIX, &[]), vec![Edit::replace(gap.span, " ")]);
            out.push(cx.finding(&META, gap.span, &MESSAGE, &[]).with_fix(fix));
        }
    }
}
