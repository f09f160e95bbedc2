//! `abbr/unknown`: an all-caps abbreviation that the house list does not know and the
//! release never expands (`penerapan SPIP` with no `Sistem Pengendalian Intern
//! Pemerintah (SPIP)` anywhere).

use std::collections::HashMap;

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::scan::{Mention, Scan};

declare_rule! {
    pub struct Unknown;
    id: "abbr/unknown",
    severity: Warning,
    fix: None,
    default_enabled: true,
    summary: (
        "Singkatan huruf kapital yang tidak dikenal dan tidak dijabarkan",
        "Unknown all-caps abbreviation that is never expanded",
    ),
    what: (
        "Token huruf kapital semua dengan tiga huruf atau lebih yang tidak ada di `rules/abbreviations.toml` dan tidak dijabarkan di mana pun dalam siaran (`Zona Integritas (ZI)` atau `ZI (Zona Integritas)`) membuat pembaca menebak. Jabarkan saat pertama disebut. Tidak diperiksa: angka Romawi (`Tahap III`), token berangka (`P3K`), kode wilayah (`DIY`), deretan kata berhuruf kapital (`KOTA SEMARANG`), judul berhuruf kapital semua (urusan `title/`), kota dalam dateline, alamat laman, surel, domain, dan ekor kredit. Satu temuan per singkatan, pada penyebutan pertamanya.",
        "An all-caps token of three letters or more that `rules/abbreviations.toml` does not list and that the release never expands (`Zona Integritas (ZI)` or `ZI (Zona Integritas)`) leaves readers guessing. Expand it at its first use. Not checked: Roman numerals (`Tahap III`), tokens with digits (`P3K`), region codes (`DIY`), runs of words in capitals (`KOTA SEMARANG`), an all-caps headline (that is `title/`'s), the dateline city, URLs, e-mail addresses, domains and the credit tail. One finding per abbreviation, at its first use.",
    ),
    why: (
        "Singkatan yang tidak pernah dijabarkan membuat pembaca menebak-nebak artinya.",
        "An abbreviation never expanded leaves readers guessing.",
    ),
    fix_safety: ("Tidak ada perbaikan otomatis.", "No automatic fix."),
    examples: [Example {
        bad: "Penerapan SPIP di lingkungan sekretariat terus diperkuat.",
        good: "Penerapan Sistem Pengendalian Intern Pemerintah (SPIP) di lingkungan sekretariat terus diperkuat.",
    }],
    messages: {
        MESSAGE = (
            "Singkatan '{abbr}' tidak dikenal dan tidak dijabarkan di mana pun dalam siaran; jabarkan saat pertama disebut: 'Kepanjangan ({abbr})'",
            "The abbreviation '{abbr}' is not known and is never expanded in the release; expand it at its first use: 'Long Form ({abbr})'",
        ),
    },
}

impl Rule for Unknown {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let scan = Scan::of(cx);
        // Uses of each unknown abbreviation, in order of first use (grouped once: comparing
        // every use with every other made a release full of capitals quadratic).
        let mut uses: HashMap<&str, Vec<&Mention>> = HashMap::new();
        let mut order = Vec::new();
        for m in scan.mentions.iter().filter(|m| m.form.is_none()) {
            let abbr = cx.doc.text(m.span);
            let list = uses.entry(abbr).or_default();
            if list.is_empty() {
                order.push(abbr);
            }
            list.push(m);
        }
        for abbr in order {
            let Some(same) = uses.get(abbr) else {
                continue;
            };
            if same.iter().any(|o| o.expansion.is_some()) {
                continue;
            }
            // The headline does not count as the first use when the body uses it too.
            let Some(at) = same.iter().find(|o| !o.in_headline).or(same.first()) else {
                continue;
            };
            out.push(cx.finding(&META, at.span, &MESSAGE, &[("abbr", abbr)]));
        }
    }
}
