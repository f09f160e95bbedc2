//! `dateline/missing`: the lead does not open with a dateline.

use crate::diagnostic::{Edit, Fix};
use crate::findings::Findings;
use crate::rules::{declare_rule, Context, Rule};
use crate::span::Span;

declare_rule! {
    pub struct Missing;
    id: "dateline/missing",
    severity: Error,
    fix: Sometimes,
    default_enabled: true,
    summary: ("Paragraf pembuka tanpa dateline", "Lead without a dateline"),
    what: (
        "Setiap siaran pers KPU dibuka dengan dateline: nama kota tempat berita terjadi, koma, domain laman satker, lalu tanda pisah (—) berspasi: `Semarang, kota-semarang.kpu.go.id — Komisi ...`.",
        "Every KPU press release opens with a dateline: the city where the news happened, a comma, the satker's web domain, then a spaced em dash: `Semarang, kota-semarang.kpu.go.id — Komisi ...`.",
    ),
    why: (
        "Dateline memberi tahu pembaca dari mana dan dari satker mana berita berasal, juga ketika berita dikutip ulang.",
        "It tells readers where and from which office the news comes, also when it is quoted elsewhere.",
    ),
    fix_safety: (
        "Bila satker diketahui (`[house] satker`), saran perbaikan menampilkan dateline lengkap; perbaikan ini tidak diterapkan otomatis karena kota tempat kejadian bisa berbeda dari kedudukan satker.",
        "When the satker is known (`[house] satker`), the suggested fix shows a full dateline; it is never applied automatically because the city of the event may differ from the satker's seat.",
    ),
    examples: [Example {
        bad: "Rapat Koordinasi Humas\nKomisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
        good: "Rapat Koordinasi Humas\nSemarang, kota-semarang.kpu.go.id — Komisi Pemilihan Umum (KPU) Kota Semarang menggelar rapat koordinasi humas.\nRapat berlangsung lancar. (awh/ed. Foto: rap/KPU Kota Semarang)",
    }],
    messages: {
        MESSAGE = (
            "Paragraf pembuka tidak diawali dateline (`Kota, domain — `)",
            "The lead does not open with a dateline (`City, domain — `)",
        ),
        FIX = ("Tambahkan dateline '{dateline}'", "Add the dateline '{dateline}'"),
    },
}

impl Rule for Missing {
    fn check(&self, cx: &Context<'_>, out: &mut Findings) {
        let doc = cx.doc;
        if doc.dateline.is_some() {
            return;
        }
        let Some(lead) = doc.lead() else {
            return;
        };
        let first_word = doc
            .words
            .iter()
            .find(|w| lead.contains(w.span))
            .map_or(Span::empty(lead.start), |w| w.span);
        let mut finding = cx.finding(&META, first_word, &MESSAGE, &[]);
        if let Some(satker) = cx.configured_satker().and_then(crate::house::satker_by_slug) {
            let dateline = format!("{}, {}{}", satker.seat, satker.domain(), super::SEPARATOR);
            let title = cx.text(&FIX, &[("dateline", dateline.trim_end())]);
            finding = finding.with_fix(Fix::display_only(title, vec![Edit::insert(lead.start, dateline)]));
        }
        out.push(finding);
    }
}
