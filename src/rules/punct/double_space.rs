//! `punct/double-space`: two or more spaces between words.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};

use super::GapKind;

pub struct DoubleSpace;

const MESSAGE: Text = Text::new("Spasi ganda di antara kata", "Double space between words");
const FIX: Text = Text::new("Ganti dengan satu spasi", "Replace with one space");

static META: RuleMeta = RuleMeta {
    id: "punct/double-space",
    summary: Text::new("Spasi ganda di antara kata", "Double space between words"),
    explanation: Text::new(
        "Kata dipisahkan oleh satu spasi (`yang mudah`, bukan `yang  mudah`). Spasi ganda biasanya sisa penyuntingan atau salin-tempel, dan di laman terlihat sebagai celah yang tidak rata. Spasi di awal dan akhir baris, dateline, serta spasi di dekat tanda baca diperiksa aturan lain. Perbaikan aman: deretan spasi diganti satu spasi.",
        "Words are separated by one space (`yang mudah`, not `yang  mudah`). A double space is usually left over from editing or copy-paste and shows as an uneven gap on the page. Spaces at the start or end of a line, the dateline, and spaces next to punctuation are other rules' business. Safe fix: the run of spaces becomes one space.",
    ),
    severity: Severity::Warning,
    fix: FixAvailability::Always,
    default_enabled: true,
    examples: &[Example {
        bad: "Formulir layanan tersedia dalam format yang  mudah dibaca aplikasi pembaca layar.",
        good: "Formulir layanan tersedia dalam format yang mudah dibaca aplikasi pembaca layar.",
    }],
    messages: &[&MESSAGE, &FIX],
};

impl Rule for DoubleSpace {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for gap in super::gaps(cx.doc).into_iter().filter(|g| g.kind == GapKind::Double) {
            let fix = Fix::safe(cx.text(&FIX, &[]), vec![Edit::replace(gap.span, " ")]);
            out.push(cx.finding(&META, gap.span, &MESSAGE, &[]).with_fix(fix));
        }
    }
}
