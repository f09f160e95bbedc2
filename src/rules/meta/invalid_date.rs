//! `meta/invalid-date`: the front matter `date` is not YYYY-MM-DD or RFC 3339.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct InvalidDate;
    id: "meta/invalid-date",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: ("Tanggal front matter salah format", "Malformed front matter date"),
    what: (
        "`date` ditulis `YYYY-MM-DD` (`2025-10-27`) atau RFC 3339 (`2025-10-27T09:00:00+07:00`), bentuk yang dibaca Hugo dan Jekyll.",
        "`date` is written `YYYY-MM-DD` (`2025-10-27`) or RFC 3339 (`2025-10-27T09:00:00+07:00`), as Hugo and Jekyll read it.",
    ),
    why: (
        "Urutan gaya Indonesia `27-10-2025` atau tanggal yang tidak ada (`2025-02-30`) membuat tanggal terbit tidak terbaca, sehingga tahun pada `Senin (27/10)` juga tidak dapat ditentukan.",
        "The Indonesian order `27-10-2025` or a date that does not exist (`2025-02-30`) leaves the publication date unreadable, and with it the year of `Senin (27/10)`.",
    ),
    fix_safety: (
        "Untuk `DD-MM-YYYY` tersedia perbaikan tidak aman ke `YYYY-MM-DD`.",
        "For `DD-MM-YYYY` an unsafe fix to `YYYY-MM-DD` is offered.",
    ),
    examples: [Example {
        bad: "---\ntitle: Rapat Koordinasi Humas\ndate: 27-10-2025\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
        good: "---\ntitle: Rapat Koordinasi Humas\ndate: 2025-10-27T09:00:00+07:00\n---\n\n# Rapat Koordinasi Humas\n\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\n\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)\n",
    }],
    messages: {
        MESSAGE = (
            "Tanggal '{found}' di front matter tidak terbaca; tulis tahun-bulan-tanggal, misalnya 2025-10-27",
            "The front matter date '{found}' cannot be read; write year-month-day, for example 2025-10-27",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for InvalidDate {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(entry) = cx.doc.metadata.as_ref().and_then(|m| m.get("date")) else {
            return;
        };
        let found = entry.value.as_text().unwrap_or_default().trim();
        if is_valid(found) {
            return;
        }
        let mut finding = cx.finding(&META, entry.value_span, &MESSAGE, &[("found", found)]);
        if let Some(expected) = day_first(found) {
            let fix = Fix::unsafe_(
                cx.text(&FIX, &[("expected", &expected)]),
                vec![Edit::replace(entry.value_span, expected.as_str())],
            );
            finding = finding.with_fix(fix);
        }
        out.push(finding);
    }
}

/// `YYYY-MM-DD`, RFC 3339 with an offset, or a civil date-time (`2025-10-27T09:00:00`).
pub fn is_valid(value: &str) -> bool {
    if value.len() == 10 {
        return crate::pubdate::parse_date_prefix(value).is_some();
    }
    value.parse::<jiff::Timestamp>().is_ok() || value.parse::<jiff::civil::DateTime>().is_ok()
}

/// `27-10-2025` or `27/10/2025` → `2025-10-27`, when that is a real date.
fn day_first(value: &str) -> Option<String> {
    let parts: Vec<&str> = value.split(['-', '/', '.']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || d.len() > 2 || m.len() > 2 {
        return None;
    }
    let date = jiff::civil::Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?).ok()?;
    Some(date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_and_rejected_forms() {
        assert!(is_valid("2025-10-27"));
        assert!(is_valid("2025-10-27T09:00:00+07:00"));
        assert!(is_valid("2025-10-27T09:00:00"));
        assert!(!is_valid("14-08-2025"));
        assert!(!is_valid("2025-02-30"));
        assert_eq!(day_first("14-08-2025").as_deref(), Some("2025-08-14"));
        assert_eq!(day_first("31-02-2025"), None);
    }
}
