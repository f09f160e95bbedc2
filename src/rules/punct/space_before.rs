//! `punct/space-before`: a space before `, . ; : ? !`.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

use super::GapKind;

pub struct SpaceBefore;

const MESSAGE: Text = Text::new("Spasi sebelum tanda '{mark}'", "Space before '{mark}'");
const FIX: Text = Text::new("Hapus spasi sebelum '{mark}'", "Remove the space before '{mark}'");

static META: RuleMeta = RuleMeta {
    id: "punct/space-before",
    summary: Text::new(
        "Spasi sebelum koma, titik, titik koma, titik dua, tanda tanya atau tanda seru",
        "Space before a comma, period, semicolon, colon, question or exclamation mark",
    ),
    explanation: Text::new(
        "Tanda koma, titik, titik koma, titik dua, tanda tanya, dan tanda seru langsung menempel pada kata sebelumnya (`Hendra Wicaksono,` bukan `Hendra Wicaksono ,`). Spasi di depannya membuat tanda itu bisa terpisah ke awal baris berikutnya. Elipsis (`kata ... kata`) dan awal alamat (`.go.id`) dibiarkan; tanda di dalam kredit diperiksa keluarga `credit/`. Perbaikan aman: spasi dihapus.",
        "Commas, periods, semicolons, colons, question and exclamation marks sit right after the word before them (`Hendra Wicaksono,`, not `Hendra Wicaksono ,`). A space in front lets the mark wrap to the start of the next line. An ellipsis (`kata ... kata`) and the start of an address (`.go.id`) are left alone; marks inside the credit tail are the `credit/` family's. Safe fix: the space is removed.",
    ),
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    default_enabled: true,
    examples: &[Example {
        bad: "Penerimaan dilakukan oleh Sekretaris KPU Kota Semarang, Hendra Wicaksono , didampingi para kepala subbagian.",
        good: "Penerimaan dilakukan oleh Sekretaris KPU Kota Semarang, Hendra Wicaksono, didampingi para kepala subbagian.",
    }],
    messages: &[&MESSAGE, &FIX],
};

impl Rule for SpaceBefore {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for gap in super::gaps(cx.doc)
            .into_iter()
            .filter(|g| g.kind == GapKind::BeforeMark)
        {
            let mark = cx.doc.source[gap.span.end..].chars().next().unwrap_or(',');
            let mark = mark.to_string();
            let args = [("mark", mark.as_str())];
            let span = crate::span::Span::new(gap.span.start, gap.span.end + mark.len());
            let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::delete(gap.span)]);
            out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
        }
    }
}
