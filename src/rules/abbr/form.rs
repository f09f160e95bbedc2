//! `abbr/form`: a known abbreviation in the wrong case or form (`Kpu`, `BAWASLU`,
//! `Kasubag`, `DPTB`).

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::data::{FormKind, TABLE};
use super::scan::Scan;

declare_rule! {
    pub struct Form;
    id: "abbr/form",
    severity: Error,
    fix: Always,
    default_enabled: true,
    summary: ("Singkatan atau akronim dengan huruf atau bentuk yang salah", "Abbreviation in the wrong case or form"),
    what: (
        "Singkatan dan akronim lembaga ditulis dalam bentuk bakunya (EYD V, Singkatan): singkatan dari huruf awal kata dengan huruf kapital semua (`KPU`, `TPS`; `DPTb` dengan b kecil), akronim nama diri dengan huruf awal kapital saja (`Bawaslu`, `Sirekap`), akronim nama jenis dengan huruf kecil (`satker`, `coklit`), dan singkatan jabatan sesuai bentuk dasarnya (`Kasubbag` dari *subbagian*). Aturan ini juga berlaku di dalam kutipan, tetapi tidak di alamat laman, surel, domain, tagar, dan ekor kredit. Daftar bentuk yang salah ada di `rules/abbreviations.toml`.",
        "Institutional abbreviations are written in their standard form (EYD V, Singkatan): initialisms in capitals (`KPU`, `TPS`; `DPTb` with a lower-case b), proper-noun acronyms with an initial capital only (`Bawaslu`, `Sirekap`), common-noun acronyms in lower case (`satker`, `coklit`), and office titles after their base word (`Kasubbag`, from *subbagian*). The rule also applies inside quotations, but not in URLs, e-mail addresses, domains, hashtags or the credit tail. The wrong forms are listed in `rules/abbreviations.toml`.",
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
    },
}

impl Rule for Form {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for m in &Scan::of(cx).mentions {
            let Some(form) = m.form else { continue };
            let entry = &TABLE.entries[form.entry];
            let (expected, safe) = match form.kind {
                FormKind::Right => continue,
                FormKind::Variant => (entry.short.as_str(), true),
                FormKind::Rewrite(r) => (entry.rewrites[r].to.as_str(), entry.rewrites[r].safe),
            };
            let found = cx.doc.text(m.span);
            let args = [("found", found), ("expected", expected)];
            let edits = vec![Edit::replace(m.span, expected)];
            let title = cx.text(&FIX, &args);
            let fix = if safe {
                Fix::safe(title, edits)
            } else {
                Fix::unsafe_(title, edits)
            };
            let help = cx.text(&HELP, &[("short", &entry.short), ("expansion", &entry.expansions[0])]);
            out.push(cx.finding(&META, m.span, &MESSAGE, &args).with_fix(fix).with_help(help));
        }
    }
}
