//! `abbr/unknown`: an all-caps abbreviation that the house list does not know and the
//! release never expands (`penerapan SPIP` with no `Sistem Pengendalian Intern
//! Pemerintah (SPIP)` anywhere).

use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};

use super::scan::{Mention, Scan};

declare_rule! {
    pub struct Unknown;
    id: "abbr/unknown",
    severity: Warning,
    fix: None,
    default_enabled: true,
    summary: ("Singkatan huruf kapital yang belum dijabarkan", "All-caps abbreviation never spelt out"),
    what: (
        "Token huruf kapital semua dengan tiga huruf atau lebih yang tidak ada di `rules/abbreviations.toml` dan tidak dijabarkan di mana pun dalam siaran (`Zona Integritas (ZI)` atau `ZI (Zona Integritas)`). Jabarkan saat pertama disebut. Nama dalam kurung biasa atau kurung siku tepat setelah frasa berhuruf kapital awal dianggap penjabaran walau hurufnya bukan huruf awal frasa itu (`Pencocokan dan Penelitian Terbatas (Coktas)`, `Sekolah Luar Biasa Negeri 1 (SLBN-1)`). Tidak diperiksa: angka Romawi (`Tahap III`), token berangka (`P3K`), kode wilayah (`DIY`), deretan kata berhuruf kapital (`KOTA SEMARANG`), gelar (`S.STP.`, `M.Si.`; `DRS.` hanya diperbaiki bentuknya oleh `abbr/form`), nomor perkara dan surat (`Nomor 232/PHPU.BUP-XXIII/2025`), kode satuan setelah nomornya (`Kodim 1310 SSD`), nama berhuruf kapital setelah sapaan (`Sdr. TARYONO`), kota berhuruf kapital yang membuka paragraf pertama (`TAKENGON | `), judul berhuruf kapital semua (urusan `title/`), kota dalam dateline, alamat laman, surel, domain, dan ekor kredit, termasuk penanda redaksi (`(***/RED)`). Satu temuan per singkatan, pada penyebutan pertamanya.",
        "An all-caps token of three letters or more that `rules/abbreviations.toml` does not list and that the release never expands (`Zona Integritas (ZI)` or `ZI (Zona Integritas)`). Expand it at its first use. A name in brackets or square brackets right after a phrase in title case counts as its expansion even when its letters are not the phrase's initials (`Pencocokan dan Penelitian Terbatas (Coktas)`, `Sekolah Luar Biasa Negeri 1 (SLBN-1)`). Not checked: Roman numerals (`Tahap III`), tokens with digits (`P3K`), region codes (`DIY`), runs of words in capitals (`KOTA SEMARANG`), degrees (`S.STP.`, `M.Si.`; `DRS.` only gets a form fix from `abbr/form`), case and letter numbers (`Nomor 232/PHPU.BUP-XXIII/2025`), a unit code after its number (`Kodim 1310 SSD`), a name in capitals after a form of address (`Sdr. TARYONO`), a city in capitals opening the lead (`TAKENGON | `), an all-caps headline (that is `title/`'s), the dateline city, URLs, e-mail addresses, domains and the credit tail, editorial markers included (`(***/RED)`). One finding per abbreviation, at its first use.",
    ),
    why: (
        "Singkatan yang tidak pernah dijabarkan membuat pembaca menebak-nebak artinya.",
        "An abbreviation never expanded leaves readers guessing.",
    ),
    fix_safety: (
        "Tidak ada perbaikan otomatis.",
        "No automatic fix.",
    ),
    examples: [Example {
        bad: "Penerapan SPIP di lingkungan sekretariat terus diperkuat.",
        good: "Penerapan Sistem Pengendalian Intern Pemerintah (SPIP) di lingkungan sekretariat terus diperkuat.",
    }],
    messages: {
        MESSAGE = (
            "Singkatan '{abbr}' belum dijabarkan dalam siaran, dan pembaca mungkin belum mengenalnya; jabarkan saat pertama disebut: 'Kepanjangan ({abbr})'",
            "The abbreviation '{abbr}' is never spelt out in the release, and readers may not know it; expand it at its first use: 'Long Form ({abbr})'",
        ),
    },
}

impl Rule for Unknown {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let scan = Scan::of(cx);
        // Uses of each unknown abbreviation, grouped by sorting (comparing every use with
        // every other made a release full of capitals quadratic; a hash map cost more
        // than the few uses of a release), each group in the order of the text.
        let mut uses: Vec<(&str, usize)> = (scan.mentions.iter().enumerate())
            .filter(|(_, m)| m.form.is_none())
            .map(|(i, m)| (cx.doc.text(m.span), i))
            .collect();
        uses.sort_unstable();
        // (first use, where the finding goes, the abbreviation), reported in the order
        // of first use.
        let mut unexpanded: Vec<(usize, &Mention, &str)> = Vec::new();
        for same in uses.chunk_by(|a, b| a.0 == b.0) {
            let abbr = same[0].0;
            let mentions = same.iter().map(|&(_, i)| &scan.mentions[i]);
            if mentions.clone().any(|o| o.expansion.is_some()) || scan.defined.contains(&abbr.to_uppercase()) {
                continue;
            }
            // The headline does not count as the first use when the body uses it too.
            let Some(at) = mentions.clone().find(|o| !o.in_headline).or(mentions.clone().next()) else {
                continue;
            };
            unexpanded.push((same[0].1, at, abbr));
        }
        unexpanded.sort_unstable_by_key(|&(first, ..)| first);
        for (_, at, abbr) in unexpanded {
            out.push(cx.finding(&META, at.span, &MESSAGE, &[("abbr", abbr)]));
        }
    }
}
