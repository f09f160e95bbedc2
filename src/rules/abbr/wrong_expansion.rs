//! `abbr/wrong-expansion`: an abbreviation spelt out wrongly (`Komisi Pemilih Umum (KPU)`,
//! `Dewan Perwakilan Daerah (DPRD)`).

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::data::{phrase_words, TABLE};
use super::scan::{Scan, Verdict};

declare_rule! {
    pub struct WrongExpansion;
    id: "abbr/wrong-expansion",
    severity: Error,
    fix: None,
    default_enabled: true,
    summary: ("Kepanjangan singkatan yang salah", "Wrong expansion of an abbreviation"),
    what: (
        "Saat singkatan dijabarkan, baik `Kepanjangan (SINGKATAN)` maupun `SINGKATAN (Kepanjangan)`, kepanjangannya harus nama resmi: `Komisi Pemilihan Umum (KPU)`, bukan `Komisi Pemilih Umum`; `Dewan Perwakilan Rakyat Daerah (DPRD)`, bukan `Dewan Perwakilan Daerah` (itu DPD). Sebuah frasa dianggap upaya penjabaran bila diawali kata pertama kepanjangan yang benar dan sebagian besar katanya sama, atau bila tercantum sebagai kepanjangan keliru di `rules/abbreviations.toml`.",
        "When an abbreviation is spelt out, as `Long Form (ABBR)` or `ABBR (Long Form)`, the long form must be the official name: `Komisi Pemilihan Umum (KPU)`, not `Komisi Pemilih Umum`; `Dewan Perwakilan Rakyat Daerah (DPRD)`, not `Dewan Perwakilan Daerah` (that is the DPD). A phrase counts as an attempt when it starts with the first word of a right expansion and shares most of its words, or when `rules/abbreviations.toml` lists it as a wrong expansion.",
    ),
    why: (
        "Kepanjangan yang salah keliru menamai lembaga, atau menyebut lembaga lain (`Dewan Perwakilan Daerah` adalah DPD).",
        "A wrong long form misnames the body, or names another one (`Dewan Perwakilan Daerah` is the DPD).",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis: yang salah bisa kepanjangannya, bisa juga singkatannya.",
        "There is no automatic fix: either the long form or the abbreviation may be the wrong part.",
    ),
    examples: [
        Example {
            bad: "Hadir pula anggota Dewan Perwakilan Daerah (DPRD) Kota Semarang.",
            good: "Hadir pula anggota Dewan Perwakilan Rakyat Daerah (DPRD) Kota Semarang.",
        },
        Example {
            bad: "Rapat membahas penetapan Daftar Pemilih Sementara (DPT) tingkat kota.",
            good: "Rapat membahas penetapan Daftar Pemilih Tetap (DPT) tingkat kota.",
        },
    ],
    messages: {
        MESSAGE = (
            "'{found}' bukan kepanjangan {abbr}; kepanjangan yang benar: '{expected}'",
            "'{found}' is not what {abbr} stands for; the right expansion is '{expected}'",
        ),
        OTHER = ("'{found}' adalah kepanjangan {other}", "'{found}' is the expansion of {other}"),
    },
}

impl Rule for WrongExpansion {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        for m in &Scan::of(cx).mentions {
            let (Some(form), Some(exp)) = (m.form, m.expansion) else {
                continue;
            };
            if exp.verdict != Verdict::Wrong {
                continue;
            }
            let entry = &TABLE.entries[form.entry];
            let found = cx.doc.text(exp.long);
            let args = [
                ("found", found),
                ("abbr", entry.short.as_str()),
                ("expected", &entry.expansions[0]),
            ];
            let mut finding = cx.finding(&META, exp.span, &MESSAGE, &args);
            let others: Vec<&str> = TABLE
                .entries_expanded_as(&phrase_words(found))
                .map(|i| TABLE.entries[i].short.as_str())
                .collect();
            if !others.is_empty() {
                let other = others.join(", ");
                finding = finding.with_help(cx.text(&OTHER, &[("found", found), ("other", &other)]));
            }
            out.push(finding);
        }
    }
}
