//! `abbr/form`: a known abbreviation in the wrong case or form (`Kpu`, `BAWASLU`,
//! `Kasubag`, `DPTB`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::data::{FormKind, TABLE};
use super::first_use;
use super::scan::Scan;

declare_rule! {
    pub struct Form;
    id: "abbr/form",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Singkatan atau akronim dengan huruf atau bentuk yang salah", "Abbreviation in the wrong case or form"),
    what: (
        "Singkatan dan akronim lembaga ditulis dalam bentuk bakunya (EYD V, Singkatan): singkatan dari huruf awal kata dengan huruf kapital semua (`KPU`, `TPS`; `DPTb` dengan b kecil), akronim nama diri dengan huruf awal kapital saja (`Bawaslu`, `Sirekap`), akronim nama jenis dengan huruf kecil (`satker`, `coklit`), dan singkatan jabatan sesuai bentuk dasarnya (`Kasubbag` dari *subbagian*). Aturan ini juga berlaku di dalam kutipan, tetapi tidak di alamat laman, surel, domain, tagar, dan ekor kredit. Daftar bentuk yang salah ada di `rules/abbreviations.toml`. Bila bentuk yang salah adalah penyebutan pertama yang harus dijabarkan, satu temuan ini menyebut keduanya (bentuk baku dan penjabarannya); `abbr/first-use` tidak melaporkannya lagi. Gelar berhuruf kapital (`DRS.`) hanya diperbaiki bentuknya (`Drs.`).",
        "Institutional abbreviations are written in their standard form (EYD V, Singkatan): initialisms in capitals (`KPU`, `TPS`; `DPTb` with a lower-case b), proper-noun acronyms with an initial capital only (`Bawaslu`, `Sirekap`), common-noun acronyms in lower case (`satker`, `coklit`), and office titles after their base word (`Kasubbag`, from *subbagian*). The rule also applies inside quotations, but not in URLs, e-mail addresses, domains, hashtags or the credit tail. The wrong forms are listed in `rules/abbreviations.toml`. When the wrong form is a first use that must be expanded, this one finding names both (the standard form and its expansion); `abbr/first-use` does not report it again. A degree in capitals (`DRS.`) only gets its form fixed (`Drs.`).",
    ),
    why: (
        "Ini ejaan baku (EYD V, singkatan); siaran pers lembaga negara memakai ejaan baku.",
        "This is the standard spelling (EYD V, abbreviations); releases of a state institution use standard spelling.",
    ),
    fix_safety: (
        "Perbaikan aman mengganti dengan bentuk baku; bentuk usang yang perlu ditambah kata (`KPUD` → `KPU Kabupaten ...`) hanya diperbaiki dengan `--unsafe-fixes`.",
        "The safe fix writes the standard form; obsolete forms that need more words (`KPUD` → `KPU Kabupaten ...`) are fixed only with `--unsafe-fixes`.",
    ),
    examples: [
        Example {
            bad: "Perwakilan BAWASLU Kota Semarang turut hadir dalam rapat tersebut.",
            good: "Perwakilan Badan Pengawas Pemilihan Umum (Bawaslu) Kota Semarang turut hadir dalam rapat tersebut.",
        },
        Example {
            bad: "“Silakan cek kanal resmi Kpu,” ujar Dimas.",
            good: "“Silakan cek kanal resmi KPU,” ujar Dimas.",
        },
        Example {
            bad: "Kasubag Hukum dan SDM memimpin penyusutan arsip.",
            good: "Kasubbag Hukum dan SDM memimpin penyusutan arsip.",
        },
    ],
    messages: {
        MESSAGE = (
            "'{found}' bukan bentuk baku; tulis '{expected}'",
            "'{found}' is not the standard form; write '{expected}'",
        ),
        HELP = ("{short}: {expansion}", "{short}: {expansion}"),
        FIX = ("Ganti dengan '{expected}'", "Replace with '{expected}'"),
        FIRST = (
            "'{found}' bukan bentuk baku; tulis '{expected}', dan karena ini penyebutan pertamanya, jabarkan: '{expanded}'",
            "'{found}' is not the standard form; write '{expected}', and since this is its first use, expand it: '{expanded}'",
        ),
    },
}

impl Rule for Form {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let scan = Scan::of(cx);
        for m in &scan.mentions {
            let Some(form) = m.form else { continue };
            let entry = &TABLE.entries[form.entry];
            let (expected, safe) = match form.kind {
                FormKind::Right => continue,
                FormKind::Variant => (entry.short.as_str(), true),
                FormKind::Rewrite(r) => (entry.rewrites[r].to.as_str(), entry.rewrites[r].safe),
            };
            let found = cx.doc.text(m.span);
            let unexpanded = m.first
                && entry.expand_first_use
                && m.expansion.is_none()
                && first_use::long_form_before(cx, form.entry, m.word).is_none();
            let expanded = format!("{} ({expected})", entry.expansions[0]);
            let args = [("found", found), ("expected", expected), ("expanded", &expanded)];
            let edits = vec![Edit::replace(m.span, expected)];
            let title = cx.text(&FIX, &args);
            let fix = if safe {
                Fix::safe(title, edits)
            } else {
                Fix::unsafe_(title, edits)
            };
            let help = cx.text(&HELP, &[("short", &entry.short), ("expansion", &entry.expansions[0])]);
            let message = if unexpanded { &FIRST } else { &MESSAGE };
            out.push(cx.finding(&META, m.span, message, &args).with_fix(fix).with_help(help));
        }
    }
}
