//! `credit/institution`: the photo credit names a KPU office other than the satker's.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::house::{Level, Satker};
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Institution;
    id: "credit/institution",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Lembaga pada kredit foto bukan satker ini", "Photo credit names another office than the satker"),
    what: (
        "Lembaga dalam kredit foto adalah satker penerbit siaran: yang dikonfigurasi (`[house] satker`), atau yang domainnya disebut dateline. Hanya kantor KPU/KIP yang dibandingkan (`KPU Kab. Kendal` dan `KPU Kendal` dianggap sama dengan `KPU Kabupaten Kendal`; bentuknya urusan `abbr/`); foto dari lembaga lain (`dok Bawaslu ...`) tidak dilaporkan. Tanpa satker yang diketahui, tidak ada pemeriksaan.",
        "The institution in the photo credit is the satker issuing the release: the configured one (`[house] satker`), or the one whose domain the dateline names. Only KPU/KIP offices are compared (`KPU Kab. Kendal` and `KPU Kendal` count as `KPU Kabupaten Kendal`; their form is `abbr/`'s business); a photo from another body (`dok Bawaslu ...`) is not reported. Without a known satker there is no check.",
    ),
    why: (
        "Siaran `kab-kendal.kpu.go.id` dengan `Foto: rzk/KPU Kota Semarang` biasanya tersalin dari siaran satker lain.",
        "A `kab-kendal.kpu.go.id` release with `Foto: rzk/KPU Kota Semarang` was usually copied from another office's release.",
    ),
    fix_safety: (
        "Perbaikan tidak aman: fotonya mungkin memang dari kantor lain.",
        "Unsafe fix: the photo may really come from another office.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rzk/KPU Kabupaten Kendal)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: dok Bawaslu Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Kredit foto menyebut '{found}', bukan satker ini ({expected})",
            "The photo credit names '{found}', not this satker ({expected})",
        ),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for Institution {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(satker) = cx.satker() else {
            return;
        };
        let Some(photo) = cx.doc.credit.filter(|t| !t.foreign).and_then(|t| t.parts.photo) else {
            return;
        };
        // A bracket closing a group inside the credit (`Foto: (/KPU Kota Semarang)` in
        // an unclosed tail) is no part of the name: replacing it away while
        // `credit/unclosed` adds one back would never settle.
        let found = cx.doc.text(photo.institution).trim_end_matches(')');
        let span = Span::new(photo.institution.start, photo.institution.start + found.len());
        if found.is_empty() || names(found, satker) != Some(false) {
            return;
        }
        let expected = satker.institution.as_str();
        let args = [("found", found), ("expected", expected)];
        let fix = Fix::unsafe_(cx.text(&FIX, &args), vec![Edit::replace(span, expected)]);
        out.push(cx.finding(&META, span, &MESSAGE, &args).with_fix(fix));
    }
}

/// Whether `institution` names `satker`: `None` when it is not a KPU/KIP office at all.
/// The level word may be abbreviated or left out; words after the region name (`KPU
/// Kota Semarang dan Bawaslu`) are a joint credit and do not count against it.
fn names(institution: &str, satker: &Satker) -> Option<bool> {
    let lower = institution.to_lowercase();
    let mut words = lower.split_whitespace().peekable();
    if !matches!(words.next(), Some("kpu" | "kip")) {
        return None;
    }
    let level = match words.peek().copied() {
        Some("kabupaten" | "kab." | "kab") => Some(Level::Kabupaten),
        Some("kota") => Some(Level::Kota),
        Some("provinsi" | "prov." | "prov") => Some(Level::Provinsi),
        _ => None,
    };
    if level.is_some() {
        words.next();
    }
    let region: Vec<&str> = words.collect();
    let region = region.join(" ");
    if satker.level == Level::Pusat {
        let national = ["ri", "republik indonesia"];
        return Some(level.is_none() && (region.is_empty() || national.iter().any(|n| starts_with_name(&region, n))));
    }
    let level_fits = level.is_none_or(|l| l == satker.level);
    let name_fits = std::iter::once(&satker.name)
        .chain(&satker.aliases)
        .any(|name| starts_with_name(&region, &name.to_lowercase()));
    Some(level_fits && name_fits)
}

/// `region` is `name`, or `name` followed by more words (a joint credit).
fn starts_with_name(region: &str, name: &str) -> bool {
    region
        .strip_prefix(name)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ',', '/', '&']))
}

#[cfg(test)]
mod tests {
    use super::names;
    use crate::house::satker_by_slug;

    #[test]
    fn matches_the_satker_with_abbreviated_or_missing_level_words() {
        let kendal = satker_by_slug("kab-kendal").unwrap();
        assert_eq!(names("KPU Kabupaten Kendal", kendal), Some(true));
        assert_eq!(names("KPU Kab. Kendal", kendal), Some(true));
        assert_eq!(names("KPU Kendal", kendal), Some(true));
        assert_eq!(names("KPU Kabupaten Kendal dan Bawaslu Kendal", kendal), Some(true));
        assert_eq!(names("KPU Kota Semarang", kendal), Some(false));
        assert_eq!(names("KPU", kendal), Some(false));
        assert_eq!(names("Bawaslu Kabupaten Kendal", kendal), None);
        let semarang = satker_by_slug("kota-semarang").unwrap();
        assert_eq!(names("KPU Kabupaten Semarang", semarang), Some(false));
        let jateng = satker_by_slug("jateng").unwrap();
        assert_eq!(names("KPU Provinsi Jawa Tengah", jateng), Some(true));
        assert_eq!(names("KPU Jateng", jateng), Some(true));
        let aceh = satker_by_slug("kipaceh").unwrap();
        assert_eq!(names("KIP Aceh", aceh), Some(true));
        let ri = satker_by_slug("").unwrap();
        assert_eq!(names("KPU RI", ri), Some(true));
        assert_eq!(names("KPU", ri), Some(true));
        assert_eq!(names("KPU Kota Semarang", ri), Some(false));
    }
}
