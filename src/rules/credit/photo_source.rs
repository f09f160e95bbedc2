//! `credit/photo-source`: the photo credit after `Foto:` is not `initials/Institution` or
//! `dok Institution` (`Foto: rap`, `Foto: rap/kpu kota semarang`, `Foto: Humas KPU …`,
//! `Foto: Dok. KPU …`).

use crate::diagnostic::{Edit, Fix};
use crate::document::credit::PhotoCredit;
use crate::findings::Findings;
use crate::house;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct PhotoSource;
    id: "credit/photo-source",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: (
        "Kredit foto tanpa lembaga atau dalam bentuk yang keliru",
        "Photo credit without an institution or in a drifted form",
    ),
    what: (
        "Setelah `Foto:` ditulis inisial fotografer, garis miring, dan nama lembaga (`Foto: rap/KPU Kota Semarang`), atau `dok` dan nama lembaga (`Foto: dok KPU Kota Semarang`). Dilaporkan: kredit tanpa lembaga (`Foto: rap`, `Foto: rap/`, `Foto: dok`), nama kantor KPU/KIP berhuruf kecil (`rap/kpu kota semarang`), `Foto: Humas KPU …`, dan `Dok.` atau `dok.` dengan titik. `Dok KPU …` tanpa titik, kredit lembaga lain (`dok Bawaslu …`), sumber berhuruf kecil yang bukan kantor (`dok pribadi`), dan kredit berupa kata, bukan inisial (`Foto: istimewa`), dibiarkan.",
        "After `Foto:` come the photographer's initials, a slash and the institution (`Foto: rap/KPU Kota Semarang`), or `dok` and the institution (`Foto: dok KPU Kota Semarang`). Reported: a credit without an institution (`Foto: rap`, `Foto: rap/`, `Foto: dok`), a KPU/KIP office in lower case (`rap/kpu kota semarang`), `Foto: Humas KPU …`, and `Dok.` or `dok.` with a period. `Dok KPU …` without a period, credits of other bodies (`dok Bawaslu …`), lower-case sources that are no office (`dok pribadi`) and a credit that is a word, not initials (`Foto: istimewa`), are left alone.",
    ),
    why: (
        "Kredit foto menyebut siapa pemilik foto; tanpa lembaga, atau dengan nama kantor yang salah tulis, pembaca dan media yang mengutip tidak tahu sumbernya.",
        "The photo credit says whose photo it is; without the institution, or with the office's name miswritten, readers and media quoting the release cannot tell the source.",
    ),
    fix_safety: (
        "Perbaikan aman: `Dok.` menjadi `dok`, dan nama kantor berhuruf kecil yang dikenal gazetir menjadi nama resminya. Tidak aman: menambahkan satker pada kredit tanpa lembaga (fotografernya mungkin dari lembaga lain) dan `Humas KPU …` menjadi `humas/KPU …` (`dok KPU …` juga benar).",
        "Safe fix: `Dok.` becomes `dok`, and a lower-case office the gazetteer knows gets its official name. Unsafe: adding the satker to a credit without an institution (the photographer may belong to another body) and `Humas KPU …` to `humas/KPU …` (`dok KPU …` is right too).",
    ),
    examples: [
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        },
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/kpu kota semarang)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: Dok KPU Kota Semarang)",
        },
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: Humas KPU Kota Semarang)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: humas/KPU Kota Semarang)",
        },
        Example {
            bad: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: Dok. KPU Kota Semarang)",
            good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: dok KPU Kota Semarang)",
        },
    ],
    messages: {
        NO_INSTITUTION = (
            "Kredit foto belum menyebut lembaga: tulis mis. '{expected}'",
            "The photo credit names no institution: write e.g. '{expected}'",
        ),
        LOWERCASE = (
            "Nama lembaga dalam kredit foto diawali huruf kapital: '{expected}', bukan '{found}'",
            "The institution in the photo credit is capitalised: '{expected}', not '{found}'",
        ),
        LOWERCASE_UNKNOWN = (
            "Nama lembaga dalam kredit foto diawali huruf kapital, bukan '{found}'",
            "The institution in the photo credit is capitalised, not '{found}'",
        ),
        HUMAS = (
            "Foto dari humas ditulis '{expected}' (atau 'dok {institution}'), bukan '{found}'",
            "A photo by the public relations team is credited '{expected}' (or 'dok {institution}'), not '{found}'",
        ),
        DOK = (
            "Kredit dokumentasi ditulis 'dok' tanpa titik, bukan '{found}'",
            "A documentation credit is written 'dok' without a period, not '{found}'",
        ),
        SOME_SATKER = ("nama satker", "satker name"),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
    },
}

