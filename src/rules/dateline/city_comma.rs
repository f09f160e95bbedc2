//! `dateline/city-comma`: the city is not followed by `, ` before the domain.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct CityComma;
    id: "dateline/city-comma",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Kota dateline tidak diikuti koma dan satu spasi", "Dateline city not followed by a comma and one space"),
    what: (
        "Antara nama kota dan domain ada koma lalu satu spasi: `Semarang, kota-semarang.kpu.go.id`.",
        "Between the city and the domain stands a comma and one space: `Semarang, kota-semarang.kpu.go.id`.",
    ),
    why: (
        "Tanpa koma (`Semarang kota-semarang...`), tanpa spasi (`Semarang,kota-semarang...`) atau dengan spasi sebelum koma, dateline tidak seragam.",
        "Without the comma (`Semarang kota-semarang...`), without the space (`Semarang,kota-semarang...`) or with a space before the comma the dateline is inconsistent.",
    ),
    fix_safety: (
        "Perbaikan aman: jarak antara kota dan domain diganti `, `.",
        "Safe fix: the gap between city and domain becomes `, `.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        NO_COMMA = (
            "Koma setelah nama kota dalam dateline tidak ada: '{city}, '",
            "Missing comma after the dateline city: '{city}, '",
        ),
        SPACING = (
            "Nama kota dalam dateline harus diikuti koma dan satu spasi: '{city}, '",
            "The dateline city must be followed by a comma and one space: '{city}, '",
        ),
        FIX = ("Ganti dengan ', '", "Replace with ', '"),
        PERIOD = (
            "Setelah nama kota dalam dateline ada titik; tulis koma dan satu spasi: '{city}, '",
            "A period follows the dateline city; write a comma and one space: '{city}, '",
        ),
    },
}

impl Rule for CityComma {
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
        // `Singaraja.kab-buleleng.kpu.go.id`: the parser split the city off at the period.
        let message = if gap.contains(',') {
            &SPACING
        } else if gap == "." {
            &PERIOD
        } else {
            &NO_COMMA
        };
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
