//! `day-date/day-spelling`: a day name in a non-standard spelling (`Jum'at` → `Jumat`).

use crate::diagnostic::{Edit, Fix};
use crate::document::dates;
use crate::findings::Findings;
use crate::lexicon;
use crate::rules::{declare_rule, Context, Rule};

declare_rule! {
    pub struct DaySpelling;
    id: "day-date/day-spelling",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Ejaan nama hari tidak baku", "Non-standard spelling of a day name"),
    what: (
        "Nama hari yang baku (KBBI, EYD V) adalah Senin, Selasa, Rabu, Kamis, Jumat, Sabtu, Minggu. `Jum'at` dan `Jum’at` (dengan apostrof) selalu dilaporkan.",
        "The standard day names (KBBI, EYD V) are Senin, Selasa, Rabu, Kamis, Jumat, Sabtu, Minggu. `Jum'at` and `Jum’at` (with an apostrophe) are always reported.",
    ),
    why: (
        "`Jumaat`, `Senen`, `Rebo`, `Kemis` dan `Saptu` hanya dilaporkan bila diikuti tanggal (`Rebo (22/10)`), karena di tempat lain kata itu bisa berupa nama orang atau tempat (Pasar Senen).",
        "`Jumaat`, `Senen`, `Rebo`, `Kemis` and `Saptu` only when a date follows (`Rebo (22/10)`), since elsewhere they may be names of people or places (Pasar Senen).",
    ),
    fix_safety: ("Perbaikan aman dengan mempertahankan kapitalisasi.", "Safe fix, keeping the capitalisation."),
    examples: [
        Example {
            bad: "Verifikasi lapangan dilanjutkan pada Jum'at (24/10).",
            good: "Verifikasi lapangan dilanjutkan pada Jumat (24/10).",
        },
        Example {
            bad: "Pegawai mengikuti kegiatan Jum’at bersih di halaman kantor.",
            good: "Pegawai mengikuti kegiatan Jumat bersih di halaman kantor.",
        },
        Example {
            bad: "Verifikasi lapangan dilanjutkan pada Rebo (22/10).",
            good: "Warga Pasar Senen dan Kampung Rebo mengikuti sosialisasi.",
        },
    ],
    messages: {
        MESSAGE = (
            "Nama hari '{found}' tidak baku; yang baku '{expected}'",
            "'{found}' is a non-standard spelling of the day name '{expected}'",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for DaySpelling {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let credit = cx.doc.credit.map(|c| c.span);
        for (_, word) in cx.doc.words_with(lexicon::DAY).filter(|(_, w)| !w.in_address()) {
            let found = cx.doc.text(word.span);
            let Some(name) = dates::day_name(found, word.span).filter(|n| n.variant) else {
                continue;
            };
            let apostrophe = found.contains(['\'', '’']);
            // Mentions are in text order: a binary search, not a scan per day name.
            let dates = &cx.doc.dates;
            let k = dates.partition_point(|m| m.day_name.span.start < word.span.start);
            let dated = dates.get(k).is_some_and(|m| m.day_name.span == word.span);
            if !(apostrophe || dated) || credit.is_some_and(|c| c.overlaps(word.span)) {
                continue;
            }
            let expected = same_case(found, name.standard);
            let args = [("found", found), ("expected", expected.as_str())];
            let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(word.span, expected.as_str())]);
            out.push(cx.finding(&META, word.span, &MESSAGE, &args).with_fix(fix));
        }
    }
}

/// `standard` in the case `found` is written in: capitals, lowercase or capital initial.
fn same_case(found: &str, standard: &str) -> String {
    if found.chars().all(|c| !c.is_lowercase()) {
        standard.to_uppercase()
    } else if found.starts_with(char::is_lowercase) {
        standard.to_lowercase()
    } else {
        standard.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::same_case;

    #[test]
    fn keeps_the_case() {
        assert_eq!(same_case("Jum'at", "Jumat"), "Jumat");
        assert_eq!(same_case("JUM'AT", "Jumat"), "JUMAT");
        assert_eq!(same_case("jum’at", "Jumat"), "jumat");
    }
}
