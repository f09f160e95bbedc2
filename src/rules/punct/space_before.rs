//! `punct/space-before`: a space before `, . ; : ? !`.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::GapKind;

declare_rule! {
    pub struct SpaceBefore;
    id: "punct/space-before",
    severity: Warning,
    fix: Always,
    default_enabled: true,
    summary: (
        "Spasi sebelum koma, titik, titik koma, titik dua, tanda tanya atau tanda seru",
        "Space before a comma, period, semicolon, colon, question or exclamation mark",
    ),
    what: (
        "Tanda koma, titik, titik koma, titik dua, tanda tanya, dan tanda seru langsung menempel pada kata sebelumnya (`Hendra Wicaksono,` bukan `Hendra Wicaksono ,`). Elipsis (`kata ... kata`) dan awal alamat (`.go.id`) dibiarkan; tanda di dalam kredit diperiksa keluarga `credit/`.",
        "Commas, periods, semicolons, colons, question and exclamation marks sit right after the word before them (`Hendra Wicaksono,`, not `Hendra Wicaksono ,`). An ellipsis (`kata ... kata`) and the start of an address (`.go.id`) are left alone; marks inside the credit tail are the `credit/` family's.",
    ),
    why: (
        "Spasi di depannya membuat tanda itu bisa terpisah ke awal baris berikutnya.",
        "A space in front lets the mark wrap to the start of the next line.",
    ),
    fix_safety: ("Perbaikan aman: spasi dihapus.", "Safe fix: the space is removed."),
    examples: [Example {
        bad: "Penerimaan dilakukan oleh Sekretaris KPU Kota Semarang, Hendra Wicaksono , didampingi para kepala subbagian.",
        good: "Penerimaan dilakukan oleh Sekretaris KPU Kota Semarang, Hendra Wicaksono, didampingi para kepala subbagian.",
    }],
    messages: {
        MESSAGE = ("Spasi sebelum tanda '{mark}'", "Space before '{mark}'"),
        FIX = ("Hapus spasi sebelum '{mark}'", "Remove the space before '{mark}'"),
    },
}

impl Rule for SpaceBefore {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for gap in super::gaps(cx).iter().filter(|g| g.kind == GapKind::BeforeMark) {
            let mark = cx.doc.source[gap.span.end..].chars().next().unwrap_or(',');
            let mark = mark.to_string();
            let args = [("mark", mark.as_str())];
            let span = crate::span::Span::new(gap.span.start, gap.span.end + mark.len());
            let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::delete(gap.span)]);
            out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
        }
    }
}
