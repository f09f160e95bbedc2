//! `dateline/city-comma`: the city is not followed by `, ` before the domain.

use crate::diagnostic::{Edit, Fix, Severity};
use crate::findings::Findings;
use crate::message::Text;
use crate::rules::{Context, Example, FixAvailability, Rule, RuleMeta};
use crate::span::Span;

pub struct CityComma;

const NO_COMMA: Text = Text::new(
    "Koma setelah nama kota dalam dateline tidak ada: '{city}, '",
    "Missing comma after the dateline city: '{city}, '",
);
const SPACING: Text = Text::new(
    "Nama kota dalam dateline harus diikuti koma dan satu spasi: '{city}, '",
    "The dateline city must be followed by a comma and one space: '{city}, '",
);
const FIX: Text = Text::new("Ganti dengan ', '", "Replace with ', '");

static META: RuleMeta = RuleMeta {
    id: "dateline/city-comma",
    summary: Text::new(
        "Kota dateline tidak diikuti koma dan satu spasi",
        "Dateline city not followed by a comma and one space",
    ),
    explanation: Text::new(
        "Antara nama kota dan domain ada koma lalu satu spasi: `Semarang, kota-semarang.kpu.go.id`. Tanpa koma (`Semarang kota-semarang...`), tanpa spasi (`Semarang,kota-semarang...`) atau dengan spasi sebelum koma, dateline tidak seragam. Perbaikan aman: jarak antara kota dan domain diganti `, `.",
        "Between the city and the domain stands a comma and one space: `Semarang, kota-semarang.kpu.go.id`. Without the comma (`Semarang kota-semarang...`), without the space (`Semarang,kota-semarang...`) or with a space before the comma the dateline is inconsistent. Safe fix: the gap between city and domain becomes `, `.",
    ),
    severity: Severity::Error,
    fix: FixAvailability::Always,
    default_enabled: true,
    examples: &[Example {
        bad: "Rapat Koordinasi Humas\nSemarang kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: &[&NO_COMMA, &SPACING, &FIX],
};

impl Rule for CityComma {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(dateline) = &cx.doc.dateline else {
            return;
        };
        let (Some(city), Some(_)) = (dateline.city, &dateline.domain) else {
            return;
        };
        let gap = cx.doc.text(dateline.gap);
        if gap == ", " {
            return;
        }
        let message = if gap.contains(',') { &SPACING } else { &NO_COMMA };
        // An empty-looking gap is still a place: point at the boundary after the city.
        let span = if dateline.gap.is_empty() {
            Span::new(city.end, city.end)
        } else {
            dateline.gap
        };
        let fix = Fix::safe(cx.text(&FIX, &[]), vec![Edit::replace(dateline.gap, ", ")]);
        out.push(
            cx.finding(&META, span, message, &[("city", cx.doc.text(city))])
                .with_fix(fix),
        );
    }
}