impl Rule for PhotoSource {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let Some(tail) = cx.doc.credit.as_ref().filter(|t| !t.foreign) else {
            return;
        };
        // No credit at all is `credit/photo-missing`'s.
        let Some(photo) = tail.parts.photo.filter(|p| !p.credit.is_empty()) else {
            return;
        };
        if let Some(dok) = photo.dok {
            let dotted = Span::new(dok.start, dok.end + 1);
            if cx.doc.source[dok.end..].starts_with('.') {
                let found = cx.doc.text(dotted);
                let fix = Fix::safe(
                    cx.text(&FIX, &[("expected", "dok")]),
                    vec![Edit::replace(dotted, "dok")],
                );
                out.push(cx.finding(&META, dotted, &DOK, &[("found", found)]).with_fix(fix));
            }
        }
        // A bracket closing a group inside an unclosed tail is no part of the name.
        let written = cx.doc.text(photo.institution).trim_end_matches(')');
        let institution = Span::new(photo.institution.start, photo.institution.start + written.len());
        let own = super::satker_institution(cx);
        if photo.initials.is_none() && photo.dok.is_none() {
            unlabelled(cx, out, photo, institution, own);
        } else if written.is_empty() {
            no_institution(cx, out, photo, own);
        } else if is_office(written) && written.starts_with(char::is_lowercase) {
            lowercase(cx, out, institution);
        }
    }
}

/// A credit with neither initials and a slash nor `dok`: `rap`, `Humas KPU …`.
fn unlabelled(cx: &Context<'_>, out: &mut Findings, photo: PhotoCredit, credit: Span, own: Option<&str>) {
    let text = cx.doc.text(credit);
    let mut words = text.split(' ');
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    if first.eq_ignore_ascii_case("humas") && matches!(second, "KPU" | "KIP") {
        let name = &text[first.len() + 1..];
        let expected = format!("humas/{name}");
        let args = [("found", text), ("expected", expected.as_str()), ("institution", name)];
        let fix = Fix::unsafe_(cx.text(&FIX, &args), vec![Edit::replace(credit, expected.as_str())]);
        out.push(cx.finding(&META, credit, &HUMAS, &args).with_fix(fix));
    } else if super::is_initials(text) && !text.contains(char::is_uppercase) {
        // Initials with no institution after them. A word (`Foto: istimewa`, a courtesy
        // credit) is no photographer to append the satker to.
        no_institution(cx, out, photo, own);
    }
}

/// `Foto: rap`, `Foto: rap/`, `Foto: dok`: suggests the satker when it is known.
fn no_institution(cx: &Context<'_>, out: &mut Findings, photo: PhotoCredit, own: Option<&str>) {
    let fallback = cx.text(&SOME_SATKER, &[]);
    let institution = own.unwrap_or(&fallback);
    let written = cx.doc.text(photo.credit).trim_end_matches(['/', ')', ' ']);
    let end = photo.credit.start + written.len();
    let expected = if photo.dok.is_some() {
        format!("dok {institution}")
    } else {
        format!("{written}/{institution}")
    };
    let args = [("expected", expected.as_str())];
    let mut finding = cx.finding(&META, photo.credit, &NO_INSTITUTION, &args);
    if let Some(own) = own {
        let added = if photo.dok.is_some() {
            format!(" {own}")
        } else {
            format!("/{own}")
        };
        let edit = Edit::replace(Span::new(end, photo.credit.end.max(end)), added);
        finding = finding.with_fix(Fix::unsafe_(cx.text(&FIX, &args), vec![edit]));
    }
    out.push(finding);
}

/// A KPU or KIP office in any case (`kpu kota semarang`); `dok pribadi` is no office.
fn is_office(name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or_default();
    first.eq_ignore_ascii_case("kpu") || first.eq_ignore_ascii_case("kip")
}

/// `rap/kpu kota semarang`: a safe fix when the name is a known office.
fn lowercase(cx: &Context<'_>, out: &mut Findings, institution: Span) {
    let found = cx.doc.text(institution);
    let known = house::all_satker()
        .iter()
        .map(|s| s.institution.as_str())
        .find(|name| name.eq_ignore_ascii_case(found));
    match known {
        Some(expected) => {
            let args = [("found", found), ("expected", expected)];
            let fix = Fix::safe(cx.text(&FIX, &args), vec![Edit::replace(institution, expected)]);
            out.push(cx.finding(&META, institution, &LOWERCASE, &args).with_fix(fix));
        }
        // No fix: the finding sits on the office word only, so that a doubled word later
        // in the name (`kpu kabupaten nganjuk nganjuk`) keeps its own finding.
        None => {
            let first = found.split(' ').next().unwrap_or(found);
            let at = Span::new(institution.start, institution.start + first.len());
            out.push(cx.finding(&META, at, &LOWERCASE_UNKNOWN, &[("found", found)]));
        }
    }
}
